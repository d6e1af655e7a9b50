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

import datetime as dt
import functools
import math
from typing import Annotated, Any, Literal

import msgspec

from reciprocity_desktop.sync.fields import MAX_INT, MAX_TEXT, FieldRule
from reciprocity_desktop.sync.format import CONTACT_PERSONAL_BLANKS, CONTACTS, TABLES, TableSpec
from reciprocity_desktop.sync.incoming import IncomingRecord, check_seen

_ID = r"^[A-Za-z0-9_-]{1,36}$"
_STAMP = r"^\d{13}\.\d{6}\.[A-Za-z0-9_-]{1,43}$"
# Stricter than the checkers' shapes: ASCII digits, a real time of day and nothing after the end (``\Z``:
# ``$`` would let a final newline through), so that what is left to check in Python is whether the
# date is a real one (:func:`_real_date`).
_DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z"
_DATETIME = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{6}Z\Z"


def _text(pattern: str | None = None) -> Any:
    return Annotated[str, msgspec.Meta(pattern=pattern, max_length=MAX_TEXT)]


def _type_of(rule: FieldRule) -> Any:
    """The msgspec type that accepts (a part of) what ``rule``'s checker accepts, and nothing else."""
    kind = rule.kind
    if kind == "id":
        wanted: Any = _text(_ID)
    elif kind == "stamp":
        wanted = _text(_STAMP)
    elif kind == "datetime":
        wanted = _text(_DATETIME)
    elif kind == "date":
        wanted = _text(_DATE)
    elif kind == "bool":
        wanted = bool
    elif kind == "int":
        low = -MAX_INT if rule.minimum is None else max(-MAX_INT, rule.minimum)
        wanted = Annotated[int, msgspec.Meta(ge=low, le=MAX_INT)]
    elif kind == "float":
        # A whole number stays one (as ``json`` reads it); beyond MAX_INT the full check decides.
        limit = rule.limit
        whole = MAX_INT if limit is None else min(MAX_INT, math.floor(limit))
        floats = Annotated[float, msgspec.Meta(ge=-limit, le=limit)] if limit is not None else float
        wanted = Annotated[int, msgspec.Meta(ge=-whole, le=whole)] | floats
    elif kind == "text":
        wanted = _text(rule.pattern[0].pattern if rule.pattern is not None else None)
    else:  # pragma: no cover - a new kind needs a decision here
        raise TypeError(f"no fast decoder type for a {kind} field")
    if rule.allowed:
        if kind != "text":  # pragma: no cover
            raise TypeError("allowed values are only known for text fields")
        wanted = Literal[rule.allowed]
    if rule.minimum is not None and kind != "int":  # pragma: no cover
        raise TypeError("a minimum is only known for whole numbers")
    if rule.limit is not None and kind != "float":  # pragma: no cover
        raise TypeError("a range is only known for numbers")
    if rule.pattern is not None and kind != "text":  # pragma: no cover
        raise TypeError("a pattern is only known for text fields")
    return wanted | None if rule.nullable else wanted


def _struct_of(spec: TableSpec, *, typed: bool) -> type[msgspec.Struct]:
    """The record's fields in file order, then ``seen``; typed by their rules, or any JSON value."""
    fields: list[Any] = [(name, _type_of(spec.rules[name]) if typed else Any) for name in spec.fields]
    fields.append(("seen", Any, None))  # checked by check_seen, as in the full check
    name = spec.name.title().replace("_", "") + ("Line" if typed else "Shape")
    return msgspec.defstruct(name, fields, forbid_unknown_fields=True)


@functools.lru_cache(maxsize=8192)
def _real_date(text: str) -> bool:
    """Whether ``YYYY-MM-DD`` (ASCII digits) is a real day. Dates repeat in a file: remembered."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


class _TableDecoder:
    """The fast decoder of one table's lines."""

    def __init__(self, spec: TableSpec) -> None:
        self.spec = spec
        self.decode = msgspec.json.Decoder(_struct_of(spec, typed=True)).decode
        #: for lines that passed the check before (the same bytes): their shape only, as check_record
        self.decode_shape = msgspec.json.Decoder(_struct_of(spec, typed=False)).decode
        self.date_positions = tuple(
            i
            for i, name in enumerate(spec.fields)
            if name in spec.date_fields or name in spec.datetime_fields
        )
        self.blanks = (
            tuple((spec.positions[name], value) for name, value in CONTACT_PERSONAL_BLANKS.items())
            if spec.name == CONTACTS
            else ()
        )

    def record(self, raw: bytes, checked_before: bool) -> IncomingRecord | None:
        """The line's checked record, or None when the fast decoder does not accept it.

        Raises FieldProblem only for a bad ``seen`` list of a record whose fields are all fine
        (the full check would say the same). ``checked_before``: as for check_record.
        """
        try:
            row = msgspec.structs.astuple((self.decode_shape if checked_before else self.decode)(raw))
        except (msgspec.DecodeError, msgspec.ValidationError):
            return None
        if not checked_before:
            for position in self.date_positions:
                text = row[position]
                if text is not None and not _real_date(text[:10]):
                    return None
        raw_seen = row[-1]
        fields = row[:-1]
        seen = check_seen(raw_seen, fields[1]) if raw_seen is not None else []
        if self.blanks and fields[2]:  # a contact's tombstone carries no personal data
            blanked = list(fields)
            for position, value in self.blanks:
                blanked[position] = value
            fields = tuple(blanked)
        return IncomingRecord(self.spec, fields, seen)


_DECODERS: dict[str, _TableDecoder] = {spec.name: _TableDecoder(spec) for spec in TABLES}


def fast_record(spec: TableSpec, raw: bytes, *, checked_before: bool = False) -> IncomingRecord | None:
    """The checked record of one line, when the fast decoder accepts it; else None (check it fully).

    ``checked_before``: the same bytes passed the full check already (see check_record); only the
    record's shape is read.
    """
    return _DECODERS[spec.name].record(raw, checked_before)
