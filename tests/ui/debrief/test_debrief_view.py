"""The debrief: a day's paper results typed back in with the keyboard, saved row by row or all at once."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import select

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import gifts, prospects, visits
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, StockItem, Visit
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.debrief.model import DebriefModel
from reciprocity_desktop.ui.debrief.view import DebriefView
from reciprocity_desktop.ui.widgets.style import DANGER_BG

DAY = dt.date.today() - dt.timedelta(days=2)
NAMES = ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage", "Delta Druckerei"]


@pytest.fixture
def day_plan(store):
    """Four planned visits two days ago; the first two bring a coffee box from stock (5 on hand)."""
    coffee = gifts.add_stock_item(
        store, name="Coffee sample box", kind="sample", quantity=5, unit_cost="4.50"
    )
    ids = [
        prospects.add_prospect(store, name=name, postal_code="8033" + str(i), city="München", country="DE").id
        for i, name in enumerate(NAMES)
    ]
    planned = visits.plan_day(store, DAY, ids)
    for visit in planned[:2]:
        visits.update_visit(store, visit.id, gift_stock_item_id=coffee.id)
    # An older day already debriefed, which must not be the default.
    old = visits.plan_day(store, DAY - dt.timedelta(days=5), [ids[0]])[0]
    debriefs.debrief_visit(store, old.id, debriefs.Debrief(status="done"))
    return {"coffee": coffee.id, "prospects": ids, "visits": [v.id for v in planned]}


@pytest.fixture
def view(ctx, qtbot, day_plan):
    widget = DebriefView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()  # Ctrl+Enter is a window shortcut
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def rows_of(store, model, **where):
    with store.read() as session:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(session.scalars(query))


def cell(view, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, column).data(role)


def keys(qtbot, view, *pressed) -> None:
    view.table.setFocus()
    for key in pressed:
        qtbot.keyClick(view.table, key)


def test_defaults_to_latest_day_with_open_visits(view):
    assert view.day() == DAY
    assert [cell(view, r, DebriefModel.PROSPECT) for r in range(4)] == NAMES
    assert view.current_row() == 0
    assert view.summary.text().startswith("Visits: 4 · debriefed: 0")


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
    qtbot.keyClick(view.form.value, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
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
    assert "Saved" in cell(view, 0, DebriefModel.RESULT)
    assert cell(view, 0, DebriefModel.OUTCOME) == "Order · €1,250.50"
    assert cell(view, 0, DebriefModel.GIFT) == "Coffee sample box"

    # Row 2: N = nobody there (the gift is not handed over), a follow-up call in 14 days via the preset.
    keys(qtbot, view, Qt.Key.Key_N, Qt.Key.Key_G)  # G is refused: no gift when nobody was there
    assert cell(view, 1, DebriefModel.GIFT, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.mouseClick(view.form.preset_buttons[1], Qt.MouseButton.LeftButton)
    assert view.form.due.text() == (DAY + dt.timedelta(days=14)).isoformat()
    assert cell(view, 1, DebriefModel.FOLLOWUP).startswith("Call · ")

    # Row 3: done, conversation, a note, and a follow-up with a date that does not exist.
    view.select_row(2)
    keys(qtbot, view, Qt.Key.Key_D, Qt.Key.Key_1, Qt.Key.Key_T)
    assert view.form.note.hasFocus()
    qtbot.keyClicks(view.form.note, "Owner wants the catalogue")
    view.form.followup_kind.setCurrentIndex(view.form.followup_kind.findData("send_info"))
    view.form.due.clear()
    qtbot.keyClicks(view.form.due, "2025-02-30")
    assert "not a date" in view.form.followup_message.text()  # shown as typed
    assert not view.form.save_row_button.isEnabled()

    # Row 4: done, meeting.
    view.select_row(3)
    keys(qtbot, view, Qt.Key.Key_D, Qt.Key.Key_3)
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
    assert "not a date" in cell(view, 2, DebriefModel.RESULT)
    assert cell(view, 2, DebriefModel.RESULT, Qt.ItemDataRole.BackgroundRole) == DANGER_BG
    assert view.current_row() == 2
    assert view.form.note.toPlainText() == "Owner wants the catalogue"
    assert view.form.due.text() == "2025-02-30"
    assert cell(view, 2, DebriefModel.STATUS) == "Done"
    assert cell(view, 2, DebriefModel.OUTCOME) == "Conversation"
    assert "Saved: 2." in view.save_message.text() and "Not saved: 1" in view.save_message.text()

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
    keys(qtbot, view, Qt.Key.Key_D)
    view.form.followup_kind.setCurrentIndex(view.form.followup_kind.findData("ask_order"))
    view.form.due.clear()
    qtbot.keyClicks(view.form.due, (DAY + dt.timedelta(days=3)).isoformat())
    qtbot.keyClick(view.form.due, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    kinds = sorted(f.kind for f in rows_of(store, FollowUp, prospect_id=day_plan["prospects"][0]))
    assert kinds == ["ask_feedback", "ask_order"]
    result = cell(view, 0, DebriefModel.RESULT)
    assert result.startswith("Saved.") and "received a gift" in result
    assert "saved with warnings" in view.save_message.text()


def test_debriefed_rows_are_read_only_but_the_note(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_C)
    qtbot.keyClick(view.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rows_of(store, Visit, id=day_plan["visits"][0])[0].status == "cancelled"
    view.select_row(0)
    keys(qtbot, view, Qt.Key.Key_D, Qt.Key.Key_4)  # refused on a debriefed row
    assert cell(view, 0, DebriefModel.STATUS) == "Cancelled"
    assert cell(view, 0, DebriefModel.OUTCOME) == ""
    assert not view.form.status_buttons["done"].isEnabled()
    assert not view.form.outcome.isEnabled()
    assert "only the note" in view.form.row_message.text()
    keys(qtbot, view, Qt.Key.Key_T)
    qtbot.keyClicks(view.form.note, "Shop closed for holidays")
    qtbot.keyClick(view.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = rows_of(store, Visit, id=day_plan["visits"][0])[0]
    assert (stored.status, stored.notes) == ("cancelled", "Shop closed for holidays")
    assert cell(view, 0, DebriefModel.NOTE) == "Shop closed for holidays"


def test_status_still_planned_is_reported(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_1)  # an outcome but no status
    qtbot.mouseClick(view.form.save_all_button, Qt.MouseButton.LeftButton)
    assert "Say what happened first" in cell(view, 0, DebriefModel.RESULT)
    assert rows_of(store, Outcome, visit_id=day_plan["visits"][0]) == []
    keys(qtbot, view, Qt.Key.Key_Backspace)  # forget what was typed
    assert cell(view, 0, DebriefModel.OUTCOME) == ""
    assert not view.form.save_all_button.isEnabled()


def test_go_to_visit_from_a_scanned_code(store, view, qtbot, day_plan):
    other_day = DAY + dt.timedelta(days=1)
    other = visits.plan_day(store, other_day, [day_plan["prospects"][3]])[0]
    qtbot.keyClicks(view.day_bar.goto, "reciprocity:visit:nonsense")
    qtbot.keyClick(view.day_bar.goto, Qt.Key.Key_Return)
    assert "not a visit code" in view.goto_error.text()
    view.day_bar.goto.clear()
    # Pasting the full code is enough: it switches the day and selects the row.
    view.day_bar.goto.setText(f"reciprocity:visit:{other.id}")
    assert view.day() == other_day
    assert view.current_visit_id() == other.id
    assert view.day_bar.goto.text() == ""
    # A bare uuid typed (or scanned) and Enter.
    qtbot.keyClicks(view.day_bar.goto, day_plan["visits"][2].upper())
    assert view.day() == DAY
    assert view.current_visit_id() == day_plan["visits"][2]
    assert view.form.title.text().endswith("Gamma Garage")


def test_drafts_survive_switching_days(store, view, qtbot, day_plan):
    keys(qtbot, view, Qt.Key.Key_N)
    view.shift_day(1)
    assert view.model.rowCount() == 0
    assert "unsaved on other days: 1" in view.summary.text()
    view.shift_day(-1)
    assert cell(view, 0, DebriefModel.STATUS) == "Nobody there"
    assert cell(view, 0, DebriefModel.RESULT) == "Not saved yet"


def test_screenshot_with_demo_store(demo_store, qtbot, tmp_path):
    # The demo plans tomorrow's route; move it to today, as if the day had just been driven.
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    for visit in visits.list_day(demo_store, tomorrow):
        visits.move_visit(demo_store, visit.id, dt.date.today())
    ctx = UiContext(demo_store, StoreEvents(), QUndoStack())
    widget = DebriefView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.day() == dt.date.today() and widget.model.rowCount() == 7
    keys(qtbot, widget, Qt.Key.Key_D, Qt.Key.Key_4)
    qtbot.keyClicks(widget.form.value, "1250")
    widget.save_current_and_next()
    keys(qtbot, widget, Qt.Key.Key_N)
    widget.select_row(2)
    keys(qtbot, widget, Qt.Key.Key_D, Qt.Key.Key_3)
    widget.form.followup_kind.setCurrentIndex(widget.form.followup_kind.findData("ask_order"))
    widget.save_current_and_next()
    keys(qtbot, widget, Qt.Key.Key_D, Qt.Key.Key_1, Qt.Key.Key_T)
    qtbot.keyClicks(widget.form.note, "Talked to the owner; send the catalogue.")
    widget.select_row(3)
    widget.form.due.setText("2026-13-01")
    widget.form.followup_kind.setCurrentIndex(widget.form.followup_kind.findData("send_info"))
    widget.form.due.setText("2026-13-01")
    widget._form_edited()
    widget.save_all()
    widget.select_row(3)
    assert "not a date" in cell(widget, 3, DebriefModel.RESULT)
    qtbot.wait(100)  # let the layouts settle before the picture
    folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
    path = folder / "debrief.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
