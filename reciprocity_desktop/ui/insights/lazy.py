"""A table model that fetches its rows a page at a time: the count comes from SQL, rows when painted.

:class:`PagedRows` is a sequence of ``count`` records whose pages are read by ``fetch(offset, limit)``
when first asked for (and kept, a bounded number of them); :class:`LazyRecordModel` is a
:class:`RecordTableModel` over one, so columns, roles and colours stay those of every other table.
Sorting is the owner's: :meth:`LazyRecordModel.sort` emits ``sort_asked`` and the owner loads the
rows again in the new order (in SQL).

The Insights and Gift register pages now use the shared :mod:`reciprocity_desktop.ui.widgets.lazy_table`;
this model stays for the conflict log (``ui/sync/conflicts.py``) until it moves onto that one too.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from reciprocity_desktop.ui.widgets.tables import Column, RecordTableModel

Fetch = Callable[[int, int], Sequence[Any]]

#: Rows per page read from the store.
PAGE_SIZE = 200
#: Pages kept in memory; older ones are read again when scrolled back to.
KEPT_PAGES = 16


class PagedRows(Sequence):
    """``count`` records, read a page at a time through ``fetch(offset, limit)``."""

    def __init__(
        self,
        count: int = 0,
        fetch: Fetch | None = None,
        first: Sequence[Any] = (),
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.count = count
        self.page_size = page_size
        self._fetch = fetch
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        #: How many pages were read from the store (the first one, handed in, is not counted).
        self.fetched = 0
        if first:
            self._pages[0] = list(first[:page_size])

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self.count))]
        if row < 0:
            row += self.count
        if not 0 <= row < self.count:
            raise IndexError(row)
        number, place = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._read(number)
        else:
            self._pages.move_to_end(number)
        if place >= len(page):  # the store changed under the count: an empty row until the reload
            raise IndexError(row)
        return page[place]

    def _read(self, number: int) -> list[Any]:
        page = list(self._fetch(number * self.page_size, self.page_size)) if self._fetch else []
        self.fetched += 1
        self._pages[number] = page
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    @property
    def pages_in_memory(self) -> int:
        return len(self._pages)

    def loaded(self):
        """(row, record) of every record in memory: no page is read."""
        for number, page in self._pages.items():
            for place, record in enumerate(page):
                yield number * self.page_size + place, record


class LazyRecordModel(RecordTableModel):
    """A :class:`RecordTableModel` over :class:`PagedRows`: only the pages shown are fetched."""

    #: The header asked for this order (column, order); the owner loads the rows again.
    sort_asked = Signal(int, Qt.SortOrder)

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._rows: PagedRows = PagedRows()
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_paged(self, rows: PagedRows) -> None:
        """Show ``rows`` (their count known, their pages read when painted)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_paged(PagedRows(len(rows), None, list(rows), max(len(rows), 1)))

    @property
    def paged(self) -> PagedRows:
        return self._rows

    def record(self, row: int) -> Any:
        try:
            return self._rows[row]
        except IndexError:
            return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.record(index.row()) is None:
            return None
        return super().data(index, role)

    def row_of(self, record_id: str) -> int:
        """The row of ``record_id`` among the pages in memory (-1 when not among them)."""
        return next(
            (row for row, record in self._rows.loaded() if getattr(record, "id", None) == record_id), -1
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self.sort_column, self.sort_order) or (column < 0 and self.sort_column < 0):
            return
        self.sort_column, self.sort_order = column, order
        self.sort_asked.emit(column, order)
