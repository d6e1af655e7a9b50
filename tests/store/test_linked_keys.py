"""The copies of another row's sort columns follow that row on every write path (store/sort_keys.py).

A follow-up holds its gift's description key and date, a gift its recipient's name key
(migration 0009). SQLite's triggers keep them:
the ORM, a sync import, the office demo and plain SQL keep them without knowing; the upgrade from
0008 fills them; the drift test sees a missing trigger (tests/store/test_store_migrations.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from alembic import command
from sqlalchemy import create_engine

from reciprocity_desktop.services import contacts, demo, followups, gifts, prospects
from reciprocity_desktop.store import open_store, sort_keys
from reciprocity_desktop.store.engine import _alembic_config
from reciprocity_desktop.sync.exporter import export_file
from reciprocity_desktop.sync.importer import import_file


def stale(store) -> list[tuple]:
    """Every (table, id, copy, held, the parent's) whose copy is not its parent's column (NULL without
    a parent; a link kept for the live rows only is checked on those)."""
    wrong = []
    with store.engine.connect() as connection:
        for link in sort_keys.LINKS:
            live = " AND t.deleted = 0" if link.live_only else ""
            for copy, column in link.copies:
                sql = (
                    f"SELECT t.id, t.{copy}, p.{column} FROM {link.table} AS t LEFT JOIN {link.parent} AS p "
                    f"ON p.id = t.{link.ref} WHERE t.{copy} IS NOT p.{column}{live}"
                )
                wrong += [(link.table, *row) for row in connection.exec_driver_sql(sql)]
    return wrong


def _row(store, table: str, record_id: str, *columns: str) -> tuple:
    with store.engine.connect() as connection:
        sql = f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?"
        return tuple(connection.exec_driver_sql(sql, (record_id,)).one())


def test_the_orm_keeps_the_copies(store):
    owner = prospects.add_prospect(store, name="Weingut Äbi")
    person = contacts.add_contact(store, owner.id, name="Ölaf Groß")
    logged = gifts.log_gift(
        store, owner.id, kind="sample", description="Äpfel ÜBER alles", date="2026-02-03", contact_id=person.id
    )
    fid, gid = logged.followup.id, logged.gift.id
    assert _row(store, "followups", fid, "gift_key", "gift_date") == ("apfel uber alles", "2026-02-03")
    assert _row(store, "gifts", gid, "recipient_key") == ("olaf gross",)
    gifts.update_gift(store, gid, description="Birnen", date="2026-02-05")
    contacts.update_contact(store, person.id, name="Anna")
    assert _row(store, "followups", fid, "gift_key", "gift_date") == ("birnen", "2026-02-05")
    assert _row(store, "gifts", gid, "recipient_key") == ("anna",)
    call = followups.add_followup(store, owner.id, kind="call", due="2026-03-01").followup
    assert _row(store, "followups", call.id, "gift_key", "gift_date") == (None, None)
    # A deleted gift keeps what it had; made live again, it gets its recipient's name as it is now.
    gifts.delete_gift(store, gid)
    contacts.update_contact(store, person.id, name="Berta")
    gifts.restore_gift(store, gid)
    assert _row(store, "gifts", gid, "recipient_key") == ("berta",)
    # Deleting the person erases them from the gifts too.
    contacts.delete_contact(store, person.id)
    assert _row(store, "gifts", gid, "contact_id", "recipient_key") == (None, None)
    assert stale(store) == []


def test_plain_sql_keeps_the_copies(store):
    """A row written with wrong copies, a changed link, a tampered copy, a hard delete: the triggers follow."""
    owner = prospects.add_prospect(store, name="Brauhaus")
    person = contacts.add_contact(store, owner.id, name="Sepp")
    first = gifts.log_gift(store, owner.id, kind="sample", description="Bier", date="2026-01-10").gift
    second = gifts.log_gift(store, owner.id, kind="sample", description="Brezn", date="2026-01-20").gift
    with store.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO followups (id, prospect_id, gift_id, due, kind, note, result, note_key, result_key, "
            "created_at, updated_at, stamp, deleted, gift_key) VALUES ('f-raw', ?, ?, "
            "'2026-02-01', 'call', '', '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00', '', 0, 'wrong')",
            (owner.id, first.id),
        )
        connection.exec_driver_sql("UPDATE followups SET gift_id = ? WHERE id = 'f-raw'", (second.id,))
        connection.exec_driver_sql("UPDATE followups SET gift_key = 'tampered' WHERE id = 'f-raw'")
        connection.exec_driver_sql("UPDATE gifts SET contact_id = ? WHERE id = ?", (person.id, first.id))
        connection.exec_driver_sql("UPDATE gifts SET recipient_key = 'tampered' WHERE id = ?", (first.id,))
    assert _row(store, "followups", "f-raw", "gift_key", "gift_date") == ("brezn", "2026-01-20")
    assert _row(store, "gifts", first.id, "recipient_key") == ("sepp",)
    raw = sqlite3.connect(store.path)  # foreign keys off, as a bulk import runs
    try:
        with raw:
            raw.execute("DELETE FROM gifts WHERE id = ?", (second.id,))
            assert raw.execute("SELECT gift_key, gift_date FROM followups WHERE id = 'f-raw'").fetchall() == [
                (None, None)
            ]
            raw.execute("UPDATE followups SET gift_id = NULL WHERE id = 'f-raw'")  # leaves nothing dangling
    finally:
        raw.close()
    assert stale(store) == []


def test_a_sync_import_and_the_office_demo_keep_the_copies(tmp_path):
    anna, ben = open_store(tmp_path / "anna.sqlite3"), open_store(tmp_path / "ben.sqlite3")
    try:
        demo.load_demo(anna, today=dt.date(2026, 3, 2), prospects=60)
        with anna.engine.connect() as connection:
            filled = connection.exec_driver_sql("SELECT count(gift_key) FROM followups").scalar()
            recipients = connection.exec_driver_sql("SELECT count(recipient_key) FROM gifts").scalar()
        assert min(filled, recipients) > 0
        assert stale(anna) == []
        export_file(anna, tmp_path / "one.rcsync")
        import_file(ben, tmp_path / "one.rcsync")
        assert stale(ben) == []
        with anna.engine.connect() as connection:
            gift_id = connection.exec_driver_sql(
                "SELECT gift_id FROM followups WHERE gift_id IS NOT NULL LIMIT 1"
            ).scalar()
            contact_id = connection.exec_driver_sql(
                "SELECT contact_id FROM gifts WHERE contact_id IS NOT NULL AND deleted = 0 LIMIT 1"
            ).scalar()
        gifts.update_gift(anna, gift_id, description="Ganz neu")
        contacts.update_contact(anna, contact_id, name="Umbenannt")
        export_file(anna, tmp_path / "two.rcsync")
        import_file(ben, tmp_path / "two.rcsync")
        assert stale(ben) == []
        with ben.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT DISTINCT gift_key FROM followups WHERE gift_id = ?", (gift_id,)
            ).all() == [("ganz neu",)]
            assert connection.exec_driver_sql(
                "SELECT DISTINCT recipient_key FROM gifts WHERE contact_id = ? AND deleted = 0", (contact_id,)
            ).all() == [("umbenannt",)]
        # The copies never travel: derived, as the sort keys are.
        assert {"gift_key", "gift_date", "recipient_key"} <= sort_keys.KEY_COLUMNS
    finally:
        anna.close()
        ben.close()


def test_the_upgrade_from_0008_fills_the_copies(tmp_path):
    path = tmp_path / "at0008.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008_route_times")
        connection.commit()
    engine.dispose()
    db = sqlite3.connect(path)
    try:
        stamp = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 's1', 0"
        db.execute(
            "INSERT INTO prospects (id, name, street, postal_code, city, country, phone, email, website, industry, "
            f"stage, tags, notes, search_text, sort_name, created_at, updated_at, stamp, deleted) VALUES ('p1', "
            f"'Alt', '', '', '', 'DE', '', '', '', '', 'prospect', '', '', 'alt', 'alt', {stamp})"
        )
        db.execute(
            "INSERT INTO contacts (id, prospect_id, name, name_key, role, phone, email, is_decision_maker, notes, "
            f"created_at, updated_at, stamp, deleted) VALUES ('c1', 'p1', 'Ämmi', 'ammi', '', '', '', 0, '', {stamp})"
        )
        db.execute(
            "INSERT INTO gifts (id, prospect_id, contact_id, date, kind, description, description_key, cost_cents, "
            "quantity, personal, unexpected, meaningful, reaction_note, created_at, updated_at, stamp, deleted) "
            f"VALUES ('g1', 'p1', 'c1', '2025-05-06', 'sample', 'Öl', 'ol', 0, 1, 0, 0, 0, '', {stamp})"
        )
        for fid, gift in (("f1", "'g1'"), ("f2", "NULL")):
            db.execute(
                "INSERT INTO followups (id, prospect_id, gift_id, due, kind, note, result, note_key, result_key, "
                f"created_at, updated_at, stamp, deleted) VALUES ('{fid}', 'p1', {gift}, '2025-06-01', 'call', "
                f"'', '', '', '', {stamp})"
            )
        db.commit()
    finally:
        db.close()
    store = open_store(path)
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT id, gift_key, gift_date, stamp FROM followups ORDER BY id"
            ).all() == [("f1", "ol", "2025-05-06", "s1"), ("f2", None, None, "s1")]
            assert connection.exec_driver_sql("SELECT recipient_key, stamp FROM gifts").all() == [("ammi", "s1")]
            names = {name for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}  # fmt: skip
        assert set(sort_keys.LINKED_KEY_TRIGGERS) <= names
        gifts.update_gift(store, "g1", description="Essig")
        assert _row(store, "followups", "f1", "gift_key") == ("essig",)
        assert stale(store) == []
    finally:
        store.close()
