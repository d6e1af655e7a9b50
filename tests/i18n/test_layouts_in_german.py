"""Layouts that survive longer words: pages in German at the narrowest window (1024×640)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.translation import install_translators


@pytest.fixture
def german_window(qapp, qtbot, demo_store):
    install_translators(qapp, "de")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


def _show(window, key, qtbot):
    page = window.show_page(key)
    qtbot.wait(50)
    QApplication.processEvents()
    return page


def test_the_gifts_table_does_not_scroll_sideways(german_window, qtbot):
    page = _show(german_window, "gifts", qtbot)
    assert page.table.horizontalHeader().sectionSize(page.COL_KIND) > 40  # the kind still shows
    assert not page.table.horizontalScrollBar().isVisible()
    assert page.table.horizontalScrollBar().maximum() == 0


def test_the_prospect_filters_show_their_longest_choice_whole(german_window, qtbot):
    page = _show(german_window, "prospects", qtbot)
    assert page.tag.itemText(0) == "Alle Schlagwörter"
    for combo in (page.stage, page.city, page.tag):
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() >= combo.sizeHint().width() > widest, combo.objectName()
    assert page.search.width() > page.width() // 3  # the search field keeps its room
    # The detail pane's buttons are whole: each as wide as it asks to be.
    detail = page.detail
    for button in (detail.add_contact_button, detail.edit_contact_button, detail.export_contact_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    # The timeline's "What" shows "Wiedervorlage" whole.
    header = detail.timeline.horizontalHeader()
    assert header.sectionSize(1) > detail.timeline.fontMetrics().horizontalAdvance("Wiedervorlage")
