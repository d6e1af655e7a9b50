"""The gift register in SQL: one row per recipient and year, its total, limit and status, paged.

The page and the CSV of :mod:`reciprocity_desktop.services.gift_register` read these: the rows
are grouped, filtered, sorted and counted by SQLite, so only the rows asked for are loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, null, or_, select

from reciprocity_desktop.services import settings
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Gift, Prospect

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


def in_year(year: int):
    """The condition "a live gift given in ``year``"."""
    return (Gift.deleted.is_(False), Gift.date >= dt.date(year, 1, 1), Gift.date <= dt.date(year, 12, 31))


def _grouped(year: int):
    """Per recipient (prospect, contact) of ``year``: the number of gifts and their total, as a subquery."""
    return (
        select(
            Gift.prospect_id.label("prospect_id"),
            Gift.contact_id.label("contact_id"),
            func.count().label("gifts"),
            func.coalesce(func.sum(Gift.cost_cents), 0).label("total"),
        )
        .where(*in_year(year))
        .group_by(Gift.prospect_id, Gift.contact_id)
        .subquery("recipients")
    )


def register_select(store: Store, year: int, text: str = ""):
    """The register of ``year`` as one SQL statement: a row per recipient, its total, limit and status.

    Columns: prospect_id, prospect_name, country, contact_id, recipient, gifts, total, limit, status.
    ``text`` keeps the recipients whose name, organisation or country contains it (ASCII case ignored).
    """
    limits = settings.gift_limits(store)
    warn_ratio = float(settings.get(store, "gift_limit_warn_ratio"))
    grouped = _grouped(year)
    limit = (
        case({country: int(cents) for country, cents in limits.items() if country}, value=Prospect.country)
        if any(limits)
        else null()
    )
    status = case(
        (limit.is_(None), STATUS_OK),
        (grouped.c.total > limit, STATUS_OVER),
        (grouped.c.total >= limit * warn_ratio, STATUS_NEAR),
        else_=STATUS_OK,
    )
    recipient = func.coalesce(func.nullif(Contact.name, ""), Prospect.name)
    query = (
        select(
            grouped.c.prospect_id,
            Prospect.name.label("prospect_name"),
            Prospect.country.label("country"),
            grouped.c.contact_id,
            recipient.label("recipient"),
            grouped.c.gifts,
            grouped.c.total,
            limit.label("limit"),
            status.label("status"),
        )
        .join(Prospect, Prospect.id == grouped.c.prospect_id)
        .outerjoin(Contact, Contact.id == grouped.c.contact_id)
    )
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                *(
                    column.ilike(pattern, escape="\\")
                    for column in (recipient, Prospect.name, Prospect.country)
                )
            )
        )
    return query


#: The register's sort keys (the page's columns) and the SQL order of each, ascending.
SORT_KEYS = ("recipient", "organisation", "country", "gifts", "total", "limit", "status")


def _order(columns, sort: str | None, descending: bool) -> list:
    """ORDER BY for ``sort`` (one of SORT_KEYS; None: the register's own order, highest total first)."""
    name_order = [
        columns.prospect_name.collate("NOCASE"),
        columns.recipient.collate("NOCASE"),
        columns.prospect_id,
        columns.contact_id,
    ]
    if sort is None:
        return [columns.total.desc(), *name_order]
    key = {
        "recipient": columns.recipient.collate("NOCASE"),
        "organisation": columns.prospect_name.collate("NOCASE"),
        "country": columns.country.collate("NOCASE"),
        "gifts": columns.gifts,
        "total": columns.total,
        "limit": func.coalesce(columns.limit, -1),
        "status": case((columns.status == STATUS_OVER, 0), (columns.status == STATUS_NEAR, 1), else_=2)
        * 1_000_000_000_000
        - columns.total,
    }[sort]
    return [key.desc() if descending else key.asc(), *name_order]


def _register_row(year: int, row) -> RegisterRow:
    return RegisterRow(
        year=year,
        prospect_id=row.prospect_id,
        prospect_name=row.prospect_name,
        country=row.country,
        contact_id=row.contact_id,
        recipient=row.recipient,
        gifts=int(row.gifts),
        total_cents=int(row.total),
        limit_cents=None if row.limit is None else int(row.limit),
        status=row.status,
    )


def register_rows(
    store: Store,
    year: int,
    *,
    text: str = "",
    sort: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[RegisterRow]:
    """A page of the register of ``year`` (filtered by ``text``, sorted by ``sort``), computed in SQL."""
    columns = register_select(store, year, text).subquery("register")
    query = select(columns).order_by(*_order(columns.c, sort, descending)).offset(offset).limit(limit)
    with store.read() as session:
        return [_register_row(year, row) for row in session.execute(query)]


def iter_register(store: Store, year: int) -> Iterator[RegisterRow]:
    """Every row of the register of ``year`` in its own order, read from the cursor a batch at a time."""
    columns = register_select(store, year).subquery("register")
    query = select(columns).order_by(*_order(columns.c, None, False)).execution_options(yield_per=1000)
    with store.read() as session:
        result = session.execute(query)
        try:
            for row in result:
                yield _register_row(year, row)
        finally:
            result.close()


def first_page(
    store: Store, year: int, limit: int = 200, **ask: Any
) -> tuple[list[RegisterRow], int, RegisterTotals | None]:
    """The first ``limit`` rows, how many rows there are and (without ``text``) the year's totals: one statement.

    ``ask``: ``text``, ``sort`` and ``descending``, as for :func:`register_rows`.

    The count and the totals are window aggregates over the whole register, computed in the same pass
    as the page (the grouping is done once). With ``text`` the totals are None (they are the year's, unfiltered).
    """
    text = str(ask.get("text") or "")
    columns = register_select(store, year, text).subquery("register")
    query = (
        select(
            columns,
            func.count().over().label("n"),
            func.sum(columns.c.total).over().label("sum_total"),
            func.sum(case((columns.c.status == STATUS_OVER, 1), else_=0)).over().label("n_over"),
            func.sum(case((columns.c.status == STATUS_NEAR, 1), else_=0)).over().label("n_near"),
        )
        .order_by(*_order(columns.c, ask.get("sort"), bool(ask.get("descending"))))
        .limit(limit)
    )
    with store.read() as session:
        found = session.execute(query).all()
    rows = [_register_row(year, row) for row in found]
    count = int(found[0].n) if found else 0
    if text:
        return rows, count, None
    if not found:
        return rows, 0, RegisterTotals()
    head = found[0]
    return rows, count, RegisterTotals(count, int(head.sum_total), int(head.n_over), int(head.n_near))


def register_count(store: Store, year: int, text: str = "") -> int:
    """How many recipients the register of ``year`` lists (with ``text``): a SQL COUNT, no rows loaded."""
    register = register_select(store, year, text).subquery("register")
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(register)) or 0)


@dataclass(frozen=True)
class RegisterTotals:
    """The year's figures over every recipient: one SQL aggregate."""

    recipients: int = 0
    total_cents: int = 0
    over: int = 0
    near: int = 0


def register_totals(store: Store, year: int) -> RegisterTotals:
    """Recipients, their total and how many are over or near the limit in ``year``."""
    register = register_select(store, year).subquery("register")
    query = select(
        func.count(),
        func.coalesce(func.sum(register.c.total), 0),
        func.coalesce(func.sum(case((register.c.status == STATUS_OVER, 1), else_=0)), 0),
        func.coalesce(func.sum(case((register.c.status == STATUS_NEAR, 1), else_=0)), 0),
    )
    with store.read() as session:
        recipients, total, over, near = session.execute(query).one()
    return RegisterTotals(int(recipients), int(total), int(over), int(near))
