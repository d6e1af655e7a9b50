"""SQL that differs between a store file (SQLite) and an office hub (PostgreSQL), said once for both.

Each construct compiles to the very SQL the store file always used (its speed is measured: it must not
change) and, on PostgreSQL, to its equivalent:

- :func:`rowid`: SQLite's ``table.rowid`` (the tie-break every SQLite index ends with); on a hub the
  table's primary key ``table.id`` (there is no rowid, and the key is as unique).
- :class:`stored_text`: a UTC time as its stored text (SQLite: the column as it is; PostgreSQL: cast).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnClause
from sqlalchemy.sql.functions import FunctionElement


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
