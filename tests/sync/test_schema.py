"""The migrations build exactly the schema the models describe (an `alembic check` for every store)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.engine import head_revision
from reciprocity_desktop.store.models import Base
from reciprocity_desktop.store.search import include_in_schema_comparison

#: The search index (FTS5 tables) is no ORM model; tests/store compares it with its definition.
_OPTS = {"include_name": include_in_schema_comparison}


def test_migrated_empty_store_equals_the_models(tmp_path):
    store = open_store(tmp_path / "fresh.sqlite3")
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts=_OPTS)
            assert context.get_current_revision() == head_revision()
            differences = compare_metadata(context, Base.metadata)
            assert differences == []
            tables = set(inspect(connection).get_table_names())
    finally:
        store.close()
    assert {"sync_replicas", "sync_imports", "sync_conflicts", "sync_record_versions"} <= tables


def test_compare_metadata_sees_a_missing_sync_table(tmp_path):
    """The comparison above is not vacuous: dropping a sync table is reported."""
    store = open_store(tmp_path / "fresh.sqlite3")
    try:
        with store.engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE sync_record_versions")
        with store.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection, opts=_OPTS), Base.metadata)
    finally:
        store.close()
    assert any(diff[0] == "add_table" and diff[1].name == "sync_record_versions" for diff in differences)
