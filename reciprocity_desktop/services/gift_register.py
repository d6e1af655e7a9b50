"""The gift register for tax (PRODUCT.md §5).

Germany limits deductible business gifts to €50 per recipient per year and expects gifts
to be recorded individually with the recipient. The **recipient** of a gift is the
contact it was given to, or the prospect (the organisation) when no contact is named.
Limits are configurable per country (settings ``gift_limit.XX``); the prospect's
country decides which limit applies.

:func:`load_register` and :func:`load_year` are what the Gift register page shows; they run
off the GUI thread (no Qt). :func:`export_register_csv` writes the year for the accountant.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from reciprocity_desktop.fileio import atomic_write
from reciprocity_desktop.formatting import amount
from reciprocity_desktop.services import settings
from reciprocity_desktop.services.errors import Warning_
from reciprocity_desktop.services.register_query import (
    SORT_KEYS,
    STATUS_NEAR,
    STATUS_OK,
    STATUS_OVER,
    RegisterPages,
    RegisterRow,
    RegisterTotals,
    in_year,
    iter_register,
    register_count,
    register_pages,
    register_rows,
    register_select,
    register_sort,
    register_totals,
)
from reciprocity_desktop.store import Store, portable
from reciprocity_desktop.store.models import Gift, Prospect
from reciprocity_desktop.textutil import neutralise_formula

__all__ = [
    "SORT_KEYS",
    "STATUS_NEAR",
    "STATUS_OK",
    "STATUS_OVER",
    "RegisterPages",
    "RegisterRow",
    "RegisterTotals",
    "iter_register",
    "register_count",
    "register_rows",
    "register_sort",
    "register_totals",
]


def recipient_total_cents(session: Session, prospect_id: str, contact_id: str | None, year: int) -> int:
    """What the recipient has received in ``year`` (live gifts only)."""
    query = select(func.coalesce(func.sum(Gift.cost_cents), 0)).where(
        Gift.prospect_id == prospect_id, *in_year(year)
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
        # the amounts as numbers too, for a reader that writes money in its own language ("2.400,00 €")
        "total_cents": after,
        "limit_cents": limit,
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
    """One row per recipient with gifts in ``year``, highest total first (every row; the page asks for pages)."""
    return register_rows(store, year)


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
    register = register_select(store, year).subquery("register")
    query = (
        select(
            Gift.date,
            register.c.recipient,
            register.c.prospect_name,
            register.c.country,
            Gift.kind,
            Gift.description,
            Gift.quantity,
            Gift.cost_cents,
            register.c.total,
            register.c.limit,
            register.c.status,
        )
        .join(
            register,
            and_(
                register.c.prospect_id == Gift.prospect_id,
                or_(
                    register.c.contact_id == Gift.contact_id,
                    and_(register.c.contact_id.is_(None), Gift.contact_id.is_(None)),
                ),
            ),
        )
        .where(*in_year(year))
        .order_by(Gift.date, register.c.prospect_name)
        .execution_options(yield_per=1000)
    )
    count = 0
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(REGISTER_COLUMNS)
        with store.read() as session:
            for (
                day,
                recipient,
                name,
                country,
                kind,
                text,
                quantity,
                cents,
                total,
                limit,
                status,
            ) in session.execute(query):
                writer.writerow(
                    [
                        day.isoformat(),
                        neutralise_formula(recipient),
                        neutralise_formula(name),
                        country,
                        kind,
                        neutralise_formula(text),
                        quantity,
                        amount(cents),
                        amount(total),
                        "" if limit is None else amount(limit),
                        status,
                    ]
                )
                count += 1
    return count


# -- the page ------------------------------------------------------------------------------------------


def gift_years(store: Store) -> list[int]:
    """Years in which live gifts were given, newest first (for the register's year selector)."""
    year = func.substr(portable.stored_text(Gift.date), 1, 4)  # the date as text on a hub too
    with store.read() as session:
        found = session.scalars(select(year).where(Gift.deleted.is_(False)).distinct()).all()
    return sorted({int(text) for text in found}, reverse=True)


#: Rows the page loads with a year, before anything is shown (its first screenful and more).
FIRST_PAGE = 200


@dataclass(frozen=True)
class RegisterYear:
    """One year of the register as the page shows it, with the settings that explain it.

    ``rows`` is its first page (at most :data:`FIRST_PAGE` rows, in the order and with the filter
    asked for); ``count`` how many rows that filter lists; ``totals`` the whole year's figures;
    ``pages`` the year grouped once, which the page reads its pages, sorts and filters from (close it
    when the page shows another load).
    """

    year: int
    rows: list[RegisterRow]
    currency: str
    limits: dict[str, int]  # the deductible limit per country, in cents
    warn_ratio: float  # "near the limit" from this share of it
    #: The years to choose from (newest first, this year always among them), when loaded with them.
    years: list[int] | None = field(default=None)
    totals: RegisterTotals = field(default_factory=RegisterTotals)
    count: int = 0
    pages: RegisterPages | None = field(default=None, compare=False, repr=False)

    #: The year's figures (all recipients, whatever the filter).
    over = property(lambda self: self.totals.over)
    near = property(lambda self: self.totals.near)
    total_cents = property(lambda self: self.totals.total_cents)
    recipients = property(lambda self: self.totals.recipients)


def load_year(
    store: Store, year: int, *, text: str = "", sort: str | None = None, descending: bool = False
) -> RegisterYear:
    """The year grouped once (:func:`register_pages`), its first page and count with ``text`` in the order
    asked for, its totals, and the currency, the limits and the warning ratio."""
    pages = register_pages(store, year)
    try:
        rows = pages.rows.page(text, register_sort(sort or "", descending), 0, FIRST_PAGE)
        count = pages.rows.count(text)
        loaded = RegisterYear(
            year,
            rows,
            str(settings.get(store, "currency")),
            settings.gift_limits(store),
            float(settings.get(store, "gift_limit_warn_ratio")),
            totals=pages.totals,
            count=count,
            pages=pages,
        )
    except BaseException:
        pages.close()
        raise
    return loaded


def load_register(
    store: Store, year: int | None = None, *, today: dt.date | None = None, **query
) -> RegisterYear:
    """The years with gifts (and this year), and the first page of ``year`` (see :func:`load_year`).

    ``year`` is the year chosen so far; when it is None or none of the years any more, the
    register shows this year. ``query``: the filter text and the order, as for :func:`load_year`.
    """
    this_year = (today or dt.date.today()).year
    years = gift_years(store)
    if this_year not in years:
        years = sorted({*years, this_year}, reverse=True)
    return replace(load_year(store, year if year in years else this_year, **query), years=years)
