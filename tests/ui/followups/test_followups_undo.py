"""Every action of the Follow-ups page pushes one undo step; undo/redo give back exactly what was before/after."""

from __future__ import annotations

import datetime as dt

import pytest
from dialog_helpers import focus, ok, with_dialog
from PySide6.QtCore import Qt

from reciprocity_desktop.services import followups, gifts, prospects
from reciprocity_desktop.services.followups import DONE

pytestmark = pytest.mark.usefixtures("no_message_boxes")
TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def rows(ctx, gifted):
    """The gift's feedback follow-up (in a week), an overdue call and a call done yesterday."""
    prospect, _gift, feedback = gifted
    late = followups.add_followup(ctx.store, prospect.id, kind="call", due=TODAY - dt.timedelta(days=3))
    done = followups.add_followup(ctx.store, prospect.id, kind="call", due=TODAY - dt.timedelta(days=1))
    followups.complete_followup(ctx.store, done.followup.id, result="Talked", done_on=TODAY - dt.timedelta(1))
    ctx.events.emit("followups")
    return {"prospect": prospect, "feedback": feedback.id, "late": late.followup.id, "done": done.followup.id}


def snapshot(store) -> tuple:
    """What the Follow-ups page's actions can change: the follow-ups and the gifts' reactions."""
    return (
        sorted((f.id, f.kind, f.due, f.done_on, f.result, f.note) for f in followups.list_followups(store)),
        sorted((g.id, g.reaction, g.reaction_note) for g in gifts.list_gifts(store)),
    )


def pick(qtbot, view, followup_id: str) -> None:
    if not view.select_followup(followup_id):
        view.set_filter(DONE)
        assert view.select_followup(followup_id)
    focus(qtbot, view.table)


def new_followup(qtbot, view, rows):
    prospects.add_prospect(view.ctx.store, name="Optik Schönblick", city="Köln")

    def schedule(dialog) -> None:
        dialog.picker.search_edit.clear()  # the selected row's prospect is proposed
        qtbot.keyClicks(dialog.picker.search_edit, "optik")
        dialog.picker.flush()
        ok(dialog)

    focus(qtbot, view.table)
    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Insert), schedule)


def complete_with_reaction(qtbot, view, rows):
    pick(qtbot, view, rows["feedback"])

    def complete(dialog) -> None:
        dialog.result_edit.setText("They loved it")
        dialog.reaction_combo.setCurrentIndex(dialog.reaction_combo.findData("liked"))
        ok(dialog)

    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL), complete)


def complete_call(qtbot, view, rows):
    pick(qtbot, view, rows["late"])
    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Return), ok)


def reopen(qtbot, view, rows):
    pick(qtbot, view, rows["done"])
    view.reopen_action.trigger()


def reschedule(qtbot, view, rows):
    pick(qtbot, view, rows["late"])

    def later(dialog) -> None:
        qtbot.mouseClick(dialog.plus_week, Qt.MouseButton.LeftButton)
        ok(dialog)

    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_R, CTRL), later)


def plus_day(qtbot, view, rows):
    pick(qtbot, view, rows["late"])
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL_SHIFT)


def plus_week(qtbot, view, rows):
    pick(qtbot, view, rows["feedback"])
    qtbot.keyClick(view.table, Qt.Key.Key_W, CTRL_SHIFT)


def edit_note(qtbot, view, rows):
    pick(qtbot, view, rows["late"])

    def note(dialog) -> None:
        dialog.note_edit.setText("Ask about the fleet")
        ok(dialog)

    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_F2), note)


def delete(qtbot, view, rows):
    pick(qtbot, view, rows["feedback"])
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)


@pytest.mark.parametrize(
    ("act", "text"),
    [
        (new_followup, "New follow-up"),
        (complete_with_reaction, "Complete follow-up"),
        (complete_call, "Complete follow-up"),
        (reopen, "Reopen follow-up"),
        (reschedule, "Reschedule follow-up"),
        (plus_day, "Reschedule follow-up"),
        (plus_week, "Reschedule follow-up"),
        (edit_note, "Edit follow-up note"),
        (delete, "Delete follow-up"),
    ],
    ids=lambda value: getattr(value, "__name__", None) or value,
)
def test_each_action_pushes_one_undo_step(qtbot, ctx, view, rows, act, text):
    before = snapshot(ctx.store)
    act(qtbot, view, rows)
    after = snapshot(ctx.store)
    assert after != before, "the action changed nothing"
    assert (ctx.undo_stack.count(), ctx.undo_stack.undoText()) == (1, text)
    ctx.undo_stack.undo()
    assert snapshot(ctx.store) == before
    ctx.undo_stack.redo()
    assert snapshot(ctx.store) == after


def test_the_quick_postpone_moves_an_overdue_followup_from_today(qtbot, ctx, view, rows):
    """The rule of services.followups reached through the key: +1 week on a 3-day-overdue call."""
    plus_week_late = rows["late"]
    pick(qtbot, view, plus_week_late)
    qtbot.keyClick(view.table, Qt.Key.Key_W, CTRL_SHIFT)
    assert followups.get_followup(ctx.store, plus_week_late).due == TODAY + dt.timedelta(days=7)


def test_rescheduling_to_the_same_date_pushes_no_step(qtbot, ctx, view, rows):
    pick(qtbot, view, rows["feedback"])
    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_R, CTRL), ok)
    assert ctx.undo_stack.count() == 0
