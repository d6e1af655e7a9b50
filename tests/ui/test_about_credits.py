"""Help → About credits the data the program ships (GeoNames' postal codes, CC BY 4.0)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from reciprocity_desktop.ui.main_window import MainWindow


def test_the_about_box_credits_geonames_with_its_licence(qtbot, store, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.findChild(QAction, "about").trigger()
    [(title, text)] = shown
    assert title == "About Reciprocity Desktop"
    assert str(store.path) in text
    assert "GeoNames (https://www.geonames.org/)" in text
    assert "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)" in text
