"""The debrief: a day's paper results typed back in with the keyboard, saved row by row or all at once."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from debrief_helpers import DAY, NAMES, cell, ctrl_enter, keys, rows_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from reciprocity_desktop.services import visits
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, StockItem, Visit
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.debrief.model import DebriefModel
from reciprocity_desktop.ui.debrief.view import DebriefView
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.widgets.style import DANGER_BG

STILL_PLANNED = "Say what happened first: D done, N nobody there, C cancelled."


def pick(qtbot, combo, data: str) -> None:
    """Choose a combo box entry with the arrow keys, as the user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no {data!r} in the combo box")


def test_defaults_to_latest_day_with_open_visits(view):
    assert view.day() == DAY
    assert [cell(view, r, DebriefModel.PROSPECT) for r in range(4)] == NAMES
    assert view.current_row() == 0
    assert view.summary.text() == "Visits: 4 · debriefed: 0"


def test_keyboard_debrief_save_row_and_save_all(store, view, qtbot, day_plan):
    visit_ids, pids = day_plan["visits"], day_plan["prospects"]

    # Row 1: D = done (the planned gift is ticked by default), 4 = order and type its value, Ctrl+Enter.
    keys(qtbot, view, Qt.Key.Key_D)
    assert cell(view, 0, DebriefModel.STATUS) == "Done"
    assert cell(view, 0, DebriefModel.GIFT, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    keys(qtbot, view, Qt.Key.Key_4)
    assert view.form.value.hasFocus()
    qtbot.keyClicks(view.form.value, "1250,50")
    assert view.form.value_error.text() == ""
    ctrl_enter(qtbot, view.form.value)
    assert view.current_row() == 1  # saved and moved on

    visit = rows_of(store, Visit, id=visit_ids[0])[0]
    assert visit.status == "done"
    gift = rows_of(store, Gift, visit_id=visit_ids[0])
    assert [(g.description, g.stock_item_id, g.date) for g in gift] == [
        ("Coffee sample box", day_plan["coffee"], DAY)
    ]
    assert rows_of(store, StockItem, id=day_plan["coffee"])[0].quantity == 4
    feedback = rows_of(store, FollowUp, prospect_id=pids[0])
    assert [(f.kind, f.due, f.gift_id) for f in feedback] == [
        ("ask_feedback", DAY + dt.timedelta(days=7), gift[0].id)
    ]
    outcome = rows_of(store, Outcome, visit_id=visit_ids[0])
    assert [(o.kind, o.value_cents) for o in outcome] == [("order", 125050)]
    assert cell(view, 0, DebriefModel.RESULT) == (
        "Saved. Gift recorded: Coffee sample box. "
        f"Follow-up: Ask for feedback · {fmt_date(DAY + dt.timedelta(days=7))}. Stage: Customer."
    )
    assert view.save_message.text() == "Alpha Bäckerei: saved."
    assert cell(view, 0, DebriefModel.OUTCOME) == "Order · €1,250.50"
    assert cell(view, 0, DebriefModel.GIFT) == "Coffee sample box"

    # Row 2: N = nobody there (the gift is not handed over), a follow-up call in 14 days via the preset.
    keys(qtbot, view, Qt.Key.Key_N, Qt.Key.Key_G)  # G is refused: no gift when nobody was there
    assert cell(view, 1, DebriefModel.GIFT, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.mouseClick(view.form.preset_buttons[1], Qt.MouseButton.LeftButton)
    assert view.form.due.text() == (DAY + dt.timedelta(days=14)).strftime("%d/%m/%Y")  # en_GB's day
    assert cell(view, 1, DebriefModel.FOLLOWUP) == f"Call · {fmt_date(DAY + dt.timedelta(days=14))}"

    # Row 3 (arrow down): done, conversation, a note, and a follow-up with a date that does not exist.
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_1, Qt.Key.Key_T)
    assert view.current_row() == 2
    assert view.form.note.hasFocus()
    qtbot.keyClicks(view.form.note, "Owner wants the catalogue")
    keys(qtbot, view, Qt.Key.Key_F)
    assert view.form.followup_kind.hasFocus()
    pick(qtbot, view.form.followup_kind, "send_info")
    assert view.form.due.text() == (DAY + dt.timedelta(days=7)).strftime("%d/%m/%Y")  # proposed with the kind
    view.form.due.clear()
    qtbot.keyClicks(view.form.due, "2025-02-30")
    assert view.form.followup_message.text() == "Due date '2025-02-30' is not a date in the form YYYY-MM-DD."
    assert not view.form.save_row_button.isEnabled()

    # Row 4: done, meeting.
    keys(qtbot, view, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_3)
    assert view.current_row() == 3
    assert view.summary.text() == "Visits: 4 · debriefed: 1 · edited, not saved: 3"

    qtbot.mouseClick(view.form.save_all_button, Qt.MouseButton.LeftButton)

    assert rows_of(store, Visit, id=visit_ids[1])[0].status == "nobody_there"
    calls = rows_of(store, FollowUp, prospect_id=pids[1])
    assert [(f.kind, f.due) for f in calls] == [("call", DAY + dt.timedelta(days=14))]
    assert rows_of(store, Gift, visit_id=visit_ids[1]) == []
    assert rows_of(store, Visit, id=visit_ids[3])[0].status == "done"
    assert [o.kind for o in rows_of(store, Outcome, visit_id=visit_ids[3])] == ["meeting"]

    # The failing row: nothing of it was saved, its error is shown, what was typed is kept.
    failed = rows_of(store, Visit, id=visit_ids[2])[0]
    assert failed.status == "planned" and failed.notes == ""
    assert rows_of(store, Outcome, visit_id=visit_ids[2]) == []
    assert rows_of(store, FollowUp, prospect_id=pids[2]) == []
    assert cell(view, 2, DebriefModel.RESULT) == "Due date '2025-02-30' is not a date in the form YYYY-MM-DD."
    assert cell(view, 2, DebriefModel.RESULT, Qt.ItemDataRole.BackgroundRole) == DANGER_BG
    assert view.current_row() == 2
    assert view.form.note.toPlainText() == "Owner wants the catalogue"
    assert view.form.due.text() == "2025-02-30"
    assert cell(view, 2, DebriefModel.STATUS) == "Done"
    assert cell(view, 2, DebriefModel.OUTCOME) == "Conversation"
    assert view.save_message.text() == "Saved: 2. Not saved: 1 — see the red rows; what you typed is kept."

    # Fix the date and save the row: now it goes through.
    view.form.due.clear()
    qtbot.keyClicks(view.form.due, "2025-03-03")
    assert view.form.save_row_button.isEnabled()
    qtbot.mouseClick(view.form.save_row_button, Qt.MouseButton.LeftButton)
    fixed = rows_of(store, Visit, id=visit_ids[2])[0]
    assert fixed.status == "done" and fixed.notes == "Owner wants the catalogue"
    assert [(f.kind, f.due) for f in rows_of(store, FollowUp, prospect_id=pids[2])] == [
        ("send_info", dt.date(2025, 3, 3))
    ]
    assert [(o.kind, o.note) for o in rows_of(store, Outcome, visit_id=visit_ids[2])] == [
        ("conversation", "Owner wants the catalogue")
    ]
    assert view.summary.text() == "Visits: 4 · debriefed: 4"


def test_service_warning_is_shown_not_blocking(store, view, qtbot, day_plan):
    # Gift handed over, then an ask_order three days later: saved, with the cool-down warning.
    keys(qtbot, view, Qt.Key.Key_D, Qt.Key.Key_F)
    pick(qtbot, view.form.followup_kind, "ask_order")
    view.form.due.clear()
    qtbot.keyClicks(view.form.due, (DAY + dt.timedelta(days=3)).isoformat())
    qtbot.keyClick(view.form.due, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    kinds = sorted(f.kind for f in rows_of(store, FollowUp, prospect_id=day_plan["prospects"][0]))
    assert kinds == ["ask_feedback", "ask_order"]
    result = cell(view, 0, DebriefModel.RESULT)
    assert result.startswith("Saved. Gift recorded: Coffee sample box.")
    assert f"⚠ Alpha Bäckerei received a gift on {DAY.isoformat()}." in result
    assert view.save_message.text() == "Alpha Bäckerei: saved with warnings — see the row."


def test_debriefed_rows_are_read_only_but_the_note(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_C)
    ctrl_enter(qtbot, view.table)
    stored = rows_of(store, Visit, id=day_plan["visits"][0])[0]
    assert stored.status == "cancelled"
    assert rows_of(store, Gift, visit_id=day_plan["visits"][0]) == []  # cancelled: the gift stays
    keys(qtbot, view, Qt.Key.Key_Up)
    assert view.current_row() == 0
    keys(qtbot, view, Qt.Key.Key_D, Qt.Key.Key_4)  # refused on a debriefed row
    assert cell(view, 0, DebriefModel.STATUS) == "Cancelled"
    assert cell(view, 0, DebriefModel.OUTCOME) == ""
    assert cell(view, 0, DebriefModel.RESULT) == "Saved."
    assert not view.form.status_buttons["done"].isEnabled()
    assert not view.form.outcome.isEnabled()
    assert view.form.row_message.text() == "Saved.\nAlready debriefed: only the note can still be changed."
    keys(qtbot, view, Qt.Key.Key_T)
    qtbot.keyClicks(view.form.note, "Shop closed for holidays")
    ctrl_enter(qtbot, view.form.note)
    stored = rows_of(store, Visit, id=day_plan["visits"][0])[0]
    assert (stored.status, stored.notes) == ("cancelled", "Shop closed for holidays")
    assert cell(view, 0, DebriefModel.NOTE) == "Shop closed for holidays"
    assert cell(view, 0, DebriefModel.RESULT) == "Note saved."


def test_status_still_planned_is_reported(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_1)  # an outcome but no status
    qtbot.mouseClick(view.form.save_all_button, Qt.MouseButton.LeftButton)
    assert cell(view, 0, DebriefModel.RESULT) == STILL_PLANNED
    assert view.save_message.text() == "Saved: 0. Not saved: 1 — see the red rows; what you typed is kept."
    assert rows_of(store, Outcome, visit_id=day_plan["visits"][0]) == []
    assert view.ctx.undo_stack.count() == 0  # nothing saved, nothing to undo
    ctrl_enter(qtbot, view.table)  # the row alone: the same
    assert view.save_message.text() == "Alpha Bäckerei: not saved — see the row."
    assert view.form.row_message.text() == STILL_PLANNED
    keys(qtbot, view, Qt.Key.Key_Backspace)  # forget what was typed
    assert cell(view, 0, DebriefModel.OUTCOME) == ""
    assert cell(view, 0, DebriefModel.RESULT) == ""
    assert not view.form.save_all_button.isEnabled()


def test_go_to_visit_from_a_scanned_code(store, view, qtbot, day_plan):
    other_day = DAY + dt.timedelta(days=1)
    other = visits.plan_day(store, other_day, [day_plan["prospects"][3]])[0]
    goto = view.day_bar.goto
    qtbot.keyClicks(goto, "reciprocity:visit:nonsense")
    qtbot.keyClick(goto, Qt.Key.Key_Return)
    assert "not a visit code" in view.goto_error.text()
    goto.clear()
    # Pasting the full code is enough: it switches the day and selects the row.
    goto.setText(f"reciprocity:visit:{other.id}")
    assert view.day() == other_day
    assert view.current_visit_id() == other.id
    assert goto.text() == ""
    # A bare uuid typed (or scanned) and Enter.
    qtbot.keyClicks(goto, day_plan["visits"][2].upper())
    assert view.day() == DAY
    assert view.current_visit_id() == day_plan["visits"][2]
    assert view.form.title.text() == "3. Gamma Garage"


def test_drafts_survive_switching_days(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_N)
    qtbot.keyClick(view.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.day() == DAY + dt.timedelta(days=1)
    assert view.model.rowCount() == 0
    assert view.summary.text() == "No visits on this day. · unsaved on other days: 1"
    qtbot.mouseClick(view.day_bar.prev_button, Qt.MouseButton.LeftButton)
    assert view.day() == DAY
    assert cell(view, 0, DebriefModel.STATUS) == "Nobody there"
    assert cell(view, 0, DebriefModel.RESULT) == "Not saved yet"
    assert view.summary.text() == "Visits: 4 · debriefed: 0 · edited, not saved: 1"


def test_screenshot_with_demo_store(demo_store, qtbot, tmp_path):
    # The demo plans tomorrow's route; move it to today, as if the day had just been driven.
    today = dt.date.today()
    for visit in visits.list_day(demo_store, today + dt.timedelta(days=1)):
        visits.move_visit(demo_store, visit.id, today)
    ctx = UiContext(demo_store, StoreEvents(), QUndoStack())
    widget = DebriefView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    assert widget.day() == today and widget.model.rowCount() == 7
    route = [v.id for v in visits.list_day(demo_store, today)]
    who = {v.id: v.prospect_id for v in visits.list_day(demo_store, today)}
    followups_before = {f.id for f in rows_of(demo_store, FollowUp)}
    keys(qtbot, widget, Qt.Key.Key_D, Qt.Key.Key_4)
    qtbot.keyClicks(widget.form.value, "1250")
    ctrl_enter(qtbot, widget.form.value)
    keys(qtbot, widget, Qt.Key.Key_N, Qt.Key.Key_Down, Qt.Key.Key_D, Qt.Key.Key_3, Qt.Key.Key_F)
    pick(qtbot, widget.form.followup_kind, "ask_order")
    ctrl_enter(qtbot, widget.form.followup_kind)
    keys(qtbot, widget, Qt.Key.Key_D, Qt.Key.Key_1, Qt.Key.Key_T)
    qtbot.keyClicks(widget.form.note, "Talked to the owner; send the catalogue.")
    keys(qtbot, widget, Qt.Key.Key_F)
    pick(qtbot, widget.form.followup_kind, "send_info")
    widget.form.due.clear()
    qtbot.keyClicks(widget.form.due, "2026-13-01")
    qtbot.mouseClick(widget.form.save_all_button, Qt.MouseButton.LeftButton)

    # What was typed is in the store: the order, nobody there, the meeting with its ask-for-order.
    status = {v.id: v.status for v in visits.list_day(demo_store, today)}
    assert [status[v] for v in route[:4]] == ["done", "nobody_there", "done", "planned"]
    outcomes = {v: [(o.kind, o.value_cents) for o in rows_of(demo_store, Outcome, visit_id=v)] for v in route}
    assert outcomes[route[0]] == [("order", 125000)]
    assert outcomes[route[1]] == [] and outcomes[route[3]] == []
    assert outcomes[route[2]] == [("meeting", 0)]
    week = today + dt.timedelta(days=7)
    new_followups = sorted(
        (f.prospect_id, f.kind, f.due) for f in rows_of(demo_store, FollowUp) if f.id not in followups_before
    )
    assert new_followups == sorted(
        [
            (who[route[0]], "ask_feedback", week),
            (who[route[2]], "ask_feedback", week),
            (who[route[2]], "ask_order", week),
        ]
    )
    # The fourth row failed and keeps what was typed.
    assert widget.current_row() == 3
    assert (
        cell(widget, 3, DebriefModel.RESULT) == "Due date '2026-13-01' is not a date in the form YYYY-MM-DD."
    )
    assert widget.form.note.toPlainText() == "Talked to the owner; send the catalogue."
    assert widget.save_message.text() == "Saved: 1. Not saved: 1 — see the red rows; what you typed is kept."
    qtbot.wait(100)  # let the layouts settle before the picture
    folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
    path = folder / "debrief.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
