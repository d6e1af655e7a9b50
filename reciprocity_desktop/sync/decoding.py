"""Reading a line and checking its record in one go: a typed JSON decoder per table (msgspec).

An import reads every record of a file twice (:mod:`~reciprocity_desktop.sync.importer`). Decoding
a line with the standard ``json`` module and then checking each field in Python cost about three
quarters of reading the office store's file; msgspec decodes the line straight into the record's
fields and checks their types, patterns, ranges and allowed values as it goes, in C.

The fast decoder only ever **accepts**: each table's type is made from the same
:class:`~reciprocity_desktop.sync.fields.FieldRule` as the field's checker, at least as strict, so
that a record it accepts is one :func:`~reciprocity_desktop.sync.incoming.check_record` accepts,
with the same values. Whatever it does not accept (a record of an older file, a bad field, a line
that is not JSON) goes the full way (``json`` and ``check_record``), which says what is wrong in
the same words as ever, or accepts what the fast decoder was stricter about.
"""

from __future__ import annotations

import math
import operator
import re
from typing import Annotated, Any, ClassVar, Literal

import msgspec

from reciprocity_desktop.services.validate import CONTROL_CHARACTERS, FREE_TEXT_CONTROLS
from reciprocity_desktop.sync.fields import MAX_INT, MAX_TEXT, FieldProblem, FieldRule
from reciprocity_desktop.sync.format import CONTACT_PERSONAL_BLANKS, CONTACTS, TABLES, TableSpec
from reciprocity_desktop.sync.incoming import check_field_stamps, check_seen

#: The shapes of the fields checked a chunk at a time (:class:`_Shape`), each as the pattern of one
#: value. Stricter than the checkers' (ASCII digits), and whole: a date matches only if it is a real
#: day of the calendar (``date.fromisoformat`` accepts it: tests/sync/test_fast_decoder.py compares
#: them), and a date-time only with a real time of day.
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DATE = (  # in the years every way in accepts (fields.FIRST_YEAR to LAST_YEAR: 1900 to 2199)
    r"(?=19|20|21)(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
    r"|(?:0[13578]|1[02])-31)|" + _LEAP_YEAR + r"-02-29)"
)
_DATETIME = _DATE + r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}Z"
_STAMP = r"[0-9]{13}\.[0-9]{6}\.[A-Za-z0-9_-]{1,43}"
_ID = r"[A-Za-z0-9_-]{1,36}"
#: field kind -> (its one-value pattern, its shortest and longest length). The decoder checks the
#: lengths; no value of these kinds is empty, so a chunk's values can be gathered with filter().
_SHAPES: dict[str, tuple[str, int, int]] = {
    "id": (_ID, 1, 36),  # ids are checked faster with str methods (see _Shape.fine)
    "stamp": (_STAMP, 22, 64),
    "date": (_DATE, 10, 10),
    "datetime": (_DATETIME, 27, 27),
}
_ID_PUNCTUATION = str.maketrans("", "", "-_\n")


def _text(pattern: str | None = None, *, shortest: int | None = None, longest: int = MAX_TEXT) -> Any:
    return Annotated[str, msgspec.Meta(pattern=pattern, min_length=shortest, max_length=longest)]


def _type_of(rule: FieldRule) -> Any:
    """The msgspec type that accepts (a part of) what ``rule``'s checker accepts, and nothing else."""
    kind = rule.kind
    if kind in _SHAPES:  # the shape of these is checked a chunk at a time (_Shape)
        _, shortest, longest = _SHAPES[kind]
        wanted: Any = _text(shortest=shortest, longest=longest)
    elif kind == "bool":
        wanted = bool
    elif kind == "int":
        low = -MAX_INT if rule.minimum is None else max(-MAX_INT, rule.minimum)
        high = MAX_INT if rule.maximum is None else min(MAX_INT, rule.maximum)
        wanted = Annotated[int, msgspec.Meta(ge=low, le=high)]
    elif kind == "float":
        # A whole number stays one (as ``json`` reads it); beyond MAX_INT the full check decides.
        limit = rule.limit
        whole = MAX_INT if limit is None else min(MAX_INT, math.floor(limit))
        floats = Annotated[float, msgspec.Meta(ge=-limit, le=limit)] if limit is not None else float
        wanted = Annotated[int, msgspec.Meta(ge=-whole, le=whole)] | floats
    elif kind == "text":  # its length as the checker's; its characters a chunk at a time (_Characters)
        pattern = rule.pattern[0].pattern if rule.pattern is not None else None
        wanted = _text(pattern, longest=rule.longest or MAX_TEXT)
    else:  # pragma: no cover - a new kind needs a decision here
        raise TypeError(f"no fast decoder type for a {kind} field")
    if rule.allowed:
        if kind != "text":  # pragma: no cover
            raise TypeError("allowed values are only known for text fields")
        wanted = Literal[rule.allowed]
    if (rule.minimum is not None or rule.maximum is not None) and kind != "int":  # pragma: no cover
        raise TypeError("a minimum is only known for whole numbers")
    if rule.limit is not None and kind != "float":  # pragma: no cover
        raise TypeError("a range is only known for numbers")
    if (rule.pattern is not None or rule.longest is not None) and kind != "text":  # pragma: no cover
        raise TypeError("a pattern is only known for text fields")
    return wanted | None if rule.nullable else wanted


