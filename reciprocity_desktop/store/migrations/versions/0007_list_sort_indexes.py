"""list sort indexes: every sortable column of the gift and follow-up lists sorts on an index

Revision ID: 0007_list_sort_indexes
Revises: 0006

The Gifts and Follow-ups pages page through 300,000 rows in SQL (services/gift_list.py,
services/followup_list.py). Each order now reads an index from its first row to its last: the
sorted column, then the list's own order (a gift's date, a follow-up's due date); the rowid every
SQLite index ends with is the last tie-break. The indexes are partial, over the live rows
(``WHERE deleted IS 0``, as the lists ask): a skipped row needs no lookup, and no other query is
drawn to them by its own ``deleted IS 0``. A column sorted downwards whose ties stay in the list's
own order has a descending twin. The follow-up indexes lead with ``is_done`` (a virtual column
SQLite computes from ``done_on``), so that an open or a done list is an equality, not a range.
``ix_prospects_deleted`` holds the (few) deleted prospects, whose records the lists leave out.

Texts sort folded ("Äpfel" with the a's): a gift's description, a follow-up's note and result
and a contact's name (a gift's recipient) get a folded copy, ``*_key``, kept like
``prospects.sort_name`` (reciprocity_desktop/store/sort_keys.py); this revision fills them.

The sortable gift columns' indexes become (column, date) of the live gifts, without
``created_at``; ``ix_followups_kind_due`` becomes (is_done, kind, due) of the live follow-ups;
the index of a follow-up's gift, (gift_id), becomes (gift_id, is_done, due, deleted).
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_list_sort_indexes"
down_revision: str | None = "0007_prospect_search_fts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GIFT_SORTED = ("kind", "cost_cents", "reaction", "personal", "unexpected", "meaningful")
KEYS = {
    "gifts": (("description_key", "description"),),
    "followups": (("note_key", "note"), ("result_key", "result")),
    "contacts": (("name_key", "name"),),
}
BATCH = 5000

LIVE = sa.text("deleted IS 0")
PG_LIVE = sa.text("deleted IS false")  # PostgreSQL's booleans are no integers
#: table -> (index name, columns, only the live rows)
INDEXES = {
    "gifts": (
        ("ix_gifts_live_date", ["date"], True),
        *((f"ix_gifts_{c}_date", [c, "date"], True) for c in GIFT_SORTED),
        ("ix_gifts_cost_desc_date", [sa.text("cost_cents DESC"), "date"], True),
        ("ix_gifts_description_key_date", ["description_key", "date"], True),
        ("ix_gifts_description_key_desc_date", [sa.text("description_key DESC"), "date"], True),
        ("ix_gifts_description_key", ["description_key", "date", "id"], False),
        ("ix_gifts_contact_date", ["contact_id", "date"], True),
    ),
    "followups": (
        ("ix_followups_live_due", ["is_done", "due"], True),
        ("ix_followups_kind_due", ["is_done", "kind", "due"], True),
        *(
            (f"ix_followups_{c}{desc}_due", ["is_done", sa.text(f"{c}{order}"), "due"], True)
            for c in ("done_on", "note_key", "result_key")
            for desc, order in (("", ""), ("_desc", " DESC"))
        ),
        ("ix_followups_prospect_due", ["prospect_id", "is_done", "due"], True),
        ("ix_followups_gift_due", ["gift_id", "is_done", "due", "deleted"], False),
    ),
    "contacts": (("ix_contacts_name_key", ["name_key"], False),),
}


def _fold(text: str) -> str:
    # Frozen copy of reciprocity_desktop.textutil.fold as of this revision.
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def _fill(table: str) -> None:
    """Write the folded copies of ``table``'s texts (before their indexes exist: one pass each)."""
    if op.get_context().dialect.name == "postgresql":
        _fill_portably(table)
        return
    pairs = KEYS[table]
    sources = ", ".join(source for _, source in pairs)
    assignments = ", ".join(f"{key} = ?" for key, _ in pairs)
    dbapi = op.get_bind().connection.driver_connection
    rows = dbapi.execute(f"SELECT rowid, {sources} FROM {table}")
    update = f"UPDATE {table} SET {assignments} WHERE rowid = ?"
    while chunk := rows.fetchmany(BATCH):
        changes = [
            (*(_fold(text or "") for text in texts), rowid)
            for rowid, *texts in chunk
            if any(text for text in texts)  # an empty text keeps the empty key it got
        ]
        if changes:
            dbapi.executemany(update, changes)


def _fill_portably(table: str) -> None:
    """:func:`_fill` through SQLAlchemy, rows keyed by id (PostgreSQL has no rowid)."""
    pairs = KEYS[table]
    connection = op.get_bind()
    sources = ", ".join(source for _, source in pairs)
    assignments = ", ".join(f"{key} = :k{n}" for n, (key, _) in enumerate(pairs))
    update = sa.text(f"UPDATE {table} SET {assignments} WHERE id = :id")
    rows = connection.execute(sa.text(f"SELECT id, {sources} FROM {table} ORDER BY id")).fetchall()
    changes = [
        {"id": row_id, **{f"k{n}": _fold(text or "") for n, text in enumerate(texts)}}
        for row_id, *texts in rows
        if any(text for text in texts)
    ]
    for start in range(0, len(changes), BATCH):
        connection.execute(update, changes[start : start + BATCH])


def upgrade() -> None:
    postgresql = op.get_context().dialect.name == "postgresql"
    for table, pairs in KEYS.items():
        for key, _ in pairs:
            op.add_column(table, sa.Column(key, sa.Text(), nullable=False, server_default=""))
        _fill(table)
    # A virtual column on SQLite; PostgreSQL (before 18) computes only stored ones.
    op.add_column(
        "followups",
        sa.Column("is_done", sa.Boolean(), sa.Computed("done_on IS NOT NULL", persisted=postgresql)),
    )
    op.drop_index("ix_followups_gift_id", table_name="followups")
    op.drop_index("ix_followups_kind_due", table_name="followups")
    for column in GIFT_SORTED:
        op.drop_index(f"ix_gifts_{column}_date", table_name="gifts")
    for table, indexes in INDEXES.items():
        for name, columns, live in indexes:
            op.create_index(
                name, table, columns, unique=False, sqlite_where=LIVE if live else None,
                postgresql_where=PG_LIVE if live else None,
            )  # fmt: skip
    op.create_index(
        "ix_prospects_deleted", "prospects", ["deleted"], unique=False, sqlite_where=sa.text("deleted IS 1"),
        postgresql_where=sa.text("deleted IS true"),
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_prospects_deleted", table_name="prospects")
    for table, indexes in INDEXES.items():
        for name, _, _ in indexes:
            op.drop_index(name, table_name=table)
    for column in GIFT_SORTED:
        op.create_index(f"ix_gifts_{column}_date", "gifts", [column, "date", "created_at"], unique=False)
    op.create_index("ix_followups_kind_due", "followups", ["kind", "due"], unique=False)
    op.create_index("ix_followups_gift_id", "followups", ["gift_id"], unique=False)
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_column("is_done")
    for table, pairs in KEYS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for key, _ in pairs:
                batch_op.drop_column(key)
