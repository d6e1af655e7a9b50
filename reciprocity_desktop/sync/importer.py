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

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, delete, false, insert, select, true, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from reciprocity_desktop.store.engine import Store, StoreError, explain_database_error
from reciprocity_desktop.store.hlc import Stamp, wall_clock_ms
from reciprocity_desktop.store.models import (
    Contact,
    Meta,
    Prospect,
    SyncConflict,
    SyncImport,
    SyncReplica,
    utcnow,
)
from reciprocity_desktop.sync import versions
from reciprocity_desktop.sync.container import SyncFileReader
from reciprocity_desktop.sync.errors import ImportCancelled, RecordError, SyncError
from reciprocity_desktop.sync.format import (
    CONTACTS,
    TABLES,
    FieldProblem,
    IncomingRecord,
    TableSpec,
    check_record,
    json_from_storage,
    label_of,
    storage_row,
)
from reciprocity_desktop.textutil import fold

Progress = Callable[[int, int], bool]

#: A change stamp more than this far ahead of the local clock is from a laptop with a wrong clock.
FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000
BATCH = 2000
_PROGRESS_EVERY = 1000
#: Above this many rows to write, the import checks foreign keys once at the end (PRAGMA
#: foreign_key_check) instead of on every row, and gives SQLite a larger page cache.
BULK_ROWS = 20_000
BULK_CACHE_KIB = 65_536
_PROSPECTS = Prospect.__tablename__


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    held_back: int = 0


@dataclass(frozen=True)
class FlaggedRecord:
    """A record of the file that was not applied because of a change stamp in the future."""

    table: str
    record_id: str
    label: str
    stamp: str
    changed_at: dt.datetime
    replica_id: str
    store_name: str
    #: "future" (its own stamp is in the future) or "parent" (it needs a record held back for that).
    reason: str

    def describe(self) -> str:
        when = self.changed_at.strftime("%Y-%m-%d %H:%M UTC")
        name = f' "{self.label}"' if self.label else ""
        if self.reason == "future":
            return (
                f"future timestamp: {self.table} {self.record_id}{name} changed at {when} "
                f"by {self.store_name or self.replica_id}: held back"
            )
        return f"held back: {self.table} {self.record_id}{name} needs a record held back for its future timestamp"


@dataclass
class ImportSummary:
    """What an import did (or, for a preview, would do)."""

    file: str
    source_store_id: str
    source_store_name: str
    file_created_at: dt.datetime
    format_version: int
    app_version: str
    encrypted: bool
    since: dt.date | None
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0
    held_back: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    flagged: list[FlaggedRecord] = field(default_factory=list)
    dry_run: bool = False
    #: The row in the import history (None for a preview or when nothing had to be written).
    import_id: int | None = None
    backup_path: Path | None = None
    #: Gifts this import added or changed (live ones), for :func:`colleague_gifts_for_planned_visits`.
    gift_ids: frozenset[str] = frozenset()

    @property
    def records(self) -> int:
        return self.new + self.updated + self.deleted + self.unchanged + self.held_back

    @property
    def changed(self) -> bool:
        return bool(self.new or self.updated or self.deleted)

    def counts_line(self) -> str:
        return (
            f"new: {self.new}, updated: {self.updated}, deleted: {self.deleted}, "
            f"unchanged: {self.unchanged}, conflicts: {self.conflicts}"
        )

    def lines(self) -> list[str]:
        """The summary as the command line prints it."""
        out = [self.counts_line()]
        out.extend(flag.describe() for flag in self.flagged)
        if self.held_back:
            out.append(
                f"held back: {self.held_back} records with change times in the future "
                "(the sending laptop's clock is probably wrong); they are applied once that time has come"
            )
        if self.dry_run:
            out.append("dry run: nothing was written")
        return out


