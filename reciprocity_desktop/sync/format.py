"""The sync file's record format: which tables and fields travel, how they are written and checked.

The spec is ``docs/sync-format.md``; this module is its reference implementation for records.
Each synced table (``RECORD_MODELS``, parents first) is one JSON-lines member; each line is one
record: ``id``, ``stamp``, ``deleted``, ``created_at``, ``updated_at``, the table's own fields and,
optionally, ``seen`` (the version vector, see :mod:`reciprocity_desktop.sync.versions`).
Derived columns (``Prospect.search_text``) never travel.

Here: the table specs (:data:`TABLES`), writing records and the store's storage form. A field's
checks are in :mod:`~reciprocity_desktop.sync.fields`, reading a line in
:mod:`~reciprocity_desktop.sync.incoming`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text

from reciprocity_desktop.services.settings_keys import bounds
from reciprocity_desktop.services.validate import FREE_TEXT_LIMITS, MAX_CENTS, MAX_COUNT
from reciprocity_desktop.store.models import (
    RECORD_MODELS,
    Contact,
    CoordinatesSource,
    FollowUpKind,
    GiftKind,
    MovementKind,
    OutcomeKind,
    Reaction,
    Record,
    Stage,
    UTCDateTime,
    VisitStatus,
)
from reciprocity_desktop.store.sort_keys import KEY_COLUMNS, SORT_KEYS, sort_key
from reciprocity_desktop.sync.fields import MAX_TEXT, Checker, FieldRule, checker_of

FORMAT_NAME = "reciprocity-sync"
#: 2: records carry their field stamps (``fields``); files of version 1 still import.
FORMAT_VERSION = 2
MANIFEST_NAME = "manifest.json"
MEMBER_DIR = "records/"

#: Columns that are derived in every store (by the store's session hook, and by the import)
#: and therefore never written to a file. The lists' sort keys are computed as a row is stored.
DERIVED_COLUMNS = frozenset({"search_text", "sort_name", *KEY_COLUMNS})
#: The personal fields of a contact, blanked in a contact's tombstone.
CONTACT_PERSONAL_BLANKS: dict[str, Any] = {
    "name": "",
    "role": "",
    "phone": "",
    "email": "",
    "notes": "",
    "is_decision_maker": False,
}

_TIME_RE = re.compile(r"^$|^\d{2}:\d{2}$")
_COUNTRY_RE = re.compile(r"^$|^[A-Z]{2}$")

_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("prospects", "stage"): Stage,
    ("prospects", "coordinates_source"): CoordinatesSource,
    ("stock_items", "kind"): GiftKind,
    ("visits", "status"): VisitStatus,
    ("gifts", "kind"): GiftKind,
    ("gifts", "reaction"): Reaction,
    ("followups", "kind"): FollowUpKind,
    ("outcomes", "kind"): OutcomeKind,
    ("stock_movements", "kind"): MovementKind,
}
# The store's CHECK constraints on numbers, so that an accepted record can always be written.
_VISIT_MINUTES = bounds("visit_minutes")  # a visit's length as the window and command line take it
_MINIMUMS: dict[tuple[str, str], int] = {
    # on hand may be below zero: two laptops' draws that met in a sync (shown, not refused)
    ("stock_items", "quantity"): -MAX_COUNT,
    ("stock_movements", "delta"): -MAX_COUNT,
    ("gifts", "quantity"): 1,
    ("gifts", "cost_cents"): 0,
    ("outcomes", "value_cents"): 0,
    ("visits", "visit_minutes"): _VISIT_MINUTES[0],
}
# ... and the largest numbers the services take (services.validate), so that no sum or time overflows.
_MAXIMUMS: dict[tuple[str, str], int] = {
    ("stock_movements", "delta"): MAX_COUNT,
    ("gifts", "quantity"): MAX_COUNT,
    ("gifts", "cost_cents"): MAX_CENTS - 1,
    ("outcomes", "value_cents"): MAX_CENTS - 1,
    ("visits", "visit_minutes"): _VISIT_MINUTES[1],
}
_RANGES: dict[tuple[str, str], float] = {
    ("prospects", "latitude"): 90.0,
    ("prospects", "longitude"): 180.0,
}
_PATTERNS: dict[tuple[str, str], tuple[re.Pattern[str], str]] = {
    ("visits", "planned_time"): (_TIME_RE, "a time like 09:30 or empty"),
    ("prospects", "country"): (_COUNTRY_RE, "a two-letter country code or empty"),
}

_RECORD_KEYS = ("id", "stamp", "deleted", "created_at", "updated_at")

#: Fields a file carries that an import does not take: the store derives them itself. A stock item's
#: ``quantity`` is the sum of its movements (``stock_movements``): the file says what the writer had on
#: hand, and a new item starts at the sum of the movements the store has of it (store.stock.STOCK_TRIGGERS).
NOT_TAKEN: dict[str, frozenset[str]] = {"stock_items": frozenset({"quantity"})}
#: Tables added to the format after files were first written: a file without their member holds none.
ADDED_TABLES = frozenset({"stock_movements"})


# -- table specs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableSpec:
    """One synced table as it travels in a file."""

    name: str
    model: type[Record]
    table: Table
    member: str
    #: Every field of a record, in file order (``_RECORD_KEYS`` first).
    fields: tuple[str, ...]
    #: Fields that are dates or date-times (written as ISO text).
    date_fields: frozenset[str]
    datetime_fields: frozenset[str]
    #: field -> checker of the JSON value.
    checkers: dict[str, Checker]
    #: field -> what it may hold (the checker is made from it, and so is the fast decoder's type).
    rules: dict[str, FieldRule] = field(default_factory=dict)
    #: Plain fields checked in bulk (no null, no allowed values or limits): text, true/false, whole numbers.
    text_fields: tuple[str, ...] = ()
    #: the plain text fields with their most characters and the search for a character they must not hold
    text_checks: tuple[tuple[str, int, Callable[[str], Any]], ...] = ()
    bool_fields: tuple[str, ...] = ()
    int_fields: tuple[str, ...] = ()
    #: The other fields, each with its own checker.
    special_fields: tuple[tuple[str, Checker], ...] = ()
    #: The store's columns that are not in the file (derived), with the value a new row starts with.
    extra_columns: tuple[tuple[str, Any], ...] = ()
    #: The sort keys stored with a row: (key column, the field it folds).
    key_fields: tuple[tuple[str, str], ...] = ()
    #: reference field -> referenced table name.
    references: dict[str, str] = field(default_factory=dict)
    #: the field that names a record to a person (for messages and the conflict log).
    label_field: str = ""

    @functools.cached_property
    def field_set(self) -> frozenset[str]:
        return frozenset(self.fields)

    @functools.cached_property
    def positions(self) -> dict[str, int]:
        """field -> its place in a record's row (``IncomingRecord.row``: file order)."""
        return {name: i for i, name in enumerate(self.fields)}

    @functools.cached_property
    def datetime_positions(self) -> tuple[int, ...]:
        return tuple(i for i, name in enumerate(self.fields) if name in self.datetime_fields)

    @functools.cached_property
    def key_positions(self) -> tuple[int, ...]:
        """The places of the fields the row's sort keys fold (in ``key_fields`` order)."""
        return tuple(self.positions[name] for _, name in self.key_fields)

    @functools.cached_property
    def field_getter(self) -> Callable[[dict[str, Any]], tuple]:
        """A record's values in file order, as a tuple (one C call instead of a loop)."""
        return operator.itemgetter(*self.fields)

    @functools.cached_property
    def upsert_sql(self) -> str:
        """INSERT ... ON CONFLICT(id) DO UPDATE for one record in storage form (``storage_row``)."""
        keys = [name for name, _ in self.key_fields]
        names = list(self.fields) + [name for name, _ in self.extra_columns] + keys
        columns = ", ".join(f'"{name}"' for name in names)
        marks = ", ".join("?" for _ in names)
        kept = NOT_TAKEN.get(self.name, frozenset())
        updated = [name for name in self.fields if name != "id" and name not in kept] + keys
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in updated)
        return f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks}) ON CONFLICT ("id") DO UPDATE SET {updates}'

    @functools.cached_property
    def select_sql(self) -> str:
        """SELECT of every file field, in file order (add WHERE / ORDER BY as needed)."""
        columns = ", ".join(f'"{name}"' for name in self.fields)
        return f'SELECT {columns} FROM "{self.name}"'


