"""Running the CLI in-process: ``run("prospects", "list", ...)`` against a store in the test's folder."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()

    @property
    def last_line(self) -> str:
        return self.lines[-1]

    @property
    def json(self):
        return json.loads(self.out)


def dump_store(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read with plain sqlite3 (WAL included), sorted."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        connection.close()


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "cli" / "store.sqlite3"


@pytest.fixture
def run(db, capsys):
    """``run(*args, db=...)``: main([--db, path, *args]) with its exit code and captured output."""
    from reciprocity_desktop.cli import main

    def _run(*args: str, db_path: Path | None = db, global_args: tuple[str, ...] = ()) -> Result:
        argv = [*global_args, *(["--db", str(db_path)] if db_path is not None else []), *args]
        capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --version, --help, usage errors
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def dump(db):
    return lambda: dump_store(db)


def assert_user_error(result: Result, *fragments: str) -> None:
    """Exit non-zero, one clear line on stderr, no traceback, nothing on stdout."""
    assert result.code != 0, result
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    assert result.out == ""


@pytest.fixture
def user_error():
    return assert_user_error
