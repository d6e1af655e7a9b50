"""gift register and debrief indexes

Revision ID: 0006
Revises: 0005

The gift register groups a year's gifts by recipient (prospect, contact) and sums their cost:
``ix_gifts_register`` covers that grouping, so it reads no rows. The debrief looks up what was
recorded at a day's visits: ``ix_gifts_visit`` and ``ix_outcomes_visit`` find them without
scanning every gift and outcome.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_gifts_register", ["prospect_id", "contact_id", "date", "deleted", "cost_cents"], unique=False
        )
        batch_op.create_index("ix_gifts_visit", ["visit_id"], unique=False)
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.create_index("ix_outcomes_visit", ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.drop_index("ix_outcomes_visit")
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.drop_index("ix_gifts_visit")
        batch_op.drop_index("ix_gifts_register")
