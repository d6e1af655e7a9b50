"""The sync commands: export, import (with --dry-run and --passphrase-file) and conflicts."""

from __future__ import annotations

import json
import re

import pytest
from sync_helpers import add_prospect, dump_everything, edit, record, row, stamp_at, write_file

from reciprocity_desktop.cli import main
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.hlc import wall_clock_ms
from reciprocity_desktop.store.models import Prospect
from reciprocity_desktop.sync import crypto as sync_crypto

SUMMARY = re.compile(r"^new: (\d+), updated: (\d+), deleted: (\d+), unchanged: (\d+), conflicts: (\d+)$")


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch):
    monkeypatch.setattr(sync_crypto, "SCRYPT_N", 2**10)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import_prints_the_summary(tmp_path, capsys):
    anna, bob = tmp_path / "anna.sqlite3", tmp_path / "bob.sqlite3"
    store = open_store(anna)
    add_prospect(store, "Bäckerei Müller")
    add_prospect(store, "Metallbau Schäfer")
    store.close()
    code, out, err = run(capsys, "--db", anna, "export", "-o", tmp_path / "a.rcsync")
    assert (code, err) == (0, "")
    assert out.startswith("exported: 2 records (0 deletions) to ")
    code, out, err = run(capsys, "--db", bob, "import", tmp_path / "a.rcsync", "--dry-run")
    assert code == 0
    assert out.splitlines() == [
        "new: 2, updated: 0, deleted: 0, unchanged: 0, conflicts: 0",
        "dry run: nothing was written",
    ]
    code, out, err = run(capsys, "--db", bob, "import", tmp_path / "a.rcsync")
    assert (code, out.splitlines()) == (0, ["new: 2, updated: 0, deleted: 0, unchanged: 0, conflicts: 0"])
    code, out, err = run(capsys, "--db", bob, "import", tmp_path / "a.rcsync")
    assert SUMMARY.match(out.splitlines()[0]).groups() == ("0", "0", "0", "2", "0")


def test_passphrase_files(tmp_path, capsys):
    anna, bob = tmp_path / "anna.sqlite3", tmp_path / "bob.sqlite3"
    store = open_store(anna)
    add_prospect(store, "Praxis Novak")
    store.close()
    (tmp_path / "pass.txt").write_text("zelo skrivno geslo\nsecond line is ignored\n", encoding="utf-8")
    (tmp_path / "wrong.txt").write_text("wrong\r\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    code, out, err = run(
        capsys,
        "--db",
        anna,
        "export",
        "-o",
        tmp_path / "e.rcsync",
        "--passphrase-file",
        tmp_path / "pass.txt",
    )
    assert code == 0 and "encrypted" in out
    code, out, err = run(capsys, "--db", bob, "import", tmp_path / "e.rcsync")
    assert code == 2 and out == ""
    assert (
        err.strip()
        == f"reciprocity-desktop: The file {tmp_path / 'e.rcsync'} is encrypted: give its passphrase to open it."
    )
    code, out, err = run(
        capsys, "--db", bob, "import", tmp_path / "e.rcsync", "--passphrase-file", tmp_path / "wrong.txt"
    )
    assert code == 2 and "Wrong passphrase" in err and "Traceback" not in err
    code, out, err = run(
        capsys, "--db", bob, "import", tmp_path / "e.rcsync", "--passphrase-file", tmp_path / "empty.txt"
    )
    assert code == 2 and "is empty" in err
    code, out, err = run(
        capsys, "--db", bob, "import", tmp_path / "e.rcsync", "--passphrase-file", tmp_path / "none.txt"
    )
    assert code == 2 and "does not exist" in err
    code, out, err = run(
        capsys, "--db", bob, "import", tmp_path / "e.rcsync", "--passphrase-file", tmp_path / "pass.txt"
    )
    assert code == 0 and out.startswith("new: 1,")


def test_a_bad_file_is_one_line_on_stderr_and_exit_2(tmp_path, capsys):
    bob = tmp_path / "bob.sqlite3"
    store = open_store(bob)
    add_prospect(store, "Bob's own")
    store.close()
    before = dump_everything(bob)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, out, err = run(capsys, "--db", bob, "import", tmp_path / "report.pdf")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "is not a Reciprocity Desktop sync file (it is a PDF document)" in err
    code, out, err = run(capsys, "--db", bob, "import", tmp_path / "missing.rcsync")
    assert code == 2 and "does not exist" in err
    assert dump_everything(bob) == before


def test_future_timestamps_get_a_line_each(tmp_path, capsys):
    pid = "11111111-1111-4111-8111-111111111111"
    future = wall_clock_ms() + 10 * 86_400_000
    write_file(
        tmp_path / "f.rcsync",
        {"prospects": [record("prospects", pid, stamp_at(future), name="Zukunft AG")]},
    )
    code, out, err = run(capsys, "--db", tmp_path / "bob.sqlite3", "import", tmp_path / "f.rcsync")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "new: 0, updated: 0, deleted: 0, unchanged: 0, conflicts: 0"
    assert lines[1].startswith(f'future timestamp: prospects {pid} "Zukunft AG" changed at ')
    assert lines[1].endswith("by Crafted laptop: held back")
    assert lines[2].startswith("held back: 1 record with change times in the future")


def test_conflicts_list_json_and_restore(tmp_path, capsys):
    anna_path, bob_path = tmp_path / "anna.sqlite3", tmp_path / "bob.sqlite3"
    anna = open_store(anna_path)
    pid = add_prospect(anna, "Bäckerei Müller")
    anna.close()
    run(capsys, "--db", anna_path, "export", "-o", tmp_path / "a0.rcsync")
    run(capsys, "--db", bob_path, "import", tmp_path / "a0.rcsync")
    for path, note in ((anna_path, "anna's"), (bob_path, "bob's")):
        store = open_store(path)
        edit(store, Prospect, pid, notes=note)
        store.close()
    run(capsys, "--db", bob_path, "export", "-o", tmp_path / "b1.rcsync")
    code, out, err = run(capsys, "--db", anna_path, "import", tmp_path / "b1.rcsync")
    assert SUMMARY.match(out.splitlines()[0]).groups() == ("0", "1", "0", "0", "1")
    code, out, err = run(capsys, "--db", anna_path, "conflicts")
    assert code == 0
    (line,) = out.splitlines()
    assert re.match(
        r'^1: \d{4}-\d\d-\d\d \d\d:\d\d prospects \S+ "Bäckerei Müller": this store\'s version', line
    )
    assert line.endswith("differs in: notes")
    code, out, err = run(capsys, "--db", anna_path, "conflicts", "--json")
    (entry,) = json.loads(out)
    assert entry["lost"]["notes"] == "anna's" and entry["current"]["notes"] == "bob's"
    code, out, err = run(capsys, "--db", anna_path, "conflicts", "--restore", "1")
    assert code == 0 and "restored" in out
    store = open_store(anna_path)
    assert row(store, Prospect, pid).notes == "anna's"
    store.close()
    code, out, err = run(capsys, "--db", anna_path, "conflicts")
    assert out.strip() == "no conflicts"
    code, out, err = run(capsys, "--db", anna_path, "conflicts", "--restore", "7")
    assert code == 2 and "no conflict 7" in err


def test_export_refuses_a_bad_since_date(tmp_path, capsys):
    code, out, err = run(
        capsys, "--db", tmp_path / "a.sqlite3", "export", "-o", tmp_path / "x.rcsync", "--since", "2026-13-01"
    )
    assert code == 2 and "not a date" in err and not (tmp_path / "x.rcsync").exists()
