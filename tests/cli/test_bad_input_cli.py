"""Bad input on the command line: one clear line naming the field, never a traceback, nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2]


def test_a_gift_dated_9999_12_31_is_refused_by_the_installed_command(tmp_path):
    """The issue's case, through the real entry point in its own process: no OverflowError."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SOURCE), *filter(None, [os.environ.get("PYTHONPATH")])])}
    env["RECIPROCITY_DB"] = str(tmp_path / "store.sqlite3")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "reciprocity_desktop", *args],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        )  # fmt: skip

    added = cli("prospects", "add", "--name", "Hotel Zur Post")
    assert added.returncode == 0, added.stderr
    pid = added.stdout.splitlines()[-1]
    result = cli("gifts", "add", pid, "--kind", "sample", "--description", "Box", "--date", "9999-12-31")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "OverflowError" not in result.stderr
    assert result.stderr.splitlines() == [
        "reciprocity-desktop: Date 9999-12-31 is outside the dates this app keeps (1900-01-01 to 2199-12-31)."
    ]
    assert cli("gifts", "list", "--json").stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("gifts", "add", "{pid}", "--kind", "sample", "--description", "x", "--date", "2199-12-31"),
         ["Feedback follow-up would fall outside the dates"]),
        (("gifts", "add", "{pid}", "--kind", "sample", "--description", "x", "--quantity", "9" * 5000),
         ["Quantity '9999999999…(5000 digits)' is"]),
        (("followups", "add", "{pid}", "--kind", "call", "--due", "0001-01-01"), ["Due date 0001-01-01 is outside"]),
        (("visits", "plan", "9999-12-31", "{pid}"), ["Date 9999-12-31 is outside"]),
        (("report", "--to", "9999-12-31"), ["--to 9999-12-31 is outside"]),
        (("prospects", "add", "--name", "Bell\x07GmbH"), ["Name holds a control character (U+0007)"]),
        (("prospects", "add", "--name", "X", "--city", "K\x1bln"), ["City holds a control character (U+001B)"]),
        (("prospects", "add", "--name", "N" * 201), ["Name is too long (201 characters, at most 200)"]),
    ],
)  # fmt: skip
def test_bad_values_are_one_plain_line(run, dump, user_error, add, args, fragments):
    pid = add("Existing GmbH")
    before = dump()
    user_error(run(*(arg.replace("{pid}", pid) for arg in args)), *fragments)
    assert dump() == before


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ('Name;Ort\n"Unclosed Firma;Köln\nSecond GmbH;Berlin\n'.encode(), 'the quote (") opened in line 2 is never closed'),
        (b"Name;Ort\nM\xc3\xbcller GmbH;K\xc3\xb6ln\nB\xe4cker AG;M\xfcnchen\n", "line 2 is UTF-8, line 3 is not"),
    ],
)  # fmt: skip
def test_a_csv_file_that_would_import_wrongly_is_refused(run, dump, user_error, tmp_path, data, fragment):
    run("prospects", "list")  # creates the store
    before = dump()
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    user_error(run("import-csv", str(path)), fragment, "nothing was imported")
    assert dump() == before
