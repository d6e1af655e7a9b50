"""The conflict log: the losing versions of real conflicts, to read and to restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, true
from sqlalchemy.exc import OperationalError

from reciprocity_desktop.services.errors import NotFound
from reciprocity_desktop.store.engine import Store
from reciprocity_desktop.store.models import Contact, SyncConflict, SyncImport, SyncReplica, utcnow
from reciprocity_desktop.sync import versions
from reciprocity_desktop.sync.errors import SyncError
from reciprocity_desktop.sync.fields import FieldProblem
from reciprocity_desktop.sync.format import CONTACTS, TABLES_BY_NAME, record_to_json, typed_values
from reciprocity_desktop.sync.incoming import check_record, label_of

#: Fields that differ between any two versions and say nothing about their content.
_BOOKKEEPING = frozenset({"id", "stamp", "created_at", "updated_at", "seen"})


@dataclass(frozen=True)
class ConflictEntry:
    """One losing version in the conflict log."""

    id: int
    detected_at: dt.datetime
    table: str
    record_id: str
    #: A short name of the record (prospect or contact name, gift description, ...).
    label: str
    #: "local": this store's version lost to the file's; "incoming": the file's version lost.
    losing_side: str
    lost_stamp: str
    kept_stamp: str
    #: The store (name, or replica id when unknown) that made the losing change.
    lost_by: str
    #: The store whose file was being imported when the conflict was found.
    found_in_file_of: str
    #: The losing version, field by field, in the sync file's form (dates as ISO text).
    lost: dict[str, Any]
    #: The record as it is now in this store (same form), or None if it is gone.
    current: dict[str, Any] | None
    #: The fields whose values differ between the losing and the current version.
    differences: tuple[str, ...]
    restored_at: dt.datetime | None

    @property
    def lost_deleted(self) -> bool:
        return bool(self.lost.get("deleted"))


def purge_deleted_people(store: Store) -> None:
    """Drop conflict-log copies of contacts (people) that are deleted now."""
    with store.session() as session:
        session.execute(
            delete(SyncConflict).where(
                SyncConflict.table_name == CONTACTS,
                SyncConflict.record_id.in_(select(Contact.id).where(Contact.deleted == true())),
            )
        )


def list_conflicts(store: Store, include_restored: bool = False) -> list[ConflictEntry]:
    """The conflict log, newest first (restored entries only when asked).

    Copies of people deleted since are removed first (and never shown, even when the store is
    busy and the removal has to wait for the next import).
    """
    with contextlib.suppress(OperationalError):
        purge_deleted_people(store)
    with store.read() as session:
        query = select(SyncConflict, SyncImport.source_store_name).outerjoin(
            SyncImport, SyncImport.id == SyncConflict.import_id
        )
        if not include_restored:
            query = query.where(SyncConflict.restored_at.is_(None))
        rows = session.execute(query.order_by(SyncConflict.detected_at.desc(), SyncConflict.id.desc())).all()
        names = {
            replica: name
            for replica, name in session.execute(select(SyncReplica.replica_id, SyncReplica.store_name))
        }
        names[store.replica_id] = store.name
        entries = []
        for conflict, source in rows:
            spec = TABLES_BY_NAME.get(conflict.table_name)
            if spec is None:
                continue
            current_row = session.get(spec.model, conflict.record_id)
            if spec.name == CONTACTS and (current_row is None or current_row.deleted):
                continue
            lost = json.loads(conflict.lost_record)
            current = None
            if current_row is not None:
                values = {name: getattr(current_row, name) for name in spec.fields}
                current = record_to_json(spec, values)
            differences = tuple(
                name
                for name in spec.fields
                if name not in _BOOKKEEPING and (current is None or lost.get(name) != current.get(name))
            )
            replica = versions.replica_of(conflict.lost_stamp)
            entries.append(
                ConflictEntry(
                    id=conflict.id,
                    detected_at=conflict.detected_at,
                    table=conflict.table_name,
                    record_id=conflict.record_id,
                    label=label_of(spec, current or lost) or label_of(spec, lost),
                    losing_side=conflict.losing_side,
                    lost_stamp=conflict.lost_stamp,
                    kept_stamp=conflict.kept_stamp,
                    lost_by=names.get(replica, replica),
                    found_in_file_of=source or "",
                    lost=lost,
                    current=current,
                    differences=differences,
                    restored_at=conflict.restored_at,
                )
            )
        return entries


def restore_conflict(store: Store, conflict_id: int) -> None:
    """Make the losing version current again, as a new local change (with a new stamp).

    The restored version then wins everywhere the next files travel, like any later edit.
    """
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFound("There is no conflict {id} in the conflict log.", id=conflict_id)
        if conflict.restored_at is not None:
            raise SyncError(
                "Conflict {id} was already restored on {when}.",
                id=conflict_id,
                when=conflict.restored_at.strftime("%Y-%m-%d %H:%M"),
            )
        spec = TABLES_BY_NAME.get(conflict.table_name)
        record = session.get(spec.model, conflict.record_id) if spec is not None else None
        if spec is None or record is None:
            raise NotFound("The record of conflict {id} is no longer in this store.", id=conflict_id)
        try:
            lost = check_record(spec, json.loads(conflict.lost_record))
        except (FieldProblem, ValueError) as exc:
            raise SyncError(
                "The saved version of conflict {id} cannot be read ({problem}).",
                id=conflict_id,
                problem=str(exc),
            ) from None
        values = typed_values(spec, lost.values)
        for name in spec.fields:
            if name not in _BOOKKEEPING:
                setattr(record, name, values[name])
        conflict.restored_at = utcnow()
