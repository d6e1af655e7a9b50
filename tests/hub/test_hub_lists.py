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


SEARCHES = ("", "müller", "mü", "ka", "sample", "coffee box", "probe")


def _ids_and_order(rows, key) -> tuple[list[str], list]:
    return sorted(row.id for row in rows), [key(row) for row in rows]


def test_the_gift_and_follow_up_lists_with_searches_and_sorts_on_the_hub_list_the_store_files_records(both):
    """The same records, counts and sums, in the same order of their sort values (records that tie on every
    key may come in another order: the file's last tie-break is its rowid, the hub's the primary key)."""
    from reciprocity_desktop.services import followup_list, gift_list

    store, on_hub = both
    labels = (("sample", "Probe"), ("trial", "Testversion"))
    for search in SEARCHES:
        flt = gift_list.GiftFilter(search=search, labels=labels)
        assert gift_list.count_gifts(on_hub, flt) == gift_list.count_gifts(store, flt), search
        assert gift_list.gift_totals(on_hub, flt) == gift_list.gift_totals(store, flt), search
        for key in gift_list.SORT_KEYS:
            sort = gift_list.GiftSort(key, descending=key == "date")
            on_file = gift_list.list_gifts_page(store, flt, sort, 0, None)
            on_server = gift_list.list_gifts_page(on_hub, flt, sort, 0, None)
            assert _ids_and_order(on_server, lambda g: g.date) == _ids_and_order(on_file, lambda g: g.date), (
                search, key,
            )  # fmt: skip
        today = dt.date.today()
        for bucket in followup_list.FILTER_BUCKETS:
            flt = followup_list.FollowUpListFilter(bucket=bucket, search=search, today=today)
            assert followup_list.count_followups(on_hub, flt) == followup_list.count_followups(store, flt)
            for key in followup_list.SORT_KEYS:
                sort = followup_list.FollowUpSort(key)
                on_file = followup_list.list_followups_page(store, flt, sort, 0, None)
                on_server = followup_list.list_followups_page(on_hub, flt, sort, 0, None)
                assert _ids_and_order(on_server, lambda f: f.due) == _ids_and_order(on_file, lambda f: f.due), (
                    search, bucket, key,
                )  # fmt: skip
    assert followup_list.followup_bucket_counts(on_hub) == followup_list.followup_bucket_counts(store)
    every = followup_list.FollowUpListFilter(bucket="all")
    for key in ("when", "due", "kind"):  # "when": a boolean key (done or not) before the due date
        sort = followup_list.FollowUpSort(key)
        listed = followup_list.list_followups_page(on_hub, every, sort, 0, None)
        for at in (0, len(listed) // 2, len(listed) - 1):
            assert followup_list.followup_position(on_hub, listed[at].id, every, sort) == at, (key, at)


def test_the_prospect_list_and_its_search_on_the_hub_list_the_store_files(both):
    from reciprocity_desktop.services import prospect_list

    store, on_hub = both
    for search in SEARCHES:
        flt = prospect_list.ProspectFilter(search=search)
        assert prospect_list.count_prospects(on_hub, flt) == prospect_list.count_prospects(store, flt), search
        for sort in ("name", "city", "stage"):
            rows = prospect_list.list_prospect_rows(on_hub, flt, sort=sort)
            assert rows == prospect_list.list_prospect_rows(store, flt, sort=sort), (search, sort)
    gifted = prospect_list.ProspectFilter(gifted_no_followup=True)
    assert prospect_list.list_prospect_rows(on_hub, gifted) == prospect_list.list_prospect_rows(store, gifted)
    last = prospect_list.list_prospect_rows(store)[-1].id
    assert prospect_list.position_of(on_hub, last) == prospect_list.position_of(store, last)
