"""SQL that differs between a store file (SQLite) and an office hub (PostgreSQL), said once for both.

Each construct compiles to the very SQL the store file always used (its speed is measured: it must not
change) and, on PostgreSQL, to its equivalent:

- :func:`rowid`: SQLite's ``table.rowid`` (the tie-break every SQLite index ends with); on a hub the
  table's primary key ``table.id`` (there is no rowid, and the key is as unique).
- :func:`search_match`: the prospect search, FTS5's ``MATCH`` on SQLite, ``LIKE`` on ``search_text``
  (the ``pg_trgm`` index) on PostgreSQL (:class:`ByDialect`: a condition said both ways).
- :class:`stored_text`: a UTC time as its stored text (SQLite: the column as it is; PostgreSQL: cast).
- :class:`nocase`: SQLite's ``COLLATE NOCASE`` (ASCII letters folded, then byte order); on PostgreSQL the
  same order said with ``translate`` (A–Z to a–z only) and the byte order ``COLLATE "C"``.
- :class:`unindexed`: SQLite's ``+column`` (the same value, no index used for it); on PostgreSQL the
  column itself (its planner needs no hint, and ``+`` of a date is no operator there).
- :class:`typed_null`: ``NULL`` of a type: on SQLite ``NULL``; on PostgreSQL ``CAST(NULL AS type)`` (a
  ``UNION``'s branches resolve untyped NULLs as text, which then do not unite with a number).
- :func:`marks`: the driver's placeholders of a plain ``INSERT`` (``?`` for sqlite3, ``%s`` for psycopg).
- :func:`bigger_page_cache`: SQLite's ``PRAGMA cache_size`` for a bulk load; nothing on a hub (the server
  keeps its own buffers).
- :func:`postgresql_text` and :class:`PlainCursor`: the plain reads' SQL (``Store.cursor``: Today's first
  screen, the window's start) as the store file says it, said for a hub's psycopg cursor, whose rows then
  come back as a store file's do.
- :func:`written_order`: the order rows were written in (rowid; a hub's ``created_at``).
- :class:`folded_text` and :func:`not_ascii`: the Gifts and Follow-ups search's folded text, said for a hub.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from sqlalchemy import Text, and_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnClause, ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.sqltypes import NullType
from sqlalchemy.sql.visitors import InternalTraversal


class RowId(ColumnClause):
    """``NAME.rowid`` on SQLite, ``NAME.id`` on PostgreSQL (``NAME``: a table's or an alias's name)."""

    inherit_cache = True

    def __init__(self, name: str) -> None:
        super().__init__(f"{name}.rowid", is_literal=True)
        self.owner = name

    @property
    def _constructor(self) -> type[ColumnClause]:  # type: ignore[override]
        """A subquery's or a union's column of it is a plain column of that name (``seq``), not a rowid."""
        return ColumnClause


@compiles(RowId)
def _rowid_sqlite(element: RowId, compiler: Any, **kw: Any) -> str:
    return compiler.visit_column(element, **kw)


@compiles(RowId, "postgresql")
def _rowid_postgresql(element: RowId, compiler: Any, **kw: Any) -> str:
    return f"{element.owner}.id"


def rowid(table: Any) -> RowId:
    """The rowid of ``table`` (a table, a named alias, or its name): see :class:`RowId`."""
    return RowId(table if isinstance(table, str) else table.name)


class stored_text(FunctionElement):  # noqa: N801 (used as a SQL function)
    """A column as the text it is stored as: on SQLite the column itself read as text (the SQL unchanged);
    on PostgreSQL ``CAST(column AS TEXT)`` (a timestamp's text, ``2026-12-03 07:04:17.9274``)."""

    type = Text()
    inherit_cache = True
    name = "stored_text"


@compiles(stored_text)
def _stored_text_sqlite(element: stored_text, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(stored_text, "postgresql")
def _stored_text_postgresql(element: stored_text, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


class ByDialect(ColumnElement):
    """A condition said two ways: ``default`` (the store file's SQL, exactly) and ``postgresql`` (a hub's)."""

    type = NullType()  # as a WHERE's condition, not a boolean column (SQLite would get "= 1")
    inherit_cache = True
    _traverse_internals = [
        ("default", InternalTraversal.dp_clauseelement),
        ("postgresql", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, default: ColumnElement, postgresql: ColumnElement) -> None:
        self.default = default
        self.postgresql = postgresql


@compiles(ByDialect)
def _by_dialect_default(element: ByDialect, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.default, **kw)


@compiles(ByDialect, "postgresql")
def _by_dialect_postgresql(element: ByDialect, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.postgresql, **kw)


def _like_pattern(word: str) -> str:
    """``word`` found anywhere, its wildcards taken as text (escape ``\\``; as services/list_query.py's)."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_match(fts5: ColumnElement, words: Iterable[str]) -> ByDialect:
    """The prospects holding every folded word: ``fts5`` (the store file's ``prospects_fts MATCH`` lookup)
    on SQLite; on a hub ``search_text LIKE '%word%'`` for each, which its ``pg_trgm`` index serves."""
    from reciprocity_desktop.store.models import Prospect

    likes = [Prospect.search_text.like(_like_pattern(word), escape="\\") for word in words]
    return ByDialect(fts5, and_(*likes))


class nocase(FunctionElement):  # noqa: N801 (used as a SQL function)
    """A text compared as SQLite's ``COLLATE NOCASE`` compares it: ASCII ``A``–``Z`` as ``a``–``z``, the
    rest by its bytes (SQLite: ``x COLLATE "NOCASE"``; PostgreSQL: ``translate(x, 'A…Z', 'a…z') COLLATE "C"``,
    the same order whatever the database's collation)."""

    type = Text()
    inherit_cache = True
    name = "nocase"


@compiles(nocase)
def _nocase_sqlite(element: nocase, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.clauses, **kw)} COLLATE "NOCASE"'


_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"


@compiles(nocase, "postgresql")
def _nocase_postgresql(element: nocase, compiler: Any, **kw: Any) -> str:
    return f"translate({compiler.process(element.clauses, **kw)}, '{_UPPER}', '{_LOWER}') COLLATE \"C\""


# -- the plain reads' SQL (Store.cursor) on a hub -----------------------------------------------------------

#: The tokens :func:`postgresql_text` looks at: a quoted literal or name (kept), a named or ``?`` parameter,
#: a bare ``%``, and ``IS [NOT] 0|1`` (a boolean's test, the only use of it in the plain reads).
_PLAIN_TOKENS = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|(?<!:):([A-Za-z_]\w*)|\?|%|\bIS\s+(NOT\s+)?([01])\b", re.IGNORECASE
)


@cache
def postgresql_text(sql: str) -> str:
    """A plain read of the store file (SQLite's SQL, as :meth:`Store.cursor` runs it) said for a hub's psycopg.

    The plain reads (Today's first screen, the window's start reads) keep the store file's SQL word for word,
    as its speed is measured; on a hub the same text is said in PostgreSQL's words, for the few things they
    write differently: ``:name`` and ``?`` parameters become psycopg's ``%(name)s`` and ``%s`` (a bare ``%``
    ``%%``), and a boolean's ``IS 0`` / ``IS 1`` (``deleted IS 0``) ``IS false`` / ``IS true``. Quoted text is
    left alone. (``json_extract(value, '$')`` is a SQL function of the hub's too: migration 0011.)
    """

    def said(found: re.Match[str]) -> str:
        text = found.group(0)
        if text[0] in "'\"":
            return text.replace("%", "%%")
        if found.group(1):
            return f"%({found.group(1)})s"
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        return f"IS {'NOT ' if found.group(2) else ''}{'true' if found.group(3) == '1' else 'false'}"

    return _PLAIN_TOKENS.sub(said, sql)


class PlainCursor:
    """A hub's DB-API cursor (psycopg) that reads as a store file's ``sqlite3`` cursor does.

    ``execute`` takes the store file's SQL (:func:`postgresql_text` says it for the hub) and returns the
    cursor; rows come back as a store file's do: dates and times as their ISO text, booleans as 0 and 1
    (psycopg's loaders for them are set on this cursor alone, :func:`sqlite_shaped`).
    """

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Any = ()) -> PlainCursor:
        self._cursor.execute(postgresql_text(sql), params or None)
        return self

    def fetchone(self) -> tuple | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[tuple]:
        return self._cursor.fetchall()

    def fetchmany(self, size: int = 1) -> list[tuple]:
        return self._cursor.fetchmany(size)

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._cursor)

    @property
    def description(self) -> Any:
        return self._cursor.description

    def close(self) -> None:
        self._cursor.close()


def sqlite_shaped(cursor: Any) -> Any:
    """``cursor`` (psycopg's) with loaders that give what a store file holds: a date as ``2026-12-03``, a
    time as ``2026-12-03 07:04:17.927400`` (SQLAlchemy's storage of a UTC time on SQLite), a boolean as
    0 or 1."""
    import datetime as dt

    from psycopg.adapt import Loader
    from psycopg.types.datetime import TimestampLoader

    class DateText(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode()

    class BoolNumber(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    class TimeText(TimestampLoader):
        def load(self, data: Any) -> str:  # type: ignore[override]
            moment: dt.datetime = super().load(data)
            return moment.strftime("%Y-%m-%d %H:%M:%S.%f")

    cursor.adapters.register_loader("date", DateText)
    cursor.adapters.register_loader("bool", BoolNumber)
    cursor.adapters.register_loader("timestamp", TimeText)
    return cursor


# -- folded text and a non-ASCII test (the Gifts and Follow-ups search) ---------------------------------------

#: Letters a hub folds as :func:`~reciprocity_desktop.textutil.fold` does (case and accents; ``ß`` apart), for
#: the languages of the offices the app speaks to and their neighbours'.
_ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçĆćČčĐđÉÊËÈéêëèĚěÍÎÏÌíîïìÑñŇňÓÔÕÖØÒóôõöøòŘřŠšŚśŤťÚÛÜÙúûüùŮůÝýÿŽžŹźŻżŁł"
_PLAIN = "aaaaaaaaaaaaccccccddeeeeeeeeeeiiiiiiiinnnnoooooooooooorrssssttuuuuuuuuuuyyyzzzzzzll"
assert len(_ACCENTED) == len(_PLAIN)


class folded_text(FunctionElement):  # noqa: N801 (used as a SQL function)
    """A text column folded for search: on SQLite the connection's own function ``name(column)`` (the app's
    :func:`~reciprocity_desktop.textutil.fold`, registered per connection); on a hub ``lower`` with the
    accents of :data:`_ACCENTED` taken off and ``ß`` as ``ss`` (the server has no Python function)."""

    type = Text()
    inherit_cache = True
    name = "folded_text"

    def __init__(self, column: Any, sqlite_function: str) -> None:
        super().__init__(column)
        self.sqlite_function = sqlite_function


@compiles(folded_text)
def _folded_sqlite(element: folded_text, compiler: Any, **kw: Any) -> str:
    return f"{element.sqlite_function}({compiler.process(element.clauses, **kw)})"


@compiles(folded_text, "postgresql")
def _folded_postgresql(element: folded_text, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"replace(translate(lower({column}), '{_ACCENTED}', '{_PLAIN}'), 'ß', 'ss')"


def not_ascii(column: ColumnElement) -> ByDialect:
    """``column`` holds a character outside printable ASCII: SQLite's ``GLOB '*[^ -~]*'``, a hub's ``~``."""
    return ByDialect(column.op("GLOB")("*[^ -~]*"), column.op("~")("[^ -~]"))


class unindexed(FunctionElement):  # noqa: N801 (used as a SQL function)
    """A column no index may serve: SQLite's ``+column`` (its planner then reads another index's order);
    on a hub the column itself (the hint is SQLite's)."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return f"(+ {compiler.process(element.clauses, **kw)})"


@compiles(unindexed, "postgresql")
def _unindexed_postgresql(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


def marks(dialect: Any, count: int) -> str:
    """``count`` placeholders of the driver's own style, for ``exec_driver_sql``: ``?, ?`` or ``%s, %s``."""
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    return ", ".join(mark for _ in range(count))


@contextlib.contextmanager
def bigger_page_cache(connection: Any, kib: int) -> Iterator[None]:
    """A store file's page cache set to ``kib`` KiB (SQLite's negative ``cache_size``) while the block runs,
    the connection's own afterwards; on a hub nothing (no pragmas: the server sizes its buffers)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size={-abs(int(kib))}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(cache_size)}")


class typed_null(FunctionElement):  # noqa: N801 (used as a SQL function)
    """A NULL of ``type_``: ``NULL`` on SQLite, ``CAST(NULL AS <type>)`` on PostgreSQL."""

    inherit_cache = True
    name = "typed_null"

    def __init__(self, type_: Any) -> None:
        super().__init__()
        self.type = type_() if isinstance(type_, type) else type_


@compiles(typed_null)
def _typed_null_sqlite(element: typed_null, compiler: Any, **kw: Any) -> str:
    return "NULL"


@compiles(typed_null, "postgresql")
def _typed_null_postgresql(element: typed_null, compiler: Any, **kw: Any) -> str:
    return f"CAST(NULL AS {compiler.dialect.type_compiler_instance.process(element.type)})"


class WrittenOrder(RowId):
    """The order the rows were written in: SQLite's ``NAME.rowid``; on a hub ``NAME.created_at`` (a primary
    key of random ids keeps no order there), for the lists that show ties in the order they were written."""

    inherit_cache = True


@compiles(WrittenOrder, "postgresql")
def _written_order_postgresql(element: WrittenOrder, compiler: Any, **kw: Any) -> str:
    return f"{element.owner}.created_at"


def written_order(table: Any) -> WrittenOrder:
    """See :class:`WrittenOrder` (``table``: a table, a named alias, or its name)."""
    return WrittenOrder(table if isinstance(table, str) else table.name)
