"""stock that adds up: every draw, restock and correction is a stock movement; on hand is their sum

Revision ID: 0012_stock_movements
Revises: 0011_visit_seller

``stock_items.quantity`` merged last-writer-wins in a sync, so two reps drawing from the same item lost
a draw. Now each change is a row of ``stock_movements`` (its own record kind in the sync file, merged by
id, so both draws land) and ``stock_items.quantity`` is their sum, kept by SQLite's triggers
(``store.stock.STOCK_TRIGGERS``) for every reader. Its CHECK (quantity >= 0) goes: draws from two laptops may
meet below zero, which is shown, not refused at import (the table is copied, with its indexes).

Every item gets one ``opening`` movement holding its quantity of now. Its id is derived from the item's
id and its stamp is the item's: two laptops that held the same item version write the very same opening
(one record after a sync, not two that would count the stock twice). Item stamps are not touched.

On an office hub (PostgreSQL) the same sums are kept by PL/pgSQL trigger functions (``_PG_TRIGGERS``, as
``store.stock.PG_STOCK_TRIGGERS``): a new item's quantity is set before it is written, a movement's insert,
change or delete updates its item after.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_stock_movements"
down_revision: str | None = "0011_visit_seller"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The namespace of the opening movements' ids: uuid5(OPENING_NAMESPACE, stock item id) (as store.stock.opening_id,
#: which an import of a file from before this revision uses too).
OPENING_NAMESPACE = uuid.UUID("6d3f6f0e-52a4-4c1e-9a64-0c2b1a5e7d10")

#: As store.stock.STOCK_TRIGGERS at this revision (a migration does not change with the models).
_TRIGGERS = {
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

#: PostgreSQL: the same sums kept by PL/pgSQL trigger functions, as store.stock.PG_STOCK_TRIGGERS at this
#: revision. (name, table, timing and events, the row condition or "", the function's body.)
_PG_TRIGGERS = (
    (
        "stock_movements_quantity_ai", "stock_movements", "AFTER INSERT", "NEW.deleted IS false",
        "UPDATE stock_items SET quantity = quantity + NEW.delta WHERE id = NEW.stock_item_id; RETURN NULL;",
    ),
    (
        "stock_movements_quantity_ad", "stock_movements", "AFTER DELETE", "OLD.deleted IS false",
        "UPDATE stock_items SET quantity = quantity - OLD.delta WHERE id = OLD.stock_item_id; RETURN NULL;",
    ),
    (
        "stock_movements_quantity_au", "stock_movements", "AFTER UPDATE OF delta, deleted, stock_item_id", "",
        "IF OLD.deleted IS false THEN "
        "UPDATE stock_items SET quantity = quantity - OLD.delta WHERE id = OLD.stock_item_id; END IF; "
        "IF NEW.deleted IS false THEN "
        "UPDATE stock_items SET quantity = quantity + NEW.delta WHERE id = NEW.stock_item_id; END IF; "
        "RETURN NULL;",
    ),
    (
        "stock_items_quantity_ai", "stock_items", "BEFORE INSERT", "",
        "NEW.quantity := (SELECT coalesce(sum(delta), 0) FROM stock_movements "
        "WHERE stock_item_id = NEW.id AND deleted IS false); RETURN NEW;",
    ),
)  # fmt: skip


def pg_trigger_statements(name: str, table: str, when: str, condition: str, body: str) -> tuple[str, str]:
    """The CREATE FUNCTION and CREATE TRIGGER statements of one of :data:`_PG_TRIGGERS`."""
    where = f" WHEN ({condition})" if condition else ""
    return (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$",
        f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW{where} EXECUTE FUNCTION {name}()",
    )


def opening_id(stock_item_id: str) -> str:
    """The id of a stock item's opening movement (the same on every laptop)."""
    return str(uuid.uuid5(OPENING_NAMESPACE, stock_item_id))


def upgrade() -> None:
    op.create_table(
        "stock_movements",
        sa.Column("stock_item_id", sa.String(length=36), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("gift_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('opening', 'restock', 'draw', 'correction')", name="ck_stock_movements_kind_valid"
        ),
        sa.ForeignKeyConstraint(["gift_id"], ["gifts.id"]),
        sa.ForeignKeyConstraint(["stock_item_id"], ["stock_items.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_stock_movements_gift", "stock_movements", ["gift_id"], unique=False)
    op.create_index("ix_stock_movements_item_at", "stock_movements", ["stock_item_id", "at"], unique=False)
    op.create_index(op.f("ix_stock_movements_stamp"), "stock_movements", ["stamp"], unique=False)
    with op.batch_alter_table("stock_items", schema=None) as batch_op:
        batch_op.drop_constraint("ck_stock_quantity_not_negative", type_="check")
    connection = op.get_bind()
    items = connection.exec_driver_sql("SELECT id, quantity, stamp, updated_at FROM stock_items").fetchall()
    if items:
        connection.execute(
            sa.text(
                "INSERT INTO stock_movements (id, stock_item_id, delta, kind, gift_id, note, at, created_at, "
                "updated_at, stamp, deleted) VALUES (:id, :item, :delta, 'opening', NULL, '', :at, :at, :at, "
                ":stamp, :deleted)"
            ),
            [
                {"id": opening_id(i), "item": i, "delta": q, "at": at, "stamp": stamp, "deleted": False}
                for i, q, stamp, at in items
            ],
        )
    # The quantities stand as they were (the sum of each item's one opening); the triggers keep them from now.
    if op.get_context().dialect.name == "postgresql":
        for trigger in _PG_TRIGGERS:
            for statement in pg_trigger_statements(*trigger):
                op.execute(statement)
        return
    for statement in _TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for name, table, *_rest in reversed(_PG_TRIGGERS):
            op.execute(f"DROP TRIGGER {name} ON {table}")
            op.execute(f"DROP FUNCTION {name}()")
        op.execute("UPDATE stock_items SET quantity = greatest(quantity, 0)")
    else:
        for name in reversed(_TRIGGERS):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("UPDATE stock_items SET quantity = max(quantity, 0)")
    with op.batch_alter_table("stock_items", schema=None) as batch_op:
        batch_op.create_check_constraint("ck_stock_quantity_not_negative", "quantity >= 0")
    op.drop_index(op.f("ix_stock_movements_stamp"), table_name="stock_movements")
    op.drop_index("ix_stock_movements_item_at", table_name="stock_movements")
    op.drop_index("ix_stock_movements_gift", table_name="stock_movements")
    op.drop_table("stock_movements")
