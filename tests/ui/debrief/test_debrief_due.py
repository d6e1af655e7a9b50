"""The follow-up's due day in the user's language: shown as the language writes a day ("14.01.2027"),
typed that way ("5.1.2027") or as ISO, and saved as that day."""

from __future__ import annotations

import datetime as dt

from debrief_helpers import DAY, cell, ctrl_enter, keys, rows_of
from PySide6.QtCore import QLocale, Qt

from reciprocity_desktop.store.models import FollowUp
from reciprocity_desktop.ui.debrief.model import DebriefModel
from reciprocity_desktop.ui.debrief.view import DebriefView
from reciprocity_desktop.ui.labels import fmt_date


def german(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def test_the_due_day_is_written_and_read_in_german(store, ctx, qtbot, day_plan):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        page = DebriefView(ctx)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        form = page.form
        example = german(dt.date.today() + dt.timedelta(days=14))
        assert form.due.placeholderText() == f"e.g. {example}"
        assert "YYYY" not in form.due.placeholderText()

        # Alpha: nobody there, the +14 d preset: the day in German.
        keys(qtbot, page, Qt.Key.Key_N)
        qtbot.mouseClick(form.preset_buttons[1], Qt.MouseButton.LeftButton)
        assert form.due.text() == german(DAY + dt.timedelta(days=14))
        # typed over, short as a German types it: read as that day
        due = DAY + dt.timedelta(days=20)
        form.due.clear()
        qtbot.keyClicks(form.due, f"{due.day}.{due.month}.{due.year}")
        assert form.followup_message.text() == ""
        assert cell(page, 0, DebriefModel.FOLLOWUP).endswith(fmt_date(due))
        # away and back: the draft's day is shown in full
        keys(qtbot, page, Qt.Key.Key_Down, Qt.Key.Key_Up)
        assert form.due.text() == german(due)
        ctrl_enter(qtbot, form.due)
        assert [f.due for f in rows_of(store, FollowUp, prospect_id=day_plan["prospects"][0])] == [due]

        # the next stop (saving moved on to it): ISO is still read; a day that does not exist is named
        assert page.current_row() == 1
        keys(qtbot, page, Qt.Key.Key_N)
        qtbot.mouseClick(form.preset_buttons[0], Qt.MouseButton.LeftButton)
        form.due.clear()
        qtbot.keyClicks(form.due, "31.02.2027")
        assert "31.02.2027" in form.followup_message.text()
        assert not form.save_row_button.isEnabled()
        form.due.clear()
        qtbot.keyClicks(form.due, due.isoformat())
        assert form.save_row_button.isEnabled()
        ctrl_enter(qtbot, form.due)
        assert [f.due for f in rows_of(store, FollowUp, prospect_id=day_plan["prospects"][1])] == [due]
    finally:
        QLocale.setDefault(previous)
