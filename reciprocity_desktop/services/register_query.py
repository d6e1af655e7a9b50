"""The gift register in SQL: one row per recipient and year, its total, limit and status, paged.

The page and the CSV of :mod:`reciprocity_desktop.services.gift_register` read these: the rows
are grouped, filtered, sorted and counted by SQLite, so only the rows asked for are loaded.
The page groups a year once per load (:func:`register_pages`: a temporary table of a
:class:`~reciprocity_desktop.services.snapshot.Snapshot`); its later pages, sorts, filter and
count read that table instead of grouping the year's gifts again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, case, func, literal, null, or_, select
from sqlalchemy.dialects import sqlite

from reciprocity_desktop.services import hub_lists, settings
from reciprocity_desktop.services.memory_list import MemoryList, folded_key
from reciprocity_desktop.services.snapshot import Snapshot, SnapshotList
from reciprocity_desktop.store import Store, portable
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

    @property
    def id(self) -> str:
        """The recipient: the prospect, and the contact if the gifts named one."""
        return f"{self.prospect_id}/{self.contact_id or ''}"


def in_year(year: int):
    """The condition "a live gift given in ``year``"."""
    return (Gift.deleted.is_(False), Gift.date >= dt.date(year, 1, 1), Gift.date <= dt.date(year, 12, 31))


#: ``+gifts.date``: the same date, but no index on it. A year is a third of three years' gifts: reading
#: them in the order of the covering ix_gifts_register (grouped as they come) is faster than finding
#: them by date and grouping them again (300,000 gifts: 0.2 s instead of 0.5 s).
_DAY = portable.unindexed(Gift.date)  # (on a hub the date itself)


def _grouped(year: int):
    """Per recipient (prospect, contact) of ``year``: the number of gifts and their total, as a subquery."""
    return (
        select(
            Gift.prospect_id.label("prospect_id"),
            Gift.contact_id.label("contact_id"),
            func.count().label("gifts"),
            func.coalesce(func.sum(Gift.cost_cents), 0).label("total"),
        )
        .where(Gift.deleted.is_(False), _DAY.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
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
        portable.nocase(columns.prospect_name),
        portable.nocase(columns.recipient),
        columns.prospect_id,
        columns.contact_id,
    ]
    if sort is None:
        return [columns.total.desc(), *name_order]
    key = {
        "recipient": portable.nocase(columns.recipient),
        "organisation": portable.nocase(columns.prospect_name),
        "country": portable.nocase(columns.country),
        "gifts": columns.gifts,
        "total": columns.total,
        "limit": func.coalesce(columns.limit, -1),
        "status": case((columns.status == STATUS_OVER, 0), (columns.status == STATUS_NEAR, 1), else_=2)
        * literal(1_000_000_000_000, BigInteger)  # a BIGINT on a hub (its INTEGER has 32 bits)
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


# -- the page: one year grouped once per load -------------------------------------------------------

#: Per sort key, its term over the temporary table (ties: the name order, which is the table's rowid).
_SORT_TERMS = {
    "recipient": ("recipient COLLATE NOCASE", False),
    "organisation": ("prospect_name COLLATE NOCASE", False),
    "country": ("country COLLATE NOCASE", False),
    "gifts": ("gifts", False),
    "total": ("total", False),
    "limit": ("limit_key", False),
    "status": ("status_key", False),
}
_COLUMNS = (
    "prospect_id", "prospect_name", "country", "contact_id", "recipient", "gifts", "total", '"limit"', "status",
)  # fmt: skip


def _compiled(query) -> tuple[str, dict[str, Any]]:
    """``query`` as SQLite text with named parameters (dates as the store writes them)."""
    compiled = query.compile(dialect=sqlite.dialect(paramstyle="named"))
    params = {
        name: value.isoformat() if isinstance(value, dt.date) else value
        for name, value in compiled.params.items()
    }
    return str(compiled), params


@dataclass
class RegisterPages:
    """The register of one year as a page reads it: grouped once, then paged, sorted and filtered."""

    year: int
    totals: RegisterTotals
    rows: SnapshotList | MemoryList

    def close(self) -> None:
        self.rows.snapshot.close()


def register_pages(store: Store, year: int) -> RegisterPages:
    """Group the register of ``year`` into a temporary table (off the GUI thread: it reads every gift of
    the year once) with the year's totals; the pages then read the table. Close it when replaced.

    On an office hub the year's rows are read once and held (:func:`_hub_register_pages`)."""
    if hub_lists.is_hub(store):
        return _hub_register_pages(store, year)
    sql, params = _compiled(register_select(store, year))
    select_sql = f"""
        SELECT r.*, r.prospect_id || '/' || COALESCE(r.contact_id, '') AS rid,
               COALESCE(r."limit", -1) AS limit_key,
               CASE r.status WHEN '{STATUS_OVER}' THEN 0 WHEN '{STATUS_NEAR}' THEN 1 ELSE 2 END
                 * 1000000000000 - r.total AS status_key
          FROM ({sql}) AS r"""
    snapshot = Snapshot(store)
    try:
        rows = SnapshotList.build(
            snapshot,
            select_sql,
            params,
            "prospect_name COLLATE NOCASE, recipient COLLATE NOCASE, prospect_id, contact_id",
            table="register",
            columns=_COLUMNS,
            row=lambda found: _register_tuple(year, found),
            searched=("recipient", "prospect_name", "country"),
            sorts=_SORT_TERMS,
            id_column="rid",
            default=("total", True),
        )
        recipients, total, over, near = snapshot.rows(
            "SELECT COUNT(*), COALESCE(SUM(total), 0), COALESCE(SUM(status = :over), 0),"
            " COALESCE(SUM(status = :near), 0) FROM temp.register",
            {"over": STATUS_OVER, "near": STATUS_NEAR},
        )[0]
    except BaseException:
        snapshot.close()
        raise
    return RegisterPages(year, RegisterTotals(int(recipients), int(total), int(over), int(near)), rows)


