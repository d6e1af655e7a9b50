"""The Log-gift dialog: a gift logged through it is one undoable step (Edit → Undo / Redo)."""

from __future__ import annotations

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtWidgets import QDialog

from reciprocity_desktop.services import followups, gifts
from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog

pytestmark = pytest.mark.usefixtures("no_message_boxes")


def on_hand(store, item_id: str) -> int:
    return next(i.quantity for i in gifts.list_stock(store) if i.id == item_id)


def feedback_of(store, gift_id: str) -> list[str]:
    return [f.id for f in followups.list_followups(store) if f.gift_id == gift_id]


def test_a_gift_logged_through_the_dialog_is_undone_and_redone(qtbot, ctx, view, data):
    """Log gift… on the Gifts page, then Edit → Undo: the gift is gone, the stock is back and so is
    its feedback follow-up gone; Edit → Redo brings the same gift back, out of stock again."""
    coffee = data["coffee"].id
    undo, redo = ctx.undo_stack.createUndoAction(view), ctx.undo_stack.createRedoAction(view)

    def log(dialog: LogGiftDialog) -> None:
        dialog.prospect.set_prospect(data["optik"].id, data["optik"].name)
        dialog.quantity.setValue(2)
        dialog.what.setCurrentIndex(dialog.what.findData(coffee))  # fills in the cost of two
        assert dialog.cost.text() == "17.00"
        ok(dialog)

    before = {g.id for g in gifts.list_gifts(ctx.store)}
    with_dialog(qtbot, view.log_action.trigger, log)
    [gift] = [g for g in gifts.list_gifts(ctx.store) if g.id not in before]
    [feedback] = feedback_of(ctx.store, gift.id)
    assert (gift.prospect_id, gift.quantity, gift.cost_cents) == (data["optik"].id, 2, 1700)
    assert on_hand(ctx.store, coffee) == 2  # 4 left after the fixture's gift, minus 2
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Log a gift"
    assert view.selected_gift().id == gift.id

    undo.trigger()
    assert gift.id not in {g.id for g in gifts.list_gifts(ctx.store)}
    assert on_hand(ctx.store, coffee) == 4
    assert feedback_of(ctx.store, gift.id) == []
    assert gift.id not in {g.id for g in view.visible_gifts()}  # the page refreshed
    assert view.totals() == (3, 850 + 300 + 2500)

    redo.trigger()
    assert gift.id in {g.id for g in gifts.list_gifts(ctx.store)}
    assert on_hand(ctx.store, coffee) == 2
    assert feedback_of(ctx.store, gift.id) == [feedback]  # the same follow-up, not a new one
    assert view.totals() == (4, 850 + 300 + 2500 + 1700)


def test_the_dialog_alone_logs_an_undoable_gift_with_its_warnings(qtbot, ctx, data):
    """As the window opens it (Ctrl+L): ``LogGiftDialog(ctx, prospect_id, parent=).exec()``, then
    ``result_warnings``."""
    coffee = data["coffee"].id
    dialog = LogGiftDialog(ctx, data["muller"].id)
    qtbot.addWidget(dialog)

    def log(dialog: LogGiftDialog) -> None:
        assert dialog.prospect.prospect_id() == data["muller"].id
        dialog.quantity.setValue(4)  # the last four
        dialog.what.setCurrentIndex(dialog.what.findData(coffee))
        ok(dialog)

    with_dialog(qtbot, dialog.exec, log)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert on_hand(ctx.store, coffee) == 0
    assert dialog.result_warnings == ["Only 0 of 'Coffee sample box' left in stock."]
    ctx.undo_stack.undo()
    assert on_hand(ctx.store, coffee) == 4
    assert dialog.gift_id not in {g.id for g in gifts.list_gifts(ctx.store)}


def test_a_refused_gift_keeps_the_dialog_open_and_pushes_no_undo_step(qtbot, ctx, view, data):
    coffee = data["coffee"].id
    before = len(gifts.list_gifts(ctx.store))

    def too_many(dialog: LogGiftDialog) -> None:
        dialog.prospect.set_prospect(data["optik"].id, data["optik"].name)
        dialog.quantity.setValue(5)  # 4 left
        dialog.what.setCurrentIndex(dialog.what.findData(coffee))
        assert dialog.warning_label.text().splitlines()[0] == "Only 4 left in stock."  # warned as you type
        ok(dialog)
        assert dialog.isVisible()  # the services refused: the dialog stays open with their message
        assert dialog.warning_label.text() == "Only 4 of 'Coffee sample box' left in stock; cannot give 5."

    with_dialog(qtbot, view.log_action.trigger, too_many)
    assert len(gifts.list_gifts(ctx.store)) == before
    assert on_hand(ctx.store, coffee) == 4
    assert ctx.undo_stack.count() == 0
