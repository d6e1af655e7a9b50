"""Running a user action: the one path from a click to the store and back.

A view hands :meth:`OpRunner.run` a function that performs one action from
:mod:`reciprocity_desktop.services.ops` and returns its :class:`~reciprocity_desktop.services.changes.Op`.
The runner

- runs it (on a worker thread behind a progress dialog when ``background=True``),
- tells the views what changed (``StoreEvents.changed`` with the op's ``Changes``), so only the
  views it touches refresh,
- pushes the undo step when the op can be undone (undo and redo both call ``op.undo()``),
- holds the single failure triage: a cancelled job → a note in the status bar; a refusal of the
  services (:class:`DomainError`) or the store's trouble (:class:`StoreError`: a full disk, a read-only or
  damaged store) → a plain message; anything else → the unexpected-error dialog.

A dialog that shows the services' refusal inside itself (``ui.widgets.forms.ValidatedForm``) saves
through :meth:`OpRunner.submit` instead: the refusal reaches the form, which stays open.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from reciprocity_desktop.services.changes import Changes, Op
from reciprocity_desktop.services.errors import Cancelled, DomainError
from reciprocity_desktop.store.errors import StoreError
from reciprocity_desktop.ui.labels import store_error_text, translate
from reciprocity_desktop.ui.messages import show_error, show_unexpected_error
from reciprocity_desktop.ui.tasks import BackgroundTask, ProgressFn, run_in_background


class _Events(Protocol):
    def emit_changes(self, changes: Changes) -> None: ...


class RunnerContext(Protocol):
    """What the runner needs of the window's ``UiContext`` (named here: context.py imports this module)."""

    events: _Events
    undo_stack: QUndoStack
    status: Callable[[str], None]


class OpCommand(QUndoCommand):
    """One step on the undo stack. Both directions do the same: run ``op.undo()`` and keep what it returns."""

    def __init__(self, text: str, runner: OpRunner, op: Op[Any]) -> None:
        super().__init__(text)
        self._runner = runner
        self._op = op
        self._skip_first_redo = True  # QUndoStack.push calls redo(); the action already ran

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._flip(translate("Common", "Cannot redo"))

    def undo(self) -> None:
        self._flip(translate("Common", "Cannot undo"))

    def _flip(self, title: str) -> None:
        if self._op.undo is None:
            return
        try:
            reverse = self._op.undo()
        except DomainError as error:  # e.g. the record changed meanwhile; Qt would swallow it
            show_error(None, error, title)
            self.setObsolete(True)
            return
        self._op = reverse
        self._runner.ctx.events.emit_changes(reverse.changes)


class OpRunner:
    """Runs operations for the views of one window (see the module text)."""

    def __init__(self, ctx: RunnerContext) -> None:
        self.ctx = ctx

    def run(
        self,
        parent: QWidget | None,
        text: str,
        action: Callable[[], Op[Any]],
        on_success: Callable[[Op[Any]], None] | None = None,
    ) -> Op[Any] | None:
        """Run ``action`` now; returns its Op, or None when it failed (the user has been told).

        ``text`` names the step on the undo stack ("" for an action that cannot be undone).
        """
        try:
            op = action()
        except BaseException as exc:  # noqa: BLE001 - triaged: nothing is lost silently
            if not isinstance(exc, Exception):
                raise
            self.failed(parent, exc, traceback.format_exc())
            return None
        self._finish(text, op, on_success)
        return op

    def submit(self, text: str, action: Callable[[], Op[Any]]) -> Op[Any]:
        """Run ``action`` for a form's save: like :meth:`run`, but a failure is raised to the form.

        The form shows a :class:`DomainError` beside its fields and stays open; anything else reaches
        the application's error handler, as from any other slot.
        """
        op = action()
        self._finish(text, op, None)
        return op

    def run_in_background(
        self,
        parent: QWidget | None,
        text: str,
        label: str,
        action: Callable[[ProgressFn], Op[Any]],
        on_success: Callable[[Op[Any]], None] | None = None,
        *,
        title: str | None = None,
        on_cancelled: Callable[[Cancelled], None] | None = None,
    ) -> BackgroundTask:
        """Run a slow ``action(progress)`` off the GUI thread; a progress dialog with Cancel shows after a moment.

        ``title`` and ``on_cancelled`` are handed to :meth:`failed` when the job fails.
        """
        return run_in_background(
            parent,
            text,
            label,
            action,
            lambda op: self._finish(text, op, on_success),
            lambda exc, details: self.failed(parent, exc, details, title=title, on_cancelled=on_cancelled),
        )

    def _finish(self, text: str, op: Op[Any], on_success: Callable[[Op[Any]], None] | None) -> None:
        if op.undo is not None:
            self.ctx.undo_stack.push(OpCommand(text, self, op))
        self.ctx.events.emit_changes(op.changes)
        if on_success is not None:
            on_success(op)

    def failed(
        self,
        parent: QWidget | None,
        exc: BaseException,
        details: str = "",
        *,
        title: str | None = None,
        on_cancelled: Callable[[Cancelled], None] | None = None,
    ) -> None:
        """The single failure triage of the window.

        A cancelled job is noted in the status bar (``on_cancelled`` says it in its own words); a
        refusal is shown as a plain message (titled ``title``); anything else as an unexpected error.
        """
        if isinstance(exc, Cancelled):
            if on_cancelled is not None:
                on_cancelled(exc)
            else:
                self.ctx.status(translate("Common", "Cancelled; nothing was changed."))
        elif isinstance(exc, DomainError):
            show_error(parent, exc, title)
        elif isinstance(exc, StoreError):  # a full disk, a read-only or damaged store: said in its sentence
            QMessageBox.warning(parent, title or translate("Common", "Cannot do that"), store_error_text(exc))
        else:
            show_unexpected_error(exc, details or "".join(traceback.format_exception(exc)), parent)
