"""``reciprocity-desktop FILE.rcsync`` (what a file manager runs): the window starts with that file's sync import.

Through the real entry point, ``cli.main(argv)``: the window opens on the store, the passphrase is asked
for an encrypted file, the preview names the file, importing it adds the records. A file that is not
there, or is no sync file, is said so in the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from reciprocity_desktop import cli, sync
from reciprocity_desktop.services import demo
from reciprocity_desktop.store import open_store
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.sync.importer import ImportPreviewDialog

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def colleague_file(tmp_path) -> Path:
    """A colleague's encrypted sync file of the demo tour."""
    colleague = open_store(tmp_path / "colleague.sqlite3")
    try:
        demo.load_demo(colleague)
        path = tmp_path / "from colleague.rcsync"
        sync.export_file(colleague, path, passphrase=PASSPHRASE)
    finally:
        colleague.close()
    return path


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []

    def record(_parent, title, text, *args, **kwargs):
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return seen


def _main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def _run_window(qapp, monkeypatch, argv: list[str], answer, finished) -> None:
    """``cli.main(argv)`` with its window's event loop running; ``answer(dialog)`` handles each modal dialog
    until ``finished(window)`` is true, then the window closes and the loop ends.

    The loop is a local one instead of the application's own ``exec()``: the session's QApplication, once
    its ``exec()`` has returned, counts as closing, and later tests' background work would never finish.
    The translators the start installs are taken out again.
    """
    from reciprocity_desktop.ui import app as ui_app
    from reciprocity_desktop.ui.translation import install_translators, remove_translators

    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda _app: loop.exec())
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.run installs its own
    installed: list = []
    monkeypatch.setattr(
        ui_app, "install_translators", lambda app, lang=None: installed.extend(install_translators(app, lang))
    )
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        window = _main_window()
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            answer(dialog)
        elif window is not None and finished(window):
            timer.stop()
            window.close()
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    safety_net = QTimer()  # the asserts after it then say what was missing
    safety_net.setSingleShot(True)
    safety_net.timeout.connect(loop.quit)
    safety_net.start(60_000)
    try:
        assert cli.main(argv) == 0
    finally:
        timer.stop()
        safety_net.stop()
        remove_translators(qapp, installed)
        window = _main_window()
        if window is not None:
            window.deleteLater()


def test_opening_a_sync_file_starts_the_window_with_its_import(qapp, monkeypatch, tmp_path, colleague_file, messages):
    db = tmp_path / "mine.sqlite3"
    open_store(db).close()
    seen: list[tuple[str, ...]] = []

    def answer(dialog) -> None:
        if isinstance(dialog, QInputDialog):
            seen.append(("passphrase", dialog.labelText()))
            dialog.setTextValue(PASSPHRASE)
            dialog.accept()
        elif isinstance(dialog, ImportPreviewDialog):
            seen.append(("preview", dialog.windowTitle(), dialog.totals.text()))
            dialog.import_button.click()

    _run_window(
        qapp, monkeypatch, ["--db", str(db), str(colleague_file)], answer,
        lambda window: window.sync_importer.summary is not None if hasattr(window, "sync_importer") else False,
    )  # fmt: skip

    assert seen[0] == ("passphrase", "from colleague.rcsync is encrypted. Passphrase:")
    assert seen[1][:2] == ("preview", "Import from colleague.rcsync")
    assert seen[1][2].startswith("New: ")
    store = open_store(db)
    try:
        with store.cursor() as cursor:
            assert cursor.execute("SELECT count(*) FROM prospects").fetchone()[0] > 0
            assert cursor.execute("SELECT count(*) FROM gifts").fetchone()[0] > 0
    finally:
        store.close()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: None, "The file {path} does not exist."),
        (lambda path: path.mkdir(), "{path} is a folder, not a sync file."),
        (
            lambda path: path.write_bytes(b"not a zip"),
            "The file {path} is not a Reciprocity Desktop sync file (it is neither a ZIP archive nor an "
            "encrypted sync file); nothing was imported.",
        ),
    ],
    ids=["missing", "folder", "not-a-sync-file"],
)
def test_a_file_that_cannot_be_imported_is_said_so_in_the_window(qapp, monkeypatch, tmp_path, messages, make, says):
    db = tmp_path / "mine.sqlite3"
    path = tmp_path / "gone.rcsync"
    make(path)
    _run_window(qapp, monkeypatch, ["--db", str(db), str(path)], lambda dialog: None, lambda _w: bool(messages))
    assert messages == [("Cannot import gone.rcsync", says.format(path=path))]


def test_the_preview_names_the_kinds_of_records_in_the_users_language(qapp):
    from reciprocity_desktop.ui.sync.shared import table_label
    from reciprocity_desktop.ui.translation import install_translators, remove_translators

    installed = install_translators(qapp, "de")
    try:
        labels = [table_label(t) for t in ("prospects", "contacts", "stock_items", "visits", "gifts", "followups")]
    finally:
        remove_translators(qapp, installed)
    assert labels == ["Interessenten", "Ansprechpartner", "Geschenkelager", "Besuche", "Geschenke", "Wiedervorlagen"]
    assert table_label("outcomes") == "Outcomes"
