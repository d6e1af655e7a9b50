"""list indexes: page through 100,000 prospects without row lookups

Revision ID: 0004
Revises: 0003

The prospect list pages with ORDER BY sort_name, id and OFFSET. With an index on
sort_name alone, SQLite looked up every skipped row (to test ``deleted`` and the search
text): about 200 ms for page 500 of 100,000 prospects. An index holding the sort key,
the tombstone flag and the search text answers the page from the index alone (under 40 ms).
The gifted-without-follow-up filter gets covering indexes for its two EXISTS probes.
See tests/benchmarks/bench_store.py.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.drop_index("ix_prospects_sort_name")
        batch_op.create_index(
            "ix_prospects_list", ["sort_name", "id", "deleted", "search_text"], unique=False
        )
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.create_index("ix_gifts_prospect_live", ["prospect_id", "deleted"], unique=False)
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_followups_prospect_done", ["prospect_id", "deleted", "done_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index("ix_followups_prospect_done")
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.drop_index("ix_gifts_prospect_live")
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.drop_index("ix_prospects_list")
        batch_op.create_index("ix_prospects_sort_name", ["sort_name"], unique=False)
