"""The Follow-ups view, driven as a user would: keys, clicks and the dialogs they open."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from dialog_helpers import focus, ok, with_dialog
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from reciprocity_desktop.services import followups, gifts, prospects
from reciprocity_desktop.services.followups import DONE, DUE_TODAY, OPEN, OVERDUE, UPCOMING
from reciprocity_desktop.store.models import FollowUp, Gift
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.followups.dialogs import (
    CompleteFollowUpDialog,
    NewFollowUpDialog,
    RescheduleDialog,
)
from reciprocity_desktop.ui.followups.view import FollowUpsView
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.widgets.style import DANGER_BG, WARNING_BG

TODAY = dt.date.today()

pytestmark = pytest.mark.usefixtures("no_message_boxes")


def shown(view: FollowUpsView) -> list[tuple[str, str]]:
    return [(f.prospect.name, f.kind) for f in view.visible_followups()]


def live(store, followup_id: str) -> FollowUp | None:
    return next((f for f in followups.list_followups(store) if f.id == followup_id), None)


def gift_of(store, gift_id: str) -> Gift:
    return next(g for g in gifts.list_gifts(store) if g.id == gift_id)


def select(qtbot, view: FollowUpsView, followup_id: str) -> None:
    assert view.select_followup(followup_id)
    focus(qtbot, view.table)
    assert view.selected_followup().id == followup_id


def test_logged_gift_feedback_followup_completed_with_reaction_then_undone(qtbot, ctx, view, gifted):
    prospect, gift, feedback = gifted
    # The gift's ask_feedback follow-up is due in 7 days: upcoming.
    assert feedback.due == TODAY + dt.timedelta(days=7)
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]
    assert view.filter_buttons[UPCOMING].text().replace("&", "") == "Upcoming (1)"
    assert view.filter_buttons[OVERDUE].text().replace("&", "") == "Overdue (0)"
    view.set_filter(UPCOMING)
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]
    assert view.proxy.index(0, view.COL_GIFT).data() == f"Coffee sample box ({fmt_date(TODAY)})"

    select(qtbot, view, feedback.id)

    def complete(dialog: CompleteFollowUpDialog) -> None:
        assert isinstance(dialog, CompleteFollowUpDialog) and dialog.asks_reaction
        qtbot.keyClicks(dialog.result_edit, "They loved the coffee")
        dialog.reaction_combo.setFocus()
        dialog.reaction_combo.setCurrentIndex(dialog.reaction_combo.findText("Liked"))
        qtbot.keyClicks(dialog.reaction_note_edit, "Shared it with the team")
        ok(dialog)

    with_dialog(
        qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier), complete
    )

    assert live(ctx.store, feedback.id) is not None
    done = live(ctx.store, feedback.id)
    assert (done.done_on, done.result) == (TODAY, "They loved the coffee")
    stored_gift = gift_of(ctx.store, gift.id)
    assert (stored_gift.reaction, stored_gift.reaction_note) == ("liked", "Shared it with the team")
    assert shown(view) == []  # no longer upcoming
    assert view.filter_buttons[DONE].text().replace("&", "") == "Done (1)"
    view.set_filter(DONE)
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]
    assert not view.table.isColumnHidden(view.COL_RESULT)
    assert view.proxy.index(0, view.COL_RESULT).data() == "They loved the coffee"

    # Undo reopens the follow-up and puts the gift's reaction back as it was.
    assert ctx.undo_stack.undoText() == "Complete follow-up"
    ctx.undo_stack.undo()
    reopened = live(ctx.store, feedback.id)
    assert (reopened.done_on, reopened.result) == (None, "")
    assert gift_of(ctx.store, gift.id).reaction is None
    assert shown(view) == []
    view.set_filter(UPCOMING)
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]

    ctx.undo_stack.redo()
    assert live(ctx.store, feedback.id).done_on == TODAY
    assert gift_of(ctx.store, gift.id).reaction == "liked"


def test_enter_completes_a_call_without_reaction_and_reopen_from_done(qtbot, ctx, view):
    prospect = prospects.add_prospect(ctx.store, name="Autohaus Straßer", city="Ulm")
    call = followups.add_followup(ctx.store, prospect.id, kind="call", due=TODAY, note="Call back").followup
    view.refresh()
    assert view.filter_buttons[DUE_TODAY].text().replace("&", "") == "Due today (1)"
    select(qtbot, view, call.id)
    # Due today is highlighted.
    assert view.proxy.index(0, view.COL_NOTE).data(Qt.ItemDataRole.BackgroundRole) == WARNING_BG

    def complete(dialog: CompleteFollowUpDialog) -> None:
        assert not dialog.asks_reaction and dialog.reaction_combo is None
        qtbot.keyClicks(dialog.result_edit, "Visit agreed for Friday")
        qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return)  # Enter confirms

    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Return), complete)
    assert live(ctx.store, call.id).result == "Visit agreed for Friday"

    view.set_filter(DONE)
    select(qtbot, view, call.id)
    assert view.reopen_action.isEnabled() and not view.complete_action.isEnabled()
    view.reopen_action.trigger()
    assert live(ctx.store, call.id).done_on is None
    ctx.undo_stack.undo()
    assert live(ctx.store, call.id).result == "Visit agreed for Friday"


def test_reschedule_moves_followup_between_buckets(qtbot, ctx, view, gifted):
    _prospect, _gift, feedback = gifted
    select(qtbot, view, feedback.id)

    def to_today(dialog: RescheduleDialog) -> None:
        assert isinstance(dialog, RescheduleDialog)
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-7))  # from in a week to today
        ok(dialog)

    with_dialog(
        qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier), to_today
    )
    assert live(ctx.store, feedback.id).due == TODAY
    assert followups.bucket_of(live(ctx.store, feedback.id)) == DUE_TODAY
    view.set_filter(DUE_TODAY)
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]

    # The quick "+1 week" button in the dialog, then the view's own "+1 day".
    select(qtbot, view, feedback.id)

    def plus_week(dialog: RescheduleDialog) -> None:
        qtbot.mouseClick(dialog.plus_week, Qt.MouseButton.LeftButton)
        assert dialog.due() == TODAY + dt.timedelta(days=7)
        ok(dialog)

    with_dialog(qtbot, view.reschedule_selected, plus_week)
    assert live(ctx.store, feedback.id).due == TODAY + dt.timedelta(days=7)
    assert shown(view) == []  # left the "due today" bucket
    view.set_filter(UPCOMING)
    select(qtbot, view, feedback.id)
    view.plus_day_action.trigger()
    assert live(ctx.store, feedback.id).due == TODAY + dt.timedelta(days=8)

    # Undo walks back through the buckets.
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert live(ctx.store, feedback.id).due == TODAY
    view.set_filter(DUE_TODAY)
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]

    # Overdue: moved into the past, it shows red under "Overdue".
    followups.reschedule_followup(ctx.store, feedback.id, TODAY - dt.timedelta(days=3))
    ctx.events.emit("followups")
    view.set_filter(OVERDUE)
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]
    assert view.proxy.index(0, view.COL_DUE).data(Qt.ItemDataRole.BackgroundRole) == DANGER_BG
    assert view.proxy.index(0, view.COL_STATUS).data() == "3 day(s) overdue"
    # "+1 day" on an overdue follow-up means tomorrow, not still overdue.
    select(qtbot, view, feedback.id)
    view.plus_day_action.trigger()
    assert live(ctx.store, feedback.id).due == TODAY + dt.timedelta(days=1)


def test_new_ask_order_within_cooldown_warns_live_but_saves(qtbot, ctx, view, gifted):
    prospect, _gift, _feedback = gifted
    prospects.add_prospect(ctx.store, name="Optik Schönblick", city="Köln")
    seen: dict[str, str] = {}

    def schedule(dialog: NewFollowUpDialog) -> None:
        assert isinstance(dialog, NewFollowUpDialog)
        assert dialog.field_error(dialog.picker) == ""  # nothing is red before anything is typed
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert (
            dialog.isVisible() and dialog.field_error(dialog.picker) == "Pick a prospect."
        )  # no prospect yet
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        qtbot.keyClicks(dialog.picker.search_edit, "backerei")  # accents folded
        dialog.picker.flush()
        assert dialog.picker.prospect_id() == prospect.id
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("call"))
        dialog.due_edit.setDate(dialog.due_edit.date().addDays(2))
        assert dialog.warning_text() == ""  # a call is fine
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("ask_order"))
        seen["warning"] = dialog.warning_text()
        dialog.due_edit.setDate(dialog.due_edit.date().addDays(20))  # after the cool-down
        seen["later"] = dialog.warning_text()
        dialog.due_edit.setDate(dialog.due_edit.date().addDays(-20))
        qtbot.keyClicks(dialog.note_edit, "Ask for the season order")
        ok(dialog)  # the warning does not block saving

    with_dialog(qtbot, view.new_action.trigger, schedule)
    assert "received a gift on" in seen["warning"]
    assert "Bäckerei Müller" in seen["warning"]
    assert seen["later"] == ""
    [ask] = [f for f in followups.list_followups(ctx.store) if f.kind == "ask_order"]
    assert (ask.prospect_id, ask.due, ask.note) == (
        prospect.id,
        TODAY + dt.timedelta(days=3),
        "Ask for the season order",
    )
    assert view.selected_followup().id == ask.id  # the new one is shown and selected
    ctx.undo_stack.undo()
    assert [f.kind for f in followups.list_followups(ctx.store)] == ["ask_feedback"]
    ctx.undo_stack.redo()
    assert live(ctx.store, ask.id) is not None  # redo brings back the same follow-up


def test_new_followup_without_matching_prospect_cannot_be_saved(qtbot, ctx, view, gifted):
    def schedule(dialog: NewFollowUpDialog) -> None:
        qtbot.keyClicks(dialog.picker.search_edit, "nobody by that name")
        dialog.picker.flush()
        assert dialog.picker.prospect_id() is None
        assert "No prospect matches" in dialog.field_error(dialog.picker)
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    with_dialog(qtbot, view.new_action.trigger, schedule)
    assert len(followups.list_followups(ctx.store)) == 1


def test_delete_with_del_key_then_undo(qtbot, ctx, view, gifted):
    _prospect, _gift, feedback = gifted
    select(qtbot, view, feedback.id)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert followups.list_followups(ctx.store) == []
    assert shown(view) == []
    assert view.filter_buttons[OPEN].text().replace("&", "") == "All open (0)"
    assert view.empty_label.isVisible()
    ctx.undo_stack.undo()
    assert [f.id for f in followups.list_followups(ctx.store)] == [feedback.id]
    assert shown(view) == [("Bäckerei Müller", "ask_feedback")]


def test_search_and_double_click_on_prospect(qtbot, ctx, view, gifted):
    prospect, _gift, _feedback = gifted
    other = prospects.add_prospect(ctx.store, name="Optik Schönblick", city="Köln")
    followups.add_followup(
        ctx.store, other.id, kind="visit", due=TODAY + dt.timedelta(days=2), note="Bring catalogue"
    )
    ctx.events.emit("followups")
    assert len(shown(view)) == 2
    qtbot.keyClicks(view.search_edit, "catalogue")
    assert shown(view) == [("Optik Schönblick", "visit")]
    view.search_edit.clear()
    assert len(shown(view)) == 2

    row = [name for name, _kind in shown(view)].index("Bäckerei Müller")
    rect = view.table.visualRect(view.proxy.index(row, view.COL_PROSPECT))
    with qtbot.waitSignal(view.prospect_activated, timeout=1000) as blocker:
        qtbot.mouseClick(
            view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )  # a double-click's
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # two halves
    assert blocker.args == [prospect.id]


def test_screenshot_with_demo_store(demo_store, qtbot, tmp_path):
    ctx = UiContext(demo_store, StoreEvents(), QUndoStack())
    widget = FollowUpsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    counts = {b: 0 for b in (OVERDUE, DUE_TODAY, UPCOMING, DONE)}
    for f in followups.list_followups(demo_store):
        counts[followups.bucket_of(f)] += 1
    open_count = counts[OVERDUE] + counts[DUE_TODAY] + counts[UPCOMING]
    assert len(widget.visible_followups()) == open_count
    assert [
        widget.filter_buttons[key].text().replace("&", "")
        for key in (OPEN, OVERDUE, DUE_TODAY, UPCOMING, DONE)
    ] == [
        f"All open ({open_count})",
        f"Overdue ({counts[OVERDUE]})",
        f"Due today ({counts[DUE_TODAY]})",
        f"Upcoming ({counts[UPCOMING]})",
        f"Done ({counts[DONE]})",
    ]
    first = widget.visible_followups()[0]
    widget.select_followup(first.id)
    widget.table.setFocus()
    qtbot.wait(100)  # let the layouts settle before the picture
    folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
    path = folder / "followups.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_sorting_by_a_column_keeps_the_selection(qtbot, ctx, view):
    names = ["Zahnarzt Zentral", "Autohaus Straßer", "Bäckerei Müller", "Özdemir Praxis"]
    ids = {}
    for offset, name in enumerate(names):
        prospect = prospects.add_prospect(ctx.store, name=name)
        due = TODAY + dt.timedelta(days=offset + 1)
        ids[name] = followups.add_followup(ctx.store, prospect.id, kind="call", due=due).followup.id
    ctx.events.emit("followups")
    assert [name for name, _ in shown(view)] == names  # by due date
    select(qtbot, view, ids["Autohaus Straßer"])
    header = view.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(view.COL_PROSPECT) + 10, 5),
    )
    # Accents do not push a name to the end: Ö sorts with O, not after Z.
    assert [name for name, _ in shown(view)] == [
        "Autohaus Straßer",
        "Bäckerei Müller",
        "Özdemir Praxis",
        "Zahnarzt Zentral",
    ]
    assert view.selected_followup().id == ids["Autohaus Straßer"]
    view.table.sortByColumn(view.COL_PROSPECT, Qt.SortOrder.DescendingOrder)
    descending = ["Zahnarzt Zentral", "Özdemir Praxis", "Bäckerei Müller", "Autohaus Straßer"]
    assert [name for name, _ in shown(view)] == descending
    assert view.selected_followup().id == ids["Autohaus Straßer"]
    ctx.events.emit("followups")  # a refresh keeps the order the user chose
    assert [name for name, _ in shown(view)] == descending


def test_a_hidden_page_refreshes_when_shown_and_only_for_what_it_shows(qtbot, ctx, view, gifted):
    """The page watches follow-ups, gifts and prospects; hidden, it waits until it is shown."""
    prospect, gift, _feedback = gifted
    followups.add_followup(ctx.store, prospect.id, kind="call", due=TODAY)
    ctx.events.emit("stock")  # not shown on this page
    assert len(shown(view)) == 1
    view.hide()
    ctx.events.emit("followups")
    assert view.stale and len(shown(view)) == 1
    view.show()
    qtbot.waitExposed(view)
    assert not view.stale and len(shown(view)) == 2
    gifts.update_gift(ctx.store, gift.id, description="Espresso sample box")
    ctx.events.emit("gifts")
    [row] = [r for r in range(view.proxy.rowCount()) if view.proxy.index(r, view.COL_GIFT).data()]
    assert view.proxy.index(row, view.COL_GIFT).data() == f"Espresso sample box ({fmt_date(TODAY)})"


def test_a_gift_question_shows_the_gift_once_in_its_row_and_in_the_details(qtbot, ctx, view, gifted):
    prospect, _gift, feedback = gifted
    typed = prospects.add_prospect(ctx.store, name="Optik Schönblick", city="Köln")
    followups.add_followup(
        ctx.store, typed.id, kind="call", due=TODAY, note="Ask about the Coffee sample box"
    )
    ctx.events.emit("followups")
    select(qtbot, view, feedback.id)
    row = view.table.currentIndex().row()
    cells = [view.proxy.index(row, c).data() or "" for c in range(view.proxy.columnCount())]
    assert cells[view.COL_NOTE] == "Ask how the gift was received"
    assert cells[view.COL_GIFT] == f"Coffee sample box ({fmt_date(TODAY)})"
    assert sum(cell.count("Coffee sample box") for cell in cells) == 1
    details = view.details.text()
    assert details.count("Coffee sample box") == 1 and "Ask how the gift was received" in details
    # a note typed by hand is shown as typed, even when it names the gift
    view.search_edit.setText("Optik")
    [own] = view.visible_followups()
    assert view.proxy.index(0, view.COL_NOTE).data() == "Ask about the Coffee sample box" == own.note
