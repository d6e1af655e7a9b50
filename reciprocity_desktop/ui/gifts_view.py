"""The Gifts view: every gift given (with its qualities, cost and reaction) and the gift stock.

The gifts table sits above the stock table in a splitter. Every change goes through
:mod:`reciprocity_desktop.services.gifts` as an undoable command on the window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import gifts, settings, validate
from reciprocity_desktop.store.models import Gift, GiftKind, Reaction, StockItem
from reciprocity_desktop.ui._legacy import RecordViewActions
from reciprocity_desktop.ui.context import UiContext, touches
from reciprocity_desktop.ui.labels import fmt_date, fmt_money, value_label
from reciprocity_desktop.ui.widgets.forms import (
    Submit,
    SubmitForm,
    date_edit,
    line_edit,
    to_date,
    to_qdate,
    value_combo,
)
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import (
    OBJECT_ROLE,
    Column,
    FoldedSearchProxy,
    RecordTableModel,
    SortedRecordModel,
    SortFilterProxy,
)

CHECK_MARK = "✓"
_CENTER = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_REACTION_FG = {
    Reaction.LIKED.value: QColor("#146c43"),
    Reaction.NOT_LIKED.value: QColor("#b02a37"),
    Reaction.DECLINED.value: QColor("#b02a37"),
}


def _money_text(cents: int) -> str:
    """Cents as an amount to edit in the user's locale ("8.50", "8,50")."""
    return QLocale().toString(cents / 100, "f", 2).replace(QLocale().groupSeparator(), "")


def _amount(cents: int) -> Decimal:
    """Cents as an amount the services parse back to exactly the same cents."""
    return Decimal(cents) / 100


# -- dialogs --------------------------------------------------------------------------------------------


