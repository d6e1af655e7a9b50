"""The store's plain sentences (store/errors.py: in use, read-only, a full disk…) in the run's language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.store.errors import database_error, explain_database_error


@pytest.fixture
def german():
    before = cli.language()
    cli._set_language("de")
    yield
    cli._set_language(before)


def test_a_locked_store_is_said_in_german(german):
    error = database_error(sqlite3.OperationalError("database is locked"), Path("/daten/store.sqlite3"))
    assert cli.user_text(error) == (
        "Der Datenbestand /daten/store.sqlite3 wird von einem anderen Programm verwendet. "
        "Schließen Sie es und versuchen Sie es erneut."
    )


def test_english_keeps_the_sentence_word_for_word():
    path = Path("/data/store.sqlite3")
    for reason in ("database is locked", "attempt to write a readonly database", "database or disk is full",
                   "unable to open database file", "something else"):  # fmt: skip
        exc = sqlite3.OperationalError(reason)
        error = database_error(exc, path)
        assert str(error) == explain_database_error(exc, path)
    assert str(database_error(sqlite3.OperationalError("database is locked"), path)) == (
        "The store /data/store.sqlite3 is in use by another program. Close it and try again."
    )
