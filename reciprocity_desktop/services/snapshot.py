"""One load of a computed list, kept for paging: temporary tables on a connection of their own.

Some of the window's long lists are computed over the whole store — the gift register groups a year's
gifts per recipient, the Insights lists rank each prospect's gifts and outcomes. Asking SQLite for
each page again would compute the whole list again for every page (``OFFSET`` over an aggregate).
A :class:`Snapshot` computes it once, when the page loads (off the GUI thread), into a temporary
table of a connection it holds; the page's later pages, its sorts, its filter and its counts read that
table (:class:`SnapshotList`). It is not a cache: it is the load the page shows, replaced by the
page's next load (a change to the store refreshes the page) and closed then, its tables with it.

A snapshot is used by one thread at a time: built on a worker, then read on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from reciprocity_desktop.store import Store
from reciprocity_desktop.store.engine import told_plainly

#: A list this long or longer gets an index on its temporary table for a sort its pages go deep in.
INDEX_FROM = 2_000
#: Pages from this row on read through such an index (above it, sorting the table for the page is cheap).
DEEP_FROM = 1_000


def _close(connection: Connection) -> None:
    """Close the connection for good: its temporary tables go with it (it never returns to the pool)."""
    with contextlib.suppress(Exception):
        connection.invalidate()
    with contextlib.suppress(Exception):
        connection.close()


class Snapshot:
    """A connection of its own to the store, holding the temporary tables of one load."""

    def __init__(self, store: Store) -> None:
        self.path = store.path
        self._lock = threading.Lock()
        with self._plainly():
            self._connection = store.engine.connect()
        self._finalizer = weakref.finalize(self, _close, self._connection)

    def _plainly(self) -> contextlib.AbstractContextManager[None]:
        """A damaged, locked or missing store is a :class:`StoreError` in one plain sentence."""
        return told_plainly(self.path)

    @contextlib.contextmanager
    def _using(self) -> Iterator[Connection]:
        if not self._finalizer.alive:
            raise RuntimeError("the snapshot is closed")
        with self._lock, self._plainly():
            try:
                yield self._connection
            finally:
                self._connection.rollback()  # no transaction stays open between two reads

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> None:
        """One statement that returns no rows (the temporary tables and their indexes)."""
        with self._using() as connection:
            connection.exec_driver_sql(sql, dict(params or {}))

    def rows(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
        with self._using() as connection:
            return [tuple(row) for row in connection.exec_driver_sql(sql, dict(params or {}))]

    def scalar(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        with self._using() as connection:
            return connection.exec_driver_sql(sql, dict(params or {})).scalar()

    @contextlib.contextmanager
    def cursor(self) -> Iterator[Any]:
        """The driver's own cursor (plain tuples, for many rows at once), this thread's alone meanwhile."""
        with self._using() as connection:
            cursor = connection.connection.driver_connection.cursor()
            try:
                yield cursor
            finally:
                cursor.close()

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def close(self) -> None:
        """Close the connection and drop the temporary tables (again: nothing)."""
        with self._lock:
            self._finalizer()


def like_pattern(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its wildcards taken as text (escape ``\\``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


#: A sort of a :class:`SnapshotList`: (its sort key, or None for the list's own order; descending).
Sort = tuple[str | None, bool]


@dataclass
class SnapshotList:
    """A list computed into a temporary table of a :class:`Snapshot`, read a page at a time.

    The table's rows are in the list's own order (``rowid`` 1, 2, … is that order), or — with
    ``default`` — sorted by that sort key first and by ``rowid`` within ties. ``columns`` make one
    record (through ``row``); ``searched`` are the columns a filter text looks in (ASCII case
    ignored); ``sorts`` maps each sort key to its SQL term over the table and whether ascending means
    the term descending. Every sort breaks ties by ``rowid``, so pages never overlap.
    """

    snapshot: Snapshot
    table: str
    columns: tuple[str, ...]
    row: Callable[[tuple], Any]
    searched: tuple[str, ...]
    sorts: Mapping[str, tuple[str, bool]]
    id_column: str
    default: Sort = (None, False)
    #: How many rows the table holds (no filter).
    rows: int = 0
    _indexed: set[tuple[str, bool]] = field(default_factory=set, repr=False)

    @classmethod
    def build(
        cls, snapshot: Snapshot, select: str, params: Mapping[str, Any], order: str, **spec: Any
    ) -> SnapshotList:
        """Compute ``select`` (its rows in ``order``: the list's own) into the temporary table ``table``."""
        listed = cls(snapshot, **spec)
        snapshot.run(f"DROP TABLE IF EXISTS temp.{listed.table}")
        snapshot.run(f"CREATE TEMP TABLE {listed.table} AS SELECT * FROM ({select}) ORDER BY {order}", params)
        listed.rows = int(snapshot.scalar(f"SELECT COUNT(*) FROM temp.{listed.table}") or 0)
        if listed.default[0] is not None:
            listed._index(listed.default)
        return listed

    # -- what the table is asked --------------------------------------------------------------------

    def _where(self, text: str) -> tuple[str, dict[str, Any]]:
        if not text:
            return "", {}
        looked = " OR ".join(f"{column} LIKE :text ESCAPE '\\'" for column in self.searched)
        return f" WHERE ({looked})", {"text": like_pattern(text)}

    def _resolved(self, sort: Sort) -> Sort:
        """``sort``, or the list's own order when it names no key."""
        return sort if sort[0] else self.default

    def _term(self, sort: Sort) -> tuple[str, bool] | None:
        """The SQL term of ``sort`` and whether it runs descending; None: the rowid order."""
        key, descending = self._resolved(sort)
        if not key:
            return None
        term, inverted = self.sorts[key]
        return term, descending != inverted

    def _order(self, sort: Sort, deep: bool = False) -> str:
        term = self._term(sort)
        if term is None:
            return "rowid"
        if deep:
            self._index(sort)
        return f"{term[0]} {'DESC' if term[1] else 'ASC'}, rowid"

    def _index(self, sort: Sort) -> None:
        """An index for ``sort``: a long list's pages deep in one order read it instead of sorting the table.

        (An index keeps equal terms in ``rowid`` order, which is the tie order of every sort.)
        """
        sort, term = self._resolved(sort), self._term(sort)
        if term is None or sort in self._indexed or self.rows < INDEX_FROM:
            return
        direction = "DESC" if term[1] else "ASC"
        name = f"{self.table}_{sort[0]}_{direction.lower()}"
        self.snapshot.run(f"CREATE INDEX temp.{name} ON {self.table} ({term[0]} {direction})")
        self._indexed.add(sort)

    def count(self, text: str = "") -> int:
        """How many rows the list has with ``text`` (without: known since the table was made)."""
        if not text:
            return self.rows
        where, params = self._where(text)
        return int(self.snapshot.scalar(f"SELECT COUNT(*) FROM temp.{self.table}{where}", params) or 0)

    def page(
        self, text: str = "", sort: Sort = (None, False), offset: int = 0, limit: int | None = None
    ) -> list:
        """Rows ``offset`` to ``offset + limit`` with ``text``, in ``sort`` (all from ``offset`` without ``limit``)."""
        where, params = self._where(text)
        params |= {"limit": -1 if limit is None else int(limit), "offset": int(offset)}
        columns = ", ".join(self.columns)
        if not where and self._term(sort) is None:  # the table's own order: rowid 1, 2, …
            sql = f"SELECT {columns} FROM temp.{self.table} WHERE rowid > :offset ORDER BY rowid LIMIT :limit"
        else:
            order = self._order(sort, deep=offset >= DEEP_FROM)
            sql = (
                f"SELECT {columns} FROM temp.{self.table}{where} ORDER BY {order} LIMIT :limit OFFSET :offset"
            )
        return [self.row(found) for found in self.snapshot.rows(sql, params)]

    def position(self, record_id: str, text: str = "", sort: Sort = (None, False)) -> int | None:
        """The row of the record ``record_id`` (its ``id_column``) with ``text`` in ``sort``; None if not listed.

        It counts the rows before it (one pass over the table, no sorting): the rows whose term comes
        first — NULL first going up, last going down, as SQLite orders them — or is equal, with a
        smaller ``rowid``.
        """
        where, params = self._where(text)
        term = self._term(sort)
        value = term[0] if term else "NULL"
        also = f"{where} AND" if where else " WHERE"
        found = self.snapshot.rows(
            f"SELECT {value}, rowid FROM temp.{self.table}{also} {self.id_column} = :rid",
            params | {"rid": record_id},
        )
        if not found:
            return None
        at, rowid = found[0]
        params |= {"at": at, "rowid": rowid}
        if term is None:
            before = "rowid < :rowid"
        else:
            same = f"({value} = :at AND rowid < :rowid)"
            if at is None:
                before = f"({value} IS NULL AND rowid < :rowid)" + (
                    f" OR {value} IS NOT NULL" if term[1] else ""
                )
            elif term[1]:
                before = f"{value} > :at OR {same}"
            else:
                before = f"{value} IS NULL OR {value} < :at OR {same}"
        counted = self.snapshot.scalar(f"SELECT COUNT(*) FROM temp.{self.table}{also} ({before})", params)
        return int(counted or 0)


# -- shaped for the window's lazy tables (LazySource.over: ``store`` is the list, the filter its text) --


def list_count(listed: SnapshotList, text: str) -> int:
    return listed.count(text)


def list_page(listed: SnapshotList, text: str, sort: Sort, offset: int, limit: int) -> list:
    return listed.page(text, sort, offset, limit)


def list_position(listed: SnapshotList, record_id: str, text: str, sort: Sort) -> int | None:
    return listed.position(record_id, text, sort)
