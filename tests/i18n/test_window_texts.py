"""The window in each language: the real main window started as ``ui.app.run`` starts it (the language
from ``$RECIPROCITY_LANG`` or from the store's setting) over the demo store; every page is shown, every
dialog the menus open is shown and closed, and every visible text is read (labels, buttons, group boxes,
tabs, table headers, menus, placeholders, tooltips, combo items, window titles, message boxes).

A text counts as untranslated when it is an English source of the catalog whose translation differs
(with its mnemonic and HTML taken out; a source with ``%1``/``%n``/``{name}`` matches any value there)
and it is not also a translation of some message: so "OK", "E-Mail" or "Name", the same in both
languages, need no list of exceptions, and data (names, numbers, dates) is no source at all.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QThreadPool, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from reciprocity_desktop import i18n
from reciprocity_desktop.i18n import LANG_ENV
from reciprocity_desktop.services import demo, settings
from reciprocity_desktop.ui import app as app_module
from reciprocity_desktop.ui.page_registry import KEYS

CSV = Path(__file__).resolve().parents[1] / "fixtures" / "csv" / "de_excel_cp1252.csv"
#: The menu actions that open a dialog (or ask a question) without changing the store.
DIALOG_ACTIONS = (
    "import_csv",
    "print_day",
    "export_sync",
    "conflicts",
    "new",
    "log_gift",
    "settings",
    "about",
)
#: What a visit must meet at least: each of these dialogs was walked (the menus' and the pages' buttons').
DIALOGS = {
    "CsvImportDialog", "PrintDayDialog", "ExportDialog", "ConflictLogDialog", "ProspectDialog",
    "LogGiftDialog", "SettingsDialog",
    "ContactDialog", "OutcomeDialog", "ReactionDialog", "EditGiftDialog", "StockItemDialog", "RestockDialog",
    "NewFollowUpDialog", "CompleteFollowUpDialog", "RescheduleDialog", "NoteDialog",
}  # fmt: skip


def _first_row(table) -> None:
    table.setFocus()
    table.selectRow(0)
    table.setCurrentIndex(table.model().index(0, 0))
    _settle()


def page_button_dialogs(window) -> None:
    """Open (and cancel) every dialog a page's buttons open, each over the page's first row: the
    prospect's edit, contact, outcome and gift dialogs; the gift's reaction and edit; the stock item's
    add, edit and restock; the follow-up's new, complete, reschedule and note."""
    prospects = window.show_page("prospects")
    _settle()
    _first_row(prospects.table)
    detail = prospects.detail
    _first_row(detail.contacts)
    for open_dialog in (prospects.edit_prospect, detail._add_contact, detail._edit_contact,
                        detail._record_outcome, detail._log_gift):  # fmt: skip
        open_dialog()
        _settle()
    gifts = window.show_page("gifts")
    _settle()
    _first_row(gifts.table)
    _first_row(gifts.stock.table)
    for action in (gifts.reaction_action, gifts.edit_action, gifts.stock.add_action, gifts.stock.edit_action,
                   gifts.stock.restock_action):  # fmt: skip
        action.trigger()
        _settle()
    followups = window.show_page("followups")
    _settle()
    _first_row(followups.table)
    for action in (followups.new_action, followups.complete_action, followups.reschedule_action,
                   followups.edit_note_action):  # fmt: skip
        action.trigger()
        _settle()
_PLACEHOLDER = re.compile(r"%L?\d|%n|%Ln|\{[a-z_]*\}")


def _plain(text: str) -> str:
    """A text as the eye reads it: no HTML, no mnemonic ampersand, spaces collapsed."""
    if "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


class Untranslated:
    """The English sources of ``lang``'s catalog whose translation differs, and a test of one text."""

    def __init__(self, lang: str) -> None:
        sources: set[str] = set()
        translations: set[str] = set()
        for (_context, source, _comment), entry in i18n._load(lang).items():
            forms = entry if isinstance(entry, tuple) else (entry,)
            translations.update(_plain(form) for form in forms)
            if all(_plain(form) != _plain(source) for form in forms):
                sources.add(_plain(source))
        self.sources = {s for s in sources if s and not _PLACEHOLDER.search(s)}
        self.translations = translations
        self.patterns = [self._pattern(s) for s in sources if _PLACEHOLDER.search(s)]
        self.patterns = [p for p in self.patterns if p is not None]
        self.translated_patterns = [p for p in map(self._pattern, translations) if p is not None]

    @staticmethod
    def _pattern(text: str) -> re.Pattern[str] | None:
        parts = _PLACEHOLDER.split(text)
        if len(parts) == 1 or sum(len(re.sub(r"\W", "", part)) for part in parts) < 4:
            return None  # no placeholder, or hardly any words around it
        return re.compile("^" + ".+?".join(re.escape(part) for part in parts) + "$", re.DOTALL)

    def __call__(self, text: str) -> bool:
        text = _plain(text)
        if not text or text in self.translations:
            return False
        if text in self.sources:
            return True
        return any(p.match(text) for p in self.patterns) and not any(
            p.match(text) for p in self.translated_patterns
        )


def _text(widget: QLabel | QAbstractButton) -> str:
    """The widget's text by Qt's own method (a subclass may hide ``text`` under an attribute)."""
    return (QLabel if isinstance(widget, QLabel) else QAbstractButton).text(widget)


