"""Import prospects from CSV files (Excel, CRM exports) and export them back.

Reading (:func:`read_csv`) decodes the bytes (UTF-8 with or without BOM, UTF-16 with BOM
as Excel's "Unicode text", else Windows-1252), sniffs the delimiter (comma, semicolon,
tab, pipe; an Excel ``sep=;`` first line is honoured), finds the header row and maps its
cells to our fields by name in English, German, Dutch and Slovenian, case-, accent- and
punctuation-insensitively.

Importing (:func:`import_csv`) validates every row with the same checks as the window's
form (``prospects.clean_prospect_fields``, built on :mod:`~reciprocity_desktop.services.validate`;
country names are turned into ISO codes first, through Babel's territory names), reports failing rows with the physical
line they start on (header = line 1), and writes everything in one transaction: by
default nothing when any row fails, or the good rows with ``skip_bad=True``. The key
(folded name, normalised postal code, country) keeps re-imports and repeated rows from
creating duplicates; prospects already in the store are never changed.

Exporting (:func:`export_csv`) writes UTF-8 with BOM (Excel opens it right), comma
separated, with formula-like cells neutralised by a leading ``'``; importing the export
gives the same prospects back.
"""

from __future__ import annotations

import csv
import io
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import errors, validate
from reciprocity_desktop.services.errors import DomainError, Message, ValidationError
from reciprocity_desktop.services.prospects import clean_prospect_fields
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Prospect
from reciprocity_desktop.textutil import FORMULA_START, fold, neutralise_formula

__all__ = [
    "EXPORT_COLUMNS",
    "Cancelled",
    "ImportReport",
    "ParsedCsv",
    "RowError",
    "RowsFailed",
    "country_from_text",
    "export_csv",
    "import_csv",
    "read_csv",
]

#: ``progress(done, total)``; returning ``False`` (not merely a falsy None) cancels the import.
Progress = Callable[[int, int], bool | None]

#: How often (in rows) the progress callback is called.
PROGRESS_EVERY = 200
#: How many failing rows the error message lists.
SHOW_ERRORS = 5

#: The export's header, in this order (English field names; import maps them back).
EXPORT_COLUMNS: tuple[str, ...] = (
    "name",
    "street",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "website",
    "industry",
    "stage",
    "tags",
    "notes",
    "contact",
)

#: The label each field has in messages (the ``field`` of validation errors).
LABELS: dict[str, str] = {
    "name": "name",
    "street": "street",
    "house_number": "house number",
    "postal_code": "postal code",
    "city": "city",
    "country": "country",
    "phone": "phone",
    "email": "e-mail",
    "website": "website",
    "industry": "industry",
    "stage": "stage",
    "tags": "tags",
    "notes": "notes",
    "contact": "contact name",
    "contact_first_name": "contact first name",
    "contact_last_name": "contact last name",
    "contact_role": "contact role",
    "contact_phone": "contact phone",
    "contact_email": "contact e-mail",
}

