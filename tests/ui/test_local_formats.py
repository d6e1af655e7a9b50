"""The window's numbers, days and countries in the language chosen (German, Dutch, Slovenian), read off the
widgets of the real main window after showing the page; a day typed the way the language writes it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator

from reciprocity_desktop.services import day_route, demo, prospects
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog
from reciprocity_desktop.ui.translation import install_translators

# Qt's short weekday and month names in each language (CLDR), as the date boxes write them.
WEEKDAYS = {
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "sl": ["pon.", "tor.", "sre.", "čet.", "pet.", "sob.", "ned."],
}
MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "sl": ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "avg.", "sep.", "okt.", "nov.", "dec."],
}
GERMANY = {"de": "Deutschland", "nl": "Duitsland", "sl": "Nemčija"}
PERCENT = {"de": r"\d+\xa0%", "nl": r"\d+%", "sl": r"\d+\xa0%"}


def day_box_text(lang: str, day: dt.date) -> str:
    """The Visits and Debrief date box's text: the weekday, then the language's medium date."""
    weekday = WEEKDAYS[lang][day.weekday()]
    if lang == "de":
        return f"{weekday}, {day:%d.%m.%Y}"
    month = MONTHS[lang][day.month - 1]
    return f"{weekday}, {day.day} {month} {day.year}" if lang == "nl" else f"{weekday}, {day.day}. {month} {day.year}"


@pytest.fixture
def speaking(qapp):
    """``speaking(lang)`` installs the window's catalogs and formats for ``lang``; all gone after the test."""
    yield lambda lang: install_translators(qapp, lang)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def window(qtbot, store):
    def build():
        demo.load_demo(store)
        w = MainWindow(store)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        return w

    return build


@pytest.mark.parametrize("lang", ["de", "nl", "sl"])
def test_the_pages_write_numbers_days_and_countries_as_the_language_does(
    lang, speaking, window, qtbot, store, ctx
):
    speaking(lang)
    w = window()

    planner = w.show_page("planner")
    qtbot.waitUntil(lambda: "km" in planner.route_info.text())
    assert planner.date_edit.text() == day_box_text(lang, planner.day())
    km = day_route.plan_for_day(store, planner.day()).total_km
    assert re.search(re.escape(f"{km:.1f}".replace(".", ",")) + r"\s?km", planner.route_info.text())  # "137,1 km"
    assert "1,3 ×" in planner.route_info.text()  # the road factor too

    debrief = w.show_page("debrief")
    assert debrief.date_edit.text() == day_box_text(lang, dt.date.today())

    insights = w.show_page("insights")
    qtbot.waitUntil(lambda: insights.gifted_figure.value.text() not in ("", "–"))
    assert re.fullmatch(PERCENT[lang], insights.gifted_figure.value.text())
    detail = insights.gifted_figure.detail.text()
    assert re.search(r"\d", detail) and not re.search(r"\d\.\d", detail)  # "Median 12,5 Tage"

    w.show_page("prospects")
    model = w.prospects.table.model()
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) in (
        "Land", "Država"))
    shown = {model.index(row, column).data() for row in range(model.rowCount())}
    assert GERMANY[lang] in shown and "DE" not in shown  # stored as DE, shown by its name

    german = next(p for p in prospects.list_prospects(store) if p.country == "DE")
    dialog = ProspectDialog(ctx, german.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.country.currentText() == f"{GERMANY[lang]} (DE)"
    assert dialog.country.currentData() == "DE"


def test_a_day_typed_in_german_is_the_day_the_box_shows(speaking, window, qtbot):
    """Typed as a German writes it: Tab into the box, "15.01.2027", Enter; then the arrow keys."""
    speaking("de")
    w = window()
    planner = w.show_page("planner")
    box = planner.date_edit
    with qtbot.waitActive(w):
        w.activateWindow()
    qtbot.waitUntil(box.isVisible)
    box.setFocus(Qt.FocusReason.TabFocusReason)  # on the day of the month, not the weekday
    assert box.hasFocus()
    qtbot.keyClicks(box, "15.01.2027")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert planner.day() == dt.date(2027, 1, 15)
    assert box.text() == "Fr., 15.01.2027"
    qtbot.keyClick(box, Qt.Key.Key_Up)  # the year is the part the cursor is in
    assert planner.day() == dt.date(2028, 1, 15) and box.text() == "Sa., 15.01.2028"
    box.clearFocus()  # away and back with Tab
    box.setFocus(Qt.FocusReason.TabFocusReason)
    assert box.hasFocus()
    qtbot.keyClicks(box, "3.2.")  # short: the day and the month, the year kept
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert planner.day() == dt.date(2029, 2, 3) and box.text() == "Sa., 03.02.2029"
