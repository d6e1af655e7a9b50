"""Revision 0011: a visit belongs to the seller who planned it; the store gets its seller id once."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reciprocity_desktop.services import sellers, settings, visits
from reciprocity_desktop.store import open_store, search
from reciprocity_desktop.store.models import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"


def _migrated(tmp_path: Path, name: str, seller_name: str | None = None, replica_id: str | None = None) -> Path:
    path = tmp_path / name
    path.write_bytes((FIXTURES / "store_0007.sqlite3").read_bytes())
    if replica_id is not None:  # another laptop's store (the fixture's own replica id is f00dfeedcafe0007)
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE meta SET value = ? WHERE key = 'replica_id'", (replica_id,))
        connection.close()
    if seller_name is not None:
        with sqlite3.connect(path) as connection:
            connection.execute(
                "INSERT INTO settings (key, value) VALUES ('seller_name', ?)", (json.dumps(seller_name),)
            )
        connection.close()
    return path


def test_existing_visits_become_the_stores_sellers_and_the_schema_matches(tmp_path):
    path = _migrated(tmp_path, "store.sqlite3", "Bojan")
    store = open_store(path)  # 0007 -> ... -> 0011
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": search.include_in_schema_comparison}
            )
            assert compare_metadata(context, Base.metadata) == []
            rows = connection.exec_driver_sql("SELECT seller_id, seller, stamp FROM visits").fetchall()
            plan = connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM visits WHERE seller_id = 'x' AND date = '2026-05-04'"
            ).fetchall()
        seller = sellers.seller_of(store)
        assert seller.name == "Bojan" and len(seller.id) == 36 and seller.id != store.replica_id
        assert len(rows) == 5 and {(sid, name) for sid, name, _ in rows} == {(seller.id, "Bojan")}
        assert all(stamp.endswith("f00dfeedcafe0007") or stamp == "" for *_, stamp in rows)  # not restamped
        assert any("ix_visits_seller_date" in str(step) for step in plan)
        assert visits.list_day(store, _a_day(store))  # the store's own visits stay on its own route
    finally:
        store.close()


def _a_day(store):
    with store.cursor() as cursor:
        return cursor.execute("SELECT min(date) FROM visits WHERE deleted IS 0").fetchone()[0]


def test_a_copied_store_stays_the_same_seller_and_two_stores_are_two(tmp_path):
    first = open_store(_migrated(tmp_path, "first.sqlite3"))
    second = open_store(_migrated(tmp_path, "second.sqlite3", replica_id="0123456789abcdef"))
    try:
        one, two = sellers.seller_of(first).id, sellers.seller_of(second).id
        assert one != two
        first.close()
        shutil.copyfile(first.path, tmp_path / "copy.sqlite3")
        with sqlite3.connect(tmp_path / "copy.sqlite3") as connection:  # the copy gets a new replica id
            connection.execute("DELETE FROM meta WHERE key IN ('replica_id', 'store_name', 'hlc')")
        connection.close()
        copy = open_store(tmp_path / "copy.sqlite3")
        try:
            assert copy.replica_id != "f00dfeedcafe0007"
            assert sellers.seller_of(copy).id == one
        finally:
            copy.close()
    finally:
        second.close()


def test_the_migration_gives_one_store_the_same_seller_however_often_it_runs(tmp_path):
    """Made from the replica id, not at random: a migration killed and run again from its backup (the kill
    loops) ends as an undisturbed one would."""
    ids = []
    for name in ("once.sqlite3", "again.sqlite3"):
        store = open_store(_migrated(tmp_path, name))
        try:
            ids.append(sellers.seller_of(store).id)
        finally:
            store.close()
    assert ids[0] == ids[1] and len(ids[0]) == 36


def test_a_new_store_gets_its_seller_at_once_and_keeps_it(tmp_path):
    store = open_store(tmp_path / "new.sqlite3")
    try:
        seller = sellers.seller_of(store)
        settings.set_(store, "seller_name", "Anna")
        assert sellers.seller_of(store) == sellers.Seller(seller.id, "Anna")
        assert len(seller.id) == 36
    finally:
        store.close()
    again = open_store(tmp_path / "new.sqlite3")
    try:
        assert sellers.seller_of(again).id == seller.id
    finally:
        again.close()


def test_visits_a_colleague_stamped_keep_an_unknown_seller_and_leave_the_own_route(tmp_path):
    """Before this version a colleague's imported plan landed in the planner; migrated, it is theirs."""
    path = _migrated(tmp_path, "store.sqlite3", "Bojan")
    with sqlite3.connect(path) as connection:
        day, prospect, planned_id = connection.execute("SELECT date, prospect_id, id FROM visits LIMIT 1").fetchone()
        connection.execute(  # the last stamp of that visit is another laptop's (it came in Anna's file)
            "UPDATE visits SET stamp = substr(stamp, 1, 21) || 'a11ce0000000beef' WHERE id = ?", (planned_id,)
        )
    connection.close()
    store = open_store(path)
    try:
        with store.cursor() as cursor:
            owners = dict(cursor.execute("SELECT id, seller_id FROM visits").fetchall())
        own = sellers.seller_of(store).id
        assert owners.pop(planned_id) == ""
        assert set(owners.values()) == {own}
        assert planned_id not in {v.id for v in visits.list_day(store, day)}
        assert planned_id in {v.id for v in visits.list_day(store, day, team=True)}
        if dt.date.fromisoformat(day) >= dt.date.today():
            assert sellers.colleague_visits(store, [prospect])[prospect]
    finally:
        store.close()
