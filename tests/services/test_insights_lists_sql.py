"""The lists to act on in SQL: the same rows in the same order as the services' lists, counted without rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from reciprocity_desktop.services import insights, snapshot
from reciprocity_desktop.services import insights_lists_sql as lists
from reciprocity_desktop.services.insights_lists_sql import ListQuery

sys.path.insert(0, str(Path(__file__).parents[1] / "ui" / "insights"))

import realistic  # noqa: E402

TODAY = realistic.TODAY


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from reciprocity_desktop.store import open_store

    store = open_store(tmp_path_factory.mktemp("lists") / "store.sqlite3")
    realistic.fill(store)
    yield store
    store.close()


def reference(store, which, query: ListQuery):
    if which == lists.UNFOLLOWED:
        return insights.unfollowed_gifted(store, today=query.today)
    if which == lists.OVERDUE:
        return insights.overdue_reactions(store, today=query.today)
    return insights.next_steps(
        store, window_days=query.window_days, date_from=query.date_from, date_to=query.date_to
    )


QUERIES = [
    ListQuery(today=TODAY),
    ListQuery(window_days=30, date_from=dt.date(2025, 1, 1), today=TODAY),
    ListQuery(window_days=14, date_to=dt.date(2025, 3, 31), today=TODAY),
]


@pytest.mark.parametrize("which", lists.LISTS)
@pytest.mark.parametrize("query", QUERIES)
def test_rows_and_order_equal_the_services_lists(big, which, query):
    expected = reference(big, which, query)
    assert len(expected) > 3
    assert lists.page(big, which, query) == expected
    assert lists.count(big, which, query) == len(expected)
    paged = [row for offset in range(0, len(expected), 7) for row in lists.page(big, which, query, offset, 7)]
    assert paged == expected
    assert lists.first(big, which, query, 3) == (expected[:3], len(expected))


@pytest.mark.parametrize("which", lists.LISTS)
def test_the_filter_keeps_the_rows_naming_it(big, which):
    query = ListQuery(today=TODAY)
    expected = reference(big, which, query)
    needle = expected[0].name.split()[0]
    kept = [
        row
        for row in expected
        if needle.lower()
        in " ".join(
            str(getattr(row, f, "")) for f in ("name", "city", "description", "decision_maker")
        ).lower()
    ]
    found = lists.page(big, which, dataclasses.replace(query, text=needle))
    assert found == kept and lists.count(big, which, dataclasses.replace(query, text=needle)) == len(kept)


@pytest.mark.parametrize("which", lists.LISTS)
def test_every_sort_runs_in_sql(big, which):
    for sort in lists.SORTS[which]:
        for descending in (False, True):
            rows = lists.page(big, which, ListQuery(today=TODAY, sort=sort, descending=descending), 0, 5)
            assert len(rows) == 5


def test_load_page_has_the_counts_the_first_pages_and_the_lists(big):
    query = insights.InsightsQuery(today=TODAY)
    loaded = lists.load_page(big, query)
    full = insights.load_insights(big, query)
    try:
        assert loaded.report == dataclasses.replace(full.report, balance=[]) and loaded.months == full.months
        assert loaded.counts == {
            lists.UNFOLLOWED: len(full.unfollowed),
            lists.OVERDUE: len(full.overdue),
            lists.NEXT_STEPS_LIST: len(full.next_steps),
        }
        assert loaded.unfollowed == full.unfollowed[: lists.FIRST_PAGE]
        assert loaded.next_steps == full.next_steps[: lists.FIRST_PAGE]
        assert loaded.lists[lists.OVERDUE].page() == full.overdue
        assert loaded.balance.page() == full.report.balance  # the balance as compute() orders it
        assert loaded.balance.count() == len(full.report.balance) > 10
    finally:
        loaded.close()


def loaded_equals_the_old_lists(store, query: ListQuery, offsets=(0, 5)) -> None:
    """Each loaded list gives, in every order and with a filter, the rows the store's own queries give;
    the balance, in every order, the rows of compute() sorted the way the page's table used to."""
    loaded = lists.load_page(
        store, insights.InsightsQuery(query.window_days, query.date_from, query.date_to, query.today)
    )
    try:
        for which, listed in loaded.lists.items():
            assert listed.page() == lists.page(store, which, query)
            for key, (column, inverted) in lists.LIST_SORTS[which].items():
                for descending in (False, True):
                    old = dataclasses.replace(query, sort=column, descending=descending != inverted)
                    for offset in offsets:
                        assert listed.page("", (key, descending), offset, 7) == lists.page(
                            store, which, old, offset, 7
                        )
                    needle = "a"
                    assert listed.page(needle, (key, descending)) == lists.page(
                        store, which, dataclasses.replace(old, text=needle)
                    )
                    assert listed.count(needle) == lists.count(
                        store, which, dataclasses.replace(old, text=needle)
                    )
        report = insights.compute(
            store, window_days=query.window_days, date_from=query.date_from, date_to=query.date_to
        )
        keys = {
            "name": lambda b: b.name.casefold(), "gifts": lambda b: b.gifts, "cost": lambda b: b.gift_cost_cents,
            "outcomes": lambda b: b.outcomes, "orders": lambda b: b.order_value_cents, "net": lambda b: b.net_cents,
        }  # fmt: skip
        assert loaded.balance.page() == report.balance
        for key, value in keys.items():
            ascending = sorted(report.balance, key=value)  # stable, as the table's sort was
            descending = sorted(report.balance, key=value, reverse=True)
            assert loaded.balance.page("", (key, False)) == ascending, key
            assert loaded.balance.page("", (key, True)) == descending, key
    finally:
        loaded.close()


@pytest.mark.parametrize("indexed", [False, True])
@pytest.mark.parametrize("query", QUERIES)
def test_every_order_of_a_loaded_list_equals_the_stores_queries(big, query, monkeypatch, indexed):
    if indexed:  # as on a big store: pages deep in an order read an index of it
        monkeypatch.setattr(snapshot, "INDEX_FROM", 5)
        monkeypatch.setattr(snapshot, "DEEP_FROM", 5)
    loaded_equals_the_old_lists(big, query)


def test_on_the_demo_store_the_loaded_lists_equal_the_old_ones(demo_store):
    today = dt.date.today()
    loaded_equals_the_old_lists(demo_store, ListQuery(today=today), offsets=(0, 2))
    loaded_equals_the_old_lists(demo_store, ListQuery(window_days=30, today=today), offsets=(0,))


def test_later_pages_sorts_and_filters_read_the_load_not_the_store(big):
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    loaded = lists.load_page(big, insights.InsightsQuery(today=TODAY))
    event.listen(big.engine, "before_cursor_execute", seen)
    try:
        for listed in [*loaded.lists.values(), loaded.balance]:
            for offset in range(0, listed.rows, 20):
                listed.page("", (None, False), offset, 20)
            key = next(iter(listed.sorts))
            listed.page("", (key, True), 40, 20)
            listed.page("e", (key, False), 0, 20)
            listed.count("e")
    finally:
        event.remove(big.engine, "before_cursor_execute", seen)
        loaded.close()
    read = {table for s in statements for table in re.findall(r"\b(?:FROM|JOIN)\s+([\w.]+)", s)}
    assert read == {"temp.act_unfollowed", "temp.act_overdue", "temp.act_next_steps", "temp.insights_balance"}
