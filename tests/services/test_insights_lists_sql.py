"""The lists to act on in SQL: the same rows in the same order as the services' lists, counted without rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import pytest

from reciprocity_desktop.services import insights
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


def test_load_page_has_the_counts_and_the_first_pages(big):
    query = insights.InsightsQuery(today=TODAY)
    loaded = lists.load_page(big, query)
    full = insights.load_insights(big, query)
    assert loaded.report == full.report and loaded.months == full.months
    assert loaded.counts == {
        lists.UNFOLLOWED: len(full.unfollowed),
        lists.OVERDUE: len(full.overdue),
        lists.NEXT_STEPS_LIST: len(full.next_steps),
    }
    assert loaded.unfollowed == full.unfollowed[: lists.FIRST_PAGE]
    assert loaded.next_steps == full.next_steps[: lists.FIRST_PAGE]
