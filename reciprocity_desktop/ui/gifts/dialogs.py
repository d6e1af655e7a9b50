"""The dialogs of the Gifts page: a gift's reaction, editing a gift, a stock item, restocking.

Each is a :class:`SubmitForm`: it hands its values to the page's ``submit``, which saves them as
an undoable operation (a refusal of the services keeps the dialog open with the message in it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from reciprocity_desktop.services import gifts, validate
from reciprocity_desktop.services.validate import FREE_TEXT_LIMITS, SINGLE_LINE_MAX
from reciprocity_desktop.store.models import Gift, GiftKind, Reaction, StockItem
from reciprocity_desktop.ui.gifts.models import count_text
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.widgets.amounts import amount_check, amount_edit, typed_amount
from reciprocity_desktop.ui.widgets.forms import (
    Submit,
    SubmitForm,
    date_edit,
    line_edit,
    to_date,
    to_qdate,
    value_combo,
)

#: The examples of a gift's cost and a stock item's unit cost, in cents.
COST_EXAMPLE, UNIT_COST_EXAMPLE = 1250, 850
#: The longest note of a restock (the services' limit of a movement's note).
RESTOCK_NOTE_MAX = FREE_TEXT_LIMITS[("stock_movements", "note")]


def summary_label(text: str, *, wrap: bool = False) -> QLabel:
    """The record a dialog is about, in bold at the top of its form."""
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    label.setWordWrap(wrap)
    return label


def qualities_row(*boxes: QCheckBox) -> QWidget:
    """The check boxes of a gift's qualities (personal, unexpected, meaningful) side by side."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for box in boxes:
        layout.addWidget(box)
    layout.addStretch(1)
    return row


def count_spin(name: str, value: int, minimum: int = 0) -> QSpinBox:
    """A spin box for a number of items."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(minimum, 1_000_000)
    spin.setValue(value)
    return spin


class ReactionDialog(SubmitForm):
    """How the gift was received: liked / neutral / not liked / declined, and a note."""

    def __init__(self, gift: Gift, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Gift reaction"), parent, submit)
        self.form.addRow(
            summary_label(f"{gift.prospect.name} — {gift.description} ({fmt_date(gift.date)})", wrap=True)
        )
        self.reaction_combo = self.add_row(
            self.tr("Re&action:"),
            value_combo(
                [r.value for r in Reaction], gift.reaction, "reaction", empty=self.tr("Not known yet")
            ),
        )
        self.note_edit = self.add_row(
            self.tr("&Note:"),
            line_edit(gift.reaction_note, "reaction_note", self.tr("What they thought of it"), 2000),
        )
        self.revalidate()
        self.reaction_combo.setFocus()

    def values(self) -> dict[str, Any]:
        return {"reaction": self.reaction_combo.currentData() or None, "note": self.note_edit.text()}


class EditGiftDialog(SubmitForm):
    """Edit a gift's description, kind, date, cost and qualities."""

    def __init__(self, gift: Gift, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Edit gift"), parent, submit)
        self.form.addRow(
            summary_label(
                self.tr("Given to {prospect}").format(
                    prospect=gift.prospect.name + (f" ({gift.contact.name})" if gift.contact else "")
                )
            )
        )
        self.description_edit = self.add_row(
            self.tr("&Description:"),
            line_edit(gift.description, "description", max_length=500),
            lambda w: validate.text(w.text(), "description", required=True, max_length=500),
        )
        self.kind_combo = self.add_row(
            self.tr("&Kind:"), value_combo([k.value for k in GiftKind], gift.kind, "kind")
        )
        self.date_edit = self.add_row(self.tr("D&ate:"), date_edit(to_qdate(gift.date), "date"))
        self.cost_edit = self.add_row(
            self.tr("&Cost:"), amount_edit(gift.cost_cents, "cost", COST_EXAMPLE), amount_check("cost")
        )
        self.personal_box = QCheckBox(self.tr("&Personal"))
        self.unexpected_box = QCheckBox(self.tr("&Unexpected"))
        self.meaningful_box = QCheckBox(self.tr("&Meaningful"))
        self.personal_box.setChecked(gift.personal)
        self.unexpected_box.setChecked(gift.unexpected)
        self.meaningful_box.setChecked(gift.meaningful)
        self.add_row(
            self.tr("Qualities:"), qualities_row(self.personal_box, self.unexpected_box, self.meaningful_box)
        )
        self.revalidate()
        self.description_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description_edit.text(),
            "kind": self.kind_combo.currentData(),
            "date": to_date(self.date_edit.date()),
            "cost": typed_amount(self.cost_edit.text()),
            "personal": self.personal_box.isChecked(),
            "unexpected": self.unexpected_box.isChecked(),
            "meaningful": self.meaningful_box.isChecked(),
        }