class ReactionDialog(SubmitForm):
    """How the gift was received: liked / neutral / not liked / declined, and a note."""

    def __init__(self, gift: Gift, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Gift reaction"), parent, submit)
        summary = QLabel(f"{gift.prospect.name} — {gift.description} ({fmt_date(gift.date)})")
        summary.setStyleSheet("font-weight: bold;")
        summary.setWordWrap(True)
        self.form.addRow(summary)
        self.reaction_combo = self.add_row(
            self.tr("Re&action:"),
            value_combo(
                [r.value for r in Reaction], gift.reaction, "reaction", empty=self.tr("Not known yet")
            ),
        )
        self.note_edit = self.add_row(
            self.tr("&Note:"),
            line_edit(gift.reaction_note, "reaction_note", self.tr("What they thought of it")),
            lambda w: validate.text(w.text(), "reaction note", max_length=2000),
        )
        self.revalidate()
        self.reaction_combo.setFocus()

    def values(self) -> dict[str, Any]:
        return {"reaction": self.reaction_combo.currentData() or None, "note": self.note_edit.text()}


class EditGiftDialog(SubmitForm):
    """Edit a gift's description, kind, date, cost and qualities."""

    def __init__(self, gift: Gift, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Edit gift"), parent, submit)
        summary = QLabel(
            self.tr("Given to {prospect}").format(
                prospect=gift.prospect.name + (f" ({gift.contact.name})" if gift.contact else "")
            )
        )
        summary.setStyleSheet("font-weight: bold;")
        self.form.addRow(summary)
        self.description_edit = self.add_row(
            self.tr("&Description:"),
            line_edit(gift.description, "description"),
            lambda w: validate.text(w.text(), "description", required=True, max_length=500),
        )
        self.kind_combo = self.add_row(
            self.tr("&Kind:"), value_combo([k.value for k in GiftKind], gift.kind, "kind")
        )
        self.date_edit = self.add_row(self.tr("D&ate:"), date_edit(to_qdate(gift.date), "date"))
        self.cost_edit = self.add_row(
            self.tr("&Cost:"),
            line_edit(_money_text(gift.cost_cents), "cost", self.tr("e.g. 12.50")),
            lambda w: validate.amount_cents(w.text(), "cost"),
        )
        qualities = QWidget()
        row = QHBoxLayout(qualities)
        row.setContentsMargins(0, 0, 0, 0)
        self.personal_box = QCheckBox(self.tr("&Personal"))
        self.unexpected_box = QCheckBox(self.tr("&Unexpected"))
        self.meaningful_box = QCheckBox(self.tr("&Meaningful"))
        for box, value in (
            (self.personal_box, gift.personal),
            (self.unexpected_box, gift.unexpected),
            (self.meaningful_box, gift.meaningful),
        ):
            box.setChecked(value)
            row.addWidget(box)
        row.addStretch(1)
        self.add_row(self.tr("Qualities:"), qualities)
        self.revalidate()
        self.description_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description_edit.text(),
            "kind": self.kind_combo.currentData(),
            "date": to_date(self.date_edit.date()),
            "cost": self.cost_edit.text(),
            "personal": self.personal_box.isChecked(),
            "unexpected": self.unexpected_box.isChecked(),
            "meaningful": self.meaningful_box.isChecked(),
        }


class StockItemDialog(SubmitForm):
    """Add a stock item (``item`` None) or edit one."""

    def __init__(
        self, item: StockItem | None = None, parent: QWidget | None = None, submit: Submit | None = None
    ) -> None:
        super().__init__(
            self.tr("New stock item") if item is None else self.tr("Edit stock item"), parent, submit
        )
        self.name_edit = self.add_row(
            self.tr("&Name:"),
            line_edit(item.name if item else "", "name", self.tr("e.g. Coffee sample box")),
            lambda w: validate.text(w.text(), "name", required=True),
        )
        self.kind_combo = self.add_row(
            self.tr("&Kind:"),
            value_combo([k.value for k in GiftKind], item.kind if item else GiftKind.SAMPLE.value, "kind"),
        )
        self.cost_edit = self.add_row(
            self.tr("&Unit cost:"),
            line_edit(_money_text(item.unit_cost_cents) if item else "", "unit_cost", self.tr("e.g. 8.50")),
            lambda w: validate.amount_cents(w.text(), "unit cost"),
        )
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setObjectName("quantity")
        self.quantity_spin.setRange(0, 1_000_000)
        self.quantity_spin.setValue(item.quantity if item else 0)
        self.add_row(self.tr("&On hand:"), self.quantity_spin)
        self.low_spin = QSpinBox()
        self.low_spin.setObjectName("low_stock_level")
        self.low_spin.setRange(0, 1_000_000)
        self.low_spin.setValue(item.low_stock_level if item else 3)
        self.low_spin.setToolTip(self.tr("The item shows as running low at or below this quantity"))
        self.add_row(self.tr("&Low-stock level:"), self.low_spin)
        self.notes_edit = self.add_row(
            self.tr("No&tes:"),
            line_edit(item.notes if item else "", "notes"),
            lambda w: validate.text(w.text(), "notes", max_length=5000),
        )
        self.revalidate()
        self.name_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "unit_cost": self.cost_edit.text(),
            "quantity": self.quantity_spin.value(),
            "low_stock_level": self.low_spin.value(),
            "notes": self.notes_edit.text(),
        }


