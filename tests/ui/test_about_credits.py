"""Help → About: the installed version (package metadata) and the data the program ships (GeoNames, CC BY 4.0)."""

from __future__ import annotations

import importlib.metadata

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


def test_the_about_box_tells_the_version_of_the_package_metadata(qtbot, store, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(importlib.metadata, "version", lambda name: {"reciprocity-desktop": "7.8.9"}[name])
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.findChild(QAction, "about").trigger()
    assert shown[0].startswith("Reciprocity Desktop 7.8.9\n")
