"""Dialogs to add and edit prospects and contacts, log a gift and record an outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from reciprocity_desktop.services import followups, gifts, prospects, validate
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store.models import GiftKind, OutcomeKind, Stage
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import message_text
from reciprocity_desktop.ui.widgets.forms import (
    ProspectPicker,
    ValidatedForm,
    country_combo,
    date_edit,
    line_edit,
    text_edit,
    value_combo,
)


class ProspectDialog(ValidatedForm):
    """Add a prospect (``prospect_id`` None) or edit one."""

    def __init__(self, ctx: UiContext, prospect_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New prospect") if prospect_id is None else self.tr("Edit prospect"), parent)
        self.ctx = ctx
        self.prospect_id = prospect_id
        self.saved_id: str | None = None
        p = prospects.get_prospect(ctx.store, prospect_id) if prospect_id else None
        self.name = self.add_row(
            self.tr("&Name:"),
            line_edit(p.name if p else "", "name", self.tr("Company, practice or shop")),
            lambda w: validate.text(w.text(), "name", required=True),
        )
        self.street = self.add_row(
            self.tr("&Street:"),
            line_edit(p.street if p else "", "street"),
            lambda w: validate.text(w.text(), "street"),
        )
        postal_city = QWidget()
        row = QHBoxLayout(postal_city)
        row.setContentsMargins(0, 0, 0, 0)
        self.postal_code = line_edit(p.postal_code if p else "", "postal_code", self.tr("Postal code"))
        self.postal_code.setMaximumWidth(120)
        self.city = line_edit(p.city if p else "", "city", self.tr("City"))
        row.addWidget(self.postal_code)
        row.addWidget(self.city, 1)
        self.add_row(
            self.tr("&Postal code, city:"),
            postal_city,
            lambda _w: (
                validate.text(self.postal_code.text(), "postal code", max_length=20),
                validate.text(self.city.text(), "city", max_length=100),
            ),
        )
        self.postal_code.textChanged.connect(self.revalidate)
        self.city.textChanged.connect(self.revalidate)
        self.country = self.add_row(self.tr("C&ountry:"), country_combo(p.country if p else "DE"))
        self.phone = self.add_row(
            self.tr("P&hone:"),
            line_edit(p.phone if p else "", "phone"),
            lambda w: validate.text(w.text(), "phone", max_length=50),
        )
        self.email = self.add_row(
            self.tr("&E-mail:"), line_edit(p.email if p else "", "email"), lambda w: validate.email(w.text())
        )
        self.website = self.add_row(
            self.tr("&Website:"),
            line_edit(p.website if p else "", "website"),
            lambda w: validate.text(w.text(), "website"),
        )
        self.industry = self.add_row(
            self.tr("&Industry:"),
            line_edit(p.industry if p else "", "industry"),
            lambda w: validate.text(w.text(), "industry", max_length=100),
        )
        self.stage = self.add_row(
            self.tr("S&tage:"), value_combo([s.value for s in Stage], p.stage if p else "prospect", "stage")
        )
        self.tags = self.add_row(
            self.tr("T&ags:"),
            line_edit(p.tags if p else "", "tags", self.tr("Comma-separated, e.g. key account, Bavaria")),
        )
        self.notes = self.add_row(self.tr("N&otes:"), text_edit(p.notes if p else "", "notes"))
        self.revalidate()
        self.name.setFocus()

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "street": self.street.text(),
            "postal_code": self.postal_code.text(),
            "city": self.city.text(),
            "country": self.country.currentData(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "website": self.website.text(),
            "industry": self.industry.text(),
            "stage": self.stage.currentData(),
            "tags": self.tags.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        store = self.ctx.store
        if self.prospect_id is None:
            created: dict[str, str] = {}

            def do() -> None:
                if "id" in created:
                    prospects.restore_prospect(store, created["id"])
                else:
                    created["id"] = prospects.add_prospect(store, **values).id

            self._push(
                self.tr("Add prospect %1").replace("%1", values["name"]),
                do,
                lambda: prospects.delete_prospect(store, created["id"]),
            )
            self.saved_id = created["id"]
        else:
            before = prospects.get_prospect(store, self.prospect_id)
            old = {key: getattr(before, key) for key in values}
            pid = self.prospect_id
            self._push(
                self.tr("Edit prospect %1").replace("%1", values["name"]),
                lambda: prospects.update_prospect(store, pid, **values),
                lambda: prospects.update_prospect(store, pid, **old),
            )
            self.saved_id = pid

    def _push(self, text, do, undo) -> None:
        from reciprocity_desktop.ui._legacy import ServiceCommand

        self.ctx.execute(ServiceCommand(text, self.ctx.events, ["prospects"], do, undo))


class ContactDialog(ValidatedForm):
    """Add a contact person to a prospect, or edit one."""

    def __init__(
        self, ctx: UiContext, prospect_id: str, contact_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New contact") if contact_id is None else self.tr("Edit contact"), parent)
        self.ctx = ctx
        self.prospect_id = prospect_id
        self.contact_id = contact_id
        c = next((c for c in prospects.list_contacts(ctx.store, prospect_id) if c.id == contact_id), None)
        self.name = self.add_row(
            self.tr("&Name:"),
            line_edit(c.name if c else "", "contact_name"),
            lambda w: validate.text(w.text(), "contact name", required=True),
        )
        self.role = self.add_row(
            self.tr("&Role:"),
            line_edit(c.role if c else "", "role", self.tr("e.g. Owner, Purchasing")),
            lambda w: validate.text(w.text(), "role", max_length=100),
        )
        self.phone = self.add_row(
            self.tr("P&hone:"),
            line_edit(c.phone if c else "", "contact_phone"),
            lambda w: validate.text(w.text(), "phone", max_length=50),
        )
        self.email = self.add_row(
            self.tr("&E-mail:"),
            line_edit(c.email if c else "", "contact_email"),
            lambda w: validate.email(w.text()),
        )
        self.decision_maker = QCheckBox(self.tr("&Decision maker"))
        self.decision_maker.setChecked(bool(c and c.is_decision_maker))
        self.add_row("", self.decision_maker)
        self.notes = self.add_row(self.tr("N&otes:"), text_edit(c.notes if c else "", "contact_notes"))
        self.revalidate()

    def save(self) -> None:
        values = {
            "name": self.name.text(),
            "role": self.role.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "is_decision_maker": self.decision_maker.isChecked(),
            "notes": self.notes.toPlainText(),
        }
        if self.contact_id is None:
            prospects.add_contact(self.ctx.store, self.prospect_id, **values)
        else:
            prospects.update_contact(self.ctx.store, self.contact_id, **values)
        self.ctx.events.emit("contacts", "prospects")


class LogGiftDialog(ValidatedForm):
    """Log a gift in at most three interactions: open (Ctrl+L), pick what, press Enter.

    "What" lists the gift stock first (picking an item fills kind, description and cost,
    and takes it out of stock); typing a free description gives a gift not from stock.
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
        self.result_warnings: list[str] = []
        # Searched as you type: a store may hold 100,000 prospects, too many for one combo box.
        self.prospect = ProspectPicker(ctx)
        if prospect_id:
            p = prospects.get_prospect(ctx.store, prospect_id)
            self.prospect.set_prospect(p.id, p.name)
        self.add_row(
            self.tr("&Prospect:"), self.prospect, lambda w: self._prospect_id() or _raise_missing("prospect")
        )
        self.what = QComboBox()
        self.what.setObjectName("what")
        self.what.setEditable(True)
        self.what.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.what.lineEdit().setPlaceholderText(self.tr("Pick from the gift stock or describe the gift"))
        self._stock = {item.id: item for item in gifts.list_stock(ctx.store)}
        for item in self._stock.values():
            label = self.tr("%1 (%2 in stock)").replace("%1", item.name).replace("%2", str(item.quantity))
            self.what.addItem(label, item.id)
        self.what.setCurrentIndex(-1)
        self.add_row(
            self.tr("&What:"), self.what, lambda w: self._description() or _raise_missing("description")
        )
        self.kind = self.add_row(
            self.tr("&Kind:"), value_combo([k.value for k in GiftKind], "sample", "kind")
        )
        self.contact = QComboBox()
        self.contact.setObjectName("contact")
        self.add_row(self.tr("&Given to:"), self.contact)
        self.date = self.add_row(self.tr("&Date:"), date_edit(name="date"))
        self.cost = self.add_row(
            self.tr("&Cost:"),
            line_edit("", "cost", self.tr("e.g. 12.50")),
            lambda w: validate.amount_cents(w.text(), "cost"),
        )
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 999)
        self.quantity.setObjectName("quantity")
        self.add_row(self.tr("&Quantity:"), self.quantity)
        qualities = QWidget()
        row = QHBoxLayout(qualities)
        row.setContentsMargins(0, 0, 0, 0)
        self.personal = QCheckBox(self.tr("Pe&rsonal"))
        self.unexpected = QCheckBox(self.tr("&Unexpected"))
        self.meaningful = QCheckBox(self.tr("&Meaningful"))
        for box in (self.personal, self.unexpected, self.meaningful):
            row.addWidget(box)
        row.addStretch(1)
        self.add_row(self.tr("Qualities:"), qualities)
        self.what.currentIndexChanged.connect(self._on_what_picked)
        self.what.lineEdit().returnPressed.connect(self._on_accept)  # Enter logs the gift
        self.prospect.changed.connect(self._load_contacts)
        self.prospect.changed.connect(self.revalidate)
        self.quantity.valueChanged.connect(self.revalidate)
        self._load_contacts()
        self.revalidate()
        (self.what if prospect_id else self.prospect).setFocus()

    def _prospect_id(self) -> str | None:
        return self.prospect.prospect_id()

    def _stock_item_id(self) -> str | None:
        index = self.what.findText(self.what.currentText())
        return self.what.itemData(index) if index >= 0 else None

    def _description(self) -> str:
        item_id = self._stock_item_id()
        return self._stock[item_id].name if item_id else self.what.currentText().strip()

    def _on_what_picked(self, _index: int) -> None:
        item_id = self._stock_item_id()
        if item_id:
            item = self._stock[item_id]
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
            self.cost.setText(f"{item.unit_cost_cents * self.quantity.value() / 100:.2f}")
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
        if item_id and self._stock[item_id].quantity < self.quantity.value():
            texts.append(self.tr("Only %1 left in stock.").replace("%1", str(self._stock[item_id].quantity)))
        if pid:
            try:
                warnings = gifts.check_gift(
                    self.ctx.store,
                    pid,
                    cost=self.cost.text(),
                    date=self.date.date().toPython(),
                    contact_id=self.contact.currentData() or None,
                )
            except DomainError:
                warnings = []
            texts += [message_text(w) for w in warnings]
        self.set_warnings(texts)

    def save(self) -> None:
        pid = self._prospect_id()
        item_id = self._stock_item_id()
        result = gifts.log_gift(
            self.ctx.store,
            pid,
            kind=self.kind.currentData(),
            description=self._description(),
            date=self.date.date().toPython(),
            cost=self.cost.text() if self.cost.text().strip() else None,
            quantity=self.quantity.value(),
            stock_item_id=item_id,
            contact_id=self.contact.currentData() or None,
            visit_id=self.visit_id,
            personal=self.personal.isChecked(),
            unexpected=self.unexpected.isChecked(),
            meaningful=self.meaningful.isChecked(),
        )
        self.gift_id = result.gift.id
        self.result_warnings = [message_text(w) for w in result.warnings]
        self.ctx.events.emit("gifts", "followups", "stock")


class OutcomeDialog(ValidatedForm):
    """Record what came back from a prospect."""

    def __init__(self, ctx: UiContext, prospect_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record an outcome"), parent)
        self.ctx = ctx
        self.prospect_id = prospect_id
        self.kind = self.add_row(
            self.tr("&What came back:"), value_combo([k.value for k in OutcomeKind], "conversation", "kind")
        )
        self.date = self.add_row(self.tr("&Date:"), date_edit(name="date"))
        self.value = self.add_row(
            self.tr("Order &value:"),
            line_edit("", "value", self.tr("e.g. 1,250.00")),
            lambda w: validate.amount_cents(w.text(), "value"),
        )
        self.note = self.add_row(self.tr("&Note:"), text_edit("", "note"))
        self.revalidate()

    def save(self) -> None:
        followups.add_outcome(
            self.ctx.store,
            self.prospect_id,
            kind=self.kind.currentData(),
            date=self.date.date().toPython(),
            value=self.value.text(),
            note=self.note.toPlainText(),
        )
        self.ctx.events.emit("outcomes")


def _raise_missing(field: str):
    raise validate.ValidationError("{field} must not be empty.", field=field)
