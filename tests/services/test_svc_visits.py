"""Visits: plan a day, reorder, auto-order, and the debrief (one transaction)."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import followups, gifts, prospects, visits
from reciprocity_desktop.services.debrief import Debrief
from reciprocity_desktop.services.errors import NotFound, ValidationError

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

DAY = "2025-06-03"


def _add(store, name, **values):
    return prospects.add_prospect(store, name=name, **values).id


def _route(store, day=DAY) -> list[str]:
    return [v.prospect.name for v in visits.list_day(store, day)]


# -- planning ----------------------------------------------------------------------------------------------


def test_plan_adds_stops_in_order_after_the_planned_ones_without_duplicates(store):
    a, b, c = (_add(store, n) for n in ("A", "B", "C"))
    first = visits.plan_day(store, DAY, [b, a])
    assert [v.position for v in first] == [0, 1]
    again = visits.plan_day(store, DAY, [a, c])
    assert again[0].id == first[1].id  # already planned: the same visit, not a second one
    assert _route(store) == ["B", "A", "C"]
    assert [v.position for v in visits.list_day(store, DAY)] == [0, 1, 2]
    assert all(v.status == "planned" for v in visits.list_day(store, DAY))
    assert visits.list_day(store, "2025-06-04") == []


def test_planning_with_an_unknown_prospect_plans_nothing(store, dump):
    a = _add(store, "A")
    before = dump(store)
    with pytest.raises(NotFound, match="No prospect with id nope."):
        visits.plan_day(store, DAY, [a, "nope"])
    with pytest.raises(ValidationError) as caught:
        visits.plan_day(store, "next tuesday", [a])
    assert caught.value.field == "date"
    with pytest.raises(ValidationError) as caught:
        visits.plan_day(store, DAY, [])
    assert caught.value.field == "prospects"
    assert dump(store) == before


def test_visits_of_deleted_prospects_are_not_listed(store):
    a, b = _add(store, "A"), _add(store, "B")
    visits.plan_day(store, DAY, [a, b])
    prospects.delete_prospect(store, a)
    assert _route(store) == ["B"]


def test_reorder(store, dump):
    ids = [_add(store, n) for n in ("A", "B", "C")]
    planned = visits.plan_day(store, DAY, ids)
    visits.reorder_day(store, DAY, [planned[2].id, planned[0].id, planned[1].id])
    assert _route(store) == ["C", "A", "B"]
    assert [v.position for v in visits.list_day(store, DAY)] == [0, 1, 2]
    before = dump(store)
    for wrong in ([planned[0].id, planned[1].id], [planned[0].id] * 3, [p.id for p in planned] + ["x"]):
        with pytest.raises(ValidationError) as caught:
            visits.reorder_day(store, DAY, wrong)
        assert caught.value.field == "order"
    assert dump(store) == before


def test_remove_restore_move_and_update_a_visit(store):
    a, b = _add(store, "A"), _add(store, "B")
    va, vb = visits.plan_day(store, DAY, [a, b])
    visits.remove_visit(store, va.id)
    assert _route(store) == ["B"]
    visits.restore_visit(store, va.id)
    assert _route(store) == ["A", "B"]
    moved = visits.move_visit(store, vb.id, "2025-06-04")
    assert (moved.date, moved.position) == (dt.date(2025, 6, 4), 0)
    assert _route(store) == ["A"] and _route(store, "2025-06-04") == ["B"]
    item = gifts.add_stock_item(store, name="Coffee", quantity=3)
    visits.update_visit(store, va.id, planned_time="9:30", gift_stock_item_id=item.id, notes="Ring twice")
    visit = visits.list_day(store, DAY)[0]
    assert (visit.planned_time, visit.gift_stock_item_id, visit.notes) == ("09:30", item.id, "Ring twice")
    with pytest.raises(ValidationError) as caught:
        visits.update_visit(store, va.id, planned_time="half past nine")
    assert caught.value.field == "planned time"


# -- candidates for a day -----------------------------------------------------------------------------------


@pytest.fixture
def candidates(store):
    made = {
        name: _add(store, name, postal_code=postal, city=city)
        for name, postal, city in (
            ("Bäckerei Müller", "80331", "München"),
            ("Autohaus Straßer", "80333", "München"),
            ("Druckerei Berg", "10115", "Berlin"),
            ("Café Bergblick", "80339", "München"),
            ("Gone GmbH", "80331", "München"),
        )
    }
    prospects.delete_prospect(store, made["Gone GmbH"])
    return made


def _names(rows) -> list[tuple[str, str]]:
    return [(p.name, p.postal_code) for p in rows]


def test_candidates_are_the_live_prospects_not_on_the_day_by_name(store, candidates):
    assert _names(visits.candidates_for_day(store, DAY)) == [
        ("Autohaus Straßer", "80333"),
        ("Bäckerei Müller", "80331"),
        ("Café Bergblick", "80339"),
        ("Druckerei Berg", "10115"),
    ]
    visits.plan_day(store, DAY, [candidates["Bäckerei Müller"], candidates["Druckerei Berg"]])
    assert _names(visits.candidates_for_day(store, DAY)) == [
        ("Autohaus Straßer", "80333"),
        ("Café Bergblick", "80339"),
    ]
    # Another day still offers everyone; a stop removed from the day is offered again.
    assert len(visits.candidates_for_day(store, "2025-06-04")) == 4
    removed = visits.list_day(store, DAY)[0]
    visits.remove_visit(store, removed.id)
    assert [p.id for p in visits.candidates_for_day(store, DAY)] == [
        candidates["Autohaus Straßer"],
        candidates["Bäckerei Müller"],
        candidates["Café Bergblick"],
    ]


def test_candidates_by_search_postal_prefix_and_limit(store, candidates):
    # Accents and case do not matter; every word must match.
    assert _names(visits.candidates_for_day(store, DAY, search="BERG")) == [
        ("Café Bergblick", "80339"),
        ("Druckerei Berg", "10115"),
    ]
    assert _names(visits.candidates_for_day(store, DAY, search="muller")) == [("Bäckerei Müller", "80331")]
    assert _names(visits.candidates_for_day(store, DAY, search="berg münchen")) == [
        ("Café Bergblick", "80339")
    ]
    assert _names(visits.candidates_for_day(store, DAY, postal_prefix="8033")) == [
        ("Autohaus Straßer", "80333"),
        ("Bäckerei Müller", "80331"),
        ("Café Bergblick", "80339"),
    ]
    visits.plan_day(store, DAY, [candidates["Autohaus Straßer"]])
    assert _names(visits.candidates_for_day(store, DAY, postal_prefix=" 8033 ")) == [
        ("Bäckerei Müller", "80331"),
        ("Café Bergblick", "80339"),
    ]
    assert _names(visits.candidates_for_day(store, DAY, limit=2)) == [
        ("Bäckerei Müller", "80331"),
        ("Café Bergblick", "80339"),
    ]
    with pytest.raises(ValidationError) as caught:
        visits.candidates_for_day(store, "someday")
    assert caught.value.field == "date"


# -- automatic order: tests/services/test_svc_route_times.py ------------------------------------------------


# -- the debrief -----------------------------------------------------------------------------------------------


@pytest.fixture
def planned_visit(store):
    prospect = _add(store, "Gärtnerei Grünwald", country="DE")
    item = gifts.add_stock_item(store, name="Coffee sample box", kind="sample", unit_cost="8.50", quantity=4)
    visit = visits.plan_day(store, DAY, [prospect])[0]
    visits.update_visit(store, visit.id, gift_stock_item_id=item.id)
    return visit, prospect, item


def test_debrief_records_everything_in_one_go(store, planned_visit):
    visit, prospect, item = planned_visit
    result = debriefs.debrief_visit(
        store,
        visit.id,
        Debrief(
            status="done",
            gift_handed_over=True,
            outcome_kind="meeting",
            note="Owner was in; meeting agreed.",
            followup_kind="call",
            followup_due="2025-06-20",
            followup_note="Confirm the meeting",
        ),
    )
    day = visits.list_day(store, DAY)[0]
    assert (day.status, day.notes) == ("done", "Owner was in; meeting agreed.")
    gift_rows = gifts.list_gifts(store)
    assert [
        (g.visit_id, g.stock_item_id, g.kind, g.description, g.cost_cents, g.date) for g in gift_rows
    ] == [(visit.id, item.id, "sample", "Coffee sample box", 850, dt.date(2025, 6, 3))]
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[item.id] == 3
    outcome_rows = followups.list_outcomes(store)
    assert [(o.visit_id, o.kind, o.date) for o in outcome_rows] == [
        (visit.id, "meeting", dt.date(2025, 6, 3))
    ]
    followup_rows = {(f.kind, f.due, f.gift_id) for f in followups.list_followups(store)}
    assert followup_rows == {
        ("ask_feedback", dt.date(2025, 6, 10), gift_rows[0].id),
        ("call", dt.date(2025, 6, 20), None),
    }
    assert result.gift.id == gift_rows[0].id and result.outcome.id == outcome_rows[0].id
    assert len(result.followups) == 2


def test_a_failing_part_of_the_debrief_rolls_back_all_of_it(store, dump, planned_visit):
    visit, _, item = planned_visit
    before = dump(store)
    for debrief, field in (
        (Debrief(gift_handed_over=True, outcome_kind="order", outcome_value="250", followup_kind="call",
                 followup_due="2025-06-31"), "due date"),
        (Debrief(gift_handed_over=True, outcome_kind="order", outcome_value="abc"), "order value"),
        (Debrief(gift_handed_over=True, outcome_kind="gratitude"), "kind"),
        (Debrief(gift_handed_over=True, followup_kind="pester", followup_due="2025-06-10"), "kind"),
        (Debrief(status="nobody_there", gift_handed_over=True), "gift"),
        (Debrief(status="sleeping"), "status"),
    ):  # fmt: skip
        with pytest.raises(ValidationError) as caught:
            debriefs.debrief_visit(store, visit.id, debrief)
        assert caught.value.field == field, debrief
        assert dump(store) == before, debrief
    assert visits.list_day(store, DAY)[0].status == "planned"
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[item.id] == 4


def test_debrief_with_an_empty_stock_changes_nothing(store, dump, planned_visit):
    visit, prospect, item = planned_visit
    gifts.log_gift(store, prospect, kind="sample", description="Coffee", stock_item_id=item.id, quantity=4)
    before = dump(store)
    with pytest.raises(ValidationError, match="left in stock"):
        debriefs.debrief_visit(store, visit.id, Debrief(gift_handed_over=True, outcome_kind="conversation"))
    assert dump(store) == before


def test_debrief_nobody_there_and_a_gift_not_from_stock(store, planned_visit):
    visit, prospect, item = planned_visit
    debriefs.debrief_visit(store, visit.id, Debrief(status="nobody_there", note="Closed on Tuesdays"))
    assert (visits.list_day(store, DAY)[0].status, gifts.list_gifts(store)) == ("nobody_there", [])
    visits.move_visit(store, visit.id, "2025-06-05")
    result = debriefs.debrief_visit(
        store,
        visit.id,
        Debrief(gift_handed_over=True, gift_description="Hand-made chocolates", gift_kind="personal"),
    )
    assert (result.gift.kind, result.gift.description, result.gift.stock_item_id) == (
        "personal",
        "Hand-made chocolates",
        None,
    )
    assert {i.id: i.quantity for i in gifts.list_stock(store)}[item.id] == 4
    with pytest.raises(ValidationError, match="already recorded"):
        debriefs.debrief_visit(store, visit.id, Debrief(gift_handed_over=True, gift_description="More"))


def test_debrief_of_an_unknown_visit(store):
    with pytest.raises(NotFound, match="No visit with id nope."):
        debriefs.debrief_visit(store, "nope", Debrief())
