"""Checking one CSV row as the window's form does, and the key that tells two rows are one prospect.

Every row is validated with the same checks as the window's form (``prospects.clean_prospect_fields``,
built on :mod:`~reciprocity_desktop.services.validate`; country names are turned into ISO codes
first, through Babel's territory names). A good row is checked in one call per record; a row with
an error is checked field by field again, so that every error of the row is reported.

A good row is a flat tuple of strings (:data:`Row`): the cyclic garbage collector stops tracking such
a tuple the first time it sees it, so a chunk of rows waiting for its statements gives it nothing to
walk (a dict or an object would be walked in every collection until it goes: a 100,000-row import
made it walk the whole process's objects several times over).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from operator import itemgetter

from babel import Locale

from reciprocity_desktop.services import validate
from reciprocity_desktop.services.csv_io.headers import LABELS, PROSPECT_COLUMNS
from reciprocity_desktop.services.csv_io.reading import trim_cells, unneutralise
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
    if postal_code.isalnum():  # most codes: no space or hyphen to take out
        return postal_code.upper()
    return _POSTAL_SPACES.sub("", postal_code).upper()


def prospect_key(
    name: str, postal_code: str, country: str, folding: Callable[[str], str] = fold
) -> tuple[str, str, str]:
    """Two prospects with the same key are the same organisation for an import.

    ``folding`` is :func:`~reciprocity_desktop.textutil.fold` or what gives the same (a ``WordFolder``).
    """
    return folding(name), postal_key(postal_code), country.upper()


# -- rows -----------------------------------------------------------------------------------


#: A good row: its line, its key (:func:`prospect_key`), the prospect's clean fields (in the order of
#: PROSPECT_COLUMNS) and its contact person's (in the order of CONTACT_FIELDS), or None when it names none.
Row = tuple[int, tuple[str, str, str], tuple[str, ...], tuple[str, str, str, str] | None]
#: A contact person's fields in a row (the contacts table's column names).
CONTACT_FIELDS = ("name", "role", "phone", "email")
_values_tuple = itemgetter(*PROSPECT_COLUMNS)


_CONTACT_CHECKS: tuple[tuple[str, str, Callable[[str, str], str]], ...] = (
    ("contact", "name", lambda v, label: validate.text(v, label, required=True)),
    ("contact_role", "role", lambda v, label: validate.text(v, label, max_length=100)),
    ("contact_phone", "phone", lambda v, label: validate.text(v, label, max_length=50)),
    ("contact_email", "email", lambda v, label: validate.email(v, label)),
)
_COUNTRY_LABEL = LABELS["country"]
_CONTACT_LABEL = LABELS["contact"]
_check_name = _CONTACT_CHECKS[0][2]


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


#: The form's checks of the plain text fields (the e-mail's is validate.email itself), as the fast path of :meth:`RowChecker.check` applies them
#: inline: field -> (at most that many characters, one line (white space runs -> one space) or only trimmed,
#: required). Each is verified against ``clean_prospect_fields`` when a checker is made (:func:`_fast_agrees`):
#: a field whose check has changed is simply checked the slow way.
_FAST_TEXT: dict[str, tuple[int, bool, bool]] = {
    "name": (validate.SINGLE_LINE_MAX, True, True),
    "street": (validate.SINGLE_LINE_MAX, True, False),
    "postal_code": (20, True, False),
    "phone": (50, True, False),
    "website": (validate.SINGLE_LINE_MAX, True, False),
    "notes": (20_000, False, False),
}
_EMAIL = "email"
_NAME_AT, _POSTAL_AT, _COUNTRY_AT = (PROSPECT_COLUMNS.index(f) for f in ("name", "postal_code", "country"))


class _Slow(Exception):
    """The fast path met a value it does not decide: the row is checked by the form's own checks."""


def _fast_text(value: str, limit: int, one_line: bool, required: bool) -> str:
    cleaned = " ".join(value.split()) if one_line else value.strip()
    if len(cleaned) > limit or (required and not cleaned):
        raise _Slow
    if validate.control_problem(cleaned, single_line=one_line) is not None:
        raise _Slow  # the form's check names the character
    return cleaned


