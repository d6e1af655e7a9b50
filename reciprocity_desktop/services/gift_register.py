"""The gift register for tax (PRODUCT.md §5).

Germany limits deductible business gifts to €50 per recipient per year and expects gifts
to be recorded individually with the recipient. The **recipient** of a gift is the
contact it was given to, or the prospect (the organisation) when no contact is named.
Limits are configurable per country (setting ``gift_limits_cents``); the prospect's
country decides which limit applies.

:func:`load_register` and :func:`load_year` are what the Gift register page shows; they run
off the GUI thread (no Qt). :func:`export_register_csv` writes the year for the accountant.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reciprocity_desktop.fileio import atomic_write
from reciprocity_desktop.formatting import amount
from reciprocity_desktop.services import settings
from reciprocity_desktop.services.errors import Warning_
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Gift, Prospect
from reciprocity_desktop.textutil import neutralise_formula

STATUS_OK, STATUS_NEAR, STATUS_OVER = "ok", "near", "over"


@dataclass(frozen=True)
class RegisterRow:
    year: int
    prospect_id: str
    prospect_name: str
    country: str
    contact_id: str | None
    recipient: str  # the contact's name, or the prospect's when the gift named no contact
    gifts: int
    total_cents: int
    limit_cents: int | None
    status: str  # ok / near / over (ok when no limit applies)


def _status(total: int, limit: int | None, warn_ratio: float) -> str:
    if limit is None:
        return STATUS_OK
    if total > limit:
        return STATUS_OVER
    if total >= limit * warn_ratio:
        return STATUS_NEAR
    return STATUS_OK


def _in_year(year: int):
    """The condition "a live gift given in ``year``"."""
    return (Gift.deleted.is_(False), Gift.date >= dt.date(year, 1, 1), Gift.date <= dt.date(year, 12, 31))


def recipient_total_cents(session: Session, prospect_id: str, contact_id: str | None, year: int) -> int:
    """What the recipient has received in ``year`` (live gifts only)."""
    query = select(func.coalesce(func.sum(Gift.cost_cents), 0)).where(
        Gift.prospect_id == prospect_id, *_in_year(year)
    )
    query = query.where(Gift.contact_id.is_(None) if contact_id is None else Gift.contact_id == contact_id)
    return int(session.scalar(query) or 0)


def check_limit(
    store: Store, session: Session, prospect: Prospect, contact_id: str | None, date: dt.date, cost_cents: int
) -> Warning_ | None:
    """A warning when a new gift would take the recipient near or over the yearly limit."""
    limit = settings.gift_limit_cents(store, prospect.country)
    if limit is None or cost_cents <= 0:
        return None
    before = recipient_total_cents(session, prospect.id, contact_id, date.year)
    after = before + cost_cents
    params = {
        "name": prospect.name,
        "year": date.year,
        "total": amount(after),
        "limit": amount(limit),
        "country": prospect.country,
    }
    if after > limit:
        return Warning_(
            "gift_limit_over",
            "With this gift, {name} has received {total} in {year}: over the deductible limit of {limit} "
            "per recipient and year in {country}.",
            **params,
        )
    if after >= limit * float(settings.get(store, "gift_limit_warn_ratio")):
        return Warning_(
            "gift_limit_near",
            "With this gift, {name} has received {total} in {year}: close to the deductible limit of {limit} "
            "per recipient and year in {country}.",
            **params,
        )
    return None


def yearly_totals(store: Store, year: int) -> list[RegisterRow]:
    """One row per recipient with gifts in ``year``, highest total first."""
    limits: dict[str, int] = settings.get(store, "gift_limits_cents")
    warn_ratio = float(settings.get(store, "gift_limit_warn_ratio"))
    query = (
        select(
            Gift.prospect_id,
            Prospect.name,
            Prospect.country,
            Gift.contact_id,
            Contact.name,
            func.count(Gift.id),
            func.coalesce(func.sum(Gift.cost_cents), 0),
        )
        .join(Prospect, Prospect.id == Gift.prospect_id)
        .outerjoin(Contact, Contact.id == Gift.contact_id)
        .where(*_in_year(year))
        .group_by(Gift.prospect_id, Gift.contact_id)
    )
    rows = []
    with store.read() as session:
        for prospect_id, name, country, contact_id, contact_name, count, total in session.execute(query):
            limit = limits.get(country) if country else None
            rows.append(
                RegisterRow(
                    year=year,
                    prospect_id=prospect_id,
                    prospect_name=name,
                    country=country,
                    contact_id=contact_id,
                    recipient=contact_name or name,
                    gifts=int(count),
                    total_cents=int(total),
                    limit_cents=limit,
                    status=_status(int(total), limit, warn_ratio),
                )
            )
    rows.sort(key=lambda r: (-r.total_cents, r.prospect_name.casefold(), r.recipient.casefold()))
    return rows


REGISTER_COLUMNS = (
    "date", "recipient", "organisation", "country", "kind", "description", "quantity", "amount",
    "recipient_year_total", "limit", "status",
)  # fmt: skip


def export_register_csv(store: Store, path: Path | str, year: int) -> int:
    """Every gift of ``year`` individually, with its recipient and the recipient's yearly total.

    UTF-8 with BOM and semicolons so that it opens as columns in a German Excel. Returns
    the number of gifts written.
    """
    path = Path(path)
    totals = {(r.prospect_id, r.contact_id): r for r in yearly_totals(store, year)}
    query = (
        select(Gift, Prospect.name, Prospect.country, Contact.name)
        .join(Prospect, Prospect.id == Gift.prospect_id)
        .outerjoin(Contact, Contact.id == Gift.contact_id)
        .where(*_in_year(year))
        .order_by(Gift.date, Prospect.name)
    )
    count = 0
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(REGISTER_COLUMNS)
        with store.read() as session:
            for gift, name, country, contact_name in session.execute(query):
                row = totals[(gift.prospect_id, gift.contact_id)]
                writer.writerow(
                    [
                        gift.date.isoformat(),
                        neutralise_formula(contact_name or name),
                        neutralise_formula(name),
                        country,
                        gift.kind,
                        neutralise_formula(gift.description),
                        gift.quantity,
                        amount(gift.cost_cents),
                        amount(row.total_cents),
                        "" if row.limit_cents is None else amount(row.limit_cents),
                        row.status,
                    ]
                )
                count += 1
    return count


# -- the page ------------------------------------------------------------------------------------------


def gift_years(store: Store) -> list[int]:
    """Years in which live gifts were given, newest first (for the register's year selector)."""
    with store.read() as session:
        days = session.scalars(select(Gift.date).where(Gift.deleted.is_(False)).distinct()).all()
    return sorted({day.year for day in days}, reverse=True)


@dataclass(frozen=True)
class RegisterYear:
    """One year of the register as the page shows it, with the settings that explain it."""

    year: int
    rows: list[RegisterRow]
    currency: str
    limits: dict[str, int]  # the deductible limit per country, in cents
    warn_ratio: float  # "near the limit" from this share of it
    #: The years to choose from (newest first, this year always among them), when loaded with them.
    years: list[int] | None = field(default=None)

    @property
    def over(self) -> int:
        return sum(1 for r in self.rows if r.status == STATUS_OVER)

    @property
    def near(self) -> int:
        return sum(1 for r in self.rows if r.status == STATUS_NEAR)

    @property
    def total_cents(self) -> int:
        return sum(r.total_cents for r in self.rows)


def load_year(store: Store, year: int) -> RegisterYear:
    """The rows of ``year`` with the currency, the limits and the warning ratio."""
    return RegisterYear(
        year,
        yearly_totals(store, year),
        str(settings.get(store, "currency")),
        dict(settings.get(store, "gift_limits_cents")),
        float(settings.get(store, "gift_limit_warn_ratio")),
    )


def load_register(store: Store, year: int | None = None, *, today: dt.date | None = None) -> RegisterYear:
    """The years with gifts (and this year), and the rows of ``year``.

    ``year`` is the year chosen so far; when it is None or none of the years any more, the
    register shows this year.
    """
    this_year = (today or dt.date.today()).year
    years = gift_years(store)
    if this_year not in years:
        years = sorted({*years, this_year}, reverse=True)
    return replace(load_year(store, year if year in years else this_year), years=years)