class StockItemDialog(SubmitForm):
    """Add a stock item (``item`` None) or edit one."""

    def __init__(
        self,
        item: StockItem | None = None,
        parent: QWidget | None = None,
        submit: Submit | None = None,
        *,
        low_stock_default: int = gifts.DEFAULT_LOW_STOCK_LEVEL,
    ) -> None:
        """``low_stock_default``: the low-stock level a new item starts with (the setting)."""
        super().__init__(
            self.tr("New stock item") if item is None else self.tr("Edit stock item"), parent, submit
        )
        self.name_edit = self.add_row(
            self.tr("&Name:"),
            line_edit(item.name if item else "", "name", self.tr("e.g. Coffee sample box"), SINGLE_LINE_MAX),
            lambda w: validate.text(w.text(), "name", required=True),
        )
        self.kind_combo = self.add_row(
            self.tr("&Kind:"),
            value_combo([k.value for k in GiftKind], item.kind if item else GiftKind.SAMPLE.value, "kind"),
        )
        self.cost_edit = self.add_row(
            self.tr("&Unit cost:"),
            amount_edit(item.unit_cost_cents if item else None, "unit_cost", UNIT_COST_EXAMPLE),
            amount_check("unit cost"),
        )
        # an over-draw met in a sync is below zero: the box shows it as it is (it goes no lower), and saving
        # it unchanged counts nothing
        self._shown_quantity = item.quantity if item else None
        on_hand = item.quantity if item else 0
        self.quantity_spin = count_spin("quantity", on_hand, minimum=min(on_hand, 0))
        self.add_row(self.tr("&On hand:"), self.quantity_spin)
        self.low_spin = count_spin("low_stock_level", item.low_stock_level if item else low_stock_default)
        self.low_spin.setToolTip(self.tr("The item shows as running low at or below this quantity"))
        self.add_row(self.tr("&Low-stock level:"), self.low_spin)
        self.notes_edit = self.add_row(
            self.tr("No&tes:"), line_edit(item.notes if item else "", "notes", max_length=5000)
        )
        self.revalidate()
        self.name_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "unit_cost": typed_amount(self.cost_edit.text()),
            "quantity": None
            if self.quantity_spin.value() == self._shown_quantity
            else self.quantity_spin.value(),
            "low_stock_level": self.low_spin.value(),
            "notes": self.notes_edit.text(),
        }


class RestockDialog(SubmitForm):
    """Add N to a stock item, with a note (where they came from, say) on its restock movement."""

    def __init__(self, item: StockItem, parent: QWidget | None = None, submit: Submit | None = None) -> None:
        super().__init__(self.tr("Restock"), parent, submit)
        self.setMinimumWidth(380)
        self.item = item
        self.form.addRow(summary_label(item.name))
        self.added_spin = count_spin("added", gifts.suggested_restock(item), minimum=1)
        self.added_spin.setPrefix("+ ")
        self.add_row(self.tr("&Add:"), self.added_spin)
        self.after_label = QLabel()
        self.form.addRow(self.tr("On hand after:"), self.after_label)
        self.added_spin.valueChanged.connect(self._update_after)
        self._update_after()
        self.note_edit = self.add_row(
            self.tr("&Note:"),
            line_edit("", "note", self.tr("e.g. Delivered by the head office"), RESTOCK_NOTE_MAX),
            lambda w: validate.text(w.text(), "note", max_length=RESTOCK_NOTE_MAX),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restock"))
        self.revalidate()
        self.added_spin.setFocus()
        self.added_spin.selectAll()

    def _update_after(self, *_args: object) -> None:
        self.after_label.setText(
            self.tr("{before} + {added} = {after}").format(
                before=count_text(self.item.quantity),  # an over-draw met in a sync is below zero
                added=self.added_spin.value(),
                after=count_text(self.item.quantity + self.added_spin.value()),
            )
        )

    def values(self) -> dict[str, Any]:
        return {"added": self.added_spin.value(), "note": self.note_edit.text()}
