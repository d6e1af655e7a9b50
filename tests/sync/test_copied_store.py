"""A store file copied elsewhere is recognised before it writes and takes a new replica id; and a clock
that ran ahead stops stamping in the future once it is right again."""

from __future__ import annotations

import shutil

from sqlalchemy import select
from sync_helpers import add_prospect, edit, row

from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.hlc import MAX_LEAD_MS, Stamp, wall_clock_ms
from reciprocity_desktop.store.models import Meta, Prospect, SyncReplica
from reciprocity_desktop.sync import export_file, import_file, list_conflicts


def test_a_copy_and_its_original_both_edit_and_a_third_store_loses_nothing(make_store, files, tmp_path):
    anna = make_store("anna")
    shared = add_prospect(anna, "Schon da GmbH", notes="")
    original_id = anna.replica_id
    path = anna.path
    anna.close()
    copy_path = tmp_path / "elsewhere" / "anna.sqlite3"
    copy_path.parent.mkdir()
    shutil.copyfile(path, copy_path)  # the file copied to another laptop (or beside the original)

    original = open_store(path)
    copy = open_store(copy_path)
    try:
        assert original.replica_id == original_id  # the file it was: the same id
        assert copy.replica_id != original_id  # a copy: a new one before it writes
        with copy.read() as session:
            assert session.get(Meta, "replica_history").value == original_id
            assert session.get(SyncReplica, original_id) is not None  # the old stamps still name a store
        # Both add and edit records, from the same clock state and the same data.
        a_new = add_prospect(original, "Nur im Original")
        c_new = add_prospect(copy, "Nur in der Kopie")
        edit(original, Prospect, shared, notes="from the original")
        edit(copy, Prospect, shared, city="Graz")
        edit(original, Prospect, a_new, notes="original edit")
        edit(copy, Prospect, c_new, notes="copy edit")

        bob = make_store("bob")
        for source, name in ((original, "original"), (copy, "copy")):
            export_file(source, files / f"{name}.rcsync")
            import_file(bob, files / f"{name}.rcsync")
        assert row(bob, Prospect, a_new).notes == "original edit"
        assert row(bob, Prospect, c_new).notes == "copy edit"
        merged = row(bob, Prospect, shared)
        assert (merged.notes, merged.city) == ("from the original", "Graz")
        assert list_conflicts(bob) == []
        # Reopening either file keeps its id.
        for store in (original, copy):
            again = open_store(store.path)
            assert again.replica_id == store.replica_id
            again.close()
    finally:
        original.close()
        copy.close()


def test_a_moved_store_keeps_its_replica_id(make_store, tmp_path):
    anna = make_store("anna")
    first = anna.replica_id
    path = anna.path
    anna.close()
    moved = tmp_path / "moved.sqlite3"
    path.rename(moved)  # a rename keeps the file (its inode)
    store = open_store(moved)
    try:
        assert store.replica_id == first
    finally:
        store.close()


def test_a_clock_that_ran_ahead_stops_stamping_in_the_future_once_it_is_right(make_store, files):
    anna = make_store("anna")
    ahead = wall_clock_ms() + 30 * 86_400_000  # the laptop's clock ran a month ahead ...
    pid = add_prospect(anna, "Vorab GmbH")
    future = f"{ahead:013d}.000007.{anna.replica_id}"
    with anna.session() as session:  # ... and stamped a record and its clock then
        session.get(Meta, "hlc").value = future
    connection = anna.engine.raw_connection()
    try:
        connection.execute("UPDATE prospects SET stamp = ? WHERE id = ?", (future, pid))
        connection.commit()
    finally:
        connection.close()
    # ... and is right again: new records are stamped now, not a month ahead.
    other = add_prospect(anna, "Jetzt GmbH")
    now = wall_clock_ms()
    assert Stamp.parse(row(anna, Prospect, other).stamp).physical_ms <= now + MAX_LEAD_MS
    with anna.read() as session:
        assert Stamp.parse(session.get(Meta, "hlc").value).physical_ms <= now + MAX_LEAD_MS
    # An edit of the record stamped ahead still sorts after that version (the counter on its stamp).
    edit(anna, Prospect, pid, notes="edited")
    assert row(anna, Prospect, pid).stamp > future
    # Elsewhere the edit wins over the version stamped ahead, as it should.
    bob = make_store("bob")
    export_file(anna, files / "a.rcsync")
    summary = import_file(bob, files / "a.rcsync")
    assert row(bob, Prospect, other).name == "Jetzt GmbH"
    # The record stamped a month ahead is held back there until its time has come (rule 7).
    assert {flagged.record_id for flagged in summary.flagged} == {pid}
    with bob.read() as session:
        assert session.scalars(select(Prospect.id)).all() == [other]