def _column_rule(table: str, column) -> FieldRule:
    """What the file's field of ``column`` may hold (the store's column type and constraints)."""
    if column.name == "id" or column.foreign_keys:
        kind = "id"
    elif column.name == "stamp":
        kind = "stamp"
    elif isinstance(column.type, UTCDateTime):
        kind = "datetime"
    elif isinstance(column.type, Date):
        kind = "date"
    elif isinstance(column.type, Boolean):
        kind = "bool"
    elif isinstance(column.type, Integer):
        kind = "int"
    elif isinstance(column.type, Float):
        kind = "float"
    elif isinstance(column.type, String | Text):
        kind = "text"
    else:  # pragma: no cover - a new column type needs a decision here
        raise TypeError(f"no sync checker for {table}.{column.name} ({column.type!r})")
    key = (table, column.name)
    enum = _ENUMS.get(key)
    # a text's limits are the services' (services.validate): a String(n) column is one line of at
    # most n characters, a Text column free text up to its FREE_TEXT_LIMITS
    length = getattr(column.type, "length", None) if kind == "text" else None
    return FieldRule(
        kind=kind,
        nullable=bool(column.nullable),
        allowed=tuple(member.value for member in enum) if enum is not None else (),
        minimum=_MINIMUMS.get(key),
        maximum=_MAXIMUMS.get(key),
        limit=_RANGES.get(key),
        pattern=_PATTERNS.get(key),
        longest=(length or FREE_TEXT_LIMITS.get(key, MAX_TEXT)) if kind == "text" else None,
        single_line=length is not None,
    )


