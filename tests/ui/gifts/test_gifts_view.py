"""The Gifts view (gifts and the gift stock), driven as a user would."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from dialog_helpers import focus, ok, with_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from reciprocity_desktop.services import followups, gifts, prospects
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.gifts.dialogs import (
    EditGiftDialog,
    ReactionDialog,
    RestockDialog,
    StockItemDialog,
)
from reciprocity_desktop.ui.gifts.models import CHECK_MARK
from reciprocity_desktop.ui.gifts.view import GiftsView
from reciprocity_desktop.ui.labels import fmt_money
from reciprocity_desktop.ui.widgets.style import DANGER_BG, WARNING_BG

TODAY = dt.date.today()
BACKGROUND = Qt.ItemDataRole.BackgroundRole

pytestmark = pytest.mark.usefixtures("no_message_boxes")


def cell(view: GiftsView, gift_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = [g.id for g in view.visible_gifts()].index(gift_id)
    return view.proxy.index(row, column).data(role)


def stock_cell(view: GiftsView, item_id: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    row = view.stock.model.row_of(item_id)
    index = view.stock.proxy.mapFromSource(view.stock.model.index(row, column))
    return index.data(role)


def stored(store, gift_id: str):
    return next((g for g in gifts.list_gifts(store) if g.id == gift_id), None)


def stock_item(store, item_id: str):
    return next((i for i in gifts.list_stock(store) if i.id == item_id), None)


def test_rows_and_totals_match_the_store_and_filters(qtbot, ctx, view, data):
    in_store = gifts.list_gifts(ctx.store)
    assert {g.id for g in view.visible_gifts()} == {g.id for g in in_store}
    assert view.totals() == (3, 850 + 300 + 2500)
    assert view.totals_label.text() == f"3 gift(s), total cost {fmt_money(3650)}"
    # Newest first; the qualities as check marks; recipient and cost shown.
    assert [g.id for g in view.visible_gifts()] == [data["invite"].id, data["sample"].id, data["ebook"].id]
    sample = data["sample"].id
    assert cell(view, sample, view.COL_RECIPIENT) == "Anna Müller"
    assert [cell(view, sample, c) for c in (view.COL_PERSONAL, view.COL_UNEXPECTED, view.COL_MEANINGFUL)] == [
        "",
        CHECK_MARK,
        CHECK_MARK,
    ]
    assert cell(view, sample, view.COL_COST) == fmt_money(850)
    assert cell(view, sample, view.COL_KIND) == "Sample"

    # Kind filter (as a user picks it in the combo) and totals follow.
    view.kind_combo.setCurrentIndex(view.kind_combo.findText("Event invitation"))
    assert [g.id for g in view.visible_gifts()] == [data["invite"].id]
    assert view.totals() == (1, 2500)
    view.kind_combo.setCurrentIndex(0)  # all kinds
    assert view.totals()[0] == 3

    # Search box: case and accents do not matter ("schon" finds "Schönblick").
    qtbot.keyClicks(view.search_edit, "SCHON")
    assert {g.id for g in view.visible_gifts()} == {data["ebook"].id, data["invite"].id}
    assert view.totals() == (2, 2800)
    view.kind_combo.setCurrentIndex(view.kind_combo.findText("Sample"))
    assert view.visible_gifts() == []
    assert view.empty_label.isVisible()
    assert view.totals_label.text() == f"0 gift(s), total cost {fmt_money(0)}"


def test_set_reaction_through_dialog_and_undo(qtbot, ctx, view, data):
    ebook = data["ebook"].id
    assert cell(view, ebook, view.COL_REACTION) == "—"
    view.select_gift(ebook)
    focus(qtbot, view.table)

    def react(dialog: ReactionDialog) -> None:
        assert isinstance(dialog, ReactionDialog)
        dialog.reaction_combo.setCurrentIndex(dialog.reaction_combo.findText("Declined"))
        qtbot.keyClicks(dialog.note_edit, "Not their thing")
        ok(dialog)

    with_dialog(
        qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier), react
    )
    gift = stored(ctx.store, ebook)
    assert (gift.reaction, gift.reaction_note) == ("declined", "Not their thing")
    assert cell(view, ebook, view.COL_REACTION) == "Declined"
    assert cell(view, ebook, view.COL_REACTION, Qt.ItemDataRole.ToolTipRole) == "Declined: Not their thing"
    ctx.undo_stack.undo()
    assert stored(ctx.store, ebook).reaction is None
    assert cell(view, ebook, view.COL_REACTION) == "—"


def test_edit_gift_validates_as_you_type_and_undo(qtbot, ctx, view, data):
    ebook = data["ebook"].id
    view.select_gift(ebook)
    focus(qtbot, view.table)

    def edit(dialog: EditGiftDialog) -> None:
        assert isinstance(dialog, EditGiftDialog)
        dialog.cost_edit.clear()
        qtbot.keyClicks(dialog.cost_edit, "abc")
        assert "not an amount" in dialog.field_error(dialog.cost_edit)
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.cost_edit.clear()
        qtbot.keyClicks(dialog.cost_edit, "12,50")
        assert dialog.field_error(dialog.cost_edit) == ""
        dialog.description_edit.clear()
        assert "must not be empty" in dialog.field_error(dialog.description_edit)
        qtbot.keyClicks(dialog.description_edit, "Printed e-book, signed")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("personal"))
        qtbot.mouseClick(dialog.personal_box, Qt.MouseButton.LeftButton)
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
        ok(dialog)

    with_dialog(qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_F2), edit)
    gift = stored(ctx.store, ebook)
    assert (gift.description, gift.kind, gift.cost_cents, gift.personal, gift.date) == (
        "Printed e-book, signed",
        "personal",
        1250,
        True,
        TODAY - dt.timedelta(days=6),
    )
    assert cell(view, ebook, view.COL_DESCRIPTION) == "Printed e-book, signed"
    assert cell(view, ebook, view.COL_PERSONAL) == CHECK_MARK
    assert view.totals() == (3, 850 + 1250 + 2500)

    ctx.undo_stack.undo()
    gift = stored(ctx.store, ebook)
    assert (gift.description, gift.kind, gift.cost_cents, gift.personal, gift.date) == (
        "Printed e-book",
        "content",
        300,
        False,
        TODAY - dt.timedelta(days=5),
    )


def test_delete_gift_gives_stock_back_and_undo_takes_it_again(qtbot, ctx, view, data):
    sample, coffee = data["sample"].id, data["coffee"].id
    assert stock_item(ctx.store, coffee).quantity == 4
    assert any(f.gift_id == sample for f in followups.list_followups(ctx.store))
    view.select_gift(sample)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert stored(ctx.store, sample) is None
    assert stock_item(ctx.store, coffee).quantity == 5
    assert not any(f.gift_id == sample for f in followups.list_followups(ctx.store))
    assert sample not in [g.id for g in view.visible_gifts()]
    assert stock_cell(view, coffee, view.stock.COL_QUANTITY) == "5"
    assert view.totals() == (2, 2800)

    ctx.undo_stack.undo()
    assert stored(ctx.store, sample) is not None
    assert stock_item(ctx.store, coffee).quantity == 4
    assert any(f.gift_id == sample for f in followups.list_followups(ctx.store))
    assert stock_cell(view, coffee, view.stock.COL_QUANTITY) == "4"
    assert view.totals() == (3, 3650)


def test_stock_add_restock_low_highlight_delete_and_undo(qtbot, ctx, view, data):
    def add(dialog: StockItemDialog) -> None:
        assert isinstance(dialog, StockItemDialog)
        assert dialog.field_error(dialog.name_edit) == ""  # nothing is red before anything is typed
        assert dialog.low_spin.value() == 3  # the low_stock_default setting
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "must not be empty" in dialog.field_error(
            dialog.name_edit
        )  # no name yet
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        qtbot.keyClicks(dialog.name_edit, "Hand-made chocolates")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("personal"))
        qtbot.keyClicks(dialog.cost_edit, "12")
        dialog.quantity_spin.setValue(2)
        dialog.low_spin.setValue(3)
        ok(dialog)

    with_dialog(qtbot, view.stock.add_action.trigger, add)
    [item] = [i for i in gifts.list_stock(ctx.store) if i.name == "Hand-made chocolates"]
    assert (item.kind, item.unit_cost_cents, item.quantity, item.low_stock_level) == ("personal", 1200, 2, 3)
    assert view.stock.selected_item().id == item.id
    # 2 on hand at a low-stock level of 3: the row is highlighted; the coffee (4 of 3) is not.
    assert stock_cell(view, item.id, view.stock.COL_NAME, BACKGROUND) == WARNING_BG
    assert stock_cell(view, item.id, view.stock.COL_QUANTITY, BACKGROUND) == WARNING_BG
    assert stock_cell(view, data["coffee"].id, view.stock.COL_NAME, BACKGROUND) is None
    assert view.stock.summary.text() == "1 item(s) running low"

    def restock(dialog: RestockDialog) -> None:
        assert isinstance(dialog, RestockDialog)
        dialog.added_spin.setValue(10)
        assert dialog.after_label.text() == "2 + 10 = 12"
        ok(dialog)

    focus(qtbot, view.stock.table)
    with_dialog(
        qtbot,
        lambda: qtbot.keyClick(view.stock.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
        restock,
    )
    assert stock_item(ctx.store, item.id).quantity == 12
    assert stock_cell(view, item.id, view.stock.COL_QUANTITY) == "12"
    assert stock_cell(view, item.id, view.stock.COL_NAME, BACKGROUND) is None
    ctx.undo_stack.undo()
    assert stock_item(ctx.store, item.id).quantity == 2
    assert stock_cell(view, item.id, view.stock.COL_NAME, BACKGROUND) == WARNING_BG

    # Edit: the quantity goes to 0, which shows as out of stock.
    view.stock.select_item(item.id)

    def edit(dialog: StockItemDialog) -> None:
        assert dialog.name_edit.text() == "Hand-made chocolates"
        assert dialog.cost_edit.text() in {"12.00", "12,00"}
        dialog.quantity_spin.setValue(0)
        ok(dialog)

    with_dialog(qtbot, view.stock.edit_action.trigger, edit)
    assert stock_item(ctx.store, item.id).quantity == 0
    assert stock_item(ctx.store, item.id).unit_cost_cents == 1200
    assert stock_cell(view, item.id, view.stock.COL_NAME, BACKGROUND) == DANGER_BG

    # Delete with the Del key in the stock table (not the gifts table), then undo.
    view.stock.select_item(item.id)
    focus(qtbot, view.stock.table)
    gifts_before = len(gifts.list_gifts(ctx.store))
    qtbot.keyClick(view.stock.table, Qt.Key.Key_Delete)
    assert stock_item(ctx.store, item.id) is None
    assert view.stock.model.row_of(item.id) == -1
    assert len(gifts.list_gifts(ctx.store)) == gifts_before
    ctx.undo_stack.undo()
    assert stock_item(ctx.store, item.id).quantity == 0
    assert view.stock.model.row_of(item.id) >= 0


def test_double_click_on_prospect_activates_it(qtbot, view, data):
    row = [g.id for g in view.visible_gifts()].index(data["sample"].id)
    rect = view.table.visualRect(view.proxy.index(row, view.COL_PROSPECT))
    with qtbot.waitSignal(view.prospect_activated, timeout=1000) as blocker:
        qtbot.mouseClick(
            view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )  # a double-click's
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # two halves
    assert blocker.args == [data["muller"].id]


def test_log_gift_button_opens_the_log_gift_dialog(qtbot, ctx, view, data):
    def log(dialog) -> None:
        qtbot.keyClicks(dialog.prospect.search_edit, "muller")  # found by typing, accents folded
        dialog.prospect.flush()
        assert dialog.prospect.prospect_id() == data["muller"].id
        dialog.what.setCurrentIndex(dialog.what.findData(data["coffee"].id))
        ok(dialog)

    with_dialog(qtbot, view.log_action.trigger, log)
    assert len(gifts.list_gifts(ctx.store)) == 4
    assert stock_item(ctx.store, data["coffee"].id).quantity == 3
    assert view.totals() == (4, 3650 + 850)
    assert view.selected_gift().description == "Coffee sample box"


def test_screenshot_with_demo_store(demo_store, qtbot, tmp_path):
    ctx = UiContext(demo_store, StoreEvents(), QUndoStack())
    widget = GiftsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    in_store = gifts.list_gifts(demo_store)
    assert widget.totals() == (len(in_store), sum(g.cost_cents for g in in_store))
    low = {i.id for i in gifts.low_stock(demo_store)}
    assert low, "the demo has low stock to show"
    for item in gifts.list_stock(demo_store):
        expected = (DANGER_BG if item.quantity == 0 else WARNING_BG) if item.id in low else None
        assert stock_cell(widget, item.id, widget.stock.COL_NAME, BACKGROUND) == expected
    widget.select_gift(widget.visible_gifts()[0].id)
    widget.table.setFocus()
    qtbot.wait(100)  # let the layouts settle before the picture
    folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
    path = folder / "gifts.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_a_hidden_page_refreshes_when_shown_and_only_for_what_it_shows(qtbot, ctx, view, data):
    """The page watches gifts, stock, prospects and contacts; hidden, it waits until it is shown."""
    gifts.log_gift(ctx.store, data["optik"].id, kind="other", description="Pen", cost="2")
    ctx.events.emit("visits")  # not shown on this page
    assert view.totals()[0] == 3
    view.hide()
    ctx.events.emit("gifts")
    assert view.stale and view.totals()[0] == 3  # hidden: not refreshed yet
    view.show()
    qtbot.waitExposed(view)
    assert not view.stale and view.totals() == (4, 3650 + 200)
    prospects.update_contact(ctx.store, data["sample"].contact_id, name="Anna Berger")
    ctx.events.emit("contacts")
    assert cell(view, data["sample"].id, view.COL_RECIPIENT) == "Anna Berger"


def _other_laptops_draw(store, item_id: str, delta: int) -> None:
    """Draws as a sync merges them (another laptop's): written without the check that refuses an over-draw here."""
    with store.session() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO stock_movements (id, stock_item_id, delta, kind, note, at, created_at, updated_at, "
            "stamp, deleted) VALUES ('m-other', ?, ?, 'draw', '', '2026-12-01 10:00:00.000000', "
            "'2026-12-01 10:00:00.000000', '2026-12-01 10:00:00.000000', '1764583200000.000000.other', 0)",
            (item_id, delta),
        )


def test_an_over_drawn_item_shows_below_zero_and_an_edit_that_leaves_on_hand_counts_nothing(qtbot, ctx, view, data):
    coffee = data["coffee"].id
    on_hand = stock_item(ctx.store, coffee).quantity
    _other_laptops_draw(ctx.store, coffee, -(on_hand + 1))  # met in a sync: one more than was left
    view.refresh()
    assert stock_cell(view, coffee, view.stock.COL_QUANTITY) == "-1"
    assert stock_cell(view, coffee, view.stock.COL_NAME, BACKGROUND) == DANGER_BG
    view.stock.select_item(coffee)

    def rename(dialog: StockItemDialog) -> None:
        assert dialog.quantity_spin.value() == -1  # what is on hand, as the list says
        assert dialog.quantity_spin.text() == "-1"
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "Coffee box")
        ok(dialog)

    with_dialog(qtbot, view.stock.edit_action.trigger, rename)
    item = stock_item(ctx.store, coffee)
    assert (item.name, item.quantity) == ("Coffee box", -1)  # no correction was written
    ctx.undo_stack.undo()
    assert (stock_item(ctx.store, coffee).name, stock_item(ctx.store, coffee).quantity) == ("Coffee sample box", -1)


