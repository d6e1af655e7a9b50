"""No two controls of one window share a mnemonic (Alt+letter): the real main window's every page, and
every dialog its menus and its pages' buttons open, in English and in each translation.

Qt gives an ambiguous Alt+letter to the controls in turn, so a rep who presses Alt+O for "C&ountry"
lands in "N&otes" first. The dialogs are collected as they would open (``exec`` is answered "cancel";
file pickers and questions too), so a dialog added later is walked without a change here.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from reciprocity_desktop.i18n import LANG_ENV
from reciprocity_desktop.ui.debrief.form import StopForm
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.translation import install_translators

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(top: QWidget, every_part_of: QWidget | None = None) -> dict[str, list[str]]:
    """Letter → the texts of the controls of ``top`` that would take Alt+letter when ``top`` is shown:
    its menu bar's menus, and its visible controls; under ``every_part_of`` the hidden ones too (a form
    whose rows appear as the rep types)."""
    found: dict[str, list[str]] = defaultdict(list)

    def note(text: str, owner: QWidget) -> None:
        letter = mnemonic(text)
        whole = every_part_of is not None and every_part_of.isAncestorOf(owner)
        if letter and (owner.isEnabled() or whole):
            found[letter].append(text)

    def shown(widget: QWidget) -> bool:
        if every_part_of is not None and every_part_of.isAncestorOf(widget):
            return True
        return widget is top or widget.isVisibleTo(top)

    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            note(action.text(), top.menuBar())

    for widget in top.findChildren(QWidget):
        if not shown(widget) or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton):
            note(widget.text(), widget)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            note(widget.text(), widget.buddy())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            note(widget.title(), widget)
        elif isinstance(widget, QTabWidget) and widget.tabBar().isVisibleTo(top):
            for index in range(widget.count()):
                if widget.isTabEnabled(index):
                    note(widget.tabText(index), widget)
    return found


def duplicates(where: str, top: QWidget, every_part_of: QWidget | None = None) -> list[str]:
    return [
        f"{where}: Alt+{letter.upper()} for {', '.join(repr(t) for t in texts)}"
        for letter, texts in sorted(mnemonics(top, every_part_of).items())
        if len(texts) > 1
    ]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


@pytest.fixture
def language(qapp, monkeypatch, request):
    monkeypatch.delenv(LANG_ENV, raising=False)
    install_translators(qapp, request.param)
    yield request.param
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def dialogs(monkeypatch):
    """The dialogs that would open, each with its duplicate mnemonics (every question answered "cancel")."""
    seen: dict[str, list[str]] = {}

    def dialog_exec(dialog):
        name = type(dialog).__name__
        if name not in seen:
            seen[name] = duplicates(f"{name} ({dialog.windowTitle()})", dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QDialog, "open", dialog_exec)
    for name, answer in (
        ("getOpenFileName", ("", "")),
        ("getOpenFileNames", ([], "")),
        ("getSaveFileName", ("", "")),
    ):
        monkeypatch.setattr(QFileDialog, name, lambda *a, _answer=answer, **k: _answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    for name in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    for name in ("getText", "getMultiLineText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, False))
    return seen


#: Buttons not pressed on the walk: they change the store or leave the window, and open no dialog.
_NOT_PRESSED = re.compile(r"delete|remove|quit|undo|redo", re.IGNORECASE)


@pytest.mark.parametrize("language", ["en", "de", "nl", "sl"], indirect=True)
def test_no_two_controls_of_a_window_share_a_mnemonic(qtbot, demo_store, language, dialogs):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _settle()
    problems: list[str] = []
    pages = [
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.objectName().startswith("view_")
    ]
    assert len(pages) >= 8
    for action in sorted(pages, key=lambda a: a.objectName()):
        action.trigger()
        _settle()
        page = action.text().replace("&", "")
        form = window.findChild(StopForm) if action.objectName() == "view_5" else None
        problems += duplicates(f"page {page}", window, form)
        buttons = [
            b
            for b in window.centralWidget().findChildren(QAbstractButton)
            if b.isVisibleTo(window) and b.isEnabled() and not _NOT_PRESSED.search(b.objectName() + b.text())
        ]
        for button in buttons:
            if button.isCheckable():
                continue
            button.click()
            _settle()
    for action in window.menuBar().actions():
        for item in action.menu().actions() if action.menu() else ():
            if item.isSeparator() or item.menu() or _NOT_PRESSED.search(item.objectName()):
                continue
            item.trigger()
            _settle()
    problems += [problem for found in dialogs.values() for problem in found]
    assert {"ProspectDialog", "PrintDayDialog", "SettingsDialog"} <= set(dialogs)
    assert problems == [], "\n".join(problems)


def test_the_walk_finds_a_duplicate(qtbot):
    """The check itself: two buddies with the same letter are found, whatever their case."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("C&ountry:", QLineEdit())
    form.addRow("N&Otes:", QLineEdit())
    form.addRow("&Name:", QLineEdit())
    assert duplicates("d", dialog) == ["d: Alt+O for 'C&ountry:', 'N&Otes:'"]
