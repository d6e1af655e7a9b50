"""A day out of the kept range cannot be typed into a form, and the last kept day is refused plainly
(its feedback follow-up would fall after it), never an OverflowError."""

from __future__ import annotations

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtCore import QDate

from reciprocity_desktop.services import gifts
from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog

pytestmark = pytest.mark.usefixtures("no_message_boxes")


def test_the_date_stops_at_the_kept_range_and_the_last_day_is_refused_in_the_dialog(qtbot, ctx, data):
    dialog = LogGiftDialog(ctx, data["muller"].id)
    qtbot.addWidget(dialog)
    before = {g.id for g in gifts.list_gifts(ctx.store)}
    seen: dict[str, object] = {}

    def log(dialog: LogGiftDialog) -> None:
        dialog.kind.setCurrentIndex(max(dialog.kind.findData("sample"), 0))
        dialog.what.setEditText("Box")
        dialog.date.setDate(QDate(9999, 12, 31))  # as far as the calendar would go
        seen["date"] = dialog.date.date()
        dialog.date.setDate(QDate(1752, 9, 14))
        seen["first"] = dialog.date.date()
        dialog.date.setDate(QDate(2199, 12, 31))
        ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.warning_label.text()

    with_dialog(qtbot, dialog.exec, log)
    assert seen["date"] == QDate(2199, 12, 31)
    assert seen["first"] == QDate(1900, 1, 1)
    assert seen["open"] is True
    assert "Feedback follow-up would fall outside the dates this app keeps" in seen["message"]
    assert {g.id for g in gifts.list_gifts(ctx.store)} == before
