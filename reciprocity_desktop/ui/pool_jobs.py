"""Running a job on Qt's thread pool and hearing from it on the GUI thread, with no QObject of its own there.

A job that reports through a QObject of its own (a signals object it holds) races its owner: whichever
thread drops the last Python reference destroys that QObject, and when that is the pool's thread (the
job ended after its owner was deleted), a QObject living on the GUI thread is destroyed from another
thread while the GUI thread may be delivering its signals: a crash now and then (seen: a segmentation
fault in a full test run, and in one run in four of 3,000 short tasks; `tests/ui/test_pool_jobs.py` runs
that loop).

So every job reports through one relay (:class:`_Relay`) that lives on the GUI thread as long as the
application (its child), with a queued connection, and carries the job's number: :func:`start_job`
keeps the receiver, a plain callable of the GUI thread, in a table only the GUI thread touches, and the
pool's thread holds nothing but the work, an event and a number.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

#: ``progress(done, total) -> go on``: what a job's work is given; False when it was cancelled.
ProgressFn = Callable[[int, int], bool]
#: What a receiver hears: ``("progress", (done, total))``, then ``("succeeded", result)`` or
#: ``("failed", (error, traceback text))``.
Receiver = Callable[[str, Any], None]

PROGRESS, SUCCEEDED, FAILED = "progress", "succeeded", "failed"


class _Relay(QObject):
    """The one QObject the pool's jobs emit through (a child of the application, on the GUI thread)."""

    reported = Signal(int, str, object)  # the job's number, what (PROGRESS …), its payload

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.receivers: dict[int, Receiver] = {}  # touched on the GUI thread only
        self.reported.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, str, object)
    def _deliver(self, number: int, what: str, payload: object) -> None:
        receiver = self.receivers.get(number) if what == PROGRESS else self.receivers.pop(number, None)
        owner = getattr(receiver, "__self__", None)  # a QObject's method: heard only while it lives
        if receiver is not None and not (isinstance(owner, QObject) and not shiboken6.isValid(owner)):
            receiver(what, payload)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    """The application's relay, made on first use (on the GUI thread), and again for a new application."""
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        application = QCoreApplication.instance()
        if application is None:
            raise RuntimeError("a pool job needs the application object")
        _relay = _Relay(application)
    return _relay


class _Job(QRunnable):
    """The pool's side: the work, the cancel event and the number; reports through the relay."""

    def __init__(self, number: int, work: Callable[[ProgressFn], Any], cancelled: threading.Event, relay: _Relay):
        super().__init__()
        self._number = number
        self._work: Callable[[ProgressFn], Any] | None = work
        self._cancelled = cancelled
        self._relay = relay  # lives as long as the application, which waits for the pool at its end

    def _progress(self, done: int, total: int) -> bool:
        self._relay.reported.emit(self._number, PROGRESS, (done, total))
        return not self._cancelled.is_set()

    def run(self) -> None:
        work, self._work = self._work, None
        assert work is not None
        try:
            result = work(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self._relay.reported.emit(self._number, FAILED, (exc, traceback.format_exc()))
        else:
            self._relay.reported.emit(self._number, SUCCEEDED, result)


def start_job(
    work: Callable[[ProgressFn], Any], receiver: Receiver, cancelled: threading.Event | None = None
) -> int:
    """Run ``work(progress)`` on the global thread pool; ``receiver`` hears of it on the GUI thread (see
    :data:`Receiver`). ``cancelled``: set it to make ``progress`` return False. Call on the GUI thread.
    Returns the job's number."""
    relay = _the_relay()
    number = next(_numbers)
    relay.receivers[number] = receiver
    QThreadPool.globalInstance().start(_Job(number, work, cancelled or threading.Event(), relay))
    return number
