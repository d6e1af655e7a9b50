"""Today's plain-SQL rows hold what the services they mirror say, and no SQLAlchemy is needed to read them.

services/today.py reads Today's lists through a plain sqlite3 cursor (the window's first screen needs no
ORM); each list must stay the one its service defines: the day's route (day_route.day_visits), the open
follow-ups (followups.list_followups), the stock running low (gifts.low_stock) and the gifted prospects
waiting (the Prospects page's filter). Checked here on the demo tour, over every day it plans.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reciprocity_desktop.services import day_route, followups, gifts, prospects, today
from reciprocity_desktop.services.prospects import ProspectFilter
from reciprocity_desktop.store.models import Visit

ROOT = Path(__file__).resolve().parents[2]


def _days_with_visits(store) -> list[dt.date]:
    with store.read() as session:
        return sorted(session.scalars(select(Visit.date).distinct()))


def _prospect_fields(p) -> tuple:
    return (p.id, p.name, p.city, p.stage)


@pytest.fixture
def demo(demo_store):
    # A deleted prospect with an overdue follow-up and a visit, so the live-only rules are exercised too.
    days = _days_with_visits(demo_store)
    with demo_store.read() as session:
        visit = session.scalars(select(Visit).where(Visit.date == days[0])).first()
    prospects.delete_prospect(demo_store, visit.prospect_id)
    return demo_store


def test_the_route_of_every_planned_day_is_day_visits_of_that_day(demo):
    for day in _days_with_visits(demo):
        overview = today.today_overview(demo, day)
        with demo.read() as session:
            expected = day_route.day_visits(session, day)
            first_after = session.scalar(
                select(func.min(Visit.date)).where(
                    Visit.date > day, Visit.deleted.is_(False), Visit.status == "planned"
                )
            )
        if not expected:  # only visits of deleted prospects that day: the next route is shown
            assert overview.next_route and overview.route_day == first_after
            continue
        assert (overview.route_day, overview.next_route) == (day, False)
        assert [
            (
                v.id,
                v.prospect_id,
                v.date,
                v.position,
                v.planned_time,
                v.status,
                v.gift_note,
                v.gift_stock_item_id,
            )
            for v in overview.visits
        ] == [
            (
                v.id,
                v.prospect_id,
                v.date,
                v.position,
                v.planned_time,
                v.status,
                v.gift_note,
                v.gift_stock_item_id,
            )
            for v in expected
        ]
        assert [_prospect_fields(v.prospect) for v in overview.visits] == [
            _prospect_fields(v.prospect) for v in expected
        ]
        assert [
            (s.id, s.name, s.quantity, s.low_stock_level) if (s := v.gift_stock_item) else None
            for v in overview.visits
        ] == [
            (s.id, s.name, s.quantity, s.low_stock_level) if (s := v.gift_stock_item) else None
            for v in expected
        ]


@pytest.mark.parametrize("offset", [-30, 0, 7, 45])
def test_the_follow_ups_are_the_follow_up_lists_open_buckets(demo, offset):
    day = dt.date.today() + dt.timedelta(days=offset)
    overview = today.today_overview(demo, day, limit=10_000)
    for rows, bucket in ((overview.overdue, followups.OVERDUE), (overview.due_today, followups.DUE_TODAY)):
        expected = followups.list_followups(demo, bucket, today=day)
        assert [(f.id, f.prospect_id, f.gift_id, f.due, f.kind, f.note, f.done_on) for f in rows] == [
            (f.id, f.prospect_id, f.gift_id, f.due, f.kind, f.note, f.done_on) for f in expected
        ]
        assert [_prospect_fields(f.prospect) for f in rows] == [
            _prospect_fields(f.prospect) for f in expected
        ]
        assert all(overview.is_overdue(f) == (bucket == followups.OVERDUE) for f in rows)
    if offset == 45:
        assert overview.overdue, "the demo tour has follow-ups overdue in six weeks"


def test_low_stock_and_the_prospects_waiting_are_the_services_lists(demo):
    item = gifts.list_stock(demo)[0]
    gifts.update_stock_item(demo, item.id, quantity=0)  # out of stock counts as low too
    overview = today.today_overview(demo, limit=10_000)
    assert [(s.id, s.name, s.kind, s.quantity, s.low_stock_level) for s in overview.low_stock] == [
        (s.id, s.name, s.kind, s.quantity, s.low_stock_level) for s in gifts.low_stock(demo)
    ]
    assert item.id in [s.id for s in overview.low_stock]
    waiting = prospects.list_prospects(demo, ProspectFilter(gifted_no_followup=True), limit=10_000)
    assert sorted((r.prospect_id, r.name, r.city) for r in overview.waiting) == sorted(
        (p.id, p.name, p.city) for p in waiting
    )
    assert overview.waiting, "the demo tour has gifted prospects waiting"


def test_any_prospects_tells_an_empty_store_from_one_with_live_prospects(store):
    assert today.any_prospects(store) is False
    kept = prospects.add_prospect(store, name="Kept")
    assert today.any_prospects(store) is True
    prospects.delete_prospect(store, kept.id)
    assert today.any_prospects(store) is False


def test_todays_rows_are_read_without_importing_sqlalchemy(demo_store):
    """In a fresh interpreter: opening the store and reading Today's overview and totals loads no SQLAlchemy."""
    code = (
        "import sys; from reciprocity_desktop.store import open_store; "
        "from reciprocity_desktop.services import today; "
        f"store = open_store({str(demo_store.path)!r}); "
        "o = today.today_overview(store, totals=False); today.today_totals(store, o.today); "
        "assert today.any_prospects(store) and o.waiting; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr[-2000:]


@pytest.mark.parametrize("offset", [0, 45])
def test_the_totals_count_the_lists_rows_deleted_prospects_left_out(demo, offset):
    day = dt.date.today() + dt.timedelta(days=offset)
    late = followups.list_followups(demo, followups.OVERDUE, today=day)
    gone = late[0].prospect_id if late else prospects.list_prospects(demo, limit=1)[0].id
    gifts.log_gift(demo, gone, kind="sample", description="Coffee", date=day - dt.timedelta(days=3))
    followups.add_followup(demo, gone, kind="call", due=day, note="due that day")
    prospects.delete_prospect(demo, gone)  # its open follow-ups and its gift count nowhere
    totals = today.today_totals(demo, day)
    waiting = prospects.list_prospects(demo, ProspectFilter(gifted_no_followup=True), limit=10_000)
    assert totals == {
        "overdue": len(followups.list_followups(demo, followups.OVERDUE, today=day)),
        "due_today": len(followups.list_followups(demo, followups.DUE_TODAY, today=day)),
        "waiting": len(waiting),
    }
    assert all(f.prospect_id != gone for f in followups.list_followups(demo, followups.OPEN, today=day))


def _plan(store, sql: str) -> list[str]:
    with store.cursor() as cursor:
        return [
            row[3] for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}", {"day": "2025-06-03", "limit": 50})
        ]