# Header names per field: (strong names, weak names). A weak name ("Name", "Naam") is used
# only when no strong name for the same field is in the header. Entries are folded with
# _header_key, so case, accents, spaces and punctuation do not matter.
# fmt: off
_HEADERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "name": (
        (
            "company", "company name", "companyname", "organisation", "organization", "organisation name",
            "organization name", "business", "business name", "account", "account name", "customer",
            "customer name", "firm", "Firma", "Firmenname", "Name der Firma", "Firmierung", "Unternehmen",
            "Unternehmensname", "Kunde", "Kundenname", "Organisation", "Bedrijfsnaam", "Bedrijf",
            "Naam bedrijf", "Organisatie", "Organisatienaam", "Onderneming", "Klant", "Klantnaam",
            "Naziv podjetja", "Podjetje", "Ime podjetja", "Naziv", "Organizacija", "Stranka",
            "Naziv stranke", "Firma podjetja",
        ),
        ("name", "Naam", "Name"),
    ),
    "street": (
        (
            "street", "street address", "address", "address 1", "address line 1", "addressline1",
            "street and number", "Straße", "Strasse", "Straße und Hausnummer", "Straße Nr",
            "Strasse Hausnummer", "Adresse", "Anschrift", "Straat", "Straatnaam", "Adres",
            "Straat en huisnummer", "Naslov", "Ulica", "Ulica in hišna številka",
        ),
        (),
    ),
    "house_number": (
        (
            "house number", "house no", "housenumber", "Hausnummer", "Hausnr", "Huisnummer", "Huisnr",
            "Hišna številka",
        ),
        (),
    ),
    "postal_code": (
        (
            "postal_code", "postal code", "postcode", "post code", "zip", "zip code", "zipcode", "PLZ",
            "Postleitzahl", "Postcode", "Poštna številka", "Poštna št", "Pošt št",
        ),
        (),
    ),
    "city": (
        (
            "city", "town", "locality", "Ort", "Stadt", "Wohnort", "Ortschaft", "Gemeinde", "Plaats",
            "Woonplaats", "Stad", "Gemeente", "Kraj", "Mesto", "Občina",
        ),
        ("place",),
    ),
    "country": (
        ("country", "country code", "countrycode", "Land", "Staat", "Ländercode", "Landcode", "Država"),
        (),
    ),
    "phone": (
        (
            "phone", "telephone", "phone number", "telephone number", "tel", "Telefon", "Telefonnummer",
            "Tel Nr", "Telefoon", "Telefoonnummer", "Telefonska številka",
        ),
        (),
    ),
    "email": (
        (
            "email", "e-mail", "email address", "e-mail address", "E-Mail-Adresse", "Emailadresse",
            "E-mailadres", "E-pošta", "Elektronska pošta", "E-naslov", "Elektronski naslov",
        ),
        ("mail",),
    ),
    "website": (
        (
            "website", "web site", "web", "url", "homepage", "home page", "www", "web page", "Webseite",
            "Internetseite", "Internet", "Internetadresse", "Webadres", "Spletna stran", "Splet",
            "Spletni naslov",
        ),
        (),
    ),
    "industry": (
        (
            "industry", "sector", "branch", "line of business", "Branche", "Industrie", "Sektor",
            "Wirtschaftszweig", "Bedrijfstak", "Dejavnost", "Panoga", "Industrija",
        ),
        (),
    ),
    "stage": (
        ("stage", "pipeline stage", "Phase", "Fase", "Faza"),
        (),
    ),
    "tags": (
        (
            "tags", "tag", "labels", "keywords", "Schlagworte", "Schlagwörter", "Stichworte",
            "Trefwoorden", "Oznake", "Značke",
        ),
        (),
    ),
    "notes": (
        (
            "notes", "note", "comment", "comments", "remarks", "memo", "Notiz", "Notizen", "Bemerkung",
            "Bemerkungen", "Kommentar", "Anmerkung", "Anmerkungen", "Notitie", "Notities", "Opmerking",
            "Opmerkingen", "Opomba", "Opombe", "Komentar", "Zapiski",
        ),
        (),
    ),
    "contact": (
        (
            "contact", "contact person", "contact name", "contactperson", "Ansprechpartner",
            "Ansprechpartnerin", "Ansprechperson", "Kontaktperson", "Kontakt", "Contactpersoon",
            "Kontaktna oseba", "Kontakt oseba",
        ),
        ("person", "Oseba"),
    ),
    "contact_first_name": (
        ("first name", "firstname", "given name", "Vorname", "Voornaam", "Ime"),
        (),
    ),
    "contact_last_name": (
        (
            "last name", "lastname", "surname", "family name", "Nachname", "Familienname", "Achternaam",
            "Priimek",
        ),
        (),
    ),
    "contact_role": (
        (
            "contact role", "role", "position", "job title", "function", "Funktion", "Rolle",
            "Position Ansprechpartner", "Functie", "Rol", "Funkcija", "Vloga", "Delovno mesto",
        ),
        (),
    ),
    "contact_phone": (
        (
            "contact phone", "contact telephone", "mobile", "mobile phone", "cell phone", "Mobil",
            "Mobiltelefon", "Handy", "Telefon Ansprechpartner", "Durchwahl", "Mobiel", "Mobiele telefoon",
            "GSM", "Telefoon contactpersoon", "Mobitel", "Telefon kontaktne osebe",
        ),
        (),
    ),
    "contact_email": (
        (
            "contact email", "contact e-mail", "E-Mail Ansprechpartner", "E-mail contactpersoon",
            "E-pošta kontaktne osebe",
        ),
        (),
    ),
}
# fmt: on

