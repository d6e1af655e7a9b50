"""``import-csv`` and ``export-csv``: all rows or none (unless --skip-bad), a dry run, the exported file."""

from __future__ import annotations

import pytest

ROWS = "name,city,country\nBäckerei Müller,München,DE\n,Köln,DE\nOptik Schön,Bonn,XX\n"
ERRORS = [
    "prospects.csv: line 3: name must not be empty.",
    "prospects.csv: line 4: country 'XX' is not an ISO 3166 two-letter country code (e.g. DE, NL, SI).",
]


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "prospects.csv"
    path.write_text(ROWS, encoding="utf-8")
    return path


def _names(run) -> list[str]:
    return [p["name"] for p in run("prospects", "list", "--json").json]


def test_a_file_with_bad_rows_imports_nothing(run, csv_file, dump):
    run("prospects", "list")  # creates the store
    before = dump()
    result = run("import-csv", str(csv_file))
    assert (result.code, result.out) == (2, "")
    assert result.err.splitlines() == [
        *ERRORS,
        "reciprocity-desktop: 2 rows of prospects.csv cannot be imported, so nothing was imported "
        "(correct the file, or use --skip-bad).",
    ]
    assert dump() == before


def test_dry_run_says_what_would_happen_and_writes_nothing(run, csv_file, dump):
    run("prospects", "list")
    before = dump()
    result = run("import-csv", str(csv_file), "--dry-run")
    assert result.code == 2  # the real import would refuse the file
    assert result.lines == [
        "prospects.csv: Rows read: 3; prospects that would be created: 1; already present: 0; "
        "repeated rows: 0; rows with errors: 2.",
        "Dry run: nothing was written.",
    ]
    assert result.err.splitlines() == ERRORS
    assert dump() == before
    assert run("import-csv", str(csv_file), "--dry-run", "--skip-bad").code == 0
    assert dump() == before


def test_skip_bad_imports_the_good_rows_and_export_writes_them(run, csv_file, tmp_path):
    result = run("import-csv", str(csv_file), "--skip-bad")
    assert result.code == 0
    assert result.lines == [
        "prospects.csv: Rows read: 3; prospects created: 1; already present: 0; repeated rows: 0; "
        "rows with errors: 2."
    ]
    assert result.err.splitlines() == ERRORS
    assert _names(run) == ["Bäckerei Müller"]

    out = tmp_path / "export.csv"
    exported = run("export-csv", str(out))
    assert (exported.code, exported.out) == (0, f"Exported 1 prospect to {out}.\n")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for spreadsheets
    header, row = data.decode("utf-8-sig").splitlines()
    assert header.startswith("name,") and row.startswith("Bäckerei Müller,")
    assert list(tmp_path.glob(".*.part")) == []


def test_a_missing_file_is_one_line(run, tmp_path, user_error):
    user_error(run("import-csv", str(tmp_path / "none.csv")), "does not exist")
