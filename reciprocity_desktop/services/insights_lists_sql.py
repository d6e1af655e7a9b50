"""The Insights page's lists to act on, lazily: counted in SQL, filtered and sorted in SQL, read a page at a time.

The same three lists as :mod:`reciprocity_desktop.services.insights.lists` ("No follow-up yet",
"Reaction overdue", "Next steps"), the same rows and the same order: each list is one SQL statement
that SQLite filters (``text``: the prospect's name or city, or the gift's description), counts
(:func:`count`) and pages (:func:`page`). :func:`load_page` is what the page loads off the GUI thread:
the figures and the chart as :func:`~reciprocity_desktop.services.insights.load_insights` computes them,
and each list (and the balance per prospect) computed once into a temporary table of the load's
:class:`~reciprocity_desktop.services.snapshot.Snapshot` (:func:`build_lists`): the page reads its
later pages, its sorts and its filter there, not by computing the list again for each page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from reciprocity_desktop.services import hub_lists, settings, unfollowed
from reciprocity_desktop.services.insights import (
    NEXT_STEPS,
    InsightsData,
    InsightsQuery,
    NextStepRow,
    OverdueReactionRow,
    check_params,
    next_step_rule,
    outcomes_per_month,
)
from reciprocity_desktop.services.insights.lists import _OVERDUE_SQL, _UNFOLLOWED_SQL
from reciprocity_desktop.services.insights.report import compute_into, drop_scratch
from reciprocity_desktop.services.snapshot import Snapshot, SnapshotList
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUpKind

UNFOLLOWED, OVERDUE, NEXT_STEPS_LIST = "unfollowed", "overdue", "next_steps"
LISTS = (UNFOLLOWED, OVERDUE, NEXT_STEPS_LIST)
#: Rows of each list loaded with the figures (the first screenful and more).
FIRST_PAGE = 100

_NEXT_STEPS_HEAD = """
SELECT p.id, p.name, p.city, o.date, o.kind, o.outcomes, o.orders,
       COALESCE((SELECT MIN(c.name) FROM contacts c
                  WHERE c.prospect_id = p.id AND c.deleted = 0 AND c.is_decision_maker = 1), '')
  FROM prospects p
  JOIN (SELECT prospect_id, date, kind,
               COUNT(*) OVER (PARTITION BY prospect_id) AS outcomes,
               SUM(CASE WHEN kind = 'order' THEN COALESCE(value_cents, 0) ELSE 0 END) OVER (PARTITION BY prospect_id) AS orders,
               ROW_NUMBER() OVER (PARTITION BY prospect_id ORDER BY date DESC, rowid DESC) AS newest
          FROM outcomes WHERE deleted = 0) AS o ON o.prospect_id = p.id AND o.newest = 1
 WHERE p.deleted = 0
"""
#: The prospects with a reciprocated gift of the period, found in the store.
_NEXT_STEPS_SQL = (
    _NEXT_STEPS_HEAD
    + """   AND EXISTS (SELECT 1 FROM gifts g
                WHERE g.prospect_id = p.id AND g.deleted = 0 AND g.date >= :start AND g.date <= :end
                  AND EXISTS (SELECT 1 FROM outcomes r
                               WHERE r.prospect_id = p.id AND r.deleted = 0
                                 AND r.date >= g.date AND r.date <= date(g.date, :window)))