def widget_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text ``top`` and its visible children show."""
    found: list[tuple[str, str]] = [(f"{type(top).__name__} title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        found.append((f"{where} tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((where, _text(widget)))
        elif isinstance(widget, QGroupBox):
            found.append((where, QGroupBox.title(widget)))
        elif isinstance(widget, QLineEdit):
            found.append((f"{where} placeholder", widget.placeholderText()))
            if widget.isReadOnly():
                found.append((where, _text(widget)))
        elif isinstance(widget, QPlainTextEdit):
            found.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(f"{where} item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found += [(f"{where} tab", widget.tabText(i)), (f"{where} tab tip", widget.tabToolTip(i))]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            count = model.columnCount() if orientation.name == "Horizontal" else 0
            found += [(f"{where} header", str(model.headerData(i, orientation) or "")) for i in range(count)]
        elif isinstance(widget, QMenu):
            found += [(f"{where} action", a.text()) for a in widget.actions()]
        for action in widget.actions():
            found += [(f"{where} action", action.text()), (f"{where} action tip", action.toolTip())]
    return found


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def _inner_tabs(top: QWidget) -> list[QTabWidget]:
    return [tabs for tabs in top.findChildren(QTabWidget) if tabs.objectName() != "views"]


def walk(top: QWidget) -> list[tuple[str, str]]:
    """The texts of ``top``, with each tab of its inner tab widgets shown in turn."""
    texts = widget_texts(top)
    for tabs in _inner_tabs(top):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for number in range(tabs.count()):
            tabs.setCurrentIndex(number)
            _settle()
            texts += widget_texts(tabs.widget(number))
        tabs.setCurrentIndex(current)
    return texts


@pytest.fixture
def clean(qapp, monkeypatch):
    """No translator and the system's formats after the test, whatever the start-up installed."""
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


def visit_the_window(store, monkeypatch) -> tuple[dict[str, list[tuple[str, str]]], set[str]]:
    """Start the window through ``ui.app.run``; show every page and open every menu's dialog.
    Returns the texts seen, by page or dialog, and the names of the dialogs walked."""
    seen: dict[str, list[tuple[str, str]]] = {}
    dialogs: set[str] = set()

    def dialog_exec(dialog):
        dialog.show()
        _settle()
        name = type(dialog).__name__
        dialogs.add(name)
        seen[name] = walk(dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    def message(kind):
        def show(_parent, title, text="", *_args, **_kwargs):
            seen.setdefault(f"QMessageBox.{kind}", []).extend([("title", title), ("text", text)])
            return QMessageBox.StandardButton.No

        return show

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    for kind in ("information", "warning", "critical", "about", "question"):
        monkeypatch.setattr(QMessageBox, kind, message(kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(CSV), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("", False))

    def exec_(app):
        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "tabs"))
        _settle()
        seen["menus"] = [
            (f"menu {menu.title()}", action.text())
            for menu in window.menuBar().findChildren(QMenu)
            for action in [menu.menuAction(), *menu.actions()]
        ]
        for number, key in enumerate(KEYS):
            window.tabs.setCurrentIndex(number)
            _settle()
            seen[key] = walk(window)
        window.show_page("prospects")
        _settle()
        actions = {a.objectName(): a for a in window.findChildren(QAction)}
        for name in DIALOG_ACTIONS:
            actions[name].trigger()
            _settle()
        page_button_dialogs(window)
        window.close()
        window.deleteLater()  # now, not while Python shuts down
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app_module.run(store.path) == 0
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return seen, dialogs


#: Set in the child run of :func:`test_every_visible_text_of_the_window_is_translated`: "lang:how".
CHILD_ENV = "RECIPROCITY_TEST_WINDOW_TEXTS"


@pytest.mark.skipif(not os.environ.get(CHILD_ENV), reason="runs in its own process, see below")
def test_the_window_in_one_language(clean, store, monkeypatch):
    lang, how = os.environ[CHILD_ENV].split(":")
    demo.load_demo(store)
    if how == "setting":
        settings.set_(store, "language", lang)
        monkeypatch.delenv(LANG_ENV, raising=False)
    else:
        monkeypatch.setenv(LANG_ENV, lang)
    store.close()
    untranslated = Untranslated(lang)
    seen, dialogs = visit_the_window(store, monkeypatch)

    assert set(KEYS) <= set(seen) and dialogs >= DIALOGS, sorted(DIALOGS - dialogs)
    assert len(seen["prospects"]) > 100  # the walk read the page
    english = sorted(
        {
            f"{part}: {where}: {text!r}"
            for part, texts in seen.items()
            for where, text in texts
            if untranslated(text)
        }
    )
    assert english == []


@pytest.mark.parametrize(("lang", "how"), [("de", "variable"), ("nl", "setting"), ("sl", "variable")])
def test_every_visible_text_of_the_window_is_translated(lang, how):
    """Each language in a process of its own: the start-up installs translators and locale for good, and
    (PySide6 6.12, Python 3.11) a second or third translated window in one process ends the process
    with "bool_dealloc" at exit."""
    env = {**os.environ, CHILD_ENV: f"{lang}:{how}"}
    env.pop("PYTEST_ADDOPTS", None)
    child = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         f"{__file__}::test_the_window_in_one_language"],
        env=env, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    report = "\n".join(line for line in child.stdout.splitlines() if "QtWarningMsg" not in line)
    assert child.returncode == 0, report
    assert "1 passed" in child.stdout


def test_the_check_knows_english_from_a_word_both_languages_share():
    untranslated = Untranslated("de")
    assert untranslated("All tags") and untranslated("&Prospects")
    assert not untranslated("Alle Schlagwörter") and not untranslated("OK") and not untranslated("E-Mail")
    assert untranslated("Exported 12 prospect(s) to /tmp/x.csv.")
    assert not untranslated("Bäckerei Müller GmbH") and not untranslated("02.12.2026")
