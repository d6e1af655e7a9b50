"""Helpers of the CLI tests: what a run printed, a whole-store dump, and the checks most tests share."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

#: Every command, in the order ``--help`` lists them, with the actions of the groups that have some.
COMMANDS = {
    "demo": [],
    "prospects": ["list", "add", "update", "delete"],
    "contacts": ["add", "list", "update", "delete", "export"],
    "gifts": ["add", "list", "react"],
    "stock": ["add", "list", "restock", "movements"],
    "gift-register": [],
    "followups": ["list", "done", "add"],
    "outcomes": ["add", "list"],
    "visits": ["plan", "list", "remove", "update", "debrief", "auto-order"],
    "import-csv": [],
    "export-csv": [],
    "report": [],
    "print-day": [],
    "export": [],
    "import": [],
    "conflicts": [],
    "settings": ["list", "set"],
    "backup": [],
    "backups": ["list"],
    "restore": [],
}


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


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


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


def assert_user_error(result: Result, *fragments: str) -> None:
    """Exit non-zero, one clear line on stderr, no traceback, nothing on stdout."""
    assert result.code != 0, result
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    assert result.out == ""