def _check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("The import was cancelled; nothing was changed.")


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Merger:
    """One pass over a sync file against a store: classify every record, and write if ``apply``."""

    def __init__(
        self,
        store: Store,
        reader: SyncFileReader,
        connection: Connection,
        *,
        apply: bool,
        progress: Progress | None,
        progress_start: int,
        progress_total: int,
        import_id: int | None = None,
        checked_before: bool = False,
        only_lines: dict[str, set[int]] | None = None,
        max_stamp: str = "",
    ) -> None:
        self.store = store
        self.reader = reader
        self.connection = connection
        self.apply = apply
        self.progress = progress
        self.done = progress_start
        self.progress_total = progress_total
        self.import_id = import_id
        # The writing pass reads bytes the checking pass accepted: the member checksums are
        # verified again as it reads, and any difference rolls the whole import back.
        self.checked_before = checked_before
        # ... and only needs to look at the lines the checking pass found something to do for.
        self.only_lines = only_lines
        #: table -> line numbers that change something (found by the checking pass)
        self.lines_to_apply: dict[str, set[int]] = {}
        self.local_replica = store.replica_id
        self.manifest = reader.manifest
        self.now_ms = wall_clock_ms()
        #: table -> ids present in the store before the import (id -> stamp)
        self.existing: dict[str, dict[str, str]] = {}
        #: table -> ids in the file (all of them exist after the import, but the held-back new ones)
        self.in_file: dict[str, set[str]] = {}
        #: table -> ids of new records held back (children of them are held back too)
        self.held_new: dict[str, set[str]] = {}
        self.counts: dict[str, TableCounts] = {}
        self.flagged: list[FlaggedRecord] = []
        self.max_stamp = max_stamp
        self.writes = 0
        #: tables that got rows written (for the foreign key check of a bulk import)
        self.written_tables: set[str] = set()
        self.touched_prospects: set[str] = set()
        self.deleted_contacts: list[str] = []
        self.gift_ids: set[str] = set()
        self.replica_names = dict(self.manifest.replicas)
        self.replica_names.setdefault(self.manifest.store_id, self.manifest.store_name)
        for replica_id, name in connection.execute(select(SyncReplica.replica_id, SyncReplica.store_name)):
            self.replica_names.setdefault(replica_id, name)

    # -- the pass ----------------------------------------------------------------------------

    def run(self) -> None:
        for spec in TABLES:
            self._table(spec)
        if self.apply:
            self._refresh_search_text()
            self._purge_deleted_people()

    def _table(self, spec: TableSpec) -> None:
        connection = self.connection
        existing: dict[str, str] = {}
        tombstones: set[str] = set()
        contact_prospect: dict[str, str] = {}
        is_contacts = spec.name == CONTACTS
        is_gifts = spec.name == "gifts"
        # What the store holds: one query per table.
        if is_contacts:
            for rid, stamp, is_deleted, prospect_id in connection.exec_driver_sql(
                'SELECT "id", "stamp", "deleted", "prospect_id" FROM "contacts"'
            ).fetchall():
                existing[rid] = stamp
                contact_prospect[rid] = prospect_id
                if is_deleted:
                    tombstones.add(rid)
        else:
            for rid, stamp, is_deleted in connection.exec_driver_sql(
                f'SELECT "id", "stamp", "deleted" FROM "{spec.name}"'
            ).fetchall():
                existing[rid] = stamp
                if is_deleted:
                    tombstones.add(rid)
        logged: set[tuple[str, str]] = {
            (rid, lost)
            for rid, lost in connection.exec_driver_sql(
                "SELECT record_id, lost_stamp FROM sync_conflicts WHERE table_name = ?", (spec.name,)
            ).fetchall()
        }
        self.existing[spec.name] = existing
        seen_ids: set[str] = set()
        held_new: set[str] = set()
        self.in_file[spec.name] = seen_ids
        self.held_new[spec.name] = held_new
        counts = TableCounts()
        self.counts[spec.name] = counts
        future_limit = f"{self.now_ms + FUTURE_TOLERANCE_MS:013d}"
        batch = _Batch(self, spec)
        local_replica = self.local_replica
        references = spec.references
        progress_every = _PROGRESS_EVERY

        only_lines = self.only_lines.get(spec.name, set()) if self.only_lines is not None else None
        to_apply: set[int] = set()
        self.lines_to_apply[spec.name] = to_apply
        writes_before = self.writes
        for line, raw in self.reader.lines(spec):
            self.done += 1
            if self.done % progress_every == 0:
                _check_progress(self.progress, self.done, self.progress_total)
            if self.writes != writes_before:  # the previous line changes something
                to_apply.add(line - 1)
                writes_before = self.writes
            if only_lines is not None and line not in only_lines:
                counts.unchanged += 1  # the checking pass found nothing to do for this line
                continue
            obj = self.reader.decode(spec, line, raw)
            try:
                rec = check_record(spec, obj, checked_before=self.checked_before)
            except FieldProblem as problem:
                raise self._record_error(spec, line, str(problem)) from None
            values = rec.values
            rid = values["id"]
            if rid in seen_ids:
                raise self._record_error(spec, line, f"record {rid} appears twice in the file")
            seen_ids.add(rid)
            held_parent = self._check_references(spec, rec, line) if references else False
            stamp = values["stamp"]
            future = stamp[:13] > future_limit
            if future or held_parent:
                to_apply.add(line)
                self._hold(spec, rec, "future" if future else "parent")
                counts.held_back += 1
                if rid not in existing:
                    held_new.add(rid)
                continue
            if stamp > self.max_stamp:
                self.max_stamp = stamp
            local_stamp = existing.get(rid)

            if local_stamp is None:  # a record new to this store
                if values["deleted"]:
                    counts.deleted += 1
                    if is_contacts:
                        self.deleted_contacts.append(rid)
                else:
                    counts.new += 1
                    if is_gifts:
                        self.gift_ids.add(rid)
                if rec.seen or versions.replica_of(stamp) != local_replica:
                    batch.write_row(rec, versions.of_record(stamp, rec.seen))
                else:
                    batch.write_row(rec, None)
                self._touch(spec, rec, None)
                continue

            if stamp == local_stamp and not rec.seen:  # the same version (the common case)
                counts.unchanged += 1
                continue

            entry_before = self._entry(spec, rid)
            local_vv = versions.effective(local_stamp, entry_before)
            incoming_vv = versions.of_record(stamp, rec.seen)
            merged = versions.union(local_vv, incoming_vv)
            if stamp == local_stamp:
                counts.unchanged += 1
                if merged != local_vv:
                    batch.write_entry(rid, local_stamp, merged)
                continue

            if stamp > local_stamp:  # the file's version wins
                # A real conflict: the winner does not include the version it replaces.
                # (A person's deletion keeps no copy of the person's data.)
                conflict = not versions.covers(incoming_vv, local_stamp) and not (
                    is_contacts and values["deleted"]
                )
                if values["deleted"]:
                    counts.deleted += 1
                    if is_contacts:
                        self.deleted_contacts.append(rid)
                else:
                    counts.updated += 1
                    if is_gifts:
                        self.gift_ids.add(rid)
                if conflict and (rid, local_stamp) not in logged:
                    logged.add((rid, local_stamp))
                    counts.conflicts += 1
                    batch.log_local_loser(rid, local_stamp, stamp, local_vv)
                needs = entry_before is not None or versions.needs_entry(merged, stamp, local_replica)
                batch.write_row(rec, merged if needs else None)
                self._touch(spec, rec, contact_prospect.get(rid))
            else:  # this store's version wins
                counts.unchanged += 1
                conflict = not versions.covers(local_vv, stamp) and not (is_contacts and rid in tombstones)
                if conflict:
                    # The loser is kept here, and the local version does not take it in: the
                    # store that made the losing change sees the conflict too when this
                    # store's version reaches it.
                    if (rid, stamp) not in logged:
                        logged.add((rid, stamp))
                        counts.conflicts += 1
                        batch.log_incoming_loser(rec, local_stamp)
                elif merged != local_vv:
                    batch.write_entry(rid, local_stamp, merged)
        if self.writes != writes_before:
            to_apply.add(line)
        batch.flush()

    def _entry(self, spec: TableSpec, rid: str) -> tuple[str, str] | None:
        """The version vector sync recorded for a record (only looked up for records that differ)."""
        row = self.connection.exec_driver_sql(
            "SELECT stamp, seen FROM sync_record_versions WHERE table_name = ? AND record_id = ?",
            (spec.name, rid),
        ).first()
        return (row[0], row[1]) if row is not None else None

    def _record_error(self, spec: TableSpec, line: int, problem: str) -> RecordError:
        return RecordError(
            "The file {file} holds an invalid record ({member} line {line}: {problem}); nothing was imported.",
            file=self.reader.name,
            member=spec.member,
            line=line,
            problem=problem,
        )

    def _check_references(self, spec: TableSpec, rec: IncomingRecord, line: int) -> bool:
        """True when the record needs a parent that is held back; raises when a parent is nowhere."""
        held = False
        for column, parent in spec.references.items():
            ref = rec.values[column]
            if ref is None or ref in self.existing[parent]:
                continue
            if ref in self.in_file[parent]:
                if ref in self.held_new[parent]:
                    held = True
                continue
            raise RecordError(
                "The file {file} refers to a record that is neither in the file nor in this store "
                "({member} line {line}: {field} {ref} is not a known {parent} record); nothing was imported.",
                file=self.reader.name,
                member=spec.member,
                line=line,
                field=column,
                ref=ref,
                parent=parent,
            )
        return held

    def _hold(self, spec: TableSpec, rec: IncomingRecord, reason: str) -> None:
        stamp = rec.stamp
        replica = versions.replica_of(stamp)
        self.flagged.append(
            FlaggedRecord(
                table=spec.name,
                record_id=rec.id,
                label=label_of(spec, rec.values),
                stamp=stamp,
                changed_at=dt.datetime.fromtimestamp(int(stamp[:13]) / 1000, dt.UTC),
                replica_id=replica,
                store_name=self.replica_names.get(replica, ""),
                reason=reason,
            )
        )

    def _touch(self, spec: TableSpec, rec: IncomingRecord, old_prospect: str | None) -> None:
        if spec.name == _PROSPECTS:
            self.touched_prospects.add(rec.id)
        elif spec.name == CONTACTS:
            self.touched_prospects.add(rec.values["prospect_id"])
            if old_prospect:
                self.touched_prospects.add(old_prospect)

    # -- after the records ---------------------------------------------------------------------

    def _refresh_search_text(self) -> None:
        """Recompute the derived prospect columns for the prospects whose record or contacts changed.

        The same values the store's session hook computes: ``search_text`` is the folded name,
        city, postal code and the names of the live contacts (ordered by name); ``sort_name``
        (where the schema has it) the folded name.
        """
        if not self.touched_prospects:
            return
        connection = self.connection
        p, c = Prospect.__table__, Contact.__table__
        has_sort_name = "sort_name" in p.c
        sort_column = p.c.sort_name if has_sort_name else p.c.name
        ids = sorted(self.touched_prospects)
        whole_table = len(ids) > 5000
        groups = [ids] if whole_table else list(_chunks(ids, 500))
        statement = update(p).where(p.c.id == bindparam("b_id"))
        if has_sort_name:
            statement = statement.values(search_text=bindparam("b_text"), sort_name=bindparam("b_sort"))
        else:
            statement = statement.values(search_text=bindparam("b_text"))
        for group in groups:
            prospect_query = select(p.c.id, p.c.name, p.c.city, p.c.postal_code, p.c.search_text, sort_column)
            contact_query = (
                select(c.c.prospect_id, c.c.name)
                .where(c.c.deleted == false())
                .order_by(c.c.prospect_id, c.c.name)
            )
            if not whole_table:
                prospect_query = prospect_query.where(p.c.id.in_(group))
                contact_query = contact_query.where(c.c.prospect_id.in_(group))
            names: dict[str, list[str]] = {}
            for prospect_id, name in connection.execute(contact_query):
                names.setdefault(prospect_id, []).append(name)
            wanted = set(group)
            changes = []
            for pid, name, city, postal_code, current_text, current_sort in connection.execute(
                prospect_query
            ):
                if whole_table and pid not in wanted:
                    continue
                contacts = " ".join(names.get(pid, ()))
                text = fold(" ".join((name or "", city or "", postal_code or "", contacts)))
                sort_name = fold(name or "") if has_sort_name else current_sort
                if text != current_text or sort_name != current_sort:
                    changes.append({"b_id": pid, "b_text": text, "b_sort": sort_name})
            for part in _chunks(changes, BATCH):
                connection.execute(statement, part)

    def _purge_deleted_people(self) -> None:
        """No copy of a deleted person's data stays in the conflict log."""
        deleted_contacts = select(Contact.id).where(Contact.deleted == true())
        self.connection.execute(
            delete(SyncConflict).where(
                SyncConflict.table_name == CONTACTS, SyncConflict.record_id.in_(deleted_contacts)
            )
        )


