"""File → Backups…: the store's backups listed (date, reason, size, sound), one restored into the open window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import backups as b
from reciprocity_desktop.ui.backups import BackupsDialog
from reciprocity_desktop.ui.labels import fmt_datetime
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.prospects.view import ProspectsView


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def opened(monkeypatch):
    """The dialogs File → Backups… opened; ``opened.then(dialog)`` runs while each is shown."""

    class Opened(list):
        then = staticmethod(lambda dialog: None)

    dialogs = Opened()

    def exec_(dialog):
        dialogs.append(dialog)
        dialogs.then(dialog)
        return 0

    monkeypatch.setattr(BackupsDialog, "exec", exec_)
    return dialogs


def _rows(dialog: BackupsDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_the_menu_lists_the_backups_with_date_reason_size_and_soundness(window, store, opened):
    prospects.add_prospect(store, name="Listed GmbH")
    first = b.backup_file(store.path, "daily", now=dt.datetime(2026, 3, 4, 8, 15))
    second = b.backup_file(store.path, "before-import", now=dt.datetime(2026, 3, 5, 9, 0))
    with open(first, "r+b") as handle:  # rots
        handle.seek(0)
        handle.write(b"\0" * 100)
    window.backups_action.trigger()
    [dialog] = opened
    assert [a.objectName() for a in window.menuBar().actions()[0].menu().actions()].count("backups") == 1
    rows = _rows(dialog)
    assert [row[0] for row in rows] == [
        fmt_datetime(dt.datetime(2026, 3, 5, 9, 0)),
        fmt_datetime(dt.datetime(2026, 3, 4, 8, 15)),
    ]
    assert rows[0][0].endswith("09:00")
    assert [row[1] for row in rows] == ["before a sync import", "daily"]
    assert rows[0][2].endswith((" kB", " MB")) and [row[3] for row in rows] == ["yes", "no (damaged)"]
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert not dialog.restore_button.isEnabled()  # a damaged backup cannot be restored
    assert second.is_file()


def test_restoring_from_the_menu_reopens_the_store_in_the_window(window, store, opened, monkeypatch):
    prospects.add_prospect(store, name="Before GmbH")
    made = b.backup_file(store.path, "daily")
    prospects.add_prospect(store, name="After GmbH")
    window.refresh()
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)

    def restore(dialog: BackupsDialog) -> None:
        dialog.table.selectRow([info.path for info in dialog.infos].index(made))
        dialog.restore_button.click()

    opened.then = restore
    window.backups_action.trigger()
    [dialog] = opened
    assert dialog.restored == made
    assert asked and "kept aside" in asked[0]
    assert sorted(p.name for p in prospects.list_prospects(store)) == ["Before GmbH"]
    page = window.show_page("prospects")
    assert isinstance(page, ProspectsView)
    page.refresh()
    assert page.model.rowCount() == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("Restored the backup of ") and "before-restore" in message
    assert not window.ctx.undo_stack.canUndo()
    aside = [info for info in b.list_backups(store.path) if info.reason == "before-restore"]
    assert len(aside) == 1 and aside[0].sound
    # the window keeps working on the restored store
    prospects.add_prospect(store, name="Later GmbH")
    assert sorted(p.name for p in prospects.list_prospects(store)) == ["Before GmbH", "Later GmbH"]


def test_a_cancelled_restore_changes_nothing(window, store, opened, monkeypatch):
    prospects.add_prospect(store, name="Before GmbH")
    b.backup_file(store.path, "daily")
    prospects.add_prospect(store, name="After GmbH")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    opened.then = lambda dialog: dialog.restore_button.click()
    window.backups_action.trigger()
    assert sorted(p.name for p in prospects.list_prospects(store)) == ["After GmbH", "Before GmbH"]
    assert [info.reason for info in b.list_backups(store.path)] == ["daily"]


def test_deleting_a_contact_in_the_window_says_it_reaches_the_backups(window, store, monkeypatch):
    p = prospects.add_prospect(store, name="Optik Schönblick")
    prospects.add_contact(store, p.id, name="Julia Quirinsdottir", phone="+49 69 1")
    made = b.backup_file(store.path, "daily")
    assert b"Julia Quirinsdottir" in made.read_bytes()
    view = window.show_page("prospects")
    view.refresh()
    view.select_prospect(p.id)
    view.detail.contacts.selectRow(0)
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    view.detail.delete_contact_button.click()
    assert "backup files" in asked[0]
    assert b"Julia Quirinsdottir" not in made.read_bytes()


@pytest.mark.parametrize(("locale", "large"), [("en_GB", "3.4 MB"), ("de_DE", "3,4 MB")])
def test_the_sizes_read_in_the_users_language(window, store, opened, locale, large):
    from PySide6.QtCore import QLocale

    small = b.backup_file(store.path, "daily", now=dt.datetime(2026, 3, 4, 8, 15))
    big = b.backup_file(store.path, "before-import", now=dt.datetime(2026, 3, 5, 9, 0))
    with open(big, "r+b") as handle:  # padded with zeros to 3.4 MB: the size is what counts here
        handle.truncate(3_400_000)
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        window.backups_action.trigger()
        [dialog] = opened
        sizes = [row[2] for row in _rows(dialog)]
    finally:
        QLocale.setDefault(previous)
    kilobytes = round(small.stat().st_size / 1000)
    assert sizes == [large, f"{kilobytes} kB"]