class RestockDialog(SubmitForm):
    """Add N to a stock item."""

    def __init__(self, item: StockItem, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Restock"), parent, submit)
        self.setMinimumWidth(380)
        self.item = item
        summary = QLabel(item.name)
        summary.setStyleSheet("font-weight: bold;")
        self.form.addRow(summary)
        self.added_spin = QSpinBox()
        self.added_spin.setObjectName("added")
        self.added_spin.setRange(1, 1_000_000)
        self.added_spin.setValue(max(10, item.low_stock_level * 2))
        self.added_spin.setPrefix("+ ")
        self.add_row(self.tr("&Add:"), self.added_spin)
        self.after_label = QLabel()
        self.form.addRow(self.tr("On hand after:"), self.after_label)
        self.added_spin.valueChanged.connect(self._update_after)
        self._update_after()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restock"))
        self.revalidate()
        self.added_spin.setFocus()
        self.added_spin.selectAll()

    def _update_after(self, *_args: object) -> None:
        self.after_label.setText(
            self.tr("{before} + {added} = {after}").format(
                before=self.item.quantity,
                added=self.added_spin.value(),
                after=self.item.quantity + self.added_spin.value(),
            )
        )

    def values(self) -> dict[str, Any]:
        return {"added": self.added_spin.value()}


# -- the view -------------------------------------------------------------------------------------------


class _GiftFilter(FoldedSearchProxy):
    """The gifts of one kind (or all) that match the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind or None
        self.endFilterChange()

    def accepts_record(self, record: Gift) -> bool:
        return not self._kind or record.kind == self._kind

    def search_text(self, source_row: int) -> str:
        g: Gift = self.sourceModel().record(source_row)
        contact = g.contact.name if g.contact else ""
        reaction = value_label(g.reaction) if g.reaction else ""
        return " ".join(
            (g.prospect.name, g.prospect.city, contact, value_label(g.kind), g.description, reaction)
        )


def _table(model, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setResizeContentsPrecision(200)  # size columns by the first rows
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


def _selected(table: QTableView) -> Any:
    rows = table.selectionModel().selectedRows()
    return rows[0].data(OBJECT_ROLE) if rows else None


def _select(table: QTableView, model: RecordTableModel, proxy: SortFilterProxy, record_id: str) -> bool:
    row = model.row_of(record_id)
    if row < 0:
        return False
    index = proxy.mapFromSource(model.index(row, 0))
    if not index.isValid():
        return False
    table.setCurrentIndex(index)
    table.selectRow(index.row())
    table.scrollTo(index)
    return True


class GiftsView(RecordViewActions, QWidget):
    """All gifts (search, kind filter, totals; reaction / edit / delete) and the gift stock below."""

    prospect_activated = Signal(str)

    (
        COL_DATE,
        COL_PROSPECT,
        COL_RECIPIENT,
        COL_KIND,
        COL_DESCRIPTION,
        COL_PERSONAL,
        COL_UNEXPECTED,
        COL_MEANINGFUL,
        COL_COST,
        COL_REACTION,
    ) = range(10)
    STOCK_NAME, STOCK_KIND, STOCK_UNIT_COST, STOCK_QUANTITY, STOCK_LOW, STOCK_NOTES = range(6)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._sized = False
        self._currency = "EUR"
        self._low_ids: set[str] = set()

        self.model = SortedRecordModel(self._gift_columns(), self)
        self.proxy = _GiftFilter(self)
        self.proxy.setSourceModel(self.model)
        self.stock_model = SortedRecordModel(self._stock_columns(), self)
        self.stock_proxy = FoldedSearchProxy(self)
        self.stock_proxy.setSourceModel(self.stock_model)

        layout = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)

        # -- gifts ------------------------------------------------------------------------------------
        gifts_pane = QWidget()
        gifts_layout = QVBoxLayout(gifts_pane)
        gifts_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        title = QLabel(self.tr("Gifts"))
        title.setFont(_bold(title.font(), 1.15))
        bar.addWidget(title)
        bar.addSpacing(12)
        search_label = QLabel(self.tr("&Search:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Prospect, recipient, description…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._on_search)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit)
        kind_label = QLabel(self.tr("&Kind:"))
        self.kind_combo = value_combo(
            [k.value for k in GiftKind], None, "kind_filter", empty=self.tr("All kinds")
        )
        kind_label.setBuddy(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(self._on_kind)
        bar.addWidget(kind_label)
        bar.addWidget(self.kind_combo)
        bar.addStretch(1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        self.totals_label.setFont(_bold(self.totals_label.font()))
        bar.addWidget(self.totals_label)
        gifts_layout.addLayout(bar)

        self.log_action = self._action(self.tr("&Log gift…"), self.log_gift, None, self)
        self.reaction_action = self._action(
            self.tr("Set &reaction…"), self.set_reaction_selected, "Ctrl+E", self
        )
        self.edit_action = self._action(self.tr("&Edit gift…"), self.edit_selected, "F2", None)
        self.delete_action = self._action(
            self.tr("&Delete gift"), self.delete_selected, QKeySequence.StandardKey.Delete, None
        )
        buttons = QHBoxLayout()
        for action in (
            self.log_action,
            None,
            self.reaction_action,
            self.edit_action,
            None,
            self.delete_action,
        ):
            if action is None:
                buttons.addSpacing(12)
            else:
                buttons.addWidget(_button(action))
        buttons.addStretch(1)
        gifts_layout.addLayout(buttons)

        self.table = _table(self.proxy, gifts_pane)
        for action in (self.edit_action, self.delete_action):
            self.table.addAction(action)
        header = self.table.horizontalHeader()
        for column in (
            self.COL_DATE,
            self.COL_KIND,
            self.COL_PERSONAL,
            self.COL_UNEXPECTED,
            self.COL_MEANINGFUL,
            self.COL_COST,
            self.COL_REACTION,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((self.COL_PROSPECT, 230), (self.COL_RECIPIENT, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(self.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.customContextMenuRequested.connect(self._gift_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        gifts_layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #6c757d; padding: 8px;")
        gifts_layout.addWidget(self.empty_label)
        self.splitter.addWidget(gifts_pane)

        # -- stock ------------------------------------------------------------------------------------
        stock_pane = QWidget()
        stock_layout = QVBoxLayout(stock_pane)
        stock_layout.setContentsMargins(0, 6, 0, 0)
        stock_bar = QHBoxLayout()
        stock_title = QLabel(self.tr("Gift stock"))
        stock_title.setFont(_bold(stock_title.font(), 1.15))
        stock_bar.addWidget(stock_title)
        stock_bar.addSpacing(12)
        self.add_item_action = self._action(self.tr("&Add item…"), self.add_stock_item, None, self)
        self.edit_item_action = self._action(self.tr("Edi&t item…"), self.edit_stock_selected, "F2", None)
        self.restock_action = self._action(self.tr("Rest&ock…"), self.restock_selected, "Ctrl+R", self)
        self.delete_item_action = self._action(
            self.tr("Delete ite&m"), self.delete_stock_selected, QKeySequence.StandardKey.Delete, None
        )
        for action in (
            self.add_item_action,
            None,
            self.edit_item_action,
            self.restock_action,
            None,
            self.delete_item_action,
        ):
            if action is None:
                stock_bar.addSpacing(12)
            else:
                button = _button(action)
                stock_bar.addWidget(button)
                if action is self.add_item_action:
                    self.add_item_button = button
        stock_bar.addStretch(1)
        self.stock_summary = QLabel()
        self.stock_summary.setObjectName("stock_summary")
        stock_bar.addWidget(self.stock_summary)
        stock_layout.addLayout(stock_bar)
        self.stock_table = _table(self.stock_proxy, stock_pane)
        for action in (self.edit_item_action, self.delete_item_action):
            self.stock_table.addAction(action)
        stock_header = self.stock_table.horizontalHeader()
        for column in (self.STOCK_KIND, self.STOCK_UNIT_COST, self.STOCK_QUANTITY, self.STOCK_LOW):
            stock_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        stock_header.setSectionResizeMode(self.STOCK_NAME, QHeaderView.ResizeMode.Interactive)
        stock_header.resizeSection(self.STOCK_NAME, 320)
        stock_header.setSectionResizeMode(self.STOCK_NOTES, QHeaderView.ResizeMode.Stretch)
        self.stock_table.sortByColumn(self.STOCK_NAME, Qt.SortOrder.AscendingOrder)
        self.stock_table.doubleClicked.connect(lambda _index: self.edit_stock_selected())
        self.stock_table.customContextMenuRequested.connect(self._stock_menu)
        self.stock_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.stock_proxy.modelReset.connect(self._update_actions)
        stock_layout.addWidget(self.stock_table, 1)
        self.splitter.addWidget(stock_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.setTabOrder(self.search_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.table)
        self.setTabOrder(self.table, self.stock_table)
        ctx.events.changed.connect(self._on_changed)
        self.refresh()

    # -- building ---------------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        owner: QWidget | None,
    ) -> QAction:
        """An action; its shortcut works in ``owner`` (the whole view), or in the table it is added to."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut if owner else Qt.ShortcutContext.WidgetShortcut
            )
        action.triggered.connect(lambda _checked=False: slot())
        if owner is not None:
            owner.addAction(action)
        return action

    def _gift_columns(self) -> list[Column]:
        def mark(value: bool) -> str:
            return CHECK_MARK if value else ""

        def reaction_tip(g: Gift) -> str:
            if not g.reaction:
                return self.tr("Reaction not known yet — double-click to set it")
            return (
                f"{value_label(g.reaction)}: {g.reaction_note}"
                if g.reaction_note
                else value_label(g.reaction)
            )

        return [
            Column(self.tr("Date"), lambda g: fmt_date(g.date), sort_key=lambda g: (g.date, g.created_at)),
            Column(
                self.tr("Prospect"),
                lambda g: g.prospect.name,
                tooltip=lambda g: self.tr("Double-click to open the prospect"),
            ),
            Column(self.tr("Recipient"), lambda g: g.contact.name if g.contact else ""),
            Column(self.tr("Kind"), lambda g: value_label(g.kind)),
            Column(self.tr("Description"), lambda g: g.description, tooltip=lambda g: g.description),
            Column(
                self.tr("Personal"), lambda g: mark(g.personal), sort_key=lambda g: g.personal, align=_CENTER
            ),
            Column(
                self.tr("Unexpected"),
                lambda g: mark(g.unexpected),
                sort_key=lambda g: g.unexpected,
                align=_CENTER,
            ),
            Column(
                self.tr("Meaningful"),
                lambda g: mark(g.meaningful),
                sort_key=lambda g: g.meaningful,
                align=_CENTER,
            ),
            Column(
                self.tr("Cost"),
                lambda g: fmt_money(g.cost_cents, self._currency),
                sort_key=lambda g: g.cost_cents,
                align=_RIGHT,
            ),
            Column(
                self.tr("Reaction"),
                lambda g: value_label(g.reaction) if g.reaction else "—",
                sort_key=lambda g: g.reaction or "",
                foreground=lambda g: _REACTION_FG.get(g.reaction or "", MUTED_FG if not g.reaction else None),
                tooltip=reaction_tip,
            ),
        ]

    def _stock_columns(self) -> list[Column]:
        def background(item: StockItem) -> QColor | None:
            if item.id not in self._low_ids:
                return None
            return DANGER_BG if item.quantity == 0 else WARNING_BG

        def column(header: str, display: Callable[[StockItem], str], **extra: Any) -> Column:
            return Column(header, display, background=background, **extra)

        return [
            column(self.tr("Name"), lambda i: i.name),
            column(self.tr("Kind"), lambda i: value_label(i.kind)),
            column(
                self.tr("Unit cost"),
                lambda i: fmt_money(i.unit_cost_cents, self._currency),
                sort_key=lambda i: i.unit_cost_cents,
                align=_RIGHT,
            ),
            column(
                self.tr("On hand"),
                lambda i: str(i.quantity),
                sort_key=lambda i: i.quantity,
                align=_RIGHT,
                tooltip=lambda i: (
                    self.tr("Running low: restock before planning the next tour")
                    if i.id in self._low_ids
                    else ""
                ),
            ),
            column(
                self.tr("Low-stock level"),
                lambda i: str(i.low_stock_level),
                sort_key=lambda i: i.low_stock_level,
                align=_RIGHT,
            ),
            column(self.tr("Notes"), lambda i: i.notes, tooltip=lambda i: i.notes),
        ]

    # -- showing ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload gifts and stock from the store (keeps the selections)."""
        self._stale = False
        gift = _selected(self.table)
        item = _selected(self.stock_table)
        self._currency = str(settings.get(self.ctx.store, "currency"))
        self.model.set_rows(gifts.list_gifts(self.ctx.store))
        stock = gifts.list_stock(self.ctx.store)
        self._low_ids = {i.id for i in gifts.low_stock(self.ctx.store)}
        self.stock_model.set_rows(stock)
        if gift is not None:
            _select(self.table, self.model, self.proxy, gift.id)
        if item is not None:
            _select(self.stock_table, self.stock_model, self.stock_proxy, item.id)
        low = len(self._low_ids)
        self.stock_summary.setText(
            self.tr("%n item(s) running low", "", low) if low else self.tr("Stock is fine")
        )
        self.stock_summary.setStyleSheet("color: #8a6d00; font-weight: bold;" if low else "color: #6c757d;")
        self._update_totals()
        self._update_actions()

    def visible_gifts(self) -> list[Gift]:
        return [self.proxy.index(row, 0).data(OBJECT_ROLE) for row in range(self.proxy.rowCount())]

    def totals(self) -> tuple[int, int]:
        """(count, total cost in cents) of the gifts shown under the current search and kind filter."""
        shown = self.visible_gifts()
        return len(shown), sum(g.cost_cents for g in shown)

    def _update_totals(self) -> None:
        count, cost = self.totals()
        self.totals_label.setText(
            self.tr("%n gift(s), total cost {cost}", "", count).format(cost=fmt_money(cost, self._currency))
        )
        if count:
            self.empty_label.setVisible(False)
        else:
            self.empty_label.setText(
                self.tr("No gift matches the search or kind.")
                if self.model.rowCount()
                else self.tr("No gifts yet. Give first: log a gift with “Log gift…”.")
            )
            self.empty_label.setVisible(True)

    def set_kind_filter(self, kind: str | None) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind or ""), 0))

    def _on_kind(self, _index: int) -> None:
        self.proxy.set_kind(self.kind_combo.currentData())
        self._update_totals()
        self._update_actions()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_totals()
        self._update_actions()

    def _on_changed(self, what: set[str]) -> None:
        if touches(what, "gifts", "stock", "prospects", "contacts"):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self.refresh()
        if not self._sized:
            self._sized = True
            self._size_panes()
        super().showEvent(event)

    def _size_panes(self) -> None:
        """Give the stock pane room for its rows (up to eight), the gifts the rest."""
        total = sum(self.splitter.sizes()) or self.height()
        rows = min(max(self.stock_model.rowCount(), 3), 8)
        row_height = self.stock_table.verticalHeader().defaultSectionSize()
        header = self.stock_table.horizontalHeader().sizeHint().height()
        wanted = self.stock_bar_height() + header + row_height * rows + 16
        stock = min(wanted, total * 2 // 5)
        self.splitter.setSizes([total - stock, stock])

    def stock_bar_height(self) -> int:
        return max(self.add_item_button.sizeHint().height(), self.stock_summary.sizeHint().height()) + 6

    # -- selection --------------------------------------------------------------------------------------

    def selected_gift(self) -> Gift | None:
        return _selected(self.table)

    def selected_stock_item(self) -> StockItem | None:
        return _selected(self.stock_table)

    def select_gift(self, gift_id: str) -> bool:
        return _select(self.table, self.model, self.proxy, gift_id)

    def select_stock_item(self, item_id: str) -> bool:
        return _select(self.stock_table, self.stock_model, self.stock_proxy, item_id)

    def _update_actions(self, *_args: object) -> None:
        has_gift = self.selected_gift() is not None
        for action in (self.reaction_action, self.edit_action, self.delete_action):
            action.setEnabled(has_gift)
        has_item = self.selected_stock_item() is not None
        for action in (self.edit_item_action, self.restock_action, self.delete_item_action):
            action.setEnabled(has_item)

    def _gift_menu(self, pos) -> None:
        _menu(
            self,
            self.table,
            pos,
            (self.reaction_action, self.edit_action, None, self.log_action, None, self.delete_action),
        )

    def _stock_menu(self, pos) -> None:
        _menu(
            self,
            self.stock_table,
            pos,
            (
                self.edit_item_action,
                self.restock_action,
                None,
                self.add_item_action,
                None,
                self.delete_item_action,
            ),
        )

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
        """Log a new gift with the window's Log-gift dialog (it saves the gift itself)."""
        from reciprocity_desktop.ui.dialogs import LogGiftDialog

        dialog = LogGiftDialog(self.ctx, None, parent=self)
        if self._open_dialog(dialog):
            self.refresh()
            gift_id = getattr(dialog, "gift_id", None)
            if gift_id:
                self.search_edit.clear()
                self.set_kind_filter(None)
                self.select_gift(gift_id)
            if dialog.result_warnings:
                QMessageBox.information(self, self.tr("Gift logged"), "\n\n".join(dialog.result_warnings))

    def set_reaction_selected(self) -> None:
        gift = self.selected_gift()
        if gift is None:
            return
        store, gift_id, old = self.ctx.store, gift.id, (gift.reaction, gift.reaction_note)

        def submit(values: dict[str, Any]) -> None:
            new = (values["reaction"], values["note"])
            if new == old:
                return
            self.ctx.execute(
                self._command(
                    self.tr("Set gift reaction"),
                    ("gifts",),
                    lambda: gifts.set_reaction(store, gift_id, *new),
                    lambda: gifts.set_reaction(store, gift_id, *old),
                )
            )

        self._open_dialog(ReactionDialog(gift, self, submit=submit))

    def edit_selected(self) -> None:
        gift = self.selected_gift()
        if gift is None:
            return
        store, gift_id = self.ctx.store, gift.id
        old = {
            "description": gift.description,
            "kind": gift.kind,
            "date": gift.date,
            "cost": _amount(gift.cost_cents),
            "personal": gift.personal,
            "unexpected": gift.unexpected,
            "meaningful": gift.meaningful,
        }

        def submit(values: dict[str, Any]) -> None:
            self.ctx.execute(
                self._command(
                    self.tr("Edit gift"),
                    ("gifts",),
                    lambda: gifts.update_gift(store, gift_id, **values),
                    lambda: gifts.update_gift(store, gift_id, **old),
                )
            )

        self._open_dialog(EditGiftDialog(gift, self, submit=submit))

    def delete_selected(self) -> None:
        """Delete the selected gift (its stock goes back, its open feedback follow-up goes too); undoable."""
        gift = self.selected_gift()
        if gift is None:
            return
        store, gift_id = self.ctx.store, gift.id
        self.ctx.push(
            self._command(
                self.tr("Delete gift"),
                ("gifts", "stock", "followups"),
                lambda: gifts.delete_gift(store, gift_id),
                lambda: gifts.restore_gift(store, gift_id),
            ),
            self,
        )

    # -- stock actions ----------------------------------------------------------------------------------

    def add_stock_item(self) -> None:
        store = self.ctx.store
        created: list[str] = []

        def submit(values: dict[str, Any]) -> None:
            def do() -> None:
                if created:
                    gifts.restore_stock_item(store, created[0])
                else:
                    created.append(gifts.add_stock_item(store, **values).id)

            def undo() -> None:
                gifts.delete_stock_item(store, created[0])

            self.ctx.execute(self._command(self.tr("New stock item"), ("stock",), do, undo))

        if self._open_dialog(StockItemDialog(None, self, submit=submit)) and created:
            self.select_stock_item(created[0])

    def edit_stock_selected(self) -> None:
        item = self.selected_stock_item()
        if item is None:
            return
        store, item_id = self.ctx.store, item.id
        old = {
            "name": item.name,
            "kind": item.kind,
            "unit_cost": _amount(item.unit_cost_cents),
            "quantity": item.quantity,
            "low_stock_level": item.low_stock_level,
            "notes": item.notes,
        }

        def submit(values: dict[str, Any]) -> None:
            self.ctx.execute(
                self._command(
                    self.tr("Edit stock item"),
                    ("stock",),
                    lambda: gifts.update_stock_item(store, item_id, **values),
                    lambda: gifts.update_stock_item(store, item_id, **old),
                )
            )

        self._open_dialog(StockItemDialog(item, self, submit=submit))

    def restock_selected(self) -> None:
        item = self.selected_stock_item()
        if item is None:
            return
        store, item_id = self.ctx.store, item.id

        def submit(values: dict[str, Any]) -> None:
            added = values["added"]
            self.ctx.execute(
                self._command(
                    self.tr("Restock"),
                    ("stock",),
                    lambda: gifts.restock(store, item_id, added),
                    lambda: gifts.unrestock(store, item_id, added),
                )
            )

        self._open_dialog(RestockDialog(item, self, submit=submit))

    def delete_stock_selected(self) -> None:
        item = self.selected_stock_item()
        if item is None:
            return
        store, item_id = self.ctx.store, item.id
        self.ctx.push(
            self._command(
                self.tr("Delete stock item"),
                ("stock",),
                lambda: gifts.delete_stock_item(store, item_id),
                lambda: gifts.restore_stock_item(store, item_id),
            ),
            self,
        )


def _bold(font: QFont, scale: float = 1.0) -> QFont:
    font = QFont(font)
    font.setBold(True)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def _button(action: QAction) -> QPushButton:
    """A push button mirroring an action (text with its mnemonic, enabled state, shortcut in the tip)."""
    button = QPushButton(action.text())
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    if not action.shortcut().isEmpty():
        button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button


def _menu(parent: QWidget, table: QTableView, pos, actions: Sequence[QAction | None]) -> None:
    menu = QMenu(parent)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.exec(table.viewport().mapToGlobal(pos))
