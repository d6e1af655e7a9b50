"""The prospect list model: filtering and sorting in SQL, rows fetched lazily a page at a time.

A store of 100,000 prospects shows at once: the model asks the store for the number of
matching rows, then loads only the pages the view paints (100 plain rows each, see
:class:`~reciprocity_desktop.services.prospect_list.ProspectRow`), keeping a few pages in a small
cache. Filtering and sorting happen in SQL, so no proxy is needed. A painted cell asks for many
roles: :meth:`ProspectTableModel.data` answers the ones it does not show before finding the row.

A search keystroke (``set_filter(..., count_later=True)``) shows the first page at once: when it is
full, the model holds its rows only and, once the view has painted them, counts the rest on the
thread pool; the count (the rows the
scrollbar reaches, :attr:`ProspectTableModel.counted`) arrives a moment later and is dropped when
the filter or the store changed meanwhile (every load is a new generation). Opening a prospect
(:meth:`ProspectTableModel.locate`) reads its row number and the page holding it in one go, by its
sort key rather than an OFFSET (:func:`~reciprocity_desktop.services.prospect_list.locate_rows`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import Store
from reciprocity_desktop.ui.labels import QT_TRANSLATE_NOOP, fmt_country, translate, value_label
from reciprocity_desktop.ui.widgets.count_later import COUNT_AFTER_MS, CountLater
from reciprocity_desktop.ui.widgets.page_cache import PageCache
from reciprocity_desktop.ui.widgets.tables import ID_ROLE, OBJECT_ROLE

PAGE_SIZE = 100
CACHED_PAGES = 20
#: A prospect located this near its page's edge is read with the neighbouring page too (about half
#: the rows a list scrolled to centre it shows).
NEAR_EDGE = 20
__all__ = ["COUNT_AFTER_MS", "ProspectTableModel"]  # the rule's moment, for the tests


class ProspectTableModel(QAbstractTableModel):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("ProspectTableModel", "Name")),
        ("city", QT_TRANSLATE_NOOP("ProspectTableModel", "City")),
        ("postal_code", QT_TRANSLATE_NOOP("ProspectTableModel", "Postal code")),
        ("country", QT_TRANSLATE_NOOP("ProspectTableModel", "Country")),
        ("stage", QT_TRANSLATE_NOOP("ProspectTableModel", "Stage")),
        ("industry", QT_TRANSLATE_NOOP("ProspectTableModel", "Industry")),
        ("contact", QT_TRANSLATE_NOOP("ProspectTableModel", "Contact")),
        ("tags", QT_TRANSLATE_NOOP("ProspectTableModel", "Tags")),
    )
    SORTABLE = {"name", "city", "postal_code", "country", "stage", "industry"}
    _KEYS = tuple(key for key, _title in COLUMNS)
    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, OBJECT_ROLE, ID_ROLE})

    #: A count left for later (``count_later``) arrived: the rows under the current filter.
    counted = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = prospects.ProspectFilter()
        self._sort = "name"
        self._descending = False
        self._count = 0
        # a search's count, after its first page painted (the rule of every lazy list: ui/widgets/count_later)
        self._later = CountLater(lambda flt: prospects.count_prospects(self._store, flt), self._set_count, self)
        self._cache = PageCache(
            lambda offset, limit: prospects.list_prospect_rows(
                self._store,
                self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=offset,
                limit=limit,
            ),
            PAGE_SIZE,
            CACHED_PAGES,
        )
        self.reload()

    @property
    def pages_loaded(self) -> int:
        """For tests and benchmarks: how many page queries ran."""
        return self._cache.loaded

    # -- what to show ---------------------------------------------------------------------------

    @property
    def filter(self) -> prospects.ProspectFilter:
        return self._filter

    @property
    def counting(self) -> bool:
        """True while the count of the rows is on its way (the model holds the first page's rows)."""
        return self._later.counting

    def set_filter(self, flt: prospects.ProspectFilter, *, count_later: bool = False) -> None:
        """Show the prospects matching ``flt``; ``count_later``: the first page now, the count after."""
        if flt != self._filter:
            self._filter = flt
            self.reload(count_later=count_later)

    def reload(self, *, count_later: bool = False) -> None:
        """Load the list again: count it, or with ``count_later`` fetch its first page and, when that is
        full, count the rest on the thread pool (:attr:`counted` tells when it is in)."""
        self.beginResetModel()
        self._cache.clear()
        later = False
        if count_later:
            first = self._cache.page(0)
            self._count = len(first)
            later = len(first) == PAGE_SIZE
        else:
            self._count = prospects.count_prospects(self._store, self._filter)
        self.endResetModel()
        self._later.loaded(self._filter, later=later)

    def painted(self) -> None:
        """The view painted its rows: a count left for later starts now, right after the paint."""
        self._later.painted()

    def finish_count(self) -> None:
        """Count now, on this thread, when the count is still on its way (e.g. to jump to a far row)."""
        self._later.finish()

    def _set_count(self, count: int) -> None:
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # fewer than the page shown: another program changed the store
            self.beginResetModel()
            self._cache.clear()
            self._count = count
            self.endResetModel()
        self.counted.emit(count)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0]
        if key not in self.SORTABLE:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._cache.clear()
        self.layoutChanged.emit()

    # -- rows ---------------------------------------------------------------------------------

    def prospect(self, row: int) -> prospects.ProspectRow | None:
        return self._cache.record(row) if 0 <= row < self._count else None

    def row_of(self, prospect_id: str) -> int:
        """The row of a prospect among the loaded pages, or -1 (see :meth:`locate` for all rows)."""
        return self._cache.row_of(prospect_id)

    def row_in_first_page(self, prospect_id: str) -> int:
        """The row of a prospect among the first page's rows (fetching that page, which the view
        paints anyway), or -1."""
        if self._count:
            self.prospect(0)
        row = self.row_of(prospect_id)
        return row if 0 <= row < PAGE_SIZE else -1

    def locate(self, prospect_id: str) -> int:
        """The row of a prospect under the current filter and order, loaded or not; -1 when filtered out.

        A prospect not among the loaded pages is read with the page holding it (and the neighbouring
        page when it is near that page's edge: a view scrolled to it shows rows on both sides).
        """
        row = self.row_of(prospect_id)
        if row >= 0:
            return row
        found = prospects.locate_rows(
            self._store,
            prospect_id,
            self._filter,
            sort=self._sort,
            descending=self._descending,
            page_size=PAGE_SIZE,
            margin=NEAR_EDGE,
        )
        if found is None:
            return -1
        if found.position >= self._count:
            self.finish_count()
        for start in range(0, len(found.rows), PAGE_SIZE):
            self._cache.put((found.offset + start) // PAGE_SIZE, found.rows[start : start + PAGE_SIZE])
        return found.position

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ProspectTableModel", self.COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self._ROLES or not index.isValid():
            return None
        key = self._KEYS[index.column()]
        prospect = self.prospect(index.row())
        if prospect is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(prospect, key)
        if role == OBJECT_ROLE:
            return prospect
        if role == ID_ROLE:
            return prospect.id
        if key != "name":  # the whole text of a cell too narrow for it
            return self._text(prospect, key) or None
        return "\n".join(
            part
            for part in (prospect.name, prospect.street, f"{prospect.postal_code} {prospect.city}".strip())
            if part
        )

    @staticmethod
    def _text(prospect: prospects.ProspectRow, key: str) -> str:
        """A cell's text: the stage's and the country's names in the user's language, else the value."""
        if key == "stage":
            return value_label(prospect.stage)
        if key == "country":
            return fmt_country(prospect.country)
        return getattr(prospect, key)
