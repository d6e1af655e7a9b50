"""The settings' keys: each with its default and the check that turns what the user gave into its value.

A check refuses a value with one sentence naming the key and what it expects. The gift limits are one
key per country, ``gift_limit.XX``, given in the currency's units and kept in cents (or None: no
limit). Reading and writing them is :mod:`reciprocity_desktop.services.settings`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reciprocity_desktop.i18n import LANGUAGES, SYSTEM
from reciprocity_desktop.services import validate
from reciprocity_desktop.services.errors import ValidationError

GIFT_LIMIT_PREFIX = "gift_limit."
#: The row holding every country's gift limit, in cents: ``{"DE": 5000}``.
GIFT_LIMITS_ROW = "gift_limits_cents"
DEFAULT_GIFT_LIMITS: dict[str, int] = {"DE": 5000}  # Germany: 50 euros per recipient and year (since 2024)
#: "Near the limit" from this share of it on (not a user setting).
GIFT_LIMIT_WARN_RATIO = 0.8
#: Earlier names of settings, as stored by older releases or used by older code.
RENAMED = {"ask_order_cooldown_days": "ask_cooldown_days"}

_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _refuse(template: str, key: str, value: Any, **params: Any) -> ValidationError:
    return ValidationError(template, field=key, key=key, value=validate.shown(value), **params)


def _text(max_length: int) -> Callable[[str, Any], str]:
    def parse(key: str, value: Any) -> str:
        cleaned = " ".join(str(value if value is not None else "").split())
        if len(cleaned) > max_length:
            raise _refuse(
                "The setting {key} is too long ({length} characters, at most {limit}).",
                key,
                value,
                length=len(cleaned),
                limit=max_length,
            )
        control = validate.control_problem(cleaned, single_line=True)
        if control is not None:
            raise ValidationError(
                "{field} holds a control character ({character}); type it again without it.",
                field=key,
                character=control,
            )
        return cleaned

    return parse


def _country(key: str, value: Any) -> str:
    cleaned = str(value if value is not None else "").strip().upper()
    if cleaned and cleaned not in validate.country_codes():
        raise _refuse(
            "The setting {key} must be a two-letter country code (e.g. DE, AT, SI), not '{value}'.",
            key,
            value,
        )
    return cleaned


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _currency(key: str, value: Any) -> str:
    cleaned = str(value if value is not None else "").strip().upper()
    if not (len(cleaned) == 3 and cleaned.isalpha() and cleaned in _currencies()):
        raise _refuse(
            "The setting {key} must be a three-letter currency code (e.g. EUR, CHF), not '{value}'.",
            key,
            value,
        )
    return cleaned


def _time(key: str, value: Any) -> str:
    cleaned = str(value if value is not None else "").strip()
    if len(cleaned) == 4 and cleaned[1] == ":":
        cleaned = "0" + cleaned  # 8:30
    if not _HHMM.match(cleaned):
        raise _refuse(
            "The setting {key} must be a time of day as HH:MM (e.g. 08:30), not '{value}'.", key, value
        )
    return cleaned


#: The values of the ``language`` setting: a language, or the system's.
LANGUAGE_CHOICES = (*LANGUAGES, SYSTEM)


def _language(key: str, value: Any) -> str:
    """A language code (en, de, nl, sl), or ``system`` (empty too): the computer's language."""
    cleaned = str(value if value is not None else "").strip().lower()
    if not cleaned:
        return SYSTEM
    if cleaned not in LANGUAGE_CHOICES:
        raise _refuse(
            "The setting {key} must be one of {choices}, not '{value}'.",
            key,
            value,
            choices=", ".join(LANGUAGE_CHOICES),
        )
    return cleaned


@dataclass(frozen=True)
class _Whole:
    """A whole number from ``low`` to ``high`` (the window's spin boxes take their range from here)."""

    low: int
    high: int

    def __call__(self, key: str, value: Any) -> int:
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value.strip().lstrip("+-").isdigit():
            number = int(value.strip())
        if number is None or not self.low <= number <= self.high:
            raise _refuse(
                "The setting {key} must be a whole number from {low} to {high}, not '{value}'.",
                key,
                value,
                low=self.low,
                high=self.high,
            )
        return number


