"""The copy of a whole hub into a scratch store file (sync/hub_staging.copy_hub_to_file), which a full export
and a large import go through: loaded without the file's triggers and indexes, then given them back.

The copy must be a store file like any other: the same schema (every index and trigger, from their own
SQL), the same rows as on the hub (the copies of sort columns and each stock item's quantity, which the
file's triggers would have written), a search index that finds what the hub holds, a sound file; and the
scratch file is never backed up (at office size the day's backup and the one before an import copied
and checked the whole file twice, three quarters of an export's time).
"""

from __future__ import annotations

import contextlib
import sqlite3

from reciprocity_desktop.store import open_store
from reciprocity_desktop.sync import hub_staging


def _schema(path) -> list[tuple]:
    """The file's tables by name, and its indexes and triggers with their SQL (a table's own SQL may list its
    constraints in another order in two new files alike: the migrations' batch copies do not keep it)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(
            "SELECT type, name, tbl_name, CASE WHEN type IN ('index', 'trigger') THEN sql END FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()


def _rows(path, sql: str) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_the_copy_of_a_hub_is_a_whole_store_file(same_data, tmp_path):
    store_file, address = same_data
    fresh = tmp_path / "fresh.sqlite3"
    open_store(fresh).close()
    copy = tmp_path / "copy" / "hub.sqlite3"
    copy.parent.mkdir()
    hub = open_store(address)
    try:
        hub_staging.copy_hub_to_file(hub, copy)
    finally:
        hub.close()

    assert _schema(copy) == _schema(fresh)  # every index and trigger back, as the migrations made them
    assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
    for table, columns in (
        ("prospects", "id, name, sort_name, search_text, city"),
        ("gifts", "*"),
        ("followups", "*"),
        ("stock_items", "id, name, quantity"),
    ):
        sql = f"SELECT {columns} FROM {table} ORDER BY id"
        assert _rows(copy, sql) == _rows(store_file, sql), table
    # the search index holds every prospect's text: each word finds the same prospects as on the rep's file
    search = "SELECT p.id FROM prospects_fts JOIN prospects p ON p.rowid = prospects_fts.rowid " \
        "WHERE prospects_fts MATCH ? ORDER BY p.id"  # fmt: skip
    ((name,),) = _rows(store_file, "SELECT name FROM prospects ORDER BY name LIMIT 1")
    word = name.split()[0].lower()
    assert _rows(copy, search.replace("?", f"'{word}'")) == _rows(store_file, search.replace("?", f"'{word}'")) != []
    assert _rows(copy, "INSERT INTO prospects_fts(prospects_fts) VALUES ('integrity-check')") == []


def test_a_scratch_file_is_never_backed_up(same_data, tmp_path):
    store_file, _address = same_data
    scratch = open_store(store_file, scratch=True)
    try:
        assert scratch.backup("before-import") is None
    finally:
        scratch.close()
    assert not (store_file.parent / "backups").exists()
    opened = open_store(store_file)  # the same file as a store: its day's backup, as ever
    opened.close()
    assert list((store_file.parent / "backups").glob("rep-*"))


def test_a_full_export_through_the_copy_without_indexes_writes_the_same_records(same_data, tmp_path, monkeypatch):
    """The export's copy keeps only the primary keys (only_read): the file it writes is the one a copy with
    every index, trigger and the search index gives."""
    import zipfile

    from reciprocity_desktop.sync.exporter import export_file

    def members(path) -> dict[str, list[str]]:
        with zipfile.ZipFile(path) as archive:
            return {name: archive.read(name).decode("utf-8").splitlines() for name in archive.namelist()
                    if name.startswith("records/")}  # fmt: skip

    _store_file, address = same_data
    real = hub_staging.copy_hub_to_file
    asked = []
    monkeypatch.setattr(
        hub_staging, "copy_hub_to_file", lambda *args, **kwargs: (asked.append(kwargs), real(*args, **kwargs))[1]
    )
    hub = open_store(address)
    try:
        light = export_file(hub, tmp_path / "light.rcsync")
        monkeypatch.setattr(hub_staging, "copy_hub_to_file", lambda hub, path, digests=None, **_kwargs: real(hub, path))
        whole = export_file(hub, tmp_path / "whole.rcsync")
    finally:
        hub.close()
    assert asked == [{"only_read": True}]
    assert light.tables == whole.tables and light.records > 100
    assert members(tmp_path / "light.rcsync") == members(tmp_path / "whole.rcsync")
