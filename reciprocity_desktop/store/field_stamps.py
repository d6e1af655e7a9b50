"""Field stamps: the change stamp of each field of a record, where it is not the record's own.

``sync_field_stamps`` (:class:`~reciprocity_desktop.store.models.SyncFieldStamp`) holds an entry for a
field only when its stamp differs from its record's ``stamp``: a field without one carries the
record's stamp. A change of some fields of a record gives the record a new stamp; the fields it left as
they were keep their earlier stamp (:func:`pin`, called by the session hook for every changed row), so
that a sync merge can take each field from the side that changed it last.

The same SQL runs on a store file and on an office hub (PostgreSQL): the statements are written with
SQLite's ``?`` placeholders and the ids of a batch go as one JSON array (``json_each``, free of SQLite's
limit on a statement's variables); on a hub :func:`_driver_sql` gives psycopg's ``%s`` and ``= ANY``.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from reciprocity_desktop.store.models import RECORD_MODELS, Record
from reciprocity_desktop.store.sort_keys import KEY_COLUMNS

#: Columns that are no field of their own: the record's identity and bookkeeping, and derived columns.
#: (A deletion is merged as a whole record, never field by field: ``deleted`` has no field stamp.)
NOT_FIELDS = frozenset(
    {"id", "stamp", "created_at", "updated_at", "deleted", "search_text", "sort_name", *KEY_COLUMNS}
)

_REPLICA_OFFSET = 21  # len("0000000000000.000000.")
_IDS = "IN (SELECT value FROM json_each(?))"
_PG_IDS = "= ANY(%s)"


def _driver_sql(connection: Connection, statement: str) -> str:
    """``statement`` (SQLite's ``?`` placeholders) for the connection's driver: psycopg's ``%s`` on a hub."""
    if connection.dialect.name != "postgresql":
        return statement
    return statement.replace(_IDS, _PG_IDS).replace("?", "%s")


@functools.cache
def stamped_fields(table: str) -> tuple[str, ...]:
    """The fields of ``table`` that carry a stamp of their own (in column order)."""
    model = next(model for model in RECORD_MODELS if model.__tablename__ == table)
    return tuple(
        column.name
        for column in model.__table__.columns
        if column.name not in NOT_FIELDS and column.computed is None
    )


def pin(session: Session, changes: Iterable[tuple[Record, str, set[str]]], replica_id: str) -> None:
    """Record the field stamps of rows about to get a new stamp: ``(row, its stamp before, changed fields)``.

    Each field the change leaves as it was keeps the stamp it had (the old row stamp, unless it had one of
    its own already); each changed field takes the row's new stamp (its own entry, if any, goes).

    A row whose stamp before is another replica's and that sync recorded no version vector for (one made
    here under this store's earlier replica id, before the file was copied: store/identity.py) gets one:
    the edit includes that version (docs/sync-format.md, section 3).
    """
    by_table: dict[str, list[tuple[str, str, set[str]]]] = {}
    foreign: list[tuple[str, str, str]] = []
    for obj, before, changed in changes:
        by_table.setdefault(obj.__tablename__, []).append((obj.id, before, changed))
        if before and before[_REPLICA_OFFSET:] != replica_id:
            foreign.append((obj.__tablename__, obj.id, before))
    connection = session.connection()
    if foreign:
        connection.exec_driver_sql(
            _driver_sql(
                connection,
                "INSERT INTO sync_record_versions (table_name, record_id, stamp, seen) VALUES (?, ?, ?, '') "
                "ON CONFLICT (table_name, record_id) DO NOTHING",
            ),
            foreign,
        )
    for table, rows in by_table.items():
        _pin_table(connection, table, rows)


def _pin_table(connection: Connection, table: str, rows: list[tuple[str, str, set[str]]]) -> None:
    fields = stamped_fields(table)
    ids: object = [rid for rid, _, _ in rows]
    if connection.dialect.name != "postgresql":
        ids = json.dumps(ids)
    held: set[tuple[str, str]] = {
        (rid, name)
        for rid, name in connection.exec_driver_sql(
            _driver_sql(
                connection,
                f"SELECT record_id, field FROM sync_field_stamps WHERE table_name = ? AND record_id {_IDS}",
            ),
            (table, ids),
        )
    }
    drop: list[tuple[str, str, str]] = []
    keep: list[tuple[str, str, str, str, str]] = []
    for rid, before, changed in rows:
        for name in fields:
            if name in changed:
                if (rid, name) in held:
                    drop.append((table, rid, name))
            elif before and (rid, name) not in held:
                keep.append((table, rid, name, before, before[_REPLICA_OFFSET:]))
    if drop:
        connection.exec_driver_sql(
            _driver_sql(
                connection,
                "DELETE FROM sync_field_stamps WHERE table_name = ? AND record_id = ? AND field = ?",
            ),
            drop,
        )
    if keep:
        connection.exec_driver_sql(
            _driver_sql(
                connection,
                "INSERT INTO sync_field_stamps (table_name, record_id, field, stamp, replica) VALUES (?, ?, ?, ?, ?)",
            ),
            keep,
        )