class FastRecord(msgspec.Struct, gc=False):
    """A record the fast decoder read: the line's fields as attributes (one class per table).

    It answers like an :class:`~reciprocity_desktop.sync.incoming.IncomingRecord` (``id``, ``stamp``,
    ``deleted``, ``seen``, ``row``, ``field``, ``values``, ``to_json``) without copying the fields
    again. Its fields hold no containers but ``seen`` and ``fields`` (of text only), so it needs no garbage
    collection.
    """

    spec: ClassVar[TableSpec]

    @property
    def row(self) -> tuple:
        return msgspec.structs.astuple(self)[:-2]  # the fields in file order, without seen and fields

    def field(self, name: str) -> Any:
        return getattr(self, name)

    @property
    def values(self) -> dict[str, Any]:
        out = msgspec.structs.asdict(self)
        del out["seen"], out["fields"]
        return out

    def to_json(self) -> dict[str, Any]:
        out = self.values
        if self.seen:
            out["seen"] = self.seen
        if self.fields:
            out["fields"] = dict(self.fields)
        return out


def _struct_of(spec: TableSpec, *, typed: bool) -> type[FastRecord]:
    """The record's fields in file order, then ``seen``; typed by their rules, or any JSON value."""
    clash = {"row", "field", "fields", "values", "to_json", "spec"} & set(spec.fields)
    if clash:  # pragma: no cover - a new column name needs a decision here
        raise TypeError(f"{spec.name}.{sorted(clash)[0]} would hide a FastRecord attribute")
    fields: list[Any] = [(name, _type_of(spec.rules[name]) if typed else Any) for name in spec.fields]
    # checked by check_seen, as in the full check; without one (or null), no seen list: ()
    fields.append(("seen", Any, ()))
    # the field stamps (field -> stamp), checked by check_field_stamps; without them: ()
    fields.append(("fields", Any, ()))
    name = spec.name.title().replace("_", "") + ("Line" if typed else "Shape")
    return msgspec.defstruct(
        name, fields, bases=(FastRecord,), namespace={"spec": spec}, forbid_unknown_fields=True, gc=False
    )


class _Shape:
    """The shape of one field (an id, a stamp, a date), checked for a chunk of records at once.

    One regular expression over the chunk's values joined by newlines (which none of them may hold)
    instead of one call per value; an id's characters are checked with ``str`` methods alone. Only
    when the chunk holds a value that does not fit is each value looked at, and the records that
    do not fit go the full way.
    """

    def __init__(self, name: str, kind: str, nullable: bool) -> None:
        self.name = name
        self.get = operator.attrgetter(name)
        self.nullable = nullable
        self.kind = kind
        one = _SHAPES[kind][0]
        self.many = re.compile(f"(?:{one}\n)*{one}").fullmatch

    def fine(self, values: list[str]) -> bool:
        joined = "\n".join(values)
        if joined.count("\n") != len(values) - 1:  # a value holding a newline
            return False
        if self.kind == "id":  # lengths are the decoder's; the letters: ASCII letters, digits, - and _
            return joined.isascii() and joined.translate(_ID_PUNCTUATION).isalnum()
        return self.many(joined) is not None

    def check(self, records: list[FastRecord | None], present: list[FastRecord]) -> None:
        """Put None in place of the records whose value does not fit (they go the full way).

        ``present``: the records that are not None.
        """
        values = list(map(self.get, present))
        if self.nullable:
            values = list(filter(None, values))  # no value is empty (the decoder's lengths)
        if not values or self.fine(values):
            return
        get = self.get
        for i, rec in enumerate(records):
            if rec is not None and (value := get(rec)) is not None and not self.fine([value]):
                records[i] = None


