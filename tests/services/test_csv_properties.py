"""Property tests: any prospects survive export -> import, and any table survives write -> read_csv."""

from __future__ import annotations

import contextlib
import csv
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from reciprocity_desktop.services import settings as settings_service
from reciprocity_desktop.services import validate
from reciprocity_desktop.services.csv_io import EXPORT_COLUMNS, export_csv, import_csv, prospect_key, read_csv
from reciprocity_desktop.services.csv_io.decoding import utf8_letter_at
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.prospects import clean_prospect_fields
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Contact, Prospect, Stage

# Unicode without surrogates and control characters, plus what makes CSV hard: delimiters, quotes,
# line breaks, and the characters a spreadsheet takes for a formula.
_TRICKY = st.sampled_from(
    [",", ";", "\t", '"', "'", "\n", "\r\n", "\r", "=", "+", "-", "@", " ", "ß", "Ž", "€"]
)
_CHARS = st.characters(blacklist_categories=("Cs", "Cc"))


def _text(max_size: int) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(_CHARS, _TRICKY), max_size=max_size).map("".join)


_FORMULA_START = st.sampled_from(["", "=", "+", "-", "@", "'=", "''+", "'"])


@st.composite
def field_text(draw, max_size: int = 30) -> str:
    return draw(_FORMULA_START) + draw(_text(max_size))


@st.composite
def emails(draw) -> str:
    part = st.text(st.one_of(_CHARS, st.sampled_from("=+-@'\".,;")), min_size=1, max_size=10)
    address = f"{draw(_FORMULA_START)}{draw(part)}@{draw(part)}.{draw(part)}"
    return draw(st.sampled_from(["", address]))


@st.composite
def prospects(draw) -> dict:
    raw = {
        "name": draw(field_text()),
        "street": draw(field_text()),
        "postal_code": draw(field_text(max_size=10)),
        "city": draw(field_text()),
        "country": draw(st.sampled_from(["", *sorted(validate.country_codes())])),
        "phone": draw(field_text(max_size=20)),
        "email": draw(emails()),
        "website": draw(field_text()),
        "industry": draw(field_text()),
        "stage": draw(st.sampled_from(list(Stage))).value,
        "tags": ",".join(draw(st.lists(field_text(max_size=8), max_size=3))),
        "notes": draw(field_text(max_size=80)),
    }
    try:  # what the window's form would have stored from this input
        values = clean_prospect_fields(raw, partial=False)
    except ValidationError:
        assume(False)
    contacts = draw(
        st.lists(st.tuples(field_text(max_size=15), st.booleans()), max_size=3).map(
            lambda items: [(" ".join(name.split()), decides) for name, decides in items if name.split()]
        )
    )
    return {"values": values, "contacts": contacts}


def _key(p: dict) -> tuple[str, str, str]:
    v = p["values"]
    return prospect_key(v["name"], v["postal_code"], v["country"])


def _expected_contact(contacts: list[tuple[str, bool]]) -> list[str]:
    ordered = sorted(contacts, key=lambda c: c[0])  # the relationship's order (by name)
    deciders = [name for name, decides in ordered if decides]
    everyone = [name for name, _ in ordered]
    return (deciders or everyone)[:1]


def _snapshot(store) -> list[tuple]:
    with store.read() as session:
        rows = session.scalars(select(Prospect).options(selectinload(Prospect.contacts))).all()
        return sorted(
            (*(getattr(p, f) for f in EXPORT_COLUMNS[:-1]), sorted(c.name for c in p.contacts)) for p in rows
        )


@pytest.fixture(scope="module")
def blank_store(tmp_path_factory) -> Path:
    """A migrated empty store file, copied for each example (migrating twice per example is slow)."""
    path = tmp_path_factory.mktemp("blank") / "blank.sqlite3"
    store = open_store(path)
    settings_service.set_(store, "default_country", "")  # a prospect without a country stays without one
    store.close()
    return path


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(prospects(), max_size=8, unique_by=_key))
def test_export_then_import_gives_the_same_prospects(blank_store, items):
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(blank_store, Path(folder) / "source.sqlite3")
        shutil.copy(blank_store, Path(folder) / "target.sqlite3")
        source = open_store(Path(folder) / "source.sqlite3")
        target = open_store(Path(folder) / "target.sqlite3")
        try:
            with source.session() as session:
                for item in items:
                    prospect = Prospect(**item["values"])
                    session.add(prospect)
                    for name, decides in item["contacts"]:
                        prospect.contacts.append(Contact(name=name, is_decision_maker=decides))
            out = Path(folder) / "export.csv"
            assert export_csv(source, out) == len(items)

            report = import_csv(target, out)

            assert report.failed == []
            assert report.created == len(items)
            expected = sorted(
                (*(item["values"][f] for f in EXPORT_COLUMNS[:-1]), _expected_contact(item["contacts"]))
                for item in items
            )
            assert _snapshot(target) == expected
            # and once more: nothing new
            again = import_csv(target, out)
            assert (again.created, again.already_present) == (0, len(items))
        finally:
            source.close()
            target.close()


