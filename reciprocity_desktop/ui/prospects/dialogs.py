"""The Prospects page's dialogs: add or edit a prospect or a contact person, record an outcome.

Each saves through ``ctx.ops.submit``, so every save is one step on the undo stack; a refusal of
the services shows in the dialog, which stays open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from reciprocity_desktop.services import geo, prospects, settings, validate
from reciprocity_desktop.services.ops import prospects as prospect_ops
from reciprocity_desktop.services.validate import SINGLE_LINE_MAX
from reciprocity_desktop.store.models import OutcomeKind, Stage
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import message_text
from reciprocity_desktop.ui.widgets.amounts import amount_check, amount_edit, typed_amount
from reciprocity_desktop.ui.widgets.forms import (
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
        self._build_name_and_address(p)
        self._build_coordinates(p)
        self._build_reach(p)
        self._build_classification(p)
        self.revalidate()
        self.name.setFocus()

    def _build_name_and_address(self, p) -> None:
        self.name = self.add_row(
            self.tr("&Name:"),
            line_edit(p.name if p else "", "name", self.tr("Company, practice or shop"), SINGLE_LINE_MAX),
            lambda w: validate.text(w.text(), "name", required=True),
        )
        self.street = self.add_row(
            self.tr("&Street:"), line_edit(p.street if p else "", "street", max_length=SINGLE_LINE_MAX)
        )
        postal_city = QWidget()
        row = QHBoxLayout(postal_city)
        row.setContentsMargins(0, 0, 0, 0)
        self.postal_code = line_edit(p.postal_code if p else "", "postal_code", self.tr("Postal code"), 20)
        self.postal_code.setMaximumWidth(120)
        self.city = line_edit(p.city if p else "", "city", self.tr("City"), 100)
        row.addWidget(self.postal_code)
        row.addWidget(self.city, 1)
        self.add_row(self.tr("&Postal code, city:"), postal_city)
        self.postal_code.textChanged.connect(self.update_warnings)  # the postal code's place and warning
        country = p.country if p else settings.default_country(self.ctx.store)
        self.country = self.add_row(self.tr("&Country:"), country_combo(country))
        self.country.currentIndexChanged.connect(self.update_warnings)

    def _build_coordinates(self, p) -> None:
        """Latitude and longitude, optional: empty ones come from the postal code (shown greyed)."""
        entered = p is not None and geo.is_entered(p)
        box = QWidget()
        box.setObjectName("coordinates")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.latitude = line_edit(f"{p.latitude}" if entered else "", "latitude")
        self.longitude = line_edit(f"{p.longitude}" if entered else "", "longitude")
        row.addWidget(self.latitude)
        row.addWidget(self.longitude)
        column.addLayout(row)
        self.coordinates_hint = QLabel(self.tr("Filled from the postal code when empty"))
        self.coordinates_hint.setObjectName("coordinates_hint")
        self.coordinates_hint.setEnabled(False)  # greyed, like the placeholders
        column.addWidget(self.coordinates_hint)
        self.add_row(
            self.tr("Coor&dinates (lat, lon):"),
            box,
            lambda _w: geo.check_coordinates(self.latitude.text(), self.longitude.text()),
        )

    def update_warnings(self) -> None:
        """The postal code's coordinates as the placeholders; a warning when the code is not known."""
        country, postal_code = self.country.currentData(), self.postal_code.text()
        place = geo.lookup(country, postal_code)
        self.latitude.setPlaceholderText(f"{place[0]}" if place else self.tr("Latitude"))
        self.longitude.setPlaceholderText(f"{place[1]}" if place else self.tr("Longitude"))
        self.set_warnings([message_text(w) for w in geo.check_postal_code(country, postal_code)])

    def _build_reach(self, p) -> None:
        self.phone = self.add_row(self.tr("P&hone:"), line_edit(p.phone if p else "", "phone", max_length=50))
        self.email = self.add_row(
            self.tr("&E-mail:"), line_edit(p.email if p else "", "email"), lambda w: validate.email(w.text())
        )
        self.website = self.add_row(
            self.tr("&Website:"), line_edit(p.website if p else "", "website", max_length=SINGLE_LINE_MAX)
        )

    def _build_classification(self, p) -> None:
        self.industry = self.add_row(
            self.tr("&Industry:"), line_edit(p.industry if p else "", "industry", max_length=100)
        )
        self.stage = self.add_row(
            self.tr("S&tage:"), value_combo([s.value for s in Stage], p.stage if p else "prospect", "stage")
        )
        self.tags = self.add_row(
            self.tr("T&ags:"),
            line_edit(p.tags if p else "", "tags", self.tr("Comma-separated, e.g. key account, Bavaria")),
        )
        self.notes = self.add_row(self.tr("N&otes:"), text_edit(p.notes if p else "", "notes"))

    def values(self) -> dict[str, Any]:
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
            "latitude": self.latitude.text(),
            "longitude": self.longitude.text(),
        }

    def save(self) -> None:
        values = self.values()
        store = self.ctx.store
        if self.prospect_id is None:
            op = self.ctx.ops.submit(
                self.tr("Add prospect %1").replace("%1", values["name"]),
                lambda: prospect_ops.add_prospect(store, **values),
            )
            self.saved_id = op.value.id
        else:
            pid = self.prospect_id
            self.ctx.ops.submit(
                self.tr("Edit prospect %1").replace("%1", values["name"]),
                lambda: prospect_ops.edit_prospect(store, pid, **values),
            )
            self.saved_id = pid


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
            line_edit(c.name if c else "", "contact_name", max_length=SINGLE_LINE_MAX),
            lambda w: validate.text(w.text(), "contact name", required=True),
        )
        self.role = self.add_row(
            self.tr("&Role:"), line_edit(c.role if c else "", "role", self.tr("e.g. Owner, Purchasing"), 100)
        )
        self.phone = self.add_row(
            self.tr("P&hone:"), line_edit(c.phone if c else "", "contact_phone", max_length=50)
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

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "role": self.role.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "is_decision_maker": self.decision_maker.isChecked(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        store = self.ctx.store
        if self.contact_id is None:
            pid = self.prospect_id
            self.ctx.ops.submit(
                self.tr("Add contact %1").replace("%1", values["name"]),
                lambda: prospect_ops.add_contact(store, pid, **values),
            )
        else:
            cid = self.contact_id
            self.ctx.ops.submit(
                self.tr("Edit contact %1").replace("%1", values["name"]),
                lambda: prospect_ops.edit_contact(store, cid, **values),
            )


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
            self.tr("Order &value:"), amount_edit(None, "value", 125_000), amount_check("value")
        )
        self.note = self.add_row(self.tr("&Note:"), text_edit("", "note"))
        self.revalidate()

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "date": self.date.date().toPython(),
            "value": typed_amount(self.value.text()),
            "note": self.note.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        store, pid = self.ctx.store, self.prospect_id
        self.ctx.ops.submit(
            self.tr("Record an outcome"), lambda: prospect_ops.add_outcome(store, pid, **values)
        )
