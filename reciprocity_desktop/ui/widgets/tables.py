"""Table models the list views share: column specs, sorting by value, accent-insensitive search."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from reciprocity_desktop.textutil import fold

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass
class Column:
    """One column of a :class:`RecordTableModel`."""

    header: str  # already translated
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    checkable: Callable[[Any], bool | None] | None = None
    header_tip: str = ""  # the header's tooltip: the whole word of a short header (already translated)


def column_data(column: Column, record: Any, role: int) -> Any:
    """What ``column`` shows of ``record`` for one Qt ``role`` (display, object, id, sort key, colours, tip, tick)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.display(record)
    if role == OBJECT_ROLE:
        return record
    if role == ID_ROLE:
        return getattr(record, "id", None)
    if role == SORT_ROLE:
        return column.sort_key(record) if column.sort_key else column.display(record).casefold()
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return int(column.align)
    if role == Qt.ItemDataRole.BackgroundRole and column.background:
        return column.background(record)
    if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
        return column.foreground(record)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
        return column.tooltip(record)
    if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
        checked = column.checkable(record)
        if checked is None:
            return None
        return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    return None


class ColumnHeaders:
    """For a table model over :class:`Column` specs (``self._columns``): the column count and headers."""

    _columns: list[Column]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[section].header_tip or None
        return None


class RecordTableModel(ColumnHeaders, QAbstractTableModel):
    """A read-only table over a list of records described by :class:`Column` specs.

    ``OBJECT_ROLE`` gives the record, ``ID_ROLE`` its id, ``SORT_ROLE`` a sort key (so
    dates and amounts sort as values, not text).
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._rows):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return column_data(self._columns[index.column()], self._rows[index.row()], role)


class SortFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; filters case-insensitively on every column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return (a is None, a) < (b is None, b)
        except TypeError:
            return str(a) < str(b)


class SortedRecordModel(RecordTableModel):
    """A :class:`RecordTableModel` that sorts its own rows (one Python sort, not a Python call per comparison).

    Used under a :class:`FoldedSearchProxy`, which hands sorting down to it: thousands of rows
    then sort in milliseconds.
    """

    def __init__(self, columns, parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if not 0 <= self.sort_column < len(self._columns):
            return rows
        column = self._columns[self.sort_column]

        def key(record: Any) -> tuple[bool, Any]:
            value = column.sort_key(record) if column.sort_key else fold(column.display(record))
            return (value is None, value)

        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(rows, key=key, reverse=reverse)
        except TypeError:  # mixed types in one column: compare as text
            return sorted(rows, key=lambda r: str(key(r)), reverse=reverse)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(before)
        moved = {id(record): row for row, record in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(moved[id(before[index.row()])], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class FoldedSearchProxy(SortFilterProxy):
    """Search that ignores case and accents ("muller" finds "Müller"); sorting is done by the source model.

    Subclasses add their own condition in :meth:`accepts_record` and may say what is searched
    in :meth:`search_text` (default: the text of every column).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._texts: dict[int, str] = {}

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._texts.clear)
        model.layoutChanged.connect(self._texts.clear)
        model.dataChanged.connect(self._texts.clear)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, SortedRecordModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802 - Qt API
        source = self.sourceModel()
        return source.sort_column if isinstance(source, SortedRecordModel) else super().sortColumn()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange()

    def accepts_record(self, record: Any) -> bool:
        return True

    def search_text(self, source_row: int) -> str:
        model = self.sourceModel()
        return " ".join(
            str(model.index(source_row, column).data() or "") for column in range(model.columnCount())
        )

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if not self.accepts_record(self.sourceModel().record(source_row)):
            return False
        if not self._needle:
            return True
        text = self._texts.get(source_row)
        if text is None:
            text = self._texts[source_row] = fold(self.search_text(source_row))
        return self._needle in text
