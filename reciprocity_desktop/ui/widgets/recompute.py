"""Computing a page's figures on the thread pool, one run at a time, showing only the latest.

For work a page shows when it is ready, without a progress dialog: the Insights page's figures and
lists (recomputed whenever their settings change), Today's counts of its cut lists. :class:`Recompute`
runs ``compute(query)`` off the GUI thread (the page says "Computing…" or shows no number yet). A request made while a run is going merges into
one more run with the settings of then, unless the running one computes exactly that; the
result of an overtaken run is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from reciprocity_desktop.ui.pool_jobs import SUCCEEDED, start_job


class Recompute(QObject):
    """Runs ``compute(query())`` for a page; emits ``done(result)`` or ``failed(error, details)``.

    ``accept(query)`` may refuse a query before it runs (the page says why); ``started(query)``
    fires when a run begins.
    """

    started = Signal(object)
    done = Signal(object)
    failed = Signal(object, str)

    def __init__(
        self,
        query: Callable[[], Any],
        compute: Callable[[Any], Any],
        accept: Callable[[Any], bool],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._query = query
        self._compute = compute
        self._accept = accept
        self._running_query: Any = None
        self._running = False
        self._again = False

    @property
    def running(self) -> bool:
        return self._running

    def request(self) -> None:
        """Compute for the current query now, or once more after the running computation."""
        if self._running:
            # one more run after this one, unless it computes exactly what is asked for now
            self._again = self._query() != self._running_query or self._again
            return
        self._start()

    def _start(self) -> None:
        query = self._query()
        if not self._accept(query):
            return
        compute = self._compute
        self._running = True
        self._running_query = query
        self.started.emit(query)
        start_job(lambda _progress: compute(query), self._report)  # heard on the GUI thread (ui/pool_jobs.py)

    def _finish(self) -> bool:
        """The run is over; True when another run was asked for meanwhile (this result is stale)."""
        self._running = False
        if self._again:
            self._again = False
            self._start()
            return True
        return False

    def _report(self, what: str, payload: Any) -> None:
        if self._finish():
            return
        if what == SUCCEEDED:
            self.done.emit(payload)
        else:
            self.failed.emit(*payload)

    @staticmethod
    def wait_idle(timeout_ms: int = 10_000) -> bool:
        """Block until no computation is running (for tests and closing)."""
        return QThreadPool.globalInstance().waitForDone(timeout_ms)
