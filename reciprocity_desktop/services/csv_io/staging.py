"""Holding an import's new prospects and contacts in temporary tables, and moving them into the store at the end.

The rows of each chunk are appended to ``temp.csv_import_prospects`` / ``temp.csv_import_contacts``
(no index, no trigger: an append costs next to nothing; the columns whose value is the same for
every row are not staged but given once to the final statement). :meth:`Staging.move` then writes
them into ``prospects`` and ``contacts`` with one ``INSERT … SELECT`` each, inside the import's transaction,
so that the store's triggers (the search index's) run in two statements instead of once per row.
When the import brings at least half as many rows as a table already holds (and at least
:data:`REBUILD_ROWS`), that table's indexes are dropped before the insert and created again after it
from their own ``CREATE INDEX`` text: SQLite builds an index in one sort much faster than it keeps it
row by row. The schema is the same afterwards, and a failure or a cancel before the commit rolls
the drops back with everything else. Unique indexes are kept (they check the rows as they come).
A large move also gives the search index (FTS5) a larger in-memory table of new terms while it runs
(:func:`fts_hash_size`), so that it writes fewer segments and merges less, and fills it in one statement
after the insert instead of from its insert trigger once per row (:func:`search_index_filled_after`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence

from reciprocity_desktop.store.search import FTS_SCHEMA

PROSPECTS = "temp.csv_import_prospects"
CONTACTS = "temp.csv_import_contacts"

PROSPECT_COLUMNS = (
    "id", "created_at", "updated_at", "stamp", "deleted", "name", "street", "postal_code", "city", "country",
    "phone", "email", "website", "industry", "stage", "tags", "notes", "search_text", "sort_name",
    "latitude", "longitude", "coordinates_source",
)  # fmt: skip
CONTACT_COLUMNS = (
    "id", "created_at", "updated_at", "stamp", "deleted", "prospect_id", "name", "role", "phone", "email",
    "is_decision_maker", "notes", "name_key",
)  # fmt: skip

#: The last three prospect columns: coordinates from the postal code, when it is known.
_PLACE = ("latitude", "longitude", "coordinates_source")
assert PROSPECT_COLUMNS[-3:] == _PLACE

#: Below this many new rows a table's indexes are kept as they are (rebuilding would not pay).
REBUILD_ROWS = 5000
#: The search index (FTS5) and its config table.
FTS = "prospects_fts"
FTS_CONFIG = "prospects_fts_config"
#: The trigger that adds each new prospect to the search index, and its SQL as the store has it.
FTS_INSERT_TRIGGER = "prospects_fts_ai"
FTS_INSERT_SQL = FTS_SCHEMA[FTS_INSERT_TRIGGER]
#: FTS5's in-memory table of new terms during a large move (bytes; FTS5's own default is 1 MB).
FTS_HASH_BYTES = 16 * 1024 * 1024
FTS_DEFAULT_HASH_BYTES = 1024 * 1024


class Staging:
    """The new rows of one import, waiting in temporary tables for :meth:`move`.

    ``prospect_constants`` and ``contact_constants`` are the columns whose value is the same for
    every row of the import (the times, ``deleted``, the fields the file has no column for): they
    are given once, to the final ``INSERT … SELECT``, not bound and stored for every row.
    :attr:`prospect_columns` / :attr:`contact_columns` are the others, in the order rows are given
    to :meth:`add`.
    """

    def __init__(
        self,
        cursor: sqlite3.Cursor,
        prospect_constants: dict[str, object],
        contact_constants: dict[str, object],
    ) -> None:
        self.cursor = cursor
        self.prospects = 0
        self.contacts = 0
        self._constants = {"prospects": prospect_constants, "contacts": contact_constants}
        self.prospect_columns = tuple(c for c in PROSPECT_COLUMNS if c not in prospect_constants)
        self.contact_columns = tuple(c for c in CONTACT_COLUMNS if c not in contact_constants)
        self.drop()  # left over by a rolled back import (temporary tables outlive a rollback)
        # untyped columns: a value keeps its type until the store's own columns apply their affinity
        cursor.execute(
            f"CREATE TEMP TABLE {PROSPECTS} (n INTEGER PRIMARY KEY, {', '.join(self.prospect_columns)})"
        )
        cursor.execute(f"CREATE TEMP TABLE {CONTACTS} ({', '.join(self.contact_columns)})")
        self._add_prospect = f"INSERT INTO {PROSPECTS} VALUES ({_marks(len(self.prospect_columns) + 1)})"
        without = [c for c in self.prospect_columns if c not in _PLACE]  # a row without coordinates: NULL
        self._add_unplaced = (
            f"INSERT INTO {PROSPECTS} (n, {', '.join(without)}) VALUES ({_marks(len(without) + 1)})"
        )
        self._add_contact = f"INSERT INTO {CONTACTS} VALUES ({_marks(len(self.contact_columns))})"

    def drop(self) -> None:
        self.cursor.execute(f"DROP TABLE IF EXISTS {PROSPECTS}")
        self.cursor.execute(f"DROP TABLE IF EXISTS {CONTACTS}")

    def add(
        self, prospects: Sequence[tuple], contacts: Sequence[tuple], *, unplaced: Sequence[tuple] = ()
    ) -> None:
        """Append rows: prospects as ``(n, *prospect_columns)`` (``n`` counts from 1), contacts as
        ``contact_columns``; ``unplaced`` prospects without the last three (no coordinates: NULL)."""
        if prospects:
            self.cursor.executemany(self._add_prospect, prospects)
            self.prospects += len(prospects)
        if unplaced:
            self.cursor.executemany(self._add_unplaced, unplaced)
            self.prospects += len(unplaced)
        if contacts:
            self.cursor.executemany(self._add_contact, contacts)
            self.contacts += len(contacts)

    def _select(self, table: str, columns: Sequence[str]) -> tuple[str, list[object]]:
        """The select list for ``columns`` of a staged table (constants as parameters) and its parameters."""
        constants = self._constants[table]
        parts, params = [], []
        for column in columns:
            if column in constants:
                parts.append("?")
                params.append(constants[column])
            else:
                parts.append(column)
        return ", ".join(parts), params

    def fields(self, numbers: Sequence[int]) -> list[tuple[int, str, str, str, str]]:
        """``(n, id, name, city, postal_code)`` of staged prospects."""
        columns, params = self._select("prospects", ("id", "name", "city", "postal_code"))
        return self.cursor.execute(
            f"SELECT n, {columns} FROM {PROSPECTS} WHERE n IN ({_marks(len(numbers))})", (*params, *numbers)
        ).fetchall()

    def set_search_text(self, texts: Sequence[tuple[str, int]]) -> None:
        """``(search_text, n)`` pairs."""
        self.cursor.executemany(f"UPDATE {PROSPECTS} SET search_text = ? WHERE n = ?", texts)

    def move(self) -> None:
        """Insert the staged rows into ``prospects`` and ``contacts`` (in file order), once."""
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
        with (
            rebuilt_indexes(cursor, tables),
            fts_hash_size(cursor, self.prospects),
            search_index_filled_after(cursor, "prospects" in tables),
        ):
            for table, staged, columns, rows in (
                ("prospects", PROSPECTS, PROSPECT_COLUMNS, self.prospects),
                ("contacts", CONTACTS, CONTACT_COLUMNS, self.contacts),
            ):
                if rows:
                    select, params = self._select(table, columns)
                    cursor.execute(
                        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {select} FROM {staged} ORDER BY rowid",
                        params,
                    )
        self.prospects = self.contacts = 0  # moved: a second call moves nothing (the writer drops the tables)


@contextlib.contextmanager
def fts_hash_size(cursor: sqlite3.Cursor, rows: int) -> Iterator[None]:
    """FTS5 keeps the search index's new terms in memory until they reach its ``hashsize`` (1 MB by
    default), then writes them out as a segment and merges segments as they pile up: for a large
    move, a larger table (:data:`FTS_HASH_BYTES`) writes far fewer segments and merges less. The
    setting is stored in the index's config table: it is put back as it was when the block ends
    (when the block raises, the transaction's rollback puts it back)."""
    if rows < REBUILD_ROWS or not _has_table(cursor, FTS_CONFIG):
        yield
        return
    before = cursor.execute(f"SELECT v FROM {FTS_CONFIG} WHERE k = 'hashsize'").fetchone()
    _set_fts(cursor, "hashsize", FTS_HASH_BYTES)
    yield
    # the setting this connection's FTS5 keeps in memory, and what other connections read from the table
    _set_fts(cursor, "hashsize", before[0] if before is not None else FTS_DEFAULT_HASH_BYTES)
    if before is None:
        cursor.execute(f"DELETE FROM {FTS_CONFIG} WHERE k = 'hashsize'")


@contextlib.contextmanager
def search_index_filled_after(cursor: sqlite3.Cursor, large: bool) -> Iterator[None]:
    """For a ``large`` insert into prospects: the search index's insert trigger is dropped for the block
    and the block's new rows are added to the index in one statement when it ends (FTS5's ``rebuild``
    when the table was empty before, else an ``INSERT … SELECT`` of the rows after the last rowid it
    held), then the trigger is created again from its own SQL. A trigger's per-row program costs about
    as much again as the index's own work. Only the store's own trigger (:data:`FTS_INSERT_SQL`) is
    replaced so; as for :func:`rebuilt_indexes`, a block that raises leaves it to the rollback."""
    found = (
        cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)
        ).fetchone()
        if large
        else None
    )
    if found is None or found[0] != FTS_INSERT_SQL or not _has_table(cursor, FTS):
        yield
        return
    last = cursor.execute("SELECT max(rowid) FROM prospects").fetchone()[0]
    cursor.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    yield
    if last is None:  # every row is new: the index is built from the table in one pass
        cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")
    else:
        cursor.execute(
            f"INSERT INTO {FTS}(rowid, search_text) SELECT rowid, search_text FROM prospects WHERE rowid > ?",
            (last,),
        )
    cursor.execute(found[0])


def _set_fts(cursor: sqlite3.Cursor, name: str, value: object) -> None:
    cursor.execute(f"INSERT INTO {FTS}({FTS}, rank) VALUES (?, ?)", (name, value))


def _has_table(cursor: sqlite3.Cursor, name: str) -> bool:
    return (
        cursor.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        is not None
    )


def _marks(count: int) -> str:
    return ", ".join("?" * count)


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
    indexes = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({_marks(len(tables))}) AND upper(sql) NOT LIKE 'CREATE UNIQUE %' ORDER BY rowid",
        tuple(tables),
    ).fetchall()
    names = tuple(name for name, _sql in indexes)
    stats: list[tuple] = []
    has_stats = cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    if has_stats and names:
        stats = cursor.execute(
            f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE idx IN ({_marks(len(names))})", names
        ).fetchall()
    for name in names:
        cursor.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        cursor.execute(sql)
    if stats:
        cursor.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", stats)
