"""Parts of the debrief's stop form: the gift handed over, the reaction to the earlier gift, the order.

Each part holds its widgets, adds its rows to the form, shows a stop and gives what was typed; the
rules (what may be typed, what is missing) are ``services.debrief_draft`` / ``debrief_check``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from reciprocity_desktop.services.debrief_check import Check
from reciprocity_desktop.services.debrief_draft import OTHER_GIFT, PLANNED_GIFT, Stop
from reciprocity_desktop.store.models import GiftKind, Reaction, StockItem
from reciprocity_desktop.ui.labels import fmt_date, fmt_money, message_text, translate, value_label
from reciprocity_desktop.ui.widgets.amounts import amount_separators
from reciprocity_desktop.ui.widgets.style import MUTED_FG

ERROR_STYLE = "color: #b02a37;"
MUTED_STYLE = f"color: {MUTED_FG.name()};"



def message_label(name: str, style: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def set_text(edit: QLineEdit, text: str) -> None:
    """Set a line edit's text without moving the cursor when it already holds that text."""
    if edit.text() != text:
        edit.setText(text)


def _row(*widgets: QWidget, stretch: int = 0) -> QHBoxLayout:
    row = QHBoxLayout()
    for number, widget in enumerate(widgets):
        row.addWidget(widget, 1 if number == stretch else 0)
    return row


class GiftPart:
    """Gift handed over: the planned gift, another from stock, or one described with its kind."""

    def __init__(self) -> None:
        self.check = QCheckBox(translate("DebriefView", "Gift han&ded over"))
        self.check.setObjectName("gift_check")
        self.pick = QComboBox()
        self.pick.setObjectName("gift_pick")
        self.pick.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick.setMinimumContentsLength(12)
        self.description = QLineEdit()
        self.description.setObjectName("gift_description")
        self.description.setPlaceholderText(translate("DebriefView", "Which gift (e.g. a bottle of wine)"))
        self.kind = QComboBox()
        self.kind.setObjectName("gift_kind")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(10)
        for kind in GiftKind:
            self.kind.addItem(value_label(kind.value), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(GiftKind.OTHER.value))
        self.error = message_label("gift_error", ERROR_STYLE)
        self._stock: list[StockItem] = []

    def add_rows(self, form: QFormLayout) -> None:
        self._form = form
        form.addRow("", _row(self.check, self.pick, stretch=1))
        self._other = QWidget()
        other = _row(self.description, self.kind)
        other.setContentsMargins(0, 0, 0, 0)
        self._other.setLayout(other)
        form.addRow("", self._other)
        form.addRow("", self.error)

    def set_stock(self, items: list[StockItem]) -> None:
        self._stock = items

    def show(self, stop: Stop) -> None:
        """Show the stop: the gifts it can be picked from (or the gift recorded) and what was typed."""
        self.pick.clear()
        if stop.debriefed:
            given = ", ".join(g.description for g in stop.results.gifts)
            self.pick.addItem(given or translate("DebriefView", "(no gift recorded)"), PLANNED_GIFT)
        else:
            self._fill(stop)
            self.pick.setCurrentIndex(max(self.pick.findData(stop.draft.gift_pick), 0))
            set_text(self.description, stop.draft.gift_description)
            self.kind.setCurrentIndex(
                max(self.kind.findData(stop.draft.gift_kind or GiftKind.OTHER.value), 0)
            )
        self.update(stop)

    def update(self, stop: Stop) -> None:
        """After an edit: the check as the draft has it, and the described gift's row when chosen."""
        self.check.setChecked(bool(stop.results.gifts) if stop.debriefed else stop.draft.gift)
        possible = stop.gift_possible
        self.check.setEnabled(possible)
        self.pick.setEnabled(possible)
        self._form.setRowVisible(self._other, possible and stop.draft.gift_pick == OTHER_GIFT)
        self.pick.setToolTip(self.pick.currentText())

    def _fill(self, stop: Stop) -> None:
        planned = stop.planned_gift
        if planned:
            self.pick.addItem(planned, PLANNED_GIFT)
            self.pick.setItemData(0, translate("DebriefView", "The gift planned for this visit"), Qt.ItemDataRole.ToolTipRole)
        else:
            self.pick.addItem(translate("DebriefView", "(no gift planned: choose the one handed over)"), PLANNED_GIFT)
        model = self.pick.model()
        for item in self._stock:
            if item.id == stop.visit.gift_stock_item_id:
                continue  # that is the planned gift
            label = translate("DebriefView", "%1 (%2 in stock)").replace("%1", item.name).replace("%2", str(item.quantity))
            self.pick.addItem(label, item.id)
            if item.quantity <= 0 and isinstance(model, QStandardItemModel):
                model.item(self.pick.count() - 1).setEnabled(False)
        self.pick.addItem(translate("DebriefView", "Another gift (describe it)…"), OTHER_GIFT)

    def show_check(self, check: Check) -> None:
        self.error.setText(message_text(check.gift_error.message) if check.gift_error else "")
        self._form.setRowVisible(self.error, check.gift_error is not None)

    def typed(self) -> tuple[str, str, str]:
        """(pick, description, kind) as chosen."""
        return self.pick.currentData() or PLANNED_GIFT, self.description.text(), self.kind.currentData() or ""


