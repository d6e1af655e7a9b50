"""A lazy list that shows its first page at once and counts the rest after the view has painted it.

:class:`CountedLaterModel` is a :class:`~.lazy_table.LazyRecordModel` whose count (and whatever
figures go with it, e.g. the gifts' total cost) is computed on the thread pool, as the prospect
list counts a search (``ui/prospects/model.py``): a load (:meth:`CountedLaterModel.reload`) fetches
the first page only; a page that is not full is the whole list, and its figures are taken from its
rows (``from_rows``) with no count at all. Otherwise the model holds the first page's rows, and once
the view has painted them (:meth:`CountedLaterModel.watch`), or ``COUNT_AFTER_MS`` after the load at
the latest, ``count(query)`` runs off the GUI thread; its result arrives as :attr:`counted` and the
rows the scrollbar reaches grow to the count. A result of an earlier load (another filter, another
reload) is dropped. A caller that needs every row now (selecting a record past the first page)
counts on the GUI thread (:meth:`CountedLaterModel.finish_count`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Signal

from reciprocity_desktop.ui.widgets.count_later import CountLater
from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE, LazyRecordModel, LazySource
from reciprocity_desktop.ui.widgets.tables import Column


class _PaintWatch(QObject):
    """Calls ``painted()`` after each paint of the widget it watches."""

    def __init__(self, painted: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self._painted()
        return False


class CountedLaterModel(LazyRecordModel):
    """Columns over a lazy list counted off the GUI thread after its first page painted.

    ``query()`` is what is counted (read on the GUI thread at each load: a frozen filter);
    ``count(query)`` computes the figures on the thread pool; ``count_of(figures)`` is the number of
    rows among them; ``from_rows(rows)`` the figures of a list that fits its first page.
    """

    #: The figures of the current load arrived (``count(query)``'s result, or ``from_rows``').
    counted = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        source: LazySource,
        sort_keys: Sequence[str | None],
        query: Callable[[], Any],
        count: Callable[[Any], Any],
        parent: QObject | None = None,
        *,
        count_of: Callable[[Any], int] = int,
        from_rows: Callable[[list[Any]], Any] = len,
    ) -> None:
        super().__init__(columns, source, sort_keys, parent)
        self._query = query
        self._count_of = count_of
        self._from_rows = from_rows
        self.figures: Any = from_rows([])
        self._later = CountLater(count, self._set_figures, self)

    @property
    def counting(self) -> bool:
        """True while the count is on its way (the model holds the first page's rows)."""
        return self._later.counting

    def watch(self, viewport: QObject) -> None:
        """Start a count left for later right after each paint of ``viewport`` (the view's)."""
        viewport.installEventFilter(_PaintWatch(self.painted, self))

    def reload(self, count: int | None = None) -> None:
        """Load the list again: its first page now; its count now when that page holds it all, else
        after the paint (a caller that knows ``count`` gives it, and no figures are computed)."""
        if count is not None:
            self._later.loaded(None, later=False)
            super().reload(count)
            return
        self.beginResetModel()
        self._cache.clear()
        query = self._query()
        first = self._cache.page(0)
        self._count = len(first)
        later = len(first) == PAGE_SIZE
        self.endResetModel()
        self._later.loaded(query, later=later)
        if not later:
            self.figures = self._from_rows(first)
            self.counted.emit(self.figures)

    def painted(self) -> None:
        """The view painted its rows: a count left for later starts now, right after the paint."""
        self._later.painted()

    def finish_count(self) -> None:
        """Count now, on this thread, when the count is still on its way (e.g. to select a far row)."""
        self._later.finish()

    def _set_figures(self, figures: Any) -> None:
        self.figures = figures
        count = self._count_of(figures)
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # fewer than the page shown: another program changed the store
            self.beginResetModel()
            self._cache.clear()
            self._count = count
            self.endResetModel()
        self.counted.emit(figures)

    def locate(self, record_id: str) -> int:
        """The row of a record, loaded or not (counting first when it lies past the rows counted)."""
        row = self.row_of(record_id)
        if row >= 0:
            return row
        position = self._source.position(record_id, self.sort_key, self.descending)
        if position is not None and position >= self._count:
            self.finish_count()
        return -1 if position is None or position >= self._count else position
