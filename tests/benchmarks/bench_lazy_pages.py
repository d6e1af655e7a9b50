"""Time to construct, show and first paint the Gifts and Follow-ups pages on a store; peak RSS.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_lazy_pages.py STORE.sqlite3 [gifts|followups|bare]

Run it once per page in a fresh process (so the RSS is that page's); ``bare`` is the anchor: an
empty QWidget shown and painted the same way. Never run it on a store you care about: opening it
migrates it. Not part of the test run.
"""

from __future__ import annotations

import resource
import sys
import time


def main() -> None:
    path, page = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    if page == "bare":
        widget = QWidget()
    else:
        from reciprocity_desktop.store import open_store
        from reciprocity_desktop.ui.context import StoreEvents, UiContext

        store = open_store(path)
        ctx = UiContext(store, StoreEvents(), QUndoStack())
        opened = time.perf_counter()
        if page == "gifts":
            from reciprocity_desktop.ui.gifts.view import GiftsView as View
        else:
            from reciprocity_desktop.ui.followups.view import FollowUpsView as View
        widget = View(ctx)
    built = time.perf_counter()
    widget.resize(1200, 800)
    widget.show()
    QCoreApplication.processEvents()
    widget.grab()  # the first paint
    painted = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    opened = locals().get("opened", built)
    print(
        f"{page}: construct {built - opened:.2f} s, to first paint {painted - opened:.2f} s "
        f"(process {painted - start:.2f} s), peak RSS {rss:.0f} MB"
    )
    app.quit()


if __name__ == "__main__":
    main()