def _register_tuple(year: int, found: tuple) -> RegisterRow:
    prospect_id, name, country, contact_id, recipient, gifts, total, limit, status = found
    return RegisterRow(
        year, prospect_id, name, country, contact_id, recipient, int(gifts), int(total),
        None if limit is None else int(limit), status,
    )  # fmt: skip


def register_sort(key: str, descending: bool) -> tuple[str | None, bool]:
    """A page's sort as the register's pages take it: one of SORT_KEYS ("" or None: highest total first)."""
    return (key or None, descending)


#: The register's sorts on a hub's held rows (as :data:`_SORT_TERMS` on a file's table).
_HUB_SORTS = {
    "recipient": (lambda r: folded_key(r.recipient), False),
    "organisation": (lambda r: folded_key(r.prospect_name), False),
    "country": (lambda r: folded_key(r.country), False),
    "gifts": (lambda r: r.gifts, False),
    "total": (lambda r: r.total_cents, False),
    "limit": (lambda r: -1 if r.limit_cents is None else r.limit_cents, False),
    "status": (lambda r: {STATUS_OVER: 0, STATUS_NEAR: 1}.get(r.status, 2) * 1_000_000_000_000 - r.total_cents, False),
}


def _hub_register_pages(store: Store, year: int) -> RegisterPages:
    """The register of ``year`` on an office hub: its rows read once (PostgreSQL groups them), held in the
    name order, highest total first as shown; the totals summed from them."""
    with store.read() as session:
        found = session.execute(register_select(store, year)).all()
    rows = sorted(
        (_register_row(year, row) for row in found),
        key=lambda r: (folded_key(r.prospect_name), folded_key(r.recipient), r.prospect_id, r.contact_id or ""),
    )
    listed = MemoryList(
        rows, lambda r: r.id, lambda r: (r.recipient, r.prospect_name, r.country), _HUB_SORTS, ("total", True)
    )
    totals = RegisterTotals(
        len(rows),
        sum(r.total_cents for r in rows),
        sum(r.status == STATUS_OVER for r in rows),
        sum(r.status == STATUS_NEAR for r in rows),
    )
    return RegisterPages(year, totals, listed)
