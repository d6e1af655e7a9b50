"""The rule of a lazy list that counts after its first page has painted: one definition for every such model.

A load that shows only its first page (the prospect search, the Gifts and Follow-ups pages) leaves the
count of the rest for later: once the view has painted that page (:meth:`CountLater.painted`), or
:data:`COUNT_AFTER_MS` after the load at the latest (no view, or a hidden one: a count running beside
the paint would slow it down), ``count(query)`` runs on the thread pool and its result goes to
``settled(result)`` on the GUI thread. Every load is a new generation: the result of an earlier one
(another filter, another reload) is dropped. A caller that needs the count now (selecting a row past
the first page) counts on the GUI thread (:meth:`CountLater.finish`); a count that failed off the GUI
thread is counted again on it, where a failure shows as any other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from reciprocity_desktop.ui.widgets.recompute import Recompute

#: A count left for later starts when the view has painted the first page, or this many ms after
#: the load at the latest.
COUNT_AFTER_MS = 100


class CountLater(QObject):
    """The count of a model's current load, left for after its first paint (see the module's text).

    ``count(query)`` computes it (off the GUI thread, or on it in :meth:`finish`); ``settled(result)``
    takes it, on the GUI thread, for the load it was asked for only.
    """

    def __init__(self, count: Callable[[Any], Any], settled: Callable[[Any], None], parent: QObject) -> None:
        super().__init__(parent)
        self._count = count
        self._settled = settled
        self._generation = 0  # one per load: a count of an earlier one is stale
        self._counting = False  # the current load's count is left for later and not in yet
        self._asked = 0  # the load whose count was asked for last
        self._query: Any = None
        self._counter = Recompute(
            lambda: (self._generation, self._query),
            lambda asked: (asked[0], self._count(asked[1])),
            lambda _asked: True,
            self,
        )
        self._counter.done.connect(self._on_counted)
        self._counter.failed.connect(lambda _error, _details: self.finish())

    @property
    def counting(self) -> bool:
        """True while the current load's count is on its way."""
        return self._counting

    def loaded(self, query: Any, *, later: bool) -> None:
        """A new load of ``query``: its count is left for later (``later``), or there is none to wait for."""
        self._generation += 1
        self._query = query
        self._counting = later
        if later:
            generation = self._generation
            QTimer.singleShot(COUNT_AFTER_MS, self, lambda: self._count_later(generation))

    def painted(self) -> None:
        """The view painted its rows: a count left for later starts now, right after the paint."""
        if self._counting and self._asked != self._generation:
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._count_later(generation))

    def finish(self) -> None:
        """Count now, on this thread, when the count is still on its way."""
        if self._counting:
            self._settle(self._count(self._query))

    def _count_later(self, generation: int) -> None:
        # Not for an earlier load (a later one counts), nor twice for one.
        if generation == self._generation and self._counting and self._asked != generation:
            self._asked = generation
            self._counter.request()

    def _on_counted(self, result: tuple[int, Any]) -> None:
        generation, counted = result
        if generation == self._generation and self._counting:  # else a count of another load
            self._settle(counted)

    def _settle(self, counted: Any) -> None:
        self._counting = False
        self._settled(counted)
