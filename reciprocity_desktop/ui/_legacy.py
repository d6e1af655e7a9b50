"""Transitional: the undo commands of before ``ui.operations``. Removed once every page runs ops."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.labels import translate
from reciprocity_desktop.ui.messages import show_error
from reciprocity_desktop.ui.widgets.dialogs import OneDialogAtATime


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        events: StoreEvents,
        what: Sequence[str],
        do: Callable[[], Any],
        undo: Callable[[], Any],
    ) -> None:
        super().__init__(text)
        self._events = events
        self._what = tuple(what)
        self._do = do
        self._undo = undo
        self._done_once = False

    def first_run(self) -> None:
        self._do()
        self._done_once = True
        self._events.emit(*self._what)

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except DomainError as error:
            show_error(None, error, translate("Common", "Cannot undo"))
        self._events.emit(*self._what)


def execute(ctx: UiContext, command: ServiceCommand) -> None:
    command.first_run()
    ctx.undo_stack.push(command)


def push(ctx: UiContext, command: ServiceCommand, parent=None) -> bool:
    try:
        execute(ctx, command)
    except DomainError as error:
        show_error(parent, error)
        return False
    return True


def run(ctx: UiContext, parent, action: Callable[[], Any], *what: str) -> Any:
    try:
        result = action()
    except DomainError as error:
        show_error(parent, error)
        return None
    ctx.events.emit(*what)
    return result


class RecordViewActions(OneDialogAtATime):
    ctx: UiContext

    def _command(
        self, text: str, what: Sequence[str], do: Callable[[], Any], undo: Callable[[], Any]
    ) -> ServiceCommand:
        return ServiceCommand(text, self.ctx.events, what, do, undo)
