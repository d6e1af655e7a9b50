"""Sync in the window: export, import with a preview, passphrases, colleague gifts, the conflict log."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from reciprocity_desktop import sync
from reciprocity_desktop.services import demo, gifts, prospects, visits
from reciprocity_desktop.store import open_store
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.sync import conflicts, export, importer
from reciprocity_desktop.ui.sync.shared import SYNC_SUFFIX


@pytest.fixture
def other_store(tmp_path):
    s = open_store(tmp_path / "colleague.sqlite3")
    yield s
    s.close()


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def previews(monkeypatch):
    """Accept every import preview, remembering what it showed."""
    shown = []

    def confirm(self, summary):
        dialog = importer.ImportPreviewDialog(summary, self.parent)
        shown.append((summary, dialog.totals.text(), dialog.model.rowCount()))
        dialog.deleteLater()
        return True

    monkeypatch.setattr(importer.SyncImporter, "confirm", confirm)
    return shown


@pytest.fixture
def messages(monkeypatch):
    seen = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: seen.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen.append((title, text)))
    return seen


def _export(qtbot, window, path, passphrase=None):
    task = export.export_for_sync(window, window.ctx, ask=False, values=(path, None, passphrase))
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert path.exists()


def test_export_then_import_into_an_empty_store_with_a_preview(
    qtbot, store, other_store, tmp_path, previews, messages
):
    demo.load_demo(other_store)
    colleague = MainWindow(other_store)
    qtbot.addWidget(colleague)
    path = tmp_path / f"team{SYNC_SUFFIX}"
    _export(qtbot, colleague, path)

    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.welcome
    importer_task = window.import_sync_file(path)
    assert importer_task is not None
    qtbot.waitUntil(lambda: window.sync_importer.summary is not None, timeout=30_000)
    summary, totals, table_rows = previews[0]
    assert summary.dry_run and summary.new == window.sync_importer.summary.new > 0
    assert f"New: {summary.new}" in totals and table_rows == len(summary.tables)
    assert prospects.count_prospects(store) == prospects.count_prospects(other_store)
    assert window.stack.currentWidget() is window.tabs  # the store is no longer empty


def test_encrypted_file_asks_for_the_passphrase(
    qtbot, store, other_store, tmp_path, previews, messages, monkeypatch
):
    prospects.add_prospect(other_store, name="Čebelarstvo Žužek", country="SI")
    colleague = MainWindow(other_store)
    qtbot.addWidget(colleague)
    path = tmp_path / f"secret{SYNC_SUFFIX}"
    _export(qtbot, colleague, path, passphrase="medved in čebela")
    asked = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: (asked.append(a[2]) or "medved in čebela", True)
    )
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.import_sync_file(path)
    qtbot.waitUntil(lambda: window.sync_importer.summary is not None, timeout=30_000)
    assert asked and "encrypted" in asked[0]
    assert [p.name for p in prospects.list_prospects(store)] == ["Čebelarstvo Žužek"]


def test_a_damaged_file_is_refused_and_changes_nothing(qtbot, window, store, tmp_path, previews, messages):
    prospects.add_prospect(store, name="Keep me")
    path = tmp_path / f"broken{SYNC_SUFFIX}"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    window.import_sync_file(path)
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert messages[0][0] == "Cannot import broken.rcsync"
    assert previews == []
    assert [p.name for p in prospects.list_prospects(store)] == ["Keep me"]


def test_colleague_gift_to_a_planned_prospect_is_announced(
    qtbot, store, other_store, tmp_path, previews, messages
):
    colleague = MainWindow(other_store)
    qtbot.addWidget(colleague)
    shared = prospects.add_prospect(other_store, name="Hotel Zur Post", city="Ingolstadt")
    first = tmp_path / f"1{SYNC_SUFFIX}"
    _export(qtbot, colleague, first)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.import_sync_file(first)
    qtbot.waitUntil(lambda: window.sync_importer.summary is not None, timeout=30_000)
    visits.plan_day(store, dt.date.today() + dt.timedelta(days=2), [shared.id])

    gifts.log_gift(other_store, shared.id, kind="personal", description="Pralinen für die Chefin")
    second = tmp_path / f"2{SYNC_SUFFIX}"
    _export(qtbot, colleague, second)
    window.import_sync_file(second)
    qtbot.waitUntil(lambda: any(title == "Gifts from colleagues" for title, _ in messages), timeout=30_000)
    text = next(text for title, text in messages if title == "Gifts from colleagues")
    assert "Hotel Zur Post" in text and "Pralinen für die Chefin" in text


def test_conflict_log_shows_the_losing_version_and_restores_it(
    qtbot, store, other_store, tmp_path, previews, messages
):
    colleague = MainWindow(other_store)
    qtbot.addWidget(colleague)
    p = prospects.add_prospect(other_store, name="Optik Schönblick", phone="+49 69 1")
    base = tmp_path / f"base{SYNC_SUFFIX}"
    _export(qtbot, colleague, base)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.import_sync_file(base)
    qtbot.waitUntil(lambda: window.sync_importer.summary is not None, timeout=30_000)

    prospects.update_prospect(store, p.id, phone="+49 69 LOCAL")  # both change the same record
    prospects.update_prospect(other_store, p.id, phone="+49 69 COLLEAGUE")  # ... the colleague later
    theirs = tmp_path / f"theirs{SYNC_SUFFIX}"
    _export(qtbot, colleague, theirs)
    window.sync_importer = None
    window.import_sync_file(theirs)
    qtbot.waitUntil(lambda: window.sync_importer.summary is not None, timeout=30_000)
    assert window.sync_importer.summary.conflicts == 1
    assert prospects.get_prospect(store, p.id).phone == "+49 69 COLLEAGUE"

    dialog = conflicts.ConflictLogDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 2).data() == "Optik Schönblick"
    dialog.table.selectRow(0)
    assert "+49 69 LOCAL" in dialog.detail.toPlainText()
    dialog.restore_button.click()
    assert prospects.get_prospect(store, p.id).phone == "+49 69 LOCAL"
    assert dialog.model.rowCount() == 0  # restored ones are hidden by default
    assert sync.list_conflicts(store, include_restored=True)[0].restored_at is not None


def test_export_dialog_checks_the_passphrase_twice(qtbot, window):
    dialog = export.ExportDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.export_button.isEnabled()
    dialog.encrypt.setChecked(True)
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "geheim")
    qtbot.keyClicks(dialog.repeat, "geheimX")
    assert not dialog.export_button.isEnabled() and "differ" in dialog.error.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "geheim")
    assert dialog.export_button.isEnabled()
    path, since, passphrase = dialog.values()
    assert path.suffix == SYNC_SUFFIX and since is None and passphrase == "geheim"


def test_a_cancelled_export_says_so_in_the_status_bar(qtbot, window, tmp_path, messages, monkeypatch):
    def export_until_cancelled(store, path, *, since, passphrase, progress):
        while progress(0, 1):
            time.sleep(0.005)
        raise sync.ExportCancelled("The export was cancelled; no file was written.")

    monkeypatch.setattr(sync, "export_file", export_until_cancelled)
    task = export.export_for_sync(window, window.ctx, ask=False, values=(tmp_path / "x.rcsync", None, None))
    with qtbot.waitSignal(task.finished, timeout=30_000):
        task.dialog.canceled.emit()  # the progress dialog's Cancel
    assert window.statusBar().currentMessage() == "The export was cancelled; no file was written."
    assert messages == [] and not (tmp_path / "x.rcsync").exists()
