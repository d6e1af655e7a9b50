"""gift and follow-up list indexes: the window's lists sort and filter on an index

Revision ID: 0005
Revises: 0004

The Gifts and Follow-ups pages fetch a page at a time in SQL (services/gift_list.py,
services/followup_list.py). The gift list's own order (newest first) reads ``ix_gifts_list``
(tombstone flag included, so skipped rows need no lookup); each other sortable column of the
gift list has an index on (column, date, created_at), so a column sorts newest first within
a value on the index, and the kind filter uses ``ix_gifts_kind_date``. The follow-up list's
buckets (open by due date, done by date done) read ``ix_followups_list``; by kind
``ix_followups_kind_due``. The counts, totals and bucket counts read only the covering
``ix_gifts_totals`` and ``ix_followups_buckets`` (no row lookups).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GIFT_SORTS = ("kind", "cost_cents", "reaction", "personal", "unexpected", "meaningful")


def upgrade() -> None:
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.create_index("ix_gifts_list", ["date", "created_at", "id", "deleted"], unique=False)
        batch_op.create_index(
            "ix_gifts_totals", ["prospect_id", "deleted", "kind", "cost_cents"], unique=False
        )
        for column in GIFT_SORTS:
            batch_op.create_index(f"ix_gifts_{column}_date", [column, "date", "created_at"], unique=False)
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index("ix_followups_list", ["done_on", "due", "deleted"], unique=False)
        batch_op.create_index("ix_followups_kind_due", ["kind", "due"], unique=False)
        batch_op.create_index(
            "ix_followups_buckets", ["prospect_id", "deleted", "done_on", "due"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index("ix_followups_buckets")
        batch_op.drop_index("ix_followups_kind_due")
        batch_op.drop_index("ix_followups_list")
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        for column in reversed(GIFT_SORTS):
            batch_op.drop_index(f"ix_gifts_{column}_date")
        batch_op.drop_index("ix_gifts_totals")
        batch_op.drop_index("ix_gifts_list")
