"""The file as docs/sync-format.md describes it: members, manifest, checksums, encryption, --since."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import zipfile

import pytest
from sqlalchemy import update
from sync_helpers import add_contact, add_gift, add_prospect, delete, dump, edit, read_members, row

from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store.hlc import wall_clock_ms
from reciprocity_desktop.store.models import Contact, Gift, Prospect
from reciprocity_desktop.sync import (
    ExportCancelled,
    PassphraseError,
    SyncError,
    SyncFileError,
    export_file,
    import_file,
    preview_import,
)
from reciprocity_desktop.sync import crypto as sync_crypto
from reciprocity_desktop.sync.format import TABLES

MEMBERS = [spec.member for spec in TABLES]


@pytest.fixture(autouse=True)
def _fast_scrypt(monkeypatch):
    monkeypatch.setattr(sync_crypto, "SCRYPT_N", 2**10)


def _small_store(make_store, name="anna"):
    store = make_store(name)
    pid = add_prospect(store, "Bäckerei Müller", postal_code="50667")
    cid = add_contact(store, pid, "Anna Schmidt", phone="+49 221 1")
    add_gift(store, pid, "Kaffeeprobe", contact_id=cid)
    gone = add_contact(store, pid, "Gone Person", phone="+49 0")
    delete(store, Contact, gone)
    return store, pid, cid, gone


def test_the_file_is_a_zip_with_a_manifest_and_one_json_lines_member_per_table(make_store, files):
    store, pid, cid, gone = _small_store(make_store)
    summary = export_file(store, files / "a.rcsync")
    assert summary.tables == {
        "prospects": 1,
        "contacts": 2,
        "stock_items": 0,
        "visits": 0,
        "gifts": 1,
        "followups": 0,
        "outcomes": 0,
        "stock_movements": 0,
    }
    assert summary.deleted == 1 and summary.bytes == (files / "a.rcsync").stat().st_size
    members = read_members(files / "a.rcsync")
    assert sorted(members) == sorted(["manifest.json", *MEMBERS])
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "reciprocity-sync" and manifest["format_version"] == 2
    assert manifest["store"] == {"id": store.replica_id, "name": "anna"}
    assert manifest["replicas"] == {store.replica_id: "anna"}
    assert manifest["since"] is None
    created = dt.datetime.fromisoformat(manifest["created_at"])
    assert abs((dt.datetime.now(dt.UTC) - created).total_seconds()) < 60
    assert [t["name"] for t in manifest["tables"]] == [spec.name for spec in TABLES]
    for entry in manifest["tables"]:
        data = members[entry["member"]]
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        assert entry["records"] == data.count(b"\n")
        assert data == b"" or data.endswith(b"\n")
    assert members["records/stock_items.jsonl"] == b""
    prospects = [json.loads(line) for line in members["records/prospects.jsonl"].splitlines()]
    assert prospects[0]["id"] == pid and prospects[0]["name"] == "Bäckerei Müller"
    assert "search_text" not in prospects[0] and "sort_name" not in prospects[0]
    assert list(prospects[0])[:5] == ["id", "stamp", "deleted", "created_at", "updated_at"]
    assert prospects[0]["created_at"].endswith("Z")
    contacts = {c["id"]: c for c in map(json.loads, members["records/contacts.jsonl"].splitlines())}
    assert contacts[cid]["phone"] == "+49 221 1"
    assert (
        contacts[gone]["deleted"] is True and contacts[gone]["name"] == "" and contacts[gone]["phone"] == ""
    )
    gifts = [json.loads(line) for line in members["records/gifts.jsonl"].splitlines()]
    assert gifts[0]["date"] == "2026-11-20" and gifts[0]["contact_id"] == cid and gifts[0]["cost_cents"] == 0


def test_an_export_is_written_under_a_temporary_name_and_renamed_when_complete(
    make_store, files, monkeypatch
):
    store, *_ = _small_store(make_store)
    target = files / "a.rcsync"
    target.write_bytes(b"the previous export")
    renames = []
    real_replace = os.replace

    def spy(source, destination):
        renames.append((source, destination, target.read_bytes()))
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", spy)
    export_file(store, target)
    ((source, destination, content_at_rename),) = renames
    assert os.fspath(destination) == os.fspath(target)
    assert os.path.dirname(source) == os.fspath(files) and os.path.basename(source).startswith(".a.rcsync.")
    assert content_at_rename == b"the previous export"  # untouched until the complete file replaces it
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in files.iterdir()) == ["a.rcsync"]


def test_a_cancelled_or_failed_export_leaves_the_old_file_and_no_temporary_file(make_store, files):
    store, *_ = _small_store(make_store)
    target = files / "a.rcsync"
    target.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        export_file(store, target, progress=lambda done, total: False)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in files.iterdir()) == ["a.rcsync"]
    with pytest.raises(SyncError, match="does not exist"):
        export_file(store, files / "no-such-folder" / "a.rcsync")
    with pytest.raises(SyncError, match="is a folder"):
        export_file(store, files)


def test_an_encrypted_file_needs_the_right_passphrase(make_store, files):
    store, pid, *_ = _small_store(make_store)
    bob = make_store("bob")
    summary = export_file(store, files / "secret.rcsync", passphrase="correct horse")
    assert summary.encrypted
    data = (files / "secret.rcsync").read_bytes()
    assert data.startswith(b"RECIPROCITY-SYNC-ENCRYPTED\n")
    assert not zipfile.is_zipfile(files / "secret.rcsync")
    assert b"M\xc3\xbcller" not in data and b"Schmidt" not in data
    header = json.loads(data.splitlines()[1])
    assert (header["kdf"], header["cipher"], header["n"]) == ("scrypt", "AES-256-GCM", 2**10)
    with pytest.raises(PassphraseError, match="is encrypted"):
        import_file(bob, files / "secret.rcsync")
    with pytest.raises(PassphraseError, match="Wrong passphrase"):
        import_file(bob, files / "secret.rcsync", passphrase="wrong horse")
    assert dump(bob) == {spec.name: {} for spec in TABLES}
    result = import_file(bob, files / "secret.rcsync", passphrase="correct horse")
    assert result.encrypted and result.new == 3 and result.deleted == 1
    assert row(bob, Prospect, pid).name == "Bäckerei Müller"
    with pytest.raises(PassphraseError, match="empty"):
        export_file(store, files / "x.rcsync", passphrase="")


def test_a_large_encrypted_file_spans_several_chunks(make_store, files, monkeypatch):
    monkeypatch.setattr(sync_crypto, "CHUNK_SIZE", 1000)
    store = make_store("anna")
    for i in range(40):
        add_prospect(store, f"Prospect {i}", notes="x" * 200)
    export_file(store, files / "big.rcsync", passphrase="pw")
    size = (files / "big.rcsync").stat().st_size
    assert size > 3000  # several 1000-byte chunks
    bob = make_store("bob")
    assert import_file(bob, files / "big.rcsync", passphrase="pw").new == 40
    data = (files / "big.rcsync").read_bytes()
    head_end = data.index(b"\n", len(sync_crypto.MAGIC)) + 1
    # Dropping the final chunk (truncating at a chunk boundary) is detected.
    (files / "cut.rcsync").write_bytes(data[: head_end + 2 * 1016])
    with pytest.raises(SyncFileError, match="damaged"):
        preview_import(bob, files / "cut.rcsync", passphrase="pw")
    # So are swapped chunks.
    chunk = 1016
    swapped = (
        data[:head_end] + data[head_end + chunk : head_end + 2 * chunk] + data[head_end : head_end + chunk]
    )
    (files / "swapped.rcsync").write_bytes(swapped + data[head_end + 2 * chunk :])
    with pytest.raises(SyncFileError, match="damaged"):
        preview_import(bob, files / "swapped.rcsync", passphrase="pw")


def _age(store, model, record_id, days):
    """Pretend the record's current version was made ``days`` ago."""
    moment = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    stamp = f"{int(moment.timestamp() * 1000):013d}.000000.{store.replica_id}"
    with store.session() as session:
        session.info["keep_stamps"] = True
        session.execute(update(model).where(model.id == record_id).values(stamp=stamp, updated_at=moment))


