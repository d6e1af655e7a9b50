"""The gift register page over thousands of recipients: counted in SQL, only the pages shown fetched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reciprocity_desktop.services import gift_register
from reciprocity_desktop.ui.insights.register_view import GiftRegisterView

pytestmark = pytest.mark.gui

import bulk  # noqa: E402  (tests/services/insights, on the path through conftest)


@pytest.fixture
def pages(monkeypatch):
    """Every page of rows read from the store: (offset, limit, rows)."""
    read = []
    real = gift_register.register_rows

    def recording(*args, **kwargs):
        rows = real(*args, **kwargs)
        read.append((kwargs.get("offset", 0), kwargs.get("limit"), len(rows)))
        return rows

    monkeypatch.setattr(gift_register, "register_rows", recording)
    return read


@pytest.fixture
def big(qtbot, ctx, store, pages):
    bulk.gifts(store, 3000)
    widget = GiftRegisterView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()
    pages.clear()
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.set_year(2024)
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return widget


def test_showing_fetches_at_most_two_pages(big, pages):
    recipients = gift_register.register_totals(big.ctx.store, 2024).recipients
    assert recipients > 3000
    assert big.model.rowCount() == recipients
    assert len(pages) <= 1  # the first page comes with the year (and its count); at most one more to paint
    assert sum(rows for _offset, _limit, rows in pages) <= gift_register.FIRST_PAGE
    assert f"2024: {recipients} recipients" in big.summary_label.text()
    totals = [big.model.record(r).total_cents for r in range(50)]
    assert totals == sorted(totals, reverse=True)  # the register's own order: highest total first


def test_scrolling_to_the_end_reads_the_last_page_only(qtbot, big, pages):
    before = len(pages)
    big.table.scrollToBottom()
    qtbot.wait(50)
    last = big.model.rowCount() - 1
    assert big.model.index(last, 0).data()
    read = pages[before:]
    assert 1 <= len(read) <= 2 and all(offset >= last - 2 * gift_register.FIRST_PAGE for offset, _, _ in read)
    assert big.model.paged.pages_in_memory <= 3


def test_sorting_and_filtering_run_in_sql(qtbot, big, pages):
    with qtbot.waitSignal(big.refreshed, timeout=10_000):
        big.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    assert big.model.index(0, 3).data() == "2"
    assert big.model.rowCount() > 3000
    with qtbot.waitSignal(big.refreshed, timeout=10_000):
        big.filter_edit.setText("Person 0000")
    texts = [big.model.index(r, 0).data() for r in range(big.model.rowCount())]
    assert texts and all(t.startswith("Person 0000") for t in texts)
    assert len(texts) == gift_register.register_count(big.ctx.store, 2024, "Person 0000")
