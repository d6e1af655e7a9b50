"""an outcome's value may be unknown (NULL): an order saved without an amount

Revision ID: 0009_outcome_value_null
Revises: 0008_route_times

``outcomes.value_cents`` becomes nullable (SQLite: the table is copied, with its indexes and CHECKs;
no other table refers to outcomes). Orders saved before with 0 were saved so because the amount was
left empty ("an order saves with value 0.00 without asking"): they become NULL, value unknown. Change
stamps are not touched: every store runs the same step, so synced stores stay alike.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_outcome_value_null"
down_revision: str | None = "0009_list_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.alter_column("value_cents", existing_type=sa.Integer(), nullable=True)
    op.execute("UPDATE outcomes SET value_cents = NULL WHERE kind = 'order' AND value_cents = 0")


def downgrade() -> None:
    op.execute("UPDATE outcomes SET value_cents = 0 WHERE value_cents IS NULL")
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.alter_column("value_cents", existing_type=sa.Integer(), nullable=False)
