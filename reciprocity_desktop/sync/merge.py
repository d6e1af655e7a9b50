"""One pass of an import over a sync file: classify every record against the store, and write if asked.

The merge rules are written down in ``docs/sync-format.md`` ("Merging") and summed up in
:mod:`reciprocity_desktop.sync.importer`. The checking pass (``apply=False``) reads every line and
notes the lines that change something; the writing pass reads only those again and hands the
writes to a :class:`~reciprocity_desktop.sync.batch.Batch` per table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, select, true

from reciprocity_desktop.store.engine import Store
from reciprocity_desktop.store.hlc import wall_clock_ms
from reciprocity_desktop.store.models import Contact, Prospect, SyncConflict, SyncReplica
from reciprocity_desktop.store.search import refresh_search_columns
from reciprocity_desktop.sync import versions
from reciprocity_desktop.sync.batch import Batch, Progress, check_progress
from reciprocity_desktop.sync.container import SyncFileReader
from reciprocity_desktop.sync.errors import RecordError
from reciprocity_desktop.sync.fields import FieldProblem
from reciprocity_desktop.sync.format import CONTACTS, TABLES, TableSpec
from reciprocity_desktop.sync.incoming import IncomingRecord, check_record, label_of
from reciprocity_desktop.sync.summary import FlaggedRecord, ImportCounts

#: A change stamp more than this far ahead of the local clock is from a laptop with a wrong clock.
FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000
#: How often (in records read) the progress callback is called.
PROGRESS_EVERY = 1000
_PROSPECTS = Prospect.__tablename__


class MergePass:
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
        self.counts: dict[str, ImportCounts] = {}
        self.flagged: list[FlaggedRecord] = []
        self.max_stamp = max_stamp
        self.writes = 0
        #: tables that got rows written (for the foreign key check of a bulk import)
        self.written_tables: set[str] = set()
        self.touched_prospects: set[str] = set()
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
            refresh_search_columns(self.connection, self.touched_prospects)
            self._purge_deleted_people()

    def _table(self, spec: TableSpec) -> None:
        connection = self.connection
        existing: dict[str, str] = {}
        tombstones: set[str] = set()
        contact_prospect: dict[str, str] = {}
        is_contacts = spec.name == CONTACTS
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
        counts = ImportCounts()
        self.counts[spec.name] = counts
        future_limit = f"{self.now_ms + FUTURE_TOLERANCE_MS:013d}"
        batch = Batch(self, spec)
        local_replica = self.local_replica
        references = spec.references
        progress_every = PROGRESS_EVERY

        only_lines = self.only_lines.get(spec.name, set()) if self.only_lines is not None else None
        to_apply: set[int] = set()
        self.lines_to_apply[spec.name] = to_apply
        writes_before = self.writes
        for line, raw in self.reader.lines(spec):
            self.done += 1
            if self.done % progress_every == 0:
                check_progress(self.progress, self.done, self.progress_total)
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
                self._count_written(counts, spec, rec, new=True)
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
                self._count_written(counts, spec, rec, new=False)
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

    def _count_written(
        self, counts: ImportCounts, spec: TableSpec, rec: IncomingRecord, *, new: bool
    ) -> None:
        """Count a record the file brings (new to this store or replacing its version)."""
        if rec.deleted:
            counts.deleted += 1
            return
        if new:
            counts.new += 1
        else:
            counts.updated += 1
        if spec.name == "gifts":
            self.gift_ids.add(rec.id)

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

    def _purge_deleted_people(self) -> None:
        """No copy of a deleted person's data stays in the conflict log."""
        deleted_contacts = select(Contact.id).where(Contact.deleted == true())
        self.connection.execute(
            delete(SyncConflict).where(
                SyncConflict.table_name == CONTACTS, SyncConflict.record_id.in_(deleted_contacts)
            )
        )
