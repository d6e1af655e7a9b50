"""The Today page as a user sees it: the lists, their counts, the red overdue dates, opening a prospect."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from reciprocity_desktop.services import followups, gifts, prospects, visits
from reciprocity_desktop.services import today as today_lists
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.today.view import TodayView
from reciprocity_desktop.ui.widgets.style import DANGER_BG, WARNING_BG

TODAY = dt.date.today()


def rows(section, column: int = 1) -> list[str]:
    proxy = section.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


@pytest.fixture
def ids(store):
    made = {
        name: prospects.add_prospect(store, name=name, city="Köln").id for name in ("Anna", "Bert", "Cleo")
    }
    followups.add_followup(store, made["Anna"], kind="call", due=TODAY - dt.timedelta(days=3), note="late")
    followups.add_followup(store, made["Bert"], kind="call", due=TODAY, note="now")
    followups.add_followup(store, made["Cleo"], kind="call", due=TODAY + dt.timedelta(days=3), note="later")
    gifts.add_stock_item(store, name="Calendar", quantity=0, low_stock_level=2)
    gifts.add_stock_item(store, name="Coffee box", quantity=2, low_stock_level=2)
    gifts.add_stock_item(store, name="E-book", quantity=9, low_stock_level=2)
    return made


@pytest.fixture
def page(ctx, qtbot):
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def test_the_lists_counts_and_colours(store, ids, page):
    assert page.headline.text() == f"Today, {fmt_date(TODAY)}"
    assert page.summary.text() == (
        "0 visit(s) today · 1 follow-up(s) overdue · 1 follow-up(s) due today · 2 item(s) low in stock"
    )
    assert rows(page.overdue) == ["Anna"]
    assert page.overdue.title() == "Follow-ups overdue (1)"
    assert rows(page.due) == ["Bert"]
    # The overdue date is red, the one due today is not.
    assert page.overdue.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == DANGER_BG
    assert page.due.proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert rows(page.stock, 0) == ["Calendar", "Coffee box"]
    colours = [page.stock.proxy.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) for row in range(2)]
    assert colours == [DANGER_BG, WARNING_BG]
    # Empty lists say so instead of showing an empty table.
    assert page.route.title() == "Today's visits (0)"
    assert page.route.empty.isVisible() and not page.route.view.isVisible()
    assert page.waiting.empty.text() == "Every gifted prospect has been followed up."


def test_without_visits_today_the_next_route_is_shown(store, ids, page, ctx):
    later = TODAY + dt.timedelta(days=2)
    visits.plan_day(store, later, [ids["Cleo"], ids["Anna"]])
    ctx.events.emit("visits")
    assert page.route.title() == f"Next route: {fmt_date(later)} (2)"
    assert rows(page.route, 2) == ["Cleo", "Anna"]
    assert page.summary.text().startswith(
        f"No visits today; next route on {fmt_date(later)} with 2 stop(s) · "
    )
    visits.plan_day(store, TODAY, [ids["Bert"]])
    ctx.events.emit("visits")
    assert page.route.title() == "Today's visits (1)"
    assert rows(page.route, 2) == ["Bert"]


def test_a_hidden_page_refreshes_when_it_is_shown(store, ids, page, ctx):
    page.hide()
    followups.add_followup(store, ids["Cleo"], kind="visit", due=TODAY - dt.timedelta(days=1))
    ctx.events.emit("followups")
    assert rows(page.overdue) == ["Anna"]  # not looked at: not recomputed
    page.show()
    assert rows(page.overdue) == ["Anna", "Cleo"]
    assert "2 follow-up(s) overdue" in page.summary.text()


def test_double_click_and_enter_open_the_prospect(store, ids, page, qtbot):
    view = page.overdue.view
    index = page.overdue.proxy.index(0, 1)
    where = view.visualRect(index).center()
    with qtbot.waitSignal(page.prospect_activated) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # two halves
    assert opened.args == [ids["Anna"]]
    due = page.due.view
    due.setFocus()
    due.setCurrentIndex(page.due.proxy.index(0, 1))
    assert page.selected_prospect_id() == ids["Bert"]
    with qtbot.waitSignal(page.prospect_activated) as opened:
        qtbot.keyClick(due, Qt.Key.Key_Return)
    assert opened.args == [ids["Bert"]]
    # The stock list has no prospect: activating a row there opens nothing.
    page.stock.view.setFocus()
    page.stock.view.setCurrentIndex(page.stock.proxy.index(0, 0))
    assert page.selected_prospect_id() == ""


def test_over_thousands_of_gifted_prospects_each_list_shows_its_first_rows_and_the_whole_count(ctx, qtbot):
    from bulk_rows import QueryLog, bulk_gifted

    bulk_gifted(ctx.store, 3000, today=TODAY)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    with QueryLog(ctx.store) as log:
        view.show()
        # The first rows are painted first; the cut lists are counted right after.
        assert view.waiting.proxy.rowCount() == visits.PANEL_LIMIT
        assert view.waiting.title() == "Gifted, no follow-up yet"
        assert view.summary.text() == "0 visit(s) today"
        qtbot.waitUntil(lambda: view.waiting.title().endswith("(3000)"))
    assert view.waiting.title() == "Gifted, no follow-up yet (3000)"
    assert view.overdue.title() == "Follow-ups overdue (3000)"
    assert f"{QLocale().toString(3000)} follow-up(s) overdue" in view.summary.text()  # the locale's digits (%Ln)
    assert view.waiting.proxy.rowCount() == view.overdue.proxy.rowCount() == visits.PANEL_LIMIT
    assert rows(view.waiting, 0)[:2] == ["Bulk 00000", "Bulk 00001"]
    assert view.waiting.more.isVisible() and view.waiting.more.text() == "… and 2950 more"
    assert view.overdue.more.text() == "… and 2950 more"
    assert not view.due.more.isVisible()
    assert log.total_loaded <= 3 * visits.PANEL_LIMIT + 10  # the rows shown, their prospects, the stock
    assert log.unbounded() == []


def test_a_count_that_fails_is_told_by_the_windows_triage(ctx, qtbot, monkeypatch, no_message_boxes):
    """A refusal while counting off the GUI thread becomes a plain message, not an escaped exception."""
    from bulk_rows import bulk_gifted

    from reciprocity_desktop.services.errors import DomainError

    bulk_gifted(ctx.store, 3000, today=TODAY)

    def refuse(*_args, **_kwargs):
        raise DomainError("The store is locked by another program.")

    monkeypatch.setattr(today_lists, "today_totals", refuse)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: bool(no_message_boxes))
    assert no_message_boxes == ["Cannot do that: The store is locked by another program."]
    assert view.waiting.title() == "Gifted, no follow-up yet"  # no made-up count


def test_a_list_sizes_its_columns_to_a_screenful_not_to_every_row(qtbot):
    """Fifty rows in a list: painting it and sizing its columns read only the first screenful of them."""
    from types import SimpleNamespace

    from reciprocity_desktop.ui.today.section import SIZED_ROWS, Section
    from reciprocity_desktop.ui.widgets.tables import Column

    read: set[int] = set()

    def name(record) -> str:
        read.add(record.n)
        return f"Prospect {record.n}"

    section = Section(
        "Waiting", [Column("Prospect", name), Column("City", lambda r: "Köln")], "", lambda r: None
    )
    qtbot.addWidget(section)
    section.resize(600, 220)
    section.show()
    section.set_rows([SimpleNamespace(n=n, id=str(n)) for n in range(50)], 50)
    qtbot.waitUntil(lambda: bool(read))
    QApplication.processEvents()
    shown = section.view.rowAt(section.view.viewport().height() - 1) + 1
    assert 0 < shown < SIZED_ROWS < 50
    assert max(read) < SIZED_ROWS  # the rows after the first screenful were never read, to paint or to size
    section.view.scrollToBottom()
    QApplication.processEvents()
    assert 49 in read  # scrolled to: read when shown
