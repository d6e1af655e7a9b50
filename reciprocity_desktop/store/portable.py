"""SQL that differs between a store file (SQLite) and an office hub (PostgreSQL), said once for both.

Each construct compiles to the very SQL the store file always used (its speed is measured: it must not
change) and, on PostgreSQL, to its equivalent:

- :func:`rowid`: SQLite's ``table.rowid`` (the tie-break every SQLite index ends with); on a hub the
  table's primary key ``table.id`` (there is no rowid, and the key is as unique).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnClause


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
