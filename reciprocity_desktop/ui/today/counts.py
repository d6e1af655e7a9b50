"""Counting Today's cut lists on the thread pool: the page shows its first rows at once, the totals after.

On an office store the counts of the follow-ups overdue and of the gifted prospects waiting read
100,000s of index entries; done on the GUI thread they would hold up the first paint and every
switch to the page. :class:`TotalsJob` runs :func:`~reciprocity_desktop.services.visits.today_totals`
off the GUI thread and hands the totals (or the error) back to the page through queued signals.
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reciprocity_desktop.services import visits
from reciprocity_desktop.services.visits import TodayOverview
from reciprocity_desktop.store import Store


class TotalsSignals(QObject):
    counted = Signal(object, object)  # the overview counted, {list name: total}
    failed = Signal(object, str)  # the error, its traceback


class TotalsJob(QRunnable):
    def __init__(self, store: Store, overview: TodayOverview, names: Sequence[str]) -> None:
        super().__init__()
        self.signals = TotalsSignals()
        self._store, self._overview, self._names = store, overview, list(names)

    def run(self) -> None:
        try:
            totals = visits.today_totals(self._store, self._overview.today, self._names)
        except Exception as exc:  # shown on the GUI thread, never lost on the worker
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.counted.emit(self._overview, totals)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
