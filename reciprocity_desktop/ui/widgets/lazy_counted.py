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

from PySide6.QtCore import QEvent, QModelIndex, QObject, QTimer, Signal

from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE, LazyRecordModel, LazySource
from reciprocity_desktop.ui.widgets.recompute import Recompute
from reciprocity_desktop.ui.widgets.tables import Column

#: A count left for later starts when the view has painted the first page, or this many ms after
#: the load at the latest (the prospect list's rule).
COUNT_AFTER_MS = 100


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
        self._count_figures = count
        self._count_of = count_of
        self._from_rows = from_rows
        self.figures: Any = from_rows([])
        self._generation = 0  # one per load: figures of an earlier one are stale
        self._counting = False  # the rows past the first page are not counted yet
        self._count_asked = 0  # the load whose count was asked for last
        self._loaded_query: Any = None
        self._counter = Recompute(
            lambda: (self._generation, self._loaded_query),
            lambda asked: (asked[0], self._count_figures(asked[1])),
            lambda _asked: True,
            self,
        )
        self._counter.done.connect(self._on_counted)
        # A count that failed off the GUI thread is counted again on it, where a failure shows as any other.
        self._counter.failed.connect(lambda _error, _details: self.finish_count())

    @property
    def counting(self) -> bool:
        """True while the count is on its way (the model holds the first page's rows)."""
        return self._counting

    def watch(self, viewport: QObject) -> None:
        """Start a count left for later right after each paint of ``viewport`` (the view's)."""
        viewport.installEventFilter(_PaintWatch(self.painted, self))

    def reload(self, count: int | None = None) -> None:
        """Load the list again: its first page now; its count now when that page holds it all, else
        after the paint (a caller that knows ``count`` gives it, and no figures are computed)."""
        if count is not None:
            self._generation += 1
            self._counting = False
            super().reload(count)
            return
        self.beginResetModel()
        self._cache.clear()
        self._generation += 1
        self._loaded_query = self._query()
        first = self._cache.page(0)
        self._count = len(first)
        self._counting = len(first) == PAGE_SIZE
        self.endResetModel()
        if not self._counting:
            self.figures = self._from_rows(first)
            self.counted.emit(self.figures)
            return
        # Once the view has painted the first page (:meth:`painted`), or a moment later at the latest
        # (no view, or a hidden one): a count running beside the paint slows it down.
        generation = self._generation
        QTimer.singleShot(COUNT_AFTER_MS, self, lambda: self._count_later(generation))

    def painted(self) -> None:
        """The view painted its rows: a count left for later starts now, right after the paint."""
        if self._counting and self._count_asked != self._generation:
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._count_later(generation))

    def _count_later(self, generation: int) -> None:
        # Not for an earlier load (a later one counts), nor twice for one.
        if generation == self._generation and self._counting and self._count_asked != generation:
            self._count_asked = generation
            self._counter.request()

    def finish_count(self) -> None:
        """Count now, on this thread, when the count is still on its way (e.g. to select a far row)."""
        if self._counting:
            self._set_figures(self._count_figures(self._loaded_query))

    def _on_counted(self, result: tuple[int, Any]) -> None:
        generation, figures = result
        if generation == self._generation and self._counting:  # else figures of another load
            self._set_figures(figures)

    def _set_figures(self, figures: Any) -> None:
        self._counting = False
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
