"""The Today page as it looks at the screen sizes of a field laptop: whole rows, text that fits or says so.

The demo tour (a 7-stop route tomorrow, overdue gift questions with long gift names) in the real window
at 1366×768 and 1024×640: every list is as tall as the rows it shows, the route shows all its stops,
the two columns of lists stay the same width, the note says which gift to ask about, and a cut text
shows whole in its tooltip.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from reciprocity_desktop.services import demo, followups, prospects
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.widgets.column_fit import fitted

SIZES = [(1366, 768), (1024, 640)]


@pytest.fixture
def window(qtbot, store):
    demo.load_demo(store)
    w = MainWindow(store)
    qtbot.addWidget(w)
    return w


def shown_at(qtbot, window, size):
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("today")
    qtbot.waitUntil(lambda: page.overdue.title().endswith(")"))
    QApplication.processEvents()
    return page


def sections(page):
    return [page.route, page.overdue, page.due, page.waiting, page.stock]


def fully_shown_rows(view) -> int:
    """How many rows the list shows whole, from its top row (a row cut by the bottom edge does not count)."""
    height = view.viewport().height()
    model = view.model()
    return sum(
        1
        for row in range(model.rowCount())
        if view.visualRect(model.index(row, 0)).top() >= 0
        and view.visualRect(model.index(row, 0)).bottom() < height
    )


@pytest.mark.parametrize("size", SIZES)
def test_every_list_shows_whole_rows_and_the_route_every_stop(qtbot, window, size):
    page = shown_at(qtbot, window, size)
    assert page.route.row_count() == 7
    for section in sections(page):
        view = section.view
        if view.isHidden():
            continue
        row = view.row_height()
        assert view.viewport().height() % row == 0, section.title()  # no row cut in half at the bottom
        assert fully_shown_rows(view) == view.viewport().height() // row
        assert view.horizontalScrollBar().isHidden() or not view.horizontalScrollBar().isVisible()
        # the columns share the list's width exactly: nothing to scroll sideways, no gap
        widths = sum(view.columnWidth(c) for c in range(view.model().columnCount()))
        assert widths == view.viewport().width(), section.title()
    assert fully_shown_rows(page.route.view) == 7 and not page.route.view.verticalScrollBar().isVisible()


@pytest.mark.parametrize("size", SIZES)
def test_the_two_columns_of_lists_keep_the_same_width(qtbot, window, store, size):
    long_name = (
        "Gemeinschaftspraxis für Allgemeinmedizin und Naturheilverfahren Dr. med. Schönberger-Wittelsbach"
    )
    prospect = prospects.add_prospect(store, name=long_name, city="Garmisch-Partenkirchen")
    followups.add_followup(store, prospect.id, kind="call", due=dt.date.today() - dt.timedelta(days=2),
                           note="Call back about the price list and the samples for all three practices")  # fmt: skip
    page = shown_at(qtbot, window, size)
    window.ctx.events.emit("followups")
    QApplication.processEvents()
    assert abs(page.overdue.width() - page.due.width()) <= 2
    assert abs(page.waiting.width() - page.stock.width()) <= 2
    assert page.due.view.viewport().width() > 300  # not collapsed beside the long names


@pytest.mark.parametrize("size", SIZES)
def test_a_gift_question_names_the_gift_and_a_cut_text_shows_whole_in_its_tooltip(qtbot, window, store, size):
    page = shown_at(qtbot, window, size)
    view, model = page.overdue.view, page.overdue.proxy
    notes = [model.index(row, 3).data() for row in range(model.rowCount())]
    asked = [n for n in notes if n.startswith("Gift: ")]
    assert asked and not [n for n in notes if n.startswith("Ask how the gift was received")]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            text = model.index(row, column).data()
            needed = view.fontMetrics().horizontalAdvance(text) + 14
            cut = view.cut_text(row, column)
            if needed > view.columnWidth(column):
                assert cut == text  # elided on screen, whole in the tooltip
            elif column != 0:
                assert cut == ""
    # the Note column is never the one squeezed while another keeps spare room
    note = view.columnWidth(3)
    assert note >= min(view.columnWidth(1), max(view.fontMetrics().horizontalAdvance(n) + 14 for n in notes))


def test_the_page_scrolls_as_a_whole_when_even_a_few_rows_each_do_not_fit(qtbot, ctx):
    from reciprocity_desktop.ui.today.view import LEAST_ROWS, TodayView

    demo.load_demo(ctx.store)
    page = TodayView(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 640)
    page.show()
    qtbot.waitExposed(page)
    assert page.scroll.verticalScrollBar().maximum() == 0  # it all fits: nothing to scroll
    page.resize(1024, 380)
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().maximum() > 0)
    least = dict(zip(("route", "overdue", "waiting"), LEAST_ROWS, strict=True))
    for name, rows in least.items():
        view = getattr(page, name).view
        assert view.viewport().height() == min(rows, view.model().rowCount()) * view.row_height()


def test_fitted_gives_the_spare_width_to_the_flex_column_and_cuts_the_widest_first():
    assert fitted([30, 50, 100], 300, 2) == [30, 50, 220]
    assert fitted([30, 50, 100], 180, 0) == [30, 50, 100]
    # short of 70 pixels: the widest gives them; short of 110, the two widest give, down to one width
    assert fitted([40, 200, 120, 80], 370, 3) == [40, 130, 120, 80]
    assert fitted([40, 200, 160, 80], 370, 0) == [40, 125, 125, 80]
    assert sum(fitted([90, 215, 115, 250], 460, 3)) <= 460
