"""Importing prospects (and their contact persons) from a CSV file, in one transaction.

Every row is validated with the same checks as the window's form (``prospects.clean_prospect_fields``,
built on :mod:`~reciprocity_desktop.services.validate`; country names are turned into ISO codes
first, through Babel's territory names); failing rows are reported with the physical line they
start on (header = line 1). By default nothing is written when any row fails, with
``skip_bad=True`` the good rows are. The key (folded name, normalised postal code, country) keeps
re-imports and repeated rows from creating duplicates; prospects already in the store are never changed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import errors, validate
from reciprocity_desktop.services.csv_io.headers import LABELS, PROSPECT_COLUMNS
from reciprocity_desktop.services.csv_io.reading import ParsedCsv, read_csv, trim_cells
from reciprocity_desktop.services.errors import DomainError, Message, ValidationError
from reciprocity_desktop.services.prospects import clean_prospect_fields
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Prospect
from reciprocity_desktop.textutil import fold

#: ``progress(done, total)``; returning ``False`` (not merely a falsy None) cancels the import.
Progress = Callable[[int, int], bool | None]

#: How often (in rows) the progress callback is called.
PROGRESS_EVERY = 200
#: How many failing rows the error message lists.
SHOW_ERRORS = 5


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


# -- rows -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem in one row: the physical line it starts on, our field, and the sentence."""

    line: int
    field: str
    message: str
    template: str = ""
    params: dict = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    created: int = 0
    already_present: int = 0
    failed: list[RowError] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False
    imported: bool = False
    rows: int = 0  #: data rows in the file (blank rows not counted)
    duplicates: int = 0  #: rows repeating a prospect of an earlier row of the same file
    contacts_created: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def failed_lines(self) -> list[int]:
        return sorted({error.line for error in self.failed})

    def summary(self) -> Message:
        verb = "would be created" if self.dry_run else "created"
        return Message(
            "{rows} rows read: {created} prospects {verb}, {present} already present, "
            "{duplicates} repeated rows, {failed} rows with errors.",
            rows=self.rows,
            created=self.created,
            verb=verb,
            present=self.already_present,
            duplicates=self.duplicates,
            failed=len(self.failed_lines),
        )


class Cancelled(errors.Cancelled):
    """The user cancelled the import; nothing was imported."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


class RowsFailed(DomainError):
    """Some rows are bad and ``skip_bad`` was not given; nothing was imported. ``report`` has them all."""

    def __init__(self, report: ImportReport) -> None:
        lines = report.failed_lines
        shown = [e for e in report.failed if e.line in set(lines[:SHOW_ERRORS])]
        more = len(lines) - SHOW_ERRORS
        template = (
            "1 row cannot be imported, so nothing was imported: {errors}{more}"
            if len(lines) == 1
            else "{count} rows cannot be imported, so nothing was imported: {errors}{more}"
        )
        super().__init__(
            template + " Correct the file, or skip the bad rows.",
            field="file",
            count=len(lines),
            errors="; ".join(str(e).rstrip(".") for e in shown) + ".",
            more=f" (and {more} more rows)" if more > 0 else "",
        )
        self.report = report


def _postal_key(postal_code: str) -> str:
    return re.sub(r"[\s\-]", "", postal_code).upper()


def prospect_key(name: str, postal_code: str, country: str) -> tuple[str, str, str]:
    """Two prospects with the same key are the same organisation for an import."""
    return fold(name), _postal_key(postal_code), country.upper()


@dataclass
class _Row:
    line: int
    values: dict[str, str]
    contact: dict[str, str] | None


def _validate_row(
    line: int, raw: dict[str, str], width: int, cells: list[str]
) -> tuple[_Row | None, list[RowError]]:
    errors: list[RowError] = []

    def fail(name: str, exc: DomainError) -> None:
        # "line 7: e-mail 'x' is …": the sentence goes on after the line number, so not capitalised
        errors.append(RowError(line, name, exc.template.format(**exc.params), exc.template, dict(exc.params)))

    if len(trim_cells(cells)) > width:
        exc = DomainError(
            "the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).",
            cells=len(trim_cells(cells)),
            width=width,
        )
        fail("row", exc)
        return None, errors

    raw = dict(raw)
    number = raw.pop("house_number", "").strip()
    if number:
        raw["street"] = f"{raw.get('street', '').strip()} {number}".strip()
    values: dict[str, str] = {}
    for name in PROSPECT_COLUMNS:
        try:
            value = raw.get(name, "")
            if name == "country":
                value = country_from_text(value, LABELS["country"])
            # the window's own checks, so that a row passes exactly when the form would
            values[name] = clean_prospect_fields({name: value}, partial=True)[name]
        except ValidationError as exc:
            fail(name, exc)

    contact: dict[str, str] | None = None
    contact_name = raw.get("contact", "")
    if not contact_name.strip():
        parts = (raw.get("contact_first_name", ""), raw.get("contact_last_name", ""))
        contact_name = " ".join(part for part in parts if part.strip())
    if contact_name.strip():
        contact = {}
        checks: tuple[tuple[str, str, Callable[[str, str], str]], ...] = (
            ("contact", "name", lambda v, label: validate.text(v, label, required=True)),
            ("contact_role", "role", lambda v, label: validate.text(v, label, max_length=100)),
            ("contact_phone", "phone", lambda v, label: validate.text(v, label, max_length=50)),
            ("contact_email", "email", lambda v, label: validate.email(v, label)),
        )
        for name, column, check in checks:
            try:
                contact[column] = check(
                    contact_name if name == "contact" else raw.get(name, ""), LABELS[name]
                )
            except ValidationError as exc:
                fail(name, exc)
    if errors:
        return None, errors
    return _Row(line, values, contact), []


def _existing_keys(session: Session) -> set[tuple[str, str, str]]:
    rows = session.execute(
        select(Prospect.name, Prospect.postal_code, Prospect.country).where(Prospect.deleted.is_(False))
    )
    return {prospect_key(name, postal, country) for name, postal, country in rows}


def import_csv(
    store: Store,
    path: str | os.PathLike[str] | bytes,
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import prospects (and their contact persons) from a CSV file in one transaction.

    Raises DomainError when the file cannot be used, :class:`RowsFailed` when a row is bad
    and ``skip_bad`` is false (nothing imported), :class:`Cancelled` when ``progress``
    returns False (nothing imported). ``dry_run`` checks everything, writes nothing and
    returns the report even when rows fail. Prospects already in the store (same folded
    name, postal code and country) are counted, never changed.
    """
    parsed = read_csv(path)
    report = ImportReport(
        encoding=parsed.encoding,
        delimiter=parsed.delimiter,
        columns=parsed.columns,
        dry_run=dry_run,
        rows=len(parsed.records),
        ignored_columns=parsed.ignored_columns,
    )
    if dry_run:
        with store.read() as session:
            _run(session, parsed, report, write=False, progress=progress)
        return report
    with store.session() as session:
        _run(session, parsed, report, write=True, progress=progress)
        if report.failed and not skip_bad:
            raise RowsFailed(report)  # rolls the transaction back
    report.imported = True
    return report


