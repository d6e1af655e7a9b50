"""The gift register view: totals per recipient and year, limit warnings, year selector, CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from reciprocity_desktop.services import gift_register, settings
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.ui.insights.register_view import GiftRegisterView, RegisterModel
from reciprocity_desktop.ui.widgets.style import DANGER_BG, WARNING_BG

pytestmark = pytest.mark.gui


@pytest.fixture
def data(build):
    ids = {}
    ids["over"] = over = build.prospect("Brauhaus Weißbier KG", country="DE")
    build.gift(over, "2024-03-01", "personal", 3000, description="Wine")
    build.gift(over, "2024-09-01", "event", 2500, description="Fair ticket")  # 55.00 in 2024: over 50
    build.gift(over, "2025-01-10", "sample", 1000)  # another year
    ids["near"] = near = build.prospect("Bäckerei Müller GmbH", country="DE")
    build.gift(near, "2024-05-01", "personal", 4500, description="Cheese basket")  # 45.00: near (80 % = 40)
    ids["nl"] = nl = build.prospect("Bakkerij de Vries", country="NL")
    build.gift(nl, "2024-05-01", "personal", 9000, description="Dinner")  # no limit for NL
    ids["person"] = person = build.prospect("Optik Schulz", country="DE")
    contact = build.contact(person, "Petra Schulz")
    build.gift(person, "2024-06-01", "personal", 2000, contact_id=contact, description="Book")
    build.gift(person, "2024-06-02", "sample", 4000, description="Frames")  # to the organisation
    build.gift(person, "2024-07-01", "sample", 9999, deleted=True)
    return ids


def shown(qtbot, ctx) -> GiftRegisterView:
    """The page as the main window builds it, shown: it loads when first shown."""
    widget = GiftRegisterView(ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.refreshed, timeout=5000):
        widget.show()
    return widget


def loaded(qtbot, view, action) -> None:
    """Do ``action`` and wait until the page shows what it loads."""
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        action()


@pytest.fixture
def view(qtbot, ctx, data):
    widget = shown(qtbot, ctx)
    loaded(qtbot, widget, lambda: widget.set_year(2024))
    return widget


def rows(view):
    model = view.model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def row_of(view, recipient):
    return next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == recipient)


def test_years_and_totals(view):
    years = [view.year_combo.itemData(i) for i in range(view.year_combo.count())]
    assert 2024 in years and 2025 in years and years == sorted(years, reverse=True)
    table = rows(view)
    # recipient, organisation, country, gifts, total, limit, status
    assert table["Brauhaus Weißbier KG"] == [
        "Brauhaus Weißbier KG",
        "Brauhaus Weißbier KG",
        "Germany",
        "2",
        "€55.00",
        "€50.00",
        "Over the limit",
    ]
    assert table["Bäckerei Müller GmbH"][4:] == ["€45.00", "€50.00", "Near the limit"]
    assert table["Bakkerij de Vries"][4:] == ["€90.00", "no limit", ""]
    assert table["Petra Schulz"][1:5] == ["Optik Schulz", "Germany", "1", "€20.00"]
    assert table["Optik Schulz"][3:] == [
        "1",
        "€40.00",
        "€50.00",
        "Near the limit",
    ]  # the deleted gift ignored
    assert "1 over the limit, 2 near it" in view.summary_label.text()


def test_warning_colour_and_icon_over_the_limit(view):
    over = row_of(view, "Brauhaus Weißbier KG")
    near = row_of(view, "Bäckerei Müller GmbH")
    fine = row_of(view, "Petra Schulz")
    status = RegisterModel.STATUS_COLUMN
    assert view.model.index(over, 0).data(Qt.ItemDataRole.BackgroundRole) == DANGER_BG
    assert view.model.index(near, 4).data(Qt.ItemDataRole.BackgroundRole) == WARNING_BG
    assert view.model.index(fine, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not view.model.index(over, status).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert view.model.index(fine, status).data(Qt.ItemDataRole.DecorationRole) is None
    assert "€5.00 over" in view.model.index(over, status).data(Qt.ItemDataRole.ToolTipRole)


def test_limit_per_country_from_settings(qtbot, ctx, store, view):
    settings.set_(store, "gift_limits_cents", {"DE": 5000, "NL": 8000})
    loaded(qtbot, view, lambda: ctx.events.emit("settings"))
    assert rows(view)["Bakkerij de Vries"][4:] == ["€90.00", "€80.00", "Over the limit"]
    assert view.year_combo.currentData() == 2024  # the chosen year is kept


def test_year_selector_changes_the_rows(qtbot, view):
    loaded(qtbot, view, lambda: view.year_combo.setCurrentIndex(view.year_combo.findData(2025)))
    assert rows(view) == {
        "Brauhaus Weißbier KG": [
            "Brauhaus Weißbier KG",
            "Brauhaus Weißbier KG",
            "Germany",
            "1",
            "€10.00",
            "€50.00",
            "OK",
        ]
    }
    assert "2025: 1 recipient(s)" in view.summary_label.text()  # the source: no English catalog in these tests


def test_export_csv_writes_every_gift(qtbot, monkeypatch, tmp_path, view):
    target = tmp_path / "register"
    asked = []

    def fake_dialog(parent, title, suggested, filters):
        asked.append((title, suggested))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "register.csv"
    assert asked and asked[0][1].endswith("gift-register-2024.csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0][:3] == ["date", "recipient", "organisation"]
    body = lines[1:]
    assert len(body) == 6  # every live gift of 2024, individually
    assert body[-1][:3] == ["2024-09-01", "Brauhaus Weißbier KG", "Brauhaus Weißbier KG"]
    wine = next(line for line in body if line[5] == "Wine")
    assert wine[7:] == ["30.00", "55.00", "50.00", "over"]
    assert any(line[1] == "Petra Schulz" and line[2] == "Optik Schulz" for line in body)
    assert "Wrote 6 gift(s) of 2024" in view.status_label.text()


def test_export_cancelled_writes_nothing(qtbot, monkeypatch, tmp_path, view):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert view.export_csv() is None
    assert list(tmp_path.glob("*.csv")) == []
    assert view.status_label.text() == ""


def test_export_to_a_missing_folder_is_reported(monkeypatch, tmp_path, view):
    missing = tmp_path / "no such folder" / "register.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    assert view.export_csv() is None
    assert "could not be written" in view.status_label.text()
    assert not missing.exists()


def test_double_click_activates_the_prospect(qtbot, view, data):
    qtbot.waitExposed(view)
    proxy_row = next(
        r
        for r in range(view.table.model().rowCount())
        if view.table.model().index(r, 0).data() == "Petra Schulz"
    )
    rect = view.table.visualRect(view.table.model().index(proxy_row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.prospect_activated, timeout=2000) as blocker:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [data["person"]]


def test_empty_year(qtbot, ctx):
    widget = shown(qtbot, ctx)
    assert widget.model.rowCount() == 0
    assert "No gifts recorded" in widget.summary_label.text()
    assert not widget.export_button.isEnabled()


def test_a_hidden_page_loads_nothing_until_it_is_shown(qtbot, ctx, data):
    widget = GiftRegisterView(ctx)
    qtbot.addWidget(widget)
    with qtbot.assertNotEmitted(widget.refreshed, wait=200):
        ctx.events.emit("gifts")
    assert widget.model.rowCount() == 0 and widget.year_combo.count() == 0
    with qtbot.waitSignal(widget.refreshed, timeout=5000):
        widget.show()
    years = [widget.year_combo.itemData(i) for i in range(widget.year_combo.count())]
    assert years == sorted({2024, 2025, dt.date.today().year}, reverse=True)
    assert widget.year_combo.currentData() == dt.date.today().year


def test_a_new_gift_reloads_the_shown_page_and_others_do_not(qtbot, ctx, view, data, build):
    with qtbot.assertNotEmitted(view.refreshed, wait=200):
        ctx.events.emit("followups", "stock", "visits")
    build.gift(data["nl"], "2024-12-01", "sample", 1000, description="Calendar")
    loaded(qtbot, view, lambda: ctx.events.emit("gifts"))
    assert rows(view)["Bakkerij de Vries"][3:5] == ["2", "€100.00"]
    assert view.year_combo.currentData() == 2024


def test_loading_runs_off_the_gui_thread(qtbot, ctx, data, monkeypatch):
    threads = []
    real = gift_register.load_register

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(gift_register, "load_register", recording)
    widget = shown(qtbot, ctx)
    assert threads and threads[0] is not threading.main_thread()
    assert widget.year_combo.count() >= 2


def test_only_the_latest_year_asked_for_is_shown(qtbot, view):
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.set_year(2025)
        view.set_year(2024)
    qtbot.wait(100)  # the 2025 rows, if they come later, are not shown
    assert view.selected_year() == 2024
    assert "Bäckerei Müller GmbH" in rows(view)
    assert "2024: 5 recipient(s)" in view.summary_label.text()


def test_a_failed_load_is_reported_once(qtbot, ctx, view, monkeypatch, no_message_boxes):
    def fail(_store, _year):
        raise ValidationError("The year {year} cannot be shown.", year=_year)

    monkeypatch.setattr(gift_register, "load_year", fail)
    view.set_year(2025)
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=5000)
    assert len(no_message_boxes) == 1 and "The year 2025 cannot be shown." in no_message_boxes[0]
