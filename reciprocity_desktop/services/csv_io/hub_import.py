"""A CSV import into an office hub: the laptop's import, in a scratch store file that holds the hub's keys.

The import's bulk path (:mod:`.bulk`, :mod:`.staging`) writes with SQLite's own SQL on a raw ``sqlite3``
cursor (temporary tables, its upserts, its pragmas, the search index's triggers). On a hub it runs unchanged
in a scratch store file in a temporary folder that holds what the import reads of the hub:

* ``meta`` (the hub's replica id and clock: the new rows are stamped as the hub's own) and the settings
  (the ``default_country`` a row without a country gets);
* each live prospect's duplicate key as a stub row (id, folded name, postal code, country; every other
  field empty, no stamp), so that a prospect already on the hub is counted "already present", never
  written.

The new prospects and their contacts (the rows with a stamp) are then inserted into the hub, and its clock
moved on (never back), in one transaction that holds the hub's write lock alone
(:data:`~reciprocity_desktop.store.hub.WRITE_LOCK`) from before the keys are read: no office user's save,
and no other import, adds a prospect between the duplicate check and the insert. The hub's own triggers and
indexes (the trigram search index, the copies of sort columns) take the new rows as any writer's. A dry run
reads the same keys and writes nothing. Time goes with the hub's live prospects (their keys are read) and
the file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

#: Rows read or written at a time.
BATCH = 5000

_STUB_COLUMNS = (
    "id", "sort_name", "postal_code", "country", "name", "street", "city", "phone", "email", "website",
    "industry", "stage", "tags", "notes", "search_text", "created_at", "updated_at", "stamp", "deleted",
)  # fmt: skip


def import_on_hub(hub: Any, run_import: Callable[[Any], Any], *, dry_run: bool) -> Any:
    """``run_import(scratch_store)`` (the laptop's import of the file) on a scratch copy of the hub's keys; its
    new rows then inserted into ``hub`` (unless ``dry_run``). Returns what ``run_import`` returned."""
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.hub import WRITE_LOCK

    with hub.engine.connect() as connection, tempfile.TemporaryDirectory(prefix="reciprocity-hub-csv-") as folder:
        if not dry_run:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")  # until the commit
        scratch_path = Path(folder) / "hub.sqlite3"
        open_store(scratch_path).close()  # the schema, migrated to the head revision
        _copy_keys(connection, scratch_path, hub.name)
        scratch = open_store(scratch_path)
        try:
            report = run_import(scratch)
        finally:
            scratch.close()
        if not dry_run and getattr(report, "imported", False):
            _insert_new_rows(scratch_path, connection)
            connection.commit()
        else:
            connection.rollback()
    return report


def _copy_keys(connection: Any, scratch_path: Path, name: str) -> None:
    """The hub's meta rows, settings and live prospects' keys (stubs) into the scratch file."""
    from sqlalchemy import create_engine, delete

    from reciprocity_desktop.store.models import Meta, Prospect, Setting

    target = create_engine(f"sqlite:///{scratch_path}")
    try:
        with target.begin() as writing:  # through SQLAlchemy: each value in the file's own storage form
            writing.execute(delete(Meta.__table__))  # the hub's own: its replica id, its clock
            for table in (Meta.__table__, Setting.__table__):
                rows = [dict(row._mapping) for row in connection.execute(select(*table.columns))]
                if rows:
                    writing.execute(insert(table), rows)
            if writing.scalar(select(Meta.value).where(Meta.key == "store_name")) is None:
                writing.execute(insert(Meta.__table__).values(key="store_name", value=name))
    finally:
        target.dispose()
    stub_time = "2000-01-01 00:00:00.000000"
    statement = (
        f"INSERT INTO prospects ({', '.join(_STUB_COLUMNS)}) "
        f"VALUES (?, ?, ?, ?, '', '', '', '', '', '', '', 'suspect', '', '', '', '{stub_time}', '{stub_time}', '', 0)"
    )
    keys = select(Prospect.id, Prospect.sort_name, Prospect.postal_code, Prospect.country).where(
        Prospect.deleted.is_(False)
    )
    with contextlib.closing(sqlite3.connect(scratch_path)) as scratch, scratch:
        for batch in connection.execute(keys.execution_options(yield_per=BATCH)).partitions():
            scratch.executemany(statement, [tuple(row) for row in batch])


def _insert_new_rows(scratch_path: Path, connection: Any) -> None:
    """The rows the import added in the scratch file (stamped ones: the stubs have none) into the hub."""
    from sqlalchemy import create_engine
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    from reciprocity_desktop.store.models import Contact, Meta, Prospect

    source = create_engine(f"sqlite:///{scratch_path}")
    try:
        with source.connect() as reading:
            for model in (Prospect, Contact):
                table = model.__table__
                columns = [column for column in table.columns if column.computed is None]
                query = select(*columns).where(table.c.stamp != "").execution_options(yield_per=BATCH)
                for batch in reading.execute(query).partitions():
                    connection.execute(insert(table), [dict(row._mapping) for row in batch])
            clock = reading.scalar(select(Meta.value).where(Meta.key == "hlc"))
        if clock is not None:  # never back: a save may have moved the hub's clock on (stamps sort as text)
            statement = pg_insert(Meta.__table__).values(key="hlc", value=clock)
            later = func.greatest(Meta.__table__.c.value.collate("C"), statement.excluded.value.collate("C"))
            connection.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": later}))
    finally:
        source.dispose()
