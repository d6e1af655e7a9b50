"""File → Import CSV… in the real window: the file is checked in the background, a dialog asks with the
counts, the first rows and the bad lines, and Import adds the rows (Cancel adds none).

The dialog opens (modally) once the check is done; :func:`answer` waits for it and acts as a user
would. Texts are compared in English with the "(s)" of Qt's numerus forms read as the plural (the
catalogs turn "%n prospect(s)" into "4 prospects").
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog, QPushButton

from reciprocity_desktop.services import csv_io, prospects
from reciprocity_desktop.services.csv_io import reading
from reciprocity_desktop.ui.csv_import import CsvImportDialog
from reciprocity_desktop.ui.main_window import MainWindow

HEADER = "Firma;Straße;PLZ;Ort;Land;E-Mail;Ansprechpartner;Intern"
ROWS = [
    "Bäckerei Müller GmbH;Hauptstraße 5;80331;München;Deutschland;info@baeckerei.de;Jürgen Weiß;x",
    "Autohaus Straßer;Ringstraße 1;93047;Regensburg;DE;;;",
    "Vorhanden KG;Markt 1;1010;Wien;Österreich;;Eva Gruber;",  # the store has it already
    "Kaputt AG;;12345;Berlin;Atlantis;keine-mail;;",  # two errors on one line
    "BÄCKEREI MÜLLER GMBH;;80331;;DE;;Anna Weiß;",  # the first row again, with another contact person
    "Weißbräu Döbeln;;04720;Döbeln;Germany;;;",
    ";Ohne Name;10115;Berlin;DE;;;",  # no name
    "Café Sacher;Philharmonikerstr. 4;1010;Wien;AT;;Hans Sacher;",
]


def english(text: str) -> str:
    """The text as the English catalog words it: "1 new prospect(s)" → "1 new prospect", "4 … row(s)" → "rows"."""
    return re.sub(r"\b1 ((?:\w+ )*?\w+)\(s\)", r"1 \1", text).replace("(s)", "s")


def write_file(path: Path, rows: list[str] = ROWS) -> Path:
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="cp1252")
    return path


@pytest.fixture
def window(qtbot, store):
    prospects.add_prospect(store, name="Vorhanden KG", postal_code="1010", city="Wien", country="AT")
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def pick(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def answer(interact: Callable[[CsvImportDialog], None]) -> dict:
    """When the import dialog opens, ``interact`` with it; a dialog left open is cancelled (no hang)."""
    state: dict = {}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CsvImportDialog):
            QTimer.singleShot(20, poll)
            return
        state["dialog"] = dialog
        try:
            interact(dialog)
        except BaseException as exc:  # re-raised by the test, after the dialog is gone
            state["error"] = exc
        finally:
            if dialog.isVisible():
                dialog.reject()
            state["done"] = True

    QTimer.singleShot(0, poll)
    return state


def finish(qtbot, state: dict) -> None:
    qtbot.waitUntil(lambda: "done" in state, timeout=20_000)
    if "error" in state:
        raise state["error"]


def table(model) -> list[list[str]]:
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def file_menu_action(window, text: str):
    (action,) = [a for a in window.file_menu.actions() if a.text().replace("&", "") == text]
    return action


def test_the_dialog_asks_with_the_counts_the_first_rows_and_the_bad_lines_and_import_adds_them(
    qtbot, window, store, tmp_path, monkeypatch, no_message_boxes
):
    pick(monkeypatch, write_file(tmp_path / "kunden.csv"))
    seen: dict = {}

    def look_then_import(dialog: CsvImportDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["question"] = english(dialog.question.text())
        seen["counts"] = [
            english(label.text()) for label in dialog.counts.values() if label.isVisibleTo(dialog)
        ]
        seen["file"] = english(dialog.file_note.text())
        seen["rows"] = table(dialog.rows_model)
        seen["rows_label"] = english(dialog.rows_label.text())
        seen["problems"] = table(dialog.problems_model)
        seen["problems_label"] = english(dialog.problems_label.text())
        seen["buttons"] = (
            dialog.import_button.text(),
            dialog.import_button.isDefault(),
            dialog.cancel_button.text(),
        )
        assert prospects.count_prospects(store) == 1  # nothing written while it asks
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    state = answer(look_then_import)
    with qtbot.waitSignal(window.ctx.events.changed, timeout=20_000):
        file_menu_action(window, "Import CSV…").trigger()
        finish(qtbot, state)
    assert seen["title"] == "Import kunden.csv"
    assert seen["question"] == "Import 4 new prospects?"
    assert seen["counts"] == [
        "• 4 new prospects, with 3 contact persons",
        "• 1 already in the store (left unchanged)",
        "• 1 row repeating an earlier one (a new contact person joins that prospect)",
        "• 2 lines with errors (skipped, see below)",
    ]
    assert seen["file"] == (
        "8 rows read from kunden.csv (Windows-1252, separated by semicolons). Columns not imported: Intern."
    )
    assert seen["rows_label"] == "The rows of the file, as the import takes them:"
    assert seen["rows"] == [
        ["2", "New", "Bäckerei Müller GmbH", "Hauptstraße 5", "80331", "München", "DE", "Jürgen Weiß"],
        ["3", "New", "Autohaus Straßer", "Ringstraße 1", "93047", "Regensburg", "DE", ""],
        ["4", "In the store already", "Vorhanden KG", "Markt 1", "1010", "Wien", "AT", "Eva Gruber"],
        ["6", "Repeats an earlier row", "BÄCKEREI MÜLLER GMBH", "", "80331", "", "DE", "Anna Weiß"],
        ["7", "New", "Weißbräu Döbeln", "", "04720", "Döbeln", "DE", ""],
        ["9", "New", "Café Sacher", "Philharmonikerstr. 4", "1010", "Wien", "AT", "Hans Sacher"],
    ]
    assert seen["problems_label"] == "2 lines cannot be imported and will be skipped:"
    assert seen["problems"] == [
        [
            "5",
            "Country 'Atlantis' is not a country name or ISO code (e.g. Deutschland, Nederland, Slovenija, DE).",
        ],
        ["5", "E-mail 'keine-mail' is not an e-mail address."],
        ["8", "Name must not be empty."],
    ]
    assert seen["buttons"] == ("&Import", True, "Cancel")
    qtbot.waitUntil(
        lambda: english(window.statusBar().currentMessage()) == "Imported 4 prospects from kunden.csv."
    )
    names = {p.name for p in prospects.list_prospects(store)}
    assert names == {
        "Vorhanden KG",
        "Bäckerei Müller GmbH",
        "Autohaus Straßer",
        "Weißbräu Döbeln",
        "Café Sacher",
    }
    assert window.current_page() is window.prospects
    assert window.prospects.model.rowCount() == 5
    assert no_message_boxes == []


def test_cancel_in_the_dialog_adds_nothing(qtbot, window, store, tmp_path, monkeypatch):
    pick(monkeypatch, write_file(tmp_path / "kunden.csv"))
    state = answer(lambda dialog: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton))
    window.import_csv_action.trigger()
    finish(qtbot, state)
    qtbot.wait(200)
    assert prospects.count_prospects(store) == 1
    assert window.ctx.undo_stack.count() == 0
    assert window.csv_importer.task.cancelled is False  # the check's task: no import was started


def test_a_file_with_nothing_new_cannot_be_imported(qtbot, window, store, tmp_path, monkeypatch):
    pick(monkeypatch, write_file(tmp_path / "alt.csv", [ROWS[2], ROWS[3]]))
    seen: dict = {}

    def look(dialog: CsvImportDialog) -> None:
        seen["question"] = dialog.question.text()
        seen["import"] = dialog.import_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter imports nothing: the default button is disabled
        if dialog.isVisible():
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["accepted"] = dialog.result() == QDialog.DialogCode.Accepted

    state = answer(look)
    window.import_csv_action.trigger()
    finish(qtbot, state)
    assert seen == {
        "question": "There is nothing new to import: every prospect in the file is in the store already.",
        "import": False,
        "accepted": False,
    }
    assert prospects.count_prospects(store) == 1


def test_the_window_reads_the_rows_twice_and_the_encoding_once(
    qtbot, window, store, tmp_path, monkeypatch, no_message_boxes
):
    pick(monkeypatch, write_file(tmp_path / "kunden.csv"))
    passes, scans = [], []
    iter_records, choose_encoding = reading.ParsedCsv.iter_records, reading.choose_encoding
    monkeypatch.setattr(
        reading.ParsedCsv, "iter_records", lambda self: (passes.append(1), iter_records(self))[1]
    )
    monkeypatch.setattr(reading, "choose_encoding", lambda *a: (scans.append(1), choose_encoding(*a))[1])
    state = answer(lambda dialog: dialog.import_button.click())
    with qtbot.waitSignal(window.ctx.events.changed, timeout=20_000):
        window.import_csv_action.trigger()
        finish(qtbot, state)
    assert prospects.count_prospects(store) == 5
    assert (len(passes), len(scans)) == (2, 1)  # the check, then the import: no pass to count the rows


def test_a_file_that_is_no_csv_is_refused_plainly(
    qtbot, window, store, tmp_path, monkeypatch, no_message_boxes
):
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    pick(monkeypatch, path)
    window.import_csv_action.trigger()
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=20_000)
    (shown,) = no_message_boxes
    assert shown.startswith("Cannot import bild.csv: ") and "is not a text (CSV) file" in shown
    assert prospects.count_prospects(store) == 1


def _write_many(path: Path, rows: int) -> Path:
    lines = ["Firma;PLZ;Ort;Land"] + [f"Firma {i};{10000 + i};Köln;Deutschland" for i in range(rows)]
    path.write_text("\n".join(lines), encoding="cp1252")
    return path


def test_cancelling_the_import_in_its_progress_dialog_changes_nothing_and_says_so(
    qtbot, window, store, tmp_path, monkeypatch
):
    """File → Import CSV…, Import in the dialog, then Cancel in the progress dialog: nothing imported, a note."""
    pick(monkeypatch, _write_many(tmp_path / "kunden.csv", 3000))
    pressed_cancel = threading.Event()
    import_csv = csv_io.import_csv

    def import_after_cancel(*args, **kwargs):  # the import's worker starts only once the user pressed Cancel
        assert threading.current_thread() is not threading.main_thread()
        assert pressed_cancel.wait(20)
        return import_csv(*args, **kwargs)

    monkeypatch.setattr(csv_io, "import_csv", import_after_cancel)
    state = answer(lambda dialog: dialog.import_button.click())
    window.import_csv_action.trigger()
    finish(qtbot, state)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in window.findChildren(QProgressDialog)), timeout=10_000)
    (progress,) = [p for p in window.findChildren(QProgressDialog) if p.isVisible()]
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    pressed_cancel.set()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Import cancelled; nothing was changed.",
        timeout=20_000,
    )
    assert prospects.count_prospects(store) == 1
    assert window.ctx.undo_stack.count() == 0


def test_cancelling_a_csv_import_leaves_the_store_as_it_was(store, tmp_path):
    path = _write_many(tmp_path / "big.csv", 3000)
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 3  # cancel on the third report

    with pytest.raises(csv_io.Cancelled):
        csv_io.import_csv(store, path, progress=progress)
    assert prospects.count_prospects(store) == 0


def test_the_welcome_page_imports_too(qtbot, store, tmp_path, monkeypatch):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.welcome
    pick(monkeypatch, write_file(tmp_path / "kunden.csv"))
    state = answer(lambda dialog: dialog.import_button.click())
    with qtbot.waitSignal(window.ctx.events.changed, timeout=20_000):
        qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
        finish(qtbot, state)
    assert prospects.count_prospects(store) == 5
    assert window.stack.currentWidget() is window.tabs
    assert english(window.statusBar().currentMessage()) == "Imported 5 prospects from kunden.csv."
