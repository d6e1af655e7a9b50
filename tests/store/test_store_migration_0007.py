"""Revision 0007: a store of schema 0006 learns where its prospects' coordinates came from.

Coordinates already there were entered; prospects without any get their postal code's (the way a
new prospect does); unknown codes, no country, uncovered countries stay without. Stamps stay.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reciprocity_desktop.services import geo
from reciprocity_desktop.store import open_store, search
from reciprocity_desktop.store.engine import head_revision
from reciprocity_desktop.store.models import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
sys.path.insert(0, str(FIXTURES))
from make_store_0006 import ID_PREFIX  # noqa: E402


@pytest.fixture
def store_0006(tmp_path) -> Path:
    """A copy of the schema-0006 store (the committed fixture is never opened itself)."""
    target = tmp_path / "at0006" / "store.sqlite3"
    target.parent.mkdir()
    target.write_bytes((FIXTURES / "store_0006.sqlite3").read_bytes())
    return target


def _context(connection) -> MigrationContext:
    """Alembic's comparison, skipping the search index's FTS5 tables (test_store_migrations checks those)."""
    return MigrationContext.configure(connection, opts={"include_name": search.include_in_schema_comparison})


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_fixture_is_at_0006():
    assert _rows(FIXTURES / "store_0006.sqlite3", "SELECT version_num FROM alembic_version") == [("0006",)]


def test_upgrade_marks_entered_ones_and_fills_the_others_from_their_postal_codes(store_0006):
    stamps = _rows(store_0006, "SELECT id, stamp, updated_at FROM prospects ORDER BY id")
    store = open_store(store_0006)
    try:
        with store.engine.connect() as connection:
            assert compare_metadata(_context(connection), Base.metadata) == []
    finally:
        store.close()
    assert _rows(store_0006, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    got = {
        pid: (lat, lon, source)
        for pid, lat, lon, source in _rows(
            store_0006, "SELECT id, latitude, longitude, coordinates_source FROM prospects"
        )
    }
    expected = {
        "01": (48.2, 11.6, "entered"),
        "02": (*geo.lookup("DE", "80331"), "postal_code"),
        "03": (*geo.lookup("NL", "1012"), "postal_code"),
        "04": (*geo.lookup("LU", "1611"), "postal_code"),
        "05": (*geo.lookup("DE", "01067"), "postal_code"),
        "06": (None, None, None),  # unknown postal code
        "07": (None, None, None),  # no country
        "08": (None, None, None),  # a country the table does not cover
        "09": (*geo.lookup("AT", "1010"), "postal_code"),  # a tombstone too, should it come back
    }
    assert got == {ID_PREFIX + suffix: values for suffix, values in expected.items()}
    # Derived, not edited: every store derives the same, so nothing is sent again by sync.
    assert _rows(store_0006, "SELECT id, stamp, updated_at FROM prospects ORDER BY id") == stamps


def test_the_store_refuses_a_source_that_is_not_one_of_the_two(store_0006):
    open_store(store_0006).close()
    connection = sqlite3.connect(store_0006)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="ck_prospects_coordinates_source_valid"):
            connection.execute("UPDATE prospects SET coordinates_source = 'guessed'")
    finally:
        connection.close()


def test_prospects_list_json_is_right_on_the_upgraded_store(store_0006, capsys):
    from reciprocity_desktop.cli import main

    capsys.readouterr()
    assert main(["--db", str(store_0006), "prospects", "list", "--json"]) == 0
    listed = {
        p["id"]: (p["latitude"], p["longitude"], p["coordinates_source"])
        for p in json.loads(capsys.readouterr().out)
    }
    assert listed[ID_PREFIX + "01"] == (48.2, 11.6, "entered")
    assert listed[ID_PREFIX + "03"] == (*geo.lookup("NL", "1012 AB"), "postal_code")
    assert listed[ID_PREFIX + "06"] == (None, None, None)
    assert ID_PREFIX + "09" not in listed  # the tombstone stays hidden
    assert len(listed) == 8


def test_the_oldest_store_comes_through_with_its_coordinates_entered(old_store_path):
    """The 0001 fixture's bakery had coordinates (48.1, 11.5): they were typed in or imported."""
    open_store(old_store_path).close()
    assert _rows(
        old_store_path, "SELECT latitude, longitude, coordinates_source FROM prospects WHERE deleted = 0"
    ) == [(48.1, 11.5, "entered")]
