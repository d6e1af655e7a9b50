"""The Log-gift dialog of the window (Ctrl+L, the Gifts page, a prospect's card): an undoable gift."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QWidget

from reciprocity_desktop.services import gifts, prospects, validate
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.ops import gifts as gift_ops
from reciprocity_desktop.store.models import GiftKind
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.gifts.dialogs import COST_EXAMPLE, qualities_row
from reciprocity_desktop.ui.labels import message_text
from reciprocity_desktop.ui.widgets.amounts import amount_check, amount_edit, amount_text, typed_amount
from reciprocity_desktop.ui.widgets.forms import (
    ProspectPicker,
    ValidatedForm,
    date_edit,
    value_combo,
)


def _raise_missing(field: str):
    raise validate.ValidationError("{field} must not be empty.", field=field)


class LogGiftDialog(ValidatedForm):
    """Log a gift in at most three interactions: open (Ctrl+L), pick what, press Enter.

    "What" lists the gift stock first (picking an item fills kind, description and cost,
    and takes it out of stock); typing a free description gives a gift not from stock.
    The gift is saved as one undoable step: Edit → Undo takes it back with its stock and its
    feedback follow-up. After ``exec()``, ``gift_id`` is the new gift and ``result_warnings``
    the warnings to show (the yearly gift limit, low stock).
    """

    def __init__(
        self,
        ctx: UiContext,
        prospect_id: str | None = None,
        parent: QWidget | None = None,
        visit_id: str | None = None,
    ) -> None:
        super().__init__(self.tr("Log a gift"), parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.gift_id: str | None = None
        self.result_warnings: list[str] = []
        self._build_prospect(prospect_id)
        self._build_what()
        self._build_details()
        self.what.currentIndexChanged.connect(self._on_what_picked)
        self.what.lineEdit().returnPressed.connect(self._on_accept)  # Enter logs the gift
        self.prospect.changed.connect(self._load_contacts)
        self.prospect.changed.connect(self.revalidate)
        self.quantity.valueChanged.connect(self.revalidate)
        self._load_contacts()
        self.revalidate()
        (self.what if prospect_id else self.prospect).setFocus()

    # -- building -------------------------------------------------------------------------------------

    def _build_prospect(self, prospect_id: str | None) -> None:
        # Searched as you type: a store may hold 100,000 prospects, too many for one combo box.
        self.prospect = ProspectPicker(self.ctx)
        if prospect_id:
            p = prospects.get_prospect(self.ctx.store, prospect_id)
            self.prospect.set_prospect(p.id, p.name)
        self.add_row(self.tr("&Prospect:"), self.prospect, self.prospect.check)

    def _build_what(self) -> None:
        self.what = QComboBox()
        self.what.setObjectName("what")
        self.what.setEditable(True)
        self.what.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.what.lineEdit().setPlaceholderText(self.tr("Pick from the gift stock or describe the gift"))
        self._stock = {item.id: item for item in gifts.list_stock(self.ctx.store)}
        for item in self._stock.values():
            label = self.tr("%1 (%2 in stock)").replace("%1", item.name).replace("%2", str(item.quantity))
            self.what.addItem(label, item.id)
        self.what.setCurrentIndex(-1)
        self.add_row(
            self.tr("&What:"), self.what, lambda w: self._description() or _raise_missing("description")
        )

    def _build_details(self) -> None:
        self.kind = self.add_row(
            self.tr("&Kind:"), value_combo([k.value for k in GiftKind], "sample", "kind")
        )
        self.contact = QComboBox()
        self.contact.setObjectName("contact")
        self.add_row(self.tr("&Given to:"), self.contact)
        self.date = self.add_row(self.tr("&Date:"), date_edit(name="date"))
        self.cost = self.add_row(
            self.tr("&Cost:"), amount_edit(None, "cost", COST_EXAMPLE), amount_check("cost")
        )
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 999)
        self.quantity.setObjectName("quantity")
        self.add_row(self.tr("&Quantity:"), self.quantity)
        self.personal = QCheckBox(self.tr("Pe&rsonal"))
        self.unexpected = QCheckBox(self.tr("&Unexpected"))
        self.meaningful = QCheckBox(self.tr("&Meaningful"))
        self.add_row(self.tr("Qualities:"), qualities_row(self.personal, self.unexpected, self.meaningful))

    # -- reading the form -----------------------------------------------------------------------------

    def _prospect_id(self) -> str | None:
        return self.prospect.prospect_id()

    def _stock_item_id(self) -> str | None:
        index = self.what.findText(self.what.currentText())
        return self.what.itemData(index) if index >= 0 else None

    def _description(self) -> str:
        item_id = self._stock_item_id()
        return self._stock[item_id].name if item_id else self.what.currentText().strip()

    def _on_accept(self) -> None:
        self.prospect.flush()  # a search still waiting for a pause in typing
        super()._on_accept()

    def _on_what_picked(self, _index: int) -> None:
        item_id = self._stock_item_id()
        if item_id:
            item = self._stock[item_id]
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
            self.cost.setText(amount_text(gifts.stock_cost_cents(item, self.quantity.value())))
        self.revalidate()

    def _load_contacts(self, *_args) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("The organisation"), "")
        pid = self._prospect_id()
        if pid:
            for c in prospects.list_contacts(self.ctx.store, pid):
                self.contact.addItem(f"{c.name} ★" if c.is_decision_maker else c.name, c.id)

    def update_warnings(self) -> None:
        texts = []
        pid = self._prospect_id()
        item_id = self._stock_item_id()
        if item_id and not gifts.has_enough(self._stock[item_id], self.quantity.value()):
            texts.append(self.tr("Only %1 left in stock.").replace("%1", str(self._stock[item_id].quantity)))
        if pid:
            try:
                warnings = gifts.check_gift(
                    self.ctx.store,
                    pid,
                    cost=typed_amount(self.cost.text()),
                    date=self.date.date().toPython(),
                    contact_id=self.contact.currentData() or None,
                )
            except DomainError:
                warnings = []
            texts += [message_text(w) for w in warnings]
        self.set_warnings(texts)

    # -- saving ---------------------------------------------------------------------------------------

    def save(self) -> None:
        """Log the gift as one undoable step; a refusal (e.g. not enough in stock) keeps the dialog open."""
        op = self.ctx.ops.submit(
            self.tr("Log a gift"),
            lambda: gift_ops.log_gift(
                self.ctx.store,
                self._prospect_id(),
                kind=self.kind.currentData(),
                description=self._description(),
                date=self.date.date().toPython(),
                cost=typed_amount(self.cost.text()) if self.cost.text().strip() else None,
                quantity=self.quantity.value(),
                stock_item_id=self._stock_item_id(),
                contact_id=self.contact.currentData() or None,
                visit_id=self.visit_id,
                personal=self.personal.isChecked(),
                unexpected=self.unexpected.isChecked(),
                meaningful=self.meaningful.isChecked(),
            ),
        )
        self.gift_id = op.value.gift.id
        self.result_warnings = [message_text(w) for w in op.warnings]
