"""Jobs on the thread pool report on the GUI thread through one relay, and never hold a QObject of their owner's.

Before ui/pool_jobs.py, each job held a signals object of its own, which the pool's thread could destroy
while the GUI thread delivered its signals: about one run in four of the loop below ended in a
segmentation fault. The loop runs in a child process, so that such a crash fails the test instead of
ending the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtCore import QObject, QThreadPool

from reciprocity_desktop.ui import pool_jobs
from reciprocity_desktop.ui.tasks import run_in_background
from reciprocity_desktop.ui.widgets.recompute import Recompute

pytestmark = pytest.mark.gui

_LOOP = textwrap.dedent(
    """
    import gc
    from PySide6.QtCore import QEventLoop, QThreadPool
    from PySide6.QtWidgets import QApplication, QWidget
    from reciprocity_desktop.ui.tasks import run_in_background
    from reciprocity_desktop.ui.widgets.recompute import Recompute

    app = QApplication([])
    parent = QWidget()
    heard = []

    def job(progress):
        progress(1, 2)
        return sum(range(2000))

    for i in range({jobs}):
        task = run_in_background(parent, "t", "l", job, heard.append, lambda error, details: heard.append(error))
        task.finished.connect(task.deleteLater)  # as the pages do: gone soon after it reports
        del task
        if i % 3 == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if i % 50 == 0:
            gc.collect()
    recompute = Recompute(lambda: 1, lambda query: [query], lambda query: True, parent)
    recompute.done.connect(heard.append)
    for i in range({jobs}):
        recompute.request()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
    QThreadPool.globalInstance().waitForDone()
    for _ in range(100):
        app.processEvents()
    print("heard", len(heard))
    """
)


@pytest.mark.slow
def test_thousands_of_jobs_whose_tasks_go_early_never_crash():
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _run in range(3):
        done = subprocess.run(
            [sys.executable, "-X", "faulthandler", "-c", _LOOP.format(jobs=3000)],
            capture_output=True, text=True, env=environment, timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        assert int(done.stdout.split()[-1]) >= 3000  # every task's result, and the recomputations'


def test_a_job_holds_no_qobject_of_its_owner(qapp, monkeypatch):
    """What the pool's thread is given: the work, an event, a number and the application's relay."""
    started = []
    monkeypatch.setattr(QThreadPool.globalInstance(), "start", started.append)
    task = run_in_background(None, "t", "l", lambda progress: 1, lambda result: None, lambda e, d: None)
    (job,) = started
    held = [value for value in vars(job).values() if isinstance(value, QObject)]
    assert held == [pool_jobs._the_relay()]
    assert not any(isinstance(cell.cell_contents, QObject) for cell in (job._work.__closure__ or ()))
    pool_jobs._the_relay().receivers.pop(job._number)  # never started: nothing will report
    task.deleteLater()


def test_results_progress_and_failures_arrive_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    seen = []

    def work(progress):
        assert threading.get_ident() != gui
        progress(1, 3)
        return "done"

    task = run_in_background(None, "t", "l", work, lambda result: seen.append((result, threading.get_ident())),
                             lambda e, d: seen.append(e))  # fmt: skip
    progressed = []
    task.dialog.setValue = lambda value: progressed.append((value, threading.get_ident()))  # type: ignore[method-assign]
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [("done", gui)]
    assert progressed == [(1, gui)]

    def failing(progress):
        raise ValueError("the postal code is not valid")

    errors = []
    task = run_in_background(None, "t", "l", failing, lambda result: None, lambda e, d: errors.append((e, d)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    ((error, details),) = errors
    assert isinstance(error, ValueError) and "the postal code is not valid" in details


def test_a_recompute_whose_page_is_gone_is_not_heard(qtbot):
    """A receiver that is a QObject's method is dropped once that object is deleted (no call into a dead object)."""
    owner = QObject()
    gate = threading.Event()
    recompute = Recompute(lambda: 1, lambda query: gate.wait(5) and query, lambda query: True, owner)
    heard = []
    recompute.done.connect(heard.append)
    recompute.request()
    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        owner.deleteLater()  # the page closes while its figures are being computed
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)  # the job's report is delivered, to nobody
    assert heard == []
