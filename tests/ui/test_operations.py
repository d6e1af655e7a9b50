"""OpRunner and OpCommand: the one path from a click to the store, the undo stack and the failure triage."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from reciprocity_desktop.services.changes import Changes, Op, reversible
from reciprocity_desktop.services.errors import Cancelled, DomainError


@pytest.fixture(autouse=True)
def _application(qapp):
    """The dialogs below need a QApplication."""


@pytest.fixture
def noted(ctx):
    """What the runner wrote to the status bar."""
    notes: list[str] = []
    ctx.status = notes.append
    return notes


@pytest.fixture
def emitted(ctx):
    """Every Changes the views were told about."""
    seen: list[Changes] = []
    ctx.events.changed.connect(seen.append)
    return seen


@pytest.fixture(autouse=True)
def unexpected(monkeypatch):
    """The unexpected-error dialogs that were shown: (title, short text, details). Never blocks a test."""
    shown: list[tuple[str, str, str]] = []

    def exec_(box):
        shown.append((box.windowTitle(), box.informativeText(), box.detailedText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


class Switch:
    """A pretend record: ``on`` flips with each do and undo, and counts how often."""

    def __init__(self) -> None:
        self.on = False
        self.flips = 0

    def set(self, value: bool) -> None:
        self.on = value
        self.flips += 1

    def op(self) -> Op[str]:
        self.set(True)
        return reversible(
            Changes.of("gifts", ids=["g1"]), lambda: self.set(True), lambda: self.set(False), "on"
        )


def test_run_pushes_one_step_and_undo_redo_ping_pong(ctx, emitted):
    switch = Switch()
    seen = []
    op = ctx.ops.run(None, "Switch on", switch.op, on_success=seen.append)
    assert op is not None and seen == [op] and op.value == "on"
    assert switch.on and ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Switch on"
    assert emitted == [Changes.of("gifts", ids=["g1"])]
    for _ in range(3):
        ctx.undo_stack.undo()
        assert not switch.on
        ctx.undo_stack.redo()
        assert switch.on
    assert switch.flips == 7  # the first run, then three undos and three redos; the push did not run it again
    assert emitted == [Changes.of("gifts", ids=["g1"])] * 7


def test_an_op_that_cannot_be_undone_is_announced_but_not_pushed(ctx, emitted):
    op = ctx.ops.run(None, "", lambda: Op(Changes.everything(), 42))
    assert op.value == 42
    assert ctx.undo_stack.count() == 0
    assert emitted == [Changes.everything()]


def test_a_domain_error_is_a_plain_message_and_changes_nothing(ctx, emitted, no_message_boxes, unexpected):
    def refuse() -> Op:
        raise DomainError("No {label} with id {id}.", label="prospect", id="p1")

    assert ctx.ops.run(None, "Delete", refuse) is None
    assert no_message_boxes == ["Cannot do that: No prospect with id p1."]
    assert ctx.undo_stack.count() == 0 and emitted == [] and unexpected == []
    ctx.ops.failed(None, DomainError("Nothing to import."), title="Cannot import x.rcsync")
    assert no_message_boxes[-1] == "Cannot import x.rcsync: Nothing to import."


def test_the_stores_trouble_is_a_plain_message(ctx, emitted, no_message_boxes, unexpected):
    """A full disk (or a read-only, a damaged store) met by a window's action: its sentence, no error dialog."""
    import sqlite3
    from pathlib import Path

    from reciprocity_desktop.store.errors import database_error

    def full() -> Op:
        raise database_error(sqlite3.OperationalError("database or disk is full"), Path("/data/s.sqlite3"))

    assert ctx.ops.run(None, "Add", full) is None
    assert no_message_boxes == [
        "Cannot do that: The disk holding /data/s.sqlite3 is full or failing; free some space and try again."
    ]
    assert unexpected == [] and emitted == [] and ctx.undo_stack.count() == 0


def test_a_cancelled_job_is_a_note_in_the_status_bar(ctx, noted, no_message_boxes, unexpected):
    def cancel() -> Op:
        raise Cancelled("The import was cancelled; nothing was imported.")

    assert ctx.ops.run(None, "Import", cancel) is None
    assert noted == ["Cancelled; nothing was changed."]
    heard = []
    ctx.ops.failed(None, Cancelled("Stopped."), on_cancelled=heard.append)
    assert [str(e.message.template) for e in heard] == ["Stopped."] and len(noted) == 1
    assert no_message_boxes == [] and unexpected == []


def test_anything_else_is_the_unexpected_error_dialog(ctx, emitted, no_message_boxes, unexpected):
    def crash() -> Op:
        raise RuntimeError("boom")

    assert ctx.ops.run(None, "Crash", crash) is None
    [(title, text, details)] = unexpected
    assert title == "Unexpected error" and text == "RuntimeError: boom"
    assert "Traceback" in details and "in crash" in details
    assert no_message_boxes == [] and emitted == [] and ctx.undo_stack.count() == 0


def test_submit_raises_refusals_to_the_form_and_pushes_successes(ctx, emitted):
    with pytest.raises(DomainError):
        ctx.ops.submit("Add", lambda: (_ for _ in ()).throw(DomainError("Name must not be empty.")))
    assert ctx.undo_stack.count() == 0 and emitted == []
    switch = Switch()
    op = ctx.ops.submit("Switch on", switch.op)
    assert op.value == "on" and ctx.undo_stack.count() == 1 and len(emitted) == 1


def test_an_undo_the_store_refuses_is_said_and_dropped(ctx, no_message_boxes):
    def gone() -> Op:
        raise DomainError("No {label} with id {id}.", label="gift", id="g1")

    ctx.ops.run(None, "Log gift", lambda: Op(Changes.of("gifts"), None, gone))
    ctx.undo_stack.undo()
    assert no_message_boxes == ["Cannot undo: No gift with id g1."]
    assert ctx.undo_stack.count() == 0  # obsolete: a second Ctrl+Z does not try again


def test_run_in_background_finishes_like_run(qtbot, ctx, emitted, noted, no_message_boxes, unexpected):
    switch = Switch()
    task = ctx.ops.run_in_background(None, "Working", "Working…", lambda progress: switch.op())
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert switch.on and ctx.undo_stack.undoText() == "Working" and len(emitted) == 1

    def cancelled(progress) -> Op:
        raise Cancelled("Stopped.")

    task = ctx.ops.run_in_background(
        None, "Working", "Working…", cancelled, on_cancelled=lambda e: noted.append("own")
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert noted == ["own"]

    def refused(progress) -> Op:
        raise DomainError("The file is damaged.")

    task = ctx.ops.run_in_background(None, "Working", "Working…", refused, title="Cannot import")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert no_message_boxes == ["Cannot import: The file is damaged."]
    assert len(emitted) == 1 and unexpected == []