def _run(
    session: Session, parsed: ParsedCsv, report: ImportReport, *, write: bool, progress: Progress | None
) -> None:
    existing = _existing_keys(session)
    seen: dict[tuple[str, str, str], _Seen] = {}
    width = len(parsed.headers)  # more cells than that: a delimiter inside an unquoted field
    total = len(parsed.records)
    for done, (line, cells) in enumerate(parsed.records, start=1):
        row, errors = _validate_row(line, parsed.values(cells), width, cells)
        if row is None:
            report.failed.extend(errors)
        else:
            _apply(session, row, report, existing, seen, write=write)
        if done % PROGRESS_EVERY == 0 or done == total:
            if write:
                session.flush()  # in batches: the store's stamping hook is cheap per small flush
            if progress is not None and progress(done, total) is False:
                raise Cancelled()


@dataclass
class _Seen:
    """A key met earlier in the file: a prospect being created (``new``) or one already stored."""

    new: bool
    prospect: Prospect | None = None
    contact_names: set[str] = field(default_factory=set)


def _apply(
    session: Session,
    row: _Row,
    report: ImportReport,
    existing: set[tuple[str, str, str]],
    seen: dict[tuple[str, str, str], _Seen],
    *,
    write: bool,
) -> None:
    values = row.values
    key = prospect_key(values["name"], values["postal_code"], values["country"])
    earlier = seen.get(key)
    if earlier is not None:
        report.duplicates += 1
        if earlier.new:  # one row per contact person: add the others to the same new prospect
            _add_contact(earlier, row.contact, report, write=write)
        return
    if key in existing:
        report.already_present += 1  # never changed: the user may have edited it since
        seen[key] = _Seen(new=False)
        return
    report.created += 1
    entry = _Seen(new=True)
    if write:
        entry.prospect = Prospect(**values, contacts=[])
        session.add(entry.prospect)
    seen[key] = entry
    _add_contact(entry, row.contact, report, write=write)


def _add_contact(entry: _Seen, contact: dict[str, str] | None, report: ImportReport, *, write: bool) -> None:
    if contact is None or fold(contact["name"]) in entry.contact_names:
        return
    entry.contact_names.add(fold(contact["name"]))
    report.contacts_created += 1
    if write and entry.prospect is not None:
        entry.prospect.contacts.append(Contact(**contact))
