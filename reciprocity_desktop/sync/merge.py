"""One pass of an import over a sync file: classify every record against the store, and write if asked.

The merge rules are written down in ``docs/sync-format.md`` ("Merging") and summed up in
:mod:`reciprocity_desktop.sync.importer`. The checking pass (``apply=False``) reads every line and
notes the lines that change something; the writing pass reads only those again and hands the
writes to a :class:`~reciprocity_desktop.sync.batch.Batch` per table.

A pass works through each member ``batch.BATCH`` records at a time (:mod:`~.chunks`): it checks
them, looks up the store's versions of just those records (and the parents they refer to) by
primary key, merges them and writes. What it keeps about the whole file is small
(:mod:`~reciprocity_desktop.sync.bookkeeping`): memory does not grow with the store, and only by
bytes per record with the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, delete, select, true

from reciprocity_desktop.store.engine import Store
from reciprocity_desktop.store.hlc import wall_clock_ms
from reciprocity_desktop.store.models import Contact, Prospect, SyncConflict, SyncReplica
from reciprocity_desktop.store.search import refresh_search_columns
from reciprocity_desktop.sync import batch as batch_module
from reciprocity_desktop.sync import field_merge, indexes, references, versions
from reciprocity_desktop.sync.batch import Batch, Progress
from reciprocity_desktop.sync.bookkeeping import FileIds, LineSet
from reciprocity_desktop.sync.chunks import Chunk, read_chunk
from reciprocity_desktop.sync.container import SyncFileReader
from reciprocity_desktop.sync.errors import SyncFileError
from reciprocity_desktop.sync.format import CONTACTS, TABLES, TableSpec
from reciprocity_desktop.sync.incoming import CheckedRecord, label_of
from reciprocity_desktop.sync.local import LocalRow, local_rows, local_stamps, logged_losers
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
        only_lines: dict[str, LineSet] | None = None,
        max_stamp: str = "",
        bulk_tables: frozenset[str] = frozenset(),
        collect_gift_ids: bool = True,
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
        self.lines_to_apply: dict[str, LineSet] = {}
        #: tables most of which this pass writes: their indexes are rebuilt after the writes
        self.bulk_tables = bulk_tables
        #: what builds the set-aside indexes of prospects again, once their derived values are written
        self._after_refresh: list[Callable[[], None]] = []
        self.local_replica = store.replica_id
        self.manifest = reader.manifest
        self.members = self.manifest.members
        self.now_ms = wall_clock_ms()
        self.future_limit = f"{self.now_ms + FUTURE_TOLERANCE_MS:013d}"
        #: The ids of the members read so far, for references and repeated ids. The writing pass
        #: needs none: the checking pass checked both, and the parents it wrote are in the store.
        self.file_ids = None if checked_before else FileIds()
        #: table -> ids of new records held back (children of them are held back too)
        self.held_new: dict[str, set[str]] = {}
        #: parent table -> the references of the current chunk found in the file or the store
        self._parents: dict[str, set[str]] = {}
        self._table_empty = False
        self._check_parents = False
        self.counts: dict[str, ImportCounts] = {}
        self.flagged: list[FlaggedRecord] = []
        self.max_stamp = max_stamp
        self.writes = 0
        #: tables that got rows written (for the foreign key check of a bulk import)
        self.written_tables: set[str] = set()
        self.touched_prospects: set[str] = set()
        #: the live gifts this pass adds or changes (not needed by an import's checking pass)
        self.gift_ids: set[str] = set()
        self.collect_gift_ids = collect_gift_ids
        self.replica_names = dict(self.manifest.replicas)
        self.replica_names.setdefault(self.manifest.store_id, self.manifest.store_name)
        for replica_id, name in connection.execute(select(SyncReplica.replica_id, SyncReplica.store_name)):
            self.replica_names.setdefault(replica_id, name)

    # -- the pass ----------------------------------------------------------------------------

    def run(self) -> None:
        for spec in TABLES:
            if spec.name in self.manifest.members:  # a file from before a table was added has none of it
                self._table(spec)
        if self.apply:
            refresh_search_columns(self.connection, self.touched_prospects)
            # The prospects' indexes (and their search index) hold the search text: built after it.
            for restore in self._after_refresh:
                restore()
            self._purge_deleted_people()

    def _table(self, spec: TableSpec) -> None:
        counts = ImportCounts()
        self.counts[spec.name] = counts
        self.held_new[spec.name] = set()
        batch = Batch(self, spec)
        to_apply = LineSet()
        self.lines_to_apply[spec.name] = to_apply
        only = self.only_lines.get(spec.name, LineSet()) if self.only_lines is not None else None
        if only is not None and len(only) == self.manifest.members[spec.name].records:
            only = None  # every line
        # An empty table has nothing to look up (the member's ids are all different).
        self._table_empty = self._is_empty(spec.name)
        if self.apply and spec.name in self.bulk_tables:
            # Most of the table is written: its indexes are built once afterwards (one sort),
            # not grown row by row. Inside the transaction, like everything else.
            restore = indexes.set_aside(self.connection, spec.name)
        else:
            restore = None
        with contextlib.closing(self.reader.lines(spec)) as lines:
            try:
                ended = False
                while not ended:
                    chunk, pending, ended = read_chunk(
                        self,
                        spec,
                        lines,
                        only,
                        counts,
                        size=batch_module.BATCH,
                        progress_every=PROGRESS_EVERY,
                    )
                    if chunk:
                        self._merge_chunk(spec, chunk, batch, counts, to_apply)
                    if pending is not None:
                        raise pending
            except SyncFileError:
                # A member that does not match its checksum is damaged, whatever its lines say.
                self.reader.finish(lines)
                raise
        batch.flush()
        if restore is not None:
            if spec.name == _PROSPECTS:
                self._after_refresh.append(restore)
            else:
                restore()
        if self.file_ids is not None:
            self.file_ids.finish(spec.name)

    def _is_empty(self, table: str) -> bool:
        return self.connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first() is None

    def _merge_chunk(
        self,
        spec: TableSpec,
        chunk: Chunk,
        batch: Batch,
        counts: ImportCounts,
        to_apply: LineSet,
    ) -> None:
        """Merge a chunk of checked records against the store's versions of them (looked up together)."""
        connection = self.connection
        stamps = (
            {} if self._table_empty else local_stamps(connection, spec.name, [rec.id for _, rec in chunk])
        )
        # The checking pass checks every reference; the writing pass only looks for held-back parents.
        # Record by record only when the chunk needs it: a parent held back, or one found nowhere.
        unresolved = (
            bool(spec.references) and self.file_ids is not None and not self._resolve_parents(spec, chunk)
        )
        self._check_parents = unresolved or any(self.held_new[parent] for parent in spec.references.values())
        # Versions the store has, but not this one: their rows, vectors and logged losers are needed.
        differing = (
            [
                rec.id
                for _, rec in chunk
                if (stamp := stamps.get(rec.id)) is not None and (stamp != rec.stamp or rec.seen)
            ]
            if stamps
            else []
        )
        rows = local_rows(connection, spec, differing)
        logged = logged_losers(connection, spec.name, differing)
        for line, rec in chunk:
            writes_before = self.writes
            held = self._merge_record(spec, line, rec, stamps.get(rec.id), rows, logged, batch, counts)
            if held or self.writes != writes_before:  # the writing pass has to look at this line
                to_apply.add(line)
        batch.flush()

    def _merge_record(
        self,
        spec: TableSpec,
        line: int,
        rec: CheckedRecord,
        local_stamp: str | None,
        rows: dict[str, LocalRow],
        logged: set[tuple[str, str, str]],
        batch: Batch,
        counts: ImportCounts,
    ) -> bool:
        """Merge one record; True when it is held back."""
        rid = rec.id
        held_parent = self._check_references(spec, rec, line) if self._check_parents else False
        stamp = rec.stamp
        future = stamp[:13] > self.future_limit
        if future or held_parent:
            self._hold(spec, rec, "future" if future else "parent")
            counts.held_back += 1
            if local_stamp is None:
                self.held_new[spec.name].add(rid)
            return True
        if stamp > self.max_stamp:
            self.max_stamp = stamp
        local_replica = self.local_replica

        if local_stamp is None:  # a record new to this store
            self._count_written(counts, spec, rec.deleted, rid, new=True)
            if rec.seen:
                batch.write_row(rec, versions.of_record(stamp, rec.seen), existing=False)
            else:  # its vector is its stamp: an entry remembers it unless the stamp is this store's
                batch.write_new(rec, entry=versions.replica_of(stamp) != local_replica)
            if self.apply:
                self._touch(spec, rec, None)
            return False

        if stamp == local_stamp and not rec.seen:  # the same version (the common case)
            counts.unchanged += 1
            return False
        local = rows[rid]

        entry_before = local.entry
        local_vv = versions.effective(local_stamp, entry_before)
        incoming_vv = versions.of_record(stamp, rec.seen)
        merged = versions.union(local_vv, incoming_vv)
        if field_merge.dominates(local_vv, incoming_vv):  # the file's version is one this one includes
            counts.unchanged += 1
            return False
        needs = entry_before is not None or versions.needs_entry(
            merged, max(stamp, local_stamp), local_replica
        )
        if stamp > local_stamp and field_merge.dominates(incoming_vv, local_vv):
            # A later version of this one: every field is at least as new. Taken as it is.
            self._count_written(counts, spec, rec.deleted, rid, new=False)
            batch.write_row(rec, merged if needs else None, existing=True)
            self._touch(spec, rec, local.prospect_id)
            return False
        # Changed on both sides since they last saw each other: field by field.
        self._merge_fields(
            spec, rec, local_stamp, local, local_vv, incoming_vv, merged, needs, logged, batch, counts
        )
        return False

    def _merge_fields(
        self,
        spec: TableSpec,
        rec: CheckedRecord,
        local_stamp: str,
        local: LocalRow,
        local_vv: versions.VersionVector,
        incoming_vv: versions.VersionVector,
        merged: versions.VersionVector,
        needs: bool,
        logged: set[tuple[str, str, str]],
        batch: Batch,
        counts: ImportCounts,
    ) -> None:
        """Two concurrent versions, merged field by field (:mod:`~.field_merge`); real conflicts logged."""
        rid = rec.id
        current = field_merge.local_records(self.connection, spec, [rid])[rid]
        result = field_merge.merge(
            spec,
            current,
            local_stamp,
            field_merge.field_stamps(self.connection, spec.name, [rid]).get(rid, {}),
            local_vv,
            rec.row,
            rec.stamp,
            dict(rec.fields or {}),
            incoming_vv,
        )
        new_conflicts = [c for c in result.conflicts if (rid, c.lost_stamp, c.field) not in logged]
        for conflict in new_conflicts:
            logged.add((rid, conflict.lost_stamp, conflict.field))
            if conflict.side == "local":
                lost = dict(current)
                lost_seen = versions.seen_list(local_vv, local_stamp)
                if lost_seen:
                    lost["seen"] = lost_seen
            else:
                lost = rec.to_json()
            batch.log_loser(rid, conflict, lost)
        if new_conflicts:
            counts.conflicts += 1
        if result.took_incoming:
            if any(conflict.side == "incoming" for conflict in result.conflicts):
                # A value of the file's version lost: the merged version does not claim to include that
                # version, so that its store sees the conflict too when the merged version reaches it.
                own = versions.replica_of(rec.stamp)
                merged = versions.union(local_vv, {r: s for r, s in incoming_vv.items() if r != own})
                needs = True
            self._count_written(counts, spec, result.deleted, rid, new=False)
            batch.write_merged(rid, result.row, result.fields, merged if needs else None)
            self._touch(spec, rec, local.prospect_id)
            return
        counts.unchanged += 1
        if not result.conflicts and merged != local_vv:
            # Nothing of the file's version was new here, and nothing lost: its vector is taken in.
            batch.write_entry(rid, local_stamp, merged)

    def _count_written(
        self, counts: ImportCounts, spec: TableSpec, deleted: bool, rid: str, *, new: bool
    ) -> None:
        """Count a record the file brings (new to this store or replacing its version)."""
        if deleted:
            counts.deleted += 1
            return
        if new:
            counts.new += 1
        else:
            counts.updated += 1
        if spec.name == "gifts" and self.collect_gift_ids:
            self.gift_ids.add(rid)

    def _resolve_parents(self, spec: TableSpec, chunk: Chunk) -> bool:
        return references.resolve_parents(self, spec, chunk)

    def _check_references(self, spec: TableSpec, rec: CheckedRecord, line: int) -> bool:
        return references.check_references(self, spec, rec, line)

    def _hold(self, spec: TableSpec, rec: CheckedRecord, reason: str) -> None:
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

    def _touch(self, spec: TableSpec, rec: CheckedRecord, old_prospect: str | None) -> None:
        if not self.apply:
            return
        if spec.name == _PROSPECTS:
            self.touched_prospects.add(rec.id)
        elif spec.name == CONTACTS:
            self.touched_prospects.add(rec.prospect_id)
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
