"""each rep's own route: a visit belongs to the seller who planned it

Revision ID: 0011_visit_seller
Revises: 0010_page_switch

A store gets its seller id, a uuid made once (the ``seller_id`` setting; not the replica id, which a
copied store may get anew; a store not used yet gets it with its first visit), and every visit the
seller who planned it: ``visits.seller_id`` and
``visits.seller`` (the ``seller_name`` setting when it was planned). The visits already in the store
are this store's seller's when it stamped them last; those another store stamped came in a colleague's
file and keep an unknown seller (shown as a colleague's, never on this rep's route).
``ix_visits_seller_date`` holds a seller's visits by day.

The settings hold JSON values, which the queries of a store's seller read with SQLite's
``json_extract(value, '$')``; an office hub (PostgreSQL) gets a ``json_extract(text, text)`` of the same
answer for the paths they use (``$`` and ``$.key.key``), so the same SQL runs on both.
"""

import json
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_visit_seller"
down_revision: str | None = "0010_page_switch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The namespace of the seller ids this migration makes from a store's replica id.
SELLER_NAMESPACE = uuid.UUID("9b1f2c3e-7a4d-4f5e-8c6b-2d3e4f5a6b7c")


#: PostgreSQL: SQLite's json_extract for a JSON text and the paths '$' and '$.key...' (the text of a string,
#: a number or boolean as text, an object or array as JSON text, NULL for JSON null or a missing key).
_PG_JSON_EXTRACT = (
    "CREATE FUNCTION json_extract(value text, path text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ "
    "SELECT CASE WHEN path = '$' THEN value::jsonb #>> '{}' "
    "ELSE value::jsonb #>> string_to_array(substr(path, 3), '.') END $$"
)


def upgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(_PG_JSON_EXTRACT)
    op.add_column("visits", sa.Column("seller_id", sa.String(length=36), server_default="", nullable=False))
    op.add_column("visits", sa.Column("seller", sa.String(length=100), server_default="", nullable=False))
    connection = op.get_bind()
    stored = connection.execute(sa.text("SELECT value FROM settings WHERE key = 'seller_id'")).scalar()
    in_use = connection.execute(
        sa.text("SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'replica_id') OR EXISTS (SELECT 1 FROM visits)")
    ).scalar()
    if not stored and not in_use:
        # a new store (or an empty template that is copied): it gets its seller id with its first visit
        # (store/sessions.py), so that two stores made from one template are two sellers
        op.create_index("ix_visits_seller_date", "visits", ["seller_id", "date"], unique=False)
        return
    replica = own_replica = connection.execute(sa.text("SELECT value FROM meta WHERE key = 'replica_id'")).scalar()
    if not replica:  # in use without a replica id yet: its first visit is as much its own
        replica = "visit:" + str(connection.execute(sa.text("SELECT min(id) FROM visits")).scalar())
    # made from the replica id (a store's own, never another's) rather than at random, so that the
    # migration gives one store the same seller however often it is run (a copy, a migration killed and
    # run again from its backup); stored once, it stays when a copied store later takes a new replica id
    seller_id = json.loads(stored) if stored else str(uuid.uuid5(SELLER_NAMESPACE, str(replica)))
    if not stored:
        connection.execute(
            sa.text("INSERT INTO settings (key, value) VALUES ('seller_id', :value)"),
            {"value": json.dumps(seller_id)},
        )
    name = connection.execute(sa.text("SELECT value FROM settings WHERE key = 'seller_name'")).scalar()
    # A visit is this store's seller's when this store stamped it last (or it was never stamped); one
    # stamped by another replica came in a colleague's file (before this version every imported plan
    # landed in the planner): its seller is not known here (""), so it shows as a colleague's, not on
    # this rep's route. A stamp's text is "{13 digits}.{6 digits}.{replica id}" (store/hlc.py).
    connection.execute(
        sa.text(
            "UPDATE visits SET seller_id = :id, seller = :name "
            "WHERE :every OR stamp = '' OR stamp IS NULL OR substr(stamp, 22) = :replica"
        ),
        {
            "id": seller_id,
            "name": str(json.loads(name)) if name else "",
            "replica": str(own_replica),
            "every": own_replica is None,  # no replica id: nothing here was stamped by it, nor told apart
        },
    )
    op.create_index("ix_visits_seller_date", "visits", ["seller_id", "date"], unique=False)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP FUNCTION json_extract(text, text)")
    op.drop_index("ix_visits_seller_date", table_name="visits")
    with op.batch_alter_table("visits") as batch:
        batch.drop_column("seller")
        batch.drop_column("seller_id")
