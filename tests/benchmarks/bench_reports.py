"""Benchmark: the Gift register and Insights pages' first paint on a big store, against a bare window.

Run on a COPY of the office store (never the original):
``QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_reports.py /tmp/copy.sqlite3 [register|insights|conflicts]``
It prints the seconds from ``show()`` until the page shows its rows (``refreshed``, then one paint), the
same for a bare QWidget in the same process (the anchor), and the process's RSS after each step.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(path: str, pages: list[str]) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    began = time.perf_counter()
    bare = QWidget()
    bare.resize(1200, 800)
    bare.show()
    app.processEvents()
    anchor = time.perf_counter() - began
    print(f"anchor: bare window shown {anchor:.3f} s, RSS {rss_mb():.0f} MB")

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.ui.context import StoreEvents, UiContext

    store = open_store(Path(path))
    ctx = UiContext(store, StoreEvents(), QUndoStack())
    print(f"store open, RSS {rss_mb():.0f} MB")

    def timed(widget, signal) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(600_000, loop.quit)
        widget.resize(1366, 768)
        start = time.perf_counter()
        widget.show()
        loop.exec()
        app.processEvents()
        widget.repaint()
        return time.perf_counter() - start

    kept = []  # every page stays alive until the end (a page dropped mid-run takes its model along)
    for page in pages:
        if page == "register":
            from reciprocity_desktop.ui.insights.register_view import GiftRegisterView

            widget = GiftRegisterView(ctx)
        elif page == "insights":
            from reciprocity_desktop.ui.insights.view import InsightsView

            widget = InsightsView(ctx)
        else:
            from reciprocity_desktop.ui.sync.conflicts import ConflictLogDialog

            start = time.perf_counter()
            widget = ConflictLogDialog(ctx)
            kept.append(widget)
            widget.show()
            app.processEvents()
            seconds = time.perf_counter() - start
            print(
                f"{page}: first paint {seconds:.3f} s (x{seconds / anchor:.1f} the anchor), RSS {rss_mb():.0f} MB"
            )
            continue
        kept.append(widget)
        seconds = timed(widget, widget.refreshed)
        print(
            f"{page}: first paint {seconds:.3f} s (x{seconds / anchor:.1f} the anchor), RSS {rss_mb():.0f} MB"
        )
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or ["register", "insights"])
