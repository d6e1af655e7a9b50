"""The store's side of a merge, looked up a chunk of records at a time through the primary keys.

An import never loads a whole table: for each chunk of the file's records it asks for those
ids only (the ids travel as one JSON array parameter, unpacked by SQLite's ``json_each``), so
that its memory does not grow with the store.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import Connection

from reciprocity_desktop.sync.format import CONTACTS, TableSpec

_IDS = "(SELECT value FROM json_each(?))"


def _cursor(connection: Connection):
    """The DB-API connection under ``connection`` (same transaction): plain tuples, no SQLAlchemy rows."""
    return connection.connection.dbapi_connection


class LocalRow(NamedTuple):
    """A record as this store holds it: its stamp, whether it is a tombstone, the sync entry."""

    stamp: str
    deleted: bool
    #: a contact's prospect (the old one, when the incoming version moves the contact)
    prospect_id: str | None
    #: ``(stamp, seen)`` from ``sync_record_versions``, or None
    entry: tuple[str, str] | None


def _ids_json(ids: Collection[str]) -> str:
    return json.dumps(list(ids), ensure_ascii=False, separators=(",", ":"))


def local_stamps(connection: Connection, table: str, ids: Collection[str]) -> dict[str, str]:
    """The stamps of the store's rows among ``ids`` (by id): all a merge needs of a version it already has."""
    if not ids:
        return {}
    result = _cursor(connection).execute(
        f'SELECT "id", "stamp" FROM "{table}" WHERE "id" IN {_IDS}', (_ids_json(ids),)
    )
    return dict(result.fetchall())


def local_rows(connection: Connection, spec: TableSpec, ids: Collection[str]) -> dict[str, LocalRow]:
    """The store's rows among ``ids`` (by id), with their sync entries (for the records that differ)."""
    if not ids:
        return {}
    prospect = 't."prospect_id"' if spec.name == CONTACTS else "NULL"
    result = connection.exec_driver_sql(
        f'SELECT t."id", t."stamp", t."deleted", {prospect}, v.stamp, v.seen FROM "{spec.name}" AS t '
        "LEFT JOIN sync_record_versions AS v ON v.table_name = ? AND v.record_id = t.id "
        f'WHERE t."id" IN {_IDS}',
        (spec.name, _ids_json(ids)),
    )
    return {
        rid: LocalRow(stamp, bool(deleted), prospect_id, None if entry_stamp is None else (entry_stamp, seen))
        for rid, stamp, deleted, prospect_id, entry_stamp, seen in result.fetchall()
    }


def present(connection: Connection, table: str, ids: Collection[str]) -> set[str]:
    """Which of ``ids`` the store's ``table`` holds."""
    if not ids:
        return set()
    result = _cursor(connection).execute(
        f'SELECT "id" FROM "{table}" WHERE "id" IN {_IDS}', (_ids_json(ids),)
    )
    return {rid for (rid,) in result.fetchall()}


def logged_losers(connection: Connection, table: str, ids: Collection[str]) -> set[tuple[str, str, str]]:
    """The losing versions ``(record id, stamp, field)`` the conflict log already holds for ``ids``
    (field "" for a whole version)."""
    if not ids:
        return set()
    result = connection.exec_driver_sql(
        "SELECT record_id, lost_stamp, field_name FROM sync_conflicts "
        f"WHERE table_name = ? AND record_id IN {_IDS}",
        (table, _ids_json(ids)),
    )
    return {(rid, lost, field or "") for rid, lost, field in result.fetchall()}