_ENTRY_UPSERT = (
    "INSERT INTO sync_record_versions (table_name, record_id, stamp, seen) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (table_name, record_id) DO UPDATE SET stamp = excluded.stamp, seen = excluded.seen"
)


class _Batch:
    """Pending writes of one table, flushed in bulk statements every BATCH records."""

    def __init__(self, merger: _Merger, spec: TableSpec) -> None:
        self.merger = merger
        self.spec = spec
        self.apply = merger.apply
        self.rows: list[tuple] = []
        self.entries: list[tuple[str, str, str, str]] = []
        self.local_losers: list[tuple[str, str, str, versions.VersionVector]] = []
        self.conflicts: list[dict[str, Any]] = []

    def _counted(self) -> None:
        self.merger.writes += 1
        if self.apply and len(self.rows) + len(self.entries) + len(self.local_losers) >= BATCH:
            self.flush()

    def write_row(self, rec: IncomingRecord, vv: versions.VersionVector | None) -> None:
        if self.apply:
            self.rows.append(storage_row(self.spec, rec.values))
            if vv is not None:
                self.entries.append(self._entry(rec.id, rec.stamp, vv))
        self._counted()

    def write_entry(self, rid: str, stamp: str, vv: versions.VersionVector) -> None:
        if self.apply:
            self.entries.append(self._entry(rid, stamp, vv))
        self._counted()

    def _entry(self, rid: str, stamp: str, vv: versions.VersionVector) -> tuple[str, str, str, str]:
        return (self.spec.name, rid, stamp, " ".join(versions.seen_list(vv, stamp)))

    def log_local_loser(self, rid: str, lost_stamp: str, kept_stamp: str, vv: versions.VersionVector) -> None:
        if self.apply:
            self.local_losers.append((rid, lost_stamp, kept_stamp, vv))
        self._counted()

    def log_incoming_loser(self, rec: IncomingRecord, kept_stamp: str) -> None:
        if self.apply:
            self.conflicts.append(self._conflict(rec.id, "incoming", rec.stamp, kept_stamp, rec.to_json()))
        self._counted()

    def _conflict(self, rid: str, side: str, lost: str, kept: str, record: dict[str, Any]) -> dict[str, Any]:
        return {
            "detected_at": utcnow(),
            "import_id": self.merger.import_id,
            "table_name": self.spec.name,
            "record_id": rid,
            "losing_side": side,
            "lost_stamp": lost,
            "kept_stamp": kept,
            "lost_record": json.dumps(record, ensure_ascii=False, sort_keys=True),
        }

    def flush(self) -> None:
        if not self.apply:
            return
        connection = self.merger.connection
        spec = self.spec
        if self.local_losers:
            wanted = {rid: (lost, kept, vv) for rid, lost, kept, vv in self.local_losers}
            marks = ", ".join("?" for _ in wanted)
            rows = connection.exec_driver_sql(f'{spec.select_sql} WHERE "id" IN ({marks})', tuple(wanted))
            for row in rows.fetchall():
                record = json_from_storage(spec, tuple(row))
                lost, kept, vv = wanted[record["id"]]
                seen = versions.seen_list(vv, lost)
                if seen:
                    record["seen"] = seen
                self.conflicts.append(self._conflict(record["id"], "local", lost, kept, record))
            self.local_losers.clear()
        if self.rows:
            connection.exec_driver_sql(spec.upsert_sql, self.rows)
            self.merger.written_tables.add(spec.name)
            self.rows.clear()
        if self.entries:
            connection.exec_driver_sql(_ENTRY_UPSERT, self.entries)
            self.entries.clear()
        if self.conflicts:
            connection.execute(insert(SyncConflict.__table__), self.conflicts)
            self.conflicts.clear()
        _check_progress(self.merger.progress, self.merger.done, self.merger.progress_total)


