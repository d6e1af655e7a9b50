"""Setting a table's indexes aside while an import writes most of the table, and building them again.

Growing an index row by row in random order costs far more than building it once from the
finished table (one sort), which is what ``sqlite3 .dump | sqlite3`` does. The indexes are
dropped and created again from their own SQL (``sqlite_master``) inside the import's
transaction, so a failed import leaves them as they were, and other connections never see the
table without them. Unique indexes stay: they must refuse a row as it is written.

The prospects' full-text index (``prospects_fts``, kept by triggers) is set aside the same way:
its triggers are dropped, and once the rows and their search text are written the triggers are
created again and the index is rebuilt from the table in one go, instead of indexing every row
twice (the row, then its search text once its contacts are in).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from reciprocity_desktop.store.models import Prospect
from reciprocity_desktop.store.search import FTS_SCHEMA, rebuild_search_index

_PROSPECTS = Prospect.__tablename__
#: The page cache while indexes are built (KiB). On the office store, building the set-aside
#: indexes took 8.7 s CPU with 2 MB, 11 s with 4 MB and 12-17 s with the bulk write's 32 MB.
SORT_CACHE_KIB = 2000


def set_aside(connection: Connection, table: str) -> Callable[[], None]:
    """Drop ``table``'s plain indexes (the prospects' search index too); returns what creates them again."""
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    plain = [(name, sql) for name, sql in found if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    for name, _ in plain:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    triggers = _search_triggers(connection) if table == _PROSPECTS else []
    for name, _ in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')

    def restore() -> None:
        # SQLite's sorter sorts a cache's worth of entries in memory at a time: a small cache
        # builds these indexes faster (fewer cache misses in each sort) than the bulk write's.
        cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
        try:
            for _, sql in plain:
                connection.exec_driver_sql(sql)
        finally:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
        if plain and _has_statistics(connection):
            connection.exec_driver_sql(f'ANALYZE "{table}"')  # DROP INDEX dropped their statistics too
        if triggers:
            for _, sql in triggers:
                connection.exec_driver_sql(sql)
            rebuild_search_index(connection)

    return restore


def _search_triggers(connection: Connection) -> list[tuple[str, str]]:
    """The triggers that keep ``prospects_fts`` (as the store has them), when it has them all."""
    names = [name for name in FTS_SCHEMA if name.startswith("prospects_fts_")]
    found = dict(
        connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (_PROSPECTS,)
        ).fetchall()
    )
    if not all(name in found for name in names):
        return []  # a store without the search index (or with other triggers): leave them alone
    return [(name, found[name]) for name in names]


def _has_statistics(connection: Connection) -> bool:
    return (
        connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).first()
        is not None
    )
