"""The window says a store's trouble (store/errors.py's sentences) in its language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from reciprocity_desktop.paths import resource
from reciprocity_desktop.store.errors import database_error
from reciprocity_desktop.ui.labels import store_error_text


def test_a_full_disk_is_said_in_german(qapp):
    translator = QTranslator()
    assert translator.load(str(resource("i18n", "reciprocity_de.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        error = database_error(sqlite3.OperationalError("database or disk is full"), Path("/daten/s.sqlite3"))
        assert store_error_text(error).startswith("Der Datenträger mit /daten/s.sqlite3 ist voll")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert store_error_text(error).startswith("The disk holding /daten/s.sqlite3 is full")
