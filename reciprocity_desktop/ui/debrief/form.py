"""The form beside the debrief table: the current stop's status, gift, outcome, note and follow-up."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop import formatting
from reciprocity_desktop.services import debrief_draft as rules
from reciprocity_desktop.services.debrief_draft import Check, Stop, Typed
from reciprocity_desktop.store.models import VisitStatus
from reciprocity_desktop.ui.debrief.model import feedback_colour
from reciprocity_desktop.ui.labels import message_text, translate, value_label
from reciprocity_desktop.ui.widgets.style import MUTED_FG, WARNING_BG

ERROR_STYLE = "color: #b02a37;"


def _tr(text: str) -> str:
    return translate("DebriefView", text)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(_tr(text))
    label.setBuddy(widget)
    return label


def _message_label(name: str, style: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def _set_text(edit: QLineEdit, text: str) -> None:
    """Set a line edit's text without moving the cursor when it already holds that text."""
    if edit.text() != text:
        edit.setText(text)


class StopForm(QGroupBox):
    """Shows one stop (:meth:`show_stop`) and says when the user changes it; loading says nothing."""

    edited = Signal()
    followup_kind_chosen = Signal()
    gift_clicked = Signal(bool)
    preset_clicked = Signal(int)  # days after the visit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Visit"), parent)
        self._loading = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_status(form)
        self._build_outcome(form)
        self._build_followup(form)
        self._build_layout(form)
        self._connect()

    # -- layout

    def _build_status(self, form: QFormLayout) -> None:
        self.title = QLabel()
        self.title.setObjectName("form_title")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.address = _message_label("form_address", f"color: {MUTED_FG.name()};")
        self.status_buttons: dict[str, QRadioButton] = {
            VisitStatus.DONE.value: QRadioButton(_tr("Do&ne")),
            VisitStatus.NOBODY_THERE.value: QRadioButton(_tr("No&body there")),
            VisitStatus.CANCELLED.value: QRadioButton(_tr("&Cancelled")),
        }
        self.status_group = QButtonGroup(self)
        status_row = QHBoxLayout()
        for button in self.status_buttons.values():
            self.status_group.addButton(button)
            status_row.addWidget(button)
        status_row.addStretch(1)
        self.gift_check = QCheckBox(_tr("Gift &handed over:"))
        self.gift_check.setObjectName("gift_check")
        self.gift_name = _message_label("gift_name")
        gift_row = QHBoxLayout()
        gift_row.addWidget(self.gift_check)
        gift_row.addWidget(self.gift_name, 1)
        form.addRow(_tr("Status:"), status_row)
        form.addRow("", gift_row)

    def _build_outcome(self, form: QFormLayout) -> None:
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome_kind")
        for digit, kind in rules.OUTCOME_KEYS.items():
            self.outcome.addItem(f"{digit} · {value_label(kind) if kind else _tr('nothing (yet)')}", kind)
        self.value = QLineEdit()
        self.value.setObjectName("order_value")
        self.value.setPlaceholderText(_tr("e.g. 1250.00"))
        self.value_error = _message_label("value_error", ERROR_STYLE)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.setPlaceholderText(_tr("What was said, who you met…"))
        form.addRow(_buddy("&Outcome:", self.outcome), self.outcome)
        form.addRow(_buddy("Order va&lue:", self.value), self.value)
        form.addRow("", self.value_error)
        form.addRow(_buddy("Not&e:", self.note), self.note)

    def _build_followup(self, form: QFormLayout) -> None:
        self.followup_kind = QComboBox()
        self.followup_kind.setObjectName("followup_kind")
        self.followup_kind.addItem(_tr("(no follow-up)"), "")
        for kind in rules.FOLLOWUP_KINDS:
            self.followup_kind.addItem(value_label(kind), kind)
        self.due = QLineEdit()
        self.due.setObjectName("followup_due")
        self.due.setPlaceholderText(_tr("YYYY-MM-DD"))
        self.due.setMaximumWidth(110)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        self.preset_buttons: list[QPushButton] = []
        for days, text in zip(rules.PRESET_DAYS, (_tr("+&7 d"), _tr("+1&4 d"), _tr("+&30 d")), strict=True):
            button = QPushButton(text)
            button.setObjectName(f"preset_{days}")
            button.setToolTip(_tr("Due %1 days after the visit").replace("%1", str(days)))
            button.setMaximumWidth(60)
            button.clicked.connect(lambda _c=False, d=days: self._say(self.preset_clicked, d))
            self.preset_buttons.append(button)
            due_row.addWidget(button)
        due_row.addStretch(1)
        self.followup_note = QLineEdit()
        self.followup_note.setObjectName("followup_note")
        self.followup_note.setPlaceholderText(_tr("What to do then"))
        self.followup_message = _message_label("followup_message")
        form.addRow(_buddy("Follo&w-up:", self.followup_kind), self.followup_kind)
        form.addRow(_buddy("D&ue:", self.due), due_row)
        form.addRow(_buddy("&Memo:", self.followup_note), self.followup_note)
        form.addRow("", self.followup_message)

    def _build_layout(self, form: QFormLayout) -> None:
        self.save_row_button = QPushButton(_tr("Save row (Ctrl+Enter)"))
        self.save_row_button.setObjectName("save_row")
        self.save_all_button = QPushButton(_tr("Save &all edited"))
        self.save_all_button.setObjectName("save_all")
        self.row_message = _message_label("row_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_row_button)
        buttons.addWidget(self.save_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.address)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.row_message)
        layout.addStretch(1)

    def _connect(self) -> None:
        edited = lambda *_args: self._say(self.edited)  # noqa: E731
        self.status_group.buttonClicked.connect(edited)
        self.gift_check.clicked.connect(lambda checked: self._say(self.gift_clicked, checked))
        self.outcome.currentIndexChanged.connect(edited)
        self.value.textEdited.connect(edited)
        self.note.textChanged.connect(edited)
        self.followup_kind.currentIndexChanged.connect(lambda _i: self._say(self.followup_kind_chosen))
        self.due.textEdited.connect(edited)
        self.followup_note.textEdited.connect(edited)

    def _say(self, signal, *args) -> None:
        if not self._loading:
            signal.emit(*args)

    # -- showing a stop

    def show_none(self) -> None:
        self.setEnabled(False)
        self.title.setText(_tr("No visit selected"))
        self.address.clear()
        self.row_message.clear()

    def show_stop(self, number: int, stop: Stop) -> None:
        """Show the stop in row ``number`` (a debriefed one as recorded, read-only but the note)."""
        self._loading = True
        try:
            self.setEnabled(True)
            visit, prospect = stop.visit, stop.visit.prospect
            time = f"{visit.planned_time}  " if visit.planned_time else ""
            self.title.setText(f"{number + 1}. {time}{prospect.name}")
            town = " ".join(p for p in (prospect.postal_code, prospect.city) if p)
            self.address.setText(", ".join(p for p in (prospect.street, town) if p))
            self._show_status_and_gift(stop)
            if stop.debriefed:
                self._show_recorded(stop)
            else:
                self._show_draft(stop)
            if self.note.toPlainText() != stop.draft.note:
                self.note.setPlainText(stop.draft.note)
            editable = not stop.debriefed
            for widget in (
                self.outcome,
                self.followup_kind,
                self.due,
                self.followup_note,
                *self.preset_buttons,
            ):
                widget.setEnabled(editable)
            self.value.setEnabled(rules.wants_order_value(stop))
            self.note.setEnabled(True)
        finally:
            self._loading = False

    def _show_status_and_gift(self, stop: Stop) -> None:
        self.status_group.setExclusive(False)
        status = stop.visit.status if stop.debriefed else stop.draft.status
        for value, button in self.status_buttons.items():
            button.setChecked(value == status)
            button.setEnabled(not stop.debriefed)
        self.status_group.setExclusive(True)
        if stop.debriefed:
            given = ", ".join(g.description for g in stop.results.gifts)
            self.gift_name.setText(given or _tr("(no gift recorded)"))
            self.gift_check.setChecked(bool(given))
        elif stop.planned_gift:
            self.gift_name.setText(stop.planned_gift)
            self.gift_check.setChecked(stop.draft.gift)
        else:
            self.gift_name.setText(_tr("(no gift planned for this visit)"))
            self.gift_check.setChecked(False)
        self.gift_check.setEnabled(stop.gift_possible)

    def _show_recorded(self, stop: Stop) -> None:
        kinds = [o.kind for o in stop.results.outcomes]
        self.outcome.setCurrentIndex(max(self.outcome.findData(kinds[0] if kinds else ""), 0))
        cents = sum(o.value_cents for o in stop.results.outcomes)
        self.value.setText(formatting.amount(cents) if cents else "")
        self.followup_kind.setCurrentIndex(0)
        self.due.clear()
        self.followup_note.clear()

    def _show_draft(self, stop: Stop) -> None:
        draft = stop.draft
        self.outcome.setCurrentIndex(max(self.outcome.findData(draft.outcome_kind), 0))
        _set_text(self.value, draft.outcome_value)
        self.followup_kind.setCurrentIndex(max(self.followup_kind.findData(draft.followup_kind), 0))
        _set_text(self.due, draft.followup_due)
        _set_text(self.followup_note, draft.followup_note)

    def show_order_value(self, stop: Stop) -> None:
        """After the outcome changed: the value only for an order (cleared otherwise)."""
        wanted = rules.wants_order_value(stop)
        self.value.setEnabled(wanted)
        if not wanted and self.value.text():
            self.value.clear()

    def set_followup(self, kind: str, due: str) -> None:
        """Put a follow-up kind and due date in (from a preset), quietly."""
        self._loading = True
        try:
            self.followup_kind.setCurrentIndex(self.followup_kind.findData(kind))
            _set_text(self.due, due)
        finally:
            self._loading = False

    def set_due(self, due: str) -> None:
        _set_text(self.due, due)

    def typed(self) -> Typed:
        """The form's values as typed."""
        checked = self.status_group.checkedButton()
        return Typed(
            status=next((s for s, b in self.status_buttons.items() if b is checked), ""),
            outcome_kind=self.outcome.currentData() or "",
            outcome_value=self.value.text(),
            note=self.note.toPlainText(),
            followup_kind=self.followup_kind.currentData() or "",
            followup_due=self.due.text(),
            followup_note=self.followup_note.text(),
        )

    # -- what the stop's check and its last save said

    def show_check(self, check: Check, can_save: bool) -> None:
        """Errors beside the fields; warnings (cool-down) in yellow."""
        self.value_error.setText(message_text(check.value_error.message) if check.value_error else "")
        self.followup_message.clear()
        self.followup_message.setStyleSheet("")
        if check.followup_error is not None:
            self.followup_message.setText(message_text(check.followup_error.message))
            self.followup_message.setStyleSheet(ERROR_STYLE)
        elif check.followup_warnings:
            self.followup_message.setText("\n".join(message_text(w) for w in check.followup_warnings))
            self.followup_message.setStyleSheet(f"background: {WARNING_BG.name()}; padding: 4px;")
        elif check.due_without_kind:
            self.followup_message.setText(_tr("Choose the kind of follow-up, or clear the due date."))
            self.followup_message.setStyleSheet(ERROR_STYLE)
        self.save_row_button.setEnabled(can_save)

    def show_feedback(self, stop: Stop | None) -> None:
        if stop is None:
            self.row_message.clear()
            return
        lines = [stop.feedback.text] if stop.feedback else []
        if stop.debriefed:
            lines.append(_tr("Already debriefed: only the note can still be changed."))
        self.row_message.setText("\n".join(lines))
        if stop.feedback:
            style = f"background: {feedback_colour(stop.feedback).name()}; padding: 4px;"
        else:
            style = f"color: {MUTED_FG.name()};"
        self.row_message.setStyleSheet(style)
