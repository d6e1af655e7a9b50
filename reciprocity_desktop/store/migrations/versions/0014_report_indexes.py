"""the reciprocity report's reads on covering indexes

Revision ID: 0014_report_indexes
Revises: 0013_field_stamps

The report (``services/insights/aggregates.py``) reads every live gift and outcome by prospect and
date: from the table rows that was most of its time on an office store (300,000 gifts in a 1.1 GB
file). ``ix_gifts_insights`` and ``ix_outcomes_insights`` hold the live ones by prospect and date
with every column the report reads, so it scans them alone, and finds the first outcome on or after
a gift (and the latest gift before an outcome) as one seek. Each ends with ``deleted`` (always 0 in
them): SQLite reads a column of a partial index's condition from the table, not the index, unless the
index holds it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_report_indexes"
down_revision: str | None = "0013_field_stamps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted IS 0")


def upgrade() -> None:
    op.create_index(
        "ix_gifts_insights",
        "gifts",
        ["prospect_id", "date", "kind", "cost_cents", "personal", "unexpected", "meaningful", "deleted"],
        unique=False,
        sqlite_where=LIVE,
    )
    op.create_index(
        "ix_outcomes_insights",
        "outcomes",
        ["prospect_id", "date", "kind", "value_cents", "deleted"],
        unique=False,
        sqlite_where=LIVE,
    )


def downgrade() -> None:
    op.drop_index("ix_outcomes_insights", table_name="outcomes")
    op.drop_index("ix_gifts_insights", table_name="gifts")
