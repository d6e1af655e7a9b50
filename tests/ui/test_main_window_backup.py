"""File → Backup…: the dialog opens in the store's backups folder with a dated name, and writes the copy asked for."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import prospects
from reciprocity_desktop.store.engine import KEEP_BACKUPS, backup_file
from reciprocity_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def asked(monkeypatch):
    """What the save dialog was given (caption, the suggested path); it answers with ``asked.answer``."""

    class Asked(list):
        answer = ""

    calls = Asked()

    def get_save_file_name(_parent, caption, directory, _filter, *args, **kwargs):
        calls.append((caption, directory))
        return calls.answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return calls


def test_backup_opens_in_the_stores_backups_folder_with_a_dated_name(window, store, asked, tmp_path):
    prospects.add_prospect(store, name="Kept in the copy")
    asked.answer = ""  # cancelled: nothing written
    window.backup_action.trigger()
    [(caption, suggested)] = asked
    folder = backup_dir_for(store.path)
    assert folder == tmp_path / "backups" and folder.is_dir()
    assert suggested.startswith(str(folder / f"{store.path.stem} backup "))
    assert suggested.endswith(".sqlite3")
    assert caption == "Back up the store"
    assert list(folder.glob("* backup *")) == []

    asked.answer = suggested
    window.backup_action.trigger()
    with sqlite3.connect(suggested) as copy:
        assert copy.execute("SELECT name FROM prospects").fetchall() == [("Kept in the copy",)]
    assert window.statusBar().currentMessage() == f"Backup written to {suggested}."


def test_the_automatic_backups_never_delete_a_backup_made_from_the_menu(window, store, asked):
    window.backup_action.trigger()  # cancelled: only to learn the suggested name
    asked.answer = asked[0][1]
    window.backup_action.trigger()
    start = dt.datetime.now() - dt.timedelta(days=60)
    for n in range(60):  # two months of automatic backups, thinned to the last 7 days and so on
        backup_file(store.path, "daily", now=start + dt.timedelta(days=n))
    folder = backup_dir_for(store.path)
    rotated = set(folder.glob(f"{store.path.stem}-*{store.path.suffix}"))  # what thinning keeps a few of
    assert KEEP_BACKUPS <= len(rotated) < 60
    assert (folder / asked.answer).is_file() and folder / asked.answer not in rotated


def test_without_a_backups_folder_the_dialog_offers_the_stores_folder(window, store, asked):
    backup_dir_for(store.path).write_text("a file where the folder would be", encoding="utf-8")
    window.backup_action.trigger()
    [(_caption, suggested)] = asked
    assert suggested.startswith(str(store.path.parent / f"{store.path.stem} backup "))
