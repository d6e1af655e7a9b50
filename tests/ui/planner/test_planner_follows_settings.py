"""The Visits page follows the settings: a home base set in Edit → Settings… shows on the route at once,
and the day reads as on the other pages (the debrief's day bar too)."""

from __future__ import annotations

import datetime as dt

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtWidgets import QApplication

from reciprocity_desktop.services import prospects, visits
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("no_message_boxes")

DAY = dt.date(2026, 12, 2)


@pytest.fixture
def window(qtbot, store):
    ids = [
        prospects.add_prospect(
            store, name=name, country="DE", postal_code=code, city="München", latitude=lat, longitude=lon
        ).id
        for name, code, lat, lon in (
            ("Marienplatz Bäckerei", "80331", 48.137, 11.575),
            ("Schwabing Buchhandlung", "80801", 48.160, 11.585),
        )
    ]
    visits.plan_day(store, DAY, ids)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_home_base_set_in_the_settings_shows_on_the_route_at_once(qtbot, window):
    page = window.show_page("planner")
    page.set_day(DAY)
    assert "No home base in the settings" in page.route_info.text()

    def set_home(dialog: SettingsDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        qtbot.keyClicks(dialog.home_postal_code, "80331")
        qtbot.keyClicks(dialog.home_city, "Muenchen")
        dialog.home_country.setCurrentIndex(dialog.home_country.findData("DE"))
        ok(dialog)

    with_dialog(qtbot, window.settings_action.trigger, set_home)
    assert "No home base in the settings" not in page.route_info.text()
    assert "From home at 09:00" in page.route_info.text()


@pytest.mark.parametrize("key", ["planner", "debrief"])
def test_the_day_reads_as_on_the_other_pages(window, key):
    page = window.show_page(key)
    date_edit = page.date_edit if key == "planner" else page.day_bar.date_edit
    date_edit.setDate(DAY)
    QApplication.processEvents()
    assert date_edit.text() == "Wed, 2 Dec 2026"
    assert date_edit.text().endswith(fmt_date(DAY))
