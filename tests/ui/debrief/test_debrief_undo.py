"""A saved stop, a saved day and a saved note are undone and redone through the window's undo stack."""

from __future__ import annotations

from debrief_helpers import DAY, cell, ctrl_enter, keys, live_rows, rows_of
from PySide6.QtCore import Qt

from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, StockItem, Visit
from reciprocity_desktop.ui.debrief.model import DebriefModel


def stock(store, day_plan) -> int:
    return rows_of(store, StockItem, id=day_plan["coffee"])[0].quantity


def status(store, visit_id) -> tuple[str, str]:
    visit = rows_of(store, Visit, id=visit_id)[0]
    return visit.status, visit.notes


def test_a_saved_stop_is_undone_and_redone(store, view, qtbot, day_plan):
    visit_id, pid = day_plan["visits"][0], day_plan["prospects"][0]
    keys(qtbot, view, Qt.Key.Key_D, Qt.Key.Key_4)
    qtbot.keyClicks(view.form.value, "1250")
    keys(qtbot, view, Qt.Key.Key_T)
    qtbot.keyClicks(view.form.note, "Big order")
    ctrl_enter(qtbot, view.form.note)
    stack = view.ctx.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Debrief of Alpha Bäckerei")
    gift_id = live_rows(store, Gift, visit_id=visit_id)[0].id
    assert stock(store, day_plan) == 4

    stack.undo()
    assert status(store, visit_id) == ("planned", "")
    assert live_rows(store, Gift, visit_id=visit_id) == []
    assert stock(store, day_plan) == 5  # the gift went back to stock
    assert live_rows(store, Outcome, visit_id=visit_id) == []
    assert live_rows(store, FollowUp, prospect_id=pid) == []
    assert (cell(view, 0, DebriefModel.STATUS), cell(view, 0, DebriefModel.RESULT)) == ("Planned", "")
    assert view.summary.text() == "Visits: 4 · debriefed: 0"

    stack.redo()
    assert status(store, visit_id) == ("done", "Big order")
    assert [g.id for g in live_rows(store, Gift, visit_id=visit_id)] == [gift_id]
    assert stock(store, day_plan) == 4
    assert [(o.kind, o.value_cents) for o in live_rows(store, Outcome, visit_id=visit_id)] == [
        ("order", 125000)
    ]
    assert [f.kind for f in live_rows(store, FollowUp, prospect_id=pid)] == ["ask_feedback"]
    assert (cell(view, 0, DebriefModel.STATUS), cell(view, 0, DebriefModel.RESULT)) == ("Done", "Debriefed")
    assert cell(view, 0, DebriefModel.OUTCOME) == "Order · €1,250.00"


def test_save_all_is_one_undo_step(store, view, qtbot, day_plan):
    first, second = day_plan["visits"][1], day_plan["visits"][3]
    keys(
        qtbot,
        view,
        Qt.Key.Key_Down,
        Qt.Key.Key_N,
        Qt.Key.Key_Down,
        Qt.Key.Key_Down,
        Qt.Key.Key_D,
        Qt.Key.Key_3,
    )
    qtbot.mouseClick(view.form.save_all_button, Qt.MouseButton.LeftButton)
    stack = view.ctx.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Debrief of the day")
    assert (status(store, first)[0], status(store, second)[0]) == ("nobody_there", "done")

    stack.undo()
    assert (status(store, first)[0], status(store, second)[0]) == ("planned", "planned")
    assert live_rows(store, Outcome) == []
    assert view.summary.text() == "Visits: 4 · debriefed: 0"

    stack.redo()
    assert (status(store, first)[0], status(store, second)[0]) == ("nobody_there", "done")
    assert [o.kind for o in live_rows(store, Outcome, visit_id=second)] == ["meeting"]
    assert view.summary.text() == "Visits: 4 · debriefed: 2"


def test_a_saved_note_is_undone(store, view, qtbot, day_plan):
    visit_id = day_plan["visits"][0]
    keys(qtbot, view, Qt.Key.Key_C)
    ctrl_enter(qtbot, view.table)
    keys(qtbot, view, Qt.Key.Key_Up, Qt.Key.Key_T)
    qtbot.keyClicks(view.form.note, "Closed for holidays")
    ctrl_enter(qtbot, view.form.note)
    stack = view.ctx.undo_stack
    assert status(store, visit_id) == ("cancelled", "Closed for holidays")
    assert stack.count() == 2
    stack.undo()
    assert status(store, visit_id) == ("cancelled", "")
    assert cell(view, 0, DebriefModel.NOTE) == ""
    stack.undo()
    assert status(store, visit_id) == ("planned", "")
    assert [v.status for v in rows_of(store, Visit) if v.date == DAY] == ["planned"] * 4