def _gift_limit(key: str, value: Any) -> int | None:
    """An amount in the currency's units (``50``, ``35.50``) as cents; empty or ``none``: no limit."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "none")):
        return None
    if isinstance(value, bool):
        value = str(value)
    try:
        return validate.amount_cents(value, key)
    except ValidationError:
        raise _refuse(
            "The setting {key} must be an amount of 0 or more (e.g. 50 or 35.50), or empty for no limit, "
            "not '{value}'.",
            key,
            value,
        ) from None


@dataclass(frozen=True)
class Spec:
    key: str
    default: Any
    parse: Callable[[str, Any], Any]
    expects: str  # what the value must be, for the help


#: The settings in the order ``settings list`` shows them (the gift limits follow, by country).
SPECS: tuple[Spec, ...] = (
    Spec("seller_name", "", _text(100), "text (printed on the visit sheets)"),
    Spec("home_street", "", _text(200), "text"),
    Spec("home_postal_code", "", _text(20), "text"),
    Spec("home_city", "", _text(100), "text"),
    Spec("home_country", "", _country, "a two-letter country code, or empty"),
    Spec("default_country", "DE", _country, "a two-letter country code for new prospects, or empty"),
    Spec("currency", "EUR", _currency, "a three-letter currency code"),
    Spec("day_start", "09:00", _time, "HH:MM"),
    Spec("visit_minutes", 45, _Whole(5, 480), "minutes per visit, 5 to 480"),
    Spec("travel_speed_kmh", 50, _Whole(5, 150), "km/h, 5 to 150"),
    Spec("feedback_delay_days", 7, _Whole(0, 365), "days from a gift to asking about it, 0 to 365"),
    Spec("ask_cooldown_days", 14, _Whole(0, 365), "days after a gift without asking for business, 0 to 365"),
    Spec("low_stock_default", 3, _Whole(0, 100_000), "the reorder level of a new stock item, 0 or more"),
    Spec(
        "language",
        SYSTEM,
        _language,
        "en, de, nl, sl, or system (the computer's language); $RECIPROCITY_LANG overrides it for a run",
    ),
)
_SPEC = {spec.key: spec for spec in SPECS}
KEYS = tuple(spec.key for spec in SPECS)

#: Every setting's default (and, for code that reads them, the gift limits and the warning ratio).
DEFAULTS: dict[str, object] = {
    **{spec.key: spec.default for spec in SPECS},
    GIFT_LIMITS_ROW: DEFAULT_GIFT_LIMITS,
    "gift_limit_warn_ratio": GIFT_LIMIT_WARN_RATIO,
}


def describe() -> list[tuple[str, str]]:
    """Every key with what it expects (for ``settings set --help``)."""
    return [
        *((spec.key, spec.expects) for spec in SPECS),
        (
            GIFT_LIMIT_PREFIX + "XX",
            "the yearly gift limit per recipient in country XX (e.g. 50), empty: none",
        ),
    ]


def bounds(key: str) -> tuple[int, int]:
    """The range of a whole-number setting (``visit_minutes``: 5 to 480)."""
    parse_ = _SPEC[key].parse
    if not isinstance(parse_, _Whole):
        raise KeyError(key)
    return parse_.low, parse_.high


def canonical_key(key: str) -> str:
    """The key as stored (``gift_limit.de`` → ``gift_limit.DE``), or one plain refusal of an unknown key."""
    cleaned = str(key).strip()
    if cleaned in _SPEC:
        return cleaned
    if cleaned.lower().startswith(GIFT_LIMIT_PREFIX):
        country = cleaned[len(GIFT_LIMIT_PREFIX) :].strip().upper()
        if country in validate.country_codes():
            return GIFT_LIMIT_PREFIX + country
        raise ValidationError(
            "'{key}' is not a setting: gift limits are gift_limit.XX with a two-letter country code "
            "(e.g. gift_limit.DE).",
            field="setting",
            key=key,
        )
    raise ValidationError(
        "'{key}' is not a setting (settings list shows them all).", field="setting", key=key
    )


def parse(key: str, value: Any) -> tuple[str, Any]:
    """``(key, stored value)`` for what the user gave, or a ValidationError naming the key."""
    key = canonical_key(key)
    if key.startswith(GIFT_LIMIT_PREFIX):
        return key, _gift_limit(key, value)
    return key, _SPEC[key].parse(key, value)


def gift_limit_changes(current: Mapping[str, int], rows: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    """The ``gift_limit.XX`` values for :func:`update` from a table of ``(country, amount)`` rows.

    The countries of ``current`` that no row names lose their limit. A row without a country, a
    country named twice or an amount that is not one is refused (the row's number is in the message).
    """
    values: dict[str, Any] = {GIFT_LIMIT_PREFIX + country: None for country in current}
    seen: set[str] = set()
    for number, (country, amount) in enumerate(rows, start=1):
        code = str(country or "").strip().upper()
        if not code:
            raise ValidationError("Gift limit row {row} has no country.", field="gift_limits", row=number)
        if code in seen:
            raise ValidationError(
                "Gift limit row {row}: {country} already has a limit above.",
                field="gift_limits",
                row=number,
                country=code,
            )
        seen.add(code)
        key, _cents = parse(GIFT_LIMIT_PREFIX + code, amount)
        values[key] = amount
    return values
