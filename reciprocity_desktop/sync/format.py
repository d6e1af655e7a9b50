"""The sync file's record format: which tables and fields travel, how they are written and checked.

The spec is ``docs/sync-format.md``; this module is its reference implementation for records.
Each synced table (``RECORD_MODELS``, parents first) is one JSON-lines member; each line is one
record: ``id``, ``stamp``, ``deleted``, ``created_at``, ``updated_at``, the table's own fields and,
optionally, ``seen`` (the version vector, see :mod:`reciprocity_desktop.sync.versions`).
Derived columns (``Prospect.search_text``) never travel.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text

from reciprocity_desktop.store.models import (
    RECORD_MODELS,
    Contact,
    FollowUpKind,
    GiftKind,
    OutcomeKind,
    Reaction,
    Record,
    Stage,
    UTCDateTime,
    VisitStatus,
)

FORMAT_NAME = "reciprocity-sync"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
MEMBER_DIR = "records/"

#: Columns that are derived in every store (by the store's session hook, and by the import)
#: and therefore never written to a file.
DERIVED_COLUMNS = frozenset({"search_text", "sort_name"})
#: The personal fields of a contact, blanked in a contact's tombstone.
CONTACT_PERSONAL_BLANKS: dict[str, Any] = {
    "name": "",
    "role": "",
    "phone": "",
    "email": "",
    "notes": "",
    "is_decision_maker": False,
}

MAX_TEXT = 1_000_000  # characters in one text field: anything longer is garbage, not a note
MAX_INT = 2**63 - 1
MAX_SEEN = 1000  # replicas in one version vector
ID_MAX = 36

_STAMP_RE = re.compile(r"^\d{13}\.\d{6}\.[A-Za-z0-9_-]{1,43}$")
_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,36}$")
_TIME_RE = re.compile(r"^$|^\d{2}:\d{2}$")
_COUNTRY_RE = re.compile(r"^$|^[A-Z]{2}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")

_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("prospects", "stage"): Stage,
    ("stock_items", "kind"): GiftKind,
    ("visits", "status"): VisitStatus,
    ("gifts", "kind"): GiftKind,
    ("gifts", "reaction"): Reaction,
    ("followups", "kind"): FollowUpKind,
    ("outcomes", "kind"): OutcomeKind,
}
# The store's CHECK constraints on numbers, so that an accepted record can always be written.
_MINIMUMS: dict[tuple[str, str], int] = {
    ("stock_items", "quantity"): 0,
    ("gifts", "quantity"): 1,
    ("gifts", "cost_cents"): 0,
    ("outcomes", "value_cents"): 0,
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


class FieldProblem(Exception):
    """A field value is not valid; the message says why (in English, for the file's author)."""


# -- value checkers: JSON value -> the same value, checked (or FieldProblem) -------------------
# Records stay in their JSON form (dates as text) while an import works on them; they are
# converted to the store's storage form only when written (see ``storage_row``).


def _check_text(value: Any) -> str:
    if type(value) is not str:
        raise FieldProblem(f"must be text, not {_json_type(value)}")
    if len(value) > MAX_TEXT:
        raise FieldProblem(f"is too long ({len(value)} characters)")
    return value


def _check_int(value: Any) -> int:
    if type(value) is not int:
        raise FieldProblem(f"must be a whole number, not {_json_type(value)}")
    if not -MAX_INT <= value <= MAX_INT:
        raise FieldProblem("is out of range")
    return value


def _check_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise FieldProblem(f"must be true or false, not {_json_type(value)}")
    return value


def _check_float(value: Any) -> float:
    if type(value) is bool or not isinstance(value, int | float):
        raise FieldProblem(f"must be a number, not {_json_type(value)}")
    number = float(value)
    if not math.isfinite(number):
        raise FieldProblem("must be a finite number")
    return number


def _check_date(value: Any) -> str:
    if type(value) is not str or not _DATE_RE.match(value):
        raise FieldProblem("must be a date written YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise FieldProblem(f"'{value}' is not a real date") from None
    return value


def _check_datetime(value: Any) -> str:
    if type(value) is not str or not _DATETIME_RE.match(value):
        raise FieldProblem("must be a UTC date and time written YYYY-MM-DDTHH:MM:SS.ffffffZ")
    try:
        dt.datetime.fromisoformat(value[:26])
    except ValueError:
        raise FieldProblem(f"'{value}' is not a real date and time") from None
    return value


def _check_id(value: Any) -> str:
    if type(value) is not str or not _ID_RE.match(value):
        raise FieldProblem("must be a record id (a UUID, at most 36 letters, digits and dashes)")
    return value


def check_stamp(value: Any) -> str:
    if type(value) is not str or not _STAMP_RE.match(value):
        raise FieldProblem("must be a change stamp like 0001764000000000.000000.replica")
    return value


def _nullable(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def checker(value: Any) -> Any:
        return None if value is None else check(value)

    return checker


def _in_enum(enum: type[StrEnum], check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    allowed = frozenset(member.value for member in enum)
    listing = ", ".join(member.value for member in enum)

    def checker(value: Any) -> Any:
        value = check(value)
        if value is not None and value not in allowed:
            raise FieldProblem(f"'{str(value)[:40]}' is not one of: {listing}")
        return value

    return checker


def _at_least(minimum: int, check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def checker(value: Any) -> Any:
        value = check(value)
        if value is not None and value < minimum:
            raise FieldProblem(f"must be at least {minimum}")
        return value

    return checker


def _within(limit: float, check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def checker(value: Any) -> Any:
        value = check(value)
        if value is not None and not -limit <= value <= limit:
            raise FieldProblem(f"must be between -{limit:g} and {limit:g}")
        return value

    return checker


def _matching(pattern: re.Pattern[str], wanted: str, check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def checker(value: Any) -> Any:
        value = check(value)
        if value is not None and not pattern.match(value):
            raise FieldProblem(f"must be {wanted}")
        return value

    return checker


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)


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
    checkers: dict[str, Callable[[Any], Any]]
    #: Plain fields checked in bulk (no null, no allowed values or limits): text, true/false, whole numbers.
    text_fields: tuple[str, ...] = ()
    bool_fields: tuple[str, ...] = ()
    int_fields: tuple[str, ...] = ()
    #: The other fields, each with its own checker.
    special_fields: tuple[tuple[str, Callable[[Any], Any]], ...] = ()
    #: The store's columns that are not in the file (derived), with the value a new row starts with.
    extra_columns: tuple[tuple[str, Any], ...] = ()
    #: reference field -> referenced table name.
    references: dict[str, str] = field(default_factory=dict)
    #: the field that names a record to a person (for messages and the conflict log).
    label_field: str = ""

    @functools.cached_property
    def field_set(self) -> frozenset[str]:
        return frozenset(self.fields)

    @functools.cached_property
    def datetime_positions(self) -> tuple[int, ...]:
        return tuple(i for i, name in enumerate(self.fields) if name in self.datetime_fields)

    @functools.cached_property
    def upsert_sql(self) -> str:
        """INSERT ... ON CONFLICT(id) DO UPDATE for one record in storage form (``storage_row``)."""
        names = list(self.fields) + [name for name, _ in self.extra_columns]
        columns = ", ".join(f'"{name}"' for name in names)
        marks = ", ".join("?" for _ in names)
        updates = ", ".join(f'"{name}" = excluded."{name}"' for name in self.fields if name != "id")
        return f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks}) ON CONFLICT ("id") DO UPDATE SET {updates}'

    @functools.cached_property
    def select_sql(self) -> str:
        """SELECT of every file field, in file order (add WHERE / ORDER BY as needed)."""
        columns = ", ".join(f'"{name}"' for name in self.fields)
        return f'SELECT {columns} FROM "{self.name}"'


def _column_checker(table: str, column) -> Callable[[Any], Any]:
    if column.name == "id" or column.foreign_keys:
        check: Callable[[Any], Any] = _check_id
    elif column.name == "stamp":
        check = check_stamp
    elif isinstance(column.type, UTCDateTime):
        check = _check_datetime
    elif isinstance(column.type, Date):
        check = _check_date
    elif isinstance(column.type, Boolean):
        check = _check_bool
    elif isinstance(column.type, Integer):
        check = _check_int
    elif isinstance(column.type, Float):
        check = _check_float
    elif isinstance(column.type, String | Text):
        check = _check_text
    else:  # pragma: no cover - a new column type needs a decision here
        raise TypeError(f"no sync checker for {table}.{column.name} ({column.type!r})")
    key = (table, column.name)
    if key in _ENUMS:
        check = _in_enum(_ENUMS[key], check)
    if key in _MINIMUMS:
        check = _at_least(_MINIMUMS[key], check)
    if key in _RANGES:
        check = _within(_RANGES[key], check)
    if key in _PATTERNS:
        check = _matching(*_PATTERNS[key], check)
    if column.nullable:
        check = _nullable(check)
    return check


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
    own = [c for c in table.columns if c.name not in _RECORD_KEYS and c.name not in DERIVED_COLUMNS]
    columns = [table.c[name] for name in _RECORD_KEYS] + own
    checkers = {c.name: _column_checker(table.name, c) for c in columns}
    plain = [c for c in columns if _is_plain(table.name, c)]
    text = [
        c.name for c in plain if isinstance(c.type, String | Text) and not isinstance(c.type, UTCDateTime)
    ]
    bools = [c.name for c in plain if isinstance(c.type, Boolean)]
    ints = [c.name for c in plain if isinstance(c.type, Integer) and not isinstance(c.type, Boolean)]
    bulk = set(text) | set(bools) | set(ints)
    return TableSpec(
        name=table.name,
        model=model,
        table=table,
        member=f"{MEMBER_DIR}{table.name}.jsonl",
        fields=tuple(c.name for c in columns),
        date_fields=frozenset(c.name for c in columns if isinstance(c.type, Date)),
        datetime_fields=frozenset(c.name for c in columns if isinstance(c.type, UTCDateTime)),
        checkers=checkers,
        text_fields=tuple(text),
        bool_fields=tuple(bools),
        int_fields=tuple(ints),
        special_fields=tuple((c.name, checkers[c.name]) for c in columns if c.name not in bulk),
        extra_columns=tuple((c.name, _extra_default(c)) for c in table.columns if c.name in DERIVED_COLUMNS),
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
    values = [obj[name] for name in spec.fields]
    for position in spec.datetime_positions:
        text = values[position]
        values[position] = f"{text[:10]} {text[11:26]}"
    values.extend(default for _, default in spec.extra_columns)
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


# -- reading ----------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def loads_line(raw: bytes) -> Any:
    """One JSON-lines line (bytes) as a Python value; ValueError when it is not JSON."""
    return _DECODER.decode(raw.decode("utf-8"))


@dataclass(slots=True)
class IncomingRecord:
    """One record read from a file and checked: its JSON form (``values``) and its version vector."""

    values: dict[str, Any]
    seen: list[str]

    @property
    def id(self) -> str:
        return self.values["id"]

    @property
    def stamp(self) -> str:
        return self.values["stamp"]

    @property
    def deleted(self) -> bool:
        return self.values["deleted"]

    def to_json(self) -> dict[str, Any]:
        out = dict(self.values)
        if self.seen:
            out["seen"] = self.seen
        return out


def check_record(spec: TableSpec, obj: Any, *, checked_before: bool = False) -> IncomingRecord:
    """Check one decoded line against the table's spec; raise FieldProblem naming the field.

    The plain fields are checked in bulk loops (this runs for every record of a file); the
    others through their own checkers. ``obj`` itself becomes the record's values.
    ``checked_before``: the same bytes (same checksums) passed this check already; only the
    record's shape is checked again.
    """
    if type(obj) is not dict:
        raise FieldProblem(f"the line is {_json_type(obj)}, not a record object")
    raw_seen = obj.pop("seen", None)
    if obj.keys() != spec.field_set:
        extra = sorted(set(obj) - spec.field_set)
        missing = sorted(spec.field_set - set(obj))
        if missing:
            raise FieldProblem(f"field {missing[0]} is missing")
        raise FieldProblem(f"field {extra[0][:40]} is not part of a {spec.name} record")
    if checked_before:
        seen = _check_seen(raw_seen, obj["stamp"]) if raw_seen is not None else []
        if spec.name == CONTACTS and obj["deleted"]:
            obj.update(CONTACT_PERSONAL_BLANKS)
        return IncomingRecord(obj, seen)
    for name in spec.text_fields:
        value = obj[name]
        if type(value) is not str or len(value) > MAX_TEXT:
            _explain(spec, name, value)
    for name in spec.bool_fields:
        if type(obj[name]) is not bool:
            _explain(spec, name, obj[name])
    for name in spec.int_fields:
        value = obj[name]
        if type(value) is not int or not -MAX_INT <= value <= MAX_INT:
            _explain(spec, name, value)
    for name, check in spec.special_fields:
        try:
            check(obj[name])
        except FieldProblem as problem:
            raise FieldProblem(f"field {name} {problem}") from None
    seen = _check_seen(raw_seen, obj["stamp"]) if raw_seen is not None else []
    if spec.name == CONTACTS and obj["deleted"]:
        obj.update(CONTACT_PERSONAL_BLANKS)
    return IncomingRecord(obj, seen)


def _explain(spec: TableSpec, name: str, value: Any) -> None:
    try:
        spec.checkers[name](value)
    except FieldProblem as problem:
        raise FieldProblem(f"field {name} {problem}") from None
    raise AssertionError(f"{spec.name}.{name}: bulk check and checker disagree")  # pragma: no cover


def _check_seen(raw: Any, stamp: str) -> list[str]:
    if type(raw) is not list or len(raw) > MAX_SEEN:
        raise FieldProblem(f"field seen must be a list of at most {MAX_SEEN} change stamps")
    own_replica = stamp[21:]
    replicas: set[str] = set()
    out: list[str] = []
    for item in raw:
        try:
            check_stamp(item)
        except FieldProblem as problem:
            raise FieldProblem(f"field seen: an entry {problem}") from None
        replica = item[21:]
        if replica == own_replica or replica in replicas:
            raise FieldProblem("field seen names a replica twice (or the record's own)")
        if item > stamp:
            raise FieldProblem("field seen holds a stamp later than the record's own")
        replicas.add(replica)
        out.append(item)
    return out


def label_of(spec: TableSpec, values: dict[str, Any]) -> str:
    """A short human name for a record, for messages and lists."""
    text = values.get(spec.label_field) or ""
    text = " ".join(str(text).split())
    return text[:60] + ("…" if len(text) > 60 else "")
