"""An item's stock movements as the window reads them, on a store: the count, pages and the dialog.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_stock_movements.py STORE.sqlite3 [ITEM_ID]

For the item with the most live movements (or ``ITEM_ID``): the count, the first page newest first and
oldest first, the middle and the last page (each the best of five, wall and CPU), the whole list the
command line reads (``list_movements``, the anchor: what a dialog without pages would read), and the
Movements dialog built, shown and painted. The first page reads a page, whatever the history's length;
a page deep in it reads the movements before it (their sum) too.

Never run it on a store you care about: opening it migrates it. Not part of the test run.
"""

from __future__ import annotations

import sys
import time


def best(label: str, action, runs: int = 5):
    result, wall, cpu = None, float("inf"), 0.0
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = action()
        w, c = time.perf_counter() - w, time.process_time() - c
        if w < wall:
            wall, cpu = w, c
    print(f"{label:42s} wall {wall * 1000:8.1f} ms   cpu {cpu * 1000:8.1f} ms")
    return result


def main(path: str, item_id: str | None) -> None:
    from PySide6.QtWidgets import QApplication

    from reciprocity_desktop.services import gifts, stock_movements
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.ui.gifts.movements_dialog import MovementsDialog
    from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE

    app = QApplication([])
    store = open_store(path, check=False)
    store.prepare()
    if item_id is None:
        with store.cursor() as cursor:
            item_id = cursor.execute(
                "SELECT stock_item_id FROM stock_movements WHERE deleted IS 0 "
                "GROUP BY stock_item_id ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
    count = best("count_movements", lambda: stock_movements.count_movements(store, item_id))
    print(f"  {count} movements")
    page = stock_movements.movements_page
    best("first page, newest first", lambda: page(store, item_id, 0, PAGE_SIZE))
    best("first page, oldest first", lambda: page(store, item_id, 0, PAGE_SIZE, newest_first=False))
    best("the middle page", lambda: page(store, item_id, count // 2, PAGE_SIZE))
    best("the last page", lambda: page(store, item_id, max(count - PAGE_SIZE, 0), PAGE_SIZE))
    best("list_movements (all, the CLI's)", lambda: stock_movements.list_movements(store, item_id), 2)
    item = gifts.get_stock_item(store, item_id)

    def dialog() -> int:
        shown = MovementsDialog(store, item)
        shown.show()
        app.processEvents()
        shown.grab()
        pages = shown.model.pages_loaded
        shown.deleteLater()
        app.processEvents()
        return pages

    pages = best("the dialog built, shown and painted", dialog)
    print(f"  pages read: {pages}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
