"""The conflict log: the losing versions of real conflicts, to read and to restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, func, or_, select, true
from sqlalchemy.exc import OperationalError

from reciprocity_desktop.services.errors import NotFound
from reciprocity_desktop.store.engine import Store
from reciprocity_desktop.store.models import Contact, SyncConflict, SyncImport, SyncReplica, utcnow
from reciprocity_desktop.sync import versions
from reciprocity_desktop.sync.errors import SyncError
from reciprocity_desktop.sync.fields import FieldProblem
from reciprocity_desktop.sync.format import (
    CONTACTS,
    NOT_TAKEN,
    TABLES_BY_NAME,
    record_to_json,
    typed_values,
)
from reciprocity_desktop.sync.incoming import check_record, label_of

#: Fields that differ between any two versions and say nothing about their content.
_BOOKKEEPING = frozenset({"id", "stamp", "created_at", "updated_at", "seen", "fields"})


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
    #: A field-level conflict: the one field whose value lost (a restore puts back only it); "" for a
    #: whole version.
    field: str = ""

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


def _shown(include_restored: bool) -> list:
    """The conflicts the log shows: of a known table, not restored (unless asked), no deleted person's."""
    conditions = [
        SyncConflict.table_name.in_(list(TABLES_BY_NAME)),
        or_(
            SyncConflict.table_name != CONTACTS,
            exists().where(Contact.id == SyncConflict.record_id, Contact.deleted.is_(False)),
        ),
    ]
    if not include_restored:
        conditions.append(SyncConflict.restored_at.is_(None))
    return conditions


#: The log's columns that sort in SQL (the others keep the log's own order: newest first).
SORT_KEYS = {
    "found": SyncConflict.detected_at,
    "record": SyncConflict.table_name,
    "lost": SyncConflict.losing_side,
    "restored": SyncConflict.restored_at,
}


def count_conflicts(store: Store, include_restored: bool = False) -> int:
    """How many entries the log shows (a SQL COUNT: no entry is read)."""
    with store.read() as session:
        return int(session.scalar(select(func.count(SyncConflict.id)).where(*_shown(include_restored))) or 0)


def imports_so_far(store: Store) -> int:
    """How many imports this store has recorded (a SQL COUNT)."""
    with store.read() as session:
        return int(session.scalar(select(func.count(SyncImport.id))) or 0)


def _order(sort: str | None, descending: bool) -> list:
    """The log's order: by ``sort`` (a key of :data:`SORT_KEYS`), then newest first."""
    newest = [SyncConflict.detected_at.desc(), SyncConflict.id.desc()]
    key = SORT_KEYS.get(sort or "")
    return newest if key is None else [key.desc() if descending else key.asc(), *newest]


def conflict_position(
    store: Store,
    conflict_id: int,
    include_restored: bool = False,
    *,
    sort: str | None = None,
    descending: bool = False,
) -> int | None:
    """The row of a conflict in the log in that order (counted in SQL), or None when it is not shown."""
    numbered = (
        select(
            SyncConflict.id.label("conflict_id"),
            (func.row_number().over(order_by=_order(sort, descending)) - 1).label("position"),
        )
        .where(*_shown(include_restored))
        .subquery()
    )
    with store.read() as session:
        return session.scalar(select(numbered.c.position).where(numbered.c.conflict_id == conflict_id))


def conflict_page(
    store: Store,
    include_restored: bool = False,
    *,
    offset: int = 0,
    limit: int | None = None,
    sort: str | None = None,
    descending: bool = False,
) -> list[ConflictEntry]:
    """A page of the conflict log, newest first (or by ``sort``, a key of :data:`SORT_KEYS`)."""
    order = _order(sort, descending)
    query = (
        select(SyncConflict, SyncImport.source_store_name)
        .outerjoin(SyncImport, SyncImport.id == SyncConflict.import_id)
        .where(*_shown(include_restored))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    with store.read() as session:
        rows = session.execute(query).all()
        names = {
            replica: name
            for replica, name in session.execute(select(SyncReplica.replica_id, SyncReplica.store_name))
        }
        names[store.replica_id] = store.name
        return [_entry(session, conflict, source, names) for conflict, source in rows]


def _entry(session, conflict: SyncConflict, source: str | None, names: dict[str, str]) -> ConflictEntry:
    spec = TABLES_BY_NAME[conflict.table_name]
    current_row = session.get(spec.model, conflict.record_id)
    lost = json.loads(conflict.lost_record)
    current = None
    if current_row is not None:
        values = {name: getattr(current_row, name) for name in spec.fields}
        current = record_to_json(spec, values)
    if conflict.field_name:
        differences: tuple[str, ...] = (conflict.field_name,)
    else:
        differences = tuple(
            name
            for name in spec.fields
            if name not in _BOOKKEEPING and (current is None or lost.get(name) != current.get(name))
        )
    replica = versions.replica_of(conflict.lost_stamp)
    return ConflictEntry(
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
        field=conflict.field_name or "",
    )


def tidy_log(store: Store) -> None:
    """Remove copies of people deleted since; when the store is busy, the next import does it."""
    with contextlib.suppress(OperationalError):
        purge_deleted_people(store)


def list_conflicts(store: Store, include_restored: bool = False) -> list[ConflictEntry]:
    """The conflict log, newest first (restored entries only when asked).

    Copies of people deleted since are removed first (and never shown, even when the store is
    busy and the removal has to wait for the next import).
    """
    tidy_log(store)
    return conflict_page(store, include_restored)


def restore_conflict(store: Store, conflict_id: int) -> None:
    """Make the losing version current again, as a new local change (with a new stamp).

    The restored version then wins everywhere the next files travel, like any later edit. A field-level
    conflict puts back exactly its one field (the others keep their values and their stamps).
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
        not_taken = NOT_TAKEN.get(spec.name, frozenset())  # derived here (a stock item's on hand)
        names = [conflict.field_name] if conflict.field_name else spec.fields
        for name in names:
            if name not in _BOOKKEEPING and name not in not_taken:
                setattr(record, name, values[name])
        conflict.restored_at = utcnow()
