"""Form helpers: fields that validate as you type and show their error under them (see
:class:`ValidatedForm`); the amount fields are in :mod:`.amounts`, the prospect picker in
:mod:`.prospect_picker`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from babel import Locale
from PySide6.QtCore import QDate, QSize, Qt, SignalInstance
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.validate import FIRST_DAY, LAST_DAY, country_codes
from reciprocity_desktop.ui.labels import message_text, ui_locale, value_label
from reciprocity_desktop.ui.widgets.prospect_picker import ProspectPicker  # forms import it from here
from reciprocity_desktop.ui.widgets.visit_table import day_display_format

__all__ = [
    "ALIGN_RIGHT",
    "ErrorLine",
    "ProspectPicker",
    "Submit",
    "SubmitForm",
    "ValidatedForm",
    "country_combo",
    "date_edit",
    "line_edit",
    "text_edit",
    "to_date",
    "to_qdate",
    "value_combo",
]

ERROR_COLOR = QColor("#b02a37")
ERROR_STYLE = f"color: {ERROR_COLOR.name()};"
WARNING_STYLE = "color: #8a6d00; background: #fff3cd; padding: 4px; border-radius: 3px;"


class ErrorLine(QLabel):
    """A field's error, one line under the field. Its room is kept while it is hidden, so the form
    never moves when an error comes or goes; a message too long for the line ends in "…" in its
    middle (the tooltip and ``text()`` keep it whole)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
        self.setPalette(palette)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(0, self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.setToolTip("")
        self.hide()

    def shown_text(self) -> str:
        """The message as painted: elided to the line's width."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.width())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.shown_text()
        )


@dataclass(eq=False)
class _Checked:
    """A field with a check: its error line, and whether the user has changed it yet."""

    widget: QWidget
    error: ErrorLine
    check: Callable[[QWidget], Any]
    touched: bool = False


#: The widgets a field is typed or picked in, and the signal that says the user changed one.
_INPUTS = (
    (QComboBox, "currentIndexChanged"),
    (QLineEdit, "textChanged"),
    (QPlainTextEdit, "textChanged"),
    (QDateEdit, "dateChanged"),
    (QAbstractSpinBox, "valueChanged"),
    (QAbstractButton, "toggled"),
)


def _input_signals(widget: QWidget) -> list:
    """The change signals of what ``widget`` is typed in: its own ``changed`` (a field of its own,
    such as the prospect picker), else its own input signal, else those of the inputs inside it."""
    own = getattr(widget, "changed", None)
    if own is not None and hasattr(own, "connect"):
        return [own]
    for kind, name in _INPUTS:
        if isinstance(widget, kind):
            signals = [getattr(widget, name)]
            if isinstance(widget, QComboBox) and widget.isEditable():
                signals.append(widget.editTextChanged)
            return signals
    inner = [
        child
        for child in widget.findChildren(QWidget)
        if _is_input(child) and not _inside_input(child, widget)
    ]
    return [signal for child in inner for signal in _input_signals(child)]


def _is_input(widget: QWidget) -> bool:
    return any(isinstance(widget, kind) for kind, _name in _INPUTS)


def _inside_input(widget: QWidget, top: QWidget) -> bool:
    """True for the parts of another input (a combo's or a spin box's line edit)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if _is_input(parent):
            return True
        parent = parent.parentWidget()
    return False


class ValidatedForm(QDialog):
    """A dialog whose fields are checked as they are typed.

    Add fields with :meth:`add_row`; each has a ``check(widget) -> None`` that raises a
    DomainError for bad input. A field's error shows in a red line under it once the user has
    changed the field, or pressed OK (which then stays in the dialog and goes to the first field in
    error); nothing is red before that. The line's room is kept, so the rows never move. OK is
    disabled while an error shows.
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
        layout.addStretch(1)  # a warning that goes leaves room here, the fields stay where they are
        layout.addWidget(self.buttons)
        self._checks: list[_Checked] = []

    def add_row(
        self,
        label: str,
        widget: QWidget,
        check: Callable[[QWidget], Any] | None = None,
        *,
        changed: SignalInstance | None = None,
    ) -> QWidget:
        """Add a row; with a ``check``, an error line under ``widget``, shown once the user changes
        the field: ``changed`` says when (by default the input signals of ``widget`` or inside it)."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        if check is None:
            self.form.addRow(caption, widget)
            return widget
        error = ErrorLine(f"error_{widget.objectName()}" if widget.objectName() else "error")
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(caption, holder)
        field = _Checked(widget, error, check)
        self._checks.append(field)
        for signal in [changed] if changed is not None else _input_signals(widget):
            signal.connect(lambda *_args, field=field: self._changed(field))
        return widget

    def _changed(self, field: _Checked) -> None:
        field.touched = True
        self.revalidate()

    def field_error(self, widget: QWidget) -> str:
        """The error shown under ``widget`` ("" while none shows)."""
        for field in self._checks:
            if field.widget is widget:
                return field.error.text() if field.error.isVisibleTo(self) else ""
        return ""

    def revalidate(self, *_args) -> bool:
        """Check every field; show the errors of the fields the user has changed. True when all are valid."""
        valid, shown = True, False
        for field in self._checks:
            try:
                field.check(field.widget)
            except DomainError as error:
                valid = False
                if field.touched:
                    field.error.show_message(message_text(error.message))
                    shown = True
                else:
                    field.error.clear_message()
            else:
                field.error.clear_message()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not shown)
        self.update_warnings()
        return valid

    def set_warnings(self, texts: list[str]) -> None:
        self.warning_label.setText("\n".join(texts))
        self.warning_label.setVisible(bool(texts))
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Keep the dialog as big as its rows need: a warning that comes makes it taller rather than
        the rows closer, and a longer language wider. (A dialog given a minimum width does not get
        its layout's minimum from Qt, so without this its rows would squeeze and overlap.)"""
        if not self.isVisible():
            return  # showEvent sizes it
        layout = self.layout()
        layout.activate()
        self.setMinimumSize(self.minimumSize().expandedTo(layout.totalMinimumSize()))
        width = max(self.width(), self.minimumWidth())
        height = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if width > self.width() or height > self.height():
            self.resize(width, max(height, self.height()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._grow_to_fit()

    def update_warnings(self) -> None:
        """Override to show live, non-blocking warnings."""

    def save(self) -> None:
        """Override: call the service. Raise DomainError to keep the dialog open."""

    def _on_accept(self) -> None:
        for field in self._checks:
            field.touched = True
        if not self.revalidate():
            first = next(field for field in self._checks if field.error.isVisibleTo(self))
            _focus_into(first.widget)
            return
        try:
            self.save()
        except DomainError as error:
            self.set_warnings([message_text(error.message)])
            self.warning_label.setStyleSheet(ERROR_STYLE)
            return
        self.accept()


def _focus_into(widget: QWidget) -> None:
    """Give the focus to ``widget``, or to the first input inside it."""
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and widget.focusProxy() is None:
        widget = next((child for child in widget.findChildren(QWidget) if _is_input(child)), widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def line_edit(
    text: str = "", name: str = "", placeholder: str = "", max_length: int | None = None
) -> QLineEdit:
    """A line to type in; ``max_length`` (the field's limit in the services) stops typing past it."""
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    if max_length is not None:
        edit.setMaxLength(max_length)
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


class DayEdit(QDateEdit):
    """A day to pick in the language's own form ("Mi., 02.12.2026"), typed as written there.

    With the weekday in front, the day of the month is the part to type in: focus by Tab or by the label's
    key selects it, and digits typed over the weekday go to it. A part typed in full moves on to the next
    by itself, and the separator typed after it then only confirms that (Qt would skip a part): so
    "15.01.2027" and "5.1.2027" type as they read.
    """

    def __init__(self, value: QDate | None = None, name: str = "", *, weekday: bool = False) -> None:
        super().__init__(value or QDate.currentDate())
        self.setObjectName(name)
        # the days every way in accepts (services.validate): no day typed or picked past them
        self.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_display_format(weekday=weekday))
        self._weekday_first = weekday
        self._moved_on = False  # the last key completed its part and moved to the next

    def _to_day_of_month(self) -> None:
        if self._weekday_first and self.currentSectionIndex() == 0:
            self.setCurrentSectionIndex(1)
            self.setSelectedSection(QDateEdit.Section.DaySection)  # the current one: the day of the month

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self._to_day_of_month()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        text = event.text()
        if self._moved_on and len(text) == 1 and not text.isalnum() and text.isprintable():
            event.accept()  # a separator after a part completed as typed: already there
            return
        self._moved_on = False
        if len(text) == 1 and text.isalnum():
            if text.isdigit():
                self._to_day_of_month()
            section = self.currentSectionIndex()
            super().keyPressEvent(event)
            self._moved_on = self.currentSectionIndex() != section
            return
        super().keyPressEvent(event)


def date_edit(value: QDate | None = None, name: str = "", *, weekday: bool = False) -> QDateEdit:
    """A day to pick, written as the pages write days (the locale's medium date: "2 Dec 2026",
    ``weekday``: "Wed, 2 Dec 2026")."""
    return DayEdit(value, name, weekday=weekday)


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
