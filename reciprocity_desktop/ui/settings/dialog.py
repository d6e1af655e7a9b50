"""The Settings dialog: the store's settings in groups, checked as you type, saved as one undoable step.

Seller (name, the country of new prospects), Home base (where the routes start and end), Route (day
start, minutes per visit, travel speed), Follow-ups (feedback delay, cool-down) and Gifts (currency,
the low-stock level of new items, the yearly gift limit per country as a small table). Every check
is the service's own (:func:`reciprocity_desktop.services.settings.parse`); OK saves every changed
value through ``ctx.ops`` (:func:`reciprocity_desktop.services.ops.settings.change_settings`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.i18n import LANGUAGES, SYSTEM
from reciprocity_desktop.services import settings
from reciprocity_desktop.services.ops import settings as settings_ops
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.settings.limits import GiftLimitTable, compact
from reciprocity_desktop.ui.widgets.forms import ValidatedForm, country_combo, line_edit


def _parsed(key: str):
    """The check of a field: the service's parser of ``key`` (raises its ValidationError)."""
    return lambda widget: settings.parse(key, widget.text())


class SettingsDialog(ValidatedForm):
    """Edit → Settings…"""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.ctx = ctx
        self.setMinimumWidth(760)
        self.before = settings.all_settings(ctx.store)
        columns = QHBoxLayout()
        self._left, self._right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(self._left, 1)
        columns.addLayout(self._right, 1)
        self.layout().insertLayout(0, columns)
        self._build_seller()
        self._build_home()
        self._build_route()
        self._build_followups()
        self._build_gifts()
        self._left.addStretch(1)
        self._right.addStretch(1)
        self.revalidate()
        self.seller_name.setFocus()

    # -- layout ---------------------------------------------------------------------------------------

    def _group(self, column: QVBoxLayout, title: str, name: str) -> None:
        """A titled group in ``column``; the rows added next (:meth:`add_row`) go into it."""
        box = QGroupBox(title)
        box.setObjectName(name)
        self._box = QVBoxLayout(box)
        column.addWidget(box)
        self._form_in_group()

    def _form_in_group(self) -> None:
        """The rows added next go into a new form under the current group's rows (its own label column)."""
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._box.addLayout(self.form)

    def _country_row(self, label: str, key: str) -> QComboBox:
        return self.add_row(label, compact(country_combo(str(self.before[key]), key)))

    def _text_row(self, label: str, key: str, placeholder: str = "") -> QLineEdit:
        return self.add_row(label, line_edit(str(self.before[key]), key, placeholder), _parsed(key))

    def _spin_row(self, label: str, key: str, suffix: str, tip: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(key)
        spin.setRange(*settings.bounds(key))
        spin.setValue(int(self.before[key]))
        spin.setSuffix(suffix)
        spin.setToolTip(tip)
        self.add_row(label, spin)
        return spin

    def _build_seller(self) -> None:
        self._group(self._left, self.tr("Seller"), "seller")
        self.seller_name = self._text_row(
            self.tr("&Name:"), "seller_name", self.tr("Printed on the visit sheets")
        )
        self.default_country = self._country_row(
            self.tr("&Default country of new prospects:"), "default_country"
        )
        self.default_country.setToolTip(self.tr("A prospect added without a country gets this one"))
        self._build_language()

    def _build_language(self) -> None:
        """The language of the window, the paper and the command line; it applies after a restart."""
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("The computer's language"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language by its own name
        self.language.setCurrentIndex(max(self.language.findData(self.before["language"]), 0))
        self.language.setToolTip(self.tr("The window, the printed day and the command line speak it"))
        # As wide as its longest choice ("Sprache des Computers"): a handful of names, unlike the countries.
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_row(self.tr("Lan&guage:"), self.language)
        note = QLabel(self.tr("A new language applies after a restart."))
        note.setObjectName("language_note")
        note.setEnabled(False)  # drawn as a quiet note
        note.setWordWrap(True)
        self.form.addRow("", note)

    def _build_home(self) -> None:
        self._group(self._left, self.tr("Home base"), "home")
        self.home_street = self._text_row(self.tr("S&treet:"), "home_street")
        postal_city = QWidget()
        postal_city.setObjectName("home_postal_city")
        row = QHBoxLayout(postal_city)
        row.setContentsMargins(0, 0, 0, 0)
        self.home_postal_code = line_edit(
            str(self.before["home_postal_code"]), "home_postal_code", self.tr("Postal code")
        )
        self.home_postal_code.setMaximumWidth(110)
        self.home_city = line_edit(str(self.before["home_city"]), "home_city", self.tr("City"))
        row.addWidget(self.home_postal_code)
        row.addWidget(self.home_city, 1)
        self.add_row(
            self.tr("&Postal code, city:"),
            postal_city,
            lambda _w: (
                settings.parse("home_postal_code", self.home_postal_code.text()),
                settings.parse("home_city", self.home_city.text()),
            ),
        )
        self.home_country = self._country_row(self.tr("C&ountry:"), "home_country")

    def _build_route(self) -> None:
        self._group(self._left, self.tr("Route"), "route")
        self.day_start = self._text_row(self.tr("Day &starts at:"), "day_start", self.tr("HH:MM, e.g. 08:30"))
        self.day_start.setMaximumWidth(120)
        self.visit_minutes = self._spin_row(
            self.tr("&Minutes per visit:"),
            "visit_minutes",
            self.tr(" min"),
            self.tr("How long a stop takes unless the visit says otherwise"),
        )
        self.travel_speed_kmh = self._spin_row(
            self.tr("Tra&vel speed:"),
            "travel_speed_kmh",
            self.tr(" km/h"),
            self.tr("The average speed between stops, for the planned times"),
        )

    def _build_followups(self) -> None:
        self._group(self._right, self.tr("Follow-ups"), "followups")
        self.feedback_delay_days = self._spin_row(
            self.tr("Ask about a gift a&fter:"),
            "feedback_delay_days",
            self.tr(" days"),
            self.tr("When the follow-up asking how a gift was received is due"),
        )
        self.ask_cooldown_days = self._spin_row(
            self.tr("No asking for business &within:"),
            "ask_cooldown_days",
            self.tr(" days"),
            self.tr("An order follow-up this soon after a gift gets a warning"),
        )

    def _build_gifts(self) -> None:
        self._group(self._right, self.tr("Gifts"), "gifts")
        self.currency = self._text_row(self.tr("C&urrency:"), "currency", self.tr("e.g. EUR"))
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.low_stock_default = self._spin_row(
            self.tr("New stoc&k items run low at:"),
            "low_stock_default",
            "",
            self.tr("The low-stock level a new stock item gets unless one is given"),
        )
        self.limits = GiftLimitTable(settings.gift_limits(self.ctx.store), self)
        self.limits.added.connect(self.revalidate)  # an empty new row: its error once it is edited
        holder = QWidget()
        holder.setObjectName("limits")
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.limits.table)
        buttons = QHBoxLayout()
        self.add_limit_button = QPushButton(self.tr("&Add country"))
        self.add_limit_button.setObjectName("add_limit")
        self.add_limit_button.clicked.connect(self.limits.add_row)
        self.remove_limit_button = QPushButton(self.tr("&Remove"))
        self.remove_limit_button.setObjectName("remove_limit")
        self.remove_limit_button.clicked.connect(self.limits.remove_current)
        buttons.addWidget(self.add_limit_button)
        buttons.addWidget(self.remove_limit_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        caption = QLabel(self.tr("Yearly gift &limit per recipient:"))
        caption.setBuddy(self.limits.table)
        self.form.addRow(caption)
        self._form_in_group()  # the table takes the group's whole width
        self.add_row("", holder, lambda _w: self.limit_values(), changed=self.limits.changed)

    # -- values ---------------------------------------------------------------------------------------

    def limit_values(self) -> dict[str, Any]:
        """The gift limits as ``gift_limit.XX`` values (a country taken off the table: None)."""
        return settings.gift_limit_changes(settings.gift_limits(self.ctx.store), self.limits.rows())

    def values(self) -> dict[str, Any]:
        return {
            "seller_name": self.seller_name.text(),
            "default_country": self.default_country.currentData(),
            "home_street": self.home_street.text(),
            "home_postal_code": self.home_postal_code.text(),
            "home_city": self.home_city.text(),
            "home_country": self.home_country.currentData(),
            "day_start": self.day_start.text(),
            "visit_minutes": self.visit_minutes.value(),
            "travel_speed_kmh": self.travel_speed_kmh.value(),
            "feedback_delay_days": self.feedback_delay_days.value(),
            "ask_cooldown_days": self.ask_cooldown_days.value(),
            "currency": self.currency.text(),
            "low_stock_default": self.low_stock_default.value(),
            "language": self.language.currentData(),
            **self.limit_values(),
        }

    def save(self) -> None:
        store, values = self.ctx.store, self.values()
        op = self.ctx.ops.submit(
            self.tr("Change settings"), lambda: settings_ops.change_settings(store, values)
        )
        if op.changes and "language" in op.value.after:
            self.ctx.status(self.tr("Settings saved. The new language applies after a restart."))
        elif op.changes:
            self.ctx.status(self.tr("Settings saved."))
