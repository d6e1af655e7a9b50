"""The shared lazy model as the Insights and Gift register pages use it: a new source per load, the own order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reciprocity_desktop.ui.widgets.lazy_table import LazyRecordModel, LazySource
from reciprocity_desktop.ui.widgets.tables import Column

pytestmark = pytest.mark.gui


class Source:
    """``n`` numbered rows; records what was asked."""

    def __init__(self, n: int, name: str) -> None:
        self.n, self.name = n, name
        self.asked: list[tuple] = []

    def source(self) -> LazySource:
        return LazySource(self.count, self.page, lambda *_args: None)

    def count(self) -> int:
        self.asked.append(("count",))
        return self.n

    def page(self, key: str, descending: bool, offset: int, limit: int) -> list[str]:
        self.asked.append(("page", key, descending, offset))
        rows = [f"{self.name}{i}" for i in range(self.n)]
        if key:
            rows.sort(reverse=descending)
        return rows[offset : offset + limit]


def model(qtbot) -> LazyRecordModel:
    return LazyRecordModel([Column("Row", str)], LazySource.empty(), ["text"])


def test_an_empty_source_has_no_rows(qtbot):
    shown = model(qtbot)
    shown.reload()
    assert shown.rowCount() == 0 and shown.record(0) is None


def test_a_new_source_replaces_the_rows_and_a_known_count_is_not_asked(qtbot):
    shown = model(qtbot)
    first, second = Source(30, "a"), Source(12, "b")
    shown.set_source(first.source())
    assert shown.rowCount() == 30 and first.asked == [("count",)]
    assert shown.index(3, 0).data() == "a3"
    shown.set_source(second.source(), count=12)
    assert second.asked == [] and shown.rowCount() == 12
    assert shown.index(3, 0).data() == "b3" and second.asked == [("page", "", False, 0)]
    assert first.asked[-1] == ("page", "", False, 0)  # the old source is asked nothing more


def test_the_sort_survives_a_new_source_and_column_minus_one_is_the_own_order(qtbot):
    shown = model(qtbot)
    rows = Source(15, "r")
    shown.set_source(rows.source())
    shown.sort(0, Qt.SortOrder.DescendingOrder)
    assert shown.index(0, 0).data() == "r9" and rows.asked[-1] == ("page", "text", True, 0)
    again = Source(15, "s")
    shown.set_source(again.source())
    assert shown.index(0, 0).data() == "s9"
    shown.sort(-1)
    assert shown.sort_column == -1 and shown.sort_key == ""
    assert shown.index(0, 0).data() == "s0" and again.asked[-1] == ("page", "", False, 0)
    asked = len(again.asked)
    shown.sort(-1, Qt.SortOrder.DescendingOrder)  # already: nothing to do
    assert len(again.asked) == asked
