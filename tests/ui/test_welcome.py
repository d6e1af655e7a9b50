"""The welcome page of an empty store, as the window shows it: the whole subtitle, between title and buttons."""

from __future__ import annotations

import pytest

from reciprocity_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_the_subtitle_shows_all_its_lines(qtbot, store, size):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the layouts settle
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    text = welcome.subtitle
    assert text.isVisible() and "Your store is empty" in text.text()
    lines = text.heightForWidth(text.contentsRect().width())
    assert text.contentsRect().height() >= lines >= 2 * text.fontMetrics().lineSpacing()  # wrapped, none cut
    assert (
        text.contentsRect().height() < lines + text.fontMetrics().lineSpacing()
    )  # and no empty line under it
    # between the title and the buttons, overlapping neither, centred in the window
    top = text.mapTo(welcome, text.rect().topLeft()).y()
    bottom = text.mapTo(welcome, text.rect().bottomLeft()).y()
    title_bottom = max(w.geometry().bottom() for w in welcome.findChildren(type(text)) if w is not text)
    assert title_bottom < top and bottom < welcome.demo_button.geometry().top()
    centre = text.mapTo(welcome, text.rect().center()).x()
    assert abs(centre - welcome.width() // 2) <= 2
