"""A rep's file imported into the hub through a copy of the part of the hub it can touch (sync/hub_subset.py).

The oracle is the import through a copy of the whole hub: two hubs with the same records, the same file
imported into each, one way each; every table must come out the same.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import time

import pytest
from hub_helpers import copy_store

#: Columns that tell when something happened on the machine that did it, not what.
_MOMENTS = {"sync_imports": {"imported_at"}, "sync_conflicts": {"detected_at"}, "sync_replicas": {"last_seen_at"}}


def _tables(address: str) -> dict[str, list[tuple]]:
    from sqlalchemy import select

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Base

    hub = open_store(address)
    try:
        with hub.engine.connect() as connection:
            found = {}
            for table in Base.metadata.sorted_tables:
                if table.name == "meta":
                    continue
                columns = [c for c in table.columns if c.name not in _MOMENTS.get(table.name, ())]
                keys = [c for c in table.primary_key.columns]
                rows = connection.execute(select(*columns).order_by(*keys)).all()
                found[table.name] = [tuple(row) for row in rows]
            return found
    finally:
        hub.close()


_DAYS_MS = 60 * 86_400_000


def _aged(path) -> None:
    """Every record of the store file made 60 days older (its times and stamps), so that a partial export
    (``--since`` today) holds only what changes after."""
    import sqlite3

    from reciprocity_desktop.sync.format import TABLES

    older = f"printf('%013d', CAST(substr(stamp, 1, 13) AS INTEGER) - {_DAYS_MS}) || substr(stamp, 14)"
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:  # closed: nothing left in its -wal
        for spec in TABLES:
            connection.execute(
                f"UPDATE {spec.name} SET stamp = {older}, created_at = datetime(created_at, '-60 days'), "
                "updated_at = datetime(updated_at, '-60 days')"
            )
        connection.execute(f"UPDATE sync_field_stamps SET stamp = {older}")


@pytest.fixture
def two_hubs(pg_server, cli, tmp_path):
    """Two hubs holding the same demo records, and a rep's store file copied from the same records."""
    source = tmp_path / "office.sqlite3"
    assert cli(source, "demo").code == 0
    _aged(source)
    rep = tmp_path / "rep.sqlite3"
    shutil.copy(source, rep)
    _office_edit(source)  # made on the hub while the rep was on the road: a conflict with the rep's own edit
    hubs = []
    for _ in range(2):
        database, role, password = pg_server.new_database()
        address = pg_server.url(role, password, database)
        copy_store(source, address)
        hubs.append(address)
    return hubs, rep


def _first_prospect(store) -> str:
    from sqlalchemy import select

    from reciprocity_desktop.store.models import Prospect

    with store.read() as session:
        return session.scalar(select(Prospect.id).order_by(Prospect.name).limit(1))


def _office_edit(path) -> None:
    from reciprocity_desktop.services import prospects
    from reciprocity_desktop.store import open_store

    office = open_store(path)
    try:
        prospects.update_prospect(office, _first_prospect(office), notes="office: visit in January")
    finally:
        office.close()


def _rep_edits(rep_path, tmp_path):
    """A week on the road: edits to several records, through the services; the file of what changed."""
    from sqlalchemy import select

    from reciprocity_desktop.services import contacts, gifts, prospects
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Contact, Prospect, StockItem
    from reciprocity_desktop.sync.exporter import export_file

    rep = open_store(rep_path)  # a copied file: it takes a replica id of its own before it writes
    try:
        since = dt.datetime.now(dt.UTC)
        time.sleep(0.01)
        with rep.read() as session:
            first, second, third = session.scalars(select(Prospect.id).order_by(Prospect.name).limit(3)).all()
            person = session.scalar(select(Contact.id).where(Contact.prospect_id == second).limit(1))
            item = session.scalar(select(StockItem.id).where(StockItem.quantity > 2).limit(1))
        prospects.update_prospect(rep, first, phone="+49 30 1234567", notes="called back")
        contacts.add_contact(rep, third, name="Hanna Vogt", role="Einkauf")
        if person is not None:
            contacts.delete_contact(rep, person)
        gifts.log_gift(
            rep, first, date=dt.date(2026, 11, 30), kind="sample", description="Musterkoffer",
            stock_item_id=item, quantity=1,
        )  # fmt: skip
        prospects.add_prospect(rep, name="Neu GmbH", city="Köln", postal_code="50667", country="DE")
        path = tmp_path / "rep-week.rcsync"
        export_file(rep, path, since=since)
        return path, first
    finally:
        rep.close()


def _counted_copies(monkeypatch) -> list[int]:
    """The record rows each copy of a part of the hub read (one entry per copy), as the copies run."""
    from reciprocity_desktop.sync import hub_subset

    copied: list[int] = []
    real_run = hub_subset.SubsetCopy.run

    def counted_run(self, wanted):
        real_run(self, wanted)
        copied.append(sum(len(ids) for ids in self.copied.values()))

    monkeypatch.setattr(hub_subset.SubsetCopy, "run", counted_run)
    return copied


