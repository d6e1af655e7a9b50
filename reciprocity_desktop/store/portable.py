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
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
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


def search_match(fts5: ColumnElement, words: Iterable[str]) -> ByDialect:
    """The prospects holding every folded word: ``fts5`` (the store file's ``prospects_fts MATCH`` lookup)
    on SQLite; on a hub ``search_text LIKE '%word%'`` for each, which its ``pg_trgm`` index serves."""
    from reciprocity_desktop.services.list_query import like_pattern
    from reciprocity_desktop.store.models import Prospect

    likes = [Prospect.search_text.like(like_pattern(word), escape="\\") for word in words]
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


class unindexed(FunctionElement):  # noqa: N801 (used as a SQL function)
    """A column's value kept from its index: SQLite's ``+column``; on PostgreSQL the column itself."""

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
