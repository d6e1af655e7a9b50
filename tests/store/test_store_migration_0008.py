"""Revision 0008: a store of schema 0007 learns fixed appointment times and a visit's own length.

Every visit of before is not fixed (its time was never computed: ordering the day computes it) and
takes the setting's minutes; times and stamps stay as they were. Then the route orders as a new one.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reciprocity_desktop.store import open_store, search
from reciprocity_desktop.store.engine import head_revision
from reciprocity_desktop.store.models import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
sys.path.insert(0, str(FIXTURES))
from make_store_0007 import DAY, ID_PREFIX  # noqa: E402


@pytest.fixture
def store_0007(tmp_path) -> Path:
    """A copy of the schema-0007 store (the committed fixture is never opened itself)."""
    target = tmp_path / "at0007" / "store.sqlite3"
    target.parent.mkdir()
    target.write_bytes((FIXTURES / "store_0007.sqlite3").read_bytes())
    return target


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_the_fixture_is_at_0007():
    assert _rows(FIXTURES / "store_0007.sqlite3", "SELECT version_num FROM alembic_version") == [
        ("0007_coordinates_source",)
    ]


def test_upgrade_keeps_the_times_not_fixed_and_the_stamps(store_0007):
    stamps = _rows(store_0007, "SELECT id, stamp, updated_at, planned_time FROM visits ORDER BY id")
    store = open_store(store_0007)
    try:
        with store.engine.connect() as connection:
            assert (
                compare_metadata(
                    MigrationContext.configure(
                        connection, opts={"include_name": search.include_in_schema_comparison}
                    ),
                    Base.metadata,
                )
                == []
            )
    finally:
        store.close()
    assert _rows(store_0007, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert _rows(
        store_0007, "SELECT id, planned_time, fixed_time, visit_minutes FROM visits ORDER BY id"
    ) == [
        (ID_PREFIX + "11", "10:30", 0, None),
        (ID_PREFIX + "12", "09:00", 0, None),
        (ID_PREFIX + "13", "12:30", 0, None),
        (ID_PREFIX + "14", "", 0, None),
        (ID_PREFIX + "15", "16:00", 0, None),
    ]
    assert _rows(store_0007, "SELECT id, stamp, updated_at, planned_time FROM visits ORDER BY id") == stamps
    # A new visit written without the columns gets the defaults from the store too.
    connection = sqlite3.connect(store_0007)
    try:
        connection.execute(
            "INSERT INTO visits (id, created_at, updated_at, stamp, deleted, prospect_id, date, position, "
            "planned_time, status, gift_note, notes) VALUES ('raw', '2026-03-01 09:00:00.000000', "
            f"'2026-03-01 09:00:00.000000', '', 0, '{ID_PREFIX}01', '{DAY}', 9, '', 'planned', '', '')"
        )
        assert connection.execute(
            "SELECT fixed_time, visit_minutes FROM visits WHERE id = 'raw'"
        ).fetchall() == [(0, None)]
    finally:
        connection.close()


def test_the_upgraded_route_orders_from_home_with_times_in_order(store_0007, capsys):
    """The route of before read 10:30, 09:00, 12:30 and no time; `visits auto-order` puts it right."""
    from reciprocity_desktop.cli import main

    assert main(["--db", str(store_0007), "settings", "set", "home_postal_code", "80331"]) == 0
    assert main(["--db", str(store_0007), "settings", "set", "home_country", "DE"]) == 0
    capsys.readouterr()
    assert main(["--db", str(store_0007), "visits", "auto-order", DAY]) == 0
    capsys.readouterr()
    assert main(["--db", str(store_0007), "visits", "list", DAY, "--json"]) == 0
    import json

    listed = json.loads(capsys.readouterr().out)
    times = [visit["planned_time"] for visit in listed]
    assert len(times) == 4 and times == sorted(times) and None not in times
    assert [visit["position"] for visit in listed] == [1, 2, 3, 4]
