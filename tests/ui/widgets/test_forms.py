"""The forms as a user meets them (Edit → New prospect…, Edit → Log gift…): nothing is red before
anything is typed, an error shows under its field once the field is changed or OK is pressed, and
no row moves when an error comes or goes, so a click lands in the field that was under the pointer."""

from __future__ import annotations

import datetime as dt

import pytest
from dialog_helpers import with_dialog
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from reciprocity_desktop.services import gifts, prospects, validate
from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog
from reciprocity_desktop.ui.widgets.forms import ErrorLine, ValidatedForm

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def window(qtbot, store):
    prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")  # past the welcome
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_errors(dialog: QWidget) -> list[str]:
    return [line.text() for line in dialog.findChildren(ErrorLine) if line.isVisibleTo(dialog)]


def field_tops(dialog: QWidget) -> dict[str, int]:
    """Where every field of the dialog starts, from its top (after the pending layout has run)."""
    QApplication.processEvents()
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox)
    return {
        widget.objectName(): widget.mapTo(dialog, QPoint(0, 0)).y()
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, kinds) and widget.objectName() and widget.isVisibleTo(dialog)
    }


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_new_prospect_is_not_red_before_typing_and_its_rows_never_move(qtbot, window):
    seen = {}

    def interact(dialog: ProspectDialog) -> None:
        assert isinstance(dialog, ProspectDialog)
        assert shown_errors(dialog) == [] and ok_button(dialog).isEnabled()
        before = field_tops(dialog)
        qtbot.keyClicks(dialog.name, "Optik")
        dialog.name.selectAll()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)  # typed, then taken back: now it is an error
        assert dialog.field_error(dialog.name) == "Name must not be empty."
        assert not ok_button(dialog).isEnabled()
        assert field_tops(dialog) == before  # the error took no room from the rows below
        email_spot = dialog.email.mapTo(dialog, dialog.email.rect().center())
        qtbot.keyClicks(dialog.name, "Optik Schoenblick")
        assert shown_errors(dialog) == [] and ok_button(dialog).isEnabled()
        assert field_tops(dialog) == before  # nor gave it back: the e-mail field is where it was
        assert dialog.childAt(email_spot) is dialog.email
        qtbot.mouseClick(dialog.email, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.email, "not-an-address")
        seen["email"] = dialog.field_error(dialog.email)
        assert field_tops(dialog) == before
        dialog.email.clear()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with_dialog(qtbot, window.new_action.trigger, interact)
    assert seen["email"] == "E-mail 'not-an-address' is not an e-mail address."
    assert [p.name for p in prospects.list_prospects(window.ctx.store)] == [
        "Bäckerei Müller",
        "Optik Schoenblick",
    ]


def test_ok_on_an_empty_form_shows_the_errors_goes_to_the_first_and_saves_nothing(qtbot, window):
    def interact(dialog: ProspectDialog) -> None:
        qtbot.keyClicks(dialog.phone, "089 123")  # another field typed in: the name's error still waits
        assert shown_errors(dialog) == []
        before = field_tops(dialog)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert shown_errors(dialog) == ["Name must not be empty."]
        assert QApplication.focusWidget() is dialog.name
        assert field_tops(dialog) == before

    with_dialog(qtbot, window.new_action.trigger, interact)
    assert prospects.count_prospects(window.ctx.store) == 1


def test_log_gift_shows_its_placeholder_whole_and_asks_only_after_ok(qtbot, window):
    store = window.ctx.store
    seen = {}

    def interact(dialog: LogGiftDialog) -> None:
        assert isinstance(dialog, LogGiftDialog)
        assert shown_errors(dialog) == []
        search = dialog.prospect.search_edit
        hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
        seen["room"] = (search.width(), hint)
        # The dialog is as wide as its rows need: the search field and its matches side by side.
        assert dialog.width() >= dialog.layout().totalMinimumSize().width()
        assert search.geometry().right() < dialog.prospect.matches.geometry().left()
        before = field_tops(dialog)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        seen["errors"] = shown_errors(dialog)
        assert field_tops(dialog) == before
        qtbot.keyClicks(search, "zzq")
        dialog.prospect.flush()
        seen["no match"] = dialog.field_error(dialog.prospect)
        search.clear()
        qtbot.keyClicks(search, "muller")
        dialog.prospect.flush()
        qtbot.keyClicks(dialog.what.lineEdit(), "Wine from the Wachau")
        qtbot.keyClicks(dialog.cost, "1,250")  # grouped as the example writes it: 1250, not 1.25
        assert shown_errors(dialog) == [] and field_tops(dialog) == before
        seen["example"] = dialog.cost.placeholderText()
        seen["date"] = dialog.date.text()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    with_dialog(qtbot, window.log_gift_action.trigger, interact)
    width, hint = seen["room"]
    assert width >= hint + 30  # the hint and the clear button fit
    assert seen["errors"] == ["Pick a prospect.", "Description must not be empty."]
    assert seen["no match"] == "No prospect matches “zzq”."
    assert seen["example"] == "e.g. 12.50"
    assert seen["date"] == fmt_date(dt.date.today())  # as the pages write days, not ISO
    [gift] = gifts.list_gifts(store)
    assert (gift.description, gift.cost_cents) == ("Wine from the Wachau", 125_000)


def test_a_form_is_never_smaller_than_its_rows_need(qtbot):
    """A longer language (here a field that needs 700 px) widens the dialog instead of overlapping
    its fields, and a warning makes it taller instead of moving the rows closer."""
    form = ValidatedForm("Wide")
    qtbot.addWidget(form)
    wide = QLineEdit()
    wide.setObjectName("wide")
    wide.setMinimumWidth(700)
    form.add_row("&Wide:", wide, lambda w: validate.text(w.text(), "wide", required=True))
    form.add_row("&Other:", QLineEdit(objectName="other"))
    form.resize(300, 100)  # sized before (a remembered size, a translation that came later)
    form.show()
    qtbot.waitExposed(form)
    assert form.width() >= form.layout().totalMinimumSize().width() > 700
    before = field_tops(form)
    form.set_warnings(["A warning that takes a line.", "And another one."])
    QApplication.processEvents()
    assert field_tops(form) == before
    assert form.height() >= form.layout().totalMinimumSize().height()
