"""One titled list of the Today page: its rows, its count in the title, a note while it is empty."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, Column, RecordTableModel, SortFilterProxy

#: The rows a column is sized to (a screenful): Qt would otherwise measure every row, each time rows change.
SIZED_ROWS = 10


class Section(QGroupBox):
    """A titled list on the Today page; double-click (or Enter) opens the row's prospect."""

    activated = Signal(str)  # the prospect id

    def __init__(
        self,
        title: str,
        columns: list[Column],
        empty_text: str,
        prospect_of: Callable[[Any], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.prospect_of = prospect_of
        self.model = RecordTableModel(columns, self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet(f"color: {MUTED_FG.name()}; padding: 8px;")
        self.empty.setWordWrap(True)
        self.more = QLabel()
        self.more.setObjectName("more")
        self.more.setStyleSheet(f"color: {MUTED_FG.name()}; padding: 2px 8px;")
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.more)
        layout.addWidget(self.empty)

    def set_title(self, title: str) -> None:
        self._title = title

    def set_rows(self, rows: list[Any], total: int | None = -1) -> None:
        """Show ``rows``, the first of ``total`` (default: all of them; None: not counted yet)."""
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.set_total(len(rows) if total == -1 else total)

    def set_total(self, total: int | None) -> None:
        """Count the list in the title; say how many rows are not shown (None: not counted yet)."""
        self.setTitle(self._title if total is None else f"{self._title} ({total})")
        hidden = 0 if total is None else total - self.model.rowCount()
        self.more.setText(self.tr("… and %1 more").replace("%1", str(hidden)) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)

    def current_prospect_id(self) -> str:
        """The prospect of the current row while the list has the focus, else ""."""
        index = self.view.currentIndex()
        if self.view.hasFocus() and index.isValid():
            return self.prospect_of(index.data(OBJECT_ROLE)) or ""
        return ""

    def _on_activated(self, index: QModelIndex) -> None:
        record = index.data(OBJECT_ROLE)
        if record is not None:
            prospect_id = self.prospect_of(record)
            if prospect_id:
                self.activated.emit(prospect_id)
