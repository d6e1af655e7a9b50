"""The debrief page in the real window on a rep's laptop screens (1024×640, 1366×768), in English and
with German number formats: nothing of the form or the day bar is cut off (the form scrolls instead)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from debrief_helpers import keys
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QWidget

from reciprocity_desktop.services import visits
from reciprocity_desktop.ui.main_window import MainWindow


def _right_edge(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(widget.width(), 0)).x()


@pytest.mark.parametrize("locale", ["en_GB", "de_DE"])
@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)])
def test_nothing_is_cut_off(demo_store, qtbot, tmp_path, size, locale):
    today = dt.date.today()
    for visit in visits.list_day(demo_store, today + dt.timedelta(days=1)):
        visits.move_visit(demo_store, visit.id, today)
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        window = MainWindow(demo_store)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("debrief")
        # The fullest form: done, the gift, an order asking for its value, the first order's offer.
        keys(qtbot, page, Qt.Key.Key_D, Qt.Key.Key_4, Qt.Key.Key_F)
        qtbot.wait(50)
        form, viewport = page.form, page.form_scroll.viewport()
        assert page.form.order_part.customer.isVisible() and page.form.reaction_part.reaction.isEnabled()
        assert form.width() <= viewport.width(), (form.width(), viewport.width())
        cut = [
            (w.objectName() or type(w).__name__, _right_edge(w, form), form.width())
            for w in form.findChildren(QWidget)
            if w.isVisible() and w.parent() is not None and _right_edge(w, form) > form.width()
        ]
        assert cut == []
        shown = [w for w in page.day_bar.findChildren(QWidget) if w.isVisible()]
        assert all(_right_edge(w, window) <= window.width() for w in shown)
        assert page.summary.width() >= page.summary.minimumSizeHint().width()
        assert page.summary.height() >= page.summary.heightForWidth(page.summary.width())
        folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
        assert window.grab().save(str(folder / f"debrief-{size[0]}x{size[1]}-{locale}.png"))
    finally:
        QLocale.setDefault(previous)
