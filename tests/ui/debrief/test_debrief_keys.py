"""Each key of the debrief table, typed as the user does, and what reaches the store on Ctrl+Enter."""

from __future__ import annotations

import pytest
from debrief_helpers import DAY, cell, ctrl_enter, keys, rows_of
from PySide6.QtCore import Qt

from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, StockItem, Visit
from reciprocity_desktop.ui.debrief.model import DebriefModel

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def gift_check(view, row: int):
    return cell(view, row, DebriefModel.GIFT, Qt.ItemDataRole.CheckStateRole)


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        (Qt.Key.Key_0, None),
        (Qt.Key.Key_1, "conversation"),
        (Qt.Key.Key_2, "referral"),
        (Qt.Key.Key_3, "meeting"),
        (Qt.Key.Key_5, "other"),
    ],
)
def test_digit_keys_record_the_outcome(store, view, qtbot, day_plan, key, kind):
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_D, key)
    assert not view.form.value.hasFocus()  # only an order asks for a value
    ctrl_enter(qtbot, view.table)
    visit_id = day_plan["visits"][2]
    assert rows_of(store, Visit, id=visit_id)[0].status == "done"
    assert [(o.kind, o.date, o.value_cents) for o in rows_of(store, Outcome, visit_id=visit_id)] == (
        [(kind, DAY, 0)] if kind else []
    )
    assert view.current_row() == 3


def test_four_is_an_order_and_asks_for_its_value(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_4)
    assert view.form.value.hasFocus() and view.form.value.isEnabled()
    qtbot.keyClicks(view.form.value, "99")
    keys(qtbot, view, Qt.Key.Key_1)  # changed its mind: a conversation, and the value goes
    assert view.form.value.text() == "" and not view.form.value.isEnabled()
    keys(qtbot, view, Qt.Key.Key_4)
    qtbot.keyClicks(view.form.value, "12x")
    assert view.form.value_error.text() != ""
    ctrl_enter(qtbot, view.form.value)  # refused while the value is wrong
    assert rows_of(store, Outcome, visit_id=day_plan["visits"][2]) == []
    qtbot.keyClick(view.form.value, Qt.Key.Key_Backspace)
    ctrl_enter(qtbot, view.form.value)
    assert [(o.kind, o.value_cents) for o in rows_of(store, Outcome, visit_id=day_plan["visits"][2])] == [
        ("order", 1200)
    ]


def test_g_unticks_the_planned_gift_and_none_is_recorded(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_D)
    assert gift_check(view, 0) == CHECKED
    keys(qtbot, view, Qt.Key.Key_G)
    assert gift_check(view, 0) == UNCHECKED and not view.form.gift_check.isChecked()
    keys(qtbot, view, Qt.Key.Key_N, Qt.Key.Key_D)  # set by hand: D does not tick it again
    assert gift_check(view, 0) == UNCHECKED
    ctrl_enter(qtbot, view.table)
    assert rows_of(store, Visit, id=day_plan["visits"][0])[0].status == "done"
    assert rows_of(store, Gift) == []
    assert rows_of(store, FollowUp) == []
    assert rows_of(store, StockItem, id=day_plan["coffee"])[0].quantity == 5


def test_g_ticks_the_gift_back_and_it_is_taken_from_stock(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_G, Qt.Key.Key_G)
    assert gift_check(view, 1) == CHECKED
    ctrl_enter(qtbot, view.table)
    assert [g.description for g in rows_of(store, Gift, visit_id=day_plan["visits"][1])] == [
        "Coffee sample box"
    ]
    assert rows_of(store, StockItem, id=day_plan["coffee"])[0].quantity == 4


def test_c_cancels_without_the_gift(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_C)
    assert (cell(view, 0, DebriefModel.STATUS), gift_check(view, 0)) == ("Cancelled", UNCHECKED)
    keys(qtbot, view, Qt.Key.Key_G)  # refused: no gift at a cancelled visit
    assert gift_check(view, 0) == UNCHECKED
    ctrl_enter(qtbot, view.table)
    assert rows_of(store, Visit, id=day_plan["visits"][0])[0].status == "cancelled"
    assert rows_of(store, Gift) == [] and rows_of(store, Outcome) == []


def test_a_visit_without_a_planned_gift_has_no_check_until_done(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert gift_check(view, 2) is None  # still planned: nothing to tick
    assert cell(view, 2, DebriefModel.GIFT) == "(none planned)"
    assert view.form.gift_pick.currentText() == "(no gift planned: choose the one handed over)"
    assert not view.form.gift_check.isEnabled()
    keys(qtbot, view, Qt.Key.Key_D)
    assert gift_check(view, 2) == UNCHECKED  # done: a gift not planned can be ticked, none is
    assert view.form.gift_check.isEnabled() and view.form.gift_pick.isEnabled()
    ctrl_enter(qtbot, view.table)
    assert rows_of(store, Gift) == []


def test_ctrl_enter_on_an_untouched_row_moves_on_without_saving(store, view, qtbot, day_plan):
    ctrl_enter(qtbot, view.table)
    assert view.current_row() == 1
    assert [v.status for v in rows_of(store, Visit) if v.date == DAY] == ["planned"] * 4
    assert view.ctx.undo_stack.count() == 0
