"""The undoable gift and stock actions: each does, says what changed, undoes and redoes (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import followups, gifts, prospects
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.ops import gifts as ops

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

DAY = dt.date(2025, 5, 2)


@pytest.fixture
def prospect(store):
    return prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")


@pytest.fixture
def coffee(store):
    return gifts.add_stock_item(store, name="Coffee sample box", kind="sample", unit_cost="8.50", quantity=5)


def on_hand(store, item_id: str) -> int | None:
    return next((i.quantity for i in gifts.list_stock(store) if i.id == item_id), None)


def gift_ids(store) -> list[str]:
    return [g.id for g in gifts.list_gifts(store)]


def feedback_ids(store) -> list[str]:
    return [f.id for f in followups.list_followups(store) if f.kind == "ask_feedback"]


def test_log_gift_undo_and_redo(store, prospect, coffee):
    op = ops.log_gift(store, prospect.id, stock_item_id=coffee.id, quantity=2, date=DAY)
    result = op.value
    assert (result.gift.description, result.gift.cost_cents) == ("Coffee sample box", 1700)
    assert op.changes.kinds == {"gifts", "stock", "followups"}
    assert op.changes.ids == {result.gift.id, result.followup.id, coffee.id}
    assert gift_ids(store) == [result.gift.id]
    assert on_hand(store, coffee.id) == 3
    assert feedback_ids(store) == [result.followup.id]

    redo = op.undo()  # the gift goes, its stock comes back, its feedback follow-up goes
    assert gift_ids(store) == []
    assert on_hand(store, coffee.id) == 5
    assert feedback_ids(store) == []
    assert redo.changes == op.changes

    again = redo.undo()  # the same gift again, with the same follow-up, out of stock again
    assert gift_ids(store) == [result.gift.id]
    assert on_hand(store, coffee.id) == 3
    assert feedback_ids(store) == [result.followup.id]
    again.undo()
    assert gift_ids(store) == [] and on_hand(store, coffee.id) == 5


def test_log_gift_carries_the_warnings(store, prospect, coffee):
    op = ops.log_gift(store, prospect.id, stock_item_id=coffee.id, quantity=5)
    assert [w.code for w in op.warnings] == ["gift_limit_near", "low_stock"]  # 42.50 of 50, 0 left


def test_a_refused_log_gift_raises_and_changes_nothing(store, dump, prospect, coffee):
    before = dump(store)
    with pytest.raises(ValidationError, match="left in stock"):
        ops.log_gift(store, prospect.id, stock_item_id=coffee.id, quantity=6)
    assert dump(store) == before


def test_set_reaction_undo_redo_and_no_step_when_unchanged(store, prospect):
    gift = gifts.log_gift(store, prospect.id, kind="sample", description="Coffee").gift
    op = ops.set_reaction(store, gift.id, "liked", "Loved it")
    assert op.undoable and op.changes.kinds == {"gifts"}
    assert (gifts.get_gift(store, gift.id).reaction, gifts.get_gift(store, gift.id).reaction_note) == (
        "liked",
        "Loved it",
    )
    redo = op.undo()
    assert (gifts.get_gift(store, gift.id).reaction, gifts.get_gift(store, gift.id).reaction_note) == (
        None,
        "",
    )
    redo.undo()
    assert gifts.get_gift(store, gift.id).reaction == "liked"
    same = ops.set_reaction(store, gift.id, "liked", "Loved it")
    assert not same.undoable and not same.changes


def test_update_gift_undo_puts_every_field_back(store, prospect):
    gift = gifts.log_gift(store, prospect.id, kind="content", description="E-book", cost="3", date=DAY).gift
    op = ops.update_gift(
        store, gift.id, description="Signed e-book", kind="personal", cost="12.50", date=DAY - dt.timedelta(1)
    )
    edited = gifts.get_gift(store, gift.id)
    assert (edited.description, edited.kind, edited.cost_cents, edited.date) == (
        "Signed e-book",
        "personal",
        1250,
        DAY - dt.timedelta(1),
    )
    op.undo()
    back = gifts.get_gift(store, gift.id)
    assert (back.description, back.kind, back.cost_cents, back.date) == ("E-book", "content", 300, DAY)


def test_delete_gift_undo_and_redo(store, prospect, coffee):
    result = gifts.log_gift(store, prospect.id, stock_item_id=coffee.id)
    op = ops.delete_gift(store, result.gift.id)
    assert op.changes.kinds == {"gifts", "stock", "followups"}
    assert (gift_ids(store), on_hand(store, coffee.id), feedback_ids(store)) == ([], 5, [])
    redo = op.undo()
    assert (gift_ids(store), on_hand(store, coffee.id), feedback_ids(store)) == (
        [result.gift.id],
        4,
        [result.followup.id],
    )
    redo.undo()
    assert gift_ids(store) == []


def test_stock_item_add_edit_restock_delete_and_their_undo(store):
    op = ops.add_stock_item(store, name="Notebook", kind="other", unit_cost="4.50", quantity=2)
    item = op.value
    assert op.changes.kinds == {"stock"} and op.changes.ids == {item.id}
    redo = op.undo()
    assert on_hand(store, item.id) is None
    redo.undo()
    assert on_hand(store, item.id) == 2  # the same item back

    edit = ops.update_stock_item(store, item.id, name="Leather notebook", unit_cost="9", quantity=7)
    assert (
        gifts.get_stock_item(store, item.id).name,
        gifts.get_stock_item(store, item.id).unit_cost_cents,
    ) == (
        "Leather notebook",
        900,
    )
    edit.undo()
    back = gifts.get_stock_item(store, item.id)
    assert (back.name, back.unit_cost_cents, back.quantity) == ("Notebook", 450, 2)

    restock = ops.restock(store, item.id, 10)
    assert on_hand(store, item.id) == 12
    restock.undo().undo()  # undo, then redo
    assert on_hand(store, item.id) == 12
    restock.undo()
    assert on_hand(store, item.id) == 2

    delete = ops.delete_stock_item(store, item.id)
    assert on_hand(store, item.id) is None
    delete.undo()
    assert on_hand(store, item.id) == 2
