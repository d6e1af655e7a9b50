"""Field-level merge (format 2): each field carries its own stamp; edits of different fields on two
laptops both survive; the same field edited on both: the later wins, the loser is logged for that field
and restores exactly that field. Files of format 1 still import (every field at the record's stamp)."""

from __future__ import annotations

import json
import zipfile

import pytest
from sqlalchemy import select
from sync_helpers import add_contact, add_prospect, delete, dump, edit, row

from reciprocity_desktop.store.models import Contact, Prospect, SyncFieldStamp
from reciprocity_desktop.sync import export_file, import_file, list_conflicts, restore_conflict


def send(source, target, files, name):
    path = files / f"{name}.rcsync"
    export_file(source, path)
    return import_file(target, path)


def _shared_contact(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Tischlerei Holz")
    cid = add_contact(anna, pid, "Eva Kern", phone="+43 1 100", email="eva@old.example")
    send(anna, bob, files, "start")
    return anna, bob, cid


@pytest.mark.parametrize("first", ["anna", "bob"])
def test_phone_on_one_laptop_and_email_on_the_other_both_survive(make_store, files, first):
    anna, bob, cid = _shared_contact(make_store, files)
    edit(anna, Contact, cid, phone="+43 1 222")  # A changes the phone
    edit(bob, Contact, cid, email="eva@new.example")  # B, later, the e-mail
    stores = {"anna": anna, "bob": bob}
    one, other = stores[first], stores["bob" if first == "anna" else "anna"]
    summary = send(one, other, files, "one")
    assert summary.conflicts == 0 and summary.updated == 1
    send(other, one, files, "other")
    for store in (anna, bob):
        contact = row(store, Contact, cid)
        assert (contact.phone, contact.email) == ("+43 1 222", "eva@new.example")
        assert list_conflicts(store) == []
    assert dump(anna) == dump(bob)
    # Exchanging again changes nothing.
    assert send(anna, bob, files, "again").updated == 0
    assert send(bob, anna, files, "again2").updated == 0


def test_the_file_carries_each_fields_stamp(make_store, files):
    anna, bob, cid = _shared_contact(make_store, files)
    before = row(anna, Contact, cid).stamp
    edit(anna, Contact, cid, phone="+43 1 222")
    export_file(anna, files / "a.rcsync")
    with zipfile.ZipFile(files / "a.rcsync") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        (line,) = zf.read("records/contacts.jsonl").splitlines()
    record = json.loads(line)
    assert manifest["format_version"] == 2
    # The phone carries the record's (new) stamp; every other field its earlier one.
    assert "phone" not in record["fields"] and record["fields"]["email"] == before
    assert set(record["fields"]) == {"prospect_id", "name", "role", "email", "is_decision_maker", "notes"}
    with anna.read() as session:
        stamps = {s.field: s.stamp for s in session.scalars(select(SyncFieldStamp))}
    assert stamps["email"] == before and "phone" not in stamps


def test_the_same_field_on_both_the_later_wins_and_the_loser_is_logged_and_restorable(make_store, files):
    anna, bob, cid = _shared_contact(make_store, files)
    edit(anna, Contact, cid, phone="+43 1 anna", notes="anna's note")  # earlier
    edit(bob, Contact, cid, phone="+43 1 bob")  # later, the same field
    send(anna, bob, files, "a")
    send(bob, anna, files, "b")
    for store in (anna, bob):
        contact = row(store, Contact, cid)
        assert (contact.phone, contact.notes) == ("+43 1 bob", "anna's note")
    assert dump(anna) == dump(bob)
    # Anna's phone lost: her store logs it, for that one field.
    (entry,) = list_conflicts(anna)
    assert (entry.field, entry.differences, entry.losing_side) == ("phone", ("phone",), "local")
    assert entry.lost["phone"] == "+43 1 anna"
    # Restoring puts back exactly that field: the notes and the e-mail stay as they are.
    edit(anna, Contact, cid, email="eva@later.example")
    restore_conflict(anna, entry.id)
    contact = row(anna, Contact, cid)
    assert (contact.phone, contact.notes, contact.email) == ("+43 1 anna", "anna's note", "eva@later.example")
    # ... and it is a new local edit that wins everywhere, without touching the other fields there.
    edit(bob, Contact, cid, role="Chefin")
    send(anna, bob, files, "restored")
    send(bob, anna, files, "back")
    for store in (anna, bob):
        contact = row(store, Contact, cid)
        assert (contact.phone, contact.email, contact.role) == ("+43 1 anna", "eva@later.example", "Chefin")


def test_a_third_store_gets_the_merged_fields(make_store, files):
    anna, bob, cid = _shared_contact(make_store, files)
    carl = make_store("carl")
    send(anna, carl, files, "c0")
    edit(anna, Contact, cid, phone="+43 1 222")
    edit(bob, Contact, cid, email="eva@new.example")
    send(bob, carl, files, "bob-first")  # carl has bob's version ...
    send(anna, bob, files, "a")  # bob merges anna's phone in
    send(bob, carl, files, "merged")  # ... and then bob's merged one
    contact = row(carl, Contact, cid)
    assert (contact.phone, contact.email) == ("+43 1 222", "eva@new.example")


def test_a_file_of_format_1_imports_with_the_record_stamp_on_every_field(make_store, files):
    anna, bob, cid = _shared_contact(make_store, files)
    edit(anna, Contact, cid, phone="+43 1 222")  # earlier
    edit(bob, Contact, cid, email="eva@new.example")  # later, by a laptop still writing format 1
    export_file(bob, files / "b2.rcsync")
    with zipfile.ZipFile(files / "b2.rcsync") as source, zipfile.ZipFile(files / "b1.rcsync", "w") as old:
        manifest = json.loads(source.read("manifest.json"))
        manifest["format_version"] = 1
        for entry in manifest["tables"]:
            lines = []
            for line in source.read(entry["member"]).splitlines():
                record = json.loads(line)
                record.pop("fields", None)
                lines.append(json.dumps(record).encode() + b"\n")
            data = b"".join(lines)
            import hashlib

            entry["bytes"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
            old.writestr(entry["member"], data)
        old.writestr("manifest.json", json.dumps(manifest))
    summary = import_file(anna, files / "b1.rcsync")
    assert summary.format_version == 1
    contact = row(anna, Contact, cid)
    # Every field of bob's version is as new as its record: his (old) phone wins over anna's earlier one,
    # which is kept in the log for that field.
    assert (contact.email, contact.phone) == ("eva@new.example", "+43 1 100")
    (entry,) = list_conflicts(anna)
    assert entry.field == "phone" and entry.lost["phone"] == "+43 1 222"


def test_a_deletion_against_an_edit_of_another_field_converges(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    carl = make_store("carl")
    pid = add_prospect(anna, "Autohaus Blau", notes="", city="Linz")
    for target in (bob, carl):
        send(anna, target, files, f"start-{target.name}")
    edit(bob, Prospect, pid, notes="bob's note")  # earlier edit
    delete(carl, Prospect, pid)  # later deletion
    edit(anna, Prospect, pid, city="Wels")  # latest edit
    for source, target in [(carl, bob), (anna, bob), (bob, carl), (anna, carl), (bob, anna), (carl, anna)]:
        send(source, target, files, f"{source.name}-{target.name}")
    assert dump(anna) == dump(bob) == dump(carl)
    prospect = row(anna, Prospect, pid)
    assert (prospect.deleted, prospect.city, prospect.notes) == (False, "Wels", "bob's note")