_QUOTED_FORMULA = re.compile(r'^="(.*)"$', re.DOTALL)
_SEP_LINE = re.compile(r"^sep=(.)\r?\n?$", re.IGNORECASE)
_DELIMITERS = (",", ";", "\t", "|")
_BINARY_SIGNATURES = (
    b"%PDF",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x1f\x8b",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\xd0\xcf\x11\xe0",  # old Office (.xls, .doc)
    b"SQLite format 3",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
)
# Control characters no text file has (tab, line breaks and form feed are fine); many of them = binary.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _header_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


@cache
def _header_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for field_name, tiers in _HEADERS.items():
        for tier, names in enumerate(tiers):
            for name in names:
                key = _header_key(name)
                previous = index.get(key)
                if previous is not None and previous != (field_name, tier):
                    raise AssertionError(f"header {name!r} is listed for {previous[0]} and {field_name}")
                index[key] = (field_name, tier)
    return index


def map_headers(cells: list[str]) -> dict[str, int]:
    """Our field -> index of the column that holds it (strong names beat weak ones, then leftmost)."""
    index = _header_index()
    best: dict[str, tuple[int, int]] = {}
    for position, cell in enumerate(cells):
        hit = index.get(_header_key(cell))
        if hit is None:
            continue
        field_name, tier = hit
        if field_name not in best or tier < best[field_name][0]:
            best[field_name] = (tier, position)
    return {field_name: position for field_name, (_tier, position) in best.items()}


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


# -- reading --------------------------------------------------------------------------------


@dataclass
class ParsedCsv:
    """A decoded CSV file: how it was read, how its header maps to our fields, and its rows."""

    encoding: str
    delimiter: str
    header_line: int
    headers: list[str]
    #: our field -> index of its column
    indexes: dict[str, int]
    #: (physical line the record starts on, its cells), blank rows left out
    records: list[tuple[int, list[str]]]

    @property
    def columns(self) -> dict[str, str]:
        """Our field -> the header found in the file."""
        return {name: self.headers[i] for name, i in self.indexes.items()}

    @property
    def ignored_columns(self) -> list[str]:
        used = set(self.indexes.values())
        return [h for i, h in enumerate(self.headers) if i not in used and h.strip()]

    def __len__(self) -> int:
        return len(self.records)

    def values(self, cells: list[str]) -> dict[str, str]:
        """The row's cells by our field name (missing cells are ""; the export's ``'`` is undone)."""
        out: dict[str, str] = {}
        for name, i in self.indexes.items():
            out[name] = _unneutralise(cells[i]) if i < len(cells) else ""
        return out

    def preview(self, limit: int = 20) -> list[dict[str, str]]:
        """The first rows as field -> text, for a preview table."""
        return [self.values(cells) for _line, cells in self.records[:limit]]


def _unneutralise(cell: str) -> str:
    if cell.startswith("'") and FORMULA_START.match(cell[1:]):
        return cell[1:]
    match = _QUOTED_FORMULA.match(cell)
    if match and '"' not in match.group(1):  # Excel's ="01067" keeps leading zeros
        return match.group(1)
    return cell


