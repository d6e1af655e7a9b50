"""The prospect picker of the forms: type to find a prospect among many, Up/Down walk the matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.ui.context import UiContext


class ProspectPicker(QWidget):
    """Type to find a prospect (``prospects.search_ids``); Up/Down walk through the matches."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("prospect_search")
        self.search_edit.setPlaceholderText(self.tr("Type a name, city or postal code"))
        self.search_edit.setClearButtonEnabled(True)
        # Wide enough for its placeholder and the clear button: the hint is read before typing.
        hint = self.search_edit.fontMetrics().horizontalAdvance(self.search_edit.placeholderText())
        self.search_edit.setMinimumWidth(hint + 40)
        layout.addWidget(self.search_edit, 2)
        self.matches = QComboBox()
        self.matches.setObjectName("prospect")
        self.matches.setMaxVisibleItems(15)
        self.matches.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.matches.setMinimumContentsLength(24)
        layout.addWidget(self.matches, 3)
        self.setFocusProxy(self.search_edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.matches.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Up/Down in the search field walk the matches, like a completer.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())  # type: ignore[attr-defined]
            if step and self.matches.count():
                index = min(max(self.matches.currentIndex() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentIndex(index)
                return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Run a pending search now (the search waits for a pause in typing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._search()

    def _search(self) -> None:
        current = self.prospect_id()
        text = self.search_edit.text().strip()
        matches = prospects.search_ids(self.ctx.store, text, limit=50)
        self.matches.blockSignals(True)
        self.matches.clear()
        for prospect_id, name, city in matches:
            self.matches.addItem(f"{name} — {city}" if city else name, prospect_id)
        index = self.matches.findData(current) if current else -1
        if index < 0 and text and matches:
            index = 0  # the best match of what was typed; nothing is picked before typing
        self.matches.setCurrentIndex(index)
        self.matches.blockSignals(False)
        self.changed.emit()

    def set_prospect(self, prospect_id: str, name: str) -> None:
        self.search_edit.setText(name)
        self.search_edit.setCursorPosition(0)
        self._timer.stop()
        self._search()
        index = self.matches.findData(prospect_id)
        if index >= 0:
            self.matches.setCurrentIndex(index)

    def check(self, _widget: QWidget | None = None) -> None:
        """A form's check of the picker: a prospect is picked; else why not, in the user's words."""
        if self.prospect_id():
            return
        text = self.search_edit.text().strip()
        if text:
            raise DomainError(self.tr("No prospect matches “{text}”."), text=text)
        raise DomainError(self.tr("Pick a prospect."))

    def prospect_id(self) -> str | None:
        return self.matches.currentData() if self.matches.currentIndex() >= 0 else None
