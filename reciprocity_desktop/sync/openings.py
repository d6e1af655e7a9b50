"""A file written before stock movements existed: its stock items' quantities become their openings.

Such a file (from a colleague whose app is not updated yet) has no ``stock_movements`` member and
carries each item's quantity on hand as a value, as that laptop counted it. When an item version of
it is written, its quantity becomes the item's ``opening`` movement, with the id every store gives
that opening (``store.stock.opening_id``) and the item's stamp: exactly the opening the colleague's own
migration will write. A later stamp wins, as for any record; the draws and restocks of updated stores
are movements of their own and still count on top.
"""

from __future__ import annotations

from sqlalchemy import Connection

from reciprocity_desktop.store.stock import opening_id
from reciprocity_desktop.sync.format import TableSpec

#: The table whose records bring their openings, and the one a newer file carries instead.
STOCK_ITEMS = "stock_items"
MOVEMENTS = "stock_movements"

_UPSERT = (
    "INSERT INTO stock_movements (id, stock_item_id, delta, kind, gift_id, note, at, created_at, updated_at, "
    "stamp, deleted) VALUES (?, ?, ?, 'opening', NULL, '', ?, ?, ?, ?, 0) "
    "ON CONFLICT (id) DO UPDATE SET delta = excluded.delta, at = excluded.at, updated_at = excluded.updated_at, "
    "stamp = excluded.stamp, deleted = 0 WHERE excluded.stamp > stock_movements.stamp"
)


def needed(spec: TableSpec, members: dict) -> bool:
    """True for the stock items of a file that has no stock movements (written before them)."""
    return spec.name == STOCK_ITEMS and MOVEMENTS not in members


def write(connection: Connection, spec: TableSpec, rows: list[tuple]) -> None:
    """The openings of the item rows just written (``storage_values`` of the file's records)."""
    at = spec.positions
    connection.exec_driver_sql(
        _UPSERT,
        [
            (
                opening_id(row[at["id"]]),
                row[at["id"]],
                row[at["quantity"]],
                row[at["updated_at"]],
                row[at["updated_at"]],
                row[at["updated_at"]],
                row[at["stamp"]],
            )
            for row in rows
        ],
    )
