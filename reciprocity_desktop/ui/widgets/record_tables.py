"""The read-only record tables of the pages: one look, the selected record, and the context menu."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from reciprocity_desktop.ui.widgets.actions import show_context_menu
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, RecordTableModel, SortFilterProxy


class RecordTable(QTableView):
    """A sortable table of whole records over ``proxy`` (which filters ``records``), one selected at a
    time, not editable in place; a right-click shows :attr:`menu_actions` (None: a separator).

    ``current_counts``: with no row selected, the record of the current index counts as the selected one.
    """

    def __init__(
        self,
        records: RecordTableModel,
        proxy: SortFilterProxy,
        parent: QWidget | None = None,
        *,
        current_counts: bool = False,
    ) -> None:
        super().__init__(parent)
        self.records = records
        self.proxy = proxy
        self.menu_actions: Sequence[QAction | None] = ()
        self._current_counts = current_counts
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setResizeContentsPrecision(
            200
        )  # size columns by the first rows, not thousands
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    def selected(self) -> Any:
        """The record of the selected row, or None."""
        selection = self.selectionModel()
        rows = selection.selectedRows()
        index = rows[0] if rows else (selection.currentIndex() if self._current_counts else QModelIndex())
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select(self, record_id: str) -> bool:
        """Select (and scroll to) a record; False when it is not listed or filtered out."""
        row = self.records.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.records.index(row, 0))
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.selectRow(index.row())
        self.scrollTo(index)
        return True

    def shown(self) -> list[Any]:
        """The records shown, in the order shown."""
        return [self.proxy.index(row, 0).data(OBJECT_ROLE) for row in range(self.proxy.rowCount())]

    def _show_menu(self, pos: QPoint) -> None:
        if self.menu_actions:
            show_context_menu(self, self, pos, self.menu_actions)
