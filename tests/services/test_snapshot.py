"""A load's list in a temporary table: pages, filter, sorts and positions read it; closing drops it."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from reciprocity_desktop.services import snapshot as snap
from reciprocity_desktop.services.snapshot import Snapshot, SnapshotList

#: 3,000 numbered rows: name "Item 0000" … (every third "item …", lower case), a group 0–6, a value.
ROWS = 3000
SELECT = """
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows)
SELECT 'r' || i AS id, (CASE i % 3 WHEN 0 THEN 'item ' ELSE 'Item ' END) || printf('%04d', i) AS name,
       i % 7 AS grp, (i * 37) % 1000 AS value, CASE WHEN i % 5 = 0 THEN NULL ELSE i % 11 END AS maybe FROM n
"""
SORTS = {
    "name": ("name COLLATE NOCASE", False),
    "grp": ("grp", False),
    "value_down": ("value", True),
    "maybe": ("maybe", False),  # NULL in every fifth row
}


def build(store, rows: int = ROWS) -> SnapshotList:
    return SnapshotList.build(
        Snapshot(store),
        SELECT,
        {"rows": rows},
        "value, id",  # the list's own order
        table="items",
        columns=("id", "name", "grp", "value"),
        row=tuple,
        searched=("name",),
        sorts=SORTS,
        id_column="id",
    )


def reference(rows: int = ROWS) -> list[tuple]:
    found = [
        (f"r{i}", f"{'item' if i % 3 == 0 else 'Item'} {i:04d}", i % 7, (i * 37) % 1000)
        for i in range(1, rows + 1)
    ]
    return sorted(found, key=lambda r: (r[3], r[0]))


@pytest.fixture
def items(store):
    listed = build(store)
    yield listed
    listed.snapshot.close()


def test_pages_in_the_own_order_and_every_sort(items):
    expected = reference()
    assert items.rows == items.count() == ROWS
    assert [
        row for offset in range(0, ROWS, 250) for row in items.page("", (None, False), offset, 250)
    ] == expected
    assert items.page("", (None, False), ROWS - 5) == expected[-5:]  # no limit: the rest
    rank = {row: n for n, row in enumerate(expected)}  # ties keep the own order
    for key, by in (
        ("name", lambda r: r[1].lower()),
        ("grp", lambda r: r[2]),
        ("value_down", lambda r: -r[3]),  # "ascending" runs the value down
    ):
        for descending in (False, True):
            ordered = sorted(expected, key=lambda r, by=by: (by(r), rank[r]))
            if descending:
                ordered = sorted(expected, key=lambda r, by=by: (by(r), -rank[r]), reverse=True)
            got = [
                row
                for offset in range(0, ROWS, 400)
                for row in items.page("", (key, descending), offset, 400)
            ]
            assert got == ordered, (key, descending)


def test_the_filter_counts_and_pages_the_rows_naming_it(items):
    expected = [row for row in reference() if "item 01" in row[1].lower()]
    assert items.count("ITEM 01") == len(expected) == 100
    assert (
        items.page("ITEM 01", (None, False), 0, 60) + items.page("ITEM 01", (None, False), 60, 60) == expected
    )
    assert items.count("100%") == 0 and items.count("_") == 0  # wildcards are text
    by_group = sorted(expected, key=lambda r: -r[2])  # stable: ties in the own order
    assert items.page("item 01", ("grp", True), 10, 20) == by_group[10:30]


def test_position_of_a_record_in_the_filter_and_order(store):
    listed = build(store, 300)
    try:
        for text in ("", "item 01"):
            for key in (None, *SORTS):
                for descending in (False, True):
                    shown = [row[0] for row in listed.page(text, (key, descending))]
                    for record_id in ("r1", "r5", "r10", "r13", "r42", "r150", "r299", "r300"):
                        expected = shown.index(record_id) if record_id in shown else None
                        assert listed.position(record_id, text, (key, descending)) == expected, (
                            text, key, descending, record_id,
                        )  # fmt: skip
        assert listed.position("r9999") is None
    finally:
        listed.snapshot.close()


def test_deep_pages_of_a_long_list_read_an_index_of_their_order(items):
    plans = []

    def plan(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("SELECT") and "LIMIT" in statement:
            plans.append(cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall())

    items.page("", ("grp", True), 0, 100)
    assert ("grp", True) not in items._indexed  # the first pages sort the table: cheap
    engine = items.snapshot._connection.engine
    event.listen(engine, "after_cursor_execute", plan)
    try:
        items.page("", ("grp", True), snap.DEEP_FROM, 100)
    finally:
        event.remove(engine, "after_cursor_execute", plan)
    assert ("grp", True) in items._indexed
    details = " ".join(str(step[-1]) for step in plans[-1])
    assert "USING INDEX items_grp_desc" in details and "TEMP B-TREE" not in details


def test_closing_drops_the_tables_and_the_connection(store):
    listed = build(store, 10)
    connection = listed.snapshot._connection
    raw = connection.connection.driver_connection
    assert listed.page("", (None, False), 0, 3)
    listed.snapshot.close()
    assert listed.snapshot.closed and connection.closed
    with pytest.raises(sqlite3.ProgrammingError):
        raw.execute("SELECT 1 FROM temp.items")  # closed for good, not handed to another reader
    with pytest.raises(RuntimeError, match="closed"):
        listed.page()
    with store.read() as session:  # the pool's connections never had the table
        tables = session.connection().exec_driver_sql("SELECT name FROM sqlite_temp_master").fetchall()
    assert ("items",) not in tables
    listed.snapshot.close()  # again: nothing


def test_a_snapshot_nobody_holds_closes_itself(store):
    listed = build(store, 10)
    raw = listed.snapshot._connection.connection.driver_connection
    del listed
    with pytest.raises(sqlite3.ProgrammingError):
        raw.execute("SELECT 1")


def test_the_store_is_not_written_and_readers_see_no_temporary_table(store, dump):
    before = dump(store)
    listed = build(store)
    listed.page("", ("name", True), 2000, 100)  # an index too
    assert dump(store) == before
    listed.snapshot.close()
