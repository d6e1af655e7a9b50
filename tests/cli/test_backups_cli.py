"""``backup [-o FILE]``, ``backups list [--json]``, ``restore FILE``: through the installed command, in a process.

The installed ``reciprocity-desktop`` script of the interpreter running the tests (its ``bin`` folder), with
this source tree first on the path; ``python -m reciprocity_desktop`` where no script is installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).parent / ("reciprocity-desktop.exe" if os.name == "nt" else "reciprocity-desktop")


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SOURCE), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("RECIPROCITY_LANG", None)
    command = [str(SCRIPT)] if SCRIPT.is_file() else [sys.executable, "-m", "reciprocity_desktop"]
    return subprocess.run(
        [*command, "--db", str(db), *args], capture_output=True, text=True, encoding="utf-8", env=env, timeout=120
    )


def _ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def _user_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    return result.stderr


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "store.sqlite3"


def test_backup_list_restore_round_trip(db, tmp_path):
    _ok(_cli(db, "prospects", "add", "--name", "Before GmbH"))
    out = _ok(_cli(db, "backup"))
    assert "integrity check ok" in out
    listed = json.loads(_ok(_cli(db, "backups", "list", "--json")))
    assert [list(item) for item in listed] == [["path", "created", "reason", "bytes", "sound"]]
    [made] = listed
    assert made["reason"] == "manual" and made["sound"] is True and made["bytes"] > 0
    assert Path(made["path"]).is_file()

    _ok(_cli(db, "prospects", "add", "--name", "After GmbH"))
    out = _ok(_cli(db, "restore", made["path"]))
    assert out.startswith("Restored ") and "before-restore" in out
    names = [row["name"] for row in json.loads(_ok(_cli(db, "prospects", "list", "--json")))]
    assert names == ["Before GmbH"]
    reasons = {item["reason"] for item in json.loads(_ok(_cli(db, "backups", "list", "--json")))}
    assert {"manual", "before-restore"} <= reasons

    table = _ok(_cli(db, "backups", "list"))
    assert table.splitlines()[0].split() == ["CREATED", "REASON", "SIZE", "SOUND", "FILE"]

    copy = tmp_path / "elsewhere.sqlite3"
    assert str(copy) in _ok(_cli(db, "backup", "-o", str(copy)))
    assert copy.is_file()


def test_restore_refuses_a_damaged_backup_plainly(db, tmp_path):
    _ok(_cli(db, "prospects", "add", "--name", "Kept GmbH"))
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\0" + b"\xa5" * 8000)
    assert "damaged" in _user_error(_cli(db, "restore", str(damaged)))
    assert "no backup" in _user_error(_cli(db, "restore", str(tmp_path / "missing.sqlite3")))
    names = [row["name"] for row in json.loads(_ok(_cli(db, "prospects", "list", "--json")))]
    assert names == ["Kept GmbH"]


def test_restore_works_on_a_store_that_cannot_be_opened(db):
    _ok(_cli(db, "prospects", "add", "--name", "Kept GmbH"))
    _ok(_cli(db, "backup"))
    [made] = json.loads(_ok(_cli(db, "backups", "list", "--json")))
    db.write_bytes(b"garbage" * 2000)
    _user_error(_cli(db, "prospects", "list"))
    _ok(_cli(db, "restore", made["path"]))
    names = [row["name"] for row in json.loads(_ok(_cli(db, "prospects", "list", "--json")))]
    assert names == ["Kept GmbH"]


def test_the_commands_refuse_a_missing_store_plainly(tmp_path):
    missing = tmp_path / "none.sqlite3"
    assert "no store" in _user_error(_cli(missing, "backup"))
    assert _ok(_cli(missing, "backups", "list", "--json")) == "[]\n"
    assert not missing.exists()
