"""The real entry point, in a separate process: ``python -m reciprocity_desktop`` of this source tree."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from cli_helpers import COMMANDS

#: The folder holding the ``reciprocity_desktop`` package these tests belong to.
SOURCE = Path(__file__).resolve().parents[2]


def _python(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SOURCE), *filter(None, [env.get("PYTHONPATH")])])
    if env_db is not None:
        env["RECIPROCITY_DB"] = env_db
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def _cli(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    return _python("-m", "reciprocity_desktop", *args, env_db=env_db)


def test_the_help_lists_every_command_in_order(tmp_path):
    result = _cli("--help", env_db=str(tmp_path / "store.sqlite3"))
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("usage: reciprocity-desktop [-h] [--db PATH] [--version] COMMAND ...")
    assert re.findall(r"^    (\S+)", result.stdout, re.MULTILINE) == list(COMMANDS)
    assert not (tmp_path / "store.sqlite3").exists()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_has_its_help(command, tmp_path):
    result = _cli(command, "--help", env_db=str(tmp_path / "store.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(f"usage: reciprocity-desktop {command} [-h]")
    assert re.findall(r"^    (\S+)", result.stdout, re.MULTILINE) == COMMANDS[command]
    assert not (tmp_path / "store.sqlite3").exists()  # asking for help opens no store


def test_the_parser_loads_no_heavy_modules():
    """ReportLab, Alembic, Qt and the sync engine load in the commands that need them, not for every command."""
    probe = (
        "import json, sys\n"
        "from reciprocity_desktop.cli import build_parser\n"
        "build_parser()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = _python("-c", probe)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert "reciprocity_desktop.cli.print_day" in loaded  # the probe did build the whole parser
    heavy = ("reportlab", "alembic", "PySide6", "reciprocity_desktop.sync", "reciprocity_desktop.reports")
    assert [name for name in loaded if name.startswith(heavy)] == []


def test_add_then_list_through_the_entry_point(tmp_path):
    db = str(tmp_path / "store.sqlite3")
    added = _cli("prospects", "add", "--name", "Čebelarstvo Žužek d.o.o.", "--country", "si", env_db=db)
    assert added.returncode == 0, added.stderr
    pid = added.stdout.splitlines()[-1]
    assert str(uuid.UUID(pid)) == pid
    listed = _cli("--db", db, "prospects", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [(p["id"], p["name"], p["country"]) for p in json.loads(listed.stdout)] == [
        (pid, "Čebelarstvo Žužek d.o.o.", "SI")
    ]


def test_user_errors_print_one_line_and_no_traceback(tmp_path):
    db = tmp_path / "store.sqlite3"
    pid = _cli("--db", str(db), "prospects", "add", "--name", "Optik Schön").stdout.splitlines()[-1]
    for args in (
        ("gifts", "add", pid, "--kind", "bribe", "--description", "Cash"),
        ("gifts", "add", pid, "--kind", "sample", "--description", "x", "--cost", "12,345"),
        ("followups", "done", "no-such-id"),
        ("prospects", "add", "--city", "Berlin"),
    ):
        result = _cli("--db", str(db), *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert result.stdout == ""
    listed = json.loads(_cli("--db", str(db), "gifts", "list", "--json").stdout)
    assert listed == []

    not_a_store = tmp_path / "notes.sqlite3"
    not_a_store.write_bytes(b"just some notes\n" * 200)
    result = _cli("--db", str(not_a_store), "prospects", "list")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("reciprocity-desktop: The file")
    assert "is not a Reciprocity store or it is damaged" in result.stderr
