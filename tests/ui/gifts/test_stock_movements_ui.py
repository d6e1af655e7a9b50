"""The stock pane's movements: the Movements… dialog (from the button, the context menu and the keyboard),
the restock's note, and the warning about an item over-drawn in a sync — driven as a user would."""

from __future__ import annotations

import pytest
from dialog_helpers import focus, ok, with_dialog
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from reciprocity_desktop.services import gifts, stock_movements
from reciprocity_desktop.store.models import MovementKind, StockItem, StockMovement
from reciprocity_desktop.ui.gifts.dialogs import RestockDialog
from reciprocity_desktop.ui.gifts.movements_dialog import MovementsDialog
from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE

pytestmark = pytest.mark.usefixtures("no_message_boxes")


def rows(dialog: MovementsDialog) -> list[tuple[str, ...]]:
    """The dialog's rows as shown (without the date), top to bottom."""
    model = dialog.model
    return [
        tuple(model.index(row, column).data() for column in range(1, model.columnCount()))
        for row in range(model.rowCount())
    ]


def select_coffee(qtbot, view, data) -> None:
    assert view.stock.select_item(data["coffee"].id)
    focus(qtbot, view.stock.table)


def restock_with_note(qtbot, view, added: int, note: str) -> None:
    def restock(dialog: RestockDialog) -> None:
        assert isinstance(dialog, RestockDialog)
        dialog.added_spin.setValue(added)
        qtbot.keyClicks(dialog.note_edit, note)
        ok(dialog)

    with_dialog(
        qtbot, lambda: qtbot.mouseClick(view.stock.restock_button, Qt.MouseButton.LeftButton), restock
    )


def test_the_movements_button_lists_draws_and_a_restock_with_its_note_newest_first(qtbot, ctx, view, data):
    select_coffee(qtbot, view, data)
    restock_with_note(qtbot, view, 3, "From the trade fair")
    # The restock is a movement in the store, with the note typed in the dialog.
    [restock] = [
        m for m in stock_movements.list_movements(ctx.store, data["coffee"].id)[1] if m.kind == "restock"
    ]
    assert (restock.delta, restock.note, restock.on_hand) == (3, "From the trade fair", 7)
    undo_steps = ctx.undo_stack.count()

    seen: dict[str, object] = {}

    def look(dialog: MovementsDialog) -> None:
        assert isinstance(dialog, MovementsDialog)
        seen["rows"] = rows(dialog)
        seen["heading"] = dialog.heading.text()
        seen["warning"] = dialog.warning.isVisible()
        seen["dates"] = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
        # The date's header turns the order: oldest first.
        header = dialog.table.horizontalHeader()
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(0) + 5, 5)
        )
        seen["oldest first"] = rows(dialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    with_dialog(qtbot, lambda: qtbot.mouseClick(view.stock.movements_button, Qt.MouseButton.LeftButton), look)
    newest = [
        ("Restock", "+3", "7", "", "From the trade fair"),
        ("Draw", "-1", "4", "Anna Müller (Bäckerei Müller)", ""),
        ("Opening stock", "+5", "5", "", ""),
    ]
    assert seen["rows"] == newest
    assert seen["oldest first"] == newest[::-1]
    assert all(seen["dates"])
    assert seen["heading"] == "3 movement(s) of “Coffee sample box”; on hand now: 7"
    assert seen["warning"] is False
    assert ctx.undo_stack.count() == undo_steps  # looking changes nothing


def test_the_movements_open_from_the_context_menu_and_from_the_keyboard(qtbot, ctx, view, data):
    select_coffee(qtbot, view, data)
    table = view.stock.table
    opened: list[str] = []

    def look(dialog) -> None:
        assert isinstance(dialog, MovementsDialog)
        opened.append(dialog.item.name)

    def pick_from_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick_from_menu)
            return
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert "Moveme&nts…" in texts
        qtbot.keyClick(menu, Qt.Key.Key_N)  # the item's mnemonic, as a user picks it

    def right_click() -> None:
        QTimer.singleShot(0, pick_from_menu)
        rect = table.visualRect(table.currentIndex())
        table.customContextMenuRequested.emit(rect.center())

    with_dialog(qtbot, right_click, look)
    focus(qtbot, table)
    with_dialog(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier), look)
    assert opened == ["Coffee sample box", "Coffee sample box"]
    # Nothing selected: nothing to list.
    table.clearSelection()
    assert not view.stock.movements_action.isEnabled()
    assert not view.stock.movements_button.isEnabled()


