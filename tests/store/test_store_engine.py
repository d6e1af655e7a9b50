"""The store file: ids, timestamps, WAL, foreign keys, tombstones, replica id and change stamps."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from reciprocity_desktop.services import followups, gifts, prospects, stock_movements, visits
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.engine import KEEP_BACKUPS, copy_store
from reciprocity_desktop.store.hlc import Stamp
from reciprocity_desktop.store.models import RECORD_MODELS, Contact, Meta, Prospect


def _one_of_everything(store) -> dict[str, str]:
    """One live row in every synced table, made through the services. Returns table -> id."""
    prospect = prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")
    contact = prospects.add_contact(store, prospect.id, name="Jürgen Müller")
    item = gifts.add_stock_item(store, name="Coffee sample", quantity=5, unit_cost="8.50")
    visit = visits.plan_day(store, "2025-06-02", [prospect.id])[0]
    result = gifts.log_gift(
        store, prospect.id, kind="sample", description="Coffee", date="2025-06-02", stock_item_id=item.id
    )
    outcome = followups.add_outcome(store, prospect.id, kind="order", date="2025-06-20", value="100")
    _item, movements = stock_movements.list_movements(store, item.id)  # its opening, the gift's draw
    return {
        "prospects": prospect.id,
        "contacts": contact.id,
        "stock_items": item.id,
        "visits": visit.id,
        "gifts": result.gift.id,
        "followups": result.followup.id,
        "outcomes": outcome.id,
        "stock_movements": movements[-1].id,
    }


def test_every_synced_table_has_the_common_columns(store):
    inspector = inspect(store.engine)
    for model in RECORD_MODELS:
        columns = {c["name"]: c for c in inspector.get_columns(model.__tablename__)}
        for name in ("id", "created_at", "updated_at", "stamp", "deleted"):
            assert name in columns, f"{model.__tablename__} lacks {name}"
            assert not columns[name]["nullable"], f"{model.__tablename__}.{name} may be NULL"
        assert inspector.get_pk_constraint(model.__tablename__)["constrained_columns"] == ["id"]


def test_rows_get_uuid_ids_timestamps_and_stamps(store, raw_rows):
    ids = _one_of_everything(store)
    assert set(ids) == {m.__tablename__ for m in RECORD_MODELS}
    for table, record_id in ids.items():
        rows = raw_rows(
            store.path,
            f"SELECT id, created_at, updated_at, stamp, deleted FROM {table} WHERE id = ?",
            (record_id,),
        )
        assert len(rows) == 1, table
        row_id, created, updated, stamp, deleted = rows[0]
        assert uuid.UUID(row_id).version == 4
        assert str(uuid.UUID(row_id)) == row_id
        assert created and updated and created <= updated
        assert Stamp.parse(stamp).replica_id == store.replica_id
        assert deleted == 0
    # Ids are never reused between rows.
    assert len(set(ids.values())) == len(ids)


def test_wal_journal_and_foreign_keys_are_on(store, raw_rows):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    # The file itself is in WAL mode (a plain sqlite3 connection sees it too).
    assert raw_rows(store.path, "PRAGMA journal_mode") == [("wal",)]
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(Contact(prospect_id=str(uuid.uuid4()), name="Orphan"))
    assert raw_rows(store.path, "SELECT count(*) FROM contacts") == [(0,)]


def test_replica_id_is_per_database_and_kept(tmp_path):
    first = open_store(tmp_path / "a.sqlite3")
    second = open_store(tmp_path / "b.sqlite3")
    try:
        assert first.replica_id and second.replica_id
        assert first.replica_id != second.replica_id
        assert first.meta("replica_id") == first.replica_id
    finally:
        first.close()
        second.close()
    again = open_store(tmp_path / "a.sqlite3")
    try:
        assert again.replica_id == first.replica_id
    finally:
        again.close()


def test_delete_leaves_a_tombstone(store, raw_rows):
    prospect = prospects.add_prospect(store, name="Gone GmbH")
    before = raw_rows(store.path, "SELECT stamp FROM prospects WHERE id = ?", (prospect.id,))[0][0]
    prospects.delete_prospect(store, prospect.id)
    rows = raw_rows(store.path, "SELECT name, deleted, stamp FROM prospects WHERE id = ?", (prospect.id,))
    assert rows[0][:2] == ("Gone GmbH", 1)
    assert rows[0][2] > before  # the delete is a change sync must carry


def test_successive_edits_get_increasing_stamps(store, raw_rows):
    prospect = prospects.add_prospect(store, name="Stamp KG")
    stamps = [prospect.stamp]
    updated = [prospect.updated_at]
    for city in ("Köln", "Bonn", "Aachen", "Essen"):
        edited = prospects.update_prospect(store, prospect.id, city=city)
        stamps.append(edited.stamp)
        updated.append(edited.updated_at)
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert [Stamp.parse(s) for s in stamps] == sorted(Stamp.parse(s) for s in stamps)
    assert updated == sorted(updated)
    row = raw_rows(store.path, "SELECT created_at, stamp FROM prospects WHERE id = ?", (prospect.id,))[0]
    assert row[1] == stamps[-1]
    assert prospects.get_prospect(store, prospect.id).created_at == prospect.created_at


def test_an_edit_that_changes_nothing_does_not_restamp(store):
    prospect = prospects.add_prospect(store, name="Same AG", city="Ulm")
    again = prospects.update_prospect(store, prospect.id, city="Ulm")
    assert again.stamp == prospect.stamp
    assert again.updated_at == prospect.updated_at


def test_stamps_keep_increasing_after_reopening(tmp_path):
    path = tmp_path / "s.sqlite3"
    first = open_store(path)
    prospect = prospects.add_prospect(first, name="Reopen GmbH")
    last = prospects.update_prospect(first, prospect.id, city="Berlin").stamp
    first.close()
    second = open_store(path)
    try:
        # A clock that runs behind (a laptop whose time was set back) must not issue older stamps.
        second.clock._wall_clock = lambda: 1
        edited = prospects.update_prospect(second, prospect.id, city="Potsdam")
        assert Stamp.parse(edited.stamp) > Stamp.parse(last)
        assert edited.stamp > last
        assert second.meta("hlc") == edited.stamp
    finally:
        second.close()


def test_editing_a_contact_does_not_restamp_its_prospect_but_refreshes_search(store, raw_rows):
    prospect = prospects.add_prospect(store, name="Kanzlei Weber", city="Nürnberg")
    contact = prospects.add_contact(store, prospect.id, name="Eva Weber")
    after_add = prospects.get_prospect(store, prospect.id)
    assert "eva weber" in after_add.search_text
    updated_before = raw_rows(store.path, "SELECT updated_at FROM prospects WHERE id = ?", (prospect.id,))[0][
        0
    ]

    prospects.update_contact(store, contact.id, name="Zoë Schäfer")
    row = raw_rows(
        store.path, "SELECT stamp, updated_at, search_text FROM prospects WHERE id = ?", (prospect.id,)
    )[0]
    assert row[0] == after_add.stamp
    assert row[1] == updated_before
    assert "zoe schafer" in row[2]
    assert "eva" not in row[2]
    contact_stamp = raw_rows(store.path, "SELECT stamp FROM contacts WHERE id = ?", (contact.id,))[0][0]
    assert contact_stamp > after_add.stamp
    assert [p.id for p in prospects.list_prospects(store, prospects.ProspectFilter(search="zoe"))] == [
        prospect.id
    ]
    assert prospects.list_prospects(store, prospects.ProspectFilter(search="eva")) == []


def test_deleting_a_contact_takes_the_name_out_of_search(store, raw_rows):
    prospect = prospects.add_prospect(store, name="Optik Schön")
    contact = prospects.add_contact(store, prospect.id, name="Julia Brandt")
    assert prospects.list_prospects(store, prospects.ProspectFilter(search="brandt"))
    prospects.delete_contact(store, contact.id)
    assert prospects.list_prospects(store, prospects.ProspectFilter(search="brandt")) == []
    search_text = raw_rows(store.path, "SELECT search_text FROM prospects WHERE id = ?", (prospect.id,))[0][0]
    assert "julia" not in search_text and "brandt" not in search_text


def test_keep_stamps_writes_the_stamps_given(store, raw_rows):
    foreign = "1700000000000.000003.otherlaptop"
    created = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    with store.session() as session:
        session.info["keep_stamps"] = True
        session.add(
            Prospect(
                id="11111111-2222-4333-8444-555555555555",
                name="From Elsewhere",
                city="Graz",
                stamp=foreign,
                created_at=created,
                updated_at=created,
            )
        )
    row = raw_rows(
        store.path, "SELECT stamp, created_at, search_text FROM prospects WHERE name = 'From Elsewhere'"
    )[0]
    assert row[0] == foreign
    assert row[1].startswith("2024-01-02 03:04:05")
    assert row[2] == "from elsewhere graz"


def test_failed_unit_of_work_writes_nothing(store, raw_rows):
    with pytest.raises(RuntimeError), store.session() as session:
        session.add(Prospect(name="Half Written"))
        session.flush()
        raise RuntimeError("boom")
    assert raw_rows(store.path, "SELECT count(*) FROM prospects") == [(0,)]
    with store.read() as session:
        assert session.scalar(select(Meta).where(Meta.key == "hlc")) is None


def test_backup_copies_everything_and_keeps_the_backups_of_the_day(store):
    prospects.add_prospect(store, name="Backed Up GmbH")  # still in the WAL, not the main file
    made = [store.backup(f"manual{n}") for n in range(KEEP_BACKUPS + 2)]
    folder = store.path.parent / "backups"
    kept = sorted(folder.glob("*.sqlite3"))  # thinning (store/backups.py) keeps every backup of the last day
    assert kept == sorted(made)
    copy = sqlite3.connect(made[-1])
    try:
        assert copy.execute("SELECT name FROM prospects").fetchall() == [("Backed Up GmbH",)]
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        copy.close()


def test_a_failed_copy_leaves_the_target_as_it_was_and_no_temporary_file(store, tmp_path, monkeypatch):
    prospects.add_prospect(store, name="Copied GmbH")
    folder = tmp_path / "copies"
    folder.mkdir()
    target = folder / "copy.sqlite3"
    target.write_bytes(b"the previous copy")
    real_connect = sqlite3.connect

    class DiskFullAfterCopying:
        """The source connection: its backup writes every page, then the disk is full."""

        def __init__(self, connection):
            self.connection = connection

        def backup(self, dest, **options):
            self.connection.backup(dest, **options)
            raise OSError(28, "No space left on device")

        def close(self):
            self.connection.close()

    def connect(path, *args, **kwargs):
        connection = real_connect(path, *args, **kwargs)
        return DiskFullAfterCopying(connection) if str(path) == str(store.path) else connection

    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(OSError, match="No space left"):
        copy_store(store.path, target)
    assert target.read_bytes() == b"the previous copy"
    assert [p.name for p in folder.iterdir()] == ["copy.sqlite3"]


def test_timestamps_are_utc(store):
    prospect = prospects.add_prospect(store, name="UTC GmbH")
    assert prospect.created_at.tzinfo == dt.UTC
    now = dt.datetime.now(dt.UTC)
    assert abs((now - prospect.created_at).total_seconds()) < 60
    with store.read() as session:
        raw = session.execute(text("SELECT created_at FROM prospects")).scalar()
    assert "+" not in raw  # stored as naive UTC text


def test_the_head_read_from_the_migration_files_is_alembics_head():
    """Opening an up-to-date store skips Alembic by reading the head from the files; both must agree."""
    from reciprocity_desktop.store.engine import head_revision, shipped_head

    assert shipped_head() == head_revision()



def test_search_text_takes_in_a_contact_added_by_prospect_id(tmp_path):
    from reciprocity_desktop.services import prospects
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Contact

    store = open_store(tmp_path / "s.sqlite3")
    try:
        p = prospects.add_prospect(store, name="Optik Schönblick")
        with store.session() as session:
            session.add(Contact(prospect_id=p.id, name="Julia Schön"))
        assert [x.id for x in prospects.list_prospects(store, prospects.ProspectFilter(search="julia"))] == [
            p.id
        ]
    finally:
        store.close()
