"""Setting a table's indexes aside while an import writes most of the table, and building them again.

Growing an index row by row in random order costs far more than building it once from the
finished table (one sort), which is what ``sqlite3 .dump | sqlite3`` does. The indexes are
dropped and created again from their own SQL (``sqlite_master``) inside the import's
transaction, so a failed import leaves them as they were, and other connections never see the
table without them. Unique indexes stay: they must refuse a row as it is written.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection


def set_aside(connection: Connection, table: str) -> Callable[[], None]:
    """Drop ``table``'s plain indexes; returns the function that creates them again."""
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    plain = [(name, sql) for name, sql in found if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    for name, _ in plain:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')

    def restore() -> None:
        for _, sql in plain:
            connection.exec_driver_sql(sql)
        if plain and _has_statistics(connection):
            connection.exec_driver_sql(f'ANALYZE "{table}"')  # DROP INDEX dropped their statistics too

    return restore


def _has_statistics(connection: Connection) -> bool:
    return (
        connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).first()
        is not None
    )
