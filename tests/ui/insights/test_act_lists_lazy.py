"""The Insights lists to act on over thousands of rows: counted in SQL, only the first pages read."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from reciprocity_desktop.services import insights_lists_sql as sql
from reciprocity_desktop.ui.insights.view import InsightsView

pytestmark = pytest.mark.gui

import bulk  # noqa: E402  (tests/services/insights, on the path through conftest)


@pytest.fixture
def reads(monkeypatch):
    """Rows read per list (every page), and rows made by a count (none, we expect)."""
    read: Counter = Counter()
    made: Counter = Counter()
    real_read = sql._read

    def reading(store, which, query, offset, limit, counted=False):
        rows, total = real_read(store, which, query, offset, limit, counted)
        read[which, "pages"] += 1
        read[which, "rows"] += len(rows)
        return rows, total

    for which, build in list(sql._ROW.items()):
        monkeypatch.setitem(
            sql._ROW, which, lambda row, today, b=build, w=which: made.update([w]) or b(row, today)
        )
    monkeypatch.setattr(sql, "_read", reading)
    return read, made


def test_showing_reads_at_most_two_pages_of_each_list(qtbot, ctx, store, reads):
    bulk.gifts(store, 3000)
    read, made = reads
    view = InsightsView(ctx)
    view.today = dt.date(2025, 6, 1)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    with qtbot.waitSignal(view.refreshed, timeout=60_000):
        view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    counts = view.data.counts
    assert counts[sql.UNFOLLOWED] > 2000 and counts[sql.OVERDUE] > 3000
    assert view.unfollowed_model.rowCount() == counts[sql.UNFOLLOWED]
    assert view.act_tabs.tabText(0) == f"No follow-up yet ({counts[sql.UNFOLLOWED]})"
    for which in sql.LISTS:
        assert read[which, "pages"] <= 2 and read[which, "rows"] <= 2 * sql.FIRST_PAGE
        assert made[which] == read[which, "rows"]  # the counts made no row
    made.clear()
    with qtbot.waitSignal(view.act.reloaded, timeout=60_000):  # off the GUI thread
        view.filter_edit.setText("Öztürk")
    shown = view.unfollowed_model.rowCount()
    assert 0 < shown < counts[sql.UNFOLLOWED]
    assert view.act_tabs.tabText(0) == f"No follow-up yet ({shown}/{counts[sql.UNFOLLOWED]})"
    assert sum(made.values()) <= 3 * sql.FIRST_PAGE  # each list's first page and count, in one statement each
    made.clear()
    view.act_tabs.setCurrentIndex(0)
    qtbot.wait(50)
    assert all("Öztürk" in view.unfollowed_model.index(r, 0).data() for r in range(min(shown, 50)))
    assert sum(made.values()) <= 2 * sql.FIRST_PAGE
    view.wait_idle()