class ReactionPart:
    """How the earlier gift was received: which gift it is (date, item), the reaction and a note."""

    def __init__(self) -> None:
        self.earlier = message_label("earlier_gift")
        self.reaction = QComboBox()
        self.reaction.setObjectName("reaction")
        self.reaction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reaction.addItem(translate("DebriefView", "(not asked)"), "")
        for reaction in Reaction:
            self.reaction.addItem(value_label(reaction.value), reaction.value)
        self.note = QLineEdit()
        self.note.setObjectName("reaction_note")
        self.note.setPlaceholderText(translate("DebriefView", "What they said about it"))
        self.label = buddy(translate("DebriefView", "Reaction:"), self.reaction)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(translate("DebriefView", "Earlier gift:"), self.earlier)
        form.addRow(self.label, _row(self.reaction, self.note, stretch=1))

    def show(self, stop: Stop) -> None:
        gift = stop.earlier_gift
        if gift is None:
            self.earlier.setText(translate("DebriefView", "None before this visit: no reaction to ask about."))
        else:
            text = f"{fmt_date(gift.date)} · {gift.description}"
            if gift.reaction:
                text += " " + translate("DebriefView", "(so far: %1)").replace("%1", value_label(gift.reaction))
            self.earlier.setText(text)
        self.earlier.setStyleSheet(MUTED_STYLE if gift is None else "")
        draft = stop.draft
        shown = draft.reaction if stop.editable else ""
        self.reaction.setCurrentIndex(max(self.reaction.findData(shown), 0))
        set_text(self.note, draft.reaction_note if stop.editable else "")
        self.enable(stop)

    def enable(self, stop: Stop) -> None:
        self.reaction.setEnabled(stop.reaction_possible)
        self.note.setEnabled(stop.reaction_possible and bool(stop.draft.reaction))

    def typed(self) -> tuple[str, str]:
        return self.reaction.currentData() or "", self.note.text()


class OrderPart:
    """An order's value: typed in the user's way, or said to be not known; a first order's stage offer."""

    def __init__(self) -> None:
        self.value = QLineEdit()
        self.value.setObjectName("order_value")
        separators = amount_separators()
        self.value.setPlaceholderText(translate("DebriefView", "e.g. %1").replace("%1", separators.example))
        self.unknown = QCheckBox(translate("DebriefView", "Value not &known"))
        self.unknown.setObjectName("value_unknown")
        self.message = message_label("value_error")
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.customer = QCheckBox(translate("DebriefView", "First order: make them a customer"))
        self.customer.setObjectName("make_customer")
        self.label = buddy(translate("DebriefView", "Order va&lue:"), self.value)

    def add_rows(self, form: QFormLayout) -> None:
        self._form = form
        form.addRow(self.label, _row(self.value, self.unknown))
        form.addRow("", self.message)
        form.addRow("", self.customer)

    def show(self, stop: Stop) -> None:
        draft = stop.draft
        if stop.debriefed:
            orders = [o for o in stop.results.outcomes if o.kind == "order"]
            cents = sum(o.value_cents or 0 for o in stop.results.outcomes)  # None: not known
            self.value.setText(fmt_money(cents) if cents else "")
            self.unknown.setChecked(bool(orders) and not cents)
        else:
            set_text(self.value, draft.outcome_value)
            self.unknown.setChecked(draft.value_unknown)
        self.customer.setToolTip(
            translate("DebriefView", "Their first order: move %1 from the stage %2 to Customer (undo takes it back).")
            .replace("%1", stop.visit.prospect.name)
            .replace("%2", value_label(stop.visit.prospect.stage))
        )
        self.customer.setChecked(draft.make_customer)
        self.enable(stop)

    def enable(self, stop: Stop) -> None:
        """The value for an order of a visit to debrief, unless not known; the offer for a first order."""
        is_order = stop.editable and stop.draft.outcome_kind == "order"
        self.unknown.setEnabled(is_order)
        self.value.setEnabled(is_order and not stop.draft.value_unknown)
        if not is_order and stop.editable:
            self.value.clear()
            self.unknown.setChecked(False)
        if stop.draft.value_unknown and self.value.text():
            self.value.clear()
        self._form.setRowVisible(self.customer, stop.offers_customer)

    def show_check(self, check: Check, insist: bool = False) -> None:
        """The value's error; an order without a value asks (in red once saving was tried)."""
        if check.value_error is not None:
            self.message.setText(message_text(check.value_error.message))
            self.message.setStyleSheet(ERROR_STYLE)
        elif check.value_missing:
            self.message.setText(translate("DebriefView", 'Type the order\'s value, or tick "Value not known".'))
            self.message.setStyleSheet(ERROR_STYLE if insist else MUTED_STYLE)
        else:
            self.message.clear()
        self.message.setVisible(bool(self.message.text()))

    def typed(self) -> tuple[str, bool, bool]:
        """(value, not known, make a customer) as typed."""
        return self.value.text(), self.unknown.isChecked(), self.customer.isChecked()
