"""The notice's and the detail pane's scroll areas open no window of their own while they are built.

QScrollArea.setWidget shows the widget; a holder that followed that show while it had no parent yet
opened as a top-level window for a moment, and the main window lost its activation and with it every
shortcut (Ctrl+L no longer logged a gift: tests/ui/test_main_window.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from reciprocity_desktop.ui.prospects.parts import BodyScroll
from reciprocity_desktop.ui.widgets.notice import NoticeArea, notice_label


def _windows() -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_building_the_holders_opens_no_window_and_they_follow_their_widget(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    before = _windows()
    body, label = QWidget(owner), notice_label("notice")
    body_scroll, notice = BodyScroll(body), NoticeArea(label)
    assert _windows() == before  # neither opened as a window while it had no parent
    layout = QVBoxLayout(owner)
    layout.addWidget(body_scroll)
    layout.addWidget(notice)
    owner.show()
    assert body_scroll.isVisibleTo(owner) and not notice.isVisibleTo(owner)  # as their widgets were left
    label.setText("Anna visits this prospect on 4 Mar")
    label.show()
    body.hide()
    assert notice.isVisibleTo(owner) and not body_scroll.isVisibleTo(owner)
    assert _windows() == [*before, "QWidget"]  # the owner only
    assert isinstance(label, QLabel)
