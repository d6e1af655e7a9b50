"""list orders across tables: copies of another row's sort columns, kept by triggers

Revision ID: 0009_list_search
Revises: 0008_route_times

The Follow-ups page sorted by its "Gift" column, and the Gifts page by "Recipient", joined every
row to the row it names: a page in the middle of 280,000 done follow-ups read the gifts up to it
(0.4–2.4 s). The listed rows now hold copies of those sort columns — ``followups.gift_key`` /
``gift_date`` (the linked gift's ``description_key`` and ``date``) and ``gifts.recipient_key`` (the
recipient's ``name_key``); NULL without one — each order with an index of the live rows and its
descending twin, so that every page reads one index, as the other orders do; the follow-ups'
search finds the gift's description in ``gift_key``. Triggers on both sides of each link keep the
copies for every writer (the ORM, a sync import, the office demo: see store/sort_keys.py); the
upgrade fills them for the rows already there. Change stamps are not touched.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_list_search"
down_revision: str | None = "0008_route_times"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, column, type) of the copies.
_COLUMNS = (
    ("followups", "gift_key", "TEXT"),
    ("followups", "gift_date", "DATE"),
    ("gifts", "recipient_key", "TEXT"),
)
_FILL = (
    "UPDATE followups SET (gift_key, gift_date) = (SELECT description_key, date FROM gifts "
    "WHERE gifts.id = followups.gift_id) WHERE gift_id IS NOT NULL",
    "UPDATE gifts SET recipient_key = (SELECT name_key FROM contacts WHERE contacts.id = gifts.contact_id) "
    "WHERE contact_id IS NOT NULL",
)
_INDEXES = {
    "ix_followups_gift_key_due": "followups (is_done, gift_key, gift_date, gift_id, due)",
    "ix_followups_gift_key_desc_due": "followups (is_done, gift_key DESC, gift_date DESC, gift_id DESC, due)",
    "ix_gifts_recipient_key_date": "gifts (recipient_key, contact_id, date)",
    "ix_gifts_recipient_key_desc_date": "gifts (recipient_key DESC, contact_id DESC, date)",
}
_TRIGGERS = {
    "followups_linked_keys_ai": (
        'CREATE TRIGGER followups_linked_keys_ai AFTER INSERT ON followups WHEN new.gift_key IS NOT '
        '(SELECT description_key FROM gifts WHERE id = new.gift_id) OR new.gift_date IS NOT (SELECT '
        'date FROM gifts WHERE id = new.gift_id) BEGIN UPDATE followups SET gift_key = (SELECT '
        'description_key FROM gifts WHERE id = new.gift_id), gift_date = (SELECT date FROM gifts '
        'WHERE id = new.gift_id) WHERE rowid = new.rowid; END'
    ),
    "followups_linked_keys_au": (
        'CREATE TRIGGER followups_linked_keys_au AFTER UPDATE OF gift_id, gift_key, gift_date, '
        'deleted ON followups WHEN new.gift_key IS NOT (SELECT description_key FROM gifts WHERE id = '
        'new.gift_id) OR new.gift_date IS NOT (SELECT date FROM gifts WHERE id = new.gift_id) BEGIN '
        'UPDATE followups SET gift_key = (SELECT description_key FROM gifts WHERE id = new.gift_id), '
        'gift_date = (SELECT date FROM gifts WHERE id = new.gift_id) WHERE rowid = new.rowid; END'
    ),
    "gifts_linked_keys_ai": (
        'CREATE TRIGGER gifts_linked_keys_ai AFTER INSERT ON gifts WHEN new.recipient_key IS NOT '
        '(SELECT name_key FROM contacts WHERE id = new.contact_id) BEGIN UPDATE gifts SET '
        'recipient_key = (SELECT name_key FROM contacts WHERE id = new.contact_id) WHERE rowid = '
        'new.rowid; END'
    ),
    "gifts_linked_keys_au": (
        'CREATE TRIGGER gifts_linked_keys_au AFTER UPDATE OF contact_id, recipient_key, deleted ON '
        'gifts WHEN new.recipient_key IS NOT (SELECT name_key FROM contacts WHERE id = '
        'new.contact_id) BEGIN UPDATE gifts SET recipient_key = (SELECT name_key FROM contacts WHERE '
        'id = new.contact_id) WHERE rowid = new.rowid; END'
    ),
    "gifts_followups_gift_id_au": (
        'CREATE TRIGGER gifts_followups_gift_id_au AFTER UPDATE OF description_key, date ON gifts '
        'BEGIN UPDATE followups SET gift_key = new.description_key, gift_date = new.date WHERE '
        'gift_id = new.id AND (gift_key, gift_date) IS NOT (new.description_key, new.date); END'
    ),
    "gifts_followups_gift_id_ad": (
        'CREATE TRIGGER gifts_followups_gift_id_ad AFTER DELETE ON gifts BEGIN UPDATE followups SET '
        'gift_key = NULL, gift_date = NULL WHERE gift_id = old.id; END'
    ),
    "contacts_gifts_contact_id_au": (
        'CREATE TRIGGER contacts_gifts_contact_id_au AFTER UPDATE OF name_key ON contacts BEGIN '
        'UPDATE gifts SET recipient_key = new.name_key WHERE contact_id = new.id AND deleted IS 0 AND '
        '(recipient_key) IS NOT (new.name_key); END'
    ),
    "contacts_gifts_contact_id_ad": (
        'CREATE TRIGGER contacts_gifts_contact_id_ad AFTER DELETE ON contacts BEGIN UPDATE gifts SET '
        'recipient_key = NULL WHERE contact_id = old.id AND deleted IS 0; END'
    ),
}

#: PostgreSQL: the same copies kept by PL/pgSQL trigger functions. A listed row's own copies are set
#: BEFORE it is written (NEW is assigned, no second UPDATE); a change of the linked row updates the
#: rows naming it AFTER. (name, table, timing and events, body of the function.)
_PG_TRIGGERS = (
    (
        "followups_linked_keys", "followups", "BEFORE INSERT OR UPDATE OF gift_id, gift_key, gift_date, deleted",
        "SELECT description_key, date INTO NEW.gift_key, NEW.gift_date FROM gifts WHERE id = NEW.gift_id; "
        "IF NOT FOUND THEN NEW.gift_key := NULL; NEW.gift_date := NULL; END IF; RETURN NEW;",
    ),
    (
        "gifts_linked_keys", "gifts", "BEFORE INSERT OR UPDATE OF contact_id, recipient_key, deleted",
        "NEW.recipient_key := (SELECT name_key FROM contacts WHERE id = NEW.contact_id); RETURN NEW;",
    ),
    (
        "gifts_followups_gift_id_au", "gifts", "AFTER UPDATE OF description_key, date",
        "UPDATE followups SET gift_key = NEW.description_key, gift_date = NEW.date WHERE gift_id = NEW.id "
        "AND (gift_key, gift_date) IS DISTINCT FROM (NEW.description_key, NEW.date); RETURN NULL;",
    ),
    (
        "gifts_followups_gift_id_ad", "gifts", "AFTER DELETE",
        "UPDATE followups SET gift_key = NULL, gift_date = NULL WHERE gift_id = OLD.id; RETURN NULL;",
    ),
    (
        "contacts_gifts_contact_id_au", "contacts", "AFTER UPDATE OF name_key",
        "UPDATE gifts SET recipient_key = NEW.name_key WHERE contact_id = NEW.id AND deleted IS false "
        "AND recipient_key IS DISTINCT FROM NEW.name_key; RETURN NULL;",
    ),
    (
        "contacts_gifts_contact_id_ad", "contacts", "AFTER DELETE",
        "UPDATE gifts SET recipient_key = NULL WHERE contact_id = OLD.id AND deleted IS false; RETURN NULL;",
    ),
)  # fmt: skip


def upgrade() -> None:
    postgresql = op.get_context().dialect.name == "postgresql"
    for table, column, kind in _COLUMNS:
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    for statement in _FILL:
        op.execute(statement)
    live = "deleted IS false" if postgresql else "deleted IS 0"
    for name, columns in _INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {columns} WHERE {live}")
    if postgresql:
        for name, table, when, body in _PG_TRIGGERS:
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
            op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()")
        return
    for statement in _TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for name, table, _when, _body in reversed(_PG_TRIGGERS):
            op.execute(f"DROP TRIGGER {name} ON {table}")
            op.execute(f"DROP FUNCTION {name}()")
        for name in reversed(_INDEXES):
            op.execute(f"DROP INDEX {name}")
        for table, column, _kind in reversed(_COLUMNS):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        return
    for name in reversed(_TRIGGERS):
        op.execute(f"DROP TRIGGER {name}")
    for name in reversed(_INDEXES):
        op.execute(f"DROP INDEX {name}")
    for table, column, _kind in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
