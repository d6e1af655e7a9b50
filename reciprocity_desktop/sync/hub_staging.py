"""A sync export from, and an import into, an office hub through a scratch store file (this version's way).

The export writes its lines with SQLite's own SQL (:mod:`reciprocity_desktop.sync.lines`). For a hub
:func:`export_from_hub` copies the hub's rows — in one snapshot (a ``REPEATABLE READ`` transaction), its
replica id and name included — into a new store file in a temporary folder, exports that file with the
very code a laptop uses, and deletes it: the file a rep gets from the office is the same as one from a
laptop holding the same records, and the hub is only read.

:func:`import_into_hub` takes the hub's import lock (a PostgreSQL advisory lock: imports into one hub run
one after the other, so two reps' files imported at the same moment both land), copies the hub into a
scratch file, imports the rep's file there with the laptop's own merge, and writes back, in one
transaction, the rows that import added or changed (each row compared with what was copied).
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, delete, func, insert, select

from reciprocity_desktop.store.hub import WRITE_LOCK

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from reciprocity_desktop.store.hub import HubStore
    from reciprocity_desktop.sync.exporter import ExportSummary

#: Rows copied at a time.
BATCH = 5000


#: The advisory lock of a hub's imports (any fixed number; "RCPI").
IMPORT_LOCK = 0x52435049
#: The tables an import writes back (the meta row of the clock aside); settings are the office's own.
_NOT_WRITTEN_BACK = {"meta", "settings"}


def copy_hub_to_file(
    hub: HubStore, path: Path, digests: dict[str, dict] | None = None, *, only_read: bool = False
) -> None:
    """Every row of ``hub`` (one snapshot) into the new store file ``path``, the hub's replica id and name too.

    ``digests``: filled with each table's rows' hashes by primary key (what :func:`_write_back` compares).
    ``only_read``: the copy is only read, by the exporter, and thrown away: its (non-unique) indexes,
    triggers and search index are not made again (see :func:`_bulk_loaded`)."""
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Base, Meta

    open_store(path).close()  # the schema, migrated to the head revision
    target = _scratch_engine(path)
    try:
        snapshot = hub.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as reading, target.begin() as writing:
            writing.execute(delete(Meta.__table__))  # the hub's own: its replica id, clock, name
            with _bulk_loaded(writing.connection.driver_connection.cursor(), rebuild=not only_read):
                for table in Base.metadata.sorted_tables:
                    _copy_table(reading, writing, table, None if digests is None else digests.setdefault(table.name, {}))
            if writing.scalar(select(Meta.value).where(Meta.key == "store_name")) is None:
                writing.execute(insert(Meta.__table__).values(key="store_name", value=hub.name))
    finally:
        target.dispose()


def _scratch_engine(path: Path) -> Any:
    """An engine writing the scratch file fast: no journal, no syncs, a large page cache (it is thrown away)."""
    from sqlalchemy import event

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _fast(connection: Any, _record: Any) -> None:
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -262144", "temp_store = MEMORY"):
            connection.execute(f"PRAGMA {pragma}")

    return engine


def _written(table: Any) -> list[Any]:
    return [column for column in table.columns if column.computed is None]  # not followups.is_done


def _key(table: Any, row: Any) -> tuple:
    return tuple(row._mapping[column.name] for column in table.primary_key.columns)


def _copy_table(reading: Any, writing: Any, table: Any, digests: dict | None) -> None:
    result = reading.execute(select(*_written(table)).execution_options(yield_per=BATCH))
    for batch in result.partitions():
        _copy_rows(writing, table, batch, digests)


def _copy_rows(writing: Any, table: Any, rows: Any, digests: dict | None) -> None:
    """Rows read from the hub into the scratch file's ``table`` (and their hashes into ``digests``).

    Written with ``executemany`` on the scratch file's DBAPI cursor, each value through the store file's
    own bind processor of its column (as SQLAlchemy's ``insert()`` would write it, without compiling the
    statement's parameters row by row: that cost as much as SQLite's own writing)."""
    statement, processors = _insert_for(table, writing.dialect)
    cursor = writing.connection.driver_connection.cursor()
    try:
        if any(processors):
            converted = [
                tuple(value if convert is None or value is None else convert(value) for convert, value in zip(processors, row, strict=True))
                for row in rows
            ]
        else:
            converted = [tuple(row) for row in rows]
        cursor.executemany(statement, converted)
    finally:
        cursor.close()
    if digests is not None:
        digests.update((_key(table, row), hash(tuple(row))) for row in rows)


_INSERTS: dict[tuple[str, str], tuple[str, list]] = {}


def _insert_for(table: Any, dialect: Any) -> tuple[str, list]:
    """``(INSERT statement with ? marks, bind processor or None per column)`` of ``table`` on ``dialect``."""
    known = _INSERTS.get((table.name, dialect.name))
    if known is None:
        columns = _written(table)
        statement = (
            f"INSERT INTO {table.name} ({', '.join(column.name for column in columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        known = _INSERTS[(table.name, dialect.name)] = (
            statement,
            [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns],
        )
    return known


@contextlib.contextmanager
def _bulk_loaded(cursor: Any, *, rebuild: bool = True) -> Iterator[None]:
    """The new scratch file's triggers and (non-unique) indexes dropped while the hub's rows are loaded, then
    created again from their own SQL, and the search index rebuilt in one pass.

    The rows come from the hub, whose own triggers kept them (the copies of sort columns, each stock item's
    quantity on hand): the file's triggers would only write the same values again, a program per row, and
    SQLite builds an index in one sort faster than it keeps it row by row (together about two thirds of the
    copy's time before). Without ``rebuild`` none of them is made again (a copy only the exporter reads, by
    the primary keys, which stay: making the 65 indexes of an office store again costs ~30 s of its ~70 s)."""
    from reciprocity_desktop.services.csv_io.staging import FTS, REBUILD_ROWS, fts_hash_size, rebuilt_indexes

    try:
        triggers = cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
        for name, _sql in triggers:
            cursor.execute(f'DROP TRIGGER "{name}"')
        if not rebuild:
            for (name,) in cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND upper(sql) NOT LIKE 'CREATE UNIQUE %'"
            ).fetchall():
                cursor.execute(f'DROP INDEX "{name}"')
            yield
            return
        tables = [
            name for (name,) in cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL %'"
            )
        ]  # fmt: skip
        with rebuilt_indexes(cursor, tables), fts_hash_size(cursor, REBUILD_ROWS):
            yield
            cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
        for _name, sql in triggers:
            cursor.execute(sql)
    finally:
        cursor.close()


def export_from_hub(
    hub: HubStore, path: Path | str, export_file: Callable[..., ExportSummary], cutoff: Any = None, **options: Any
) -> ExportSummary:
    """``export_file`` (:func:`~reciprocity_desktop.sync.exporter.export_file`, passed in by it: no import
    circle) of the hub's records (see the module's text). A partial export (``cutoff``: the start of its
    ``since`` day, as UTC) copies only the records changed since and what they refer to
    (:mod:`~reciprocity_desktop.sync.hub_subset`), in one snapshot, without locking anything."""

    with tempfile.TemporaryDirectory(prefix="reciprocity-hub-export-") as folder:
        scratch_path = Path(folder) / "hub.sqlite3"
        if cutoff is None:
            copy_hub_to_file(hub, scratch_path, only_read=True)
        else:
            _copy_changed(hub, scratch_path, cutoff)
        return _on_scratch(scratch_path, lambda scratch: export_file(scratch, path, **options))


def _copy_changed(hub: HubStore, scratch_path: Path, cutoff: Any) -> None:
    """The hub's records changed on or after ``cutoff``, what they refer to and the small tables, into the new
    store file ``scratch_path``, in one ``REPEATABLE READ`` snapshot."""
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync import hub_subset

    open_store(scratch_path).close()  # the schema, migrated to the head revision
    target = _scratch_engine(scratch_path)
    try:
        snapshot = hub.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with snapshot as reading, target.begin() as writing:
            _copy_meta(reading, writing, hub.name)
            copy = hub_subset.SubsetCopy(reading, writing, {}, _copy_rows, _written, lock=False)
            copy.run(hub_subset.changed_ids(reading, cutoff))
    finally:
        target.dispose()


def _copy_meta(reading: Any, writing: Any, name: str) -> None:
    """The hub's meta rows (its replica id, clock and name) in place of the scratch file's own."""
    from reciprocity_desktop.store.models import Meta

    writing.execute(delete(Meta.__table__))
    _copy_table(reading, writing, Meta.__table__, None)
    if writing.scalar(select(Meta.value).where(Meta.key == "store_name")) is None:
        writing.execute(insert(Meta.__table__).values(key="store_name", value=name))


def preview_on_hub(
    hub: HubStore, path: Path | str, preview_import: Callable[..., Any], passphrase: str | None = None,
    progress: Any = None,
) -> Any:
    """``preview_import`` (:func:`~reciprocity_desktop.sync.importer.preview_import`, passed in by it) on the
    hub: on a scratch copy (nothing written)."""

    with tempfile.TemporaryDirectory(prefix="reciprocity-hub-preview-") as folder:
        scratch_path = Path(folder) / "hub.sqlite3"
        copy_hub_to_file(hub, scratch_path)
        return _on_scratch(scratch_path, lambda scratch: preview_import(scratch, path, passphrase=passphrase, progress=progress))


def import_into_hub(
    hub: HubStore, path: Path | str, import_file: Callable[..., Any], passphrase: str | None = None,
    progress: Any = None,
) -> Any:
    """``import_file`` (:func:`~reciprocity_desktop.sync.importer.import_file`, passed in by it) into the hub
    (see the module's text): through a copy of the part of the hub the file can touch
    (:mod:`~reciprocity_desktop.sync.hub_subset`), else of the whole hub."""
    from reciprocity_desktop.sync import hub_subset

    with hub.engine.connect() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK})")  # until this transaction ends
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")  # saves wait (store/hub.py)
        wanted = hub_subset.wanted_ids(path, passphrase, hub_subset.hub_record_rows(connection))
        if wanted is not None:
            try:
                summary = _import_subset(hub, connection, wanted, path, import_file, passphrase, progress)
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
            return summary
        connection.rollback()  # the whole copy below: its own snapshot and transaction, under the session lock
    return _import_whole(hub, path, import_file, passphrase, progress)


def _import_subset(
    hub: HubStore, connection: Any, wanted: dict[str, set[str]], path: Path | str,
    import_file: Callable[..., Any], passphrase: str | None, progress: Any,
) -> Any:
    """The import in ``connection``'s transaction: the rows it needs read ``FOR UPDATE``, merged in a scratch
    file, written back in the same transaction (committed by the caller)."""
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync.hub_subset import SubsetCopy

    with tempfile.TemporaryDirectory(prefix="reciprocity-hub-import-") as folder:
        scratch_path = Path(folder) / "hub.sqlite3"
        open_store(scratch_path).close()  # the schema, migrated to the head revision
        digests: dict[str, dict] = {}
        target = _scratch_engine(scratch_path)
        try:
            with target.begin() as writing:
                _copy_meta(connection, writing, hub.name)  # the hub's own: its replica id, clock, name
                SubsetCopy(connection, writing, digests, _copy_rows, _written).run(wanted)
        finally:
            target.dispose()
        summary = _merged(scratch_path, path, import_file, passphrase, progress)
        _write_back_into(scratch_path, connection, digests)
    return summary


def _on_scratch(scratch_path: Path, action: Callable[[Any], Any]) -> Any:
    """``action(store)`` on the scratch store file ``scratch_path``, closed after: opened as a scratch file
    (no check, no day's backup, no backup before an import: at office size those copied and checked the
    whole file twice, about three quarters of an export's time)."""
    from reciprocity_desktop.store import open_store

    scratch = open_store(scratch_path, scratch=True)
    try:
        return action(scratch)
    finally:
        scratch.close()


def _merged(
    scratch_path: Path, path: Path | str, import_file: Callable[..., Any], passphrase: str | None, progress: Any
) -> Any:
    """The rep's file merged into the scratch store file with the laptop's own import; its summary."""
    summary = _on_scratch(scratch_path, lambda scratch: import_file(scratch, path, passphrase=passphrase, progress=progress))
    summary.backup_path = None  # the scratch copy's, gone with it (the hub's are pg_dump's)
    return summary


def _import_whole(
    hub: HubStore, path: Path | str, import_file: Callable[..., Any], passphrase: str | None, progress: Any
) -> Any:
    """The import through a copy of the whole hub (a file as large as half of it)."""

    with hub.engine.connect() as lock:
        lock.exec_driver_sql(f"SELECT pg_advisory_lock({IMPORT_LOCK})")  # until this import is written back
        lock.commit()
        try:
            with tempfile.TemporaryDirectory(prefix="reciprocity-hub-import-") as folder:
                scratch_path = Path(folder) / "hub.sqlite3"
                digests: dict[str, dict] = {}
                copy_hub_to_file(hub, scratch_path, digests)
                summary = _merged(scratch_path, path, import_file, passphrase, progress)
                with hub.engine.begin() as writing:
                    writing.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")  # saves wait
                    _write_back_into(scratch_path, writing, digests)
        finally:
            lock.exec_driver_sql(f"SELECT pg_advisory_unlock({IMPORT_LOCK})")
            lock.commit()
    return summary


#: Columns the hub's own triggers keep (a stock item's quantity on hand: the sum of its movements, which
#: are written back): never written back as values, or an item would count its new movements twice.
_TRIGGER_KEPT = {"stock_items": frozenset({"quantity"})}


def _write_back_into(scratch_path: Path, writing: Any, digests: dict[str, dict]) -> None:
    """The hub made like the scratch file, in ``writing``'s transaction: its rows that differ from what was
    copied are upserted into the hub, and the copied rows the import deleted (a record's replaced field
    stamps, the conflict log's copies of a deleted person) are deleted there."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    from reciprocity_desktop.store.models import Base, Meta

    source = create_engine(f"sqlite:///{scratch_path}")
    try:
        with source.connect() as reading:
            gone: dict[str, set] = {}
            for table in Base.metadata.sorted_tables:
                if table.name in _NOT_WRITTEN_BACK:
                    continue
                before = digests.get(table.name, {})
                gone[table.name] = set(before)
                columns = _written(table)
                keys = [column.name for column in table.primary_key.columns]
                kept = _TRIGGER_KEPT.get(table.name, frozenset())
                result = reading.execute(select(*columns).execution_options(yield_per=BATCH))
                for batch in result.partitions():
                    rows = []
                    for row in batch:
                        key = _key(table, row)
                        gone[table.name].discard(key)
                        if before.get(key) != hash(tuple(row)):
                            rows.append({k: v for k, v in row._mapping.items() if k not in kept})
                    if rows:
                        statement = pg_insert(table)
                        changed = {
                            c.name: statement.excluded[c.name] for c in columns if c.name not in keys and c.name not in kept
                        }
                        writing.execute(statement.on_conflict_do_update(index_elements=keys, set_=changed), rows)
            for table in reversed(Base.metadata.sorted_tables):  # children before their parents
                _delete_rows(writing, table, sorted(gone.get(table.name, ())))
            clock = reading.scalar(select(Meta.value).where(Meta.key == "hlc"))
            if clock is not None:
                # never back: an office user's save may have moved the hub's clock on meanwhile (stamps sort as text)
                statement = pg_insert(Meta.__table__).values(key="hlc", value=clock)
                later = func.greatest(Meta.__table__.c.value.collate("C"), statement.excluded.value.collate("C"))
                writing.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": later}))
            for name in ("sync_imports", "sync_conflicts"):  # their numbers go on after the written ones
                writing.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {name}"
                )
    finally:
        source.dispose()


def _delete_rows(writing: Any, table: Any, keys: list[tuple]) -> None:
    """Delete the rows of ``table`` with these primary keys (tuples in the key's column order)."""
    from sqlalchemy import tuple_

    columns = list(table.primary_key.columns)
    for start in range(0, len(keys), BATCH):
        writing.execute(delete(table).where(tuple_(*columns).in_(keys[start : start + BATCH])))