_CELL = _text(12)


@settings(max_examples=80, deadline=None)
@given(
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
    header=st.permutations(["Firma", "PLZ", "Ort", "Notizen"]),
    rows=st.lists(st.lists(_CELL, min_size=4, max_size=4), max_size=6),
    line_end=st.sampled_from(["\n", "\r\n"]),
)
def test_read_csv_recovers_any_table(delimiter, encoding, header, rows, line_end):
    if encoding == "cp1252":
        rows = [[cell.encode("cp1252", "replace").decode("cp1252") for cell in row] for row in rows]
    if line_end == "\n":  # Python's writer then leaves a lone \r unquoted, which no reader can recover
        rows = [[cell.replace("\r", "") for cell in row] for row in rows]
    rows = [row for row in rows if any(cell.strip() for cell in row)]  # blank rows are skipped
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if encoding == "cp1252":
        assume(b"\x81" not in data)
        # UTF-8 is tried first (read_csv's rule): Windows-1252 bytes that happen to be valid UTF-8
        # ("ÂŽ" is C2 8E, U+008E) are read as UTF-8, so such a table is no Windows-1252 example.
        with contextlib.suppress(UnicodeDecodeError):
            assume(data.decode("utf-8") == data.decode("cp1252"))
        # Nor one holding a pair of letters that is a letter in UTF-8 ("Ã¼" is C3 BC, "ü"): to read_csv
        # that is a UTF-8 line in a Windows-1252 file, which is refused rather than read as mojibake.
        assume(utf8_letter_at(data) is None)

    parsed = read_csv(data)

    assert parsed.delimiter == delimiter
    assert parsed.header_line == 1
    assert parsed.columns["name"] == "Firma"
    assert [cells for _line, cells in parsed.records] == rows
    # each record starts on the line after the previous one ends
    line = 2
    for (start, _cells), row in zip(parsed.records, rows, strict=True):
        assert start == line
        line += 1 + sum(cell.count("\n") + cell.replace("\r\n", "").count("\r") for cell in row)


_HEADER = ["Firma", "Straße", "Hausnummer", "PLZ", "Ort", "Land", "Telefon", "E-Mail", "Webseite"]
_HEADER.append("Bemerkungen")
_CELL = st.one_of(
    field_text(),
    st.sampled_from(["", " ", "\u00a0", "a\u2028b", "x" * 20, "x" * 21, "y" * 50, "y" * 51, " z " * 70]),
)


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.lists(st.one_of(_CELL, emails()), min_size=10, max_size=10), min_size=1, max_size=6),
    house=st.booleans(),
)
def test_the_fast_row_check_is_the_forms_check(rows, house):
    """The row checker's fast path (the text checks inline) gives what the form's own checks give: the same
    row, or the same errors (the row is then checked the slow way)."""
    from reciprocity_desktop.services.csv_io.folding import WordFolder
    from reciprocity_desktop.services.csv_io.headers import map_headers
    from reciprocity_desktop.services.csv_io.rows import RowChecker

    header = _HEADER if house else [name for name in _HEADER if name != "Hausnummer"]
    indexes = map_headers(header)
    fast, slow = RowChecker(indexes, WordFolder()), RowChecker(indexes, WordFolder())
    assert fast._fast is not None  # the plan is used for these columns
    slow._fast = None
    for line, cells in enumerate(rows, start=2):
        cells = cells[: len(header)]
        failed_fast, failed_slow = [], []
        assert fast.check(line, cells, len(header), failed_fast) == slow.check(
            line, cells, len(header), failed_slow
        )
        assert failed_fast == failed_slow
