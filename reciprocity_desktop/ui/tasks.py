"""Long work off the GUI thread, with a progress dialog that can cancel.

A background job is a plain function ``job(progress) -> result``; it calls
``progress(done, total)`` now and then and stops (raising the service's own
cancellation error, which rolls its transaction back) when that returns False.
The dialog appears only when the job takes longer than a moment.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from reciprocity_desktop.ui.pool_jobs import FAILED, PROGRESS, SUCCEEDED, ProgressFn, start_job

__all__ = ["BackgroundTask", "ProgressFn", "run_in_background"]


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
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._cancelling = self.dialog.canceled.connect(self.cancel)
        self._job: Callable[[ProgressFn], Any] | None = job

    def start(self) -> BackgroundTask:
        assert self._job is not None, "a task starts once"
        start_job(self._job, self._report, self._cancelled)  # the pool's thread holds no QObject of this task's
        self._job = None
        return self

    def _report(self, what: str, payload: Any) -> None:
        if what == PROGRESS:
            self._on_progress(*payload)
        elif what == SUCCEEDED:
            self._on_succeeded(payload)
        elif what == FAILED:
            self._on_failed(*payload)

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
        # through the connection: PySide6 6.12.0's SignalInstance.disconnect() (like its emit()) drops a reference
        # to True it does not own (tests/ui/test_pyside_refcounts.py)
        QObject.disconnect(self._cancelling)
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
