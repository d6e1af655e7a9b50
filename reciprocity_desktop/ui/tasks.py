"""Long work off the GUI thread, with a progress dialog that can cancel.

A background job is a plain function ``job(progress) -> result``; it calls
``progress(done, total)`` now and then and stops (raising the service's own
cancellation error, which rolls its transaction back) when that returns False.
The dialog appears only when the job takes longer than a moment.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

ProgressFn = Callable[[int, int], bool]


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(
        self, job: Callable[[ProgressFn], Any], signals: _Signals, cancelled: threading.Event
    ) -> None:
        super().__init__()
        self._job = job
        self._signals = signals
        self._cancelled = cancelled

    def _progress(self, done: int, total: int) -> bool:
        self._signals.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One job running on the shared thread pool, driving a QProgressDialog."""

    succeeded = Signal(object)
    failed = Signal(object, str)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        job: Callable[[ProgressFn], Any],
        *,
        show_after_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._signals = _Signals()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._signals.progressed.connect(self._on_progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(job, self._signals, self._cancelled)

    def start(self) -> BackgroundTask:
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancelled.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit()

    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, exc: object, details: str) -> None:
        self._finish()
        self.failed.emit(exc, details)


def run_in_background(
    parent: QWidget | None,
    title: str,
    label: str,
    job: Callable[[ProgressFn], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None],
) -> BackgroundTask:
    task = BackgroundTask(parent, title, label, job)
    task.succeeded.connect(on_success)
    task.failed.connect(on_error)
    return task.start()
