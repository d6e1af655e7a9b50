"""follow-ups by linked gift on one index: the gift's sort key and date copied into followups

Revision ID: 0009_list_search
Revises: 0008_route_times

The Follow-ups page sorted by its "Gift" column joined every follow-up to its gift: a page in the
middle of 280,000 done follow-ups read the gifts up to it (0.4–2.4 s). ``followups.gift_key`` and
``gift_date`` hold the linked gift's ``description_key`` and ``date`` (NULL without a gift), with
an index of the live follow-ups (is_done, gift_key, gift_date, gift_id, due) and its descending
twin, so that every page of that order reads one index, as the other orders do; the list's search
finds a follow-up by its gift's description in the same column. Triggers on both tables keep the
copies for every writer (the ORM, a sync import, the office demo: see store/sort_keys.py); the
upgrade fills them for the follow-ups already there. Change stamps are not touched.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_list_search"
down_revision: str | None = "0008_route_times"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SAME_AS_GIFT = "(SELECT description_key, date FROM gifts WHERE id = new.gift_id)"
_TRIGGERS = {
    "followups_gift_key_ai": "CREATE TRIGGER followups_gift_key_ai AFTER INSERT ON followups "
    f"WHEN (new.gift_key, new.gift_date) IS NOT {_SAME_AS_GIFT} BEGIN "
    f"UPDATE followups SET (gift_key, gift_date) = {_SAME_AS_GIFT} WHERE rowid = new.rowid; END",
    "followups_gift_key_au": "CREATE TRIGGER followups_gift_key_au AFTER UPDATE OF gift_id, gift_key, gift_date "
    f"ON followups WHEN (new.gift_key, new.gift_date) IS NOT {_SAME_AS_GIFT} BEGIN "
    f"UPDATE followups SET (gift_key, gift_date) = {_SAME_AS_GIFT} WHERE rowid = new.rowid; END",
    "gifts_followup_keys_ai": "CREATE TRIGGER gifts_followup_keys_ai AFTER INSERT ON gifts BEGIN "
    "UPDATE followups SET gift_key = new.description_key, gift_date = new.date "
    "WHERE gift_id = new.id AND (gift_key, gift_date) IS NOT (new.description_key, new.date); END",
    "gifts_followup_keys_au": "CREATE TRIGGER gifts_followup_keys_au AFTER UPDATE OF description_key, date "
    "ON gifts BEGIN UPDATE followups SET gift_key = new.description_key, gift_date = new.date "
    "WHERE gift_id = new.id AND (gift_key, gift_date) IS NOT (new.description_key, new.date); END",
    "gifts_followup_keys_ad": "CREATE TRIGGER gifts_followup_keys_ad AFTER DELETE ON gifts BEGIN "
    "UPDATE followups SET gift_key = NULL, gift_date = NULL "
    "WHERE gift_id = old.id AND (gift_key IS NOT NULL OR gift_date IS NOT NULL); END",
}
_INDEXES = (
    "CREATE INDEX ix_followups_gift_key_due ON followups (is_done, gift_key, gift_date, gift_id, due) "
    "WHERE deleted IS 0",
    "CREATE INDEX ix_followups_gift_key_desc_due ON followups "
    "(is_done, gift_key DESC, gift_date DESC, gift_id DESC, due) WHERE deleted IS 0",
)


def upgrade() -> None:
    op.execute("ALTER TABLE followups ADD COLUMN gift_key TEXT")
    op.execute("ALTER TABLE followups ADD COLUMN gift_date DATE")
    op.execute(
        "UPDATE followups SET (gift_key, gift_date) = "
        "(SELECT description_key, date FROM gifts WHERE gifts.id = followups.gift_id) WHERE gift_id IS NOT NULL"
    )
    for statement in _INDEXES:
        op.execute(statement)
    for statement in _TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in reversed(_TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP INDEX ix_followups_gift_key_desc_due")
    op.execute("DROP INDEX ix_followups_gift_key_due")
    op.execute("ALTER TABLE followups DROP COLUMN gift_date")
    op.execute("ALTER TABLE followups DROP COLUMN gift_key")
