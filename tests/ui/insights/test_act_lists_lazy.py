"""The Insights lists to act on and the balance over thousands of rows: each computed once per load, off
the GUI thread; the tables read only the pages they paint, their sorts and the filter from that load."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from reciprocity_desktop.services import insights_lists_sql as sql
from reciprocity_desktop.services.insights_lists_sql import ListQuery
from reciprocity_desktop.ui.insights.view import InsightsView
from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE

pytestmark = pytest.mark.gui

import bulk  # noqa: E402  (tests/services/insights, on the path through conftest)

TODAY = dt.date(2025, 6, 1)
TABLES = {
    sql.UNFOLLOWED: "temp.act_unfollowed",
    sql.OVERDUE: "temp.act_overdue",
    sql.NEXT_STEPS_LIST: "temp.act_next_steps",
    "balance": "temp.insights_balance",
}


def tables(statements: list[str]) -> set[str]:
    return {table for s in statements for table in re.findall(r"\b(?:FROM|JOIN)\s+([\w.]+)", s)}


@pytest.fixture
def statements(store):
    """The SQL statements run on the GUI thread."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if threading.current_thread() is threading.main_thread():
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    yield seen
    event.remove(store.engine, "before_cursor_execute", record)


@pytest.fixture
def view(qtbot, ctx, store, statements):
    bulk.gifts(store, 3000)
    statements.clear()
    widget = InsightsView(ctx)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.refreshed, timeout=60_000):
        widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    yield widget
    widget.wait_idle()


def test_showing_reads_at_most_two_pages_of_each_list_and_computes_nothing_on_the_gui_thread(
    view, statements
):
    counts = view.data.counts
    assert counts[sql.UNFOLLOWED] > 2000 and counts[sql.OVERDUE] > 3000
    assert tables(statements) <= set(TABLES.values())  # the lists were computed off the GUI thread
    per_table = {name: sum(name in s for s in statements if "LIMIT" in s) for name in TABLES.values()}
    assert all(pages <= 2 for pages in per_table.values()), per_table
    assert all(model.pages_loaded <= 2 for model in view.act.models.values())
    assert not any("COUNT" in s for s in statements)  # the counts came with the load
    assert view.unfollowed_model.rowCount() == counts[sql.UNFOLLOWED]
    assert view.act_tabs.tabText(0) == f"No follow-up yet ({counts[sql.UNFOLLOWED]})"


def test_scrolling_to_the_tenth_page_reads_it_from_the_load(qtbot, view, statements):
    view.act_tabs.setCurrentWidget(view.overdue_view)
    qtbot.wait(20)
    statements.clear()
    loaded = view.overdue_model.pages_loaded
    row = 10 * PAGE_SIZE + 5
    view.overdue_view.scrollTo(view.overdue_model.index(row, 0))
    qtbot.wait(50)
    assert view.overdue_model.index(row, 0).data()
    assert 1 <= view.overdue_model.pages_loaded - loaded <= 2
    assert tables(statements) == {TABLES[sql.OVERDUE]}  # the list is not computed again


def test_a_header_click_sorts_the_load_as_the_store_would(qtbot, view, statements):
    statements.clear()
    view.act_tabs.setCurrentWidget(view.unfollowed_view)
    view.unfollowed_view.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # days since
    shown = [view.unfollowed_model.record(r) for r in range(40)]
    assert tables(statements) <= {TABLES[sql.UNFOLLOWED]}
    old = sql.page(
        view.ctx.store, sql.UNFOLLOWED, ListQuery(today=TODAY, sort="gift_date", descending=True), 0, 40
    )
    assert shown == old
    days = [row.days_since for row in shown]
    assert days == sorted(days)


def test_the_filter_counts_each_list_over_the_load(qtbot, view, statements):
    counts = view.data.counts
    statements.clear()
    with qtbot.waitSignal(view.act.reloaded, timeout=10_000):
        view.filter_edit.setText("Öztürk")
    shown = view.unfollowed_model.rowCount()
    assert 0 < shown < counts[sql.UNFOLLOWED]
    assert view.act_tabs.tabText(0) == f"No follow-up yet ({shown}/{counts[sql.UNFOLLOWED]})"
    assert all("Öztürk" in view.unfollowed_model.index(r, 0).data() for r in range(min(shown, 50)))
    assert tables(statements) <= {TABLES[which] for which in sql.LISTS}
    assert shown == sql.count(view.ctx.store, sql.UNFOLLOWED, ListQuery(today=TODAY, text="Öztürk"))


def test_the_balance_is_lazy_and_sorts_in_sql(qtbot, view, statements):
    view.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    model = view.balance_model
    assert model.rowCount() == view.data.balance.rows > 2000 and model.pages_loaded <= 2
    statements.clear()
    view.balance_view.horizontalHeader().setSortIndicator(5, Qt.SortOrder.AscendingOrder)  # net, lowest first
    nets = [model.record(r).net_cents for r in range(100)]
    assert nets == sorted(nets) and tables(statements) == {TABLES["balance"]}


def test_a_new_load_closes_the_one_shown_before(qtbot, ctx, view):
    shown = view.data
    with qtbot.waitSignal(view.refreshed, timeout=60_000):
        ctx.events.emit("gifts")
    assert view.data is not shown
    assert shown.snapshot.closed and not view.data.snapshot.closed
    assert view.unfollowed_model.index(0, 0).data()
