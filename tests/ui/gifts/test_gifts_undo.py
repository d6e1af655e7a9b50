"""Every action of the Gifts page pushes one undo step, and undo/redo give back exactly what was before/after."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from dialog_helpers import focus, ok, with_dialog
from PySide6.QtCore import Qt

from reciprocity_desktop.services import followups, gifts

pytestmark = pytest.mark.usefixtures("no_message_boxes")
CTRL = Qt.KeyboardModifier.ControlModifier


def snapshot(store) -> tuple:
    """What the Gifts page's actions can change: the gifts, the stock and the follow-ups."""
    return (
        sorted(
            (
                g.id,
                g.description,
                g.kind,
                g.date,
                g.cost_cents,
                g.quantity,
                g.personal,
                g.reaction,
                g.reaction_note,
            )
            for g in gifts.list_gifts(store)
        ),
        sorted(
            (i.id, i.name, i.kind, i.unit_cost_cents, i.quantity, i.low_stock_level, i.notes)
            for i in gifts.list_stock(store)
        ),
        sorted((f.id, f.kind, f.due, f.done_on, f.gift_id) for f in followups.list_followups(store)),
    )


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> Callable[[], None]:
    return lambda: qtbot.keyClick(widget, key, modifier)


def log_gift(qtbot, view, data):
    def log(dialog) -> None:
        dialog.prospect.set_prospect(data["optik"].id, data["optik"].name)
        dialog.what.setCurrentIndex(dialog.what.findData(data["coffee"].id))
        ok(dialog)

    with_dialog(qtbot, view.log_action.trigger, log)


def set_reaction(qtbot, view, data):
    view.select_gift(data["ebook"].id)
    focus(qtbot, view.table)

    def react(dialog) -> None:
        dialog.reaction_combo.setCurrentIndex(dialog.reaction_combo.findData("liked"))
        ok(dialog)

    with_dialog(qtbot, press(qtbot, view.table, Qt.Key.Key_E, CTRL), react)


def edit_gift(qtbot, view, data):
    view.select_gift(data["invite"].id)
    focus(qtbot, view.table)

    def edit(dialog) -> None:
        dialog.description_edit.setText("Customer evening with dinner")
        ok(dialog)

    with_dialog(qtbot, press(qtbot, view.table, Qt.Key.Key_F2), edit)


def delete_gift(qtbot, view, data):
    view.select_gift(data["sample"].id)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)


def add_stock_item(qtbot, view, data):
    def add(dialog) -> None:
        dialog.name_edit.setText("Notebook")
        dialog.quantity_spin.setValue(7)
        ok(dialog)

    with_dialog(qtbot, view.stock.add_action.trigger, add)


def edit_stock_item(qtbot, view, data):
    view.stock.select_item(data["coffee"].id)
    focus(qtbot, view.stock.table)

    def edit(dialog) -> None:
        dialog.name_edit.setText("Espresso sample box")
        ok(dialog)

    with_dialog(qtbot, press(qtbot, view.stock.table, Qt.Key.Key_F2), edit)


def restock(qtbot, view, data):
    view.stock.select_item(data["coffee"].id)
    focus(qtbot, view.stock.table)
    with_dialog(qtbot, press(qtbot, view.stock.table, Qt.Key.Key_R, CTRL), ok)


def delete_stock_item(qtbot, view, data):
    view.stock.select_item(data["coffee"].id)
    focus(qtbot, view.stock.table)
    qtbot.keyClick(view.stock.table, Qt.Key.Key_Delete)


@pytest.mark.parametrize(
    ("act", "text"),
    [
        (log_gift, "Log a gift"),
        (set_reaction, "Set gift reaction"),
        (edit_gift, "Edit gift"),
        (delete_gift, "Delete gift"),
        (add_stock_item, "New stock item"),
        (edit_stock_item, "Edit stock item"),
        (restock, "Restock"),
        (delete_stock_item, "Delete stock item"),
    ],
    ids=lambda value: getattr(value, "__name__", None) or value,
)
def test_each_action_pushes_one_undo_step(qtbot, ctx, view, data, act, text):
    before = snapshot(ctx.store)
    act(qtbot, view, data)
    after = snapshot(ctx.store)
    assert after != before, "the action changed nothing"
    assert (ctx.undo_stack.count(), ctx.undo_stack.undoText()) == (1, text)
    ctx.undo_stack.undo()
    assert snapshot(ctx.store) == before
    ctx.undo_stack.redo()
    assert snapshot(ctx.store) == after
