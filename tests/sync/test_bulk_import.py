"""The bulk path of an import: chunks, set-aside indexes, hashed ids, memory that does not grow with the store.

An import works through each member ``batch.BATCH`` records at a time. Whatever the chunk size,
the result must be the same, record for record, vector for vector, conflict for conflict.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tracemalloc
import zipfile

import pytest
from sqlalchemy import text
from sync_helpers import (
    add_contact,
    add_gift,
    add_prospect,
    add_visit,
    delete,
    dump,
    dump_everything,
    edit,
    fill_bulk,
    record,
    stamp_at,
    write_file,
)

import reciprocity_desktop.sync.batch as batch
import reciprocity_desktop.sync.bookkeeping as bookkeeping
import reciprocity_desktop.sync.field_merge as field_merge
import reciprocity_desktop.sync.importer as importer
import reciprocity_desktop.sync.local as local
import reciprocity_desktop.sync.merge as merge
import reciprocity_desktop.sync.references as references
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.engine import copy_store
from reciprocity_desktop.store.hlc import wall_clock_ms
from reciprocity_desktop.store.models import Contact, Gift, Prospect
from reciprocity_desktop.sync import RecordError, SyncError, export_file, import_file, preview_import
from reciprocity_desktop.sync.format import TABLES

PARENT = "22222222-2222-4222-8222-222222222222"
DAY = 86_400_000


def _scene(make_store, files):
    """Bob holds an older state of Anna's records plus his own edits; Anna's full export is to come.

    Importing it brings new records, updates, deletions (a person's too), real conflicts both
    ways, vectors to take in, and a record stamped a year ahead with children held back.
    """
    anna, bob = make_store("anna"), make_store("bob")
    prospects = []
    for i in range(7):
        pid = add_prospect(anna, f"Prospect {i}", notes="n")
        prospects.append(pid)
        add_contact(anna, pid, f"Person {i}a")
        add_contact(anna, pid, f"Person {i}b")
        add_gift(anna, pid, f"Gift {i}a")
        add_gift(anna, pid, f"Gift {i}b")
        add_visit(anna, pid, dt.date(2026, 12, 1 + i))
    export_file(anna, files / "first.rcsync")
    import_file(bob, files / "first.rcsync")
    with anna.read() as session:
        contacts = sorted(session.scalars(text("SELECT id FROM contacts")))
        gifts = sorted(session.scalars(text("SELECT id FROM gifts")))
    edit(anna, Prospect, prospects[0], notes="anna")
    edit(bob, Prospect, prospects[0], notes="bob")  # a real conflict
    edit(bob, Prospect, prospects[1], notes="bob")  # bob's later edit wins over anna's older one
    edit(anna, Prospect, prospects[1], notes="anna, later")
    edit(bob, Gift, gifts[0], description="bob's")
    edit(bob, Contact, contacts[0], phone="+49 1")
    delete(anna, Contact, contacts[0])  # the later deletion wins; no copy of the person is kept
    delete(bob, Prospect, prospects[2])
    for i in range(5):
        pid = add_prospect(anna, f"New {i}")
        add_contact(anna, pid, f"New person {i}")
        add_gift(anna, pid, f"New gift {i}")
    add_prospect(bob, "Bob's own")
    export_file(anna, files / "full.rcsync")
    future = wall_clock_ms() + 400 * DAY
    write_file(
        files / "future.rcsync",
        {
            "prospects": [
                record("prospects", PARENT, stamp_at(future), name="Zukunft AG"),
                record("prospects", "33333333-3333-4333-8333-333333333333", stamp_at(counter=1)),
            ],
            "contacts": [
                record(
                    "contacts",
                    "44444444-4444-4444-8444-444444444444",
                    stamp_at(counter=2),
                    prospect_id=PARENT,
                )
            ],
            "gifts": [
                record(
                    "gifts",
                    "55555555-5555-4555-8555-555555555555",
                    stamp_at(counter=3),
                    prospect_id=PARENT,
                    contact_id="44444444-4444-4444-8444-444444444444",
                )
            ],
        },
    )
    return anna, bob


def _copy(store, path):
    """A twin of ``store`` (the same replica id): a copy that forgets the file it was, so that it is not
    taken for a copy made elsewhere (store/identity.py), which would take a new replica id."""
    copy_store(store.path, path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DELETE FROM meta WHERE key = 'store_identity'")
    connection.close()
    return open_store(path)


def _bookkeeping(store) -> dict[str, list[tuple]]:
    """What sync keeps beside the records (conflict log without its times, vectors, clock)."""
    with store.engine.connect() as connection:
        return {
            "versions": sorted(
                tuple(r) for r in connection.exec_driver_sql("SELECT * FROM sync_record_versions")
            ),
            "conflicts": sorted(
                tuple(r)
                for r in connection.exec_driver_sql(
                    "SELECT table_name, record_id, losing_side, lost_stamp, kept_stamp, lost_record "
                    "FROM sync_conflicts"
                )
            ),
            "replicas": sorted(
                tuple(r)
                for r in connection.exec_driver_sql("SELECT replica_id, store_name FROM sync_replicas")
            ),
        }


def _import_with_batch(monkeypatch, store, path, size):
    monkeypatch.setattr(batch, "BATCH", size)
    preview = preview_import(store, path)
    summary = import_file(store, path)
    monkeypatch.undo()
    return preview, summary


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_an_import_in_small_chunks_gives_what_one_chunk_gives(make_store, files, monkeypatch, tmp_path, size):
    anna, bob = _scene(make_store, files)
    whole, chunked = _copy(bob, tmp_path / "whole.sqlite3"), _copy(bob, tmp_path / "chunked.sqlite3")
    try:
        results = {}
        for name, store, batch_size in (("whole", whole, 1_000_000), ("chunked", chunked, size)):
            results[name] = [
                _import_with_batch(monkeypatch, store, files / f, batch_size)
                for f in ("full.rcsync", "future.rcsync")
            ]
        for (preview_a, summary_a), (preview_b, summary_b) in zip(
            results["whole"], results["chunked"], strict=True
        ):
            assert preview_a.tables == preview_b.tables and summary_a.tables == summary_b.tables
            assert sorted(f.describe() for f in summary_a.flagged) == sorted(
                f.describe() for f in summary_b.flagged
            )
            assert summary_a.gift_ids == summary_b.gift_ids == preview_b.gift_ids
        full, future = results["chunked"]
        assert full[1].counts.new == 15 and full[1].conflicts >= 1 and full[1].deleted == 1
        assert future[1].held_back == 3 and future[1].new == 1
        assert dump(whole) == dump(chunked)
        assert _bookkeeping(whole) == _bookkeeping(chunked)
    finally:
        whole.close()
        chunked.close()


def test_chunks_are_what_is_looked_up_and_written_at_a_time(make_store, files, monkeypatch):
    """No lookup, and no write, deals with more records than one chunk (memory bounded by BATCH)."""
    anna, bob = _scene(make_store, files)
    monkeypatch.setattr(batch, "BATCH", 4)
    sizes: list[int] = []
    lookups = [(merge, name) for name in ("local_stamps", "local_rows", "logged_losers")]
    lookups += [(references, "present"), (field_merge, "local_records"), (field_merge, "field_stamps")]
    for module, name in lookups:
        real = getattr(module, name)

        def spy(connection, spec_or_table, ids, real=real):
            sizes.append(len(ids))
            return real(connection, spec_or_table, ids)

        monkeypatch.setattr(module, name, spy)
    pending: list[int] = []
    real_flush = batch.Batch.flush

    def flush(self):
        records = len({r[1] for r in self.field_rows})
        pending.append(max(len(self.rows), len(self.entries), records, len(self.conflicts)))
        real_flush(self)

    monkeypatch.setattr(batch.Batch, "flush", flush)
    summary = import_file(bob, files / "full.rcsync")
    assert summary.new == 15
    assert sizes and max(sizes) <= 4
    assert pending and max(pending) <= 4


def test_the_store_is_looked_up_by_primary_key(make_store):
    store = make_store("anna")
    spec = next(spec for spec in TABLES if spec.name == "contacts")
    with store.engine.connect() as connection:
        plans = [
            " ".join(str(row[-1]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in (
                (
                    f'SELECT t."id", t."stamp", t."deleted", t."prospect_id", v.stamp, v.seen FROM "{spec.name}" '
                    "AS t LEFT JOIN sync_record_versions AS v ON v.table_name = ? AND v.record_id = t.id "
                    f'WHERE t."id" IN {local._IDS}',
                    ("contacts", '["a"]'),
                ),
                (
                    "SELECT record_id, lost_stamp FROM sync_conflicts WHERE table_name = ? "
                    f"AND record_id IN {local._IDS}",
                    ("contacts", '["a"]'),
                ),
            )
        ]
    assert "SEARCH t USING INDEX sqlite_autoindex_contacts_1 (id=?)" in plans[0]
    assert "SEARCH v USING INDEX sqlite_autoindex_sync_record_versions_1" in plans[0]
    assert "SEARCH sync_conflicts USING INDEX ix_sync_conflicts_record" in plans[1]
    assert "SCAN t" not in plans[0] and "SCAN sync_conflicts" not in plans[1]


def _index_sql(store) -> list[tuple]:
    """The store's indexes and triggers (the prospects' search index is kept by triggers)."""
    with store.engine.connect() as connection:
        return sorted(
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                "ORDER BY name"
            )
        )


def test_indexes_set_aside_for_a_bulk_write_come_back_exactly(make_store, files, monkeypatch):
    anna, bob = _scene(make_store, files)
    normal = make_store("normal")
    before = _index_sql(bob)
    monkeypatch.setattr(importer, "INDEX_REBUILD_ROWS", 0)  # every table written is rebuilt
    monkeypatch.setattr(importer, "BULK_ROWS", 0)
    rebuilt: list[str] = []
    real = merge.indexes.set_aside
    monkeypatch.setattr(merge.indexes, "set_aside", lambda c, t: rebuilt.append(t) or real(c, t))
    summary = import_file(normal, files / "full.rcsync")
    assert {"prospects", "contacts", "gifts", "visits"} <= set(rebuilt)
    assert _index_sql(normal) == before
    with normal.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        # the search index was built again from the written search text, and finds what the rows hold
        connection.exec_driver_sql(
            "INSERT INTO prospects_fts(prospects_fts, rank) VALUES ('integrity-check', 1)"
        )
        texts = connection.exec_driver_sql(
            "SELECT rowid, search_text FROM prospects WHERE deleted = 0"
        ).fetchall()
        for rowid, text in texts[:20]:
            word = max(text.split(), key=len)
            found = connection.exec_driver_sql(
                "SELECT rowid FROM prospects_fts WHERE prospects_fts MATCH ?", (f'"{word}"',)
            ).fetchall()
            assert (rowid,) in found
    assert summary.new > 0 and dump(normal, with_search_text=True) == dump(anna, with_search_text=True)


def test_a_failed_bulk_write_leaves_the_indexes_as_they_were(make_store, files, monkeypatch):
    anna, bob = _scene(make_store, files)
    target = make_store("target")
    before_indexes, before = _index_sql(target), dump_everything(target.path)
    monkeypatch.setattr(importer, "INDEX_REBUILD_ROWS", 0)
    monkeypatch.setattr(importer, "BULK_ROWS", 0)

    def fail(self):
        raise SyncError("refresh failed on purpose")

    monkeypatch.setattr(merge.MergePass, "_purge_deleted_people", fail)  # after every table is written
    with pytest.raises(SyncError, match="on purpose"):
        import_file(target, files / "full.rcsync")
    assert _index_sql(target) == before_indexes
    assert dump_everything(target.path) == before


def test_ids_that_share_a_hash_are_told_apart(make_store, files, monkeypatch, tmp_path):
    """File ids are kept as hashes: with every id hashing alike, the import must still be exact."""
    anna, bob = _scene(make_store, files)
    exact = _copy(bob, tmp_path / "exact.sqlite3")
    try:
        import_file(exact, files / "full.rcsync")
        monkeypatch.setattr(bookkeeping, "id_key", lambda rid: 0)
        import_file(bob, files / "full.rcsync")
        assert dump(bob) == dump(exact) and _bookkeeping(bob) == _bookkeeping(exact)
        # a real repetition is still one
        write_file(
            files / "twice.rcsync",
            {"prospects": [record("prospects", PARENT, stamp_at()), record("prospects", PARENT, stamp_at())]},
        )
        with pytest.raises(RecordError, match="line 2: record .* appears twice"):
            import_file(bob, files / "twice.rcsync")
        # a reference that only matches a hash meets SQLite's foreign keys
        write_file(
            files / "dangling.rcsync",
            {
                "prospects": [record("prospects", PARENT, stamp_at())],
                "gifts": [
                    record(
                        "gifts",
                        "66666666-6666-4666-8666-666666666666",
                        stamp_at(),
                        prospect_id="99999999-9999-4999-8999-999999999999",
                    )
                ],
            },
        )
        before = dump_everything(bob.path)
        with pytest.raises(Exception, match="FOREIGN KEY|pointing at a missing"):
            import_file(bob, files / "dangling.rcsync")
        assert dump_everything(bob.path) == before
    finally:
        exact.close()


def _peak_import_memory(store, path) -> int:
    tracemalloc.start()
    try:
        import_file(store, path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_import_memory_does_not_grow_with_the_store(make_store, files):
    """The same file into a store four times as large: the import's Python memory stays the same."""
    anna = make_store("anna")
    fill_bulk(anna, prospects=300, gifts=300, contacts_per_prospect=1)
    export_file(anna, files / "a.rcsync")
    small, large = make_store("small"), make_store("large")
    fill_bulk(small, prospects=4_000, gifts=4_000, contacts_per_prospect=1, seed=2)
    fill_bulk(large, prospects=16_000, gifts=16_000, contacts_per_prospect=1, seed=3)
    peak_small = _peak_import_memory(small, files / "a.rcsync")
    peak_large = _peak_import_memory(large, files / "a.rcsync")
    # Loading the store's ids and stamps would add well over 3 MB for the 36,000 more records.
    assert peak_large < peak_small + 1_000_000, (peak_small, peak_large)


def test_files_in_any_order_import_the_same(make_store, files, tmp_path):
    """The export writes in id order; another writer's order (here: reversed) gives the same store."""
    anna, bob = _scene(make_store, files)
    reordered = files / "reversed.rcsync"
    with zipfile.ZipFile(files / "full.rcsync") as zf:
        tables = {
            spec.name: [json.loads(line) for line in reversed(zf.read(spec.member).splitlines())]
            for spec in TABLES
        }
    write_file(reordered, tables)
    other = _copy(bob, tmp_path / "other.sqlite3")
    try:
        import_file(bob, files / "full.rcsync")
        import_file(other, reordered)
        assert dump(bob) == dump(other)
    finally:
        other.close()
