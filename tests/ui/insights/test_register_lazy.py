"""The gift register page over thousands of recipients: the year grouped once per load, off the GUI
thread; the table reads only the pages it paints, its sorts and its filter from that load."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from reciprocity_desktop.services import gift_register
from reciprocity_desktop.ui.insights.register_view import GiftRegisterView
from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE

pytestmark = pytest.mark.gui

import bulk  # noqa: E402  (tests/services/insights, on the path through conftest)


class Statements(list):
    """The SQL statements run on the GUI thread (a page the table paints, a sort, a count)."""

    def tables(self) -> set[str]:
        return {table for s in self for table in re.findall(r"\b(?:FROM|JOIN)\s+([\w.]+)", s)}

    def pages(self) -> list[str]:
        return [s for s in self if "LIMIT" in s]


@pytest.fixture
def statements(store):
    seen = Statements()

    def record(conn, cursor, statement, parameters, context, executemany):
        if threading.current_thread() is threading.main_thread():
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    yield seen
    event.remove(store.engine, "before_cursor_execute", record)


@pytest.fixture
def big(qtbot, ctx, store, statements):
    bulk.gifts(store, 3000)
    statements.clear()
    widget = GiftRegisterView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.set_year(2024)
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return widget


def test_showing_reads_at_most_two_pages_and_groups_nothing_on_the_gui_thread(big, statements):
    assert 1 <= big.model.pages_loaded <= 2
    assert 1 <= len(statements.pages()) <= 4  # two years shown: at most two pages each
    assert statements.tables() == {"temp.register"}  # the gifts were grouped off the GUI thread
    recipients = gift_register.register_totals(big.ctx.store, 2024).recipients
    assert recipients > 3000
    assert big.model.rowCount() == recipients
    assert f"2024: {recipients} recipient(s)" in big.summary_label.text()
    totals = [big.model.record(r).total_cents for r in range(50)]
    assert totals == sorted(totals, reverse=True)  # the register's own order: highest total first


def test_scrolling_to_the_tenth_page_reads_that_page_from_the_load(qtbot, big, statements):
    statements.clear()
    loaded = big.model.pages_loaded
    row = 10 * PAGE_SIZE + 5
    big.table.scrollTo(big.model.index(row, 0))
    qtbot.wait(50)
    assert big.model.index(row, 0).data()
    assert big.model.pages_loaded - loaded <= 2
    assert statements and statements.tables() == {"temp.register"}  # no grouping of the year's gifts again
    offsets = [int(n) for s in statements.pages() for n in re.findall(r"OFFSET (\d+)", s)]
    assert all(abs(offset - row) <= 2 * PAGE_SIZE for offset in offsets)


def test_scrolling_to_the_end_reads_the_last_page_only(qtbot, big, statements):
    statements.clear()
    big.table.scrollToBottom()
    qtbot.wait(50)
    last = big.model.rowCount() - 1
    assert big.model.index(last, 0).data()
    assert 1 <= len(statements.pages()) <= 2 and statements.tables() == {"temp.register"}


def test_sorting_and_filtering_read_the_load_in_sql(qtbot, big, statements):
    statements.clear()
    big.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert big.model.index(0, 3).data() == "2"
    assert big.model.rowCount() > 3000
    by_gifts = [big.model.record(r) for r in range(30)]
    big.filter_edit.setText("Person 0000")
    texts = [big.model.index(r, 0).data() for r in range(big.model.rowCount())]
    assert statements.tables() == {"temp.register"}
    old = gift_register.register_rows(big.ctx.store, 2024, sort="gifts", descending=True, limit=30)
    assert by_gifts == old
    assert texts and all(t.startswith("Person 0000") for t in texts)
    assert len(texts) == gift_register.register_count(big.ctx.store, 2024, "Person 0000")


def test_a_change_shows_after_the_refresh_and_the_old_load_is_closed(qtbot, ctx, big, build):
    shown = big.loaded.pages
    prospect = build.prospect("Zuletzt GmbH", country="DE")
    build.gift(prospect, "2024-04-01", "personal", 999_00)
    with qtbot.waitSignal(big.refreshed, timeout=10_000):
        ctx.events.emit("gifts")
    assert big.model.index(0, 0).data() == "Zuletzt GmbH"  # the highest total now
    assert shown.rows.snapshot.closed and not big.loaded.pages.rows.snapshot.closed
