"""A table model over a list the store filters, sorts and counts: rows fetched a page at a time.

:class:`LazyRecordModel` shows the :class:`~.tables.Column` specs the eager models use, over a
:class:`LazySource` (a count, a page and a record's position, all answered by SQL). It asks for the
count first, then loads only the pages the view paints (``PAGE_SIZE`` rows each) and keeps a few of
them; sorting and filtering start over from the count. A page whose list is loaded anew (another
load of a computed list, see :mod:`reciprocity_desktop.services.snapshot`) hands the model the new
source with :meth:`LazyRecordModel.set_source`. :class:`LazyTable` is the page's table over it:
the selected record, selecting one by id wherever it is in the list, and the context menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from reciprocity_desktop.ui.widgets.page_cache import PageCache
from reciprocity_desktop.ui.widgets.record_tables import RecordTable
from reciprocity_desktop.ui.widgets.tables import SORT_ROLE, Column, ColumnHeaders, column_data

PAGE_SIZE = 200
CACHED_PAGES = 20


@dataclass
class LazySource:
    """How a lazy list reaches the store (each call runs with the model's current sort key and order).

    ``count()``: the number of rows; ``page(key, descending, offset, limit)``: those rows;
    ``position(record_id, key, descending)``: the row of a record, or None when it is not listed.
    """

    count: Callable[[], int]
    page: Callable[[str, bool, int, int], list[Any]]
    position: Callable[[str, str, bool], int | None]

    @classmethod
    def empty(cls) -> LazySource:
        """No rows (a list not loaded yet)."""
        return cls(count=lambda: 0, page=lambda *_args: [], position=lambda *_args: None)

    @classmethod
    def over(
        cls,
        store: Any,
        current_filter: Callable[[], Any],
        sort: Callable[[str, bool], Any],
        count: Callable[[Any, Any], int],
        page: Callable[[Any, Any, Any, int, int], list[Any]],
        position: Callable[[Any, str, Any, Any], int | None],
    ) -> LazySource:
        """A source over list services shaped ``count(store, filter)``, ``page(store, filter, sort, offset,
        limit)`` and ``position(store, id, filter, sort)``; ``current_filter()`` is read at every call."""
        return cls(
            count=lambda: count(store, current_filter()),
            page=lambda key, descending, offset, limit: page(
                store, current_filter(), sort(key, descending), offset, limit
            ),
            position=lambda record_id, key, descending: position(
                store, record_id, current_filter(), sort(key, descending)
            ),
        )


class LazyRecordModel(ColumnHeaders, QAbstractTableModel):
    """Columns over rows fetched from a :class:`LazySource` a page at a time.

    ``sort_keys[column]`` is the source's sort key of a column (a column without one does not sort).
    ``pages_loaded`` counts the page queries (for tests and benchmarks).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        source: LazySource,
        sort_keys: Sequence[str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._source = source
        self._sort_keys = list(sort_keys)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._count = 0
        self._cache = PageCache(
            lambda offset, limit: self._source.page(self.sort_key, self.descending, offset, limit),
            PAGE_SIZE,
            CACHED_PAGES,
        )

    @property
    def pages_loaded(self) -> int:
        return self._cache.loaded

    # -- what to show ---------------------------------------------------------------------------

    @property
    def sort_key(self) -> str:
        key = self._sort_keys[self.sort_column] if 0 <= self.sort_column < len(self._sort_keys) else None
        return key or ""

    @property
    def descending(self) -> bool:
        return self.sort_order == Qt.SortOrder.DescendingOrder

    def reload(self, count: int | None = None) -> None:
        """Count again (unless the caller knows ``count``) and forget the loaded pages (the filter or the
        store changed)."""
        self.beginResetModel()
        self._cache.clear()
        self._count = self._source.count() if count is None else count
        self.endResetModel()

    def set_source(self, source: LazySource, count: int | None = None) -> None:
        """Show the rows of ``source`` instead (the list was loaded again), in the current order."""
        self._source = source
        self.reload(count)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in SQL (a column below 0: the source's own order); the selection (persistent
        indexes) follows its records."""
        if column < 0:
            if self.sort_column < 0:
                return
            column, order = -1, Qt.SortOrder.AscendingOrder
        elif column >= len(self._sort_keys) or not self._sort_keys[column]:
            return
        if (column, order) == (self.sort_column, self.sort_order):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [getattr(self.record(index.row()), "id", None) for index in old]
        self.sort_column, self.sort_order = column, order
        self._cache.clear()
        rows: dict[str, int] = {}
        for record_id in set(filter(None, ids)):
            rows[record_id] = self.locate(record_id)
        new = [
            self.index(rows[record_id], index.column()) if rows.get(record_id, -1) >= 0 else QModelIndex()
            for index, record_id in zip(old, ids, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def sortColumn(self) -> int:  # noqa: N802 - like QSortFilterProxyModel's
        return self.sort_column

    # -- rows -----------------------------------------------------------------------------------

    def record(self, row: int) -> Any:
        return self._cache.record(row) if 0 <= row < self._count else None

    def row_of(self, record_id: str) -> int:
        """The row of a record among the loaded pages, or -1 (see :meth:`locate` for every row)."""
        return self._cache.row_of(record_id)

    def locate(self, record_id: str) -> int:
        """The row of a record under the current filter and order, loaded or not; -1 when not listed."""
        row = self.row_of(record_id)
        if row >= 0:
            return row
        position = self._source.position(record_id, self.sort_key, self.descending)
        return -1 if position is None or position >= self._count else position

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self.record(index.row())
        if record is None or role == SORT_ROLE:  # the order is SQL's: no sort keys here
            return None
        return column_data(self._columns[index.column()], record, role)


class LazyTable(RecordTable):
    """A :class:`RecordTable` over a :class:`LazyRecordModel` (no proxy: the store filters and sorts)."""

    def __init__(
        self, model: LazyRecordModel, parent: QWidget | None = None, *, current_counts: bool = False
    ):
        super().__init__(model, model, parent, current_counts=current_counts)  # type: ignore[arg-type]
        self.lazy_model = model

    def select(self, record_id: str) -> bool:
        """Select (and scroll to) a record wherever it is in the list; False when it is not listed."""
        row = self.lazy_model.locate(record_id)
        if row < 0:
            return False
        index = self.lazy_model.index(row, 0)
        self.setCurrentIndex(index)
        self.selectRow(row)
        self.scrollTo(index)
        return True