def test_a_restock_note_with_a_control_character_is_refused_in_place_and_saves_nothing(
    qtbot, ctx, view, data
):
    select_coffee(qtbot, view, data)
    before = stock_movements.count_movements(ctx.store, data["coffee"].id)

    def restock(dialog: RestockDialog) -> None:
        QApplication.clipboard().setText("Trade\x1bfair")  # pasted from a terminal
        dialog.note_edit.setFocus()
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert dialog.note_edit.text() == "Trade\x1bfair"
        assert dialog.field_error(dialog.note_edit).startswith("Note holds a control character")
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert dialog.note_edit.maxLength() == 500  # the services' limit of a movement's note
        dialog.reject()

    with_dialog(
        qtbot, lambda: qtbot.mouseClick(view.stock.restock_button, Qt.MouseButton.LeftButton), restock
    )
    assert stock_movements.count_movements(ctx.store, data["coffee"].id) == before
    assert gifts.get_stock_item(ctx.store, data["coffee"].id).quantity == 4


def _draw_behind_the_windows_back(store, item_id: str, *deltas: int) -> None:
    """Draws as a sync merges them: written without the check that refuses an over-draw here."""
    with store.session() as session:
        item = session.get(StockItem, item_id)
        for delta in deltas:
            stock_movements.move(session, item, delta, MovementKind.DRAW)


def test_an_item_over_drawn_in_a_sync_shows_a_warning_in_the_pane_and_the_dialog(qtbot, ctx, view, data):
    coffee = data["coffee"].id
    assert not view.stock.overdraw.isVisible()
    _draw_behind_the_windows_back(ctx.store, coffee, -3, -3)  # 4 on hand, two reps drew 3 each
    view.refresh()
    assert view.stock.overdraw.isVisible()
    warning = view.stock.overdraw.text()
    assert warning == (
        "“Coffee sample box” is over-drawn by 2: two reps drew the last ones before their laptops synced. "
        "Restock it, or correct its count (Edit item)."
    )
    row = view.stock.model.row_of(coffee)
    cell = view.stock.proxy.mapFromSource(view.stock.model.index(row, view.stock.COL_QUANTITY))
    assert cell.data() == "-2"
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == warning

    mugs = gifts.add_stock_item(ctx.store, name="Mugs", quantity=1)
    _draw_behind_the_windows_back(ctx.store, mugs.id, -2)
    view.refresh()
    assert view.stock.overdraw.text() == (
        "2 item(s) over-drawn (Coffee sample box (by 2), Mugs (by 1)): two reps drew the last ones "
        "before their laptops synced. Restock them, or correct their counts (Edit item)."
    )

    seen: dict[str, object] = {}

    def look(dialog: MovementsDialog) -> None:
        seen["warning"] = dialog.warning.isVisible() and dialog.warning.text()
        seen["top"] = rows(dialog)[0]
        on_hand = dialog.model.index(0, dialog.COL_ON_HAND)
        seen["red"] = on_hand.data(Qt.ItemDataRole.ForegroundRole) is not None

    select_coffee(qtbot, view, data)
    with_dialog(qtbot, lambda: qtbot.mouseClick(view.stock.movements_button, Qt.MouseButton.LeftButton), look)
    assert seen == {"warning": warning, "top": ("Draw", "-3", "-2", "", ""), "red": True}

    # A restock brings it back above zero: the warning goes.
    restock_with_note(qtbot, view, 10, "Emergency delivery")
    assert gifts.get_stock_item(ctx.store, coffee).quantity == 8
    assert view.stock.overdraw.text().startswith("“Mugs” is over-drawn by 1")


def test_a_long_history_is_counted_in_sql_and_read_a_page_at_a_time(qtbot, ctx, view, data):
    coffee = data["coffee"].id
    with ctx.store.session() as session:  # 1,000 restocks and draws, as years of use would leave
        for number in range(1000):
            session.add(
                StockMovement(
                    stock_item_id=coffee, delta=1 if number % 2 else -1, kind="correction", note=f"#{number}"
                )
            )
    view.refresh()
    select_coffee(qtbot, view, data)
    seen: dict[str, object] = {}

    def look(dialog: MovementsDialog) -> None:
        model = dialog.model
        seen["count"] = model.rowCount()
        dialog.table.scrollToBottom()
        QApplication.processEvents()
        last = model.rowCount() - 1
        seen["last"] = (
            model.index(last, dialog.COL_KIND).data(),
            model.index(last, dialog.COL_ON_HAND).data(),
        )
        seen["pages"] = model.pages_loaded

    with_dialog(qtbot, lambda: qtbot.mouseClick(view.stock.movements_button, Qt.MouseButton.LeftButton), look)
    assert seen["count"] == 1002
    assert seen["last"] == ("Opening stock", "5")
    assert (
        seen["count"] > 3 * PAGE_SIZE and seen["pages"] <= 3
    )  # the top, the bottom: never the whole history
