"""Edit → Settings…: the Language row (the computer's language, or one of ours), saved as one undoable
step, with the plain word that a new language applies after a restart."""

from __future__ import annotations

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtWidgets import QLabel

from reciprocity_desktop.services import prospects, settings
from reciprocity_desktop.ui.main_window import MainWindow
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


def test_choosing_a_language_saves_it_and_says_it_applies_after_a_restart(qtbot, window):
    store = window.ctx.store
    seen = {}

    def choose(dialog: SettingsDialog) -> None:
        combo = dialog.language
        seen["items"] = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        seen["current"] = combo.currentData()
        seen["note"] = dialog.findChild(QLabel, "language_note").text()
        combo.setCurrentIndex(combo.findData("sl"))
        ok(dialog)

    with_dialog(qtbot, window.settings_action.trigger, choose)
    assert seen["items"] == [
        ("The computer's language", "system"),
        ("English", "en"), ("Deutsch", "de"), ("Nederlands", "nl"), ("Slovenščina", "sl"),
    ]  # fmt: skip
    assert seen["current"] == "system"
    assert seen["note"] == "A new language applies after a restart."
    assert settings.get(store, "language") == "sl"
    assert window.statusBar().currentMessage() == "Settings saved. The new language applies after a restart."
    window.undo_action.trigger()
    assert settings.get(store, "language") == "system"


def test_the_dialog_shows_the_stored_language_and_other_changes_do_not_mention_a_restart(qtbot, window):
    store = window.ctx.store
    settings.set_(store, "language", "nl")
    seen = {}

    def edit(dialog: SettingsDialog) -> None:
        seen["current"] = dialog.language.currentData()
        qtbot.keyClicks(dialog.seller_name, "Anna")
        ok(dialog)

    with_dialog(qtbot, window.settings_action.trigger, edit)
    assert seen["current"] == "nl" and settings.get(store, "language") == "nl"
    assert window.statusBar().currentMessage() == "Settings saved."
