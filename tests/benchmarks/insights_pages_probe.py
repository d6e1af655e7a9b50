"""Run in a child process by bench_office.py (``--only insights``): the Insights or the Gift register page.

``python insights_pages_probe.py PAGE STORE`` with PAGE ``insights``, ``register`` or ``bare`` (an empty
QWidget shown the same way: the anchor) builds the page over STORE (offscreen), shows it and times:

* ``paint_ms``: construct, show and first paint (the GUI thread's own work before anything is visible);
* ``loaded_ms``: until the page shows its figures / rows (its load runs off the GUI thread; ``loaded_cpu_ms``
  the process's CPU time meanwhile, steadier on a loaded machine), and
  ``freeze_ms``: the longest the GUI thread did not answer meanwhile (a 5 ms timer's largest gap);
* ``scroll_ms``: scrolling each long list down page by page to its 10th page (200 rows a page), the
  slowest step and all steps together, per list;
* ``sort_ms``: a header click to the first row in the new order, per list;
* ``rss_mb``: the process's memory at the end.

One JSON line on stdout. Never run it on a store you care about: opening it migrates it.
"""

from __future__ import annotations

import json
import os
import sys
import time

PAGE_ROWS = 200
PAGES = 10


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> int:
    page = sys.argv[1]
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    result: dict[str, object] = {"page": page}
    started, cpu = time.perf_counter(), time.process_time()
    if page == "bare":
        widget = QWidget()
    else:
        from reciprocity_desktop.store import open_store
        from reciprocity_desktop.ui.context import StoreEvents, UiContext

        store = open_store(sys.argv[2])
        ctx = UiContext(store, StoreEvents(), QUndoStack())
        started, cpu = time.perf_counter(), time.process_time()
        if page == "insights":
            from reciprocity_desktop.ui.insights.view import InsightsView as View
        else:
            from reciprocity_desktop.ui.insights.register_view import GiftRegisterView as View
        widget = View(ctx)
    done = {"loaded": False}
    if page != "bare":
        widget.refreshed.connect(lambda: done.update(loaded=True))
    widget.resize(1366, 768)
    widget.show()
    QCoreApplication.processEvents()
    widget.grab()
    result["paint_ms"] = (time.perf_counter() - started) * 1000
    if page == "bare":
        result["rss_mb"] = rss_mb()
        print(json.dumps(result), flush=True)
        return 0

    # the load, off the GUI thread: how long until shown, and the GUI thread's longest silence meanwhile
    gaps = {"max": 0.0}
    clock = QElapsedTimer()
    clock.start()

    def tick() -> None:
        gaps["max"] = max(gaps["max"], clock.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    limit = time.perf_counter() + 300
    while not done["loaded"] and time.perf_counter() < limit:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    result["loaded_ms"] = (time.perf_counter() - started) * 1000
    result["loaded_cpu_ms"] = (time.process_time() - cpu) * 1000
    result["freeze_ms"] = gaps["max"]
    widget.grab()

    if page == "insights":
        tables = {
            "unfollowed": (widget.unfollowed_view, 0),
            "overdue": (widget.overdue_view, 0),
            "next_steps": (widget.steps_view, 0),
            "balance": (widget.balance_view, 0),
        }
        tabs = {"unfollowed": 0, "overdue": 1, "next_steps": 2}
    else:
        tables = {"register": (widget.table, 0)}
        tabs = {}
    scroll: dict[str, dict[str, float]] = {}
    sort: dict[str, float] = {}
    for name, (view, sort_column) in tables.items():
        if name in tabs:
            widget.tabs.setCurrentIndex(0)
            widget.act_tabs.setCurrentIndex(tabs[name])
        elif page == "insights":
            widget.tabs.setCurrentIndex(1)
        app.processEvents()
        model = view.model()
        steps = []
        for number in range(1, PAGES):
            row = min(number * PAGE_ROWS + 5, model.rowCount() - 1)
            if row < 0:
                break
            began = time.perf_counter()
            view.scrollTo(model.index(row, 0))
            app.processEvents()
            view.viewport().grab()
            steps.append((time.perf_counter() - began) * 1000)
        scroll[name] = {"rows": model.rowCount(), "max": max(steps, default=0.0), "sum": sum(steps)}
        view.scrollToTop()
        app.processEvents()
        before = model.index(0, sort_column).data()
        began = time.perf_counter()
        view.horizontalHeader().setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder)
        limit = time.perf_counter() + 120
        while time.perf_counter() < limit:
            app.processEvents()
            view.viewport().grab()
            if model.rowCount() == 0 or model.index(0, sort_column).data() != before:
                break
            time.sleep(0.001)
        sort[name] = (time.perf_counter() - began) * 1000
    result["scroll_ms"] = scroll
    result["sort_ms"] = sort
    wait_idle = getattr(widget, "wait_idle", None)
    if wait_idle:
        wait_idle(60_000)
    result["rss_mb"] = rss_mb()
    print(json.dumps(result), flush=True)
    os._exit(0)  # the interpreter's teardown is not measured


if __name__ == "__main__":
    raise SystemExit(main())
