"""Parsing and checking user input. Every failure is a ValidationError naming the field."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache

from babel import Locale

from reciprocity_desktop.services.errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
MAX_CENTS = 10**13  # a billion in any currency is surely a typo


#: Fields longer than this are free text (notes, descriptions) whose line breaks are kept.
SINGLE_LINE_MAX = 200


def text(value: str | None, field: str, *, required: bool = False, max_length: int = SINGLE_LINE_MAX) -> str:
    """A trimmed text field. Short fields (names, cities…) are one line: runs of white space become
    one space. Longer free-text fields keep their line breaks and are only trimmed."""
    raw = value or ""
    cleaned = " ".join(raw.split()) if max_length <= SINGLE_LINE_MAX else raw.strip()
    if required and not cleaned:
        raise ValidationError("{field} must not be empty.", field=field)
    if len(cleaned) > max_length:
        raise ValidationError(
            "{field} is too long ({length} characters, at most {limit}).",
            field=field,
            length=len(cleaned),
            limit=max_length,
        )
    return cleaned


def date(value: str | dt.date | None, field: str = "date", *, default: dt.date | None = None) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        if default is not None:
            return default
        raise ValidationError("{field} is missing (use YYYY-MM-DD).", field=field)
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            "{field} '{value}' is not a date in the form YYYY-MM-DD.", field=field, value=value
        ) from None


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
                "{field} '{value}' is not an amount (e.g. 12.50).", field=field, value=value
            )
        number = Decimal(raw)
    try:
        cents = number * 100
        if cents != cents.to_integral_value():
            raise ValidationError("{field} '{value}' has more than two decimals.", field=field, value=value)
    except InvalidOperation:
        raise ValidationError(
            "{field} '{value}' is not an amount (e.g. 12.50).", field=field, value=value
        ) from None
    if cents < 0:
        raise ValidationError("{field} must not be negative.", field=field)
    if cents >= MAX_CENTS:
        raise ValidationError("{field} '{value}' is too large.", field=field, value=value)
    return int(cents)


def positive_int(value: str | int | None, field: str, *, default: int = 1, minimum: int = 1) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError("{field} '{value}' is not a whole number.", field=field, value=value) from None
    if number < minimum:
        raise ValidationError("{field} must be at least {minimum}.", field=field, minimum=minimum)
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
            value=value,
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
            value=value,
        )
    return cleaned


def email(value: str | None, field: str = "e-mail") -> str:
    cleaned = (value or "").strip()
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError("{field} '{value}' is not an e-mail address.", field=field, value=value)
    return cleaned


def time_of_day(value: str | None, field: str = "planned time") -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        return ""
    match = _TIME.match(cleaned)
    if not match:
        raise ValidationError("{field} '{value}' is not a time like 09:30.", field=field, value=value)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def coordinate(value: str | float | None, field: str, limit: float) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(",", "."))
    except ValueError:
        raise ValidationError("{field} '{value}' is not a number.", field=field, value=value) from None
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
    return ", ".join(seen)
