"""The debrief without Qt: the draft rules of typing a stop in, and saving a stop as an undoable Op."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import debrief_check as checks
from reciprocity_desktop.services import debrief_day, gifts, prospects, visits
from reciprocity_desktop.services import debrief_draft as rules
from reciprocity_desktop.services.debrief import Debrief
from reciprocity_desktop.services.debrief_draft import Draft, Drafts, Feedback, Press, Typed
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.ops import debrief as debrief_ops
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, StockItem, Visit

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

DAY = dt.date(2025, 6, 3)


@pytest.fixture
def day(store):
    """Two planned visits on DAY: the first brings a coffee box from stock (4 on hand), the second nothing."""
    coffee = gifts.add_stock_item(
        store, name="Coffee sample box", kind="sample", unit_cost="8.50", quantity=4
    )
    ids = [prospects.add_prospect(store, name=name).id for name in ("Gärtnerei Grünwald", "Hof Huber")]
    planned = visits.plan_day(store, DAY, ids)
    visits.update_visit(store, planned[0].id, gift_stock_item_id=coffee.id, notes="Ring twice")
    return {"coffee": coffee.id, "prospects": ids, "visits": [v.id for v in planned]}


def stops_of(store, drafts: Drafts, on: dt.date = DAY):
    day_visits = visits.list_day(store, on)
    return drafts.stops(day_visits, debrief_day.visit_results(store, [v.id for v in day_visits]))


def rows(store, model, **where):
    """Every row of ``model`` (tombstones included) matching ``where``."""
    with store.read() as session:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(session.scalars(query))


def live(store, model, **where):
    return [r for r in rows(store, model, **where) if not r.deleted]


def stock(store, item_id) -> int:
    return rows(store, StockItem, id=item_id)[0].quantity


# -- the draft rules ------------------------------------------------------------------------------------------


def test_a_new_draft_starts_from_the_visit(store, day):
    with_gift, without = stops_of(store, Drafts())
    assert with_gift.draft == Draft(status="planned", note="Ring twice")
    assert (with_gift.planned_gift, without.planned_gift) == ("Coffee sample box", "")
    assert not with_gift.debriefed and not with_gift.gift_possible  # not before it is marked done


def test_status_keys_and_the_planned_gift(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[0]
    assert drafts.press(stop, "G") is Press.REFUSED  # no gift while the visit is still planned
    assert stop.draft == Draft(status="planned", note="Ring twice")
    assert drafts.press(stop, "d") is Press.TAKEN  # lower case too: D = done ticks the planned gift
    assert stop.draft == Draft(status="done", gift=True, note="Ring twice", edited=True)
    assert drafts.press(stop, "G") is Press.TAKEN  # untick it by hand
    assert stop.draft == Draft(status="done", gift=False, gift_touched=True, note="Ring twice", edited=True)
    assert drafts.press(stop, "N") is Press.TAKEN
    assert (stop.draft.status, stop.draft.gift) == ("nobody_there", False)
    assert drafts.press(stop, "G") is Press.REFUSED  # nobody there: no gift
    assert drafts.press(stop, "D") is Press.TAKEN
    assert (stop.draft.status, stop.draft.gift) == ("done", False)  # set by hand: stays unticked
    assert drafts.press(stop, "C") is Press.TAKEN
    assert (stop.draft.status, stop.draft.gift) == ("cancelled", False)
    for other in ("F", "T", "X", " ", ""):
        assert drafts.press(stop, other) is None, other


def test_done_without_a_planned_gift_asks_which_gift(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    assert drafts.press(stop, "D") is Press.TAKEN
    assert stop.draft == Draft(status="done", gift=False, edited=True)  # nothing planned: nothing ticked
    assert drafts.press(stop, "G") is Press.GIFT_CHOICE  # a gift not planned: which one comes next
    assert (stop.draft.gift, stop.draft.gift_touched) == (True, True)
    found = checks.check(store, stop)
    assert not found.ok and (found.gift_error.field, str(found.gift_error)) == (
        "gift",
        "Say which gift was handed over.",
    )
    drafts.edit(stop, Typed(status="done", gift_pick=rules.OTHER_GIFT))
    assert checks.check(store, stop).gift_error.field == "gift description"
    drafts.edit(
        stop, Typed(status="done", gift_pick=rules.OTHER_GIFT, gift_description="Wine", gift_kind="personal")
    )
    assert checks.check(store, stop).ok
    assert checks.to_debrief(stop.draft) == Debrief(
        status="done", gift_handed_over=True, gift_description="Wine", gift_kind="personal"
    )
    drafts.edit(stop, Typed(status="done", gift_pick=day["coffee"], gift_description="Wine"))
    assert checks.to_debrief(stop.draft) == Debrief(
        status="done", gift_handed_over=True, gift_stock_item_id=day["coffee"]
    )
    assert drafts.press(stop, "G") is Press.TAKEN and not stop.draft.gift  # unticked again
    assert checks.to_debrief(stop.draft) == Debrief(status="done")


def test_picking_a_gift_ticks_it_and_other_statuses_forget_it(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    drafts.edit(stop, Typed(status="done", gift_pick=day["coffee"]))
    assert (stop.draft.gift, stop.draft.gift_pick) == (True, day["coffee"])
    drafts.press(stop, "N")
    assert not stop.draft.gift
    assert checks.to_debrief(stop.draft).gift_handed_over is False


@pytest.mark.parametrize(
    ("key", "kind", "press"),
    [
        ("0", "", Press.TAKEN),
        ("1", "conversation", Press.TAKEN),
        ("2", "referral", Press.TAKEN),
        ("3", "meeting", Press.TAKEN),
        ("4", "order", Press.ORDER_VALUE),
        ("5", "other", Press.TAKEN),
    ],
)
def test_digit_keys_pick_the_outcome(store, day, key, kind, press):
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    stop.draft.outcome_kind, stop.draft.outcome_value = "order", "250"
    assert drafts.press(stop, key) is press
    assert (stop.draft.outcome_kind, stop.draft.outcome_value) == (kind, "250" if kind == "order" else "")
    assert stop.draft.edited and stop.draft.status == "planned"


def test_a_debriefed_stop_takes_only_a_new_note(store, day):
    debriefs.debrief_visit(store, day["visits"][1], Debrief(status="cancelled", note="Closed"))
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    assert stop.debriefed and stop.draft == Draft(status="cancelled", note="Closed")
    for key in ("D", "N", "G", "4"):
        assert drafts.press(stop, key) is Press.REFUSED, key
    assert drafts.edit(stop, Typed(status="done", outcome_kind="meeting", note="Closed")) is False
    assert stop.draft == Draft(status="cancelled", note="Closed")
    assert drafts.edit(stop, Typed(status="done", outcome_kind="meeting", note="Closed for holidays"))
    assert stop.draft == Draft(status="cancelled", note="Closed for holidays", edited=True)
    assert checks.to_save(stop) == "Closed for holidays"


def test_the_form_values_are_taken_with_the_rules(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[0]
    typed = Typed(
        status="done",
        outcome_kind="meeting",
        outcome_value="300",  # left over from an order: not kept
        note="Met the owner",
        followup_kind="call",
        followup_due="2025-06-10",
        followup_note="Confirm",
    )
    assert drafts.edit(stop, typed)
    assert stop.draft == Draft(
        status="done",
        gift=True,
        note="Met the owner",
        outcome_kind="meeting",
        followup_kind="call",
        followup_due="2025-06-10",
        followup_note="Confirm",
        edited=True,
    )
    assert drafts.edit(stop, Typed(outcome_kind="order", outcome_value="300"))  # no status: unchanged
    assert (stop.draft.status, stop.draft.outcome_value, stop.draft.note) == ("done", "300", "")


def test_forget_and_drafts_kept_across_days(store, day):
    drafts = Drafts()
    first, second = stops_of(store, drafts)
    drafts.press(first, "N")
    drafts.press(second, "D")
    assert drafts.counts([first, second]) == rules.Counts(visits=2, debriefed=0, edited=2, elsewhere=0)
    assert drafts.counts([]) == rules.Counts(visits=0, debriefed=0, edited=0, elsewhere=2)  # another day
    again = stops_of(store, drafts)
    assert [s.draft.status for s in again] == ["nobody_there", "done"]
    drafts.forget(again[0])
    assert again[0].draft == Draft(status="planned", note="Ring twice")
    assert drafts.counts(stops_of(store, drafts)) == rules.Counts(
        visits=2, debriefed=0, edited=1, elsewhere=0
    )


def test_an_untouched_draft_follows_the_visit_a_typed_one_is_kept(store, day):
    drafts = Drafts()
    first, second = stops_of(store, drafts)
    drafts.press(second, "D")  # typed: kept even when the visit is debriefed elsewhere
    results = [debriefs.debrief_visit(store, v, Debrief(status="cancelled")) for v in day["visits"]]
    first, second = stops_of(store, drafts)
    assert first.draft == Draft(status="cancelled", note="Ring twice")
    assert second.draft == Draft(status="done", edited=True)
    debriefs.take_back_debrief(store, results[0].recorded)  # planned again: so is the draft
    visits.update_visit(store, day["visits"][0], notes="Ring three times")
    assert stops_of(store, drafts)[0].draft == Draft(status="planned", note="Ring three times")


def test_feedback_is_kept_while_the_visit_is_as_the_save_left_it(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    drafts.press(stop, "C")
    result = debriefs.debrief_visit(store, stop.visit.id, checks.to_debrief(stop.draft))
    drafts.record(stop, Feedback("saved", "Saved.", visit_state=(result.visit.status, result.visit.notes)))
    again = stops_of(store, drafts)[1]
    assert again.feedback == Feedback("saved", "Saved.", visit_state=("cancelled", ""))
    assert again.draft == Draft(status="cancelled")  # the typed draft was done with
    debriefs.take_back_debrief(store, result.recorded)
    assert stops_of(store, drafts)[1].feedback is None  # undone: "Saved." no longer holds


def test_a_refused_save_keeps_the_draft_and_its_error(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    drafts.press(stop, "1")
    drafts.record(stop, Feedback("error", "Say what happened first"))
    again = stops_of(store, drafts)[1]
    assert again.feedback == Feedback("error", "Say what happened first")
    assert again.draft == Draft(outcome_kind="conversation", edited=True)
    drafts.press(again, "D")  # typing again clears the error
    assert again.feedback is None and stops_of(store, drafts)[1].feedback is None


def test_check_order_value_and_follow_up(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    drafts.edit(stop, Typed(status="done", outcome_kind="order", outcome_value="12,50"))
    assert checks.check(store, stop) == checks.Check()
    drafts.edit(stop, Typed(status="done", outcome_kind="order", outcome_value="a lot"))
    found = checks.check(store, stop)
    assert not found.ok and found.value_error.field == "order value"
    drafts.edit(stop, Typed(status="done", followup_kind="call", followup_due="2025-02-30"))
    found = checks.check(store, stop)
    assert not found.ok and found.value_error is None and found.followup_error.field == "due date"
    drafts.edit(stop, Typed(status="done", followup_due="2025-06-10"))  # a date but no kind
    assert checks.check(store, stop) == checks.Check(due_without_kind=True)
    assert checks.check(store, stop).ok  # said, but saved without a follow-up
    assert checks.to_debrief(stop.draft).followup_due is None


def test_check_gives_the_gentle_cool_down_warning(store, day):
    gifts.log_gift(store, day["prospects"][1], kind="sample", description="Tea", date=DAY)
    drafts = Drafts()
    stop = stops_of(store, drafts)[1]
    drafts.edit(stop, Typed(status="done", followup_kind="ask_order", followup_due="2025-06-06"))
    found = checks.check(store, stop)
    assert found.ok and [(w.code, w.params["n"]) for w in found.followup_warnings] == [
        ("ask_order_cooldown", 3)
    ]
    drafts.edit(stop, Typed(status="done", followup_kind="ask_order", followup_due="2025-07-03"))
    assert checks.check(store, stop) == checks.Check()


def test_a_debriefed_stop_has_nothing_to_check(store, day):
    debriefs.debrief_visit(store, day["visits"][1], Debrief(status="done"))
    stop = stops_of(store, Drafts())[1]
    stop.draft.outcome_kind, stop.draft.outcome_value = "order", "nonsense"
    assert checks.check(store, stop) == checks.Check()


def test_to_debrief_and_to_save(store, day):
    drafts = Drafts()
    stop = stops_of(store, drafts)[0]
    assert checks.to_save(stop) is None  # still planned: say what happened first
    drafts.edit(
        stop,
        Typed(
            status="done",
            outcome_kind="order",
            outcome_value="1250,50",
            note="  Big order \n",
            followup_kind="call",
            followup_due=" 2025-06-10 ",
            followup_note="Delivery date",
        ),
    )
    expected = Debrief(
        status="done",
        gift_handed_over=True,
        outcome_kind="order",
        outcome_value="1250,50",
        note="Big order",
        followup_kind="call",
        followup_due="2025-06-10",
        followup_note="Delivery date",
        stage_customer=True,  # a first order moves the prospect to customer unless unticked
    )
    assert checks.to_debrief(stop.draft) == expected
    assert checks.to_save(stop) == expected
    drafts.press(stop, "3")
    assert checks.to_debrief(stop.draft).outcome_value is None  # only an order has a value


def test_presets_and_small_helpers(store, day):
    visit = visits.get_visit(store, day["visits"][0])
    assert rules.preset_followup(visit, "", 14) == ("call", "2025-06-17")
    assert rules.preset_followup(visit, "send_info", 30) == ("send_info", "2025-07-03")
    assert rules.default_due(visit, "visit", "") == "2025-06-10"
    assert rules.default_due(visit, "visit", "2025-08-01") == "2025-08-01"
    assert rules.default_due(visit, "", "") == ""
    stop = stops_of(store, Drafts())[1]
    typed = []
    for value in ("1250,50", "abc", ""):
        stop.draft.outcome_value = value
        typed.append(checks.order_cents(stop))
    assert typed == [125050, None, 0]


# -- taking a debrief back and recording it again --------------------------------------------------------


def full_debrief(store, day):
    return debriefs.debrief_visit(
        store,
        day["visits"][0],
        Debrief(
            status="done",
            gift_handed_over=True,
            outcome_kind="meeting",
            note="Owner was in",
            followup_kind="call",
            followup_due="2025-06-20",
        ),
    )


def test_take_back_and_record_again(store, day):
    visit_id, pid = day["visits"][0], day["prospects"][0]
    result = full_debrief(store, day)
    gift_id, outcome_id = result.gift.id, result.outcome.id
    followup_ids = {f.kind: f.id for f in result.followups}
    assert stock(store, day["coffee"]) == 3
    assert result.recorded == debriefs.Recorded(
        visit_id=visit_id,
        previous=("planned", "Ring twice"),
        now=("done", "Owner was in"),
        gift_id=gift_id,
        outcome_id=outcome_id,
        followup_ids=(followup_ids["call"],),
        prospect_id=pid,
    )

    debriefs.take_back_debrief(store, result.recorded)
    visit = rows(store, Visit, id=visit_id)[0]
    assert (visit.status, visit.notes) == ("planned", "Ring twice")
    assert stock(store, day["coffee"]) == 4
    assert live(store, Gift, prospect_id=pid) == []
    assert live(store, Outcome, prospect_id=pid) == []
    assert live(store, FollowUp, prospect_id=pid) == []

    debriefs.record_debrief_again(store, result.recorded)
    visit = rows(store, Visit, id=visit_id)[0]
    assert (visit.status, visit.notes) == ("done", "Owner was in")
    assert stock(store, day["coffee"]) == 3
    assert [g.id for g in live(store, Gift, prospect_id=pid)] == [gift_id]  # the same records again
    assert [o.id for o in live(store, Outcome, prospect_id=pid)] == [outcome_id]
    assert {f.kind: f.id for f in live(store, FollowUp, prospect_id=pid)} == followup_ids


def test_recording_again_with_the_stock_gone_changes_nothing(store, dump, day):
    result = full_debrief(store, day)
    debriefs.take_back_debrief(store, result.recorded)
    gifts.log_gift(store, day["prospects"][1], stock_item_id=day["coffee"], quantity=4)
    before = dump(store)
    with pytest.raises(ValidationError, match="left in stock"):
        debriefs.record_debrief_again(store, result.recorded)
    assert dump(store) == before


# -- the operations ----------------------------------------------------------------------------------------


def test_save_stop_is_undone_and_redone(store, day):
    visit_id, pid = day["visits"][0], day["prospects"][0]
    op = debrief_ops.save_stop(store, visit_id, Debrief(status="done", gift_handed_over=True))
    assert op.changes.kinds == {"visits", "gifts", "stock", "followups", "outcomes"}
    assert {visit_id, op.value.gift.id} <= op.changes.ids
    assert [f.kind for f in live(store, FollowUp, prospect_id=pid)] == ["ask_feedback"]
    redo = op.undo()
    assert rows(store, Visit, id=visit_id)[0].status == "planned"
    assert (stock(store, day["coffee"]), live(store, Gift), live(store, FollowUp)) == (4, [], [])
    undo = redo.undo()
    assert rows(store, Visit, id=visit_id)[0].status == "done"
    assert stock(store, day["coffee"]) == 3
    assert [g.id for g in live(store, Gift)] == [op.value.gift.id]
    undo.undo()
    assert rows(store, Visit, id=visit_id)[0].status == "planned" and live(store, Gift) == []


def test_save_note_is_undone(store, day):
    visit_id = day["visits"][0]
    op = debrief_ops.save_note(store, visit_id, "Moved to Tuesday")
    assert (op.changes.kinds, op.value.notes) == ({"visits"}, "Moved to Tuesday")
    redo = op.undo()
    assert rows(store, Visit, id=visit_id)[0].notes == "Ring twice"
    redo.undo()
    assert rows(store, Visit, id=visit_id)[0].notes == "Moved to Tuesday"


def test_save_stops_keeps_going_past_a_refusal_and_undoes_in_one_step(store, day):
    first, second = day["visits"]
    op = debrief_ops.save_stops(
        store,
        [
            (first, Debrief(status="done", outcome_kind="order", outcome_value="abc")),
            (second, Debrief(status="nobody_there", followup_kind="call", followup_due="2025-06-10")),
            (first, "A note for a visit still planned"),
        ],
    )
    assert [(s.visit_id, s.error.field if s.error else None) for s in op.value] == [
        (first, "order value"),
        (second, None),
        (first, None),
    ]
    assert [(v.id, v.status, v.notes) for v in visits.list_day(store, DAY)] == [
        (first, "planned", "A note for a visit still planned"),
        (second, "nobody_there", ""),
    ]
    assert [f.kind for f in live(store, FollowUp)] == ["call"]
    redo = op.undo()
    assert [(v.status, v.notes) for v in visits.list_day(store, DAY)] == [
        ("planned", "Ring twice"),
        ("planned", ""),
    ]
    assert live(store, FollowUp) == []
    redo.undo()
    assert [(v.status, v.notes) for v in visits.list_day(store, DAY)] == [
        ("planned", "A note for a visit still planned"),
        ("nobody_there", ""),
    ]
    assert [f.kind for f in live(store, FollowUp)] == ["call"]


def test_save_stops_with_every_stop_refused_is_no_undo_step(store, dump, day):
    before = dump(store)
    op = debrief_ops.save_stops(store, [(day["visits"][1], Debrief(status="done", gift_handed_over=True))])
    assert (op.undo, bool(op.changes), op.value[0].error.field) == (None, False, "gift")
    assert dump(store) == before
