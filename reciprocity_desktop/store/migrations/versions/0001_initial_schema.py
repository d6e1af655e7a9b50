"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 14:32:00.863126
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "prospects",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=100), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "stage IN ('suspect', 'prospect', 'customer', 'lost')", name="ck_prospects_stage_valid"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.create_index("ix_prospects_city", ["city"], unique=False)
        batch_op.create_index("ix_prospects_name", ["name"], unique=False)
        batch_op.create_index("ix_prospects_postal_code", ["postal_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_prospects_stamp"), ["stamp"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "stock_items",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("unit_cost_cents", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("low_stock_level", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('sample', 'trial', 'content', 'analysis', 'event', 'personal', 'other')",
            name="ck_stock_items_kind_valid",
        ),
        sa.CheckConstraint("quantity >= 0", name="ck_stock_quantity_not_negative"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stock_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_items_stamp"), ["stamp"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("prospect_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_decision_maker", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_prospect_id"), ["prospect_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_stamp"), ["stamp"], unique=False)

    op.create_table(
        "visits",
        sa.Column("prospect_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("planned_time", sa.String(length=5), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("gift_stock_item_id", sa.String(length=36), nullable=True),
        sa.Column("gift_note", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'done', 'nobody_there', 'cancelled')", name="ck_visits_status_valid"
        ),
        sa.ForeignKeyConstraint(
            ["gift_stock_item_id"],
            ["stock_items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.create_index("ix_visits_date_position", ["date", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_prospect_id"), ["prospect_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visits_stamp"), ["stamp"], unique=False)

    op.create_table(
        "gifts",
        sa.Column("prospect_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("stock_item_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost_cents", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("personal", sa.Boolean(), nullable=False),
        sa.Column("unexpected", sa.Boolean(), nullable=False),
        sa.Column("meaningful", sa.Boolean(), nullable=False),
        sa.Column("reaction", sa.String(length=16), nullable=True),
        sa.Column("reaction_note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('sample', 'trial', 'content', 'analysis', 'event', 'personal', 'other')",
            name="ck_gifts_kind_valid",
        ),
        sa.CheckConstraint(
            "reaction IS NULL OR reaction IN ('liked', 'neutral', 'not_liked', 'declined')",
            name="ck_gifts_reaction_valid",
        ),
        sa.CheckConstraint("cost_cents >= 0", name="ck_gift_cost_not_negative"),
        sa.CheckConstraint("quantity >= 1", name="ck_gift_quantity_positive"),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
        ),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
        ),
        sa.ForeignKeyConstraint(
            ["stock_item_id"],
            ["stock_items.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.create_index("ix_gifts_date", ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_gifts_prospect_id"), ["prospect_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_gifts_stamp"), ["stamp"], unique=False)

    op.create_table(
        "outcomes",
        sa.Column("prospect_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value_cents", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('conversation', 'referral', 'meeting', 'order', 'other')", name="ck_outcomes_kind_valid"
        ),
        sa.CheckConstraint("value_cents >= 0", name="ck_outcome_value_not_negative"),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.create_index("ix_outcomes_date", ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcomes_prospect_id"), ["prospect_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcomes_stamp"), ["stamp"], unique=False)

    op.create_table(
        "followups",
        sa.Column("prospect_id", sa.String(length=36), nullable=False),
        sa.Column("gift_id", sa.String(length=36), nullable=True),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('ask_feedback', 'call', 'send_info', 'visit', 'ask_order')",
            name="ck_followups_kind_valid",
        ),
        sa.ForeignKeyConstraint(
            ["gift_id"],
            ["gifts.id"],
        ),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index("ix_followups_due", ["due"], unique=False)
        batch_op.create_index(batch_op.f("ix_followups_gift_id"), ["gift_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_followups_prospect_id"), ["prospect_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_followups_stamp"), ["stamp"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followups_stamp"))
        batch_op.drop_index(batch_op.f("ix_followups_prospect_id"))
        batch_op.drop_index(batch_op.f("ix_followups_gift_id"))
        batch_op.drop_index("ix_followups_due")

    op.drop_table("followups")
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcomes_stamp"))
        batch_op.drop_index(batch_op.f("ix_outcomes_prospect_id"))
        batch_op.drop_index("ix_outcomes_date")

    op.drop_table("outcomes")
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gifts_stamp"))
        batch_op.drop_index(batch_op.f("ix_gifts_prospect_id"))
        batch_op.drop_index("ix_gifts_date")

    op.drop_table("gifts")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visits_stamp"))
        batch_op.drop_index(batch_op.f("ix_visits_prospect_id"))
        batch_op.drop_index("ix_visits_date_position")

    op.drop_table("visits")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_stamp"))
        batch_op.drop_index(batch_op.f("ix_contacts_prospect_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("stock_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_items_stamp"))

    op.drop_table("stock_items")
    op.drop_table("settings")
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prospects_stamp"))
        batch_op.drop_index("ix_prospects_postal_code")
        batch_op.drop_index("ix_prospects_name")
        batch_op.drop_index("ix_prospects_city")

    op.drop_table("prospects")
    op.drop_table("meta")
