"""The real entry point, in a separate process: ``python -m reciprocity_desktop``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid


def _cli(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_db is not None:
        env["RECIPROCITY_DB"] = env_db
    return subprocess.run(
        [sys.executable, "-m", "reciprocity_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


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
