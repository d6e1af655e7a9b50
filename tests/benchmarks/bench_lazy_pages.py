"""The Gifts and Follow-ups pages on a store: first paint, and every sort order's pages.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_lazy_pages.py STORE.sqlite3 [gifts|followups|bare]
    python tests/benchmarks/bench_lazy_pages.py STORE.sqlite3 sorts

``gifts``, ``followups``, ``bare``: time to construct, show and first paint the page, and the peak
RSS; run it once per page in a fresh process (so the RSS is that page's); ``bare`` is the anchor, an
empty QWidget shown and painted the same way.

``sorts``: for every sortable column of both lists, both ways (the follow-ups open and done), the
first page, the page in the middle and the row of the record in the middle (what selecting it after
a sort asks), each the best of three; a first page beside the list's first order (the anchor: the
gifts by date, the follow-ups by due date). Every order reads an index, so each should be within a
small factor of its anchor, whatever the store's size.

Never run it on a store you care about: opening it migrates it. Not part of the test run.
"""

from __future__ import annotations

import resource
import sys
import time
from functools import partial


def paint(path: str, page: str) -> None:
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
    pages = getattr(getattr(widget, "model", None), "pages_loaded", "–")
    print(
        f"{page}: construct {built - opened:.2f} s, to first paint {painted - opened:.2f} s "
        f"(process {painted - start:.2f} s), peak RSS {rss:.0f} MB, pages fetched {pages}"
    )
    app.quit()


def _best(call, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def sorts(path: str) -> None:
    from reciprocity_desktop.services import followup_list, gift_list
    from reciprocity_desktop.services.followups import DONE, OPEN
    from reciprocity_desktop.store import open_store

    store = open_store(path)
    lists = [
        (
            "gifts",
            gift_list.GiftFilter(),
            gift_list.SORT_KEYS,
            gift_list.GiftSort,
            gift_list.count_gifts,
            gift_list.list_gifts_page,
            gift_list.gift_position,
        ),
        *(
            (
                f"follow-ups {bucket}",
                followup_list.FollowUpListFilter(bucket),
                followup_list.SORT_KEYS,
                followup_list.FollowUpSort,
                followup_list.count_followups,
                followup_list.list_followups_page,
                followup_list.followup_position,
            )
            for bucket in (OPEN, DONE)
        ),
    ]
    print("| list | order | first page | middle page | row of the middle record |")
    print("|---|---|---|---|---|")
    for name, flt, keys, make_sort, count, page, position in lists:
        middle = count(store, flt) // 2
        anchor = None
        for key in keys:
            for descending in (False, True):
                sort = make_sort(key, descending)
                first = _best(partial(page, store, flt, sort, 0, 200))
                half = _best(partial(page, store, flt, sort, middle, 200))
                [record] = page(store, flt, sort, middle, 1)
                row = _best(partial(position, store, record.id, flt, sort), 1)
                if anchor is None:
                    anchor = first
                print(
                    f"| {name} | {key} {'↓' if descending else '↑'} | {first:.0f} ms (×{first / anchor:.1f}) "
                    f"| {half:.0f} ms | {row:.0f} ms |"
                )
    store.close()


def main() -> None:
    path, what = sys.argv[1], sys.argv[2]
    if what == "sorts":
        sorts(path)
    else:
        paint(path, what)


if __name__ == "__main__":
    main()
