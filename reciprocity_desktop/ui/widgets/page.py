"""The base of every page of the main window: refresh on the changes it watches, and only when seen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from reciprocity_desktop.services.changes import Changes
from reciprocity_desktop.ui.context import UiContext


class Page(QWidget):
    """A page over the store. Subclasses set ``watches`` (the record kinds they show) and ``refresh()``.

    A change to a watched kind refreshes a visible page at once; a hidden page only notes that it
    is stale and refreshes when it is shown, so a change costs only the views the user looks at.
    """

    #: The record kinds whose changes this page shows (see services.changes.KINDS).
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = False
        ctx.events.changed.connect(self._on_store_changed)

    def refresh(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError

    def _on_store_changed(self, changes: Changes) -> None:
        if not changes.touches(*self.watches):
            return
        if self.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()
