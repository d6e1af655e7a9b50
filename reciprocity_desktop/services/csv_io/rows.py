"""Checking one CSV row as the window's form does, and the key that tells two rows are one prospect.

Every row is validated with the same checks as the window's form (``prospects.clean_prospect_fields``,
built on :mod:`~reciprocity_desktop.services.validate`; country names are turned into ISO codes
first, through Babel's territory names). A good row is checked in one call per record; a row with
an error is checked field by field again, so that every error of the row is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from reciprocity_desktop.services import validate
from reciprocity_desktop.services.csv_io.headers import LABELS, PROSPECT_COLUMNS
from reciprocity_desktop.services.csv_io.reading import trim_cells
from reciprocity_desktop.services.csv_io.report import RowError
from reciprocity_desktop.services.errors import DomainError, ValidationError
from reciprocity_desktop.services.prospects import clean_prospect_fields
from reciprocity_desktop.textutil import fold

# -- countries ------------------------------------------------------------------------------


def _country_key(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", fold(text)).split())


@cache
def _country_names() -> dict[str, str]:
    """Folded territory names in English, German, Dutch and Slovenian -> ISO code (from Babel)."""
    codes = validate.country_codes()
    names: dict[str, str] = {}
    for lang in ("en", "de", "nl", "sl"):
        for code, name in Locale(lang).territories.items():
            if code in codes:
                names.setdefault(_country_key(name), code)
    return names


@lru_cache(maxsize=512)  # a file names a handful of countries, thousands of times
def country_from_text(value: str | None, field_label: str = "country") -> str:
    """An ISO code ("DE", "de") or a country name in en/de/nl/sl ("Nemčija") -> "DE"; "" stays ""."""
    cleaned = (value or "").strip()
    if len(cleaned) <= 2:
        return validate.country(cleaned, field_label)
    code = _country_names().get(_country_key(cleaned))
    if code is None:
        raise ValidationError(
            "{field} '{value}' is not a country name or ISO code (e.g. Deutschland, Nederland, Slovenija, DE).",
            field=field_label,
            value=value,
        )
    return code


# -- the key --------------------------------------------------------------------------------


_POSTAL_SPACES = re.compile(r"[\s\-]")


def postal_key(postal_code: str) -> str:
    return _POSTAL_SPACES.sub("", postal_code).upper()


def prospect_key(name: str, postal_code: str, country: str) -> tuple[str, str, str]:
    """Two prospects with the same key are the same organisation for an import."""
    return fold(name), postal_key(postal_code), country.upper()


# -- rows -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    """A good row: its line, the prospect's clean fields and its contact person's (if it names one)."""

    line: int
    values: dict[str, str]
    contact: dict[str, str] | None


_CONTACT_CHECKS: tuple[tuple[str, str, Callable[[str, str], str]], ...] = (
    ("contact", "name", lambda v, label: validate.text(v, label, required=True)),
    ("contact_role", "role", lambda v, label: validate.text(v, label, max_length=100)),
    ("contact_phone", "phone", lambda v, label: validate.text(v, label, max_length=50)),
    ("contact_email", "email", lambda v, label: validate.email(v, label)),
)
_COUNTRY_LABEL = LABELS["country"]


def _contact_name(raw: dict[str, str]) -> str:
    name = raw.get("contact", "")
    if not name.strip():
        parts = (raw.get("contact_first_name", ""), raw.get("contact_last_name", ""))
        name = " ".join(part for part in parts if part.strip())
    return name


#: Fields whose few distinct values repeat from row to row: checked once per value and import.
_REPEATING = frozenset({"city", "country", "industry", "stage", "tags"})
_MEMO_LIMIT = 4096


def _check_field(name: str, value: str) -> str:
    if name == "country":
        value = country_from_text(value, _COUNTRY_LABEL)
    # the window's own checks, so that a row passes exactly when the form would
    return clean_prospect_fields({name: value}, partial=True)[name]


class RowChecker:
    """Checks the rows of one file: the fields it lacks once, the repeating ones once per distinct value."""

    def __init__(self, fields: Iterable[str]) -> None:
        present = set(fields)
        if "house_number" in present:
            present.add("street")  # the number joins the street
        self._direct = tuple(f for f in PROSPECT_COLUMNS if f in present and f not in _REPEATING)
        self._repeating = tuple(f for f in PROSPECT_COLUMNS if f in present and f in _REPEATING)
        self._absent = {f: _check_field(f, "") for f in PROSPECT_COLUMNS if f not in present}
        self._memo: dict[str, dict[str, str]] = {f: {} for f in self._repeating}

    def check(
        self, line: int, raw: dict[str, str], width: int, cells: list[str]
    ) -> tuple[Row | None, list[RowError]]:
        """The row's clean fields, or the row's errors (every failing field, in column order)."""
        if len(cells) > width and len(trim_cells(cells)) > width:
            exc = DomainError(
                "the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).",
                cells=len(trim_cells(cells)),
                width=width,
            )
            return None, [_error(line, "row", exc)]
        number = raw.pop("house_number", "").strip()
        if number:
            raw["street"] = f"{raw.get('street', '').strip()} {number}".strip()
        try:  # the common case: the whole row is good, checked in one go
            values = clean_prospect_fields({f: raw.get(f, "") for f in self._direct}, partial=True)
            for name in self._repeating:
                value = raw.get(name, "")
                memo = self._memo[name]
                clean = memo.get(value)
                if clean is None:
                    clean = _check_field(name, value)
                    if len(memo) < _MEMO_LIMIT:
                        memo[value] = clean
                values[name] = clean
            values.update(self._absent)
            contact = _contact(raw)
        except ValidationError:
            return None, _row_errors(line, raw)
        return Row(line, values, contact), []


def _contact(raw: dict[str, str]) -> dict[str, str] | None:
    name = _contact_name(raw)
    if not name.strip():
        return None
    return {
        column: check(name if key == "contact" else raw.get(key, ""), LABELS[key])
        for key, column, check in _CONTACT_CHECKS
    }


def _error(line: int, name: str, exc: DomainError) -> RowError:
    # "line 7: e-mail 'x' is …": the sentence goes on after the line number, so not capitalised
    return RowError(line, name, exc.template.format(**exc.params), exc.template, dict(exc.params))


def _row_errors(line: int, raw: dict[str, str]) -> list[RowError]:
    """Every error of a failing row, field by field (house number already joined to the street)."""
    errors: list[RowError] = []
    for name in PROSPECT_COLUMNS:
        try:
            _check_field(name, raw.get(name, ""))
        except ValidationError as exc:
            errors.append(_error(line, name, exc))
    contact_name = _contact_name(raw)
    if contact_name.strip():
        for key, _column, check in _CONTACT_CHECKS:
            try:
                check(contact_name if key == "contact" else raw.get(key, ""), LABELS[key])
            except ValidationError as exc:
                errors.append(_error(line, key, exc))
    return errors
