"""The debrief closes the gift's loop (no Qt): the reaction to the earlier gift completes its feedback
follow-up, a gift handed over on the spot, an order's value or "not known", a first order's stage,
and no debrief before the visit's day. Each in one transaction, taken back and recorded again."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import debrief_check as checks
from reciprocity_desktop.services import debrief_day, gift_reactions, gifts, prospects, visits
from reciprocity_desktop.services.debrief import Debrief
from reciprocity_desktop.services.debrief_draft import Drafts, Separators, Typed
from reciprocity_desktop.services.errors import DomainError, ValidationError
from reciprocity_desktop.services.ops import debrief as debrief_ops
from reciprocity_desktop.services.ops import gifts as gift_ops
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, Prospect, StockItem

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

DAY = dt.date(2025, 6, 3)
BEFORE = DAY - dt.timedelta(days=12)


def rows(store, model, **where):
    with store.read() as session:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(session.scalars(query))


def one(store, model, record_id):
    return rows(store, model, id=record_id)[0]


def live(store, model, **where):
    return [r for r in rows(store, model, **where) if not r.deleted]


@pytest.fixture
def loop(store):
    """A prospect who got a book twelve days before the visit on DAY (its feedback follow-up is open),
    a coffee box in stock planned for the visit, and tea in stock too."""
    coffee = gifts.add_stock_item(
        store, name="Coffee sample box", kind="sample", unit_cost="8.50", quantity=4
    )
    tea = gifts.add_stock_item(store, name="Tea tin", kind="sample", unit_cost="3.00", quantity=2)
    pid = prospects.add_prospect(store, name="Gärtnerei Grünwald", country="DE").id
    book = gifts.log_gift(store, pid, kind="content", description="Printed e-book", date=BEFORE)
    visit = visits.plan_day(store, DAY, [pid])[0]
    visits.update_visit(store, visit.id, gift_stock_item_id=coffee.id)
    return {
        "pid": pid,
        "visit": visit.id,
        "coffee": coffee.id,
        "tea": tea.id,
        "book": book.gift.id,
        "ask": book.followup.id,
    }


# -- the earlier gift -----------------------------------------------------------------------------------


def test_the_earlier_gift_is_the_latest_live_one_before_the_visit(store, loop):
    pid = loop["pid"]
    older = gifts.log_gift(
        store, pid, kind="sample", description="Old pen", date=BEFORE - dt.timedelta(days=30)
    )
    same_day_later = gifts.log_gift(store, pid, kind="other", description="Calendar", date=BEFORE)
    gifts.log_gift(store, pid, kind="other", description="Given on the day itself", date=DAY)
    deleted = gifts.log_gift(store, pid, kind="other", description="Deleted", date=DAY - dt.timedelta(days=1))
    gifts.delete_gift(store, deleted.gift.id)
    results = debrief_day.visit_results(store, [loop["visit"]])[loop["visit"]]
    assert results.earlier_gift.id == same_day_later.gift.id  # same date as the book: logged later wins
    gifts.delete_gift(store, same_day_later.gift.id)
    assert debrief_day.visit_results(store, [loop["visit"]])[loop["visit"]].earlier_gift.id == loop["book"]
    assert older.gift.id != loop["book"]


@pytest.mark.sqlite_only  # SQLite's EXPLAIN QUERY PLAN: the store file's index choice (a hub's planner chooses)
def test_the_earlier_gift_query_uses_the_gifts_prospect_index(store, loop):
    query = debrief_day.earlier_gifts_query([loop["visit"]])
    sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as connection:
        plan = " ".join(str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "SCAN gifts" not in plan and "USING INDEX" in plan, plan


def test_visit_results_say_whether_an_order_is_the_first(store, loop):
    assert debrief_day.visit_results(store, [loop["visit"]])[loop["visit"]].has_orders is False
    other = visits.plan_day(store, DAY - dt.timedelta(days=20), [loop["pid"]])[0]
    debriefs.debrief_visit(store, other.id, Debrief(outcome_kind="order", outcome_value="99"))
    assert debrief_day.visit_results(store, [loop["visit"]])[loop["visit"]].has_orders is True


# -- the reaction -------------------------------------------------------------------------------------


def test_the_reaction_completes_the_gifts_feedback_follow_up_in_the_same_transaction(store, loop):
    result = debriefs.debrief_visit(
        store, loop["visit"], Debrief(reaction="liked", reaction_note="Read it twice", gift_handed_over=True)
    )
    book = one(store, Gift, loop["book"])
    assert (book.reaction, book.reaction_note) == ("liked", "Read it twice")
    ask = one(store, FollowUp, loop["ask"])
    assert (ask.done_on, ask.result) == (DAY, "Read it twice")
    assert result.earlier_gift.id == loop["book"] and [f.id for f in result.feedback_done] == [loop["ask"]]
    # The coffee handed over at the visit gets its own, open, feedback follow-up.
    coffee_gift = result.gift
    assert [(f.kind, f.done_on) for f in live(store, FollowUp, gift_id=coffee_gift.id)] == [
        ("ask_feedback", None)
    ]

    debriefs.take_back_debrief(store, result.recorded)
    book = one(store, Gift, loop["book"])
    assert (book.reaction, book.reaction_note) == (None, "")
    ask = one(store, FollowUp, loop["ask"])
    assert (ask.done_on, ask.result, ask.deleted) == (None, "", False)

    debriefs.record_debrief_again(store, result.recorded)
    assert (one(store, Gift, loop["book"]).reaction, one(store, FollowUp, loop["ask"]).done_on) == (
        "liked",
        DAY,
    )


def test_a_failing_debrief_records_no_reaction(store, dump, loop):
    before = dump(store)
    for debrief, field in (
        (Debrief(reaction="liked", followup_kind="call", followup_due="2025-02-30"), "due date"),
        (Debrief(reaction="thrilled"), "reaction"),
        (Debrief(reaction_note="Loved it"), "reaction"),  # a note without the reaction
        (Debrief(status="nobody_there", reaction="liked"), "reaction"),
        (Debrief(reaction="liked", reaction_note="x" * 2001), "reaction note"),
    ):
        with pytest.raises(ValidationError) as caught:
            debriefs.debrief_visit(store, loop["visit"], debrief)
        assert caught.value.field == field, debrief
        assert dump(store) == before, debrief


def test_no_reaction_without_an_earlier_gift(store, dump, loop):
    newcomer = prospects.add_prospect(store, name="Hof Huber").id
    visit = visits.plan_day(store, DAY, [newcomer])[0]
    before = dump(store)
    with pytest.raises(ValidationError, match="Hof Huber received no gift before this visit") as caught:
        debriefs.debrief_visit(store, visit.id, Debrief(reaction="neutral"))
    assert caught.value.field == "reaction" and dump(store) == before


def test_gifts_react_completes_the_follow_up_and_is_undone(store, loop):
    op = gift_ops.react(
        store, loop["book"], "not_liked", "Not their taste", done_on=BEFORE + dt.timedelta(days=3)
    )
    assert op.changes.kinds == {"gifts", "followups"} and {loop["book"], loop["ask"]} <= op.changes.ids
    assert (one(store, Gift, loop["book"]).reaction, one(store, FollowUp, loop["ask"]).done_on) == (
        "not_liked",
        BEFORE + dt.timedelta(days=3),
    )
    redo = op.undo()
    assert (one(store, Gift, loop["book"]).reaction, one(store, FollowUp, loop["ask"]).done_on) == (
        None,
        None,
    )
    redo.undo()
    assert one(store, FollowUp, loop["ask"]).result == "Not their taste"
    with pytest.raises(ValidationError) as caught:
        gift_reactions.react(store, loop["book"], "")
    assert caught.value.field == "reaction"


# -- the gift handed over -------------------------------------------------------------------------------


def test_a_gift_from_another_stock_item_than_planned(store, loop):
    result = debriefs.debrief_visit(
        store, loop["visit"], Debrief(gift_handed_over=True, gift_stock_item_id=loop["tea"])
    )
    assert (result.gift.stock_item_id, result.gift.description, result.gift.cost_cents) == (
        loop["tea"],
        "Tea tin",
        300,
    )
    assert (one(store, StockItem, loop["tea"]).quantity, one(store, StockItem, loop["coffee"]).quantity) == (
        1,
        4,
    )
    debriefs.take_back_debrief(store, result.recorded)
    assert one(store, StockItem, loop["tea"]).quantity == 2


def test_a_gift_described_at_a_visit_without_a_planned_gift(store, dump, loop):
    pid = prospects.add_prospect(store, name="Hof Huber").id
    visit = visits.plan_day(store, DAY, [pid])[0]
    before = dump(store)
    for debrief, field in (
        (Debrief(gift_handed_over=True), "gift"),  # nothing planned, nothing said
        (Debrief(gift_handed_over=True, gift_stock_item_id=loop["tea"], gift_description="Wine"), "gift"),
        (Debrief(gift_handed_over=True, gift_stock_item_id="no-such-item"), "id"),
    ):
        with pytest.raises(DomainError) as caught:  # NotFound for the unknown item
            debriefs.debrief_visit(store, visit.id, debrief)
        assert caught.value.field == field and dump(store) == before
    result = debriefs.debrief_visit(
        store,
        visit.id,
        Debrief(gift_handed_over=True, gift_description="Bottle of wine", gift_kind="personal"),
    )
    assert (result.gift.kind, result.gift.description, result.gift.stock_item_id, result.gift.visit_id) == (
        "personal",
        "Bottle of wine",
        None,
        visit.id,
    )


# -- the order's value and the first order ---------------------------------------------------------------


def test_an_order_asks_for_its_value_or_that_it_is_not_known(store, dump, loop):
    before = dump(store)
    for debrief, message in (
        (Debrief(outcome_kind="order"), "Give the order's value, or say that it is not known."),
        (Debrief(outcome_kind="order", outcome_value="0"), "Order value must be more than 0"),
        (Debrief(outcome_kind="order", outcome_value="12", value_unknown=True), "not both"),
        (Debrief(outcome_kind="order", outcome_value="12x"), "Order value '12x' is not an amount"),
    ):
        with pytest.raises(ValidationError, match=message) as caught:
            debriefs.debrief_visit(store, loop["visit"], debrief)
        assert caught.value.field == "order value" and dump(store) == before
    result = debriefs.debrief_visit(store, loop["visit"], Debrief(outcome_kind="order", value_unknown=True))
    assert (result.outcome.kind, result.outcome.value_cents) == ("order", None)  # not known: NULL, as outcomes add stores it


def test_a_first_order_moves_the_stage_to_customer_and_back(store, loop):
    op = debrief_ops.save_stop(
        store, loop["visit"], Debrief(outcome_kind="order", outcome_value="1.250,50", stage_customer=True)
    )
    assert (op.value.first_order, op.value.stage) == (True, ("prospect", "customer"))
    assert "prospects" in op.changes.kinds and loop["pid"] in op.changes.ids
    assert one(store, Prospect, loop["pid"]).stage == "customer"
    assert [o.value_cents for o in live(store, Outcome, prospect_id=loop["pid"])] == [125050]
    redo = op.undo()
    assert one(store, Prospect, loop["pid"]).stage == "prospect"
    assert live(store, Outcome, prospect_id=loop["pid"]) == []
    redo.undo()
    assert one(store, Prospect, loop["pid"]).stage == "customer"


def test_only_a_first_order_offers_the_stage(store, loop):
    first = visits.plan_day(store, DAY - dt.timedelta(days=20), [loop["pid"]])[0]
    result = debriefs.debrief_visit(store, first.id, Debrief(outcome_kind="order", outcome_value="10"))
    assert (result.first_order, result.stage, result.prospect_stage) == (True, None, "prospect")  # not asked
    again = debriefs.debrief_visit(
        store, loop["visit"], Debrief(outcome_kind="order", outcome_value="20", stage_customer=True)
    )
    assert (again.first_order, again.stage) == (False, None)
    assert one(store, Prospect, loop["pid"]).stage == "prospect"


# -- visits after today ----------------------------------------------------------------------------------


def test_a_visit_after_today_cannot_be_debriefed(store, dump, loop):
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        debriefs.debrief_visit(
            store, loop["visit"], Debrief(outcome_kind="meeting"), today=DAY - dt.timedelta(days=1)
        )
    assert caught.value.field == "date"
    assert str(caught.value) == (
        "The visit to Gärtnerei Grünwald is on 2025-06-03, still to come: it can be debriefed from that day on."
    )
    assert dump(store) == before
    assert debriefs.debrief_visit(store, loop["visit"], Debrief(), today=DAY).visit.status == "done"


def test_a_stop_after_today_cannot_be_typed(store, loop):
    drafts = Drafts()
    day_visits = visits.list_day(store, DAY)
    stop = drafts.stops(
        day_visits, debrief_day.visit_results(store, [loop["visit"]]), DAY - dt.timedelta(days=1)
    )[0]
    assert stop.future and not stop.editable
    for key in ("D", "N", "G", "4"):
        assert drafts.press(stop, key).value == "refused", key
    assert drafts.edit(stop, Typed(status="done", note="too early")) is False
    assert drafts.counts([stop]).future == 1
    assert checks.check(store, stop) == checks.Check()


# -- typing a stop in -------------------------------------------------------------------------------------


def test_the_drafts_reaction_value_and_stage(store, loop):
    drafts = Drafts(Separators(decimal=",", group="."))
    stop = drafts.stops(visits.list_day(store, DAY), debrief_day.visit_results(store, [loop["visit"]]), DAY)[
        0
    ]
    assert stop.earlier_gift.id == loop["book"] and not stop.reaction_possible  # not before "done"
    drafts.edit(stop, Typed(status="done", reaction="declined", reaction_note="Gave it back"))
    assert stop.reaction_possible and (stop.draft.reaction, stop.draft.reaction_note) == (
        "declined",
        "Gave it back",
    )
    drafts.press(stop, "4")
    assert stop.offers_customer
    found = checks.check(store, stop)
    assert found.value_missing and not found.ok and found.value_error is None
    drafts.edit(stop, Typed(status="done", reaction="declined", outcome_kind="order", outcome_value="12x"))
    assert str(checks.check(store, stop).value_error) == "Order value '12x' is not an amount (e.g. 1.250,00)."
    drafts.edit(stop, Typed(status="done", reaction="declined", outcome_kind="order", outcome_value="1.250"))
    assert checks.check(store, stop).ok and checks.order_cents(stop) == 125000
    debrief = checks.to_save(stop)
    assert (debrief.reaction, debrief.outcome_value, debrief.stage_customer) == ("declined", "1250", True)
    drafts.edit(stop, Typed(status="done", outcome_kind="order", outcome_value="99", value_unknown=True))
    assert (stop.draft.outcome_value, stop.draft.value_unknown) == ("", True)  # not known: no value kept
    assert checks.check(store, stop).ok
    drafts.press(stop, "N")  # nobody there: no reaction heard
    assert (stop.draft.reaction, stop.draft.reaction_note) == ("", "")
    assert checks.to_debrief(stop.draft).reaction == ""


@pytest.mark.parametrize(
    ("typed", "separators", "read"),
    [
        ("1,250", Separators(), "1250"),
        ("1,250.50", Separators(), "1250.50"),
        ("1250,50", Separators(), "1250,50"),  # not a grouping: left for the lenient reading (1250.50)
        ("1.250", Separators(",", "."), "1250"),
        ("1.250,50", Separators(",", "."), "1250.50"),
        ("12,5", Separators(",", "."), "12.5"),
        ("1250.50", Separators(",", "."), "1250.50"),
        (" 1 250,50 ", Separators(",", "\u202f"), "1250.50"),
    ],
)
def test_amounts_are_read_in_the_users_way(typed, separators, read):
    assert checks.local_amount(typed, separators) == read
