"""The gift register in SQL: its rows equal a Python reference, its count and totals load no rows."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import event, select

from reciprocity_desktop.services import gift_register, register_query, settings, snapshot
from reciprocity_desktop.store.models import Contact, Gift, Prospect

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

sys.path.insert(0, str(Path(__file__).parent / "insights"))

import bulk  # noqa: E402


@pytest.fixture
def bulk_store(store):
    bulk.gifts(store, 300)
    settings.set_(store, "gift_limits_cents", {"DE": 5000, "AT": 4000})
    return store


def reference(store, year: int) -> list[tuple]:
    """The register computed in Python from every gift: (recipient, organisation, country, gifts, total, limit, status)."""
    limits = settings.get(store, "gift_limits_cents")
    ratio = float(settings.get(store, "gift_limit_warn_ratio"))
    with store.read() as session:
        prospects = {p.id: p for p in session.scalars(select(Prospect))}
        contacts = {c.id: c.name for c in session.scalars(select(Contact))}
        found = session.scalars(select(Gift).where(Gift.deleted.is_(False))).all()
    groups: dict[tuple, list[int]] = defaultdict(list)
    for gift in found:
        if gift.date.year == year:
            groups[(gift.prospect_id, gift.contact_id)].append(gift.cost_cents)
    rows = []
    for (prospect_id, contact_id), costs in groups.items():
        prospect = prospects[prospect_id]
        total, limit = sum(costs), limits.get(prospect.country)
        status = "ok"
        if limit is not None and total > limit:
            status = "over"
        elif limit is not None and total >= limit * ratio:
            status = "near"
        recipient = contacts.get(contact_id) or prospect.name
        rows.append((recipient, prospect.name, prospect.country, len(costs), total, limit, status))
    rows.sort(key=lambda r: (-r[4], r[1].casefold(), r[0].casefold()))
    return rows


def as_tuples(rows) -> list[tuple]:
    return [
        (r.recipient, r.prospect_name, r.country, r.gifts, r.total_cents, r.limit_cents, r.status)
        for r in rows
    ]


def test_the_rows_equal_the_python_reference(bulk_store):
    expected = reference(bulk_store, 2024)
    assert len(expected) > 300 and {r[6] for r in expected} == {"ok", "near", "over"}
    assert as_tuples(gift_register.yearly_totals(bulk_store, 2024)) == expected
    paged = [
        row
        for offset in range(0, len(expected), 64)
        for row in gift_register.register_rows(bulk_store, 2024, offset=offset, limit=64)
    ]
    assert as_tuples(paged) == expected


def test_totals_and_count_equal_the_reference(bulk_store):
    expected = reference(bulk_store, 2024)
    totals = gift_register.register_totals(bulk_store, 2024)
    assert totals.recipients == len(expected) == gift_register.register_count(bulk_store, 2024)
    assert totals.total_cents == sum(r[4] for r in expected)
    assert totals.over == sum(r[6] == "over" for r in expected)
    assert totals.near == sum(r[6] == "near" for r in expected)


@pytest.mark.sqlite_only  # the window's register page: a temporary table on the store file's own connection (Snapshot)
def test_a_load_groups_the_year_once_with_its_totals(bulk_store):
    expected = reference(bulk_store, 2024)
    pages = register_query.register_pages(bulk_store, 2024)
    try:
        assert pages.totals == gift_register.register_totals(bulk_store, 2024)
        assert pages.rows.count() == len(expected)
        paged = [
            row
            for offset in range(0, len(expected), 64)
            for row in pages.rows.page("", (None, False), offset, 64)
        ]
        assert as_tuples(paged) == expected
        assert (
            pages.rows.count("Person 00") == gift_register.register_count(bulk_store, 2024, "Person 00") > 5
        )
    finally:
        pages.close()
    empty = register_query.register_pages(bulk_store, 1999)
    assert (empty.totals, empty.rows.page()) == (register_query.RegisterTotals(), [])
    empty.close()


def loaded_equals_the_queries_of_the_store(store, year: int, offsets: tuple[int, ...]) -> None:
    """Every order and a filter of the loaded register give the rows the store's own queries give."""
    pages = register_query.register_pages(store, year)
    try:
        for key in (None, *gift_register.SORT_KEYS):
            for descending in (False, True):
                for offset in offsets:
                    got = pages.rows.page("", (key, descending), offset, 40)
                    old = gift_register.register_rows(
                        store, year, sort=key, descending=descending, offset=offset, limit=40
                    )
                    assert got == old, (key, descending, offset)
                text = "e"
                assert pages.rows.page(text, (key, descending)) == gift_register.register_rows(
                    store, year, text=text, sort=key, descending=descending
                )
        assert pages.totals == gift_register.register_totals(store, year)
    finally:
        pages.close()