def _slow(name: str, value: str) -> str | None:
    try:
        return clean_prospect_fields({name: value}, partial=True)[name]
    except ValidationError:
        return None


#: One search for the control characters of a row's checked texts, joined by a space. A text checked as one
#: line has none of the characters only the one-line check refuses: they are white space, which its
#: cleaning has made single spaces; so the free-text set finds what each field's own check would.
_ANY_BAD = re.compile(f"[{validate.FREE_TEXT_CONTROLS}]")
assert all(
    chr(c).isspace()
    for c in range(256)
    if re.match(f"[{validate.CONTROL_CHARACTERS}]", chr(c)) and not _ANY_BAD.match(chr(c))
)
_PROBES = (" a \t b\u00a0\n c ", "x\ny", "a\x07b", "a\x00b", "a\x1bb", "a\x85b", "a\u2028b", "")


@cache
def _contact_name_agrees() -> bool:
    """Whether the fast path's check of a contact's name (one line, trimmed, at most SINGLE_LINE_MAX, no
    control character) gives what the form's check gives."""
    limit = validate.SINGLE_LINE_MAX
    for probe in (*_PROBES, "a" * limit, "a" * (limit + 1)):
        try:
            got: str | None = _fast_text(probe, limit, True, True)
        except _Slow:
            got = None
        try:
            want: str | None = _check_name(probe, _CONTACT_LABEL)
        except ValidationError:
            want = None
        if got != want:
            return False
    return True


@cache
def _fast_agrees(name: str) -> bool:
    """Whether the fast check of ``name`` gives what the form's check gives, on values at its edges."""
    if name == _EMAIL:
        return True  # the fast path calls validate.email itself
    limit, one_line, required = _FAST_TEXT[name]
    probes = ["", " ", " a \t b\u00a0\n c ", "a" * limit, "a" * (limit + 1), f" {'b' * limit} ", "x\ny", "a\x07b", "a\x00b", "a\x1bb"]
    for probe in probes:
        try:
            got: str | None = _fast_text(probe, limit, one_line, required)
        except _Slow:
            got = None
        if got != _slow(name, probe):
            return False
    return True


_CONTACT_FIELDS = (
    "contact",
    "contact_first_name",
    "contact_last_name",
    "contact_role",
    "contact_phone",
    "contact_email",
)


