"""The lists' folded sort keys follow their texts on every write path; migration 0007's indexes are the models'.

A gift's description, a follow-up's note and result and a contact's name have a folded copy the
lists sort by (store/sort_keys.py). It must never lag behind its text: not through the ORM (the
session hook), a sync import, the office demo or the migration that adds it.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateIndex

from reciprocity_desktop.services import contacts, demo, followups, gifts, prospects
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Base, Contact, FollowUp, Gift
from reciprocity_desktop.store.sort_keys import SORT_KEYS
from reciprocity_desktop.sync.exporter import export_file
from reciprocity_desktop.sync.importer import import_file
from reciprocity_desktop.textutil import fold

MODELS = {"gifts": Gift, "followups": FollowUp, "contacts": Contact}


def stale_keys(store) -> list[tuple]:
    """Every (table, id, key, stored key, folded text) whose key is not its folded text."""
    wrong = []
    with store.read() as session:
        for table, pairs in SORT_KEYS.items():
            model = MODELS[table]
            for key, field in pairs:
                query = select(model.id, getattr(model, key), getattr(model, field))
                for record_id, stored, text in session.execute(query):
                    if stored != fold(text or ""):
                        wrong.append((table, record_id, key, stored, fold(text or "")))
    return wrong


def test_the_session_hook_keeps_the_keys_of_new_and_edited_records(store):
    owner = prospects.add_prospect(store, name="Özdemir Praxis")
    person = contacts.add_contact(store, owner.id, name="Ábel  Čuk")
    gift = gifts.log_gift(
        store, owner.id, kind="sample", description="Äpfel ÜBER alles", contact_id=person.id
    )
    with store.read() as session:
        assert session.get(Gift, gift.gift.id).description_key == "apfel uber alles"
        assert session.get(Contact, person.id).name_key == "abel cuk"
        assert session.get(FollowUp, gift.followup.id).note_key == fold(gift.followup.note)
    gifts.update_gift(store, gift.gift.id, description="Birnen")
    contacts.update_contact(store, person.id, name="Zoë")
    followups.complete_followup(store, gift.followup.id, result="Très bien")
    with store.read() as session:
        assert session.get(Gift, gift.gift.id).description_key == "birnen"
        assert session.get(Contact, person.id).name_key == "zoe"
        assert session.get(FollowUp, gift.followup.id).result_key == "tres bien"
    assert stale_keys(store) == []


def test_a_key_alone_is_no_edit(store):
    """Setting a key the hook computes does not restamp a record (it is derived, like sort_name)."""
    owner = prospects.add_prospect(store, name="Müller")
    gift = gifts.log_gift(store, owner.id, kind="sample", description="Kaffee").gift
    with store.read() as session:
        stamp = session.get(Gift, gift.id).stamp
    with store.session() as session:
        session.get(Gift, gift.id).description_key = "something else"
    with store.read() as session:
        row = session.get(Gift, gift.id)
        assert (row.stamp, row.description_key) == (stamp, "something else")


def test_a_sync_import_writes_the_keys_of_new_and_changed_records(tmp_path):
    anna, ben = open_store(tmp_path / "anna.sqlite3"), open_store(tmp_path / "ben.sqlite3")
    try:
        _sync_twice(anna, ben, tmp_path)
    finally:
        anna.close()
        ben.close()


def _sync_twice(anna, ben, files):
    owner = prospects.add_prospect(anna, name="Café Sacher")
    person = contacts.add_contact(anna, owner.id, name="Jürgen")
    gift = gifts.log_gift(anna, owner.id, kind="sample", description="Éclairs", contact_id=person.id)
    export_file(anna, files / "one.rcsync")
    import_file(ben, files / "one.rcsync")
    assert stale_keys(ben) == []
    with ben.read() as session:
        assert session.get(Gift, gift.gift.id).description_key == "eclairs"
    gifts.update_gift(anna, gift.gift.id, description="Strüdel")
    contacts.update_contact(anna, person.id, name="Ölaf")
    followups.update_followup_note(anna, gift.followup.id, "Nachfragen, ob es geschmeckt hat")
    export_file(anna, files / "two.rcsync")
    import_file(ben, files / "two.rcsync")
    assert stale_keys(ben) == []
    with ben.read() as session:
        assert session.get(Gift, gift.gift.id).description_key == "strudel"
        assert session.get(Contact, person.id).name_key == "olaf"


def test_the_office_demo_writes_the_keys(store):
    demo.load_demo(store, today=dt.date(2026, 3, 2), prospects=60)
    assert stale_keys(store) == []


def _normalised(sql: str) -> str:
    sql = re.sub(r"\s+", " ", sql.replace('"', "")).strip().lower()
    return sql.replace("create index if not exists", "create index")


def _model_indexes() -> dict[str, str]:
    dialect = sqlite.dialect()
    return {
        index.name: _normalised(str(CreateIndex(index).compile(dialect=dialect)))
        for table in Base.metadata.sorted_tables
        for index in table.indexes
    }


def test_the_migrated_indexes_are_the_models_with_their_order_and_condition(tmp_path, old_store_path):
    """The drift test does not compare DESC columns or partial-index conditions; this does."""
    for path in (tmp_path / "new.sqlite3", old_store_path):
        store = open_store(path)
        try:
            with store.engine.connect() as connection:
                stored = {
                    name: _normalised(sql)
                    for name, sql in connection.exec_driver_sql(
                        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    )
                }
        finally:
            store.close()
        assert stored == _model_indexes()


def test_migrating_an_old_store_fills_the_keys(old_store_path):
    store = open_store(old_store_path)
    try:
        assert stale_keys(store) == []
        with store.read() as session:
            assert any(session.scalars(select(Gift.description_key)))
    finally:
        store.close()
