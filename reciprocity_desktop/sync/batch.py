"""The writes of one import pass, gathered per table and sent to SQLite in bulk statements.

The merge (:mod:`reciprocity_desktop.sync.merge`) decides per record what to do and tells a
:class:`Batch`; the batch counts the write and, when the pass applies, keeps the row, the version
vector entry or the conflict-log entry until the merge flushes it (after every chunk of records).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import Connection, insert

from reciprocity_desktop.store.models import SyncConflict, utcnow
from reciprocity_desktop.sync import openings, versions
from reciprocity_desktop.sync.errors import ImportCancelled
from reciprocity_desktop.sync.field_merge import own_fields
from reciprocity_desktop.sync.format import TableSpec, storage_values
from reciprocity_desktop.sync.incoming import CheckedRecord

Progress = Callable[[int, int], bool]

#: Records checked, looked up in the store, merged and written together (a pass's chunk).
BATCH = 2000


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress``; when it returns False the import is cancelled (and rolled back)."""
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("The import was cancelled; nothing was changed.")


class PassState(Protocol):
    """What a batch reads and counts on the pass it writes for."""

    connection: Connection
    apply: bool
    import_id: int | None
    progress: Progress | None
    done: int
    progress_total: int
    #: writes counted so far (applied or, in the checking pass, only found)
    writes: int
    #: tables that got rows written (for the foreign key check of a bulk import)
    written_tables: set[str]
    #: the file's members by table name (a file written before a table was added lacks it)
    members: dict


_ENTRY_UPSERT = (
    "INSERT INTO sync_record_versions (table_name, record_id, stamp, seen) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (table_name, record_id) DO UPDATE SET stamp = excluded.stamp, seen = excluded.seen"
)

_FIELDS_CLEAR = "DELETE FROM sync_field_stamps WHERE table_name = ? AND record_id = ?"
_FIELDS_INSERT = (
    "INSERT INTO sync_field_stamps (table_name, record_id, field, stamp, replica) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (table_name, record_id, field) DO UPDATE SET stamp = excluded.stamp, replica = excluded.replica"
)


class Batch:
    """Pending writes of one table, flushed in bulk statements after every chunk of records."""

    def __init__(self, merger: PassState, spec: TableSpec) -> None:
        self.merger = merger
        self.spec = spec
        self.apply = merger.apply
        self.rows: list[tuple] = []
        self.entries: list[tuple[str, str, str, str]] = []
        self.conflicts: list[dict[str, Any]] = []
        #: a file from before stock movements: its item quantities become the items' openings
        self.openings = openings.needed(spec, merger.members)
        #: records whose field stamps are replaced (their old entries go), and the new entries
        self.field_clears: list[tuple[str, str]] = []
        self.field_rows: list[tuple[str, str, str, str, str]] = []

    def _counted(self) -> None:
        self.merger.writes += 1

    def write_row(self, rec: CheckedRecord, vv: versions.VersionVector | None, *, existing: bool) -> None:
        """The file's version as it is (with its field stamps); ``existing``: it replaces the store's."""
        if self.apply:
            self.rows.append(storage_values(self.spec, rec.row))
            if vv is not None:
                self.entries.append(self._entry(rec.id, rec.stamp, vv))
            self._field_stamps(rec.id, own_fields(self.spec, rec.deleted, rec.fields), existing=existing)
        self.merger.writes += 1

    def write_merged(
        self, rid: str, row: tuple, fields: dict[str, str], vv: versions.VersionVector | None
    ) -> None:
        """A version merged field by field (:mod:`~.field_merge`): its row (file order) and field stamps."""
        if self.apply:
            self.rows.append(storage_values(self.spec, row))
            if vv is not None:
                self.entries.append(self._entry(rid, row[1], vv))
            self._field_stamps(rid, fields, existing=True)
        self.merger.writes += 1

    def _field_stamps(self, rid: str, fields, *, existing: bool) -> None:
        if existing:
            self.field_clears.append((self.spec.name, rid))
        if fields:
            table = self.spec.name
            self.field_rows.extend(
                (table, rid, name, stamp, versions.replica_of(stamp)) for name, stamp in fields.items()
            )

    def write_new(self, rec: CheckedRecord, *, entry: bool) -> None:
        """A record new to this store whose vector is its own stamp (an entry only if asked)."""
        if self.apply:
            self.rows.append(storage_values(self.spec, rec.row))
            if entry:
                self.entries.append((self.spec.name, rec.id, rec.stamp, ""))
            self._field_stamps(rec.id, own_fields(self.spec, rec.deleted, rec.fields), existing=False)
        self.merger.writes += 1

    def write_entry(self, rid: str, stamp: str, vv: versions.VersionVector) -> None:
        if self.apply:
            self.entries.append(self._entry(rid, stamp, vv))
        self._counted()

    def _entry(self, rid: str, stamp: str, vv: versions.VersionVector) -> tuple[str, str, str, str]:
        return (self.spec.name, rid, stamp, " ".join(versions.seen_list(vv, stamp)))

    def log_loser(self, rid: str, conflict, record: dict[str, Any]) -> None:
        """A losing version of a field-by-field merge (``conflict``: a field_merge.FieldConflict naming
        the field, or none for a whole version), kept whole (``record``)."""
        if self.apply:
            entry = self._conflict(rid, conflict.side, conflict.lost_stamp, conflict.kept_stamp, record)
            entry["field_name"] = conflict.field
            self.conflicts.append(entry)
        self._counted()

    def _conflict(self, rid: str, side: str, lost: str, kept: str, record: dict[str, Any]) -> dict[str, Any]:
        return {
            "field_name": "",
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
        if self.rows:
            connection.exec_driver_sql(spec.upsert_sql, self.rows)
            self.merger.written_tables.add(spec.name)
            if self.openings:
                openings.write(connection, spec, self.rows)
                self.merger.written_tables.add(openings.MOVEMENTS)
            self.rows.clear()
        if self.entries:
            connection.exec_driver_sql(_ENTRY_UPSERT, self.entries)
            self.entries.clear()
        if self.field_clears:
            connection.exec_driver_sql(_FIELDS_CLEAR, self.field_clears)
            self.field_clears.clear()
        if self.field_rows:
            connection.exec_driver_sql(_FIELDS_INSERT, self.field_rows)
            self.field_rows.clear()
        if self.conflicts:
            connection.execute(insert(SyncConflict.__table__), self.conflicts)
            self.conflicts.clear()
        check_progress(self.merger.progress, self.merger.done, self.merger.progress_total)
