"""Every row of a store, for the tests that compare a store before and after work that was cut off."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def data_tables(connection: sqlite3.Connection) -> list[str]:
    """The store's tables, the search index's own aside (the integrity check covers them)."""
    return [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'prospects_fts%' ORDER BY name"
        )
    ]


def every_row(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of the store at ``path`` (:func:`data_tables`), in a fixed order."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in data_tables(connection)
        }
    finally:
        connection.close()
