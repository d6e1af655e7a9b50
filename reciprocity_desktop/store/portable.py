"""SQL that differs between a store file (SQLite) and an office hub (PostgreSQL), said once for both.

Each construct compiles to the very SQL the store file always used (its speed is measured: it must not
change) and, on PostgreSQL, to its equivalent:

- :func:`rowid`: SQLite's ``table.rowid`` (the tie-break every SQLite index ends with); on a hub the
  table's primary key ``table.id`` (there is no rowid, and the key is as unique).
- :func:`search_match`: the prospect search, FTS5's ``MATCH`` on SQLite, ``LIKE`` on ``search_text``
  (the ``pg_trgm`` index) on PostgreSQL (:class:`ByDialect`: a condition said both ways).
- :class:`stored_text`: a UTC time as its stored text (SQLite: the column as it is; PostgreSQL: cast).
"""

from __future__ import annotations

from collections.abc import Iterable
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