class _Characters:
    """The characters of one text field (no control characters, or none but tab and line breaks in
    free text: fields.text_within), checked for a chunk of records at once: the chunk's values
    joined are printable (``str.isprintable``, in C: no control character, nor some other that
    a search then looks at), and only when that search finds one, each value on its own."""

    def __init__(self, name: str, rule: FieldRule) -> None:
        self.get = operator.attrgetter(name)
        self.nullable = rule.nullable
        bad = CONTROL_CHARACTERS if rule.single_line else FREE_TEXT_CONTROLS
        self.bad = re.compile(f"[{bad}]").search
        self.free = not rule.single_line

    def check(self, records: list[FastRecord | None], present: list[FastRecord]) -> None:
        """Put None in place of the records whose value holds a character it must not (they go the
        full way, which says which)."""
        values = list(map(self.get, present))
        if self.nullable:
            values = list(filter(None, values))
        joined = "".join(values)
        if self.free:  # tab and line breaks are fine in free text
            joined = joined.replace("\n", "").replace("\t", "").replace("\r", "")
        if joined.isprintable() or self.bad(joined) is None:
            return
        get, bad = self.get, self.bad
        for i, rec in enumerate(records):
            if rec is not None and (value := get(rec)) is not None and bad(value) is not None:
                records[i] = None


class _TableDecoder:
    """The fast decoder of one table's lines."""

    def __init__(self, spec: TableSpec) -> None:
        self.spec = spec
        self.decode = msgspec.json.Decoder(_struct_of(spec, typed=True)).decode
        #: for lines that passed the check before (the same bytes): their shape only, as check_record
        self.decode_shape = msgspec.json.Decoder(_struct_of(spec, typed=False)).decode
        self.shapes = [
            _Shape(name, rule.kind, rule.nullable)
            for name in spec.fields
            if (rule := spec.rules[name]).kind in _SHAPES
        ]
        self.characters = [
            _Characters(name, rule)
            for name in spec.fields
            if (rule := spec.rules[name]).kind == "text" and not rule.allowed
        ]
        self.blanks = tuple(CONTACT_PERSONAL_BLANKS.items()) if spec.name == CONTACTS else ()

    def records(self, raws: list[bytes], checked_before: bool) -> list[FastRecord | None]:
        """The lines' checked records, None for those the fast decoder does not accept.

        ``checked_before``: as for check_record (only the shape of the record is read).
        """
        decode = self.decode_shape if checked_before else self.decode
        records: list[FastRecord | None] = []
        add = records.append
        for raw in raws:
            try:
                add(decode(raw))
            except (msgspec.DecodeError, msgspec.ValidationError):
                add(None)
        if not checked_before:
            for shape in (*self.shapes, *self.characters):
                present = records if None not in records else [rec for rec in records if rec is not None]
                shape.check(records, present)
        # Most chunks hold no seen list at all; a line holding one says "seen" (or a text does).
        if any(b'"seen"' in raw for raw in raws):
            for i, rec in enumerate(records):
                if rec is None or rec.seen == ():
                    continue
                try:
                    rec.seen = check_seen(rec.seen, rec.stamp) if rec.seen is not None else ()
                except FieldProblem:
                    records[i] = None  # the full way says what is wrong with it
        if any(b'"fields"' in raw for raw in raws):
            spec = self.spec
            for i, rec in enumerate(records):
                if rec is None or rec.fields == ():
                    continue
                try:
                    rec.fields = check_field_stamps(spec, rec.fields, rec.stamp)
                except FieldProblem:
                    records[i] = None
        if self.blanks:
            for rec in records:
                if rec is not None and rec.deleted:  # a contact's tombstone carries no personal data
                    for name, value in self.blanks:
                        setattr(rec, name, value)
        return records


_DECODERS: dict[str, _TableDecoder] = {spec.name: _TableDecoder(spec) for spec in TABLES}


def fast_records(
    spec: TableSpec, raws: list[bytes], *, checked_before: bool = False
) -> list[FastRecord | None]:
    """The checked records of lines of ``spec``'s member; None for each one the fast decoder does not
    accept (check it fully: that says what is wrong, if anything).

    ``checked_before``: the same bytes passed the full check already (see check_record); only the
    records' shape is read.
    """
    return _DECODERS[spec.name].records(raws, checked_before)


def fast_record(spec: TableSpec, raw: bytes, *, checked_before: bool = False) -> FastRecord | None:
    """:func:`fast_records` of one line."""
    return fast_records(spec, [raw], checked_before=checked_before)[0]
