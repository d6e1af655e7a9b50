"""a visit's fixed appointment time and its own length, for the route's computed times

Revision ID: 0008_route_times
Revises: 0007_coordinates_source

``visits.fixed_time``: the planned time is an appointment the rep typed (the route's times are
computed around it); false for every visit of before: their times were never computed, and
ordering a day recomputes them. ``visits.visit_minutes``: how long this visit takes, NULL for the
``visit_minutes`` setting. Two plain ADD COLUMNs (no table copy); change stamps are not touched.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_route_times"
down_revision: str | None = "0007_list_sort_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    false = "false" if op.get_context().dialect.name == "postgresql" else "0"  # PostgreSQL: a real boolean
    op.execute(f"ALTER TABLE visits ADD COLUMN fixed_time BOOLEAN NOT NULL DEFAULT {false}")
    op.execute("ALTER TABLE visits ADD COLUMN visit_minutes INTEGER")


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("visit_minutes")
        batch_op.drop_column("fixed_time")