def _label_field(model: type[Record]) -> str:
    columns = model.__table__.columns
    for candidate in ("name", "description", "note", "notes"):
        if candidate in columns:
            return candidate
    return "id"


def _is_plain(table: str, column) -> bool:
    key = (table, column.name)
    return not (
        column.nullable
        or column.foreign_keys
        or column.name in ("id", "stamp")
        or key in _ENUMS
        or key in _MINIMUMS
        or key in _MAXIMUMS
        or key in _RANGES
        or key in _PATTERNS
    )


def _extra_default(column) -> Any:
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        return default.arg
    if column.nullable:
        return None
    raise TypeError(f"no value for the derived column {column.table.name}.{column.name}")  # pragma: no cover


def _build_spec(model: type[Record]) -> TableSpec:
    table: Table = model.__table__  # type: ignore[assignment]
    own = [
        c
        for c in table.columns
        if c.name not in _RECORD_KEYS and c.name not in DERIVED_COLUMNS and c.computed is None
    ]  # a computed column (followups.is_done) is SQLite's, never written
    columns = [table.c[name] for name in _RECORD_KEYS] + own
    rules = {c.name: _column_rule(table.name, c) for c in columns}
    checkers = {name: checker_of(rule) for name, rule in rules.items()}
    plain = [c for c in columns if _is_plain(table.name, c)]
    text = [
        c.name for c in plain if isinstance(c.type, String | Text) and not isinstance(c.type, UTCDateTime)
    ]
    bools = [c.name for c in plain if isinstance(c.type, Boolean)]
    ints = [c.name for c in plain if isinstance(c.type, Integer) and not isinstance(c.type, Boolean)]
    bulk = set(text) | set(bools) | set(ints)
    return TableSpec(
        name=str(table.name),  # not quoted_name: SQLite would look for an adapter on every row
        model=model,
        table=table,
        member=f"{MEMBER_DIR}{table.name}.jsonl",
        fields=tuple(c.name for c in columns),
        date_fields=frozenset(c.name for c in columns if isinstance(c.type, Date)),
        datetime_fields=frozenset(c.name for c in columns if isinstance(c.type, UTCDateTime)),
        checkers=checkers,
        rules=rules,
        text_fields=tuple(text),
        text_checks=tuple(
            (name, rules[name].longest or MAX_TEXT, re.compile(rules[name].text_pattern).match)
            for name in text
        ),
        bool_fields=tuple(bools),
        int_fields=tuple(ints),
        special_fields=tuple((c.name, checkers[c.name]) for c in columns if c.name not in bulk),
        extra_columns=tuple(
            (c.name, _extra_default(c))
            for c in table.columns
            if c.name in DERIVED_COLUMNS and c.name not in KEY_COLUMNS
        ),
        key_fields=SORT_KEYS.get(table.name, ()),
        references={c.name: next(iter(c.foreign_keys)).column.table.name for c in columns if c.foreign_keys},
        label_field=_label_field(model),
    )


