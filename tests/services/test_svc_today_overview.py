"""What the Today page shows, computed by the service: exact rows, named, for a fixed day."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import followups, gifts, prospects, visits
from reciprocity_desktop.store.models import Visit

TODAY = dt.date(2025, 6, 3)


def _days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def world(store):
    """Prospects with follow-ups in every bucket, a deleted prospect, stock at and above its level."""
    ids = {name: prospects.add_prospect(store, name=name, city="Köln").id for name in "ABCDEFG"}

    def followup(name: str, due: dt.date, note: str) -> str:
        return followups.add_followup(store, ids[name], kind="call", due=due, note=note).followup.id

    made = {
        "A late": followup("A", _days(-5), "A late"),
        "B late": followup("B", _days(-1), "B late"),
        "B done": followup("B", _days(-3), "B done"),
        "C today": followup("C", TODAY, "C today"),
        "D later": followup("D", _days(1), "D later"),
        "E deleted": followup("E", _days(-2), "E deleted"),
        "F gone": followup("F", _days(-2), "F gone"),
    }
    followups.complete_followup(store, made["B done"], done_on=_days(-2))
    followups.delete_followup(store, made["E deleted"])
    prospects.delete_prospect(store, ids["F"])
    gifts.add_stock_item(store, name="Calendar", quantity=3, low_stock_level=3)
    gifts.add_stock_item(store, name="Coffee box", quantity=0, low_stock_level=2)
    gifts.add_stock_item(store, name="E-book", quantity=10, low_stock_level=3)
    return ids, made


def test_overdue_are_the_open_follow_ups_due_before_today_of_live_prospects(store, world):
    ids, made = world
    overview = visits.today_overview(store, TODAY)
    # Soonest due first; done, deleted and deleted prospects' follow-ups are not overdue.
    assert [(f.id, f.prospect.name, f.due) for f in overview.overdue] == [
        (made["A late"], "A", _days(-5)),
        (made["B late"], "B", _days(-1)),
    ]
    assert [(f.id, f.prospect.name) for f in overview.due_today] == [(made["C today"], "C")]
    assert [overview.is_overdue(f) for f in overview.overdue] == [True, True]
    assert [overview.is_overdue(f) for f in overview.due_today] == [False]


def test_overdue_is_counted_from_the_day_asked_for(store, world):
    _, made = world
    later = visits.today_overview(store, _days(2))
    assert [f.id for f in later.overdue] == [made["A late"], made["B late"], made["C today"], made["D later"]]
    assert later.due_today == []
    assert later.today == _days(2)
    earlier = visits.today_overview(store, _days(-5))
    assert earlier.overdue == []
    assert [f.id for f in earlier.due_today] == [made["A late"]]


def test_low_stock_is_at_or_under_the_reorder_level(store, world):
    overview = visits.today_overview(store, TODAY)
    assert [(s.name, s.quantity, s.low_stock_level) for s in overview.low_stock] == [
        ("Calendar", 3, 3),
        ("Coffee box", 0, 2),
    ]


def test_waiting_are_the_gifted_not_followed_up_since_their_latest_gift(store, world):
    ids, _ = world
    gifts.log_gift(
        store, ids["A"], kind="content", description="Guide", date=_days(-9), schedule_feedback=False
    )
    gifts.log_gift(
        store, ids["B"], kind="content", description="Guide", date=_days(-9), schedule_feedback=False
    )
    gifts.log_gift(store, ids["G"], kind="sample", description="Coffee", date=_days(-1))
    overview = visits.today_overview(store, TODAY)
    # B has a follow-up completed since its gift; A and G have not (G's is scheduled, not done).
    assert [(r.name, r.prospect_id, r.gift_date, r.days_since) for r in overview.waiting] == [
        ("A", ids["A"], _days(-9), 9),
        ("G", ids["G"], _days(-1), 1),
    ]


def test_the_route_is_today_or_else_the_next_planned_day(store, world):
    ids, _ = world
    empty = visits.today_overview(store, TODAY)
    assert (empty.visits, empty.route_day, empty.next_route) == ([], TODAY, False)

    later = visits.plan_day(store, _days(4), [ids["C"], ids["A"]])
    cancelled = visits.plan_day(store, _days(2), [ids["D"]])[0]
    with store.session() as session:  # a day whose only visit is cancelled is no route to show
        session.get(Visit, cancelled.id).status = "cancelled"
    upcoming = visits.today_overview(store, TODAY)
    assert upcoming.next_route and upcoming.route_day == _days(4)
    assert [(v.id, v.prospect.name) for v in upcoming.visits] == [(later[0].id, "C"), (later[1].id, "A")]

    today = visits.plan_day(store, TODAY, [ids["B"]])
    overview = visits.today_overview(store, TODAY)
    assert (overview.next_route, overview.route_day) == (False, TODAY)
    assert [(v.id, v.prospect.name) for v in overview.visits] == [(today[0].id, "B")]


def test_the_lists_of_a_big_store_load_their_first_rows_and_count_them_all(store):
    """3,000 gifted prospects with an overdue follow-up each: 50 rows per list, the totals by SQL count."""
    from ui.today.bulk_rows import QueryLog, bulk_gifted

    ids = bulk_gifted(store, 3000, today=TODAY)
    prospects.delete_prospect(store, ids[1])  # a deleted prospect is neither listed nor counted
    with QueryLog(store) as log:
        overview = visits.today_overview(store, TODAY)
    assert (overview.overdue_total, overview.waiting_total, overview.due_today_total) == (2999, 2999, 0)
    assert len(overview.overdue) == len(overview.waiting) == visits.PANEL_LIMIT
    # The first rows in the order of the full lists: soonest due (then by name), and by name.
    assert [f.note for f in overview.overdue[:3]] == ["late 0", "late 2", "late 3"]
    assert [p.name for p in overview.waiting[:2]] == ["Bulk 00000", "Bulk 00002"]
    assert overview.waiting[-1].name == "Bulk 00050"
    assert log.loaded.get("prospects", 0) <= 2 * visits.PANEL_LIMIT
    assert log.loaded.get("followups", 0) <= visits.PANEL_LIMIT
    assert log.unbounded() == []


def test_a_complete_list_counts_its_rows(store, world):
    overview = visits.today_overview(store, TODAY)
    assert (overview.overdue_total, overview.due_today_total) == (2, 1)
    assert overview.waiting_total == len(overview.waiting) == 0


def test_without_totals_a_cut_list_is_left_for_today_totals_and_a_whole_one_is_counted(store):
    from ui.today.bulk_rows import QueryLog, bulk_gifted

    bulk_gifted(store, 120, today=TODAY)
    with QueryLog(store) as log:
        overview = visits.today_overview(store, TODAY, totals=False)
    assert not [s for s in log.statements if "count(" in s]  # rows only
    assert (overview.overdue_total, overview.waiting_total, overview.due_today_total) == (None, None, 0)
    assert visits.today_totals(store, TODAY) == {"overdue": 120, "due_today": 0, "waiting": 120}
    assert visits.today_totals(store, TODAY, ["waiting"]) == {"waiting": 120}
    small = visits.today_overview(store, TODAY, limit=500, totals=False)  # nothing cut: nothing to count
    assert (small.overdue_total, small.waiting_total) == (120, 120)
