"""A table's records as file lines, built by SQLite (``json_object``) and streamed from a cursor.

The export's per-record work is done in SQL: SQLite turns each row into the line the file holds
(dates in the file's form, true/false, a contact tombstone's personal fields blanked), so Python
only passes bytes on. What SQL cannot say exactly the same way is finished in Python:

* floating point numbers (a prospect's coordinates) are written by Python's ``json``, whose
  shortest round-trip form SQLite's ``%g`` does not always give;
* a record's ``seen`` list (its version vector, :mod:`reciprocity_desktop.sync.versions`) and its
  ``fields`` map (the field stamps that are not the record's, SQL's ``json_group_object``);
* a row whose dates are not in the storage form SQLAlchemy writes (another writer's): SQL flags
  it and the line is made by :func:`~reciprocity_desktop.sync.format.json_from_storage` instead.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from sqlite3 import Connection as SQLiteConnection

from sqlalchemy import Float

from reciprocity_desktop.sync import versions
from reciprocity_desktop.sync.format import (
    CONTACT_PERSONAL_BLANKS,
    CONTACTS,
    TABLES_BY_NAME,
    TableSpec,
    dumps_record,
    json_from_storage,
)

#: Rows fetched from the cursor at a time.
FETCH = 2000

_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False)


def float_fields(spec: TableSpec) -> tuple[str, ...]:
    return tuple(name for name in spec.fields if isinstance(spec.table.c[name].type, Float))


def _column_json(spec: TableSpec, name: str) -> str:
    """The SQL expression of one field's JSON value (an argument of ``json_object``)."""
    column = f't."{name}"'
    if name in spec.datetime_fields:  # "YYYY-MM-DD HH:MM:SS.ffffff" -> "YYYY-MM-DDTHH:MM:SS.ffffffZ"
        expression = f"substr({column}, 1, 10) || 'T' || substr({column}, 12) || 'Z'"
    elif name in spec.bool_fields or name == "deleted":
        expression = f"json(CASE WHEN {column} THEN 'true' ELSE 'false' END)"
    else:
        expression = column
    if spec.name == CONTACTS and name in CONTACT_PERSONAL_BLANKS:
        if CONTACT_PERSONAL_BLANKS[name] is False:
            expression = (
                f"json(CASE WHEN t.\"deleted\" THEN 'false' WHEN {column} THEN 'true' ELSE 'false' END)"
            )
        else:
            expression = f"CASE WHEN t.\"deleted\" THEN '' ELSE {column} END"
    return expression


def _odd_storage(spec: TableSpec) -> str:
    """SQL that is true for a row whose dates are not in SQLAlchemy's storage form."""
    checks = []
    for name in spec.fields:
        column = f't."{name}"'
        if name in spec.datetime_fields:
            checks.append(
                f"({column} IS NOT NULL AND (length({column}) != 26 OR substr({column}, 11, 1) != ' '))"
            )
        elif name in spec.date_fields:
            checks.append(f"({column} IS NOT NULL AND length({column}) != 10)")
    return " OR ".join(checks) or "0"


def export_sql(spec: TableSpec) -> str:
    """id, stamp, deleted, the line (bytes, without its floats), odd storage, sync entry, floats."""
    return _export_sql(spec.name)


@functools.cache
def _export_sql(table: str) -> str:
    spec = TABLES_BY_NAME[table]
    floats = float_fields(spec)
    pairs = ", ".join(f"'{name}', {_column_json(spec, name)}" for name in spec.fields if name not in floats)
    float_columns = "".join(f', t."{name}"' for name in floats)
    return (
        f"SELECT t.id, t.stamp, t.deleted, CAST(json_object({pairs}) || char(10) AS BLOB), {_odd_storage(spec)}, "
        f"v.stamp, v.seen, {_fields_sql(spec.name)}{float_columns} "
        f'FROM "{spec.name}" AS t '
        "LEFT JOIN sync_record_versions AS v ON v.table_name = ? AND v.record_id = t.id "
        # In id order: it costs the export a little (rows are fetched through the id index),
        # and saves an import more (each table's primary key and sync entries grow at the end).
        "ORDER BY t.id"
    )


def _fields_sql(table: str) -> str:
    """A record's field stamps that differ from its own, as one JSON object (NULL when there is none).

    A contact tombstone's personal fields are blank and carry the tombstone's stamp (sync/field_merge.py).
    """
    personal = ""
    if table == CONTACTS:
        names = ", ".join(f"'{name}'" for name in CONTACT_PERSONAL_BLANKS)
        personal = f" AND NOT (t.deleted AND f.field IN ({names}))"
    return (
        "(SELECT json_group_object(f.field, f.stamp) FROM sync_field_stamps AS f "
        f"WHERE f.table_name = '{table}' AND f.record_id = t.id{personal} HAVING count(*) > 0)"
    )


def _seen_json(seen: list[str]) -> bytes:
    return b',"seen":' + _ENCODER.encode(seen).encode("utf-8")


def table_lines(
    connection: SQLiteConnection, spec: TableSpec, only: set[str] | None
) -> Iterator[tuple[list[bytes], int]]:
    """The table's records as file lines (each with its ``\\n``), in id order, a block at a time.

    Yields each block's lines and how many of them are tombstones.
    """
    floats = float_fields(spec)
    float_names = [f',"{name}":'.encode() for name in floats]
    encode_float = _ENCODER.encode
    cursor = connection.execute(export_sql(spec), (spec.name,))
    try:
        while rows := cursor.fetchmany(FETCH):
            lines: list[bytes] = []
            add = lines.append
            deletions = 0
            for rid, stamp, deleted, line, odd, entry_stamp, entry_seen, stamps, *numbers in rows:
                if only is not None and rid not in only:
                    continue
                deletions += deleted
                seen: list[str] = []
                # An entry for exactly this version with nothing beside it adds nothing to write.
                if entry_stamp is not None and (entry_stamp != stamp or entry_seen):
                    seen = versions.seen_list(versions.effective(stamp, (entry_stamp, entry_seen)), stamp)
                if odd:
                    add(_line_from_python(connection, spec, rid, seen, stamps))
                elif numbers or seen or stamps:
                    tail = b"".join(
                        name + encode_float(value).encode("ascii")
                        for name, value in zip(float_names, numbers, strict=True)
                    )
                    if seen:
                        tail += _seen_json(seen)
                    if stamps:
                        tail += b',"fields":' + stamps.encode("utf-8")
                    add(line[:-2] + tail + b"}\n")
                else:
                    add(line)
            yield lines, deletions
    finally:
        cursor.close()


def _line_from_python(
    connection: SQLiteConnection, spec: TableSpec, rid: str, seen: list[str], stamps: str | None
) -> bytes:
    row = connection.execute(f'{spec.select_sql} WHERE "id" = ?', (rid,)).fetchone()
    obj = json_from_storage(spec, tuple(row))
    if seen:
        obj["seen"] = seen
    if stamps:
        obj["fields"] = json.loads(stamps)
    return dumps_record(obj)