def test_a_reps_file_imported_through_the_subset_equals_the_import_through_the_whole_hub(
    two_hubs, tmp_path, monkeypatch
):
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync import hub_subset
    from reciprocity_desktop.sync.importer import import_file

    (by_subset, by_whole), rep = two_hubs
    path, _first = _rep_edits(rep, tmp_path)

    copied = _counted_copies(monkeypatch)
    hub = open_store(by_subset)
    try:
        subset_summary = import_file(hub, path)
    finally:
        hub.close()
    assert copied, "the import did not go through the subset"
    monkeypatch.setattr(hub_subset, "MAX_SHARE", -1.0)  # every file is "as large as the hub": the whole copy
    hub = open_store(by_whole)
    try:
        whole_summary = import_file(hub, path)
    finally:
        hub.close()
    assert len(copied) == 1

    subset_tables, whole_tables = _tables(by_subset), _tables(by_whole)
    assert subset_tables.keys() == whole_tables.keys()
    for name in subset_tables:
        assert subset_tables[name] == whole_tables[name], name
    assert (subset_summary.new, subset_summary.updated, subset_summary.conflicts) == (
        whole_summary.new,
        whole_summary.updated,
        whole_summary.conflicts,
    )
    assert subset_summary.new >= 3 and subset_summary.conflicts >= 1
    records = sum(len(rows) for name, rows in subset_tables.items() if name in hub_subset.RECORD_TABLES)
    assert copied[0] < records / 2  # far less than the hub was read


def test_the_subset_import_never_moves_the_hubs_clock_back(two_hubs, tmp_path):
    from sqlalchemy import select
    from sqlalchemy.dialects.postgresql import insert

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Meta
    from reciprocity_desktop.sync.importer import import_file

    (address, _other), rep = two_hubs
    path, _first = _rep_edits(rep, tmp_path)
    ahead = f"{int(time.time() * 1000) + 30_000:013d}.000000.0000000000000000"  # a save 30 s ahead meanwhile
    hub = open_store(address)
    try:
        with hub.engine.begin() as connection:
            statement = insert(Meta.__table__).values(key="hlc", value=ahead)
            connection.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"value": ahead}))
        import_file(hub, path)
        with hub.engine.connect() as connection:
            assert connection.scalar(select(Meta.value).where(Meta.key == "hlc")) >= ahead
    finally:
        hub.close()


def test_an_office_users_save_during_an_import_waits_for_it_and_is_not_overwritten(two_hubs, tmp_path, monkeypatch):
    import threading

    from sqlalchemy import select

    from reciprocity_desktop.services import prospects
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Prospect
    from reciprocity_desktop.sync import hub_staging
    from reciprocity_desktop.sync.importer import import_file

    (address, _other), rep = two_hubs
    path, first = _rep_edits(rep, tmp_path)  # the rep changed the first prospect's phone and notes
    copied, go = threading.Event(), threading.Event()
    real_write_back = hub_staging._write_back_into

    def paused_write_back(*args):
        copied.set()  # the import has read its rows and merged them: now an office user saves
        assert go.wait(30)
        real_write_back(*args)

    monkeypatch.setattr(hub_staging, "_write_back_into", paused_write_back)
    importing, office = open_store(address), open_store(address)
    errors: list[BaseException] = []

    def run(action):
        try:
            action()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    try:
        importer = threading.Thread(target=run, args=(lambda: import_file(importing, path),))
        importer.start()
        assert copied.wait(30)
        saver = threading.Thread(
            target=run, args=(lambda: prospects.update_prospect(office, first, website="https://office.example"),)
        )
        saver.start()
        saver.join(1.0)
        assert saver.is_alive(), "the office user's save did not wait for the import"
        go.set()
        importer.join(30)
        saver.join(30)
        assert not errors, errors
        with office.read() as session:
            prospect = session.get(Prospect, first)
            assert prospect.website == "https://office.example"  # the save, after the import
            assert prospect.phone == "+49 30 1234567"  # the rep's edit, imported
        with office.read() as session:
            assert session.scalar(select(Prospect.notes).where(Prospect.id == first))
    finally:
        importing.close()
        office.close()


def _members(path) -> dict[str, list[str]]:
    """A sync file's record members, each as its sorted lines (the order of lines follows the store's rowid)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {
            name: sorted(archive.read(name).decode("utf-8").splitlines())
            for name in archive.namelist()
            if name.startswith("records/")
        }


def test_a_partial_export_from_the_hub_reads_only_what_changed_and_writes_the_same_file(two_hubs, tmp_path, monkeypatch):
    from sqlalchemy import select

    from reciprocity_desktop.services import contacts, gifts, prospects
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Gift
    from reciprocity_desktop.sync import hub_staging
    from reciprocity_desktop.sync.exporter import export_file

    (address, _other), _rep = two_hubs
    hub = open_store(address)
    try:
        first = _first_prospect(hub)
        prospects.update_prospect(hub, first, phone="+49 30 7654321")  # the office's edits of today
        contacts.add_contact(hub, first, name="Lena Kraus", role="Einkauf")
        gifts.log_gift(hub, first, date=dt.date(2026, 12, 1), kind="sample", description="Kalender")
        with hub.read() as session:  # a gift of another prospect, changed alone: its prospect goes along unchanged
            other_gift = session.scalar(select(Gift.id).where(Gift.prospect_id != first).order_by(Gift.id).limit(1))
        gifts.set_reaction(hub, other_gift, "liked", "Sie hat sich gefreut")
        copied = _counted_copies(monkeypatch)
        partial = export_file(hub, tmp_path / "partial.rcsync", since=dt.date.today())
        assert len(copied) == 1 and copied[0] < 40  # not the 150 records of the demo
        monkeypatch.setattr(hub_staging, "_copy_changed", lambda hub, path, cutoff: hub_staging.copy_hub_to_file(hub, path))
        whole = export_file(hub, tmp_path / "whole.rcsync", since=dt.date.today())
    finally:
        hub.close()
    # the prospect, the contact, the gift and its follow-up; the other gift and its prospect
    assert partial.tables == whole.tables and partial.tables["prospects"] == 2 and partial.records >= 6
    assert _members(tmp_path / "partial.rcsync") == _members(tmp_path / "whole.rcsync")
