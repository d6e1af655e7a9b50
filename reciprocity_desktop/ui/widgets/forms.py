"""Form helpers: fields that validate as you type and show their error beside them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any

from babel import Locale
from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.validate import country_codes
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import message_text, ui_locale, value_label

ERROR_STYLE = "color: #b02a37;"
WARNING_STYLE = "color: #8a6d00; background: #fff3cd; padding: 4px; border-radius: 3px;"


class ValidatedForm(QDialog):
    """A dialog whose OK button is enabled only while every field is valid.

    Add fields with :meth:`add_row`; each has a ``check(widget) -> None`` that raises a
    DomainError for bad input. Errors show in a red line under the field as you type.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.hide()
        self.warning_label.setObjectName("warning")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.buttons)
        self._checks: list[tuple[QWidget, QLabel, Callable[[QWidget], Any]]] = []

    def add_row(self, label: str, widget: QWidget, check: Callable[[QWidget], Any] | None = None) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        error.setObjectName(f"error_{widget.objectName()}" if widget.objectName() else "error")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(caption, holder)
        if check is not None:
            self._checks.append((widget, error, check))
            for signal_name in ("textChanged", "currentIndexChanged", "dateChanged", "editTextChanged"):
                signal = getattr(widget, signal_name, None)
                if signal is not None:
                    signal.connect(self.revalidate)
        return widget

    def field_error(self, widget: QWidget) -> str:
        for candidate, label, _ in self._checks:
            if candidate is widget:
                return label.text() if label.isVisibleTo(self) else ""
        return ""

    def revalidate(self, *_args) -> bool:
        valid = True
        for widget, label, check in self._checks:
            try:
                check(widget)
            except DomainError as error:
                label.setText(message_text(error.message))
                label.show()
                valid = False
            else:
                label.clear()
                label.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        self.update_warnings()
        return valid

    def set_warnings(self, texts: list[str]) -> None:
        self.warning_label.setText("\n".join(texts))
        self.warning_label.setVisible(bool(texts))

    def update_warnings(self) -> None:
        """Override to show live, non-blocking warnings."""

    def save(self) -> None:
        """Override: call the service. Raise DomainError to keep the dialog open."""

    def _on_accept(self) -> None:
        if not self.revalidate():
            return
        try:
            self.save()
        except DomainError as error:
            self.set_warnings([message_text(error.message)])
            self.warning_label.setStyleSheet(ERROR_STYLE)
            return
        self.accept()


def line_edit(text: str = "", name: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def text_edit(text: str = "", name: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(90)
    return edit


def value_combo(
    values: list[str], current: str | None = None, name: str = "", empty: str | None = None
) -> QComboBox:
    """A combo of stored values shown by their translated labels (the value is the item data)."""
    combo = QComboBox()
    combo.setObjectName(name)
    if empty is not None:
        combo.addItem(empty, "")
    for value in values:
        combo.addItem(value_label(value), value)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo


@cache
def _country_names(locale_name: str) -> list[tuple[str, str]]:
    try:
        names = Locale.parse(locale_name).territories
    except Exception:
        names = Locale("en").territories
    return sorted(
        ((code, names.get(code, code)) for code in country_codes()), key=lambda item: item[1].casefold()
    )


def country_combo(current: str = "", name: str = "country") -> QComboBox:
    """Countries by name in the user's language, ISO code as data; type to jump."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem("—", "")
    for code, country_name in _country_names(ui_locale()):
        combo.addItem(f"{country_name} ({code})", code)
    index = combo.findData(current.upper()) if current else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


def date_edit(value: QDate | None = None, name: str = "") -> QDateEdit:
    edit = QDateEdit(value or QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


Submit = Callable[[dict[str, Any]], None]


class SubmitForm(ValidatedForm):
    """A validated form whose ``save`` hands its values to ``submit`` (the view's undoable command).

    A DomainError from ``submit`` keeps the dialog open with the message shown in it.
    """

    def __init__(self, title: str, parent: QWidget | None, submit: Submit | None) -> None:
        super().__init__(title, parent)
        self._submit = submit

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self) -> None:
        if self._submit is not None:
            self._submit(self.values())


class ProspectPicker(QWidget):
    """Type to find a prospect (``prospects.search_ids``); Up/Down walk through the matches."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("prospect_search")
        self.search_edit.setPlaceholderText(self.tr("Type a name, city or postal code"))
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit, 2)
        self.matches = QComboBox()
        self.matches.setObjectName("prospect")
        self.matches.setMaxVisibleItems(15)
        self.matches.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.matches.setMinimumContentsLength(24)
        layout.addWidget(self.matches, 3)
        self.setFocusProxy(self.search_edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.matches.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Up/Down in the search field walk the matches, like a completer.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())  # type: ignore[attr-defined]
            if step and self.matches.count():
                index = min(max(self.matches.currentIndex() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentIndex(index)
                return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Run a pending search now (the search waits for a pause in typing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._search()

    def _search(self) -> None:
        current = self.prospect_id()
        text = self.search_edit.text().strip()
        matches = prospects.search_ids(self.ctx.store, text, limit=50)
        self.matches.blockSignals(True)
        self.matches.clear()
        for prospect_id, name, city in matches:
            self.matches.addItem(f"{name} — {city}" if city else name, prospect_id)
        index = self.matches.findData(current) if current else -1
        if index < 0 and text and matches:
            index = 0  # the best match of what was typed; nothing is picked before typing
        self.matches.setCurrentIndex(index)
        self.matches.blockSignals(False)
        self.changed.emit()

    def set_prospect(self, prospect_id: str, name: str) -> None:
        self.search_edit.setText(name)
        self.search_edit.setCursorPosition(0)
        self._timer.stop()
        self._search()
        index = self.matches.findData(prospect_id)
        if index >= 0:
            self.matches.setCurrentIndex(index)

    def prospect_id(self) -> str | None:
        return self.matches.currentData() if self.matches.currentIndex() >= 0 else None
