"""Erasing a person reaches the backups (issue 14): after ``delete_contact`` no byte of them is in any backup file."""

from __future__ import annotations

import datetime as dt
import sqlite3

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.services import gifts, prospects
from reciprocity_desktop.store import backups as b
from reciprocity_desktop.ui.backup import suggested_backup

PERSON = {
    "name": "Zebulon Quixotewright",
    "role": "Kellermeister Oberaufsicht",
    "phone": "+49 171 9988776655",
    "email": "zebulon.quixotewright@example.org",
    "notes": "Prefers Riesling from the Mosel; allergic to hazelnuts",
}


def _secrets() -> list[bytes]:
    return [value.encode() for value in PERSON.values()] + [b"zebulon quixotewright"]


def test_a_deleted_persons_data_is_gone_from_every_backup_file(store):
    prospect = prospects.add_prospect(store, name="Weingut Sonnenhang", city="Bernkastel")
    person = prospects.add_contact(store, prospect.id, **PERSON)
    other = prospects.add_contact(store, prospect.id, name="Other Person Staysname")
    gifts.log_gift(store, prospect.id, kind="sample", description="Riesling 2021", contact_id=person.id)
    made = [
        b.backup_file(store.path, "daily", now=dt.datetime.now() - dt.timedelta(days=3)),
        b.backup_file(store.path, "before-import"),
        b.backup_file(store.path, "before-migration-0008_x"),
    ]
    manual = suggested_backup(store.path)  # what File → Backup… writes
    b.copy_store(store.path, manual)
    for path in [*made, manual]:
        assert any(secret in path.read_bytes() for secret in _secrets())  # the person is in every copy

    erased = prospects.delete_contact(store, person.id)

    assert erased["erased_backups"] == 4
    folder = backup_dir_for(store.path)
    files = [path for path in folder.iterdir() if path.is_file()]
    assert {*made, manual} <= set(files)
    for path in files:
        data = path.read_bytes()
        found = [secret for secret in _secrets() if secret in data]
        assert found == [], f"{path.name} still holds {found}"
    for path in [*made, manual]:
        assert b.integrity_ok(path)
        assert b.is_sound(path)
        connection = sqlite3.connect(path)
        try:
            assert connection.execute("SELECT deleted, name FROM contacts WHERE id = ?", (person.id,)).fetchone() == (
                1,
                "",
            )
            assert connection.execute("SELECT name FROM contacts WHERE id = ?", (other.id,)).fetchone() == (
                "Other Person Staysname",
            )
            assert connection.execute("SELECT contact_id FROM gifts").fetchall() == [(None,)]
            [text] = connection.execute("SELECT search_text FROM prospects").fetchone()
            assert "zebulon" not in text and "staysname" in text
        finally:
            connection.close()


def test_the_persons_export_stays_as_it_is(store):
    prospect = prospects.add_prospect(store, name="Weingut Sonnenhang")
    person = prospects.add_contact(store, prospect.id, **PERSON)
    b.backup_file(store.path, "manual")
    exported = prospects.export_person(store, person.id)
    assert exported["contact"]["name"] == PERSON["name"]
    assert set(exported) == {"contact", "organisation", "gifts_received"}
