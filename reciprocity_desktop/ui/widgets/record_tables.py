"""The read-only record tables of the pages: one look, and finding or picking the selected record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, RecordTableModel, SortFilterProxy


def record_table(model: SortFilterProxy, parent: QWidget | None = None) -> QTableView:
    """A sortable table of whole rows, one selected at a time, not editable in place, with a context menu."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setResizeContentsPrecision(200)  # size columns by the first rows, not thousands
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


def selected_record(table: QTableView, *, or_current: bool = False) -> Any:
    """The record of the selected row (``or_current``: else of the current index), or None."""
    selection = table.selectionModel()
    if selection is None:
        return None
    rows = selection.selectedRows()
    index = rows[0] if rows else (selection.currentIndex() if or_current else QModelIndex())
    return index.data(OBJECT_ROLE) if index.isValid() else None


def select_record(table: QTableView, model: RecordTableModel, proxy: SortFilterProxy, record_id: str) -> bool:
    """Select (and scroll to) a record; False when it is not in ``model`` or filtered out of ``proxy``."""
    row = model.row_of(record_id)
    if row < 0:
        return False
    index = proxy.mapFromSource(model.index(row, 0))
    if not index.isValid():
        return False
    table.setCurrentIndex(index)
    table.selectRow(index.row())
    table.scrollTo(index)
    return True


def shown_records(proxy: SortFilterProxy) -> list[Any]:
    """The records ``proxy`` shows, in the order shown."""
    return [proxy.index(row, 0).data(OBJECT_ROLE) for row in range(proxy.rowCount())]
