"""Merging two live versions of a record field by field (docs/sync-format.md, "Merging", rule 2).

Each field carries the stamp of its last change: the record's ``stamp`` unless the record's ``fields``
map (in the file) or ``sync_field_stamps`` (in the store) names another. When two versions were changed
concurrently (neither's version vector includes the other's stamp), every field takes the value with
the later field stamp; a field whose losing value differs and was not known to the winner's maker is a
conflict of that one field. The merged version's stamp is the latest of its field stamps, so that
merging is commutative, associative and idempotent field by field.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from reciprocity_desktop.sync import versions
from reciprocity_desktop.sync.format import CONTACT_PERSONAL_BLANKS, CONTACTS, TableSpec, json_from_storage

_IDS = "(SELECT value FROM json_each(?))"
#: The fields of a record that are no field of its own (its identity and bookkeeping, merged apart).
RECORD_KEYS = ("id", "stamp", "deleted", "created_at", "updated_at")


def merged_fields(spec: TableSpec) -> tuple[str, ...]:
    """The fields of ``spec`` merged one by one (each with its own stamp)."""
    return tuple(name for name in spec.fields if name not in RECORD_KEYS)


def field_stamps(connection: Connection, table: str, ids: Collection[str]) -> dict[str, dict[str, str]]:
    """The store's field stamps (those that differ from their row's) of the records ``ids``."""
    out: dict[str, dict[str, str]] = {}
    if not ids:
        return out
    result = connection.exec_driver_sql(
        f"SELECT record_id, field, stamp FROM sync_field_stamps WHERE table_name = ? AND record_id IN {_IDS}",
        (table, json.dumps(list(ids))),
    )
    for rid, name, stamp in result.fetchall():
        out.setdefault(rid, {})[name] = stamp
    return out


def local_records(connection: Connection, spec: TableSpec, ids: Collection[str]) -> dict[str, dict[str, Any]]:
    """The store's versions of the records ``ids`` in the file's JSON form."""
    if not ids:
        return {}
    rows = connection.exec_driver_sql(
        f'{spec.select_sql} WHERE "id" IN {_IDS}', (json.dumps(list(ids)),)
    ).fetchall()
    return {row[0]: json_from_storage(spec, tuple(row)) for row in rows}


@dataclass
class FieldConflict:
    #: the field whose value lost; "" for a whole version (a deletion against an edit)
    field: str
    #: "local" or "incoming": whose value lost
    side: str
    lost_stamp: str
    kept_stamp: str


@dataclass
class FieldMerge:
    """The result of merging two versions: the merged row (file order), its stamp and field stamps."""

    row: tuple
    stamp: str
    #: field -> stamp, for the fields whose stamp is not ``stamp``
    fields: dict[str, str]
    #: something of the incoming version is in the merged one (a field, or its later stamp)
    took_incoming: bool
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def deleted(self) -> bool:
        return bool(self.row[2])


def own_fields(spec: TableSpec, deleted: bool, fields: Any) -> dict[str, str]:
    """A version's field stamps as merged: a contact tombstone's personal fields (blanked) carry its stamp."""
    if not fields:
        return {}
    if spec.name == CONTACTS and deleted:
        return {name: stamp for name, stamp in fields.items() if name not in CONTACT_PERSONAL_BLANKS}
    return dict(fields)


def merge(
    spec: TableSpec,
    local: dict[str, Any],
    local_stamp: str,
    local_fields: dict[str, str],
    local_vv: versions.VersionVector,
    incoming_row: tuple,
    incoming_stamp: str,
    incoming_fields: dict[str, str],
    incoming_vv: versions.VersionVector,
) -> FieldMerge:
    """Merge two concurrent versions: each field from the later field stamp; whether the record is
    deleted (and when each version was made) from the version with the later stamp."""
    positions = spec.positions
    later_incoming = incoming_stamp > local_stamp
    local_deleted = bool(local["deleted"])
    incoming_deleted = bool(incoming_row[2])
    local_fields = own_fields(spec, local_deleted, local_fields)
    incoming_fields = own_fields(spec, incoming_deleted, incoming_fields)
    out = list(incoming_row)
    stamps: dict[str, str] = {}
    took_incoming = later_incoming
    conflicts: list[FieldConflict] = []
    for name in merged_fields(spec):
        mine = local_fields.get(name, local_stamp)
        theirs = incoming_fields.get(name, incoming_stamp)
        position = positions[name]
        ours_value = local[name]
        their_value = incoming_row[position]
        if theirs > mine:
            stamps[name] = theirs
            took_incoming = True
            if their_value != ours_value and not versions.covers(incoming_vv, mine):
                conflicts.append(FieldConflict(name, "local", mine, theirs))
        else:
            stamps[name] = mine
            out[position] = ours_value
            if theirs < mine and their_value != ours_value and not versions.covers(local_vv, theirs):
                conflicts.append(FieldConflict(name, "incoming", theirs, mine))
    # The later of the two stamps (a version's stamp is at or after its fields', and a deletion or its
    # undoing, which has no field stamp, changes only the version's stamp).
    stamp = max(local_stamp, incoming_stamp)
    if not later_incoming:  # deleted or not, and when it was made: the later version's
        for name in ("deleted", "created_at", "updated_at"):
            out[positions[name]] = local[name]
    out[positions["stamp"]] = stamp
    deleted = bool(out[2])
    if local_deleted != incoming_deleted:
        # A deletion against an edit: the version with the earlier stamp lost as a whole.
        winner_vv, loser = (incoming_vv, local_stamp) if later_incoming else (local_vv, incoming_stamp)
        if not versions.covers(winner_vv, loser):
            side = "local" if later_incoming else "incoming"
            conflicts.append(FieldConflict("", side, loser, stamp))
    if spec.name == CONTACTS and deleted:  # a deleted person's data travels nowhere, not even as a loser
        for name, blank in CONTACT_PERSONAL_BLANKS.items():
            out[positions[name]] = blank
            stamps[name] = stamp
        conflicts = []
    # (A field that lost is a conflict of that field even where a deletion won: the tombstone keeps the
    # merged values, and a restore puts the lost one back.)
    fields = {name: value for name, value in stamps.items() if value != stamp}
    return FieldMerge(tuple(out), stamp, fields, took_incoming, conflicts)


def dominates(a: versions.VersionVector, b: versions.VersionVector) -> bool:
    """True when the version with vector ``a`` includes every change the one with ``b`` includes."""
    return all(versions.covers(a, stamp) for stamp in b.values())