def test_every_query_of_today_reads_through_an_index_and_the_counts_read_only_indexes(store):
    from reciprocity_desktop.services.today import _COUNTS, _DAY_VISITS, _FOLLOWUP_ROWS, _LISTS, _WAITING_ROWS

    plans = {"route": _plan(store, _DAY_VISITS)}
    for name, (body, order) in _LISTS.items():
        select_ = _FOLLOWUP_ROWS if name != "waiting" else _WAITING_ROWS
        plans[name] = _plan(store, f"{select_} {body} ORDER BY {order} LIMIT :limit")
    counts = {name: _plan(store, sql) for name, sql in _COUNTS.items()}
    for name, plan in {**plans, **{f"{n} count": p for n, p in counts.items()}}.items():
        table_scans = [
            step
            for step in plan
            if step.startswith("SCAN") and "INDEX" not in step and "CONSTANT" not in step
        ]
        assert table_scans == [], (name, plan)
    assert (
        "SCAN p USING INDEX ix_prospects_list" in plans["waiting"]
    )  # the name order, until the page is full
    for name, plan in counts.items():  # no table row is read to count
        if name == "waiting":
            # The waiting rule reads the latest gift's reaction and date (services/unfollowed.py), which no
            # index holds: its count runs off the GUI thread after the first paint (no table scan, above).
            continue
        assert all(
            "COVERING INDEX" in step or "ix_prospects_deleted" in step for step in plan if "INDEX" in step
        ), (
            name,
            plan,
        )
