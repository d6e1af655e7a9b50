"""The Settings dialog's small table of gift limits: a country and its yearly limit per recipient per row."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableWidget, QWidget

from reciprocity_desktop.ui.widgets.amounts import amount_edit, amount_text, typed_amount
from reciprocity_desktop.ui.widgets.forms import country_combo

#: The example under an empty limit, in cents.
LIMIT_EXAMPLE = 5000


def compact(combo: QComboBox, letters: int = 14) -> QComboBox:
    """A country combo as wide as ``letters`` characters, not as its longest country name."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


class GiftLimitTable(QObject):
    """The rows of gift limits (``table``); ``changed`` when the user changes a country or an amount or
    takes a row off, ``added`` when a new (empty) row comes."""

    changed = Signal()
    added = Signal()

    def __init__(self, limits: Mapping[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, parent)
        self.table.setObjectName("gift_limits")
        self.table.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Limit")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(130)
        for country, cents in limits.items():
            self._append(country, amount_text(cents))

    def _append(self, country: str, amount: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = compact(country_combo(country, f"limit_country_{row}"))
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        edit = amount_edit(None, f"limit_amount_{row}", LIMIT_EXAMPLE)
        edit.setClearButtonEnabled(False)  # the cell is narrow
        edit.setText(amount)
        edit.textChanged.connect(lambda _t: self.changed.emit())
        for column, widget in enumerate((combo, edit)):
            self.table.setCellWidget(row, column, widget)
            widget.installEventFilter(self)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Working in a row's field makes it the current row (the one Remove takes off).
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = self.table.indexAt(watched.pos()).row()
            if row >= 0 and row != self.table.currentRow():
                self.table.setCurrentCell(row, 0)
        return False  # the field handles the event as usual

    def add_row(self) -> None:
        """A new row without a country (the dialog asks for one) and its country field focused."""
        row = self._append("", "")
        self.table.setCurrentCell(row, 0)
        self.country(row).setFocus()
        self.added.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            for widget in (self.country(row), self.amount(row)):
                widget.removeEventFilter(self)  # it is going: no more focus events from it
            self.table.removeRow(row)
            self.changed.emit()

    def country(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 0)  # type: ignore[return-value]

    def amount(self, row: int) -> QLineEdit:
        return self.table.cellWidget(row, 1)  # type: ignore[return-value]

    def rows(self) -> list[tuple[str, str]]:
        """``(country code, amount)`` per row, top to bottom; the amount as typed, read the user's way."""
        return [
            (self.country(r).currentData() or "", typed_amount(self.amount(r).text()))
            for r in range(self.table.rowCount())
        ]
