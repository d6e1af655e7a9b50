"""Parsing and checking user input. Every failure is a ValidationError naming the field."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache

from babel import Locale

from reciprocity_desktop.services.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s\x00-\x1f\x7f-\x9f]+@[^@\s\x00-\x1f\x7f-\x9f]+\.[^@\s\x00-\x1f\x7f-\x9f]+\Z")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
MAX_CENTS = 10**13  # a billion in any currency is surely a typo


#: Fields longer than this are free text (notes, descriptions) whose line breaks are kept.
SINGLE_LINE_MAX = 200

# The days a date may name, for every way in (window, command line, CSV, sync file): far enough
# either side of today for any real gift or visit, and far enough inside Python's dates (years
# 1 to 9999) that a date some days or months later (a follow-up, a report's window) never overflows.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)

# Control characters (C0, DEL, C1). A one-line field holds none; free text keeps tab and line breaks.
CONTROL_CHARACTERS = "\x00-\x1f\x7f-\x9f"
FREE_TEXT_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SINGLE_LINE_BAD = re.compile(f"[{CONTROL_CHARACTERS}]")
_FREE_TEXT_BAD = re.compile(f"[{FREE_TEXT_CONTROLS}]")

# The longest text of the free-text fields (notes, descriptions), by (table, column), for every way
# in: the services' checks below and the sync file's record checks read the same numbers. A one-line
# field's limit is its column's length (``String(200)``), which the services' checks use too.
FREE_TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("prospects", "notes"): 20_000,
    ("prospects", "tags"): 20_000,
    ("contacts", "notes"): 20_000,
    ("stock_items", "notes"): 5000,
    ("stock_movements", "note"): 500,
    ("visits", "notes"): 5000,
    ("visits", "gift_note"): 500,
    ("gifts", "description"): 500,
    ("gifts", "reaction_note"): 2000,
    ("followups", "note"): 5000,
    ("followups", "result"): 5000,
    ("outcomes", "note"): 5000,
}

# Digits shown of a long number in a message ("1000000000…(401 digits)").
SHOWN_DIGITS = 10


_LONG_NUMBER = re.compile(rf"([-+]?)(\d{{{SHOWN_DIGITS + 3},}})")


def shown(value: object, *, limit: int = 40) -> str:
    """A value as a message quotes it: a long number cut after SHOWN_DIGITS digits with its length
    ("1000000000…(401 digits)"), a long text cut after ``limit`` characters, control characters as ``?``."""
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value).bit_length() > 13_000:  # beyond the digits Python writes out (and nobody reads)
            return f"{'-' if value < 0 else ''}…({int(abs(value).bit_length() * 0.30103) + 1} digits)"
        value = str(value)
    text = _SINGLE_LINE_BAD.sub("?", str(value))
    match = _LONG_NUMBER.fullmatch(text.strip())
    if match:
        return f"{match.group(1)}{match.group(2)[:SHOWN_DIGITS]}…({len(match.group(2))} digits)"
    return text if len(text) <= limit else text[:limit] + "…"


def control_problem(value: str, *, single_line: bool) -> str | None:
    """The first control character ``value`` must not hold, as U+XXXX (None: none)."""
    found = (_SINGLE_LINE_BAD if single_line else _FREE_TEXT_BAD).search(value)
    return None if found is None else f"U+{ord(found.group()):04X}"


def text(value: str | None, field: str, *, required: bool = False, max_length: int = SINGLE_LINE_MAX) -> str:
    """A trimmed text field. Short fields (names, cities…) are one line: runs of white space become
    one space. Longer free-text fields keep their line breaks and are only trimmed. Neither may hold
    other control characters (a NUL, an escape, a backspace…)."""
    raw = value or ""
    single_line = max_length <= SINGLE_LINE_MAX
    cleaned = " ".join(raw.split()) if single_line else raw.strip()
    if required and not cleaned:
        raise ValidationError("{field} must not be empty.", field=field)
    control = control_problem(cleaned, single_line=single_line)
    if control is not None:
        raise ValidationError(
            "{field} holds a control character ({character}); type it again without it.",
            field=field,
            character=control,
        )
    if len(cleaned) > max_length:
        raise ValidationError(
            "{field} is too long ({length} characters, at most {limit}).",
            field=field,
            length=len(cleaned),
            limit=max_length,
        )
    return cleaned


def date(value: str | dt.date | None, field: str = "date", *, default: dt.date | None = None) -> dt.date:
    """A day between FIRST_DAY and LAST_DAY, from a date or text written YYYY-MM-DD."""
    if isinstance(value, dt.date):
        return in_range(value, field)
    if value is None or not str(value).strip():
        if default is not None:
            return default
        raise ValidationError("{field} is missing (use YYYY-MM-DD).", field=field)
    try:
        day = dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            "{field} '{value}' is not a date in the form YYYY-MM-DD.", field=field, value=shown(value)
        ) from None
    return in_range(day, field)


def in_range(day: dt.date, field: str) -> dt.date:
    """``day``, when it lies between FIRST_DAY and LAST_DAY (else a ValidationError naming the field)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(
            "{field} {value} is outside the dates this app keeps ({first} to {last}).",
            field=field,
            value=day.isoformat(),
            first=FIRST_DAY.isoformat(),
            last=LAST_DAY.isoformat(),
        )
    return day


