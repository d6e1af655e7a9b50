"""The window's computed lists on an office hub: the Insights lists and balance, the gift register's year.

On a store file they are computed into SQLite's temporary tables (:mod:`~.snapshot`, in SQLite's SQL:
``temp.``, ``rowid``, ``COLLATE NOCASE``, ``date(…, '+7 days')``). On a hub each is computed once per load
by SQL that runs on PostgreSQL (the figures' own statements, :mod:`~.insights.aggregates_pg`; the
waiting rule's Core select; the ORM's next steps) and held as its records (:class:`~.memory_list.MemoryList`):
the same rows in the same orders, their pages, sorts and filter answered in Python.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reciprocity_desktop.services import settings, unfollowed
from reciprocity_desktop.services.insights.figures import BalanceRow, Report
from reciprocity_desktop.services.insights.lists import OverdueReactionRow, next_steps
from reciprocity_desktop.services.insights.report import compute
from reciprocity_desktop.services.memory_list import MemoryList, folded_key
from reciprocity_desktop.store import HubStore, Store
from reciprocity_desktop.store.models import FollowUpKind


def is_hub(store: Store) -> bool:
    """Whether ``store`` is an office hub (its computed lists are :class:`MemoryList`\\ s)."""
    return isinstance(store, HubStore)


#: The gifts whose reaction is overdue (services/insights/lists.py's rule), in PostgreSQL's SQL: a gift
#: without an ask_feedback follow-up is due ``delay`` days after it was given.
_OVERDUE_PG = """
SELECT g.id, g.prospect_id, p.name, g.date, g.kind, g.description,
       COALESCE(a.due, g.date + CAST(%(delay)s AS integer)) AS due, COALESCE(a.asked, false)
  FROM gifts g
  JOIN prospects p ON p.id = g.prospect_id AND p.deleted IS false
  LEFT JOIN (SELECT gift_id, MIN(due) AS due, bool_or(done_on IS NOT NULL) AS asked
               FROM followups
              WHERE deleted IS false AND kind = %(kind)s AND gift_id IS NOT NULL
              GROUP BY gift_id) AS a ON a.gift_id = g.id
 WHERE g.deleted IS false AND g.reaction IS NULL
   AND COALESCE(a.due, g.date + CAST(%(delay)s AS integer)) < %(today)s
"""


def _by_name(record: Any) -> str:
    return folded_key(record.name)


def _unfollowed(store: Store, today: dt.date) -> MemoryList:
    with store.read() as session:
        found = session.execute(unfollowed.waiting_rows()).all()
    rows = [unfollowed.make_row(tuple(row), today) for row in found]
    rows.sort(key=lambda r: (r.gift_date, folded_key(r.name), r.prospect_id))
    return MemoryList(
        rows,
        lambda r: r.prospect_id,
        lambda r: (r.name, r.city, r.description),
        {
            "name": (_by_name, False),
            "kind": (lambda r: r.gift_kind, False),
            "gift_date": (lambda r: r.gift_date, False),
            "days_since": (lambda r: r.gift_date, True),
        },
    )


def _overdue(store: Store, today: dt.date) -> MemoryList:
    params = {
        "delay": int(settings.get(store, "feedback_delay_days")),
        "kind": FollowUpKind.ASK_FEEDBACK.value,
        "today": today,
    }
    with store.read() as session:
        found = session.connection().exec_driver_sql(_OVERDUE_PG, params).fetchall()
    rows = [
        OverdueReactionRow(gift_id, pid, name, given, kind, text, due, (today - due).days, bool(asked))
        for gift_id, pid, name, given, kind, text, due, asked in found
    ]
    rows.sort(key=lambda r: (r.due, folded_key(r.name), r.gift_id))
    return MemoryList(
        rows,
        lambda r: r.gift_id,
        lambda r: (r.name, r.description),
        {
            "name": (_by_name, False),
            "description": (lambda r: r.description, False),
            "due": (lambda r: r.due, False),
            "days_overdue": (lambda r: r.due, True),
            "asked": (lambda r: r.asked, False),
        },
    )


def _next_steps(store: Store, window: int, start: dt.date | None, end: dt.date | None) -> MemoryList:
    rows = next_steps(store, window_days=window, date_from=start, date_to=end)  # in the list's own order
    return MemoryList(
        rows,
        lambda r: r.prospect_id,
        lambda r: (r.name, r.city, r.decision_maker),
        {"name": (_by_name, False), "last_date": (lambda r: r.last_outcome_date, False)},
    )


def balance_list(rows: list[BalanceRow]) -> MemoryList:
    """The balance per prospect (:func:`compute`'s, best first) as the page reads it."""
    return MemoryList(
        rows,
        lambda r: r.prospect_id,
        lambda r: (r.name, r.city),
        {
            "name": (_by_name, False),
            "gifts": (lambda r: r.gifts, False),
            "cost": (lambda r: r.gift_cost_cents, False),
            "outcomes": (lambda r: r.outcomes, False),
            "orders": (lambda r: r.order_value_cents, False),
            "net": (lambda r: r.net_cents, False),
        },
    )


def insights_lists(
    store: Store, window: int, start: dt.date | None, end: dt.date | None, today: dt.date, timed: Any
) -> tuple[Report, dict[str, MemoryList], MemoryList]:
    """The figures (their balance as a list), and the lists to act on by name, as the Insights page loads
    them (``timed(name, part)`` runs and times each part)."""
    report = timed("compute", lambda: compute(store, window_days=window, date_from=start, date_to=end))
    balance = balance_list(report.balance)
    report.balance = []  # the page reads the balance's list, as on a file
    lists = {
        "unfollowed": timed("unfollowed", lambda: _unfollowed(store, today)),
        "overdue": timed("overdue", lambda: _overdue(store, today)),
        "next_steps": timed("next_steps", lambda: _next_steps(store, window, start, end)),
    }
    return report, lists, balance
