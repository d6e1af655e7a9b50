"""Helpers for the service tests: a full dump of the store file, to prove a failed action changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest


def dump_store(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (read with plain sqlite3, WAL included), sorted."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


@pytest.fixture
def dump():
    """``dump(store)``: the whole content of the store's file."""
    return lambda store: dump_store(store.path)
