"""Reading a sync file's records: one JSON-lines line in, a checked :class:`IncomingRecord` out.

:func:`check_record` checks a decoded line against its table's spec
(:data:`reciprocity_desktop.sync.format.TABLES`) and raises a FieldProblem naming the field.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol

from reciprocity_desktop.sync.fields import MAX_INT, FieldProblem, check_stamp, json_type
from reciprocity_desktop.sync.format import CONTACT_PERSONAL_BLANKS, CONTACTS, TableSpec

MAX_SEEN = 1000  # replicas in one version vector


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_SCAN = _DECODER.scan_once


def loads_line(raw: bytes) -> Any:
    """One JSON-lines line (bytes) as a Python value; ValueError when it is not JSON."""
    text = raw.decode("utf-8")
    try:
        value, end = _SCAN(text, 0)  # the decoder's own scanner, without decode()'s wrapping
    except StopIteration:
        value, end = None, -1
    if end == len(text):
        return value
    return _DECODER.decode(text)  # whitespace around the value, or not JSON: decode() decides


class CheckedRecord(Protocol):
    """What a merge reads of a checked record: an :class:`IncomingRecord` (the full check's) or a
    :class:`~reciprocity_desktop.sync.decoding.FastRecord` (the fast decoder's)."""

    id: str
    stamp: str
    seen: Sequence[str]  # the other replicas' stamps (empty: none)
    fields: Any  # field -> stamp where a field's stamp is not the record's (empty: none)

    @property
    def deleted(self) -> bool: ...

    def __getattr__(self, name: str) -> Any: ...  # every field by its name

    @property
    def row(self) -> tuple: ...

    def field(self, name: str) -> Any: ...

    @property
    def values(self) -> dict[str, Any]: ...

    def to_json(self) -> dict[str, Any]: ...


class IncomingRecord:
    """One record read from a file and checked: its fields in file order (``row``) and its version vector.

    ``row`` holds the JSON values in ``spec.fields`` order (``id``, ``stamp``, ``deleted`` first);
    ``values``, the same as a dict by field name, is made only when something asks for it (a
    conflict, a held-back record's label): a bulk import never does.
    """

    __slots__ = ("_values", "fields", "id", "row", "seen", "spec", "stamp")

    def __init__(
        self,
        spec: TableSpec,
        row: tuple,
        seen: list[str],
        values: dict[str, Any] | None = None,
        fields: dict[str, str] | None = None,
    ) -> None:
        self.spec = spec
        self.row = row
        self.seen = seen
        self.fields = fields or {}
        self.id: str = row[0]
        self.stamp: str = row[1]
        self._values = values

    @property
    def deleted(self) -> bool:
        return self.row[2]

    def field(self, name: str) -> Any:
        return self.row[self.spec.positions[name]]

    def __getattr__(self, name: str) -> Any:
        """A field by name, as on a FastRecord (only asked for names that are no attribute)."""
        if name in IncomingRecord.__slots__:  # not set yet
            raise AttributeError(name)
        position = self.spec.positions.get(name)
        if position is None:
            raise AttributeError(name)
        return self.row[position]

    @property
    def values(self) -> dict[str, Any]:
        if self._values is None:
            self._values = dict(zip(self.spec.fields, self.row, strict=True))
        return self._values

    def to_json(self) -> dict[str, Any]:
        out = dict(self.values)
        if self.seen:
            out["seen"] = self.seen
        if self.fields:
            out["fields"] = dict(self.fields)
        return out


#: Fields added to a table after sync files were first written, with the value a file written before them
#: means (the same rule as the migration that added the column). Such a file still imports.
ADDED_FIELDS: dict[str, dict[str, Any]] = {
    "prospects": {
        "coordinates_source": lambda obj: (
            "entered" if obj.get("latitude") is not None and obj.get("longitude") is not None else None
        ),
    },
    "visits": {
        "fixed_time": lambda _obj: False,
        "visit_minutes": lambda _obj: None,
        # whose visit it is: the file's seller when its manifest says (file_values), else unknown ("")
        "seller_id": lambda _obj: "",
        "seller": lambda _obj: "",
    },
}


def file_values(seller_id: str | None, seller_name: str) -> dict[str, dict[str, Any]]:
    """The added fields a file's manifest gives every record of an older form: the seller of the store
    that wrote it, when the manifest names one (see :class:`~reciprocity_desktop.sync.manifest.Manifest`)."""
    if not seller_id:
        return {}
    return {"visits": {"seller_id": seller_id, "seller": seller_name}}


def _fill_added_fields(table: str, obj: dict, given: dict[str, dict[str, Any]] | None = None) -> None:
    """Give a record from an older file the fields added since, as their migration would have (or as
    the file's manifest says, ``given``: table → field → value)."""
    from_file = (given or {}).get(table, {})
    for name, value in ADDED_FIELDS.get(table, {}).items():
        if name not in obj:
            obj[name] = from_file[name] if name in from_file else value(obj)


def check_record(
    spec: TableSpec,
    obj: Any,
    *,
    checked_before: bool = False,
    short: bool = False,
    given: dict[str, dict[str, Any]] | None = None,
) -> IncomingRecord:
    """Check one decoded line against the table's spec; raise FieldProblem naming the field.

    The plain fields are checked in bulk loops (this runs for every record of a file); the
    others through their own checkers. ``obj`` itself becomes the record's values.
    ``checked_before``: the same bytes (same checksums) passed this check already; only the
    record's shape is checked again. ``short``: the line had at most MAX_TEXT bytes (no text in it
    is longer than MAX_TEXT characters; each text's own limit is checked all the same). ``given``: the
    values the file's manifest gives fields an older record lacks (:func:`file_values`).
    """
    if type(obj) is not dict:
        raise FieldProblem(f"the line is {json_type(obj)}, not a record object")
    raw_seen = obj.pop("seen", None)
    raw_fields = obj.pop("fields", None)
    if obj.keys() != spec.field_set:
        _fill_added_fields(spec.name, obj, given)
    if obj.keys() != spec.field_set:
        extra = sorted(set(obj) - spec.field_set)
        missing = sorted(spec.field_set - set(obj))
        if missing:
            raise FieldProblem(f"field {missing[0]} is missing")
        raise FieldProblem(f"field {extra[0][:40]} is not part of a {spec.name} record")
    if checked_before:
        seen = check_seen(raw_seen, obj["stamp"]) if raw_seen is not None else []
        fields = check_field_stamps(spec, raw_fields, obj["stamp"]) if raw_fields is not None else {}
        if spec.name == CONTACTS and obj["deleted"]:
            obj.update(CONTACT_PERSONAL_BLANKS)
        return IncomingRecord(spec, spec.field_getter(obj), seen, obj, fields)
    for name, longest, fits in spec.text_checks:  # the text's length and characters (fields.text_within)
        value = obj[name]
        if type(value) is not str or len(value) > longest or fits(value) is None:
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
    seen = check_seen(raw_seen, obj["stamp"]) if raw_seen is not None else []
    fields = check_field_stamps(spec, raw_fields, obj["stamp"]) if raw_fields is not None else {}
    if spec.name == CONTACTS and obj["deleted"]:
        obj.update(CONTACT_PERSONAL_BLANKS)
    return IncomingRecord(spec, spec.field_getter(obj), seen, obj, fields)


def _explain(spec: TableSpec, name: str, value: Any) -> None:
    try:
        spec.checkers[name](value)
    except FieldProblem as problem:
        raise FieldProblem(f"field {name} {problem}") from None
    raise AssertionError(f"{spec.name}.{name}: bulk check and checker disagree")  # pragma: no cover


def check_seen(raw: Any, stamp: str) -> list[str]:
    """A record's ``seen`` list, checked against its own stamp (FieldProblem naming what is wrong)."""
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


#: The fields of a record that have no stamp of their own (merged as the whole record).
_UNSTAMPED = frozenset({"id", "stamp", "deleted", "created_at", "updated_at"})


def check_field_stamps(spec: TableSpec, raw: Any, stamp: str) -> dict[str, str]:
    """A record's ``fields`` map (field -> the stamp of its last change), checked against its own stamp."""
    if type(raw) is not dict:
        raise FieldProblem(
            f"field fields must be an object of field names and change stamps, not {json_type(raw)}"
        )
    out: dict[str, str] = {}
    for name, item in raw.items():
        if name not in spec.field_set or name in _UNSTAMPED:
            raise FieldProblem(
                f"field fields names {str(name)[:40]}, which has no stamp of its own in a {spec.name} record"
            )
        try:
            check_stamp(item)
        except FieldProblem as problem:
            raise FieldProblem(f"field fields: the stamp of {name} {problem}") from None
        if item > stamp:
            raise FieldProblem(f"field fields: the stamp of {name} is later than the record's own")
        out[name] = item
    return out


def label_of(spec: TableSpec, values: dict[str, Any]) -> str:
    """A short human name for a record, for messages and lists."""
    text = values.get(spec.label_field) or ""
    text = " ".join(str(text).split())
    return text[:60] + ("…" if len(text) > 60 else "")
