"""CSV files that used to import wrongly without a word: an unclosed quote swallowing the next line,
a file mixing UTF-8 and Windows-1252 lines (mojibake), control characters in a name. Each is refused
naming the line, and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from reciprocity_desktop.services.csv_io import RowsFailed, import_csv, read_csv
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Prospect

HEADER = "Name;Strasse;PLZ;Ort;Land\n"


@pytest.fixture
def s(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    yield store
    store.close()


def _count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Prospect))


def _file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    return path


def _refused(store, path, *fragments: str) -> str:
    with pytest.raises(DomainError) as caught:
        import_csv(store, path)
    for fragment in fragments:
        assert fragment in str(caught.value), (fragment, str(caught.value))
    assert _count(store) == 0
    return str(caught.value)


def test_an_unclosed_quote_is_refused_with_its_line(s, tmp_path):
    """The issue's file: two rows used to become one prospect "Unclosed Firma;Weg;…\\nSecond;…"."""
    data = HEADER + '"Unclosed Firma;Weg;50667;Köln;DE\nSecond GmbH;Ring 1;10115;Berlin;DE\n'
    _refused(s, _file(tmp_path, data.encode()), 'the quote (") opened in line 2 is never closed')


def test_an_unclosed_quote_closed_by_a_later_quote_is_refused_too(s, tmp_path):
    data = HEADER + "Erste GmbH;Weg;1;A;DE\n" + '"Unclosed;Weg;2;B;DE\n"Third";Weg;3;C;DE\nFourth;Weg;4;D;DE\n'
    _refused(s, _file(tmp_path, data.encode()), "opened in line 3 is never closed")


def test_text_after_a_closing_quote_is_refused(s, tmp_path):
    data = HEADER + '"Bio" Hof;Weg;1;A;DE\n'
    _refused(s, _file(tmp_path, data.encode()), "in line 2 a cell goes on after its closing quote")


def test_a_quoted_cell_over_two_lines_still_imports(s, tmp_path):
    data = HEADER + '"Zwei\nZeilen GmbH";Weg;1;A;DE\nNext AG;Weg;2;B;DE\n'
    report = import_csv(s, _file(tmp_path, data.encode()))
    assert report.created == 2


@pytest.mark.parametrize(
    ("lines", "utf8_line", "other_line"),
    [
        ([b"M\xc3\xbcller GmbH;Weg;1;K\xc3\xb6ln;DE", b"B\xe4cker AG;Weg;2;M\xfcnchen;DE"], 2, 3),
        ([b"B\xe4cker AG;Weg;2;M\xfcnchen;DE", b"M\xc3\xbcller GmbH;Weg;1;K\xc3\xb6ln;DE"], 3, 2),
    ],
)
def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_the_lines(s, tmp_path, lines, utf8_line, other_line):
    data = HEADER.encode("cp1252") + b"\n".join(lines) + b"\n"
    message = _refused(
        s, _file(tmp_path, data), f"line {utf8_line} is UTF-8, line {other_line} is not", "CSV UTF-8"
    )
    assert "Ã" not in message


def test_the_mix_is_found_past_the_first_chunk(s, tmp_path):
    filler = b"".join(b"Firma %d;Weg;1;Ort;DE\n" % i for i in range(20_000))  # over 256 KiB
    data = HEADER.encode("cp1252") + filler + b"M\xc3\xbcller GmbH;Weg;1;Ort;DE\nB\xe4cker;Weg;1;Ort;DE\n"
    _refused(s, _file(tmp_path, data), "line 20002 is UTF-8, line 20003 is not")


def test_a_utf8_file_with_a_bom_and_a_windows_1252_line_names_the_line(s, tmp_path):
    data = b"\xef\xbb\xbf" + HEADER.encode() + "Müller;Weg;1;Köln;DE\n".encode() + b"B\xe4cker;Weg;1;Ort;DE\n"
    _refused(s, _file(tmp_path, data), "line 3 is not")


def test_plain_windows_1252_and_plain_utf8_still_import(s, tmp_path):
    cp1252 = (HEADER + "Bäcker AG;Straße 1;1;München;DE\n").encode("cp1252")
    assert read_csv(cp1252).encoding == "cp1252"
    utf8 = (HEADER + "Bäcker AG;Straße 1;1;München;DE\n").encode()
    assert read_csv(utf8).encoding == "utf-8"
    import_csv(s, _file(tmp_path, cp1252))
    with s.read() as session:
        assert session.scalars(select(Prospect.city)).all() == ["München"]


def test_a_control_character_in_a_name_is_a_row_error(s, tmp_path):
    data = HEADER + "Bell\x07 GmbH;Weg;1;A;DE\n"
    with pytest.raises(RowsFailed) as caught:
        import_csv(s, _file(tmp_path, data.encode()))
    assert "U+0007" in str(caught.value)
    assert _count(s) == 0


@pytest.mark.parametrize(
    ("cells", "field"),
    [
        ("Bell GmbH;Weg;1;A;DE;Hans\x1b Bell;+43 1", "contact"),
        ("Bell GmbH;Weg;1;A;DE;Hans Bell;+43\x01 1", "phone"),
        ("Bell GmbH;Weg\x7f;1;A;DE;Hans Bell;+43 1", "street"),
    ],
    ids=["contact", "phone", "street"],
)
def test_a_control_character_in_any_checked_cell_is_an_error_of_its_line_and_field(s, tmp_path, cells, field):
    """The fast check looks for control characters in one search over a row's texts: each field's own
    error still names its line and field, and the good rows around it are not written either."""
    data = "Name;Straße;PLZ;Ort;Land;Ansprechpartner;Telefon\n" + "Gut AG;Weg;2;A;DE;Eva Gut;1\n" + cells + "\n"
    with pytest.raises(RowsFailed) as caught:
        import_csv(s, _file(tmp_path, data.encode()))
    (error,) = caught.value.report.failed
    assert (error.line, error.field) == (3, field)
    assert "U+00" in error.message
    assert _count(s) == 0
