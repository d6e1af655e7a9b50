"""The gift stock pane of the Gifts page: the stock table, its actions (add, edit, restock, movements,
delete), the low-stock summary and the warning about items over-drawn in a sync. Its texts keep the
page's translation context, "GiftsView"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from reciprocity_desktop.services import gifts, settings
from reciprocity_desktop.services.ops import gifts as ops
from reciprocity_desktop.store.models import StockItem
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.gifts import models
from reciprocity_desktop.ui.gifts.dialogs import RestockDialog, StockItemDialog
from reciprocity_desktop.ui.gifts.movements_dialog import MovementsDialog, overdraw_label
from reciprocity_desktop.ui.labels import translate
from reciprocity_desktop.ui.widgets.actions import RecordActions, add_action_buttons, make_action
from reciprocity_desktop.ui.widgets.bars import pane_title
from reciprocity_desktop.ui.widgets.record_tables import RecordTable
from reciprocity_desktop.ui.widgets.tables import FoldedSearchProxy, SortedRecordModel


class StockPane(QWidget):
    """The gift stock: what is on hand, coloured by its stock level, and the stock actions."""

    COL_NAME, COL_KIND, COL_UNIT_COST, COL_QUANTITY, COL_LOW, COL_NOTES = range(6)

    def __init__(
        self,
        ctx: UiContext,
        currency: Callable[[], str],
        open_dialog: Callable[[QDialog], bool],
        page: QWidget,
    ) -> None:
        """A pane of ``page``: ``currency()`` gives the currency of the costs, ``open_dialog`` runs the
        page's dialogs one at a time, and the keys without a table of their own work in the whole page."""
        super().__init__(page)
        self.ctx = ctx
        self._page = page
        self._open_dialog = open_dialog
        self.model = SortedRecordModel(models.stock_columns(currency), self)
        self.proxy = FoldedSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.table = RecordTable(self.model, self.proxy, self)
        self.record_actions = RecordActions(ctx, self, open_dialog)
        layout.addLayout(self._build_bar())
        self.overdraw = overdraw_label("overdraw_warning")
        layout.addWidget(self.overdraw)
        self._build_table()
        layout.addWidget(self.table, 1)

    # -- building ---------------------------------------------------------------------------------------

    def _build_bar(self) -> QHBoxLayout:
        """Title, the stock actions (F2 and Del act in the stock table only) and the low-stock summary."""
        bar = QHBoxLayout()
        bar.addWidget(pane_title(translate("GiftsView", "Gift stock")))
        bar.addSpacing(12)
        self.add_action = make_action(self._page, translate("GiftsView", "&Add item…"), self.add_item)
        self.edit_action = make_action(
            self, translate("GiftsView", "Edi&t item…"), self.edit_selected, "F2", within=self.table
        )
        self.restock_action = make_action(
            self._page, translate("GiftsView", "Rest&ock…"), self.restock_selected, "Ctrl+R"
        )
        self.movements_action = make_action(
            self, translate("GiftsView", "Moveme&nts…"), self.show_movements, "Ctrl+M", within=self.table
        )
        self.delete_action = make_action(
            self,
            translate("GiftsView", "Delete ite&m"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            within=self.table,
        )
        buttons = add_action_buttons(
            bar,
            (
                self.add_action,
                None,
                self.edit_action,
                self.restock_action,
                self.movements_action,
                None,
                self.delete_action,
            ),
        )
        self.add_button = buttons[self.add_action]
        self.restock_button = buttons[self.restock_action]
        self.movements_button = buttons[self.movements_action]
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("stock_summary")
        bar.addWidget(self.summary)
        return bar

    def _build_table(self) -> None:
        header = self.table.horizontalHeader()
        for column in (self.COL_KIND, self.COL_UNIT_COST, self.COL_QUANTITY, self.COL_LOW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.COL_NAME, 320)
        header.setSectionResizeMode(self.COL_NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(self.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.menu_actions = (
            self.edit_action,
            self.restock_action,
            self.movements_action,
            None,
            self.add_action,
            None,
            self.delete_action,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)

    # -- showing ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the stock (keeps the selection) and say how many items run low."""
        item = self.selected_item()
        stock = gifts.list_stock(self.ctx.store)
        self.model.set_rows(stock)
        if item is not None:
            self.select_item(item.id)
        # out of stock (over-drawn ones too: red rows) said apart from running low (yellow rows)
        out = sum(1 for i in stock if gifts.stock_level(i) == gifts.OUT_OF_STOCK)
        low = sum(1 for i in stock if gifts.stock_level(i) == gifts.LOW_STOCK)
        parts = [
            *([QCoreApplication.translate("GiftsView", "%n item(s) out of stock", "", out)] if out else []),
            *([QCoreApplication.translate("GiftsView", "%n item(s) running low", "", low)] if low else []),
        ]
        self.summary.setText(" · ".join(parts) or translate("GiftsView", "Stock is fine"))
        colour = "color: #b02a37; font-weight: bold;" if out else "color: #8a6d00; font-weight: bold;"
        self.summary.setStyleSheet(colour if parts else "color: #6c757d;")
        warning = models.overdraw_text(stock)
        self.overdraw.setText(warning)
        self.overdraw.setVisible(bool(warning))
        self._update_actions()

    def wanted_height(self) -> int:
        """Room for the bar, the header and the rows (three to eight)."""
        rows = min(max(self.model.rowCount(), 3), 8)
        row_height = self.table.verticalHeader().defaultSectionSize()
        header = self.table.horizontalHeader().sizeHint().height()
        warning = self.overdraw.heightForWidth(max(self.width(), 400)) + 6 if self.overdraw.text() else 0
        return self.bar_height() + warning + header + row_height * rows + 16

    def bar_height(self) -> int:
        return max(self.add_button.sizeHint().height(), self.summary.sizeHint().height()) + 6

    # -- selection --------------------------------------------------------------------------------------

    def selected_item(self) -> StockItem | None:
        return self.table.selected()

    def select_item(self, item_id: str) -> bool:
        return self.table.select(item_id)

    def _update_actions(self, *_args: object) -> None:
        has_item = self.selected_item() is not None
        for action in (self.edit_action, self.restock_action, self.movements_action, self.delete_action):
            action.setEnabled(has_item)

    # -- actions ----------------------------------------------------------------------------------------

    def add_item(self) -> None:
        op = self.record_actions.ask(
            translate("GiftsView", "New stock item"),
            lambda submit: StockItemDialog(
                None, self, submit=submit, low_stock_default=self._low_stock_default()
            ),
            lambda values: ops.add_stock_item(self.ctx.store, **values),
        )
        if op is not None:
            self.select_item(op.value.id)

    def _low_stock_default(self) -> int:
        return int(settings.get(self.ctx.store, "low_stock_default"))

    def edit_selected(self) -> None:
        self.record_actions.edit(
            translate("GiftsView", "Edit stock item"),
            self.selected_item(),
            lambda item, submit: StockItemDialog(item, self, submit=submit),
            lambda item, values: ops.update_stock_item(self.ctx.store, item.id, **values),
        )

    def restock_selected(self) -> None:
        self.record_actions.edit(
            translate("GiftsView", "Restock"),
            self.selected_item(),
            lambda item, submit: RestockDialog(item, self, submit=submit),
            lambda item, values: ops.restock(self.ctx.store, item.id, values["added"], values["note"]),
        )

    def show_movements(self) -> None:
        """The selected item's movements, in a dialog of their own (nothing to save: it only shows)."""
        item = self.selected_item()
        if item is not None:
            self._open_dialog(MovementsDialog(self.ctx.store, item, self))

    def delete_selected(self) -> None:
        self.record_actions.run(
            translate("GiftsView", "Delete stock item"),
            self.selected_item(),
            lambda item: ops.delete_stock_item(self.ctx.store, item.id),
        )
