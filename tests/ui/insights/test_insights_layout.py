"""The Insights page at a field laptop's screen sizes: every chart label whole, with the help open too.

Qt writes a label that has no room as "..."; the tests read the texts the charts really draw (their
scene's text items) in the real window over the demo tour, at 1366×768 and 1024×640.
"""

from __future__ import annotations

import pytest
from chart_texts import drawn_texts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reciprocity_desktop.services import demo
from reciprocity_desktop.ui.main_window import MainWindow

SIZES = [(1366, 768), (1024, 640)]


@pytest.fixture
def window(qtbot, store):
    demo.load_demo(store)
    w = MainWindow(store)
    qtbot.addWidget(w)
    yield w
    page = w.pages.built.get("insights")
    if page is not None:
        page.wait_idle()


def shown_at(qtbot, window, size):
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["insights"]
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        window.show_page("insights")
    qtbot.wait(100)  # the charts lay out their axes
    return page


def charts(page):
    return [page.rate_chart, page.days_chart, page.gifted_chart, page.months_chart]


def cut_labels(page) -> dict[str, list[str]]:
    found = {c.objectName(): [t for t in drawn_texts(c) if "..." in t or "…" in t] for c in charts(page)}
    return {name: texts for name, texts in found.items() if texts}


@pytest.mark.parametrize("size", SIZES)
def test_every_chart_label_is_whole(qtbot, window, size):
    page = shown_at(qtbot, window, size)
    assert all(len(drawn_texts(c)) > 5 for c in charts(page))
    assert cut_labels(page) == {}
    kinds = page.rate_chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    drawn = drawn_texts(page.rate_chart)
    assert all(kind in drawn for kind in kinds)  # "Sample", "Trial", … as they are, not "..."


@pytest.mark.parametrize("size", SIZES)
def test_the_help_opens_beside_the_page_and_takes_no_room_from_the_charts(qtbot, window, size):
    page = shown_at(qtbot, window, size)
    before = [c.size() for c in charts(page)]
    qtbot.mouseClick(page.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.help_panel.isVisible)
    assert page.help_window.isWindow() and not page.help_window.isModal()
    assert "reciprocated when its prospect has an outcome of any kind" in page.help_panel.toPlainText()
    QApplication.processEvents()
    assert [c.size() for c in charts(page)] == before
    assert cut_labels(page) == {}
    # Esc closes it, and the "?" shows it is closed; a second click opens it again
    qtbot.keyClick(page.help_window, Qt.Key.Key_Escape)
    assert not page.help_panel.isVisible() and not page.help_button.isChecked()
    qtbot.mouseClick(page.help_button, Qt.MouseButton.LeftButton)
    assert page.help_panel.isVisible()
    qtbot.mouseClick(page.help_button, Qt.MouseButton.LeftButton)
    assert not page.help_panel.isVisible()


def test_narrow_charts_stand_two_by_two_over_the_months_and_scroll(qtbot, window):
    page = shown_at(qtbot, window, (1024, 640))
    assert page.chart_grid.columns == 2
    months = page.months_chart
    assert months.width() > 2 * page.rate_chart.width() - 20  # the months keep the whole width
    bar = page.charts_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # taller than the page: scrolled, not squeezed
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: page.chart_grid.columns == 3)
    qtbot.wait(100)  # the charts lay out their axes again
    assert cut_labels(page) == {}


@pytest.mark.parametrize("width", [240, 260, 330, 800])  # a chart is 240 px wide at least
def test_a_long_bar_label_goes_on_two_lines_rather_than_read_dots(qtbot, width):
    """An office store's counts ("Not gifted (5007)") on a narrow chart stay readable."""
    from reciprocity_desktop.ui.insights import charts

    view = charts.ChartView("bars")
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    spec = charts.Bars("Gave something back", ["Gifted (94993)", "Not gifted (5007)"], [10, 38], "Gave (%)",
                       "#2a9d8f", "Prospects (%)", 115, "@value %", 25)  # fmt: skip
    charts.show_bars(view, spec)
    qtbot.wait(100)
    assert not [t for t in drawn_texts(view) if "..." in t], drawn_texts(view)
    wrapped = view.chart().axes(Qt.Orientation.Vertical)[0].categories()[1] == "Not gifted<br>(5007)"
    if width >= 330:
        assert not wrapped  # on one line while it fits


@pytest.mark.parametrize("width", [486, 600, 800, 1100])
def test_twelve_months_are_labelled_whole_at_every_width_the_page_gives_them(qtbot, width):
    import datetime as dt

    from PySide6.QtCore import QLocale

    from reciprocity_desktop.ui.insights import charts

    view = charts.ChartView("months")
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    year = [(dt.date(2026, m, 1), {"order": m}) for m in range(1, 13)]
    charts.show_months(view, year, QLocale(QLocale.Language.English))
    qtbot.wait(100)
    texts = drawn_texts(view)
    assert not [t for t in texts if "..." in t], texts
    if width >= 560:
        assert "May\n26" in texts or "May 26" in texts


def test_a_bars_value_is_written_as_the_language_writes_numbers(qtbot):
    """German median days read "14,5", not QtCharts' own "14.5"."""
    from PySide6.QtCore import QLocale

    from reciprocity_desktop.ui.insights import charts

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        view = charts.ChartView("bars")
        qtbot.addWidget(view)
        view.resize(400, 300)
        view.show()
        spec = charts.Bars("Median days to outcome", ["Sample", "Personal"], [14.5, 3], "Median days",
                           "#2a9d8f", "Days", 20, "@value")  # fmt: skip
        charts.show_bars(view, spec)
        qtbot.wait(100)
        texts = drawn_texts(view)
    finally:
        QLocale.setDefault(previous)
    assert "14,5" in texts and "3" in texts, texts
    assert "14.5" not in texts
    assert {"0", "5", "10", "15", "20"} <= set(texts)  # the value axis still numbered