@pytest.mark.sqlite_only  # the window's register page: a temporary table on the store file's own connection (Snapshot)
@pytest.mark.parametrize("indexed", [False, True])
def test_every_order_of_a_load_equals_the_stores_queries(bulk_store, monkeypatch, indexed):
    if indexed:  # as on a big store: pages deep in an order read an index of it
        monkeypatch.setattr(snapshot, "INDEX_FROM", 10)
        monkeypatch.setattr(snapshot, "DEEP_FROM", 100)
    loaded_equals_the_queries_of_the_store(bulk_store, 2024, (0, 200))


@pytest.mark.sqlite_only  # the window's register page: a temporary table on the store file's own connection (Snapshot)
def test_on_the_demo_store_the_loaded_register_equals_the_old_queries(demo_store):
    years = gift_register.gift_years(demo_store)
    assert years
    for year in years:
        loaded_equals_the_queries_of_the_store(demo_store, year, (0, 3))


@pytest.mark.sqlite_only  # the window's register page: a temporary table on the store file's own connection (Snapshot)
def test_later_pages_sorts_and_filters_read_the_load_not_the_gifts(bulk_store):
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    pages = register_query.register_pages(bulk_store, 2024)
    event.listen(bulk_store.engine, "before_cursor_execute", seen)
    try:
        for offset in range(0, pages.rows.rows, 50):
            pages.rows.page("", (None, False), offset, 50)
        pages.rows.page("", ("recipient", True), 100, 50)
        pages.rows.page("Müller", ("status", False), 0, 50)
        pages.rows.count("Müller")
        pages.rows.position(pages.rows.page()[7].id, "", ("total", False))
    finally:
        event.remove(bulk_store.engine, "before_cursor_execute", seen)
        pages.close()
    assert len(statements) >= 10
    read = {table for s in statements for table in re.findall(r"\b(?:FROM|JOIN)\s+([\w.]+)", s)}
    assert read == {"temp.register"}  # never the gifts again


def test_filter_and_sort_in_sql(bulk_store):
    expected = [
        r for r in reference(bulk_store, 2024) if "öztürk" in r[1].casefold() or "person 0001" in r[0].lower()
    ]
    found = gift_register.register_rows(bulk_store, 2024, text="Öztürk")
    assert {r[1] for r in as_tuples(found)} == {r[1] for r in expected if "Öztürk" in r[1]}
    assert gift_register.register_count(bulk_store, 2024, "Öztürk") == len(found)
    assert gift_register.register_count(bulk_store, 2024, "person 0001") == sum(
        "person 0001" in r[0].lower() for r in expected
    )
    assert gift_register.register_count(bulk_store, 2024, "100%_") == 0  # wildcards are text
    by_gifts = gift_register.register_rows(bulk_store, 2024, sort="gifts", descending=True)
    assert [r.gifts for r in by_gifts] == sorted((r.gifts for r in by_gifts), reverse=True)
    by_status = gift_register.register_rows(bulk_store, 2024, sort="status")
    order = {"over": 0, "near": 1, "ok": 2}
    keys = [(order[r.status], -r.total_cents) for r in by_status]
    assert keys == sorted(keys)
    for key in gift_register.SORT_KEYS:
        assert len(gift_register.register_rows(bulk_store, 2024, sort=key, limit=10)) == 10


def test_the_count_and_totals_load_no_rows(bulk_store, monkeypatch):
    made, fetched = [], []
    real = register_query._register_row
    monkeypatch.setattr(register_query, "_register_row", lambda *a: made.append(1) or real(*a))

    def after(conn, cursor, statement, parameters, context, executemany):
        fetched.append(statement)

    event.listen(bulk_store.engine, "after_cursor_execute", after)
    try:
        count = gift_register.register_count(bulk_store, 2024)
        totals = gift_register.register_totals(bulk_store, 2024)
    finally:
        event.remove(bulk_store.engine, "after_cursor_execute", after)
    assert count == totals.recipients > 300 and made == []
    register = [s for s in fetched if "recipients" in s]
    assert len(register) == 2 and all(s.lstrip().upper().startswith("SELECT COUNT(*)") for s in register)


def test_the_csv_streams_every_gift_with_its_recipients_total(bulk_store, tmp_path):
    target = tmp_path / "register.csv"
    written = gift_register.export_register_csv(bulk_store, target, 2024)
    expected = reference(bulk_store, 2024)
    assert written == sum(r[3] for r in expected)
    lines = target.read_text(encoding="utf-8-sig").splitlines()[1:]
    totals = {(r[0], r[1]): r for r in expected}
    for line in lines:
        fields = line.split(";")
        row = totals[(fields[1], fields[2])]
        assert fields[8] == f"{row[4] / 100:.2f}" and fields[10] == row[6]
    assert [line.split(";")[0] for line in lines] == sorted(line.split(";")[0] for line in lines)
