"""Edit → Settings…: the grouped dialog, checked as you type, saved as one undoable step."""

from __future__ import annotations

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel

from reciprocity_desktop.services import prospects, settings
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog
from reciprocity_desktop.ui.settings import FALLBACK_SHORTCUT
from reciprocity_desktop.ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def window(qtbot, store):
    prospects.add_prospect(store, name="Bäckerei Müller", country="DE")  # past the welcome page
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _error(dialog: SettingsDialog, name: str) -> str:
    label = dialog.findChild(QLabel, f"error_{name}")
    return label.text() if label is not None and label.isVisibleTo(dialog) else ""


def _ok_enabled(dialog: SettingsDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_menu_action_has_the_preferences_shortcut(window):
    action = window.settings_action
    assert action.objectName() == "settings" and action.text().replace("&", "") == "Settings…"
    assert action in window.menuBar().actions()[1].menu().actions()  # the Edit menu
    expected = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [
        QKeySequence(FALLBACK_SHORTCUT)
    ]
    assert action.shortcuts() == expected


def test_the_dialog_shows_the_groups_and_the_current_values(qtbot, window):
    settings.update(window.ctx.store, {"seller_name": "Anna Berger", "gift_limit.AT": "40"})
    seen = {}

    def look(dialog: SettingsDialog) -> None:
        seen["groups"] = [box.title() for box in dialog.findChildren(QGroupBox)]
        seen["values"] = (
            dialog.seller_name.text(), dialog.default_country.currentData(), dialog.day_start.text(),
            dialog.visit_minutes.value(), dialog.travel_speed_kmh.value(), dialog.feedback_delay_days.value(),
            dialog.ask_cooldown_days.value(), dialog.currency.text(), dialog.low_stock_default.value(),
        )  # fmt: skip
        seen["limits"] = dialog.limits.rows()
        seen["ok"] = _ok_enabled(dialog)
        seen["range"] = (dialog.visit_minutes.minimum(), dialog.visit_minutes.maximum())

    with_dialog(qtbot, window.settings_action.trigger, look)
    assert seen["groups"] == ["Seller", "Home base", "Route", "Follow-ups", "Gifts"]
    assert seen["values"] == ("Anna Berger", "DE", "09:00", 45, 50, 7, 14, "EUR", 3)
    assert seen["limits"] == [("AT", "40.00"), ("DE", "50.00")]
    assert seen["ok"] and seen["range"] == (5, 480)


def test_typing_is_checked_and_ok_saves_one_undoable_step(qtbot, window):
    store, undo_stack = window.ctx.store, window.ctx.undo_stack

    def edit(dialog: SettingsDialog) -> None:
        qtbot.keyClicks(dialog.seller_name, "Anna Berger")
        dialog.day_start.clear()
        qtbot.keyClicks(dialog.day_start, "9.30")
        assert "day_start must be a time of day as HH:MM" in _error(dialog, "day_start")
        assert not _ok_enabled(dialog)
        dialog.day_start.clear()
        qtbot.keyClicks(dialog.day_start, "08:15")
        assert _error(dialog, "day_start") == "" and _ok_enabled(dialog)
        dialog.currency.clear()
        qtbot.keyClicks(dialog.currency, "EU")
        assert "three-letter currency code" in _error(dialog, "currency") and not _ok_enabled(dialog)
        qtbot.keyClicks(dialog.currency, "r")
        assert _ok_enabled(dialog)
        dialog.home_country.setCurrentIndex(dialog.home_country.findData("AT"))
        dialog.default_country.setCurrentIndex(dialog.default_country.findData("AT"))
        qtbot.keyClicks(dialog.home_city, "Salzburg")
        dialog.visit_minutes.setValue(30)
        dialog.ask_cooldown_days.setValue(21)
        # The gift limits: Germany down to 35, Austria added at 40.
        dialog.limits.amount(0).clear()
        qtbot.keyClicks(dialog.limits.amount(0), "35")
        qtbot.mouseClick(dialog.add_limit_button, Qt.MouseButton.LeftButton)
        assert _error(dialog, "limits") == "Gift limit row 2 has no country."
        assert not _ok_enabled(dialog)
        dialog.limits.country(1).setCurrentIndex(dialog.limits.country(1).findData("AT"))
        qtbot.keyClicks(dialog.limits.amount(1), "forty")
        assert not _ok_enabled(dialog)
        dialog.limits.amount(1).clear()
        qtbot.keyClicks(dialog.limits.amount(1), "40")
        ok(dialog)

    with_dialog(qtbot, window.settings_action.trigger, edit)
    changed = {
        "seller_name": "Anna Berger", "day_start": "08:15", "currency": "EUR", "home_country": "AT",
        "default_country": "AT", "home_city": "Salzburg", "visit_minutes": 30, "ask_cooldown_days": 21,
        "gift_limit.DE": 3500, "gift_limit.AT": 4000,
    }  # fmt: skip
    values = settings.all_settings(store)
    assert {key: values.get(key) for key in changed} == changed
    assert undo_stack.count() == 1 and undo_stack.undoText() == "Change settings"

    window.undo_action.trigger()
    values = settings.all_settings(store)
    assert (values["seller_name"], values["day_start"], values["visit_minutes"]) == ("", "09:00", 45)
    assert settings.gift_limits(store) == {"DE": 5000}
    undo_stack.redo()
    assert {key: settings.all_settings(store).get(key) for key in changed} == changed


def test_a_country_taken_off_the_table_loses_its_limit_and_one_named_twice_is_refused(qtbot, window):
    store = window.ctx.store
    settings.update(store, {"gift_limit.AT": "40"})

    def edit(dialog: SettingsDialog) -> None:
        table = dialog.limits
        assert [country for country, _ in table.rows()] == ["AT", "DE"]
        table.country(0).setCurrentIndex(table.country(0).findData("DE"))  # DE twice
        assert _error(dialog, "limits") == "Gift limit row 2: DE already has a limit above."
        assert not _ok_enabled(dialog)
        table.country(0).setCurrentIndex(table.country(0).findData("AT"))
        assert _ok_enabled(dialog)
        table.amount(1).setFocus()  # working in Germany's row, then Remove
        qtbot.mouseClick(dialog.remove_limit_button, Qt.MouseButton.LeftButton)
        assert table.rows() == [("AT", "40.00")]
        ok(dialog)

    with_dialog(qtbot, window.settings_action.trigger, edit)
    assert settings.gift_limits(store) == {"AT": 4000}
    assert settings.gift_limit_cents(store, "DE") is None


def test_ok_without_a_change_adds_no_undo_step(qtbot, window):
    with_dialog(qtbot, window.settings_action.trigger, ok)
    assert window.ctx.undo_stack.count() == 0
    assert settings.all_settings(window.ctx.store)["seller_name"] == ""


def test_a_new_prospect_in_the_window_starts_in_the_default_country(qtbot, ctx):
    settings.set_(ctx.store, "default_country", "SI")
    dialog = ProspectDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "SI"
    dialog.name.insert("Čebelarstvo Žužek")  # QTest.keyClicks types ASCII only
    dialog.country.setCurrentIndex(0)  # "—": no country chosen
    ok(dialog)
    [created] = prospects.list_prospects(ctx.store, prospects.ProspectFilter(search="Čebelarstvo"))
    assert created.country == "SI"
