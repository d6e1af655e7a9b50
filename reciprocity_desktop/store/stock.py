"""The gift stock's store side: on hand is the sum of an item's stock movements, kept by SQLite's triggers.

``stock_items.quantity`` is a cached sum of the item's live ``stock_movements`` (migration 0012): the
triggers :data:`STOCK_TRIGGERS` keep it for every writer (the ORM, a sync import's bulk statements, the
demos), so every reader reads it as before and none sees it stale. On an office hub (PostgreSQL) PL/pgSQL
trigger functions of the same names keep the same sums (migration 0012's ``_PG_TRIGGERS``). An item's opening movement has the
same id on every laptop (:func:`opening_id`), so that it is one record after a sync.
"""

from __future__ import annotations

import uuid

#: The namespace of the opening movements' ids (migration 0012 and an import of a file from before it).
OPENING_NAMESPACE = uuid.UUID("6d3f6f0e-52a4-4c1e-9a64-0c2b1a5e7d10")


def opening_id(stock_item_id: str) -> str:
    """The id of a stock item's opening movement: the same on every laptop, so that it is one record."""
    return str(uuid.uuid5(OPENING_NAMESPACE, stock_item_id))


#: The triggers that keep ``stock_items.quantity`` the sum of the item's live movements (migration 0012),
#: for every writer (the ORM, a sync import's bulk statements, the demos). A new item starts at the sum
#: of its movements (none: 0), whatever the insert said.
STOCK_TRIGGERS: dict[str, str] = {
    "stock_movements_quantity_ai": (
        "CREATE TRIGGER stock_movements_quantity_ai AFTER INSERT ON stock_movements WHEN new.deleted IS 0 "
        "BEGIN UPDATE stock_items SET quantity = quantity + new.delta WHERE id = new.stock_item_id; END"
    ),
    "stock_movements_quantity_ad": (
        "CREATE TRIGGER stock_movements_quantity_ad AFTER DELETE ON stock_movements WHEN old.deleted IS 0 "
        "BEGIN UPDATE stock_items SET quantity = quantity - old.delta WHERE id = old.stock_item_id; END"
    ),
    "stock_movements_quantity_au": (
        "CREATE TRIGGER stock_movements_quantity_au AFTER UPDATE OF delta, deleted, stock_item_id "
        "ON stock_movements BEGIN "
        "UPDATE stock_items SET quantity = quantity - old.delta WHERE id = old.stock_item_id AND old.deleted IS 0; "
        "UPDATE stock_items SET quantity = quantity + new.delta WHERE id = new.stock_item_id AND new.deleted IS 0; "
        "END"
    ),
    "stock_items_quantity_ai": (
        "CREATE TRIGGER stock_items_quantity_ai AFTER INSERT ON stock_items BEGIN "
        "UPDATE stock_items SET quantity = (SELECT coalesce(sum(delta), 0) FROM stock_movements "
        "WHERE stock_item_id = new.id AND deleted IS 0) WHERE rowid = new.rowid; END"
    ),
}