def test_an_over_drawn_items_on_hand_typed_anew_in_its_edit_box_is_counted_from_below_zero(qtbot, ctx, view, data):
    coffee = data["coffee"].id
    _other_laptops_draw(ctx.store, coffee, -(stock_item(ctx.store, coffee).quantity + 1))  # one too many
    view.refresh()
    view.stock.select_item(coffee)

    def counted(dialog: StockItemDialog) -> None:
        dialog.quantity_spin.selectAll()
        qtbot.keyClicks(dialog.quantity_spin, "3")  # counted on the shelf: three boxes
        ok(dialog)

    with_dialog(qtbot, view.stock.edit_action.trigger, counted)
    assert stock_item(ctx.store, coffee).quantity == 3
    assert stock_cell(view, coffee, view.stock.COL_QUANTITY) == "3"


def test_an_over_drawn_item_is_said_out_of_stock_and_over_drawn_not_running_low(qtbot, ctx, view, data):
    coffee = data["coffee"].id
    _other_laptops_draw(ctx.store, coffee, -(stock_item(ctx.store, coffee).quantity + 2))  # two too many
    view.refresh()
    assert stock_cell(view, coffee, view.stock.COL_QUANTITY) == "-2"
    tip = stock_cell(view, coffee, view.stock.COL_QUANTITY, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("“Coffee sample box” is over-drawn by 2")  # the stock pane's warning, for this item
    low = [i for i in gifts.list_stock(ctx.store) if gifts.stock_level(i) == gifts.LOW_STOCK]
    expected = "1 item(s) out of stock" + (f" · {len(low)} item(s) running low" if low else "")
    assert view.stock.summary.text() == expected