"""
)
#: The same, found among the figures' scratch gifts of the period (each with the days to the outcome that
#: reciprocates it: services/insights/aggregates.py) — while a load still has them, three times cheaper.
_NEXT_STEPS_OF_SCRATCH = (
    _NEXT_STEPS_HEAD + "   AND p.id IN (SELECT pid FROM temp.insights_gifts WHERE lag IS NOT NULL)\n"
)


@dataclass(frozen=True)
class ListQuery:
    """What a list is asked for: the period and window (as the figures), today, the filter and the order."""

    window_days: int = 90
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    today: dt.date | None = None
    text: str = ""
    #: A column name of the list's SQL (see :data:`SORTS`) and the direction; None: the list's own order.
    sort: str | None = None
    descending: bool = False

    @classmethod
    def of(cls, query: InsightsQuery, **extra: Any) -> ListQuery:
        return cls(query.window_days, query.date_from, query.date_to, query.today, **extra)


#: Per list: its SQL's columns, the columns the filter searches, its own order, and the sortable columns.
_COLUMNS = {
    UNFOLLOWED: ("prospect_id", "name", "city", "gift_date", "kind", "description"),
    OVERDUE: ("gift_id", "prospect_id", "name", "gift_date", "kind", "description", "due", "asked"),
    NEXT_STEPS_LIST: ("prospect_id", "name", "city", "last_date", "kind", "outcomes", "orders", "decider"),
}
_SEARCHED = {
    UNFOLLOWED: ("name", "city", "description"),
    OVERDUE: ("name", "description"),
    NEXT_STEPS_LIST: ("name", "city", "decider"),
}
_OWN_ORDER = {
    UNFOLLOWED: "gift_date, name COLLATE NOCASE, prospect_id",
    OVERDUE: "due, name COLLATE NOCASE, gift_id",
    NEXT_STEPS_LIST: "last_date DESC, name COLLATE NOCASE, prospect_id",
}
SORTS = {
    UNFOLLOWED: ("name", "kind", "gift_date"),
    OVERDUE: ("name", "description", "due", "asked"),
    NEXT_STEPS_LIST: ("name", "last_date"),
}


def _statement(
    store: Store, which: str, query: ListQuery, scratch: bool = False
) -> tuple[str, dict[str, Any]]:
    """The list's SQL with the filter applied (a sub-select named ``l``), and its parameters.

    ``scratch``: the connection holds the figures' scratch tables for the same period and window.
    """
    today = query.today or dt.date.today()
    if which == UNFOLLOWED:
        inner, params = _UNFOLLOWED_SQL, {}
    elif which == OVERDUE:
        delay = f"+{int(settings.get(store, 'feedback_delay_days'))} days"
        inner = _OVERDUE_SQL.replace("?", ":p0", 1).replace("?", ":p1", 1).replace("?", ":p2", 1)
        inner = inner.replace("?", ":p3", 1)
        params = {"p0": delay, "p1": FollowUpKind.ASK_FEEDBACK.value, "p2": delay, "p3": today.isoformat()}
    elif scratch:
        check_params(query.window_days, query.date_from, query.date_to)
        inner, params = _NEXT_STEPS_OF_SCRATCH, {}
    else:
        check_params(query.window_days, query.date_from, query.date_to)
        inner = _NEXT_STEPS_SQL
        params = {
            "start": (query.date_from or dt.date.min).isoformat(),
            "end": (query.date_to or dt.date.max).isoformat(),
            "window": f"+{int(query.window_days)} days",
        }
    names = ", ".join(f"c{n} AS {name}" for n, name in enumerate(_COLUMNS[which]))
    # the inner statement's columns, numbered c0, c1, ... by the common table's column list, get names;
    # MATERIALIZED: the list is computed as written (an outer order, say by name, must not make SQLite walk
    # the prospects in a name index's order, a row lookup each: a third slower on the office store)
    numbered = ", ".join(f"c{n}" for n in range(len(_COLUMNS[which])))
    sql = f"WITH l0({numbered}) AS MATERIALIZED ({inner}) SELECT {names} FROM l0"
    if query.text:
        params["text"] = "%" + query.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql += " WHERE " + " OR ".join(f"{name} LIKE :text ESCAPE '\\'" for name in _SEARCHED[which])
    return sql, params


def count(store: Store, which: str, query: ListQuery) -> int:
    """How many rows list ``which`` has (SQL COUNT: no row is read)."""
    sql, params = _statement(store, which, query)
    with store.read() as session:
        return int(
            session.connection().exec_driver_sql(f"SELECT COUNT(*) FROM ({sql})", params).scalar() or 0
        )


def page(store: Store, which: str, query: ListQuery, offset: int = 0, limit: int | None = None) -> list:
    """Rows ``offset`` to ``offset + limit`` of list ``which`` (all from ``offset`` without ``limit``)."""
    return _read(store, which, query, offset, limit)[0]


def first(store: Store, which: str, query: ListQuery, limit: int = FIRST_PAGE) -> tuple[list, int]:
    """The first ``limit`` rows of list ``which`` and how many it has: one statement (the count a window aggregate)."""
    return _read(store, which, query, 0, limit, counted=True)


def _read(
    store: Store, which: str, query: ListQuery, offset: int, limit: int | None, counted: bool = False
) -> tuple[list, int]:
    sql, params = _statement(store, which, query)
    order = _OWN_ORDER[which]
    if query.sort in SORTS[which]:
        direction = "DESC" if query.descending else "ASC"
        order = f"{query.sort} {direction}, {order}"
    params |= {"limit": -1 if limit is None else int(limit), "offset": int(offset)}
    select = f"SELECT *, COUNT(*) OVER () FROM ({sql})" if counted else sql
    with store.read() as session:
        found = session.connection().exec_driver_sql(
            f"{select} ORDER BY {order} LIMIT :limit OFFSET :offset", params
        )
        rows = found.fetchall()
    today = query.today or dt.date.today()
    total = int(rows[0][-1]) if counted and rows else 0
    width = len(_COLUMNS[which])
    return [_ROW[which](tuple(row)[:width], today) for row in rows], total


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _overdue(row, today: dt.date) -> OverdueReactionRow:
    gift_id, pid, name, given, kind, text, due, asked = row
    return OverdueReactionRow(
        gift_id, pid, name, _day(given), kind, text, _day(due), (today - _day(due)).days, bool(asked)
    )


def _next_step(row, _today: dt.date) -> NextStepRow:
    pid, name, city, last, kind, outcomes, orders, decider = row
    rule = next_step_rule(kind, decider)
    return NextStepRow(
        pid, name, city, _day(last), kind, int(outcomes), int(orders or 0), decider, rule,
        NEXT_STEPS[rule].format(name=decider),
    )  # fmt: skip


_ROW = {UNFOLLOWED: unfollowed.make_row, OVERDUE: _overdue, NEXT_STEPS_LIST: _next_step}


#: Per list, the sort keys of a loaded list (named after its rows' fields) and their terms over its table;
#: "days since" the gift runs against its date, "days overdue" against the due date.
LIST_SORTS = {
    UNFOLLOWED: {
        "name": ("name", False), "kind": ("kind", False), "gift_date": ("gift_date", False),
        "days_since": ("gift_date", True),
    },
    OVERDUE: {
        "name": ("name", False), "description": ("description", False), "due": ("due", False),
        "days_overdue": ("due", True), "asked": ("asked", False),
    },
    NEXT_STEPS_LIST: {"name": ("name", False), "last_date": ("last_date", False)},
}  # fmt: skip
_IDS = {UNFOLLOWED: "prospect_id", OVERDUE: "gift_id", NEXT_STEPS_LIST: "prospect_id"}


def build_list(
    snapshot: Snapshot, store: Store, which: str, query: ListQuery, scratch: bool = False
) -> SnapshotList:
    """List ``which`` for ``query`` (its period and today; the filter and order are the reader's), computed
    once into a temporary table of ``snapshot`` in the list's own order. ``scratch``: ``snapshot`` holds the
    figures' scratch tables of the same query (see :func:`compute_into`)."""
    today = query.today or dt.date.today()
    sql, params = _statement(store, which, dataclasses.replace(query, text="", sort=None), scratch)
    make = _ROW[which]
    return SnapshotList.build(
        snapshot,
        sql,
        params,
        _OWN_ORDER[which],
        table=f"act_{which}",
        columns=_COLUMNS[which],
        row=lambda found: make(found, today),
        searched=_SEARCHED[which],
        sorts=LIST_SORTS[which],
        id_column=_IDS[which],
    )


def list_sort(key: str, descending: bool) -> tuple[str | None, bool]:
    """A table's sort as a loaded list takes it: a key of :data:`LIST_SORTS` ("": the list's own order)."""
    return (key or None, descending)


@dataclass
class InsightsPage(InsightsData):
    """What the page shows: the figures, each list's first page (``unfollowed`` …) with its count, and
    each list and the balance as loaded (``lists``, ``balance``: read their pages there; :meth:`close`
    when the page shows another load). ``report.balance`` is empty: the balance is ``balance``'s."""

    counts: dict[str, int] = field(default_factory=dict)
    lists: dict[str, SnapshotList] = field(default_factory=dict, compare=False, repr=False)
    balance: SnapshotList | None = field(default=None, compare=False, repr=False)
    snapshot: Snapshot | None = field(default=None, compare=False, repr=False)

    def close(self) -> None:
        if self.snapshot is not None:
            self.snapshot.close()


def load_page(store: Store, query: InsightsQuery, text: str = "") -> InsightsPage:
    """The figures, the months of the chart, and each list loaded once with its count and first page
    (with ``text``); no Qt, any thread. The lists stay readable until the page is closed."""
    today = query.today or dt.date.today()
    first_month, last_month = query.chart_months(today)
    began = time.perf_counter()
    timings: dict[str, float] = {}

    def timed(name: str, part):
        start = time.perf_counter()
        result = part()
        timings[name] = time.perf_counter() - start
        return result

    window, start, end = query.window_days, query.date_from, query.date_to
    if hub_lists.is_hub(store):  # an office hub: the lists computed there, held as records (services/hub_lists.py)
        report, lists, balance = hub_lists.insights_lists(store, window, start, end, today, timed)
        first = {which: listed.page(text, (None, False), 0, FIRST_PAGE) for which, listed in lists.items()}
        counts = {which: listed.count(text) for which, listed in lists.items()}
        months = timed("months", lambda: outcomes_per_month(store, first_month, last_month))
        return InsightsPage(
            query, report, first[UNFOLLOWED], first[OVERDUE], first[NEXT_STEPS_LIST], months,
            currency=str(settings.get(store, "currency")), seconds=time.perf_counter() - began, timings=timings,
            counts=counts, lists=lists, balance=balance,  # type: ignore[arg-type]
        )  # fmt: skip
    snapshot = Snapshot(store)
    try:
        report, balance = timed(
            "compute",
            lambda: compute_into(
                snapshot, window_days=window, date_from=start, date_to=end, keep_scratch=True
            ),
        )
        asked = ListQuery.of(query)
        lists = {
            which: timed(which, lambda w=which: build_list(snapshot, store, w, asked, scratch=True))
            for which in LISTS
        }
        drop_scratch(snapshot)
        first = {which: listed.page(text, (None, False), 0, FIRST_PAGE) for which, listed in lists.items()}
        counts = {which: listed.count(text) for which, listed in lists.items()}
        months = timed("months", lambda: outcomes_per_month(store, first_month, last_month))
        currency = str(settings.get(store, "currency"))
    except BaseException:
        snapshot.close()
        raise
    return InsightsPage(
        query,
        report,
        first[UNFOLLOWED],
        first[OVERDUE],
        first[NEXT_STEPS_LIST],
        months,
        currency=currency,
        seconds=time.perf_counter() - began,
        timings=timings,
        counts=counts,
        lists=lists,
        balance=balance,
        snapshot=snapshot,
    )
