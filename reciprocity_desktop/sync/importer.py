"""Importing a sync file: check it all, then merge it record by record in one transaction.

The merge rules are written down in ``docs/sync-format.md`` ("Merging"). In short, per record:

* the version with the later change stamp wins (row-level last-writer-wins; stamps are
  hybrid-logical-clock times with the replica id as tie-break, so the order is total);
* a delete is a tombstone and obeys the same rule;
* when neither version includes the other (see :mod:`reciprocity_desktop.sync.versions`)
  the two were changed concurrently: a real conflict. The loser is kept in the conflict log
  (``sync_conflicts``), except a person's data that lost to the person's deletion;
* versions stamped more than a day in the future are held back (not applied, clock not
  moved), and so are new records that need one of them as their parent.

An import reads the file twice: a first pass checks every byte, field and reference and
works out what would change (that is :func:`preview_import`); only then is a backup
taken and the second pass writes, in one transaction with bulk statements.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from reciprocity_desktop.store.engine import Store, StoreError, database_error
from reciprocity_desktop.store.hlc import MAX_LEAD_MS, Stamp, wall_clock_ms
from reciprocity_desktop.store.models import Meta, SyncImport, SyncReplica, utcnow
from reciprocity_desktop.sync.batch import Progress, check_progress
from reciprocity_desktop.sync.bookkeeping import LineSet
from reciprocity_desktop.sync.container import SyncFileReader
from reciprocity_desktop.sync.errors import SyncError
from reciprocity_desktop.sync.merge import MergePass
from reciprocity_desktop.sync.summary import FlaggedRecord, ImportCounts, ImportSummary

__all__ = ["FlaggedRecord", "ImportCounts", "ImportSummary", "Progress", "import_file", "preview_import"]

#: Above this many rows to write, the import checks foreign keys once at the end (PRAGMA
#: foreign_key_check) instead of on every row, and gives SQLite a larger page cache. (SQLite's
#: sorter, which builds set-aside indexes again, may use as much again: 64 MB were no faster.)
BULK_ROWS = 20_000
BULK_CACHE_KIB = 32_768
#: A table that gets at least this many rows, and at least as many as it held, has its indexes
#: built again after the writes instead of growing them row by row (see sync/indexes.py).
INDEX_REBUILD_ROWS = 20_000


def _summary(reader: SyncFileReader, merger: MergePass, *, dry_run: bool) -> ImportSummary:
    manifest = reader.manifest
    summary = ImportSummary(
        file=reader.name,
        source_store_id=manifest.store_id,
        source_store_name=manifest.store_name,
        file_created_at=manifest.created_at,
        format_version=manifest.format_version,
        app_version=manifest.app_version,
        encrypted=reader.encrypted,
        since=manifest.since,
        tables=merger.counts,
        flagged=merger.flagged,
        dry_run=dry_run,
        gift_ids=frozenset(merger.gift_ids),
    )
    for counts in merger.counts.values():
        summary.add_counts(counts)
    return summary


def _database_error(store: Store, exc: BaseException) -> StoreError:
    return database_error(exc, store.path)


def _analyse(
    store: Store, reader: SyncFileReader, progress: Progress | None, total: int, *, preview: bool
) -> MergePass:
    with store.read() as session:
        connection = session.connection()
        connection.exec_driver_sql("BEGIN")  # one snapshot of the store for the whole pass
        merger = MergePass(
            store,
            reader,
            connection,
            apply=False,
            progress=progress,
            progress_start=0,
            progress_total=total,
            collect_gift_ids=preview,  # an import's summary comes from its writing pass
        )
        merger.run()
        return merger


def preview_import(
    store: Store, path: Path | str, passphrase: str | None = None, progress: Progress | None = None
) -> ImportSummary:
    """Check the whole file and say what importing it would change. Writes nothing.

    Raises a :class:`~reciprocity_desktop.sync.errors.SyncError` (a DomainError) when the file
    cannot be imported: missing, empty, foreign, damaged, newer, encrypted without (or with
    the wrong) passphrase, or holding an invalid record or reference.
    """
    if getattr(store, "address", None) is not None:  # an office hub: through a scratch store file
        from reciprocity_desktop.sync.hub_staging import preview_on_hub

        return preview_on_hub(store, path, preview_import, passphrase, progress)  # type: ignore[arg-type]
    try:
        with SyncFileReader(path, passphrase) as reader:
            merger = _analyse(store, reader, progress, reader.manifest.total_records, preview=True)
            return _summary(reader, merger, dry_run=True)
    except DBAPIError as exc:
        raise _database_error(store, exc) from exc


def import_file(
    store: Store, path: Path | str, passphrase: str | None = None, progress: Progress | None = None
) -> ImportSummary:
    """Import a sync file: check it all, back the store up, merge it in one transaction.

    ``progress(done, total)`` is called now and then; returning False cancels the import
    (nothing is changed, :class:`ImportCancelled` is raised). Importing a file that brings
    nothing new writes nothing at all (no backup, no history entry).

    Records are written with bulk statements on one connection, never through the ORM, so
    the store's stamping hook does not touch them: they keep the stamps they came with.
    """
    if getattr(store, "address", None) is not None:  # an office hub: through a scratch store file
        from reciprocity_desktop.sync.hub_staging import import_into_hub

        return import_into_hub(store, path, import_file, passphrase, progress)  # type: ignore[arg-type]
    try:
        with SyncFileReader(path, passphrase) as reader:
            total = 2 * reader.manifest.total_records
            preview = _analyse(store, reader, progress, total, preview=False)
            if preview.writes == 0:
                check_progress(progress, total, total)
                return _summary(reader, preview, dry_run=False)
            try:
                backup = store.backup("before-import")
            except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
                raise SyncError(
                    "The store could not be backed up before the import ({reason}); nothing was imported.",
                    reason=str(exc),
                ) from exc
            plan = _WritePlan.of(store, preview)
            del preview  # what the checking pass knew of the file: only the plan is needed now
            with store.engine.connect() as connection:
                summary, merger = _write(store, reader, connection, progress, total, plan)
            summary.backup_path = backup
    except DBAPIError as exc:
        raise _database_error(store, exc) from exc
    if merger.max_stamp:
        store.clock.observe(Stamp.parse(merger.max_stamp))
    return summary


@dataclasses.dataclass(frozen=True)
class _WritePlan:
    """What the checking pass tells the writing pass."""

    writes: int
    lines_to_apply: dict[str, LineSet]
    max_stamp: str
    #: tables most of which are written (their indexes are rebuilt afterwards)
    bulk_tables: frozenset[str]

    @classmethod
    def of(cls, store: Store, preview: MergePass) -> _WritePlan:
        with store.engine.connect() as connection:
            bulk_tables = frozenset(
                table
                for table, counts in preview.counts.items()
                if (rows := counts.new + counts.updated + counts.deleted) >= INDEX_REBUILD_ROWS
                and rows >= _row_count(connection, table)
            )
        return cls(preview.writes, preview.lines_to_apply, preview.max_stamp, bulk_tables)


def _row_count(connection: Connection, table: str) -> int:
    return int(connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0)


def _write(
    store: Store,
    reader: SyncFileReader,
    connection: Connection,
    progress: Progress | None,
    total: int,
    plan: _WritePlan,
) -> tuple[ImportSummary, MergePass]:
    """The writing pass: one IMMEDIATE transaction; rolled back entirely on any error or cancel."""
    bulk = plan.writes > BULK_ROWS
    foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    if bulk:  # PRAGMA foreign_keys only takes effect outside a transaction
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    connection.commit()
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        import_id = _start_history(connection, reader)
        merger = MergePass(
            store,
            reader,
            connection,
            apply=True,
            progress=progress,
            progress_start=total // 2,
            progress_total=total,
            import_id=import_id,
            checked_before=True,
            only_lines=plan.lines_to_apply,
            max_stamp=plan.max_stamp,
            bulk_tables=plan.bulk_tables,
        )
        merger.run()
        if bulk:
            _check_foreign_keys(connection, merger.written_tables)
        summary = _summary(reader, merger, dry_run=False)
        summary.import_id = import_id
        _finish_history(connection, import_id, summary)
        _remember_replicas(connection, store, reader)
        _advance_clock(connection, store, merger.max_stamp)
        check_progress(progress, total, total)
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        if bulk:
            connection.exec_driver_sql(f"PRAGMA foreign_keys = {int(foreign_keys or 0)}")
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
            connection.commit()
    return summary, merger


def _check_foreign_keys(connection: Connection, tables: set[str]) -> None:
    """After a bulk write without per-row checks: every reference must still resolve."""
    for table in sorted(tables):
        problem = connection.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').first()
        if problem is not None:
            raise SyncError(
                "The import would leave {table} record {rowid} pointing at a missing {parent} record; "
                "nothing was imported.",
                table=problem[0],
                rowid=problem[1],
                parent=problem[2],
            )


def _start_history(connection: Connection, reader: SyncFileReader) -> int:
    manifest = reader.manifest
    result = connection.execute(
        insert(SyncImport.__table__).values(
            imported_at=utcnow(),
            file_name=str(reader.path),
            file_sha256=reader.file_sha256,
            source_replica_id=manifest.store_id,
            source_store_name=manifest.store_name[:200],
            file_created_at=manifest.created_at,
            format_version=manifest.format_version,
            **dataclasses.asdict(ImportCounts()),
        )
    )
    return int(result.inserted_primary_key[0])


def _finish_history(connection: Connection, import_id: int, summary: ImportSummary) -> None:
    connection.execute(
        update(SyncImport.__table__)
        .where(SyncImport.__table__.c.id == import_id)
        .values(**dataclasses.asdict(summary.counts))
    )


def _remember_replicas(connection: Connection, store: Store, reader: SyncFileReader) -> None:
    manifest = reader.manifest
    names = dict(manifest.replicas)
    names[manifest.store_id] = manifest.store_name
    now = utcnow()
    rows = [
        {"replica_id": replica, "store_name": name[:200], "last_seen_at": now}
        for replica, name in names.items()
        if replica != store.replica_id
    ]
    if not rows:
        return
    statement = sqlite_insert(SyncReplica.__table__)
    # The sender knows its own name best; names it passes on only fill gaps.
    own = [row for row in rows if row["replica_id"] == manifest.store_id]
    others = [row for row in rows if row["replica_id"] != manifest.store_id]
    if own:
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["replica_id"],
                set_={
                    "store_name": statement.excluded.store_name,
                    "last_seen_at": statement.excluded.last_seen_at,
                },
            ),
            own,
        )
    if others:
        connection.execute(statement.on_conflict_do_nothing(index_elements=["replica_id"]), others)


def _advance_clock(connection: Connection, store: Store, max_stamp: str) -> None:
    """Make later local edits sort after every change seen in the file (not the held-back ones)."""
    if not max_stamp:
        return
    seen = Stamp.parse(max_stamp)
    if seen.physical_ms > wall_clock_ms() + MAX_LEAD_MS:
        return  # a clock that ran ahead: not followed (store/hlc.py); the records it stamped still sort right
    current_text = connection.execute(select(Meta.value).where(Meta.key == "hlc")).scalar()
    try:
        current = Stamp.parse(current_text) if current_text else None
    except ValueError:
        current = None
    if current is not None and (current.physical_ms, current.counter) >= (seen.physical_ms, seen.counter):
        return
    value = str(Stamp(seen.physical_ms, seen.counter, store.replica_id))
    statement = sqlite_insert(Meta.__table__).values(key="hlc", value=value)
    connection.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": value}))
