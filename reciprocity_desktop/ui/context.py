"""What every view is given: the store, the change events, the undo stack and the operation runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from reciprocity_desktop.services.changes import Changes
from reciprocity_desktop.store import Store
from reciprocity_desktop.ui.operations import OpRunner


class StoreEvents(QObject):
    """Tells the views that data changed, so each refreshes what it shows.

    ``changed`` carries a :class:`~reciprocity_desktop.services.changes.Changes`: the kinds of
    records ("prospects", "contacts", "gifts", "stock", "followups", "outcomes", "visits", or
    "all") and, where known, their ids.
    """

    changed = Signal(object)

    def emit(self, *what: str) -> None:
        """Announce a change of these record kinds (none named: everything changed)."""
        self.emit_changes(Changes.of(*what) if what else Changes.everything())

    def emit_changes(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


def touches(what: Changes, *names: str) -> bool:
    """True when the change ``what`` concerns any of the record kinds ``names``."""
    return what.touches(*names)


@dataclass
class UiContext:
    """What every view needs: the store, the change events, the undo stack, and where to say things."""

    store: Store
    events: StoreEvents
    undo_stack: QUndoStack
    #: Shows a short note in the window's status bar (the main window sets it; tests may record it).
    status: Callable[[str], None] = field(default=lambda _text: None)
    _runner: OpRunner | None = field(default=None, init=False, repr=False)

    @property
    def ops(self) -> OpRunner:
        """The one place user actions run: refresh, undo step and failure triage (see ui.operations)."""
        if self._runner is None:
            self._runner = OpRunner(self)
        return self._runner
