"""What the Today page shows, in a few limited plain-SQL queries: the window's first screen without SQLAlchemy.

The window starts on Today; its first paint waits for these rows, so they are read through
:meth:`Store.cursor() <reciprocity_desktop.store.engine.Store.cursor>` (a plain ``sqlite3`` cursor, one
read transaction) as small records (named tuples: :class:`VisitRow`, :class:`FollowUpRow`, :class:`StockRow`,
:class:`ProspectRow`) with the attributes of the stored records the page shows, not as ORM objects:
neither SQLAlchemy nor the models are imported for them. Each list is one query with a LIMIT (the route is
one day's); a list cut at the limit is counted in SQL, now or later (:func:`today_totals`).

What each list holds is the rule of the services it mirrors, each checked against them in the tests:
the route is :func:`~reciprocity_desktop.services.day_route.day_visits` of today (or of the next day with
a planned visit), the follow-ups are open ones of live prospects (:mod:`~.followup_buckets`), the stock runs
low by :mod:`~.stock_levels`, and the prospects waiting follow :mod:`~.unfollowed`'s rule.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reciprocity_desktop.services.followup_buckets import OVERDUE, bucket_of
from reciprocity_desktop.services.stock_levels import RUNS_LOW_SQL
from reciprocity_desktop.store import Store

#: How many rows each of Today's lists shows at most (the title counts them all).
PANEL_LIMIT = 50


class ProspectRow(NamedTuple):
    id: str
    name: str
    city: str
    stage: str


class StockRow(NamedTuple):
    id: str
    name: str
    kind: str
    quantity: int
    low_stock_level: int


class VisitRow(NamedTuple):
    id: str
    prospect_id: str
    date: dt.date
    position: int
    planned_time: str
    status: str
    gift_stock_item_id: str | None
    gift_note: str
    prospect: ProspectRow
    gift_stock_item: StockRow | None


class FollowUpRow(NamedTuple):
    id: str
    prospect_id: str
    gift_id: str | None
    due: dt.date
    kind: str
    note: str
    done_on: dt.date | None
    prospect: ProspectRow
    gift_description: str | None = None  # the linked gift's, if any


class WaitingRow(NamedTuple):
    """A gifted prospect nobody has followed up since the latest gift (services/unfollowed.py's rule)."""

    prospect_id: str
    name: str
    city: str
    gift_date: dt.date
    gift_kind: str
    description: str
    days_since: int  # since the gift was given

    @property
    def id(self) -> str:
        return self.prospect_id


@dataclass
class TodayOverview:
    visits: list[VisitRow]
    overdue: list[FollowUpRow]  # the first PANEL_LIMIT; overdue_total counts them all
    due_today: list[FollowUpRow]
    low_stock: list[StockRow]
    waiting: list[WaitingRow]  # gifted, no follow-up yet (services/unfollowed.py), by name
    route_day: dt.date  # the day ``visits`` belong to: today, or the next day with a route
    next_route: bool = False  # True when today has no visits and ``visits`` is the next planned route
    today: dt.date = field(default_factory=dt.date.today)  # the day the overview is for
    # How many rows each list has in all; None while not counted yet (see today_overview's ``totals``).
    overdue_total: int | None = None
    due_today_total: int | None = None
    waiting_total: int | None = None

    def is_overdue(self, followup: FollowUpRow) -> bool:
        """An open follow-up whose due day is before the overview's day (see followup_buckets.bucket_of)."""
        return bucket_of(followup, self.today) == OVERDUE


# -- the queries ----------------------------------------------------------------------------------------

_PROSPECT = "p.id, p.name, p.city, p.stage"
#: The store's seller id in plain SQL (the settings hold JSON values; see services/sellers.py).
OWN_SELLER_SQL = "(SELECT json_extract(value, '$') FROM settings WHERE key = 'seller_id')"

_DAY_VISITS = f"""
SELECT v.id, v.prospect_id, v.date, v.position, v.planned_time, v.status, v.gift_stock_item_id, v.gift_note,
       {_PROSPECT}, s.id, s.name, s.kind, s.quantity, s.low_stock_level
FROM visits v JOIN prospects p ON p.id = v.prospect_id
LEFT JOIN stock_items s ON s.id = v.gift_stock_item_id
WHERE v.date = :day AND v.seller_id = {OWN_SELLER_SQL} AND v.deleted IS 0 AND p.deleted IS 0
ORDER BY v.position, v.created_at
"""  # the day's live visits (the store's seller's) of live prospects in route order, as day_route.day_visits

_NEXT_ROUTE_DAY = (
    "SELECT min(date) FROM visits WHERE seller_id = " + OWN_SELLER_SQL + " AND date > :day"
    " AND deleted IS 0 AND status = 'planned'"
)

#: Open follow-ups of live prospects, soonest due first (as the follow-up list), by their due clause.
_OPEN_FOLLOWUPS = """
FROM followups f JOIN prospects p ON p.id = f.prospect_id LEFT JOIN gifts fg ON fg.id = f.gift_id
WHERE f.deleted IS 0 AND p.deleted IS 0 AND f.done_on IS NULL AND {due}
"""
_FOLLOWUP_ROWS = "SELECT f.id, f.prospect_id, f.gift_id, f.due, f.kind, f.note, f.done_on, " + _PROSPECT + ", fg.description"

#: Live prospects waiting for a follow-up: their latest live gift (newest date, then greater id) has no
#: reaction, and since its date no follow-up of theirs was done and no outcome recorded. The rule of
#: :mod:`~reciprocity_desktop.services.unfollowed` (Insights' "No follow-up yet", the Prospects filter), written
#: here as plain SQL for the first paint; tests check both give the same rows and counts.
_WAITING = """
FROM prospects p
JOIN gifts g ON g.id = (SELECT n.id FROM gifts n WHERE n.prospect_id = p.id AND n.deleted IS 0
                        ORDER BY n.date DESC, n.id DESC LIMIT 1)
WHERE {live} AND g.reaction IS NULL
  AND NOT EXISTS (SELECT 1 FROM followups f
                  WHERE f.prospect_id = p.id AND f.deleted IS 0 AND f.done_on >= g.date)
  AND NOT EXISTS (SELECT 1 FROM outcomes o
                  WHERE o.prospect_id = p.id AND o.deleted IS 0 AND o.date >= g.date)
"""
_WAITING_ROWS = "SELECT p.id, p.name, p.city, g.date, g.kind, g.description"

#: The cut lists: (the rows' FROM … WHERE, their order), by the name of their ``…_total`` field.
_LISTS = {
    "overdue": (_OPEN_FOLLOWUPS.format(due="f.due < :day"), "f.due, p.name"),
    "due_today": (_OPEN_FOLLOWUPS.format(due="f.due = :day"), "f.due, p.name"),
    "waiting": (_WAITING.format(live="p.deleted IS 0"), "p.sort_name, p.id"),
}

#: The cut lists' counts: the same rows as ``_LISTS``, counted the way their indexes count fastest.
#: Open follow-ups: all those due (an index-only count of ix_followups_list) less those of deleted
#: prospects (few, from ix_prospects_deleted); every follow-up has its prospect (a foreign key, checked
#: after sync's bulk writes too). Waiting: the prospects read in id order from their primary key, so the
#: two look-ups per prospect go through their (prospect_id, …) indexes in order: a quarter of the CPU of
#: reading them in name order on the office store.
_OPEN_FOLLOWUPS_COUNT = """
SELECT (SELECT count(*) FROM followups f WHERE f.deleted IS 0 AND f.done_on IS NULL AND {due})
     - (SELECT count(*) FROM followups f
        WHERE f.prospect_id IN (SELECT id FROM prospects WHERE deleted IS 1)
          AND f.deleted IS 0 AND f.done_on IS NULL AND {due})
"""
_COUNTS = {
    "overdue": _OPEN_FOLLOWUPS_COUNT.format(due="f.due < :day"),
    "due_today": _OPEN_FOLLOWUPS_COUNT.format(due="f.due = :day"),
    "waiting": "SELECT count(*) "
    + _WAITING.format(live="p.id NOT IN (SELECT id FROM prospects WHERE deleted IS 1)"),
}

_LOW_STOCK = f"""
SELECT id, name, kind, quantity, low_stock_level FROM stock_items
WHERE deleted IS 0 AND {RUNS_LOW_SQL} ORDER BY name
"""  # gifts.low_stock: the live items running low, by name


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _prospect(row: Sequence) -> ProspectRow:
    return ProspectRow(*row)


def _visit(row: Sequence) -> VisitRow:
    stock = StockRow(*row[12:17]) if row[12] is not None else None
    return VisitRow(*row[:2], _date(row[2]), *row[3:8], prospect=_prospect(row[8:12]), gift_stock_item=stock)


def _followup(row: Sequence) -> FollowUpRow:
    return FollowUpRow(
        *row[:3], _date(row[3]), *row[4:6], _date(row[6]), prospect=_prospect(row[7:11]), gift_description=row[11]
    )


def waiting_row(found: Sequence, today: dt.date) -> WaitingRow:
    """One waiting prospect from its six columns (id, name, city, gift date as a date or ISO text, kind,
    description) as of ``today``: Today's rows here, Insights' through :mod:`~.unfollowed`."""
    pid, name, city, given, kind, text = found
    given = dt.date.fromisoformat(given) if isinstance(given, str) else given
    return WaitingRow(pid, name, city, given, kind, text, (today - given).days)


def _count(cursor: sqlite3.Cursor, name: str, day: dt.date) -> int:
    return cursor.execute(_COUNTS[name], {"day": day.isoformat()}).fetchone()[0]


# -- the service ----------------------------------------------------------------------------------------


def any_prospects(store: Store) -> bool:
    """Whether the store holds a live prospect (the first row found answers it): the window's welcome or tabs."""
    with store.cursor() as cursor:
        return cursor.execute("SELECT 1 FROM prospects WHERE deleted IS 0 LIMIT 1").fetchone() is not None


def today_overview(
    store: Store, today: dt.date | None = None, *, limit: int = PANEL_LIMIT, totals: bool = True
) -> TodayOverview:
    """What the Today page shows. With no visits today, the next planned route is shown instead.

    The follow-up lists and the gifted prospects waiting hold their first ``limit`` rows. A list
    shorter than that is whole; a cut one is counted in SQL (``totals``), or, with ``totals=False``,
    left for :func:`today_totals` (its ``…_total`` is None), so a page shows its rows first.
    """
    today = today or dt.date.today()
    with store.cursor() as cursor:
        route_day, next_route = today, False
        route = [_visit(row) for row in cursor.execute(_DAY_VISITS, {"day": today.isoformat()})]
        if not route:
            upcoming = _date(cursor.execute(_NEXT_ROUTE_DAY, {"day": today.isoformat()}).fetchone()[0])
            if upcoming is not None:
                route_day, next_route = upcoming, True
                route = [_visit(row) for row in cursor.execute(_DAY_VISITS, {"day": upcoming.isoformat()})]
        rows: dict[str, list] = {}
        counted: dict[str, int | None] = {}
        for name, (body, order) in _LISTS.items():
            select = _FOLLOWUP_ROWS if name != "waiting" else _WAITING_ROWS
            found = cursor.execute(
                f"{select} {body} ORDER BY {order} LIMIT :limit", {"day": today.isoformat(), "limit": limit}
            ).fetchall()
            rows[name] = (
                [_followup(row) for row in found] if name != "waiting" else [waiting_row(r, today) for r in found]
            )
            whole = len(found) < limit
            counted[name] = len(found) if whole else _count(cursor, name, today) if totals else None
        low_stock = [StockRow(*row) for row in cursor.execute(_LOW_STOCK)]
    return TodayOverview(
        visits=route,
        overdue=rows["overdue"],
        due_today=rows["due_today"],
        low_stock=low_stock,
        waiting=rows["waiting"],
        route_day=route_day,
        next_route=next_route,
        today=today,
        overdue_total=counted["overdue"],
        due_today_total=counted["due_today"],
        waiting_total=counted["waiting"],
    )


def today_totals(store: Store, today: dt.date, lists: Sequence[str] = ("overdue", "due_today", "waiting")):
    """How many rows Today's ``lists`` have in all (SQL counts, no rows loaded), by list name."""
    with store.cursor() as cursor:
        return {name: _count(cursor, name, today) for name in lists}
