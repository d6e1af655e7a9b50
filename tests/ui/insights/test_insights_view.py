"""The Insights view: numbers in its labels, charts and lists; window/dates re-run; activation."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from reciprocity_desktop.ui.insights.view import InsightsView
from reciprocity_desktop.ui.labels import fmt_date

pytestmark = pytest.mark.gui

TODAY = dt.date(2024, 6, 1)


@pytest.fixture
def data(build):
    ids = {}
    ids["A"] = a = build.prospect("Alpha GmbH", city="München")
    build.gift(a, "2024-01-10", "sample", 1000, reaction="liked")
    build.outcome(a, "2024-02-09", "order", 50000)  # 30 days later
    ids["B"] = b = build.prospect("Beta AG")
    build.contact(b, "Bernd Bauer", decision_maker=True)
    build.gift(b, "2024-03-01", "content", 500, reaction="liked")
    build.outcome(b, "2024-03-02", "conversation")  # 1 day later
    ids["C"] = c = build.prospect("Gamma KG")
    build.gift(
        c, "2024-05-01", "analysis", 2000, description="Cost analysis"
    )  # nothing back, not followed up
    ids["D"] = d = build.prospect("Delta OHG")
    build.outcome(d, "2024-04-01", "referral")  # no gift
    build.prospect("Epsilon e.K.")  # no gift, nothing back
    return ids


def page(qtbot, ctx) -> InsightsView:
    """The page as the main window builds it (hidden until shown)."""
    widget = InsightsView(ctx)
    widget.today = TODAY
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


@pytest.fixture
def view(qtbot, ctx, data):
    widget = page(qtbot, ctx)
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()  # a page computes when it is first shown
    yield widget
    widget.wait_idle()


def refresh(qtbot, view):
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()


def cell(view_model, row: int, column: int) -> str:
    return view_model.index(row, column).data()


def kind_rows(view):
    model = view.kind_model
    return {
        cell(model, r, 0): [cell(model, r, c) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def test_a_hidden_page_computes_nothing_until_it_is_shown(qtbot, ctx, data):
    widget = page(qtbot, ctx)
    ctx.events.emit("gifts")
    qtbot.wait(50)
    assert widget.data is None and widget.kind_model.rowCount() == 0
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.show()
    assert widget.kind_model.rowCount() == 3
    widget.wait_idle()


def test_refresh_shows_the_figures(qtbot, view):
    refresh(qtbot, view)
    assert view.gifted_figure.value.text() == "67%"
    assert "2 of 3" in view.gifted_figure.detail.text()
    assert view.not_gifted_figure.value.text() == "50%"
    assert "1 of 2" in view.not_gifted_figure.detail.text()
    assert view.gifts_figure.value.text() == "3"
    assert "€500.00" in view.value_figure.value.text()
    rows = kind_rows(view)
    assert set(rows) == {"Sample", "Content", "Analysis"}
    # gift kind, gifts, prospects, reciprocated, rate, median days, cost, order value
    assert rows["Sample"][1:6] == ["1", "1", "1", "100%", "30"]
    assert rows["Sample"][7] == "€500.00"
    assert rows["Content"][3:6] == ["1", "100%", "1"]
    assert rows["Analysis"][3:6] == ["0", "0%", "–"]
    assert "outcomes within 90 day(s)" in view.status_label.text()


def test_lists_to_act_on(qtbot, view, data):
    assert view.unfollowed_model.rowCount() == 1
    assert cell(view.unfollowed_model, 0, 0) == "Gamma KG"
    # when the gift was given and how long ago; no next follow-up date (that is not what the list is about)
    headers = [view.unfollowed_model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Prospect", "Latest gift", "Given", "Days since"]
    assert cell(view.unfollowed_model, 0, 2) == fmt_date(dt.date(2024, 5, 1))
    assert cell(view.unfollowed_model, 0, 3) == "31"
    assert view.overdue_model.rowCount() == 1
    assert cell(view.overdue_model, 0, 1) == "Cost analysis"
    assert cell(view.overdue_model, 0, 3) == "24 d"  # due 2024-05-08
    steps = {
        cell(view.steps_model, r, 0): cell(view.steps_model, r, 2) for r in range(view.steps_model.rowCount())
    }
    assert steps == {
        "Alpha GmbH": "Thank them for the order; ask how it works and whom else it could help.",
        "Beta AG": "Ask for a meeting with Bernd Bauer, the decision maker.",
    }
    assert view.act_tabs.tabText(0) == "No follow-up yet (1)"
    assert view.act_tabs.tabText(1) == "Reaction overdue (1)"
    assert view.act_tabs.tabText(2) == "Next steps (2)"


def test_changing_window_days_reruns_the_figures(qtbot, view):
    assert kind_rows(view)["Sample"][3] == "1"
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.window_spin.setValue(29)  # the order came 30 days after the sample
    assert view.data.query.window_days == 29
    assert kind_rows(view)["Sample"][3:6] == ["0", "0%", "–"]
    assert view.gifted_figure.value.text() == "33%"
    assert view.steps_model.rowCount() == 1  # Alpha's order no longer follows a gift in the window
    assert "29 day(s)" in view.status_label.text()


def test_from_date_restricts_the_gifts(qtbot, view):
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.from_edit.setDate(QDate(2024, 2, 1))
        view.from_check.setChecked(True)
    assert set(kind_rows(view)) == {"Content", "Analysis"}
    assert view.gifts_figure.value.text() == "2"
    assert "since" in view.status_label.text()


def test_charts_show_rate_and_days_by_kind(qtbot, view):
    rate_set = view.rate_chart.chart().series()[0].barSets()[0]
    days_set = view.days_chart.chart().series()[0].barSets()[0]
    categories = view.rate_chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    rates = dict(zip(categories, [rate_set.at(i) for i in range(rate_set.count())], strict=True))
    days = dict(zip(categories, [days_set.at(i) for i in range(days_set.count())], strict=True))
    assert rates == {"Sample": 100, "Content": 100, "Analysis": 0}
    assert days == {"Sample": 30, "Content": 1, "Analysis": 0}
    gifted = view.gifted_chart.chart().series()[0].barSets()[0]
    labels = view.gifted_chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert dict(zip(labels, [gifted.at(i) for i in range(2)], strict=True)) == {
        "Gifted (3)": 67,
        "Not gifted (2)": 50,
    }
    months = view.months_chart.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert len(months) == 12  # the last twelve months up to "today"
    orders = next(s for s in view.months_chart.chart().series()[0].barSets() if s.label() == "Order")
    assert [orders.at(i) for i in range(orders.count())][7] == 1  # Feb 2024 is the eighth month from Jul 2023
    total = sum(bar_set.sum() for bar_set in view.months_chart.chart().series()[0].barSets())
    assert total == 3


def test_double_click_activates_the_prospect(qtbot, view, data):
    qtbot.waitExposed(view)
    view.act_tabs.setCurrentWidget(view.steps_view)
    qtbot.waitUntil(lambda: view.steps_view.isVisible() and view.steps_view.viewport().height() > 50)
    proxy_row = next(
        r
        for r in range(view.steps_view.model().rowCount())
        if view.steps_view.model().index(r, 0).data() == "Beta AG"
    )
    rect = view.steps_view.visualRect(view.steps_view.model().index(proxy_row, 0))
    received = []
    view.prospect_activated.connect(received.append)
    qtbot.mouseClick(view.steps_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # selects only
    assert received == []
    with qtbot.waitSignal(view.prospect_activated, timeout=2000) as blocker:
        qtbot.mouseDClick(view.steps_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [data["B"]]
    assert received == [data["B"]]


def test_filter_narrows_the_lists(qtbot, view):
    with qtbot.waitSignal(view.act.reloaded, timeout=10_000):  # the lists load again off the GUI thread
        view.filter_edit.setText("alpha")
    assert view.steps_view.model().rowCount() == 1 and view.unfollowed_view.model().rowCount() == 0
    assert view.act_tabs.tabText(2) == "Next steps (1/2)"
    with qtbot.waitSignal(view.act.reloaded, timeout=10_000):
        view.filter_edit.clear()
    assert view.steps_view.model().rowCount() == 2 and view.act_tabs.tabText(2) == "Next steps (2)"


def test_help_explains_the_definitions(qtbot, view):
    view.show()
    assert not view.help_panel.isVisible()
    qtbot.mouseClick(view.help_button, Qt.MouseButton.LeftButton)
    assert view.help_panel.isVisible()
    text = view.help_panel.toPlainText()
    assert "reciprocated when its prospect has an outcome of any kind" in text
    assert "Next steps" in text and "decision maker" in text


def test_start_after_end_is_reported_not_computed(qtbot, view):
    view.from_edit.setDate(QDate(2024, 5, 1))
    view.to_edit.setDate(QDate(2024, 1, 1))
    view.to_check.setChecked(True)
    with qtbot.waitSignal(view.failed, timeout=2000) as blocker:
        view.from_check.setChecked(True)
        view.refresh()
    assert "start date is after the end date" in blocker.args[0]
    assert "start date" in view.status_label.text()
    assert set(kind_rows(view)) == {"Sample", "Content", "Analysis"}  # the last figures stay


def test_a_watched_change_recomputes_the_shown_page(qtbot, ctx, view, data, build):
    assert kind_rows(view)["Analysis"][3:5] == ["0", "0%"]
    build.outcome(data["C"], "2024-05-20", "order", 10000)  # Gamma orders after the analysis
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        ctx.events.emit("outcomes")
    assert kind_rows(view)["Analysis"][3:5] == ["1", "100%"]
    assert view.unfollowed_model.rowCount() == 0  # the outcome counts as following Gamma up


def test_changes_it_does_not_show_recompute_nothing(qtbot, ctx, view):
    with qtbot.assertNotEmitted(view.refreshed, wait=300):
        ctx.events.emit("stock", "visits")
    assert not view.stale


def test_a_change_while_hidden_is_computed_when_shown_again(qtbot, ctx, view, data, build):
    view.hide()
    build.outcome(data["C"], "2024-05-20", "order", 10000)
    with qtbot.assertNotEmitted(view.refreshed, wait=300):
        ctx.events.emit("outcomes")
    assert view.stale and kind_rows(view)["Analysis"][3] == "0"
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()
    assert kind_rows(view)["Analysis"][3] == "1"


def test_empty_store_shows_dashes_not_errors(qtbot, ctx):
    widget = InsightsView(ctx)
    qtbot.addWidget(widget)
    try:
        with qtbot.waitSignal(widget.refreshed, timeout=10_000):
            widget.show()
        assert widget.gifted_figure.value.text() == "–"
        assert widget.kind_model.rowCount() == 0
        assert "no gifts in this period" in widget.rate_chart.title  # whole; drawn on lines
    finally:
        widget.wait_idle()


def test_screenshot_with_realistic_data(qtbot, ctx, store, tmp_path):
    """The page at 1366×768 with a year of data renders every part (see docs/insights.png)."""
    from realistic import TODAY as REALISTIC_TODAY
    from realistic import fill

    widget = InsightsView(ctx)
    widget.today = REALISTIC_TODAY
    qtbot.addWidget(widget)
    try:
        fill(store)
        widget.resize(1366, 768)
        with qtbot.waitSignal(widget.refreshed, timeout=20_000):
            widget.show()
        image = widget.grab()
        assert (image.width(), image.height()) == (1366, 768)
        assert image.save(str(tmp_path / "insights.png"))
        assert widget.kind_model.rowCount() == 7
        assert widget.steps_model.rowCount() > 10
    finally:
        widget.wait_idle()
