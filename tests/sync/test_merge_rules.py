"""Every merge rule of docs/sync-format.md, one at a time, on real stores and real files."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import zipfile

import pytest
from sqlalchemy import func, select
from sync_helpers import (
    add_contact,
    add_gift,
    add_prospect,
    delete,
    dump,
    dump_everything,
    edit,
    record,
    row,
    stamp_at,
    write_file,
)

from reciprocity_desktop.store.hlc import MAX_LEAD_MS, Stamp, wall_clock_ms
from reciprocity_desktop.store.models import (
    Contact,
    Gift,
    Meta,
    Prospect,
    SyncConflict,
    SyncImport,
    SyncRecordVersion,
)
from reciprocity_desktop.sync import (
    ImportCancelled,
    ImportCounts,
    RecordError,
    export_file,
    import_file,
    list_conflicts,
    preview_import,
    restore_conflict,
)
from reciprocity_desktop.textutil import fold


def send(source, target, files, name):
    path = files / f"{name}.rcsync"
    export_file(source, path)
    return import_file(target, path)


# -- identity and stamps --------------------------------------------------------------------------


def test_records_are_matched_by_their_uuid_not_by_name_or_row(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    anna_id = add_prospect(anna, "Bäckerei Müller")
    bob_id = add_prospect(bob, "Bäckerei Müller")
    summary = send(anna, bob, files, "a")
    assert summary.counts == ImportCounts(new=1)
    with bob.read() as session:
        ids = set(session.scalars(select(Prospect.id)))
    assert ids == {anna_id, bob_id}


def test_imported_records_keep_their_stamps_and_times(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Metallbau Schäfer")
    before = row(anna, Prospect, pid)
    send(anna, bob, files, "a")
    after = row(bob, Prospect, pid)
    assert (after.stamp, after.updated_at, after.created_at) == (
        before.stamp,
        before.updated_at,
        before.created_at,
    )
    assert Stamp.parse(after.stamp).replica_id == anna.replica_id


@pytest.mark.parametrize("order", list(itertools.permutations([0, 1, 2])))
def test_exports_e1_e2_e3_in_any_order_end_in_e3(make_store, files, order):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Hotel Zur Post", notes="v1")
    paths = []
    for version in ("v1", "v2", "v3"):
        if version != "v1":
            edit(anna, Prospect, pid, notes=version)
        path = files / f"{version}.rcsync"
        export_file(anna, path)
        paths.append(path)
    for index in order:
        import_file(bob, paths[index])
    assert row(bob, Prospect, pid).notes == "v3"
    assert dump(bob) == dump(anna)
    assert list_conflicts(bob) == []


def test_changes_of_different_fields_both_survive(make_store, files):
    # Format 2 merges field by field (it was the later row as a whole in format 1).
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Gärtnerei Grünwald", city="Graz", notes="")
    send(anna, bob, files, "a0")
    edit(anna, Prospect, pid, notes="anna's note")  # earlier change
    edit(bob, Prospect, pid, city="Maribor")  # later change, other field
    send(anna, bob, files, "a1")
    send(bob, anna, files, "b1")
    for store in (anna, bob):
        current = row(store, Prospect, pid)
        assert (current.city, current.notes) == ("Maribor", "anna's note")
        assert list_conflicts(store) == []
    assert dump(anna) == dump(bob)


def test_importing_the_same_file_twice_or_an_older_file_changes_nothing(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Autohaus Straßer", notes="old")
    old = files / "old.rcsync"
    export_file(anna, old)
    edit(anna, Prospect, pid, notes="new")
    new = files / "new.rcsync"
    export_file(anna, new)
    import_file(bob, new)
    everything = dump_everything(bob.path)
    assert import_file(bob, new).counts == ImportCounts(unchanged=1)
    assert import_file(bob, old).counts == ImportCounts(unchanged=1)
    assert dump_everything(bob.path) == everything
    assert row(bob, Prospect, pid).notes == "new"


def test_own_records_coming_back_in_a_colleagues_file_are_fine(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Zahnarztpraxis Dr. Özdemir")
    add_gift(anna, pid)
    send(anna, bob, files, "a")
    edit(anna, Prospect, pid, notes="changed after the export")
    everything = dump_everything(anna.path)
    summary = send(bob, anna, files, "b")
    assert summary.counts == ImportCounts(unchanged=2)
    assert dump_everything(anna.path) == everything


# -- tombstones -----------------------------------------------------------------------------------


def test_a_delete_beats_older_edits_and_an_older_file_never_brings_it_back(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Brauhaus Weißbier")
    old = files / "old.rcsync"
    export_file(anna, old)
    import_file(bob, old)
    delete(anna, Prospect, pid)
    summary = send(anna, bob, files, "deleted")
    assert summary.counts == ImportCounts(deleted=1)
    assert row(bob, Prospect, pid).deleted
    assert import_file(bob, old).counts == ImportCounts(unchanged=1)
    assert row(bob, Prospect, pid).deleted


def test_a_delete_loses_to_a_later_edit_and_the_tombstone_is_logged(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Metzgerei Huber")
    send(anna, bob, files, "a0")
    delete(anna, Prospect, pid)  # earlier
    edit(bob, Prospect, pid, notes="still a customer!")  # later, concurrent
    summary = send(anna, bob, files, "a1")
    assert summary.counts == ImportCounts(unchanged=1, conflicts=1)
    send(bob, anna, files, "b1")
    for store in (anna, bob):
        current = row(store, Prospect, pid)
        assert not current.deleted and current.notes == "still a customer!"
    assert dump(anna) == dump(bob)
    logged = list_conflicts(anna) + list_conflicts(bob)
    assert {(c.losing_side, c.lost_deleted) for c in logged} == {("local", True), ("incoming", True)}


def test_a_tombstone_of_a_record_never_seen_is_kept_so_old_files_cannot_revive_it(make_store, files):
    anna, bob, carl = make_store("anna"), make_store("bob"), make_store("carl")
    pid = add_prospect(anna, "Schreinerei Holz")
    old = files / "old.rcsync"
    export_file(anna, old)
    delete(anna, Prospect, pid)
    summary = send(anna, carl, files, "tomb")
    assert summary.counts == ImportCounts(deleted=1)
    assert import_file(carl, old).counts == ImportCounts(unchanged=1)
    assert row(carl, Prospect, pid).deleted
    assert bob is not None


def test_deleting_a_contact_reaches_every_store_without_personal_data(make_store, files):
    anna, bob, carl = make_store("anna"), make_store("bob"), make_store("carl")
    pid = add_prospect(anna, "Praxis Novak")
    cid = add_contact(anna, pid, "Mojca Novak", phone="+386 1 234", role="Owner", notes="likes tea")
    send(anna, bob, files, "a0")
    send(bob, carl, files, "b0")
    assert row(carl, Contact, cid).name == "Mojca Novak"
    delete(anna, Contact, cid)
    tomb = files / "tomb.rcsync"
    export_file(anna, tomb)
    with zipfile.ZipFile(tomb) as zf:
        contacts = zf.read("records/contacts.jsonl").decode()
    assert "Mojca" not in contacts and "+386" not in contacts and "tea" not in contacts
    import_file(bob, tomb)
    send(bob, carl, files, "b1")
    for store in (bob, carl):
        contact = row(store, Contact, cid)
        assert contact.deleted
        assert (contact.name, contact.role, contact.phone, contact.email, contact.notes) == (
            "",
            "",
            "",
            "",
            "",
        )
        assert "mojca" not in row(store, Prospect, pid).search_text


def test_a_contact_tombstone_carrying_personal_data_is_blanked_when_applied(make_store, files):
    bob = make_store("bob")
    pid = "11111111-1111-4111-8111-111111111111"
    cid = "22222222-2222-4222-8222-222222222222"
    write_file(
        files / "live.rcsync",
        {
            "prospects": [record("prospects", pid, stamp_at(counter=1))],
            "contacts": [record("contacts", cid, stamp_at(counter=2), prospect_id=pid, name="Jan de Vries")],
        },
    )
    import_file(bob, files / "live.rcsync")
    assert "jan de vries" in row(bob, Prospect, pid).search_text
    tombstone = record(
        "contacts",
        cid,
        stamp_at(counter=3),
        prospect_id=pid,
        name="Jan de Vries",
        phone="06-1234",
        deleted=True,
    )
    write_file(files / "tomb.rcsync", {"prospects": [], "contacts": [tombstone]})
    assert import_file(bob, files / "tomb.rcsync").counts == ImportCounts(deleted=1)
    contact = row(bob, Contact, cid)
    assert contact.deleted and contact.name == "" and contact.phone == ""
    assert "jan" not in row(bob, Prospect, pid).search_text


def test_a_persons_deletion_keeps_no_losing_copy_in_the_conflict_log(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Praxis Novak")
    cid = add_contact(anna, pid, "Mojca Novak")
    send(anna, bob, files, "a0")
    edit(bob, Contact, cid, phone="+386 40 111")  # concurrent edit of the person...
    delete(anna, Contact, cid)  # ...and the later deletion
    summary = send(anna, bob, files, "a1")
    assert summary.deleted == 1 and summary.conflicts == 0
    send(bob, anna, files, "b1")
    for store in (anna, bob):
        assert row(store, Contact, cid).deleted
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(SyncConflict)) == 0
            logged = " ".join(session.scalars(select(SyncConflict.lost_record)))
        assert "Mojca" not in logged and "+386" not in logged


def test_a_local_deletion_of_a_person_purges_their_earlier_conflict_copies(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Praxis Novak")
    cid = add_contact(anna, pid, "Mojca Novak")
    send(anna, bob, files, "a0")
    edit(anna, Contact, cid, notes="anna's")
    edit(bob, Contact, cid, notes="bob's")
    send(anna, bob, files, "a1")
    assert len(list_conflicts(bob)) == 1
    delete(bob, Contact, cid)
    assert list_conflicts(bob) == []
    with bob.read() as session:
        assert session.scalar(select(func.count()).select_from(SyncConflict)) == 0


# -- conflicts ------------------------------------------------------------------------------------


def test_a_plain_newer_version_is_not_a_conflict(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    send(anna, bob, files, "a0")
    edit(bob, Prospect, pid, notes="bob builds on anna's version")
    summary = send(bob, anna, files, "b0")
    assert summary.counts == ImportCounts(updated=1)
    edit(anna, Prospect, pid, notes="anna builds on bob's")
    summary = send(anna, bob, files, "a1")
    assert summary.counts == ImportCounts(updated=1)
    assert list_conflicts(anna) == [] and list_conflicts(bob) == []


def test_a_real_conflict_keeps_the_loser_on_both_sides_once(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    send(anna, bob, files, "a0")
    edit(anna, Prospect, pid, notes="anna")
    edit(bob, Prospect, pid, notes="bob")  # later: wins
    summary = send(anna, bob, files, "a1")
    assert summary.counts == ImportCounts(unchanged=1, conflicts=1)
    summary = send(bob, anna, files, "b1")
    assert summary.counts == ImportCounts(updated=1, conflicts=1)
    assert row(anna, Prospect, pid).notes == row(bob, Prospect, pid).notes == "bob"
    (at_bob,) = list_conflicts(bob)
    (at_anna,) = list_conflicts(anna)
    assert (at_bob.losing_side, at_bob.lost["notes"], at_bob.lost_by) == ("incoming", "anna", "anna")
    assert (at_anna.losing_side, at_anna.lost["notes"], at_anna.found_in_file_of) == ("local", "anna", "bob")
    assert at_anna.differences == ("notes",)
    # Exchanging again (in both directions, and old files) logs nothing more.
    send(anna, bob, files, "a2")
    send(bob, anna, files, "b2")
    import_file(bob, files / "a1.rcsync")
    assert len(list_conflicts(anna)) == 1 and len(list_conflicts(bob)) == 1


def test_a_conflict_seen_by_a_third_store_is_logged_there_too(make_store, files):
    anna, bob, carl = make_store("anna"), make_store("bob"), make_store("carl")
    pid = add_prospect(anna, "Bäckerei Müller")
    send(anna, bob, files, "a0")
    edit(anna, Prospect, pid, notes="anna")
    edit(bob, Prospect, pid, notes="bob")
    send(anna, carl, files, "a1")
    summary = send(bob, carl, files, "b1")
    assert summary.counts == ImportCounts(updated=1, conflicts=1)
    (entry,) = list_conflicts(carl)
    assert entry.lost["notes"] == "anna"


def test_restoring_a_conflict_makes_the_loser_current_with_a_new_local_stamp(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    send(anna, bob, files, "a0")
    edit(anna, Prospect, pid, notes="anna", city="Graz")
    edit(bob, Prospect, pid, notes="bob")
    send(bob, anna, files, "b1")
    assert row(anna, Prospect, pid).notes == "bob"
    winner_stamp = row(anna, Prospect, pid).stamp
    (entry,) = list_conflicts(anna)
    restore_conflict(anna, entry.id)
    current = row(anna, Prospect, pid)
    assert (current.notes, current.city) == ("anna", "Graz")
    assert current.stamp > winner_stamp and Stamp.parse(current.stamp).replica_id == anna.replica_id
    assert "graz" in current.search_text
    assert list_conflicts(anna) == []
    assert [e.restored_at is not None for e in list_conflicts(anna, include_restored=True)] == [True]
    with pytest.raises(Exception, match="already restored"):
        restore_conflict(anna, entry.id)
    summary = send(anna, bob, files, "a2")
    assert summary.new == 0 and summary.updated == 1
    assert row(bob, Prospect, pid).notes == "anna"
    assert dump(anna) == dump(bob)


def test_restoring_an_unknown_conflict_is_a_clear_error(make_store):
    anna = make_store("anna")
    from reciprocity_desktop.services.errors import NotFound

    with pytest.raises(NotFound, match="no conflict 42"):
        restore_conflict(anna, 42)


# -- derived values, references, clock ------------------------------------------------------------


def test_search_text_is_recomputed_for_imported_prospects_and_contacts(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Čebelarstvo Kranjc", city="Škofja Loka", postal_code="4220")
    add_contact(anna, pid, "Žiga Horvat")
    send(anna, bob, files, "a0")
    assert row(bob, Prospect, pid).search_text.split() == row(anna, Prospect, pid).search_text.split()
    assert "ziga" in row(bob, Prospect, pid).search_text
    assert row(bob, Prospect, pid).sort_name == fold("Čebelarstvo Kranjc")
    cid = add_contact(bob, pid, "Ana Zupan")
    send(bob, anna, files, "b0")
    assert "zupan" in row(anna, Prospect, pid).search_text
    delete(bob, Contact, cid)
    send(bob, anna, files, "b1")
    assert "zupan" not in row(anna, Prospect, pid).search_text


def test_a_reference_to_an_unknown_record_refuses_the_file_and_changes_nothing(make_store, files):
    bob = make_store("bob")
    add_prospect(bob, "Already here")
    good = "11111111-1111-4111-8111-111111111111"
    write_file(
        files / "bad.rcsync",
        {
            "prospects": [record("prospects", good, stamp_at(counter=1))],
            "gifts": [
                record(
                    "gifts", "33333333-3333-4333-8333-333333333333", stamp_at(counter=2), prospect_id=good
                ),
                record(
                    "gifts",
                    "44444444-4444-4444-8444-444444444444",
                    stamp_at(counter=3),
                    prospect_id="99999999-9999-4999-8999-999999999999",
                ),
            ],
        },
    )
    before = dump_everything(bob.path)
    with pytest.raises(RecordError) as caught:
        import_file(bob, files / "bad.rcsync")
    message = str(caught.value)
    assert (
        "records/gifts.jsonl line 2" in message
        and "prospect_id" in message
        and "neither in the file" in message
    )
    assert dump_everything(bob.path) == before
    assert not (bob.path.parent / "backups").exists() or not list(
        (bob.path.parent / "backups").glob("*import*")
    )


def test_a_reference_to_a_record_already_in_the_store_is_fine(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    send(anna, bob, files, "a0")
    gid = "33333333-3333-4333-8333-333333333333"
    write_file(files / "gift.rcsync", {"gifts": [record("gifts", gid, stamp_at(), prospect_id=pid)]})
    assert import_file(bob, files / "gift.rcsync").counts == ImportCounts(new=1)
    assert row(bob, Gift, gid).prospect_id == pid


def test_local_edits_after_an_import_sort_after_the_imported_stamps(make_store, files):
    bob = make_store("bob")
    pid = "11111111-1111-4111-8111-111111111111"
    ahead = wall_clock_ms() + 3_600_000  # a colleague's clock one hour ahead: its records are imported
    write_file(files / "ahead.rcsync", {"prospects": [record("prospects", pid, stamp_at(ahead, 5))]})
    import_file(bob, files / "ahead.rcsync")
    edit(bob, Prospect, pid, notes="edited here afterwards")
    # The edit of that record sorts after the version it replaced ...
    assert row(bob, Prospect, pid).stamp > stamp_at(ahead, 5)
    # ... but the clock does not follow a stamp more than MAX_LEAD_MS ahead (docs/sync-format.md, section 2):
    # other records are stamped at this laptop's time, not an hour in the future.
    other = add_prospect(bob, "Nachher GmbH")
    assert Stamp.parse(row(bob, Prospect, other).stamp).physical_ms <= wall_clock_ms() + MAX_LEAD_MS
    with bob.read() as session:
        assert Stamp.parse(session.get(Meta, "hlc").value).physical_ms < ahead


# -- future stamps ---------------------------------------------------------------------------------


def test_far_future_stamps_are_flagged_held_back_and_do_not_move_the_clock(make_store, files, monkeypatch):
    bob = make_store("bob")
    pid_ok = "11111111-1111-4111-8111-111111111111"
    pid_future = "22222222-2222-4222-8222-222222222222"
    gid_child = "33333333-3333-4333-8333-333333333333"
    future = wall_clock_ms() + 400 * 86_400_000  # a laptop whose clock is a year ahead
    write_file(
        files / "future.rcsync",
        {
            "prospects": [
                record("prospects", pid_ok, stamp_at(counter=1)),
                record("prospects", pid_future, stamp_at(future), name="Zukunft AG"),
            ],
            "gifts": [record("gifts", gid_child, stamp_at(counter=2), prospect_id=pid_future)],
        },
    )
    clock_before = bob.clock.last
    summary = import_file(bob, files / "future.rcsync")
    assert summary.counts == ImportCounts(new=1, held_back=2)
    flagged = {(f.table, f.record_id, f.reason) for f in summary.flagged}
    assert flagged == {("prospects", pid_future, "future"), ("gifts", gid_child, "parent")}
    lines = summary.lines()
    assert any(line.startswith("future timestamp: prospects") and "Zukunft AG" in line for line in lines)
    with bob.read() as session:
        assert session.get(Prospect, pid_future) is None
        assert session.get(Gift, gid_child) is None
        assert Stamp.parse(session.get(Meta, "hlc").value).physical_ms < future
    assert bob.clock.last.physical_ms < future and bob.clock.last >= clock_before
    # Once that time has come, the same file brings them in.
    import reciprocity_desktop.sync.merge as merge

    monkeypatch.setattr(merge, "wall_clock_ms", lambda: future)
    summary = import_file(bob, files / "future.rcsync")
    assert summary.counts == ImportCounts(new=2, unchanged=1)


# -- transaction, backup, preview, cancel ---------------------------------------------------------


def test_preview_writes_nothing_and_predicts_the_import(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    add_gift(anna, pid)
    send(anna, bob, files, "a0")
    edit(anna, Prospect, pid, notes="anna")
    edit(bob, Prospect, pid, notes="bob")
    add_prospect(anna, "Neu GmbH")
    export_file(anna, files / "a1.rcsync")
    before = dump_everything(bob.path)
    preview = preview_import(bob, files / "a1.rcsync")
    assert preview.dry_run and "dry run: nothing was written" in preview.lines()
    assert dump_everything(bob.path) == before
    actual = import_file(bob, files / "a1.rcsync")
    assert preview.counts == actual.counts == ImportCounts(new=1, unchanged=2, conflicts=1)


def test_an_import_takes_a_backup_first_and_records_its_history(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    add_prospect(anna, "Bäckerei Müller")
    summary = send(anna, bob, files, "a0")
    assert summary.backup_path is not None and summary.backup_path.exists()
    assert "before-import" in summary.backup_path.name
    with bob.read() as session:
        history = session.get(SyncImport, summary.import_id)
        assert (history.source_replica_id, history.source_store_name, history.new) == (
            anna.replica_id,
            "anna",
            1,
        )


@pytest.mark.parametrize("stop_while", ["checking", "writing"])
def test_cancelling_rolls_everything_back(make_store, files, stop_while, monkeypatch):
    import reciprocity_desktop.sync.batch as batch
    import reciprocity_desktop.sync.merge as merge

    monkeypatch.setattr(merge, "PROGRESS_EVERY", 1)
    monkeypatch.setattr(batch, "BATCH", 10)
    anna, bob = make_store("anna"), make_store("bob")
    for i in range(30):
        add_prospect(anna, f"Prospect {i}")
    export_file(anna, files / "a.rcsync")
    before = dump_everything(bob.path)
    reported = []

    def progress(done, total):
        reported.append((done, total))
        limit = 10 if stop_while == "checking" else total // 2 + 25  # after two batches were written
        return done < limit

    with pytest.raises(ImportCancelled, match="cancelled"):
        import_file(bob, files / "a.rcsync", progress=progress)
    assert dump_everything(bob.path) == before
    total = reported[-1][1]
    assert total == 60
    assert max(done for done, _ in reported) == (10 if stop_while == "checking" else total // 2 + 25)


def test_version_vectors_are_recorded_for_colleagues_records(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    send(anna, bob, files, "a0")
    with bob.read() as session:
        entry = session.get(SyncRecordVersion, ("prospects", pid))
    assert entry is not None and entry.stamp == row(anna, Prospect, pid).stamp
    edit(bob, Prospect, pid, notes="bob")
    export_file(bob, files / "b0.rcsync")
    with zipfile.ZipFile(files / "b0.rcsync") as zf:
        (line,) = zf.read("records/prospects.jsonl").decode().splitlines()
    exported = json.loads(line)
    assert exported["stamp"] == row(bob, Prospect, pid).stamp
    assert exported["seen"] == [row(anna, Prospect, pid).stamp]


def test_colleague_gifts_is_given_a_date_too(make_store, files):
    from sync_helpers import add_visit

    from reciprocity_desktop.sync import colleague_gifts_for_planned_visits

    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    add_gift(anna, pid, "Old gift", date=dt.date(2026, 1, 5))
    send(anna, bob, files, "a0")
    add_visit(bob, pid, dt.date.today() + dt.timedelta(days=1))
    assert [g.description for g in colleague_gifts_for_planned_visits(bob, dt.date(2000, 1, 1))] == [
        "Old gift"
    ]
    assert colleague_gifts_for_planned_visits(bob, dt.date.today() + dt.timedelta(days=2)) == []
