"""The window takes what its start made out of the garbage collector's walks once the other pages'
modules are in (``gc.freeze``: a full collection walked ~110,000 objects, ~50 ms in the middle of opening
a prospect on the office store), and gives them back when it closes."""

from __future__ import annotations

import gc

from reciprocity_desktop.services import demo
from reciprocity_desktop.ui.main_window import MainWindow


def test_the_start_s_objects_leave_the_collector_after_the_imports_ahead_and_come_back_on_close(qtbot, store):
    demo.load_demo(store)
    gc.unfreeze()  # whatever an earlier test left frozen
    window = MainWindow(store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.imported_ahead, timeout=30_000):
        window.show()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)  # on the GUI thread, right after
    frozen = gc.get_freeze_count()
    assert frozen > 1000  # the modules, the pages built, SQLAlchemy's mappings
    assert any(obj is window for obj in gc.get_objects()) is False  # frozen objects are not walked
    window.close()
    assert gc.get_freeze_count() == 0
