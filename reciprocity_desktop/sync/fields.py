"""Checking one field of a sync record: JSON value in, the same value out (or a FieldProblem saying why).

Records stay in their JSON form (dates as text) while an import works on them; they are converted
to the store's storage form only when written (see :func:`reciprocity_desktop.sync.format.storage_row`).
The messages are English, for the file's author.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reciprocity_desktop.services.validate import (
    CONTROL_CHARACTERS,
    FIRST_DAY,
    FREE_TEXT_CONTROLS,
    LAST_DAY,
    control_problem,
    shown,
)

MAX_TEXT = 1_000_000  # characters in one text field: anything longer is garbage, not a note
MAX_INT = 2**63 - 1

Checker = Callable[[Any], Any]

_STAMP_RE = re.compile(r"^\d{13}\.\d{6}\.[A-Za-z0-9_-]{1,43}$")
_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,36}$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
#: The years a date (or date-time) of a record may name: those every other way in accepts.
FIRST_YEAR, LAST_YEAR = FIRST_DAY.year, LAST_DAY.year
#: A text with no control character at all (a one-line field), or none but tab and line breaks.
SINGLE_LINE_PATTERN = f"^[^{CONTROL_CHARACTERS}]*\\Z"
FREE_TEXT_PATTERN = f"^[^{FREE_TEXT_CONTROLS}]*\\Z"


class FieldProblem(Exception):
    """A field value is not valid; the message says why (in English, for the file's author)."""


def json_type(value: Any) -> str:
    """What a JSON value is, in words (for messages)."""
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


# -- the checkers of one type ------------------------------------------------------------------


def check_text(value: Any) -> str:
    if type(value) is not str:
        raise FieldProblem(f"must be text, not {json_type(value)}")
    if len(value) > MAX_TEXT:
        raise FieldProblem(f"is too long ({len(value)} characters)")
    return value


def check_int(value: Any) -> int:
    if type(value) is not int:
        raise FieldProblem(f"must be a whole number, not {json_type(value)}")
    if not -MAX_INT <= value <= MAX_INT:
        raise FieldProblem(f"is out of range ({shown(value)})")
    return value


def check_bool(value: Any) -> bool:
    if type(value) is not bool:
        raise FieldProblem(f"must be true or false, not {json_type(value)}")
    return value


def check_float(value: Any) -> float:
    if type(value) is bool or not isinstance(value, int | float):
        raise FieldProblem(f"must be a number, not {json_type(value)}")
    try:
        number = float(value)
    except OverflowError:  # an integer beyond any float
        raise FieldProblem("must be a finite number") from None
    if not math.isfinite(number):
        raise FieldProblem("must be a finite number")
    return number


def _iso_text(
    value: Any, pattern: re.Pattern[str], parse: Callable[[str], Any], written: str, what: str
) -> str:
    """Text in the one ISO form ``pattern`` allows (``written`` describes it) that is a real ``what``."""
    if type(value) is not str or not pattern.match(value):
        raise FieldProblem(f"must be {written}")
    try:
        parse(value)
    except ValueError:
        raise FieldProblem(f"'{value}' is not a real {what}") from None
    if not FIRST_YEAR <= int(value[:4]) <= LAST_YEAR:
        raise FieldProblem(f"'{value}' is outside the years {FIRST_YEAR} to {LAST_YEAR}")
    return value


def check_date(value: Any) -> str:
    return _iso_text(value, _DATE_RE, dt.date.fromisoformat, "a date written YYYY-MM-DD", "date")


def check_datetime(value: Any) -> str:
    return _iso_text(
        value,
        _DATETIME_RE,
        lambda text: dt.datetime.fromisoformat(text[:26]),
        "a UTC date and time written YYYY-MM-DDTHH:MM:SS.ffffffZ",
        "date and time",
    )


def check_id(value: Any) -> str:
    if type(value) is not str or not _ID_RE.match(value):
        raise FieldProblem("must be a record id (a UUID, at most 36 letters, digits and dashes)")
    return value


def check_stamp(value: Any) -> str:
    if type(value) is not str or not _STAMP_RE.match(value):
        raise FieldProblem("must be a change stamp like 0001764000000000.000000.replica")
    return value


# -- narrowing a checker -------------------------------------------------------------------------


def nullable(check: Checker) -> Checker:
    """``check``, but null is fine too."""

    def checker(value: Any) -> Any:
        return None if value is None else check(value)

    return checker


def _narrowed(check: Checker, accept: Callable[[Any], bool], problem: Callable[[Any], str]) -> Checker:
    """``check``, then ``accept(value)`` (for a value that is not null) or FieldProblem(``problem(value)``)."""

    def checker(value: Any) -> Any:
        value = check(value)
        if value is not None and not accept(value):
            raise FieldProblem(problem(value))
        return value

    return checker


def in_values(values: tuple[str, ...], check: Checker) -> Checker:
    allowed = frozenset(values)
    listing = ", ".join(values)
    return _narrowed(
        check, allowed.__contains__, lambda value: f"'{str(value)[:40]}' is not one of: {listing}"
    )


def at_least(minimum: int, check: Checker) -> Checker:
    return _narrowed(check, lambda value: value >= minimum, lambda _value: f"must be at least {minimum}")


def at_most(maximum: int, check: Checker) -> Checker:
    return _narrowed(check, lambda value: value <= maximum, lambda _value: f"must be at most {maximum}")


def within(limit: float, check: Checker) -> Checker:
    return _narrowed(
        check,
        lambda value: -limit <= value <= limit,
        lambda _value: f"must be between -{limit:g} and {limit:g}",
    )


def text_within(longest: int, single_line: bool, check: Checker) -> Checker:
    """``check`` (of text), then at most ``longest`` characters and no control characters (but tab
    and line breaks in free text): the limits the services' checks (services.validate) set."""

    def checker(value: Any) -> Any:
        value = check(value)
        if value is None:
            return None
        if len(value) > longest:
            raise FieldProblem(f"is too long ({len(value)} characters, at most {longest})")
        control = control_problem(value, single_line=single_line)
        if control is not None:
            raise FieldProblem(f"holds a control character ({control})")
        return value

    return checker


def matching(pattern: re.Pattern[str], wanted: str, check: Checker) -> Checker:
    return _narrowed(check, lambda value: bool(pattern.match(value)), lambda _value: f"must be {wanted}")


# -- a field's rule, from which its checker (and the fast decoder's type) is made ----------------------


@dataclass(frozen=True)
class FieldRule:
    """What one field of a record may hold: its kind, then the narrowing the store's constraints ask for.

    ``kind`` is one of ``id``, ``stamp``, ``datetime``, ``date``, ``bool``, ``int``, ``float``, ``text``.
    :func:`checker_of` makes the field's checker from it, and
    :mod:`~reciprocity_desktop.sync.decoding` the fast decoder's type: one rule, two readers.
    """

    kind: str
    nullable: bool = False
    #: the allowed values (an enumeration), in their documented order
    allowed: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    #: the value must lie within -limit .. limit
    limit: float | None = None
    #: (pattern, what it asks for in words)
    pattern: tuple[re.Pattern[str], str] | None = None
    #: a text's most characters (None: MAX_TEXT) and whether it is one line (no control characters
    #: at all; else tab and line breaks are fine)
    longest: int | None = None
    single_line: bool = False

    @property
    def text_pattern(self) -> str:
        """The pattern of what a text field may hold (its characters, then its own pattern)."""
        characters = SINGLE_LINE_PATTERN if self.single_line else FREE_TEXT_PATTERN
        if self.pattern is None:
            return characters
        return f"^(?={characters[1:]})(?:{self.pattern[0].pattern})"


_KIND_CHECKERS: dict[str, Checker] = {
    "id": check_id,
    "stamp": check_stamp,
    "datetime": check_datetime,
    "date": check_date,
    "bool": check_bool,
    "int": check_int,
    "float": check_float,
    "text": check_text,
}


def checker_of(rule: FieldRule) -> Checker:
    """The checker of a field that follows ``rule``."""
    check = _KIND_CHECKERS[rule.kind]
    if rule.kind == "text":
        check = text_within(rule.longest or MAX_TEXT, rule.single_line, check)
    if rule.allowed:
        check = in_values(rule.allowed, check)
    if rule.minimum is not None:
        check = at_least(rule.minimum, check)
    if rule.maximum is not None:
        check = at_most(rule.maximum, check)
    if rule.limit is not None:
        check = within(rule.limit, check)
    if rule.pattern is not None:
        check = matching(*rule.pattern, check)
    if rule.nullable:
        check = nullable(check)
    return check
