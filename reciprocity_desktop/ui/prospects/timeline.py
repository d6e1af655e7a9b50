"""The detail pane's timeline as a lazy table: its rows are fetched a page at a time as the view paints them.

Opening a prospect reads the timeline's first page and its length with the prospect
(:func:`~reciprocity_desktop.services.prospect_detail.read_detail`); the model lists the newest ``shown``
entries ("Show more" raises it) and fetches any further page (one ``UNION ALL`` query with ``LIMIT`` and
``OFFSET``) only when the view paints one of its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import Store
from reciprocity_desktop.ui.widgets.page_cache import PageCache
from reciprocity_desktop.ui.widgets.tables import Column, ColumnHeaders, column_data

#: The timeline fetches this many entries at a time (more than its view shows at once).
FETCH_PAGE = 50


class TimelineModel(ColumnHeaders, QAbstractTableModel):
    """The newest ``shown`` entries of one prospect's timeline, fetched :data:`FETCH_PAGE` at a time."""

    def __init__(self, store: Store, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._columns = list(columns)
        self._prospect_id = ""
        self._shown = 0
        self.total = 0  # the whole timeline's length
        self._cache = PageCache(self._fetch, FETCH_PAGE)
        self.fetched = 0  # entries read from the store for the prospect shown (for tests and benchmarks)

    def _fetch(self, offset: int, limit: int) -> list[prospects.TimelineEntry]:
        entries = prospects.read_timeline_page(self._store, self._prospect_id, offset, limit)
        self.fetched += len(entries)
        return entries

    def show(self, prospect_id: str, first: list[prospects.TimelineEntry], total: int, shown: int) -> None:
        """The timeline of ``prospect_id``: its first page ``first`` (read with the prospect), ``total``
        entries in all, the newest ``shown`` of them listed."""
        self.beginResetModel()
        self._cache.clear()
        self._prospect_id = prospect_id
        self.total = total
        self._shown = min(shown, total)
        self.fetched = len(first)
        if first:
            self._cache.put(0, first[:FETCH_PAGE])
        self.endResetModel()

    def clear(self) -> None:
        self.show("", [], 0, 0)

    def show_up_to(self, shown: int) -> None:
        """List the newest ``shown`` entries (more rows; their pages are fetched when painted)."""
        shown = min(shown, self.total)
        if shown > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, shown - 1)
            self._shown = shown
            self.endInsertRows()

    def record(self, row: int) -> prospects.TimelineEntry | None:
        return self._cache.record(row) if 0 <= row < self._shown else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.record(index.row())
        return None if entry is None else column_data(self._columns[index.column()], entry, role)
