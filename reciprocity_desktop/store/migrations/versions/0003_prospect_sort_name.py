"""prospect sort name: a folded copy of the name so lists sort as people expect

Revision ID: 0003
Revises: 0002
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fold(text: str) -> str:
    # Frozen copy of reciprocity_desktop.textutil.fold as of this revision.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def upgrade() -> None:
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_name", sa.String(length=200), nullable=False, server_default=""))
        batch_op.create_index("ix_prospects_sort_name", ["sort_name"], unique=False)
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, name FROM prospects")).fetchall()
    if rows:
        connection.execute(
            sa.text("UPDATE prospects SET sort_name = :sort_name WHERE id = :id"),
            [{"id": row.id, "sort_name": _fold(row.name or "")} for row in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.drop_index("ix_prospects_sort_name")
        batch_op.drop_column("sort_name")
