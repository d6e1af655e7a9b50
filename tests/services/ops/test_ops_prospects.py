"""The undoable actions of the Prospects page (services.ops.prospects) and of the whole store (ops.store)."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import csv_io, followups, prospects
from reciprocity_desktop.services.changes import Changes
from reciprocity_desktop.services.errors import NotFound
from reciprocity_desktop.services.ops import prospects as ops
from reciprocity_desktop.services.ops import store as store_ops

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends


def _ids(store) -> set[str]:
    return {p.id for p in prospects.list_prospects(store)}


def test_add_prospect_undo_deletes_and_redo_restores_the_same_record(store):
    op = ops.add_prospect(store, name="Bäckerei Müller", city="München")
    pid = op.value.id
    assert op.changes == Changes.of("prospects", ids=[pid])
    undone = op.undo()
    assert _ids(store) == set()
    redone = undone.undo()
    assert _ids(store) == {pid}
    assert redone.undoable and redone.changes == op.changes


def test_edit_prospect_undo_sets_back_only_the_fields_edited(store):
    p = prospects.add_prospect(store, name="Optik Schön", city="Köln", phone="+49 221 1")
    op = ops.edit_prospect(store, p.id, city="Bonn")
    assert prospects.get_prospect(store, p.id).city == "Bonn"
    prospects.update_prospect(store, p.id, phone="+49 221 2")  # an edit in between stays
    redo = op.undo()
    again = prospects.get_prospect(store, p.id)
    assert (again.city, again.phone) == ("Köln", "+49 221 2")
    redo.undo()
    assert prospects.get_prospect(store, p.id).city == "Bonn"


def test_delete_prospect_is_a_tombstone_undo_restores(store):
    p = prospects.add_prospect(store, name="Autohaus Straßer")
    op = ops.delete_prospect(store, p.id)
    assert _ids(store) == set()
    op.undo()
    assert _ids(store) == {p.id}


def test_add_contact_undo_erases_and_redo_brings_back_the_same_person(store):
    p = prospects.add_prospect(store, name="Kanzlei Weber")
    op = ops.add_contact(store, p.id, name="Dr. Eva Weber", phone="+49 911 1", is_decision_maker=True)
    cid = op.value.id
    assert op.changes == Changes.of("contacts", "prospects", ids=[p.id, cid])
    redo = op.undo()
    assert prospects.list_contacts(store, p.id) == []
    redo.undo()
    [back] = prospects.list_contacts(store, p.id)
    assert (back.id, back.name, back.phone, back.is_decision_maker) == (
        cid,
        "Dr. Eva Weber",
        "+49 911 1",
        True,
    )


def test_edit_contact_undo_sets_back_what_it_was(store):
    p = prospects.add_prospect(store, name="Kanzlei Weber")
    c = prospects.add_contact(store, p.id, name="Eva Weber", role="Owner")
    op = ops.edit_contact(store, c.id, name="Dr. Eva Weber", role="Partner")
    assert op.changes == Changes.of("contacts", "prospects", ids=[p.id, c.id])
    redo = op.undo()
    [before] = prospects.list_contacts(store, p.id)
    assert (before.name, before.role) == ("Eva Weber", "Owner")
    redo.undo()
    assert prospects.list_contacts(store, p.id)[0].role == "Partner"


def test_delete_contact_erases_the_person_and_undo_brings_them_back(store):
    p = prospects.add_prospect(store, name="Optik Schönblick")
    c = prospects.add_contact(store, p.id, name="Julia Schön", email="julia@example.org")
    op = ops.delete_contact(store, c.id)
    assert prospects.list_contacts(store, p.id) == []
    with pytest.raises(NotFound):
        prospects.export_person(store, c.id)
    redo = op.undo()
    [back] = prospects.list_contacts(store, p.id)
    assert (back.id, back.name, back.email) == (c.id, "Julia Schön", "julia@example.org")
    again = redo.undo()  # erased again, and undoable again
    assert prospects.list_contacts(store, p.id) == []
    again.undo()
    assert prospects.list_contacts(store, p.id)[0].name == "Julia Schön"


def test_add_outcome_undo_deletes_it_and_redo_records_it_again(store):
    p = prospects.add_prospect(store, name="Hotel Zur Post")
    op = ops.add_outcome(store, p.id, kind="order", date=dt.date(2026, 3, 20), value="1250")
    assert op.changes.touches("outcomes")
    redo = op.undo()
    assert followups.list_outcomes(store, p.id) == []
    undo = redo.undo()
    [again] = followups.list_outcomes(store, p.id)
    assert (again.kind, again.date, again.value_cents) == ("order", dt.date(2026, 3, 20), 125_000)
    undo.undo()
    assert followups.list_outcomes(store, p.id) == []


def test_whole_store_actions_change_everything_and_cannot_be_undone(store, tmp_path):
    op = store_ops.load_demo(store)
    assert op.changes == Changes.everything() and not op.undoable and op.value
    path = tmp_path / "kunden.csv"
    path.write_text("Firma;PLZ;Ort;Land\nWeingut Hofmann;97070;Würzburg;Deutschland\n", encoding="utf-8")
    op = store_ops.import_csv(store, path)
    assert op.changes == Changes.everything() and not op.undoable and op.value.created == 1
    with pytest.raises(csv_io.Cancelled):
        store_ops.import_csv(store, path, progress=lambda done, total: False)