def test_since_exports_recent_changes_tombstones_and_what_they_refer_to(make_store, files):
    anna = make_store("anna")
    old_parent = add_prospect(anna, "Old parent")
    old_alone = add_prospect(anna, "Old and untouched")
    recent = add_prospect(anna, "Recent")
    gift = add_gift(anna, old_parent, "Recent gift")
    old_gift = add_gift(anna, old_alone, "Old gift")
    removed = add_prospect(anna, "Recently deleted")
    delete(anna, Prospect, removed)
    for record_id in (old_parent, old_alone):
        _age(anna, Prospect, record_id, 30)
    _age(anna, Gift, old_gift, 30)
    since = dt.date.today() - dt.timedelta(days=2)
    summary = export_file(anna, files / "since.rcsync", since=since.isoformat())
    assert summary.since == since
    members = read_members(files / "since.rcsync")
    assert json.loads(members["manifest.json"])["since"] == since.isoformat()
    prospects = {json.loads(line)["id"] for line in members["records/prospects.jsonl"].splitlines()}
    gifts = {json.loads(line)["id"] for line in members["records/gifts.jsonl"].splitlines()}
    assert prospects == {recent, removed, old_parent}  # old_parent: the recent gift needs it
    assert gifts == {gift}
    assert summary.deleted == 1
    bob = make_store("bob")  # a store that never had the parent can import the partial file
    result = import_file(bob, files / "since.rcsync")
    assert result.new == 3 and result.deleted == 1
    with pytest.raises(ValidationError, match="not a date"):
        export_file(anna, files / "x.rcsync", since="last week")


