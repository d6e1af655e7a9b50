"""Run in a child process by bench_office.py: start a window, wait for its first paint, then time it.

``python office_window_probe.py bare T0`` shows a bare PySide6 QMainWindow (the anchor);
``python office_window_probe.py app T0 STORE`` starts Reciprocity Desktop's main window on STORE, and
after the first paint times a page switch to every page, a search keystroke to the first page and
opening a prospect, each in wall and GUI-thread CPU ms (``start`` instead of ``app``: the start alone). ``T0`` is the parent's ``time.time()`` just before starting the child. One JSON
line on stdout: seconds from T0 to the first paint of the content processed (the bare window's own paint; the
app's page it starts on, built and filled), the CPU seconds the process had used by then, RSS (MB) then and
after every page.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    mode, t0 = sys.argv[1], float(sys.argv[2])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    result: dict[str, object] = {"mode": mode}
    if mode == "bare":
        window = QMainWindow()
        window.setWindowTitle("anchor")
        window.resize(1366, 768)
        store = None
    else:
        from reciprocity_desktop.store import backups, open_store
        from reciprocity_desktop.ui.app import install_translators
        from reciprocity_desktop.ui.main_window import MainWindow

        install_translators(app, "en")
        backups.defer_daily_backups()  # as ui.app.run: the day's backup waits for the first paint
        store = open_store(Path(sys.argv[3]), check=False)  # as ui.app.run: the check runs after the first paint
        window = MainWindow(store)

    class FirstPaint(QObject):
        """The first paint of the window's content: for the app, of the page it starts on, built and filled.

        The window paints its frame first and builds the page it starts on right after (its tab holds a
        placeholder until then), so the app is "visible" only once a widget of that built page has painted.
        """

        seen = False

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.seen and self.content(watched):
                self.seen = True
                QTimer.singleShot(0, painted)
            return False

        @staticmethod
        def content(watched) -> bool:
            if store is None:
                return watched is window
            page = window.current_page() if window.stack.currentWidget() is window.tabs else window.welcome
            built = page is window.welcome or page in window.pages.built.values()
            return built and isinstance(watched, QWidget) and (watched is page or page.isAncestorOf(watched))

    def painted() -> None:
        result["visible_s"] = time.time() - t0
        result["cpu_visible_s"] = time.process_time()  # the process's own CPU to here (less bent by load)
        result["rss_visible_mb"] = rss_mb()
        if store is not None and mode == "app":
            try:
                _interact(app, window, store, result)
            except Exception as exc:  # noqa: BLE001 - report it, do not hang
                result["error"] = f"{type(exc).__name__}: {exc}"
        result["rss_end_mb"] = rss_mb()
        result["peak_mb"] = peak_mb()
        print(json.dumps(result), flush=True)
        app.quit()

    watcher = FirstPaint()
    app.installEventFilter(watcher)  # paint events go to each widget: watch them all
    window.show()
    app.exec()
    if store is not None:
        store.close()
    return 0


#: The GUI thread's CPU ms of each action :func:`_ms` timed, in order (``time.thread_time()``: less bent
#: by other processes on the machine than the wall time, and blind to the thread pool's work).
_CPU_MS: list[float] = []


def _ms(app, action) -> float:
    started, cpu = time.perf_counter(), time.thread_time()
    action()
    app.processEvents()
    app.processEvents()
    _CPU_MS.append((time.thread_time() - cpu) * 1000)
    return (time.perf_counter() - started) * 1000


def _interact(app, window, store, result: dict) -> None:
    """Every page once (first visits) and again, a search keystroke, opening a prospect."""
    from reciprocity_desktop.services import prospects

    keys = list(getattr(window, "pages", {}))
    result["page_first_ms"] = {key: _ms(app, lambda key=key: window.show_page(key)) for key in keys}
    result["page_again_ms"] = {key: _ms(app, lambda key=key: window.show_page(key)) for key in keys}
    result["rss_all_pages_mb"] = rss_mb()
    page = window.show_page("prospects")
    app.processEvents()
    search = getattr(page, "search", None)
    apply = getattr(page, "apply_filter", None)
    if search is not None and apply is not None:
        # The keystroke's own work: the 150 ms debounce before it is left out.
        def keystroke(text: str) -> None:
            search.blockSignals(True)
            search.setText(text)
            search.blockSignals(False)
            apply()

        samples = [
            _ms(app, lambda text=text: keystroke(text)) for text in ("m", "mu", "mul", "mull", "mulle")
        ]
        result["search_ms"] = max(samples)
        result["search_ms_samples"] = samples
        result["search_cpu_ms_samples"] = _CPU_MS[-len(samples) :]
        result["search_cpu_ms"] = max(result["search_cpu_ms_samples"])
        keystroke("")
        app.processEvents()
    middle = prospects.list_prospects(store, offset=prospects.count_prospects(store) // 2, limit=3)
    if middle:
        samples = [_ms(app, lambda pid=p.id: window.show_prospect(pid)) for p in middle]
        result["open_prospect_ms"] = max(samples)
        result["open_prospect_ms_samples"] = samples
        result["open_prospect_cpu_ms_samples"] = _CPU_MS[-len(samples) :]
        result["open_prospect_cpu_ms"] = max(result["open_prospect_cpu_ms_samples"])


if __name__ == "__main__":
    raise SystemExit(main())
