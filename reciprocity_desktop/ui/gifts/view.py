"""The Gifts page: every gift given (with its qualities, cost and reaction) and the gift stock.

The gifts table sits above the stock pane (:mod:`.stock_pane`) in a splitter. Every change runs
as an undoable operation of :mod:`reciprocity_desktop.services.ops.gifts` through ``ctx.ops``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import gift_list, settings
from reciprocity_desktop.services.ops import gifts as ops
from reciprocity_desktop.store.models import Gift, GiftKind
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.gifts import models
from reciprocity_desktop.ui.gifts.dialogs import EditGiftDialog, ReactionDialog
from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog
from reciprocity_desktop.ui.gifts.stock_pane import StockPane
from reciprocity_desktop.ui.labels import fmt_money
from reciprocity_desktop.ui.widgets.actions import RecordActions, add_action_buttons, make_action
from reciprocity_desktop.ui.widgets.bars import add_search_field, bold_font, pane_title
from reciprocity_desktop.ui.widgets.column_fit import fitted
from reciprocity_desktop.ui.widgets.dialogs import OneDialogAtATime
from reciprocity_desktop.ui.widgets.forms import value_combo
from reciprocity_desktop.ui.widgets.lazy_counted import CountedLaterModel
from reciprocity_desktop.ui.widgets.lazy_table import LazySource, LazyTable
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE


class GiftsView(OneDialogAtATime, Page):
    """All gifts (search, kind filter, totals; reaction / edit / delete) and the gift stock below."""

    watches = frozenset({"gifts", "stock", "prospects", "contacts", "settings"})  # settings: the currency
    prospect_activated = Signal(str)

    COL_DATE, COL_PROSPECT, COL_RECIPIENT, COL_KIND, COL_DESCRIPTION = range(5)
    COL_PERSONAL, COL_UNEXPECTED, COL_MEANINGFUL, COL_COST, COL_REACTION = range(5, 10)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._sized = False
        self._currency = "EUR"
        self._filter = gift_list.GiftFilter(labels=models.search_labels())
        source = LazySource.over(
            ctx.store,
            lambda: self._filter,
            gift_list.GiftSort,
            gift_list.count_gifts,
            gift_list.list_gifts_page,
            gift_list.gift_position,
        )
        # The store filters, sorts and counts; the table fetches the pages it paints, and the count and
        # cost of a list longer than its first page come off the GUI thread after that page painted.
        self.model = CountedLaterModel(
            models.gift_columns(lambda: self._currency),
            source,
            models.GIFT_SORT_KEYS,
            lambda: self._filter,
            lambda flt: gift_list.gift_totals(ctx.store, flt),
            self,
            count_of=lambda totals: totals[0],
            from_rows=lambda rows: (len(rows), sum(gift.cost_cents for gift in rows)),
        )
        self.model.counted.connect(self._on_counted)
        self.proxy = self.model
        self.record_actions = RecordActions(ctx, self, self._open_dialog)

        layout = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)
        self.splitter.addWidget(self._build_gifts_pane())
        self.stock = StockPane(ctx, lambda: self._currency, self._open_dialog, self)
        self.splitter.addWidget(self.stock)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.setTabOrder(self.search_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.table)
        self.setTabOrder(self.table, self.stock.table)
        self.refresh()

    # -- building ---------------------------------------------------------------------------------------

    def _build_gifts_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = LazyTable(self.model, pane)
        self.model.watch(self.table.viewport())
        layout.addLayout(self._build_gift_bar())
        layout.addLayout(self._build_gift_actions())
        self._build_gift_table()
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #6c757d; padding: 8px;")
        layout.addWidget(self.empty_label)
        return pane

    def _build_gift_bar(self) -> QHBoxLayout:
        """Title, search, kind filter and the totals of what is shown."""
        bar = QHBoxLayout()
        bar.addWidget(pane_title(self.tr("Gifts")))
        bar.addSpacing(12)
        self.search_edit = add_search_field(
            bar, self.tr("&Search:"), self.tr("Prospect, recipient, description…"), self._on_search, 260
        )
        kind_label = QLabel(self.tr("&Kind:"))
        self.kind_combo = value_combo(
            [k.value for k in GiftKind], None, "kind_filter", empty=self.tr("All kinds")
        )
        kind_label.setBuddy(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        bar.addWidget(kind_label)
        bar.addWidget(self.kind_combo)
        bar.addStretch(1)
        return bar

    def _build_gift_actions(self) -> QHBoxLayout:
        """The gift actions (F2 and Del act in the gifts table only) and their buttons."""
        self.log_action = make_action(self, self.tr("&Log gift…"), self.log_gift)
        self.reaction_action = make_action(
            self, self.tr("Set &reaction…"), self.set_reaction_selected, "Ctrl+E"
        )
        self.edit_action = make_action(
            self, self.tr("&Edit gift…"), self.edit_selected, "F2", within=self.table
        )
        self.delete_action = make_action(
            self,
            self.tr("&Delete gift"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            within=self.table,
        )
        buttons = QHBoxLayout()
        add_action_buttons(
            buttons, (self.log_action, None, self.reaction_action, self.edit_action, None, self.delete_action)
        )
        buttons.addStretch(1)
        # The totals end the buttons' row, not the search's: there "300.000 Geschenke, Kosten insgesamt
        # 3.209.575,50 €" was cut at 1024x640 (as the stock's "running low" ends its buttons' row).
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setFont(bold_font(self.totals_label.font()))
        buttons.addWidget(self.totals_label)
        return buttons

    def _build_gift_table(self) -> None:
        header = self.table.horizontalHeader()
        # Every column but the description is as wide as its header and the widest text it can show
        # (column_widths: from the labels and formats, no row read), then the user's to resize.
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._size_narrow_columns()
        for column, width in ((self.COL_PROSPECT, 230), (self.COL_RECIPIENT, 150)):
            header.resizeSection(column, width)
        # The names and the kind share what the narrow columns leave (:meth:`_fit_columns`).
        self.table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._narrow_column_resized)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(self.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.menu_actions = (
            self.reaction_action,
            self.edit_action,
            None,
            self.log_action,
            None,
            self.delete_action,
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)

    # -- showing ----------------------------------------------------------------------------------------

    #: What the description keeps at least when the other columns share the width.
    DESCRIPTION_LEAST = 140

    def _size_narrow_columns(self) -> None:
        """Date, qualities, cost and reaction as wide as their header and widest possible text."""
        header = self.table.horizontalHeader()
        widths = models.column_widths(self.table.fontMetrics(), self._currency)
        for column in (
            self.COL_DATE, self.COL_PERSONAL, self.COL_UNEXPECTED, self.COL_MEANINGFUL, self.COL_COST,
            self.COL_REACTION,
        ):  # fmt: skip
            width = max(header.sectionSizeHint(column), widths[column])
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _fit_columns(self) -> None:
        """Prospect, recipient and kind as wide as wanted, the widest giving what the table lacks
        (German kinds are long), so that it does not scroll sideways; a cut cell is whole in its tooltip."""
        header = self.table.horizontalHeader()
        narrow = (
            self.COL_DATE, self.COL_PERSONAL, self.COL_UNEXPECTED, self.COL_MEANINGFUL, self.COL_COST,
            self.COL_REACTION,
        )  # fmt: skip
        available = self.table.viewport().width() - sum(header.sectionSize(column) for column in narrow)
        kind = max(
            header.sectionSizeHint(self.COL_KIND),
            models.column_widths(self.table.fontMetrics(), self._currency)[self.COL_KIND],
        )
        wanted = [230, 150, kind, self.DESCRIPTION_LEAST]
        widths = fitted(wanted, max(available, 0), 3)
        for column, width in zip(
            (self.COL_PROSPECT, self.COL_RECIPIENT, self.COL_KIND), widths, strict=False
        ):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _narrow_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in (self.COL_PROSPECT, self.COL_RECIPIENT, self.COL_KIND, self.COL_DESCRIPTION):
            self._fit_columns()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Reload gifts and stock from the store (keeps the selections)."""
        gift = self.selected_gift()
        currency = str(settings.get(self.ctx.store, "currency"))
        if currency != self._currency:
            self._currency = currency
            self._size_narrow_columns()
        self.model.reload()
        if gift is not None:
            self.select_gift(gift.id)
        self.stock.refresh()
        self._update_totals()
        self._update_actions()

    def visible_gifts(self) -> list[Gift]:
        return self.table.shown()

    def totals(self) -> tuple[int, int]:
        """(count, total cost in cents) of the gifts shown under the current search and kind filter
        (those of the load before while :attr:`counting`)."""
        return self.model.figures

    @property
    def counting(self) -> bool:
        """True while the count and cost of a list longer than its first page are on their way."""
        return self.model.counting

    def _on_counted(self, _totals: tuple[int, int]) -> None:
        self._update_totals()

    def _update_totals(self) -> None:
        """Show the count and cost of the list (both one aggregate: :func:`gift_list.gift_totals`)."""
        if self.model.counting:
            #: The totals while the gifts are being counted (%n: the gifts shown so far, a page).
            self.totals_label.setText(self.tr("More than %n gift(s), counting…", "", self.model.rowCount()))
            self.empty_label.setVisible(False)
            return
        count, cost = self.model.figures
        self.totals_label.setText(
            self.tr("%Ln gift(s), total cost {cost}", "", count).format(cost=fmt_money(cost, self._currency))
        )
        if count:
            self.empty_label.setVisible(False)
        else:
            self.empty_label.setText(
                self.tr("No gift matches the search or kind.")
                if gift_list.count_gifts(self.ctx.store)
                else self.tr("No gifts yet. Give first: log a gift with “Log gift…”.")
            )
            self.empty_label.setVisible(True)

    def set_kind_filter(self, kind: str | None) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind or ""), 0))

    def _on_kind(self, _index: int) -> None:
        self._set_filter(kind=self.kind_combo.currentData() or "")

    def _on_search(self, text: str) -> None:
        self._set_filter(search=text)

    def _set_filter(self, **change: str) -> None:
        flt = replace(self._filter, **change, labels=models.search_labels())
        if flt == self._filter:
            return
        self._filter = flt
        gift = self.selected_gift()
        self.model.reload()
        if gift is not None:
            self.select_gift(gift.id)
        self._update_totals()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            self._size_panes()

    def _size_panes(self) -> None:
        """Give the stock pane room for its rows (up to eight), the gifts the rest."""
        total = sum(self.splitter.sizes()) or self.height()
        stock = min(self.stock.wanted_height(), total * 2 // 5)
        self.splitter.setSizes([total - stock, stock])

    # -- selection --------------------------------------------------------------------------------------

    def selected_gift(self) -> Gift | None:
        return self.table.selected()

    def select_gift(self, gift_id: str) -> bool:
        return self.table.select(gift_id)

    def _update_actions(self, *_args: object) -> None:
        has_gift = self.selected_gift() is not None
        for action in (self.reaction_action, self.edit_action, self.delete_action):
            action.setEnabled(has_gift)

    def _on_double_click(self, index: QModelIndex) -> None:
        gift = index.data(OBJECT_ROLE)
        if gift is None:
            return
        if index.column() == self.COL_PROSPECT:
            self.prospect_activated.emit(gift.prospect_id)
        elif index.column() == self.COL_REACTION:
            self.set_reaction_selected()
        else:
            self.edit_selected()

    # -- gift actions -----------------------------------------------------------------------------------

    def log_gift(self) -> None:
        """Log a new gift with the window's Log-gift dialog (it saves the gift as an undoable step)."""
        dialog = LogGiftDialog(self.ctx, None, parent=self)
        if self._open_dialog(dialog):
            self.refresh()
            if dialog.gift_id:
                self.search_edit.clear()
                self.set_kind_filter(None)
                self.select_gift(dialog.gift_id)
            if dialog.result_warnings:
                QMessageBox.information(self, self.tr("Gift logged"), "\n\n".join(dialog.result_warnings))

    def set_reaction_selected(self) -> None:
        self.record_actions.edit(
            self.tr("Set gift reaction"),
            self.selected_gift(),
            lambda gift, submit: ReactionDialog(gift, self, submit=submit),
            lambda gift, values: ops.set_reaction(
                self.ctx.store, gift.id, values["reaction"], values["note"]
            ),
        )

    def edit_selected(self) -> None:
        self.record_actions.edit(
            self.tr("Edit gift"),
            self.selected_gift(),
            lambda gift, submit: EditGiftDialog(gift, self, submit=submit),
            lambda gift, values: ops.update_gift(self.ctx.store, gift.id, **values),
        )

    def delete_selected(self) -> None:
        """Delete the selected gift (its stock goes back, its open feedback follow-up goes too); undoable."""
        self.record_actions.run(
            self.tr("Delete gift"),
            self.selected_gift(),
            lambda gift: ops.delete_gift(self.ctx.store, gift.id),
        )