def test_the_since_cutoff_is_inclusive_of_the_day(make_store, files):
    anna = make_store("anna")
    add_prospect(anna, "Today")
    summary = export_file(anna, files / "today.rcsync", since=dt.date.today())
    assert summary.records == 1
    summary = export_file(anna, files / "tomorrow.rcsync", since=dt.date.today() + dt.timedelta(days=1))
    assert summary.records == 0


def test_another_program_can_write_a_file_from_the_spec(make_store, files):
    """A file put together by hand from docs/sync-format.md is accepted as is."""
    from sync_helpers import record, stamp_at, write_file

    bob = make_store("bob")
    pid = "0f0e0d0c-0b0a-4909-8807-060504030201"
    write_file(
        files / "hand.rcsync",
        {
            "prospects": [
                record("prospects", pid, stamp_at(counter=1), name="Handmade d.o.o.", country="SI")
            ],
            "visits": [record("visits", "v1", stamp_at(counter=2), prospect_id=pid, planned_time="09:30")],
            "outcomes": [
                record(
                    "outcomes", "o1", stamp_at(counter=3), prospect_id=pid, visit_id="v1", value_cents=12000
                )
            ],
        },
    )
    summary = import_file(bob, files / "hand.rcsync")
    assert summary.new == 3 and summary.source_store_name == "Crafted laptop"
    assert row(bob, Prospect, pid).country == "SI"


def test_the_local_clock_is_kept_when_a_file_has_old_stamps(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Old")
    _age(anna, Prospect, pid, 300)
    export_file(anna, files / "old.rcsync")
    before = wall_clock_ms()
    import_file(bob, files / "old.rcsync")
    edit(bob, Prospect, pid, notes="now")
    assert int(row(bob, Prospect, pid).stamp[:13]) >= before


def test_the_storage_form_used_by_bulk_import_and_export_is_sqlalchemys():
    """Bulk import/export read and write dates in SQLite's text form directly; it must be SQLAlchemy's."""
    from sqlalchemy import Column, Date, MetaData, Table, create_engine, insert

    from reciprocity_desktop.store.models import UTCDateTime
    from reciprocity_desktop.sync.format import datetime_from_storage, storage_row

    moment = dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    metadata = MetaData()
    probe = Table("probe", metadata, Column("moment", UTCDateTime), Column("day", Date))
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        metadata.create_all(connection)
        connection.execute(insert(probe), {"moment": moment, "day": dt.date(2026, 1, 2)})
        stored_moment, stored_day = connection.exec_driver_sql("SELECT moment, day FROM probe").one()
    engine.dispose()
    assert (stored_moment, stored_day) == ("2026-01-02 03:04:05.000006", "2026-01-02")
    assert datetime_from_storage(stored_moment) == "2026-01-02T03:04:05.000006Z"
    assert datetime_from_storage("2026-01-02 03:04:05") == "2026-01-02T03:04:05.000000Z"
    spec = TABLES[0]
    obj = {name: "" for name in spec.fields}
    obj.update(created_at="2026-01-02T03:04:05.000006Z", updated_at="2026-01-02T03:04:05.000006Z")
    row = storage_row(spec, obj)
    assert row[spec.fields.index("created_at")] == stored_moment
