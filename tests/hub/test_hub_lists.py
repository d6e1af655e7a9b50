"""The window's computed lists on a hub (held as records) against the same lists on a store file (SQLite's
temporary tables): the same rows, counts, pages, sorts, filters and positions; the plain reads' SQL said
for a hub."""

from __future__ import annotations

import datetime as dt

import pytest
from hub_helpers import copy_store

from reciprocity_desktop.services import demo, register_query
from reciprocity_desktop.services.insights import InsightsQuery
from reciprocity_desktop.services.insights_lists_sql import LIST_SORTS, load_page
from reciprocity_desktop.services.memory_list import MemoryList
from reciprocity_desktop.services.snapshot import list_count, list_page, list_position
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.portable import postgresql_text


@pytest.fixture
def both(tmp_path, hub):
    """The demo tour in a store file and the same rows on a hub: (file store, hub store)."""
    store = open_store(tmp_path / "rep.sqlite3")
    demo.load_demo(store)
    copy_store(tmp_path / "rep.sqlite3", hub)
    on_hub = open_store(hub)
    yield store, on_hub
    on_hub.close()
    store.close()


def _same_list(on_file, on_hub, sorts, record_id) -> None:
    assert on_hub.rows == on_file.rows
    for sort in [(None, False), *((key, down) for key in sorts for down in (False, True))]:
        for text in ("", "er"):
            assert list_count(on_hub, text) == list_count(on_file, text)
            file_rows, hub_rows = list_page(on_file, text, sort, 0, 500), list_page(on_hub, text, sort, 0, 500)
            assert [record_id(r) for r in hub_rows] == [record_id(r) for r in file_rows], (sort, text)
            if file_rows:
                last = record_id(file_rows[-1])
                assert list_position(on_hub, last, text, sort) == list_position(on_file, last, text, sort)


def test_the_insights_lists_and_balance_on_the_hub_equal_the_store_files(both):
    store, on_hub = both
    query = InsightsQuery(today=dt.date.today())
    on_file, hub_page = load_page(store, query), load_page(on_hub, query)
    try:
        assert hub_page.report == on_file.report
        assert hub_page.counts == on_file.counts and sum(on_file.counts.values()) > 0
        assert (hub_page.unfollowed, hub_page.overdue, hub_page.next_steps) == (
            on_file.unfollowed, on_file.overdue, on_file.next_steps,
        )  # fmt: skip
        assert hub_page.months == on_file.months
        for which, listed in hub_page.lists.items():
            assert isinstance(listed, MemoryList)
            _same_list(on_file.lists[which], listed, LIST_SORTS[which], lambda r: r.id)
        _same_list(on_file.balance, hub_page.balance, ("gifts", "cost", "outcomes", "orders", "net"), lambda r: r.id)
    finally:
        on_file.close()
        hub_page.close()


def test_the_gift_register_on_the_hub_equals_the_store_files(both):
    store, on_hub = both
    year = dt.date.today().year
    on_file, hub_pages = register_query.register_pages(store, year), register_query.register_pages(on_hub, year)
    try:
        assert hub_pages.totals == on_file.totals and on_file.totals.recipients > 0
        keys = ("gifts", "total", "limit", "status", "country")
        _same_list(on_file.rows, hub_pages.rows, keys, lambda r: r.id)
        assert register_query.register_rows(on_hub, year, sort="recipient") == register_query.register_rows(
            store, year, sort="recipient"
        )
    finally:
        on_file.close()
        hub_pages.close()


def test_the_plain_reads_sql_is_said_in_postgresqls_words_and_quoted_text_is_left_alone():
    assert postgresql_text("SELECT 1 FROM t WHERE deleted IS 0 AND d = :day AND k = ?") == (
        "SELECT 1 FROM t WHERE deleted IS false AND d = %(day)s AND k = %s"
    )
    assert postgresql_text("x IS NOT 1 OR y IS 1") == "x IS NOT true OR y IS true"
    assert postgresql_text("json_extract(value, '$') LIKE '50% :not ?'") == (
        "json_extract(value, '$') LIKE '50%% :not ?'"
    )
    assert postgresql_text("a::text") == "a::text"  # a cast is no parameter