# -- the public functions ----------------------------------------------------------------------


def _summary(reader: SyncFileReader, merger: _Merger, *, dry_run: bool) -> ImportSummary:
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
        summary.new += counts.new
        summary.updated += counts.updated
        summary.deleted += counts.deleted
        summary.unchanged += counts.unchanged
        summary.conflicts += counts.conflicts
        summary.held_back += counts.held_back
    return summary


def _database_error(store: Store, exc: BaseException) -> StoreError:
    return StoreError(explain_database_error(exc, store.path))


def _analyse(store: Store, reader: SyncFileReader, progress: Progress | None, total: int) -> _Merger:
    with store.read() as session:
        connection = session.connection()
        connection.exec_driver_sql("BEGIN")  # one snapshot of the store for the whole pass
        merger = _Merger(
            store, reader, connection, apply=False, progress=progress, progress_start=0, progress_total=total
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
    try:
        with SyncFileReader(path, passphrase) as reader:
            merger = _analyse(store, reader, progress, reader.manifest.total_records)
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
    try:
        with SyncFileReader(path, passphrase) as reader:
            total = 2 * reader.manifest.total_records
            preview = _analyse(store, reader, progress, total)
            if preview.writes == 0:
                _check_progress(progress, total, total)
                return _summary(reader, preview, dry_run=False)
            try:
                backup = store.backup("before-import")
            except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
                raise SyncError(
                    "The store could not be backed up before the import ({reason}); nothing was imported.",
                    reason=str(exc),
                ) from exc
            with store.engine.connect() as connection:
                summary, merger = _write(store, reader, connection, progress, total, preview)
            summary.backup_path = backup
    except DBAPIError as exc:
        raise _database_error(store, exc) from exc
    if merger.max_stamp:
        store.clock.observe(Stamp.parse(merger.max_stamp))
    return summary


def _write(
    store: Store,
    reader: SyncFileReader,
    connection: Connection,
    progress: Progress | None,
    total: int,
    preview: _Merger,
) -> tuple[ImportSummary, _Merger]:
    """The writing pass: one IMMEDIATE transaction; rolled back entirely on any error or cancel."""
    bulk = preview.writes > BULK_ROWS
    foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    if bulk:  # PRAGMA foreign_keys only takes effect outside a transaction
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    connection.commit()
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        import_id = _start_history(connection, reader)
        merger = _Merger(
            store,
            reader,
            connection,
            apply=True,
            progress=progress,
            progress_start=total // 2,
            progress_total=total,
            import_id=import_id,
            checked_before=True,
            only_lines=preview.lines_to_apply,
            max_stamp=preview.max_stamp,
        )
        merger.run()
        if bulk:
            _check_foreign_keys(
                connection, merger.written_tables | ({_PROSPECTS} & set(merger.written_tables))
            )
        summary = _summary(reader, merger, dry_run=False)
        summary.import_id = import_id
        _finish_history(connection, import_id, summary)
        _remember_replicas(connection, store, reader)
        _advance_clock(connection, store, merger.max_stamp)
        _check_progress(progress, total, total)
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
            new=0,
            updated=0,
            deleted=0,
            unchanged=0,
            conflicts=0,
            held_back=0,
        )
    )
    return int(result.inserted_primary_key[0])


def _finish_history(connection: Connection, import_id: int, summary: ImportSummary) -> None:
    connection.execute(
        update(SyncImport.__table__)
        .where(SyncImport.__table__.c.id == import_id)
        .values(
            new=summary.new,
            updated=summary.updated,
            deleted=summary.deleted,
            unchanged=summary.unchanged,
            conflicts=summary.conflicts,
            held_back=summary.held_back,
        )
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