def _load(source: str | os.PathLike[str] | bytes, label: str) -> bytes:
    if isinstance(source, bytes | bytearray):
        return bytes(source)
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DomainError("The file {path} does not exist.", field="file", path=label) from None
    except IsADirectoryError:
        raise DomainError("{path} is a folder, not a CSV file.", field="file", path=label) from None
    except PermissionError:
        raise DomainError(
            "The file {path} cannot be read (no permission).", field="file", path=label
        ) from None
    except OSError as exc:
        raise DomainError(
            "The file {path} cannot be read: {reason}.", field="file", path=label, reason=exc.strerror or exc
        ) from None


def _not_text(label: str) -> DomainError:
    return DomainError(
        "{path} is not a text (CSV) file. Save the list from your spreadsheet as CSV and import that.",
        field="file",
        path=label,
    )


def _decode(data: bytes, label: str) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise _not_text(label) from None
    if data.startswith(_BINARY_SIGNATURES) or b"\x00" in data:
        raise _not_text(label)
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DomainError(
                "{path} says it is UTF-8 but is not (bad byte at position {position}).",
                field="file",
                path=label,
                position=exc.start + 3,
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise DomainError(
            "{path} is neither UTF-8 nor Windows-1252 text (byte 0x{byte:02X} at position {position}). "
            "Save it as 'CSV UTF-8' and try again.",
            field="file",
            path=label,
            byte=data[exc.start],
            position=exc.start,
        ) from None


def _records(text: str, delimiter: str, first_line: int) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    for cells in reader:
        start = previous + first_line
        previous = reader.line_num
        yield start, cells


def _is_blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)


_SNIFF_RECORDS = 60
_HEADER_SEARCH = 10


def _sniff(text: str, first_line: int) -> tuple[str, int, int] | None:
    """Best (delimiter, index of the header record, number of the header's mapped fields)."""
    best: tuple[tuple[int, int, int, int], str, int] | None = None
    for priority, delimiter in enumerate(_DELIMITERS):
        sample: list[list[str]] = []
        try:
            for _line, cells in _records(text, delimiter, first_line):
                sample.append(cells)
                if len(sample) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        header_at, header_score = -1, (0, 0)
        for i, cells in enumerate(sample[:_HEADER_SEARCH]):
            if _is_blank(cells):
                continue
            mapped = map_headers(cells)
            score = (int("name" in mapped), len(mapped))
            if score > header_score:
                header_at, header_score = i, score
        if header_at < 0:
            continue
        width = len(sample[header_at])
        consistent = sum(
            1 for cells in sample[header_at + 1 :] if not _is_blank(cells) and len(_trim(cells)) <= width
        )
        key = (*header_score, consistent, -priority)
        if best is None or key > best[0]:
            best = (key, delimiter, header_at)
    if best is None:
        return None
    return best[1], best[2], best[0][0]