def days_later(day: dt.date, days: int, field: str) -> dt.date:
    """The day ``days`` after ``day`` (before, when negative), within the dates the app keeps:
    a follow-up scheduled or postponed past LAST_DAY is refused, naming ``field``, never an overflow."""
    try:
        later = day + dt.timedelta(days=days)
    except OverflowError:
        later = None
    if later is None or not FIRST_DAY <= later <= LAST_DAY:
        raise ValidationError(
            "{field} would fall outside the dates this app keeps ({first} to {last}).",
            field=field,
            first=FIRST_DAY.isoformat(),
            last=LAST_DAY.isoformat(),
        )
    return later


def optional_date(value: str | dt.date | None, field: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return date(value, field)


def amount_cents(value: str | int | float | Decimal | None, field: str = "amount") -> int:
    """Parse a money amount ("12.50", "12,50", "1.234,50", "1,234.50") into whole cents."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float | Decimal):
        number = Decimal(str(value))
    else:
        raw = value.strip().replace(" ", "").replace("\u00a0", "").replace("€", "")
        if "," in raw and "." in raw:
            decimal_sep = "," if raw.rfind(",") > raw.rfind(".") else "."
            group_sep = "." if decimal_sep == "," else ","
            raw = raw.replace(group_sep, "").replace(decimal_sep, ".")
        elif "," in raw:
            raw = raw.replace(",", ".")
        if not re.fullmatch(r"-?\d+(\.\d*)?|-?\.\d+", raw):
            raise ValidationError(
                "{field} '{value}' is not an amount (e.g. 12.50).", field=field, value=shown(value)
            )
        number = Decimal(raw)
    try:
        cents = number * 100
        if cents != cents.to_integral_value():
            raise ValidationError("{field} '{value}' has more than two decimals.", field=field, value=shown(value))
    except InvalidOperation:
        raise ValidationError(
            "{field} '{value}' is not an amount (e.g. 12.50).", field=field, value=shown(value)
        ) from None
    if cents < 0:
        raise ValidationError("{field} must not be negative.", field=field)
    if cents >= MAX_CENTS:
        raise ValidationError("{field} '{value}' is too large.", field=field, value=shown(value))
    return int(cents)


# The largest count (a quantity, a stock level): anything larger is a typo and would not fit a column.
MAX_COUNT = 10**9


def positive_int(value: str | int | None, field: str, *, default: int = 1, minimum: int = 1) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError("{field} '{value}' is not a whole number.", field=field, value=shown(value)) from None
    if number < minimum:
        raise ValidationError("{field} must be at least {minimum}.", field=field, minimum=minimum)
    if number > MAX_COUNT:
        raise ValidationError("{field} '{value}' is too large.", field=field, value=shown(value))
    return number


def choice(value: str | None, enum: type[StrEnum], field: str, *, default: StrEnum | None = None) -> str:
    if value is None or not str(value).strip():
        if default is not None:
            return default.value
        raise ValidationError("{field} is missing.", field=field)
    cleaned = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    allowed = [member.value for member in enum]
    if cleaned not in allowed:
        raise ValidationError(
            "{field} '{value}' is not one of: {allowed}.",
            field=field,
            value=shown(value),
            allowed=", ".join(allowed),
        )
    return cleaned


#: Two-letter territories CLDR (Babel) lists that are not ISO 3166-1 country codes: groupings
#: (EU, EZ, UN, QO), pseudo-locales (XA, XB), "unknown region" (ZZ) and the "exceptionally
#: reserved" codes whose places belong to an assigned country (AC, TA → SH; CP → FR; DG → IO;
#: EA, IC → ES; CQ → GB). XK (Kosovo) stays: it is user-assigned but used by everyone.
_NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "TA", "CP", "DG", "EA", "IC", "CQ"}
)


@cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 country codes (from Babel's territories, without regions and groupings)."""
    return frozenset(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


def country(value: str | None, field: str = "country") -> str:
    cleaned = (value or "").strip().upper()
    if not cleaned:
        return ""
    if cleaned not in country_codes():
        raise ValidationError(
            "{field} '{value}' is not an ISO 3166 two-letter country code (e.g. DE, NL, SI).",
            field=field,
            value=shown(value),
        )
    return cleaned


def email(value: str | None, field: str = "e-mail") -> str:
    cleaned = (value or "").strip()
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError("{field} '{value}' is not an e-mail address.", field=field, value=shown(value))
    return cleaned


def time_of_day(value: str | None, field: str = "planned time") -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        return ""
    match = _TIME.match(cleaned)
    if not match:
        raise ValidationError("{field} '{value}' is not a time like 09:30.", field=field, value=shown(value))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def coordinate(value: str | float | None, field: str, limit: float) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise ValidationError("{field} '{value}' is not a number.", field=field, value=shown(value)) from None
    if not -limit <= number <= limit:
        raise ValidationError("{field} must be between -{limit} and {limit}.", field=field, limit=limit)
    return number


def tags(value: str | list[str] | None) -> str:
    parts = value if isinstance(value, list) else (value or "").split(",")
    seen: dict[str, None] = {}
    for part in parts:
        tag = " ".join(part.split())
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    joined = ", ".join(seen)
    limit = FREE_TEXT_LIMITS[("prospects", "tags")]
    if len(joined) > limit:
        raise ValidationError(
            "{field} is too long ({length} characters, at most {limit}).", field="tags", length=len(joined), limit=limit
        )
    control = control_problem(joined, single_line=True)
    if control is not None:
        raise ValidationError(
            "{field} holds a control character ({character}); type it again without it.",
            field="tags",
            character=control,
        )
    return joined
