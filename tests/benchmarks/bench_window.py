"""Benchmark: the main window on a big store — start, Today, opening a prospect, search, switching pages.

Run on a COPY of a store (never the office original)::

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_window.py /tmp/copy-of-office.sqlite3

In one process it measures the anchor (a bare QMainWindow shown and painted) and then the real window:
construct + show + first paint of the page it starts on (Today), Today's refresh, opening a prospect, a
search keystroke to the first page, the first and second switch to every page, and the process's memory
(RSS) after visiting them all.
Not part of the default test run (no ``test_`` function).
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _ms(action, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _first_paint_filter():
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        """Notes when the first widget paints: with ``window`` (the main window) set, a widget of the page
        it starts on, built and filled (its tab holds a placeholder until the window has painted once)."""

        at: float | None = None
        window = None

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if self.at is None and event.type() == QEvent.Type.Paint and self._content(obj):
                self.at = time.perf_counter()
            return False

        def _content(self, obj) -> bool:
            window = self.window
            if window is None:
                return True
            page = window.current_page() if window.stack.currentWidget() is window.tabs else window.welcome
            built = page is window.welcome or page in window.pages.built.values()
            return built and isinstance(obj, QWidget) and (obj is page or page.isAncestorOf(obj))

    return FirstPaint()


def run(path: Path) -> dict[str, float]:
    os.environ.setdefault("RECIPROCITY_DATA_DIR", tempfile.mkdtemp())
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    figures: dict[str, float] = {}

    started = time.perf_counter()
    bare = QMainWindow()
    bare.resize(1366, 768)
    bare.show()
    QTest.qWaitForWindowExposed(bare)
    app.processEvents()
    figures["anchor: bare window shown (ms)"] = (time.perf_counter() - started) * 1000
    bare.close()
    app.processEvents()

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Prospect
    from reciprocity_desktop.ui.main_window import MainWindow

    store = open_store(path)
    rss_before = _rss_mb()
    painted = _first_paint_filter()
    app.installEventFilter(painted)
    started = time.perf_counter()
    window = MainWindow(store)
    painted.window = window
    constructed = time.perf_counter()
    window.show()
    QTest.qWaitForWindowExposed(window)
    while painted.at is None:
        app.processEvents()
    app.processEvents()
    shown = time.perf_counter()
    app.removeEventFilter(painted)
    figures["window: construct (ms)"] = (constructed - started) * 1000
    figures["window: construct + show + first paint of Today (ms)"] = ((painted.at or shown) - started) * 1000
    figures["window: ... + events after it (Today's counts) (ms)"] = (shown - started) * 1000
    figures["window / anchor (x)"] = figures["window: construct + show + first paint of Today (ms)"] / max(
        figures["anchor: bare window shown (ms)"], 1e-6
    )
    figures["RSS after first paint (MB)"] = _rss_mb()

    window.show_page("today")
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    rows_ms = []
    for _ in range(5):  # the page's refresh (its first rows); its counts finish off the clock
        started = time.perf_counter()
        window.today.refresh()
        rows_ms.append((time.perf_counter() - started) * 1000)
        QThreadPool.globalInstance().waitForDone()
        app.processEvents()
    figures["Today refresh: the first rows (ms)"] = statistics.median(rows_ms)
    started = time.perf_counter()
    window.today.refresh()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    figures["Today refresh + its counts off the GUI thread (ms)"] = (time.perf_counter() - started) * 1000

    with store.read() as session:
        ids = list(session.scalars(select(Prospect.id).where(Prospect.deleted.is_(False)).limit(5000)))
    picks = iter(ids[::997])
    window.show_page("prospects")
    app.processEvents()
    figures["open a prospect (ms)"] = _ms(lambda: (window.show_prospect(next(picks)), app.processEvents()))

    model = window.prospects.model
    words = iter(["b", "bä", "bäc", "bäck", "bäcke", "m", "mü", "mül", "müll"])

    def keystroke() -> None:
        window.prospects.search.setText(next(words))
        window.prospects.apply_filter()  # what the debounce timer calls
        model.index(0, 0).data()
        app.processEvents()

    figures["search keystroke to first page (ms)"] = _ms(keystroke, repeat=9)
    window.prospects.search.clear()
    window.prospects.apply_filter()

    for number in range(window.tabs.count()):
        key = list(window.pages)[number]
        started = time.perf_counter()
        window.tabs.setCurrentIndex(number)
        app.processEvents()
        figures[f"first switch to {key} (ms)"] = (time.perf_counter() - started) * 1000
        QThreadPool.globalInstance().waitForDone()  # Today's counts: off the clock, not in the next switch
    for number in range(window.tabs.count()):
        key = list(window.pages)[number]
        started = time.perf_counter()
        window.tabs.setCurrentIndex(number)
        app.processEvents()
        figures[f"second switch to {key} (ms)"] = (time.perf_counter() - started) * 1000
        QThreadPool.globalInstance().waitForDone()
    figures["RSS after every page (MB)"] = _rss_mb()
    figures["RSS before the window (MB)"] = rss_before
    figures["max RSS (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    store.close()
    return figures


def _start_only(path: Path | None) -> None:
    """One process start as a user sees it: a bare window (no path) or the real one, up to its first paint."""
    os.environ.setdefault("RECIPROCITY_DATA_DIR", tempfile.mkdtemp())
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    painted = _first_paint_filter()
    app.installEventFilter(painted)
    if path is None:
        window = QMainWindow()
        window.resize(1366, 768)
    else:
        from reciprocity_desktop.store import backups, open_store
        from reciprocity_desktop.ui.main_window import MainWindow

        backups.defer_daily_backups()  # as ui.app.run: the day's backup waits for the first paint
        window = painted.window = MainWindow(open_store(path, check=False))  # as ui.app.run
    window.show()
    QTest.qWaitForWindowExposed(window)
    while painted.at is None:
        app.processEvents()
    print(f"rss_mb={_rss_mb():.1f}", flush=True)
    os._exit(0)  # start to first paint is what is measured, not the interpreter's teardown


def process_starts(path: Path, repeat: int = 3) -> dict[str, float]:
    """Whole-process start to first paint, the bare window and the real one side by side (medians)."""
    import subprocess

    figures: dict[str, list[float]] = {"bare": [], "window": [], "bare_rss": [], "window_rss": []}
    for _ in range(repeat):
        for name, args in (("bare", ["--start-bare"]), ("window", ["--start", str(path)])):
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, __file__, *args], capture_output=True, text=True, check=True
            )
            figures[name].append((time.perf_counter() - started) * 1000)
            figures[f"{name}_rss"].append(float(out.stdout.strip().split("=")[1]))
    result = {f"process start to first paint, {k} ({'MB' if 'rss' in k else 'ms'})": statistics.median(v)
              for k, v in figures.items()}  # fmt: skip
    result["process start: window / bare (x)"] = statistics.median(figures["window"]) / statistics.median(
        figures["bare"]
    )
    return result


if __name__ == "__main__":
    if sys.argv[1] == "--start-bare":
        _start_only(None)
        sys.exit(0)
    if sys.argv[1] == "--start":
        _start_only(Path(sys.argv[2]))
        sys.exit(0)
    results = process_starts(Path(sys.argv[1])) if "--no-process" not in sys.argv else {}
    results |= run(Path(sys.argv[1]))
    print(f"load average: {os.getloadavg()[0]:.2f}")
    for name, value in results.items():
        print(f"{name:48} {value:10.1f}")
