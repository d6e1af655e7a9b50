"""Revision 0009: an outcome's value may be unknown (NULL); orders saved with 0 before become unknown."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reciprocity_desktop.store import open_store, search
from reciprocity_desktop.store.models import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
PROSPECT = "0b6f7a3e-8d0e-4c55-9a39-6f0c5d1b0701"  # a prospect of the schema-0007 fixture


def _outcome(connection, oid: str, kind: str, cents: int) -> None:
    connection.execute(
        "INSERT INTO outcomes (prospect_id, visit_id, date, kind, value_cents, note, id, created_at, "
        "updated_at, stamp, deleted) VALUES (?, NULL, '2026-05-04', ?, ?, '', ?, '2026-05-04 10:00:00.000000', "
        "'2026-05-04 10:00:00.000000', ?, 0)",
        (PROSPECT, kind, cents, oid, f"1777000000000.00000{oid[-1]}.oldreplica"),
    )


def test_orders_without_a_value_become_unknown_and_nothing_else_changes(tmp_path):
    path = tmp_path / "store.sqlite3"
    path.write_bytes((FIXTURES / "store_0007.sqlite3").read_bytes())
    connection = sqlite3.connect(path)
    with connection:
        _outcome(connection, "o-1", "order", 0)
        _outcome(connection, "o-2", "order", 123450)
        _outcome(connection, "o-3", "conversation", 0)
    connection.close()
    store = open_store(path)  # 0007 -> 0008 -> 0009
    try:
        with store.engine.connect() as engine_connection:
            context = MigrationContext.configure(
                engine_connection, opts={"include_name": search.include_in_schema_comparison}
            )
            assert compare_metadata(context, Base.metadata) == []
            rows = engine_connection.exec_driver_sql(
                "SELECT id, value_cents, stamp FROM outcomes WHERE id LIKE 'o-%' ORDER BY id"
            ).fetchall()
            notnull = {
                row[1]: row[3] for row in engine_connection.exec_driver_sql("PRAGMA table_info(outcomes)")
            }
    finally:
        store.close()
    assert [(rid, cents) for rid, cents, _ in rows] == [("o-1", None), ("o-2", 123450), ("o-3", 0)]
    assert all(stamp.endswith(".oldreplica") for *_, stamp in rows)  # stamps as they were
    assert notnull["value_cents"] == 0
