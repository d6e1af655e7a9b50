"""The Gifts page follows the settings: Edit → Settings… changes the currency it shows at once, and a
new stock item starts at the low-stock level of the settings (``low_stock_default``)."""

from __future__ import annotations

import pytest
from dialog_helpers import ok, with_dialog
from PySide6.QtCore import Qt

from reciprocity_desktop.services import gifts
from reciprocity_desktop.ui.gifts.dialogs import StockItemDialog
from reciprocity_desktop.ui.labels import fmt_money
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("no_message_boxes")


@pytest.fixture
def window(qtbot, store, data):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def change_settings(qtbot, window, currency: str, low_stock: int) -> None:
    def edit(dialog: SettingsDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.currency.clear()
        qtbot.keyClicks(dialog.currency, currency)
        dialog.low_stock_default.setValue(low_stock)
        ok(dialog)

    with_dialog(qtbot, window.settings_action.trigger, edit)


def test_a_changed_currency_shows_on_the_gifts_page_at_once(qtbot, window):
    page = window.show_page("gifts")
    assert page.totals_label.text().endswith(fmt_money(3650, "EUR"))
    change_settings(qtbot, window, "CHF", 3)
    assert page.totals_label.text().endswith(fmt_money(3650, "CHF"))
    assert page.stock.model.index(0, page.stock.COL_UNIT_COST).data() == fmt_money(850, "CHF")  # the coffee
    window.ctx.undo_stack.undo()
    assert page.totals_label.text().endswith(fmt_money(3650, "EUR"))


def test_a_new_stock_item_starts_at_the_low_stock_level_of_the_settings(qtbot, window):
    page = window.show_page("gifts")
    change_settings(qtbot, window, "EUR", 7)
    seen = {}

    def add(dialog: StockItemDialog) -> None:
        assert isinstance(dialog, StockItemDialog)
        seen["level"] = dialog.low_spin.value()
        qtbot.keyClicks(dialog.name_edit, "Branded notebook")
        ok(dialog)

    with_dialog(qtbot, lambda: qtbot.mouseClick(page.stock.add_button, Qt.MouseButton.LeftButton), add)
    assert seen["level"] == 7
    [item] = [i for i in gifts.list_stock(window.ctx.store) if i.name == "Branded notebook"]
    assert item.low_stock_level == 7