def _trim(cells: list[str]) -> list[str]:
    """Cells without trailing empty ones (Excel pads rows with ;;;)."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def read_csv(source: str | os.PathLike[str] | bytes) -> ParsedCsv:
    """Decode, sniff and map a CSV file (a path or its bytes). Raises DomainError for whole-file problems."""
    label = "The data" if isinstance(source, bytes | bytearray) else str(source)
    data = _load(source, label)
    text, encoding = _decode(data, label)
    if not text.strip():
        raise DomainError("{path} is empty; there is nothing to import.", field="file", path=label)
    if len(_CONTROL.findall(text[:65536])) > max(2, len(text[:65536]) // 1000):
        raise _not_text(label)
    first_line = 1
    forced: str | None = None
    first, newline, rest = text.partition("\n")
    sep = _SEP_LINE.match(first + newline)
    if sep:
        forced, text, first_line = sep.group(1), rest, 2
    if forced is not None:
        delimiter = forced
        records = list(_safe_records(text, forced, first_line, label))
        header_at = next((i for i, (_l, c) in enumerate(records) if "name" in map_headers(c)), -1)
        has_name = header_at >= 0
    else:
        sniffed = _sniff(text, first_line)
        has_name = sniffed is not None and sniffed[2] == 1
        delimiter, header_at = (sniffed[0], sniffed[1]) if sniffed else (",", 0)
        records = list(_safe_records(text, delimiter, first_line, label))
    if not has_name:
        found = next((cells for _l, cells in records if not _is_blank(cells)), [])
        raise DomainError(
            "{path} has no column for the company name (looked for headers like Name, Company, Firma, "
            "Bedrijfsnaam, Naziv podjetja). Its first row is: {headers}.",
            field="file",
            path=label,
            headers=", ".join(repr(h) for h in found[:12]) or "(nothing)",
        )
    header_line, headers = records[header_at]
    rows = [(line, cells) for line, cells in records[header_at + 1 :] if not _is_blank(cells)]
    return ParsedCsv(
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_line,
        headers=[h.strip() for h in headers],
        indexes=map_headers(headers),
        records=rows,
    )


def _safe_records(text: str, delimiter: str, first_line: int, label: str) -> Iterator[tuple[int, list[str]]]:
    iterator = _records(text, delimiter, first_line)
    line = first_line
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DomainError(
                "{path} cannot be read after line {line}: {reason}.",
                field="file",
                path=label,
                line=line,
                reason=exc,
            ) from None
        line = record[0]
        yield record


# -- importing ------------------------------------------------------------------------------


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


#: Prospect fields an import fills, checked by the same validators as the window's form.
_IMPORTED_FIELDS = (
    "name",
    "street",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "website",
    "industry",
    "stage",
    "tags",
    "notes",
)


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

    if len(_trim(cells)) > width:
        exc = DomainError(
            "the row has {cells} cells but the header has {width} (a delimiter inside a field without quotes?).",
            cells=len(_trim(cells)),
            width=width,
        )
        fail("row", exc)
        return None, errors

    raw = dict(raw)
    number = raw.pop("house_number", "").strip()
    if number:
        raw["street"] = f"{raw.get('street', '').strip()} {number}".strip()
    values: dict[str, str] = {}
    for name in _IMPORTED_FIELDS:
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


# -- exporting ------------------------------------------------------------------------------


def _export_contacts(session: Session) -> dict[str, str]:
    """Prospect id -> the contact the export names: the first decision maker, else the first contact."""
    query = (
        select(Contact.prospect_id, Contact.name)
        .where(Contact.deleted.is_(False))
        .order_by(Contact.prospect_id, Contact.is_decision_maker.desc(), Contact.name)
    )
    chosen: dict[str, str] = {}
    for prospect_id, name in session.execute(query):
        chosen.setdefault(prospect_id, name)
    return chosen


def export_csv(store: Store, path: str | os.PathLike[str]) -> int:
    """Write all live prospects, ordered by name, to ``path`` (UTF-8 with BOM). Returns rows written."""
    target = Path(path)
    columns = [getattr(Prospect, name) for name in EXPORT_COLUMNS[:-1]]
    with store.read() as session:
        contacts = _export_contacts(session)
        found = session.execute(select(Prospect.id, *columns).where(Prospect.deleted.is_(False))).all()
    found.sort(key=lambda row: (fold(row[1]), row[1], row[0]))
    rows = [[*(value or "" for value in row[1:]), contacts.get(row[0], "")] for row in found]
    if target.is_dir():
        raise DomainError(
            "{path} is a folder; choose a file name to export to.", field="file", path=str(target)
        )
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(EXPORT_COLUMNS)
            writer.writerows([neutralise_formula(str(cell)) for cell in row] for row in rows)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DomainError(
            "The file {path} cannot be written: {reason}.",
            field="file",
            path=str(target),
            reason=exc.strerror or exc,
        ) from None
    return len(rows)
