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
from reciprocity_desktop.sync.format import TableSpec, json_from_storage

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
    #: some field (or the bookkeeping) came from the incoming version
    took_incoming: bool
    #: the merged row differs from the local version (a value or a field stamp)
    changes_local: bool
    conflicts: list[FieldConflict] = field(default_factory=list)


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
    """Merge two live versions field by field: the later field stamp wins each field."""
    positions = spec.positions
    out = list(incoming_row)
    stamps: dict[str, str] = {}
    took_incoming = False
    changes_local = False
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
            changes_local = True
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
    # The bookkeeping (when the version was made) goes with the later version.
    later_incoming = incoming_stamp > local_stamp
    for name in ("created_at", "updated_at"):
        if not later_incoming:
            out[positions[name]] = local[name]
    out[positions["stamp"]] = stamp
    if stamp != local_stamp:
        changes_local = True
    fields = {name: value for name, value in stamps.items() if value != stamp}
    if fields != {k: v for k, v in local_fields.items() if v != stamp}:
        changes_local = True
    return FieldMerge(tuple(out), stamp, fields, took_incoming, changes_local, conflicts)


def dominates(a: versions.VersionVector, b: versions.VersionVector) -> bool:
    """True when the version with vector ``a`` includes every change the one with ``b`` includes."""
    return all(versions.covers(a, stamp) for stamp in b.values())
