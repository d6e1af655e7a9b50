"""sync by file: known replicas, import history, conflict log, per-record version vectors

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:38:45.907854
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_imports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("source_replica_id", sa.String(length=64), nullable=False),
        sa.Column("source_store_name", sa.String(length=200), nullable=False),
        sa.Column("file_created_at", sa.DateTime(), nullable=True),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("held_back", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_record_versions",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("seen", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id"),
    )
    op.create_table(
        "sync_replicas",
        sa.Column("replica_id", sa.String(length=64), nullable=False),
        sa.Column("store_name", sa.String(length=200), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("replica_id"),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("losing_side", sa.String(length=8), nullable=False),
        sa.Column("lost_stamp", sa.String(length=64), nullable=False),
        sa.Column("kept_stamp", sa.String(length=64), nullable=False),
        sa.Column("lost_record", sa.Text(), nullable=False),
        sa.Column("restored_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "losing_side IN ('local', 'incoming')", name="ck_sync_conflicts_losing_side_valid"
        ),
        sa.ForeignKeyConstraint(["import_id"], ["sync_imports.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflicts_record", ["table_name", "record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflicts_record")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_replicas")
    op.drop_table("sync_record_versions")
    op.drop_table("sync_imports")
