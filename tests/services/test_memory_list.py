"""A list held as records (an office hub's computed lists): pages, sorts, filter and a record's row, in the
orders a store file's temporary table gives (ties in the list's own order, a missing value first going up)."""

from __future__ import annotations

from typing import NamedTuple

from reciprocity_desktop.services.memory_list import MemoryList, folded_key


class Row(NamedTuple):
    id: str
    name: str
    total: int | None


ROWS = [Row("a", "Zahnarzt", 5), Row("b", "bäckerei", None), Row("c", "Apfel", 5), Row("d", "Ölmühle", 1)]


def listed() -> MemoryList:
    return MemoryList(
        list(ROWS),
        lambda r: r.id,
        lambda r: (r.name,),
        {"name": (lambda r: folded_key(r.name), False), "total": (lambda r: r.total, False), "rank": (lambda r: r.total, True)},
    )


def ids(rows) -> list[str]:
    return [r.id for r in rows]


def test_the_own_order_pages_and_counts():
    rows = listed()
    assert rows.rows == rows.count() == 4
    assert ids(rows.page()) == ["a", "b", "c", "d"]
    assert ids(rows.page(offset=1, limit=2)) == ["b", "c"]


def test_sorts_keep_ties_in_the_own_order_and_put_a_missing_value_first_going_up_last_going_down():
    rows = listed()
    assert ids(rows.page(sort=("total", False))) == ["b", "d", "a", "c"]
    assert ids(rows.page(sort=("total", True))) == ["a", "c", "d", "b"]
    assert ids(rows.page(sort=("rank", False))) == ids(rows.page(sort=("total", True)))  # inverted
    assert ids(rows.page(sort=("name", False))) == ["c", "b", "a", "d"]  # case folded, ö after z (as SQLite)


def test_the_filter_ignores_case_and_a_records_row_follows_the_filter_and_sort():
    rows = listed()
    assert rows.count("ÄCK") == 1 and ids(rows.page("e")) == ["b", "c", "d"]
    assert rows.position("d", "e", ("total", False)) == 1
    assert rows.position("a", "e") is None
    rows.snapshot.close()  # what a replaced load closes