class RowChecker:
    """Checks the rows of one file: the fields it lacks once, the repeating ones once per distinct value.

    ``indexes`` maps our fields to the file's columns (:attr:`ParsedCsv.indexes`). The cells a row
    needs are taken from the record in one step (the export's ``'`` undone as
    :meth:`ParsedCsv.values` does); a row that fails is checked again field by field. ``folding``
    folds the names for the key (:func:`~reciprocity_desktop.textutil.fold` or what gives the same).
    """

    def __init__(self, indexes: dict[str, int], folding: Callable[[str], str] = fold) -> None:
        self.fold = folding
        self._house = "house_number" in indexes  # the number joins the street
        direct = [f for f in PROSPECT_COLUMNS if f in indexes and f not in _REPEATING]
        if self._house and "street" in direct:
            direct.remove("street")
        repeating = [f for f in PROSPECT_COLUMNS if f in indexes and f in _REPEATING]
        contact = [f for f in _CONTACT_FIELDS if f in indexes]
        house = [f for f in ("street", "house_number") if self._house and f in indexes]
        #: the fields whose cells a row needs, in this order: direct, repeating, contact, street and number
        self._fields = (*direct, *repeating, *contact, *house)
        columns = [indexes[f] for f in self._fields]
        self._pick = itemgetter(*columns) if len(columns) > 1 else (lambda cells: (cells[columns[0]],))
        self._need = max(columns) + 1
        self._direct = tuple(direct)
        self._repeating = tuple((f, {}, len(direct) + i) for i, f in enumerate(repeating))
        self._spans = (len(direct), len(direct) + len(repeating), len(direct) + len(repeating) + len(contact))
        absent = set(PROSPECT_COLUMNS) - set(indexes) - ({"street"} if self._house else set())
        #: the fields the file has no column for, with their clean (empty or default) values
        self.absent = {f: _check_field(f, "") for f in PROSPECT_COLUMNS if f in absent}
        self._default_country = ""
        first = len(direct) + len(repeating)
        at = {field: first + i for i, field in enumerate(contact)}  # where in the cells a row gives
        self._contact_name_at = at.get("contact")
        self._contact_parts = tuple(at[f] for f in ("contact_first_name", "contact_last_name") if f in at)
        self._contact_checks = tuple(
            (at[key], CONTACT_FIELDS.index(column), check, LABELS[key])
            for key, column, check in _CONTACT_CHECKS[1:]
            if key in at
        )
        #: the same for a contact person's fields (by contact column)
        self.contact_absent = {
            column: check("", LABELS[key]) for key, column, check in _CONTACT_CHECKS[1:] if key not in indexes
        }
        self._contact_template = ["", *(self.contact_absent.get(column, "") for column in CONTACT_FIELDS[1:])]
        self._fast = self._fast_plan(direct)
        self._column_at = {name: PROSPECT_COLUMNS.index(name) for name, _memo, _at in self._repeating}
        # the fast path's plan split by kind: (cell, column, its _FAST_TEXT arguments), (cell, column) of e-mails
        self._fast_texts = tuple((at, index, *args) for at, index, args in self._fast or () if args)
        self._fast_emails = tuple((at, index) for at, index, args in self._fast or () if not args)
        self._repeating_columns = tuple(
            (name, memo, at, self._column_at[name]) for name, memo, at in self._repeating
        )
        self._has_contact = self._spans[2] > self._spans[1]
        self._contact_name_fast = _contact_name_agrees()
        self._template = self._values_template()

    def _values_template(self) -> list[str]:
        """A row's values in the order of PROSPECT_COLUMNS with the absent fields' filled in."""
        return [self.absent.get(name, "") for name in PROSPECT_COLUMNS]

    def _fast_plan(self, direct: list[str]) -> tuple[tuple[int, int, tuple], ...] | None:
        """(where in the row's cells, where in PROSPECT_COLUMNS, the check's arguments) of the direct fields
        (the street, when a house number joins it, last: its cell is the joined street); None when one of
        them has no fast check (coordinates) or the fast check no longer agrees with the form's."""
        fields = [*direct, *(("street",) if self._house else ())]
        plan = []
        for at, name in enumerate(fields):
            if not (name == _EMAIL or name in _FAST_TEXT) or not _fast_agrees(name):
                return None
            plan.append((at, PROSPECT_COLUMNS.index(name), () if name == _EMAIL else _FAST_TEXT[name]))
        return tuple(plan)

    def use_default_country(self, country: str) -> None:
        """Give rows without a country ``country`` (the ``default_country`` setting), before their key is made."""
        self._default_country = country
        if country and self.absent.get("country") == "":
            self.absent["country"] = country
        self._template = self._values_template()
        for name, memo, _at in self._repeating:
            if name == "country":
                memo.clear()  # its values were checked without the default

    def check(self, line: int, cells: list[str], width: int, failed: list[RowError]) -> Row | None:
        """The row's key and clean fields; or None, with the row's errors (every failing field, in column
        order) appended to ``failed``."""
        count = len(cells)
        if count > width and len(trim_cells(cells)) > width:
            exc = DomainError(
                "the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).",
                cells=len(trim_cells(cells)),
                width=width,
            )
            failed.append(_error(line, "row", exc))
            return None
        if count < self._need:
            cells = cells + [""] * (self._need - count)
        found = self._pick(cells)
        joined = "".join(found)
        if "'" in joined or "=" in joined:  # rare: only then look at each cell's start
            found = tuple(unneutralise(cell) for cell in found)
        _direct_end, repeating_end, contact_end = self._spans
        if self._fast is not None and not self._house:  # the direct fields' cells come first in found
            row = self._check_fast(line, found, found)
            if row is not None:
                return row
        given = dict(zip(self._direct, found, strict=False))
        if self._house:
            *street, number = found[contact_end:]  # the street's cell, if the file has one, and the number's
            given["street"] = _with_number(street[0] if street else "", number)
            if self._fast is not None:
                row = self._check_fast(line, tuple(given.values()), found)
                if row is not None:
                    return row
        try:  # the common case: the whole row is good, checked in one go
            values = clean_prospect_fields(given, partial=True)
            for name, memo, at in self._repeating:
                values[name] = self._repeating_value(name, memo, found[at])
            if self.absent:
                values.update(self.absent)
            contact = self._contact_of(found) if contact_end > repeating_end else None
        except ValidationError:
            raw = dict(zip(self._fields, found, strict=True))
            if self._house:
                raw.pop("house_number")
                raw["street"] = given["street"]
            failed.extend(_row_errors(line, raw))
            return None
        key = prospect_key(values["name"], values["postal_code"], values["country"], self.fold)
        return line, key, _values_tuple(values), contact

    def _repeating_value(self, name: str, memo: dict[str, str], value: str) -> str:
        """A field that repeats across rows (a city, a country), checked once per distinct value."""
        clean = memo.get(value)
        if clean is None:
            clean = _check_field(name, value)
            if name == "country" and not clean:
                clean = self._default_country
            if len(memo) < _MEMO_LIMIT:
                memo[value] = clean
        return clean

    def _check_fast(self, line: int, cells: tuple[str, ...], found: tuple[str, ...]) -> Row | None:
        """The row as :meth:`check` makes it, with the form's text checks applied inline; None when a
        value is not plainly good (the row is then checked the slow way, which tells its errors).

        ``cells`` are the direct fields' cells (the joined street last), ``found`` all the row's. The
        texts are only trimmed and measured here; their control characters are looked for in one
        search over them all (:data:`_ANY_BAD`), not one per field."""
        values = self._template.copy()
        texts = []
        for at, index, limit, one_line, required in self._fast_texts:  # type: ignore[union-attr]
            value = cells[at]
            cleaned = " ".join(value.split()) if one_line else value.strip()
            if len(cleaned) > limit or (required and not cleaned):
                return None
            values[index] = cleaned
            texts.append(cleaned)
        try:
            for at, index in self._fast_emails:
                values[index] = validate.email(cells[at])
            for name, memo, at, column in self._repeating_columns:
                clean = memo.get(found[at])
                values[column] = self._repeating_value(name, memo, found[at]) if clean is None else clean
            contact = self._fast_contact(found, texts) if self._has_contact else None
        except (_Slow, ValidationError):
            return None
        if _ANY_BAD.search(" ".join(texts)) is not None:
            return None  # the form's check names the character
        key = (self.fold(values[_NAME_AT]), postal_key(values[_POSTAL_AT]), values[_COUNTRY_AT].upper())
        return line, key, tuple(values), contact

    def _fast_contact(self, found: tuple[str, ...], texts: list[str]) -> tuple[str, str, str, str] | None:
        """:meth:`_contact_of` with the name's check inline (its text joins ``texts`` for the control search)."""
        name_at = self._contact_name_at
        name = " ".join(found[name_at].split()) if name_at is not None and self._contact_name_fast else ""
        if not name or len(name) > validate.SINGLE_LINE_MAX:
            return self._contact_of(found)
        texts.append(name)
        contact = self._contact_template.copy()
        contact[0] = name
        for at, index, check, label in self._contact_checks:
            contact[index] = check(found[at], label)
        return tuple(contact)

    def _contact_of(self, found: tuple[str, ...]) -> tuple[str, str, str, str] | None:
        """The contact person's clean fields from the cells a row gives (as ``_contact_name`` names them)."""
        name = found[self._contact_name_at] if self._contact_name_at is not None else ""
        if not name.strip():
            name = " ".join(part for part in (found[at] for at in self._contact_parts) if part.strip())
            if not name.strip():
                return None
        contact = self._contact_template.copy()
        contact[0] = _check_name(name, _CONTACT_LABEL)
        for at, index, check, label in self._contact_checks:
            contact[index] = check(found[at], label)
        return tuple(contact)


def _with_number(street: str, number: str) -> str:
    """The street with the house number (a column of its own in some files) after it."""
    number = number.strip()
    return f"{street.strip()} {number}".strip() if number else street


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