#: The synced tables in file (and insert) order: parents before children.
TABLES: tuple[TableSpec, ...] = tuple(_build_spec(model) for model in RECORD_MODELS)
TABLES_BY_NAME: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}
CONTACTS = Contact.__tablename__


# -- writing ----------------------------------------------------------------------------------

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def format_datetime(value: dt.datetime) -> str:
    value = value.astimezone(dt.UTC)
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T"
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}Z"
    )


def record_to_json(spec: TableSpec, values: dict[str, Any], seen: list[str] | None = None) -> dict[str, Any]:
    """A record read through the ORM (typed values by column name) as the JSON object the file holds."""
    out: dict[str, Any] = {}
    for name in spec.fields:
        value = values[name]
        if value is not None:
            if name in spec.datetime_fields:
                value = format_datetime(value)
            elif name in spec.date_fields:
                value = value.isoformat()
        out[name] = value
    if spec.name == CONTACTS and out["deleted"]:
        out.update(CONTACT_PERSONAL_BLANKS)
    if seen:
        out["seen"] = seen
    return out


def dumps_record(obj: dict[str, Any]) -> bytes:
    return _ENCODER.encode(obj).encode("utf-8") + b"\n"


# -- the store's storage form ------------------------------------------------------------------
# SQLAlchemy keeps dates in SQLite as "YYYY-MM-DD" and our UTC date-times as naive
# "YYYY-MM-DD HH:MM:SS.ffffff" (tests/sync/test_file_format.py checks this). Reading and
# writing that form directly keeps bulk export and import fast.


def datetime_from_storage(raw: Any) -> str | None:
    """A stored date-time as the file writes it."""
    if raw is None:
        return None
    if len(raw) == 26 and raw[10] == " ":
        return f"{raw[:10]}T{raw[11:]}Z"
    parsed = dt.datetime.fromisoformat(raw)  # another writer left out the microseconds
    return format_datetime(parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed)


def date_from_storage(raw: Any) -> str | None:
    if raw is None or len(raw) == 10:
        return raw
    return dt.date.fromisoformat(raw[:10]).isoformat()


def json_from_storage(spec: TableSpec, row: tuple) -> dict[str, Any]:
    """A row read with ``spec.select_sql`` as the file's JSON object."""
    out = dict(zip(spec.fields, row, strict=True))
    for name in spec.datetime_fields:
        out[name] = datetime_from_storage(out[name])
    for name in spec.date_fields:
        out[name] = date_from_storage(out[name])
    for name in spec.bool_fields:
        out[name] = bool(out[name])
    out["deleted"] = bool(out["deleted"])
    if spec.name == CONTACTS and out["deleted"]:
        out.update(CONTACT_PERSONAL_BLANKS)
    return out


def storage_row(spec: TableSpec, obj: dict[str, Any]) -> tuple:
    """A checked file record as the parameters of ``spec.upsert_sql``."""
    return storage_values(spec, spec.field_getter(obj))


def storage_values(spec: TableSpec, row: tuple) -> tuple:
    """A checked record's row (its fields in file order) as the parameters of ``spec.upsert_sql``."""
    values = list(row)
    for position in spec.datetime_positions:
        text = values[position]
        values[position] = f"{text[:10]} {text[11:26]}"
    values.extend(default for _, default in spec.extra_columns)
    values.extend(sort_key(row[position]) for position in spec.key_positions)
    return tuple(values)


def typed_values(spec: TableSpec, obj: dict[str, Any]) -> dict[str, Any]:
    """A checked file record with Python dates and date-times, for the ORM."""
    out = {name: obj[name] for name in spec.fields}
    for name in spec.date_fields:
        if out[name] is not None:
            out[name] = dt.date.fromisoformat(out[name])
    for name in spec.datetime_fields:
        if out[name] is not None:
            out[name] = dt.datetime.fromisoformat(out[name][:26]).replace(tzinfo=dt.UTC)
    return out
