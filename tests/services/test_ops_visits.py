"""The planner's undoable actions: each does its action, says what changed, and undo/redo flip it exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import gifts, prospects, visits
from reciprocity_desktop.services.changes import Op
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.ops import visits as ops
from reciprocity_desktop.store.models import Visit

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

DAY = dt.date(2025, 6, 3)
OTHER = dt.date(2025, 6, 4)


@pytest.fixture
def ids(store):
    # Three stops along a line, west to east, and one without coordinates.
    places = {"West": 8.0, "Middle": 10.0, "East": 12.0}
    made = {
        name: prospects.add_prospect(store, name=name, latitude=48.0, longitude=lon, postal_code="80000").id
        for name, lon in places.items()
    }
    made["Nowhere"] = prospects.add_prospect(store, name="Nowhere", postal_code="10000").id
    return made


def route(store, day=DAY) -> list[str]:
    return [visit.prospect.name for visit in visits.list_day(store, day)]


def flip(op: Op) -> Op:
    """Undo (or redo) ``op`` and return the Op that flips it back."""
    assert op.undo is not None
    return op.undo()


def test_plan_prospects_adds_after_the_planned_ones_and_undo_takes_only_those_off(store, ids):
    first = ops.plan_prospects(store, DAY, [ids["West"]])
    op = ops.plan_prospects(store, DAY, [ids["East"], ids["West"], ids["Middle"]])
    assert route(store) == ["West", "East", "Middle"]
    assert [v.prospect_id for v in op.value] == [ids["East"], ids["West"], ids["Middle"]]
    assert op.changes.touches("visits") and op.changes.ids == {op.value[0].id, op.value[2].id}
    after = [visit.id for visit in visits.list_day(store, DAY)]
    redo = flip(op)
    assert route(store) == ["West"]
    flip(redo)
    assert route(store) == ["West", "East", "Middle"]
    assert [visit.id for visit in visits.list_day(store, DAY)] == after  # the same visits, not new ones
    flip(first.undo())  # undo and redo of the first add leave the others alone
    assert route(store) == ["West", "East", "Middle"]


def test_planning_only_prospects_on_the_route_already_changes_nothing(store, ids):
    ops.plan_prospects(store, DAY, [ids["West"]])
    op = ops.plan_prospects(store, DAY, [ids["West"]])
    assert not op.changes and not op.undoable
    with pytest.raises(ValidationError):
        ops.plan_prospects(store, DAY, [])


def test_remove_stop_and_undo_puts_it_back_in_place(store, ids):
    planned = ops.plan_prospects(store, DAY, [ids["West"], ids["Middle"], ids["East"]]).value
    op = ops.remove_stop(store, planned[1].id)
    assert route(store) == ["West", "East"]
    assert planned[1].id in op.changes.ids  # and the stops whose times follow
    redo = flip(op)
    assert route(store) == ["West", "Middle", "East"]
    flip(redo)
    assert route(store) == ["West", "East"]


def test_reorder_by_hand_and_undo(store, ids):
    west, middle, east = ops.plan_prospects(store, DAY, [ids["West"], ids["Middle"], ids["East"]]).value
    assert not ops.reorder(store, DAY, [west.id, middle.id, east.id]).changes  # the same order
    op = ops.reorder(store, DAY, [east.id, west.id, middle.id])
    assert route(store) == ["East", "West", "Middle"]
    redo = flip(op)
    assert route(store) == ["West", "Middle", "East"]
    flip(redo)
    assert route(store) == ["East", "West", "Middle"]
    with pytest.raises(ValidationError):
        ops.reorder(store, DAY, [east.id])
    assert route(store) == ["East", "West", "Middle"]


def test_auto_order_says_how_and_undo_restores_the_order_of_before(store, ids):
    ops.plan_prospects(store, DAY, [ids["West"], ids["East"], ids["Middle"]])
    op = ops.auto_order(store, DAY)
    assert route(store) == ["West", "Middle", "East"]
    assert op.value.method == "distance"
    assert op.value.order == [v.id for v in visits.list_day(store, DAY)]
    redo = flip(op)
    assert route(store) == ["West", "East", "Middle"]
    flip(redo)
    assert route(store) == ["West", "Middle", "East"]

    # A stop without coordinates is placed by its postal code, near the stop of the nearest one.
    ops.plan_prospects(store, OTHER, [ids["West"], ids["Nowhere"], ids["East"]])
    placed = ops.auto_order(store, OTHER)
    assert placed.value.method == "distance"
    assert placed.value.plan.stop(visits.list_day(store, OTHER)[1].id).placed_near == "West"
    assert route(store, OTHER) == ["West", "Nowhere", "East"]
    empty = ops.auto_order(store, dt.date(2025, 6, 5))
    assert not empty.changes and empty.value.order == []


def test_undoing_an_automatic_order_puts_every_time_back(store, ids):
    ops.plan_prospects(store, DAY, [ids["East"], ids["West"], ids["Middle"]])
    with store.session() as session:  # times as an older release left them: typed, not fixed
        for visit, time in zip(visits.list_day(store, DAY), ("10:30", "09:00", "12:30"), strict=True):
            session.get(Visit, visit.id).planned_time = time
    op = ops.auto_order(store, DAY)
    ordered = [(v.prospect.name, v.planned_time) for v in visits.list_day(store, DAY)]
    assert [t for _, t in ordered] == sorted(t for _, t in ordered)
    redo = flip(op)
    assert [(v.prospect.name, v.planned_time, v.fixed_time) for v in visits.list_day(store, DAY)] == [
        ("East", "10:30", False),
        ("West", "09:00", False),
        ("Middle", "12:30", False),
    ]
    flip(redo)
    assert [(v.prospect.name, v.planned_time) for v in visits.list_day(store, DAY)] == ordered


def test_a_typed_time_is_fixed_and_its_undo_makes_it_computed_again(store, ids):
    west, middle, east = ops.plan_prospects(store, DAY, [ids["West"], ids["Middle"], ids["East"]]).value
    computed = [v.planned_time for v in visits.list_day(store, DAY)]
    op = ops.set_planned_time(store, middle.id, "13:00")
    after = visits.list_day(store, DAY)
    assert (after[1].planned_time, after[1].fixed_time) == ("13:00", True)
    assert after[0].planned_time == computed[0] and after[2].planned_time > "13:45"
    assert op.changes.ids == {west.id, middle.id, east.id}
    redo = flip(op)
    assert [(v.planned_time, v.fixed_time) for v in visits.list_day(store, DAY)] == [
        (t, False) for t in computed
    ]
    flip(redo)
    assert visits.get_visit(store, middle.id).fixed_time


def test_a_visit_length_and_its_undo(store, ids):
    west, middle, east = ops.plan_prospects(store, DAY, [ids["West"], ids["Middle"], ids["East"]]).value
    computed = [v.planned_time for v in visits.list_day(store, DAY)]
    op = ops.set_visit_minutes(store, west.id, 90)
    assert visits.get_visit(store, west.id).visit_minutes == 90
    assert visits.list_day(store, DAY)[1].planned_time > computed[1]
    redo = flip(op)
    assert visits.get_visit(store, west.id).visit_minutes is None
    assert [v.planned_time for v in visits.list_day(store, DAY)] == computed
    flip(redo)
    back = ops.set_visit_minutes(store, west.id, "")
    assert visits.get_visit(store, west.id).visit_minutes is None
    flip(back)
    assert visits.get_visit(store, west.id).visit_minutes == 90
    with pytest.raises(ValidationError):
        ops.set_visit_minutes(store, west.id, 1000)


def test_move_stop_and_undo_brings_back_its_day_place_and_status(store, ids):
    west, middle, east = ops.plan_prospects(store, DAY, [ids["West"], ids["Middle"], ids["East"]]).value
    ops.plan_prospects(store, OTHER, [ids["Nowhere"]])
    with store.session() as session:
        session.get(Visit, middle.id).status = "nobody_there"
    op = ops.move_stop(store, middle.id, OTHER)
    assert route(store) == ["West", "East"] and route(store, OTHER) == ["Nowhere", "Middle"]
    assert visits.get_visit(store, middle.id).status == "planned"
    redo = flip(op)
    assert route(store) == ["West", "Middle", "East"] and route(store, OTHER) == ["Nowhere"]
    back = visits.get_visit(store, middle.id)
    assert (back.date, back.position, back.status) == (DAY, 1, "nobody_there")
    flip(redo)
    assert route(store, OTHER) == ["Nowhere", "Middle"]


def test_set_time_gift_and_notes_and_undo_each(store, ids):
    [stop] = ops.plan_prospects(store, DAY, [ids["West"]]).value
    coffee = gifts.add_stock_item(store, name="Coffee", quantity=2)

    def details():
        visit = visits.get_visit(store, stop.id)
        return (visit.planned_time, visit.gift_stock_item_id, visit.gift_note, visit.notes)

    timed = ops.set_planned_time(store, stop.id, "9:30")
    assert details() == ("09:30", None, "", "")
    noted = ops.set_gift_note(store, stop.id, "Chocolates")
    assert details() == ("09:30", None, "Chocolates", "")
    # Choosing from stock drops the free text; choosing none keeps the free text of then.
    chosen = ops.choose_gift(store, stop.id, coffee.id)
    assert details() == ("09:30", coffee.id, "", "")
    flip(chosen)
    assert details() == ("09:30", None, "Chocolates", "")
    none_from_stock = ops.choose_gift(store, stop.id, "")
    assert details() == ("09:30", None, "Chocolates", "")
    assert none_from_stock.changes.ids == {stop.id}
    remarks = ops.set_notes(store, stop.id, "Ring twice")
    assert details() == ("09:30", None, "Chocolates", "Ring twice")
    flip(remarks)
    flip(noted)
    assert details() == ("09:30", None, "", "")
    redo = flip(timed)
    assert details() == ("", None, "", "")
    flip(redo)
    assert details() == ("09:30", None, "", "")
    with pytest.raises(ValidationError):
        ops.set_planned_time(store, stop.id, "half past nine")
    assert details() == ("09:30", None, "", "")
