"""A follow-up's copies of its gift's sort key and date follow the gift on every write path.

``followups.gift_key`` / ``gift_date`` (migration 0009, store/sort_keys.py) are kept by SQLite's
triggers: the ORM, a sync import, the office demo and plain SQL keep them without knowing; the
upgrade from 0008 fills them; the drift test sees a missing trigger.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from alembic import command
from sqlalchemy import create_engine

from reciprocity_desktop.services import demo, followups, gifts, prospects
from reciprocity_desktop.store import open_store, sort_keys
from reciprocity_desktop.store.engine import _alembic_config
from reciprocity_desktop.sync.exporter import export_file
from reciprocity_desktop.sync.importer import import_file

#: Follow-ups whose copies are not their gift's key and date (NULL, NULL without a stored gift).
STALE = (
    "SELECT f.id, f.gift_key, f.gift_date, g.description_key, g.date FROM followups AS f "
    "LEFT JOIN gifts AS g ON g.id = f.gift_id "
    "WHERE (f.gift_key, f.gift_date) IS NOT (g.description_key, g.date)"
)


def _rows(store, sql: str, *params) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql, params)]


def _keys(store, followup_id: str, connection=None) -> tuple:
    if connection is not None:
        sql = "SELECT gift_key, gift_date FROM followups WHERE id = ?"
        return tuple(connection.exec_driver_sql(sql, (followup_id,)).one())
    [row] = _rows(store, "SELECT gift_key, gift_date FROM followups WHERE id = ?", followup_id)
    return row


def test_the_orm_keeps_the_copies(store):
    owner = prospects.add_prospect(store, name="Weingut Äbi")
    logged = gifts.log_gift(store, owner.id, kind="sample", description="Äpfel ÜBER alles", date="2026-02-03")
    assert _keys(store, logged.followup.id) == ("apfel uber alles", "2026-02-03")
    gifts.update_gift(store, logged.gift.id, description="Birnen", date="2026-02-05")
    assert _keys(store, logged.followup.id) == ("birnen", "2026-02-05")
    call = followups.add_followup(store, owner.id, kind="call", due="2026-03-01").followup
    assert _keys(store, call.id) == (None, None)
    assert _rows(store, STALE) == []


def test_plain_sql_keeps_the_copies_whatever_the_order_of_the_writes(store):
    """A follow-up stored before its gift, a changed link, a hard delete: the triggers follow."""
    owner = prospects.add_prospect(store, name="Brauhaus")
    first = gifts.log_gift(store, owner.id, kind="sample", description="Bier", date="2026-01-10")
    with store.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        connection.exec_driver_sql(
            "INSERT INTO followups (id, prospect_id, gift_id, due, kind, note, result, note_key, result_key, "
            "created_at, updated_at, stamp, deleted, gift_key) VALUES ('f-early', ?, 'g-late', '2026-02-01', "
            "'call', '', '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00', '', 0, 'wrong')",
            (owner.id,),
        )
        assert _keys(store, "f-early", connection) == (None, None)  # its gift is not stored yet
        connection.exec_driver_sql(
            "INSERT INTO gifts (id, prospect_id, date, kind, description, description_key, cost_cents, quantity, "
            "personal, unexpected, meaningful, reaction_note, created_at, updated_at, stamp, deleted) VALUES "
            "('g-late', ?, '2026-01-20', 'sample', 'Brezn', 'brezn', 0, 1, 0, 0, 0, '', '2026-01-01 00:00:00', "
            "'2026-01-01 00:00:00', '', 0)",
            (owner.id,),
        )
    assert _keys(store, "f-early") == ("brezn", "2026-01-20")
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE followups SET gift_id = ? WHERE id = 'f-early'", (first.gift.id,))
        assert _keys(store, "f-early", connection) == ("bier", "2026-01-10")
        connection.exec_driver_sql("UPDATE followups SET gift_key = 'tampered' WHERE id = 'f-early'")
        assert _keys(store, "f-early", connection) == ("bier", "2026-01-10")
        connection.exec_driver_sql("UPDATE followups SET gift_id = 'g-late' WHERE id = 'f-early'")
    raw = sqlite3.connect(store.path)  # foreign keys off, as a bulk import runs
    try:
        with raw:
            raw.execute("DELETE FROM gifts WHERE id = 'g-late'")
            assert raw.execute("SELECT gift_key, gift_date FROM followups WHERE id = 'f-early'").fetchall() == [
                (None, None)
            ]
            raw.execute("UPDATE followups SET gift_id = NULL WHERE id = 'f-early'")  # leaves nothing dangling
    finally:
        raw.close()
    assert _rows(store, STALE) == []


def test_a_sync_import_and_the_office_demo_keep_the_copies(tmp_path):
    anna, ben = open_store(tmp_path / "anna.sqlite3"), open_store(tmp_path / "ben.sqlite3")
    try:
        demo.load_demo(anna, today=dt.date(2026, 3, 2), prospects=60)
        assert _rows(anna, "SELECT count(*) FROM followups WHERE gift_key IS NOT NULL")[0][0] > 0
        assert _rows(anna, STALE) == []
        export_file(anna, tmp_path / "one.rcsync")
        import_file(ben, tmp_path / "one.rcsync")
        assert _rows(ben, STALE) == []
        [(some_gift,)] = _rows(anna, "SELECT gift_id FROM followups WHERE gift_id IS NOT NULL LIMIT 1")
        gifts.update_gift(anna, some_gift, description="Ganz neu")
        export_file(anna, tmp_path / "two.rcsync")
        import_file(ben, tmp_path / "two.rcsync")
        assert _rows(ben, STALE) == []
        assert _rows(ben, "SELECT DISTINCT gift_key FROM followups WHERE gift_id = ?", some_gift) == [("ganz neu",)]
        # The copies never travel: the file's follow-ups have no such field.
        assert not sort_keys.KEY_COLUMNS.isdisjoint({"gift_key", "gift_date"})
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
            "INSERT INTO gifts (id, prospect_id, date, kind, description, description_key, cost_cents, quantity, "
            "personal, unexpected, meaningful, reaction_note, created_at, updated_at, stamp, deleted) VALUES "
            f"('g1', 'p1', '2025-05-06', 'sample', 'Öl', 'ol', 0, 1, 0, 0, 0, '', {stamp})"
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
        assert _rows(store, "SELECT id, gift_key, gift_date, stamp FROM followups ORDER BY id") == [
            ("f1", "ol", "2025-05-06", "s1"),
            ("f2", None, None, "s1"),
        ]
        names = {name for (name,) in _rows(store, "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert set(sort_keys.LINKED_KEY_TRIGGERS) <= names
        gifts.update_gift(store, "g1", description="Essig")
        assert _keys(store, "f1") == ("essig", "2025-05-06")
    finally:
        store.close()
