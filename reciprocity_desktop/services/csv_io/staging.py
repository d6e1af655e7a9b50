"""Holding an import's new prospects and contacts in temporary tables, and moving them into the store at the end.

The rows of each chunk are appended to ``temp.csv_import_prospects`` / ``temp.csv_import_contacts``
(no index, no trigger: an append costs next to nothing). :meth:`Staging.move` then writes them into
``prospects`` and ``contacts`` with one ``INSERT … SELECT`` each, inside the import's transaction,
so that the store's triggers (the search index's) run in two statements instead of once per row.
When the import brings at least half as many rows as a table already holds (and at least
:data:`REBUILD_ROWS`), that table's indexes are dropped before the insert and created again after it
from their own ``CREATE INDEX`` text: SQLite builds an index in one sort much faster than it keeps it
row by row. The schema is the same afterwards, and a failure or a cancel before the commit rolls
the drops back with everything else. Unique indexes are kept (they check the rows as they come).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence

PROSPECTS = "temp.csv_import_prospects"
CONTACTS = "temp.csv_import_contacts"

PROSPECT_COLUMNS = (
    "id", "created_at", "updated_at", "stamp", "deleted", "name", "street", "postal_code", "city", "country",
    "phone", "email", "website", "industry", "stage", "tags", "notes", "search_text", "sort_name",
)  # fmt: skip
CONTACT_COLUMNS = (
    "id", "created_at", "updated_at", "stamp", "deleted", "prospect_id", "name", "role", "phone", "email",
    "is_decision_maker", "notes",
)  # fmt: skip

#: Below this many new rows a table's indexes are kept as they are (rebuilding would not pay).
REBUILD_ROWS = 5000

# Untyped columns: a value keeps its type until the store's own columns apply their affinity.
_CREATE_PROSPECTS = f"CREATE TEMP TABLE {PROSPECTS} (n INTEGER PRIMARY KEY, {', '.join(PROSPECT_COLUMNS)})"
_CREATE_CONTACTS = f"CREATE TEMP TABLE {CONTACTS} ({', '.join(CONTACT_COLUMNS)})"
_ADD_PROSPECT = f"INSERT INTO {PROSPECTS} VALUES ({', '.join('?' * (len(PROSPECT_COLUMNS) + 1))})"
_ADD_CONTACT = f"INSERT INTO {CONTACTS} VALUES ({', '.join('?' * len(CONTACT_COLUMNS))})"
_SET_SEARCH = f"UPDATE {PROSPECTS} SET search_text = ? WHERE n = ?"


class Staging:
    """The new rows of one import, waiting in temporary tables for :meth:`move`."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self.cursor = cursor
        self.prospects = 0
        self.contacts = 0
        self.drop()  # left over by a rolled back import (temporary tables outlive a rollback)
        cursor.execute(_CREATE_PROSPECTS)
        cursor.execute(_CREATE_CONTACTS)

    def drop(self) -> None:
        self.cursor.execute(f"DROP TABLE IF EXISTS {PROSPECTS}")
        self.cursor.execute(f"DROP TABLE IF EXISTS {CONTACTS}")

    def add(self, prospects: Sequence[tuple], contacts: Sequence[tuple]) -> None:
        """Append rows: prospects as ``(n, *PROSPECT_COLUMNS)`` (``n`` counts from 1), contacts as ``CONTACT_COLUMNS``."""
        if prospects:
            self.cursor.executemany(_ADD_PROSPECT, prospects)
            self.prospects += len(prospects)
        if contacts:
            self.cursor.executemany(_ADD_CONTACT, contacts)
            self.contacts += len(contacts)

    def fields(self, numbers: Sequence[int]) -> list[tuple[int, str, str, str]]:
        """``(n, name, city, postal_code)`` of staged prospects."""
        marks = ", ".join("?" * len(numbers))
        return self.cursor.execute(
            f"SELECT n, name, city, postal_code FROM {PROSPECTS} WHERE n IN ({marks})", tuple(numbers)
        ).fetchall()

    def set_search_text(self, texts: Sequence[tuple[str, int]]) -> None:
        """``(search_text, n)`` pairs."""
        self.cursor.executemany(_SET_SEARCH, texts)

    def move(self) -> None:
        """Insert the staged rows into ``prospects`` and ``contacts`` (in file order); the staging stays empty."""
        cursor = self.cursor
        if not self.prospects and not self.contacts:
            return
        if not cursor.connection.in_transaction:  # never outside the import's transaction (DDL would commit)
            raise RuntimeError("Staging.move() needs an open transaction")
        tables = [
            table
            for table, rows in (("prospects", self.prospects), ("contacts", self.contacts))
            if rows >= REBUILD_ROWS and rows * 2 >= _row_count(cursor, table)
        ]
        with rebuilt_indexes(cursor, tables):
            if self.prospects:
                columns = ", ".join(PROSPECT_COLUMNS)
                cursor.execute(
                    f"INSERT INTO prospects ({columns}) SELECT {columns} FROM {PROSPECTS} ORDER BY n"
                )
            if self.contacts:
                columns = ", ".join(CONTACT_COLUMNS)
                cursor.execute(
                    f"INSERT INTO contacts ({columns}) SELECT {columns} FROM {CONTACTS} ORDER BY rowid"
                )
        cursor.execute(f"DELETE FROM {PROSPECTS}")
        cursor.execute(f"DELETE FROM {CONTACTS}")
        self.prospects = self.contacts = 0


def _row_count(cursor: sqlite3.Cursor, table: str) -> int:
    return cursor.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@contextlib.contextmanager
def rebuilt_indexes(cursor: sqlite3.Cursor, tables: Sequence[str]) -> Iterator[None]:
    """Drop the (non-unique) indexes of ``tables``, and create them again, as they were, when the block ends.

    Must run inside a transaction: when the block raises, nothing is created again and the
    transaction's rollback brings the dropped indexes back. Rows of ``sqlite_stat1`` (ANALYZE's
    figures), if the store has any, are put back for the indexes created again.
    """
    if not tables:
        yield
        return
    marks = ", ".join("?" * len(tables))
    indexes = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) AND upper(sql) NOT LIKE 'CREATE UNIQUE %' ORDER BY rowid",
        tuple(tables),
    ).fetchall()
    names = tuple(name for name, _sql in indexes)
    stats: list[tuple] = []
    has_stats = cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    if has_stats and names:
        stats = cursor.execute(
            f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx IN ({', '.join('?' * len(names))})", names
        ).fetchall()
    for name in names:
        cursor.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        cursor.execute(sql)
    if stats:
        cursor.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", stats)
