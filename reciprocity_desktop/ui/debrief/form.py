"""The form beside the debrief table: the current stop's status, gift, the reaction to the earlier
gift, outcome (an order's value), note and follow-up (the parts: ``form_parts``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
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

from reciprocity_desktop.services import debrief_draft as rules
from reciprocity_desktop.services.debrief_check import Check
from reciprocity_desktop.services.debrief_draft import Stop, Typed
from reciprocity_desktop.store.models import VisitStatus
from reciprocity_desktop.ui.debrief.due import due_shown, due_typed
from reciprocity_desktop.ui.debrief.form_parts import (
    ERROR_STYLE,
    MUTED_STYLE,
    GiftPart,
    OrderPart,
    ReactionPart,
    buddy,
    message_label,
    set_text,
)
from reciprocity_desktop.ui.debrief.model import feedback_colour
from reciprocity_desktop.ui.labels import fmt_date, message_text, translate, value_label
from reciprocity_desktop.ui.widgets.style import WARNING_BG

#: How the label of the field that has the focus stands out (F, T, R, 4 jump to a field).
FOCUS_CUE_STYLE = "background: palette(highlight); color: palette(highlighted-text); padding: 0 2px;"

__all__ = ["ERROR_STYLE", "StopForm"]



class StopForm(QGroupBox):
    """Shows one stop (:meth:`show_stop`) and says when the user changes it; loading says nothing."""

    edited = Signal()
    followup_kind_chosen = Signal()
    gift_clicked = Signal(bool)
    preset_clicked = Signal(int)  # days after the visit
    field_focused = Signal(QWidget)  # a field of the form got the focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("DebriefView", "Visit"), parent)
        self._loading = False
        self.gift_part, self.reaction_part, self.order_part = GiftPart(), ReactionPart(), OrderPart()
        self._cues: dict[QWidget, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_status(form)
        self.reaction_part.add_rows(form)
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
        self.address = message_label("form_address", MUTED_STYLE)
        self.status_buttons: dict[str, QRadioButton] = {
            VisitStatus.DONE.value: QRadioButton(translate("DebriefView", "Do&ne")),
            VisitStatus.NOBODY_THERE.value: QRadioButton(translate("DebriefView", "No&body there")),
            VisitStatus.CANCELLED.value: QRadioButton(translate("DebriefView", "&Cancelled")),
        }
        self.status_group = QButtonGroup(self)
        status_row = QHBoxLayout()
        for button in self.status_buttons.values():
            self.status_group.addButton(button)
            status_row.addWidget(button)
        status_row.addStretch(1)
        form.addRow(translate("DebriefView", "Status:"), status_row)
        self.gift_part.add_rows(form)
        self.gift_check, self.gift_pick = self.gift_part.check, self.gift_part.pick

    def _build_outcome(self, form: QFormLayout) -> None:
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome_kind")
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcome.setMinimumContentsLength(14)
        nothing_yet = translate("DebriefView", "nothing (yet)")
        for digit, kind in rules.OUTCOME_KEYS.items():
            self.outcome.addItem(f"{digit} · {value_label(kind) if kind else nothing_yet}", kind)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(52)
        self.note.setPlaceholderText(translate("DebriefView", "What was said, who you met…"))
        outcome_label = buddy(translate("DebriefView", "&Outcome:"), self.outcome)
        form.addRow(self._cue(outcome_label, self.outcome), self.outcome)
        self.order_part.add_rows(form)
        self.value, self.value_error = self.order_part.value, self.order_part.message
        self._cue(self.order_part.label, self.value)
        form.addRow(self._cue(buddy(translate("DebriefView", "No&te:"), self.note), self.note), self.note)

    def _build_followup(self, form: QFormLayout) -> None:
        self.followup_kind = QComboBox()
        self.followup_kind.setObjectName("followup_kind")
        self.followup_kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.followup_kind.setMinimumContentsLength(14)
        self.followup_kind.addItem(translate("DebriefView", "(no follow-up)"), "")
        for kind in rules.FOLLOWUP_KINDS:
            self.followup_kind.addItem(value_label(kind), kind)
        self.due = QLineEdit()
        self.due.setObjectName("followup_due")
        example = (dt.date.today() + dt.timedelta(days=rules.PRESET_DAYS[1])).isoformat()
        self.due.setPlaceholderText(translate("DebriefView", "e.g. %1").replace("%1", due_shown(example)))
        tip = translate("DebriefView", "The due day as you write it (e.g. %1) or as %2")
        self.due.setToolTip(tip.replace("%1", due_shown(example)).replace("%2", example))
        # wide enough for the example in any language ("z. B. 16.12.2026"), no wider
        self.due.setFixedWidth(self.due.fontMetrics().horizontalAdvance(self.due.placeholderText()) + 24)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        self.preset_buttons: list[QPushButton] = []
        presets = (
            translate("DebriefView", "+&7 d"),
            translate("DebriefView", "+1&4 d"),
            translate("DebriefView", "+&30 d"),
        )
        for days, text in zip(rules.PRESET_DAYS, presets, strict=True):
            button = QPushButton(text)
            button.setObjectName(f"preset_{days}")
            button.setToolTip(translate("DebriefView", "Due %1 days after the visit").replace("%1", str(days)))
            button.setMaximumWidth(60)
            button.clicked.connect(lambda _c=False, d=days: self._say(self.preset_clicked, d))
            self.preset_buttons.append(button)
            due_row.addWidget(button)
        due_row.addStretch(1)
        self.followup_note = QLineEdit()
        self.followup_note.setObjectName("followup_note")
        self.followup_note.setPlaceholderText(translate("DebriefView", "What to do then"))
        self.followup_message = message_label("followup_message")
        kind_label = buddy(translate("DebriefView", "Follo&w-up:"), self.followup_kind)
        form.addRow(self._cue(kind_label, self.followup_kind), self.followup_kind)
        form.addRow(self._cue(buddy(translate("DebriefView", "D&ue:"), self.due), self.due), due_row)
        memo_label = buddy(translate("DebriefView", "&Memo:"), self.followup_note)
        form.addRow(self._cue(memo_label, self.followup_note), self.followup_note)
        form.addRow("", self.followup_message)
        self._cue(self.reaction_part.label, self.reaction_part.reaction)

    def _build_layout(self, form: QFormLayout) -> None:
        self.save_row_button = QPushButton(translate("DebriefView", "Save row (Ctrl+Enter)"))
        self.save_row_button.setObjectName("save_row")
        self.save_all_button = QPushButton(translate("DebriefView", "Save &all edited"))
        self.save_all_button.setObjectName("save_all")
        self.row_message = message_label("row_message")
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

    def _cue(self, label: QLabel, field: QWidget) -> QLabel:
        """``label`` stands out while ``field`` has the focus."""
        self._cues[field] = label
        return label

    def _connect(self) -> None:
        edited = lambda *_args: self._say(self.edited)  # noqa: E731
        self.status_group.buttonClicked.connect(edited)
        self.gift_check.clicked.connect(lambda checked: self._say(self.gift_clicked, checked))
        for combo in (self.gift_pick, self.gift_part.kind, self.reaction_part.reaction, self.outcome):
            combo.currentIndexChanged.connect(edited)
        for line in (self.gift_part.description, self.reaction_part.note, self.value, self.due):
            line.textEdited.connect(edited)
        self.order_part.unknown.clicked.connect(edited)
        self.order_part.customer.clicked.connect(edited)
        self.note.textChanged.connect(edited)
        self.followup_kind.currentIndexChanged.connect(lambda _i: self._say(self.followup_kind_chosen))
        self.followup_note.textEdited.connect(edited)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _say(self, signal, *args) -> None:
        if not self._loading:
            signal.emit(*args)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focus cue: the label of the field with the focus is highlighted (and the field shown)."""
        for field, label in self._cues.items():
            label.setStyleSheet(FOCUS_CUE_STYLE if field is new else "")
        if new is not None and self.isAncestorOf(new):
            self.field_focused.emit(new)

    def focus_cue(self) -> QLabel | None:
        """The label highlighted now (None: no field of the form has the focus)."""
        return next((label for label in self._cues.values() if label.styleSheet() == FOCUS_CUE_STYLE), None)

    # -- showing a stop

    def set_stock(self, items) -> None:
        """The stock items a gift handed over can be picked from."""
        self.gift_part.set_stock(items)

    def show_none(self) -> None:
        self.setEnabled(False)
        self.title.setText(translate("DebriefView", "No visit selected"))
        self.address.clear()
        self.row_message.clear()

    def show_stop(self, number: int, stop: Stop) -> None:
        """Show the stop in row ``number`` (a debriefed one as recorded, read-only but the note; one
        still to come read-only)."""
        self._loading = True
        try:
            self.setEnabled(True)
            visit, prospect = stop.visit, stop.visit.prospect
            time = f"{visit.planned_time}  " if visit.planned_time else ""
            self.title.setText(f"{number + 1}. {time}{prospect.name}")
            town = " ".join(p for p in (prospect.postal_code, prospect.city) if p)
            self.address.setText(", ".join(p for p in (prospect.street, town) if p))
            self._show_status(stop)
            self.gift_part.show(stop)
            self.reaction_part.show(stop)
            self._show_outcome_and_followup(stop)
            self.order_part.show(stop)
            if self.note.toPlainText() != stop.draft.note:
                self.note.setPlainText(stop.draft.note)
            for widget in (
                self.outcome,
                self.followup_kind,
                self.due,
                self.followup_note,
                *self.preset_buttons,
            ):
                widget.setEnabled(stop.editable)
            self.note.setEnabled(not stop.future or stop.debriefed)
        finally:
            self._loading = False

    def _show_status(self, stop: Stop) -> None:
        self.status_group.setExclusive(False)
        status = stop.visit.status if stop.debriefed else stop.draft.status
        for value, button in self.status_buttons.items():
            button.setChecked(value == status)
            button.setEnabled(stop.editable)
        self.status_group.setExclusive(True)

    def _show_outcome_and_followup(self, stop: Stop) -> None:
        if stop.debriefed:
            kinds = [o.kind for o in stop.results.outcomes]
            self.outcome.setCurrentIndex(max(self.outcome.findData(kinds[0] if kinds else ""), 0))
            self.followup_kind.setCurrentIndex(0)
            self.due.clear()
            self.followup_note.clear()
            return
        draft = stop.draft
        self.outcome.setCurrentIndex(max(self.outcome.findData(draft.outcome_kind), 0))
        self.followup_kind.setCurrentIndex(max(self.followup_kind.findData(draft.followup_kind), 0))
        set_text(self.due, due_shown(draft.followup_due))
        set_text(self.followup_note, draft.followup_note)

    def show_typed(self, stop: Stop) -> None:
        """After an edit: what depends on it (the order's value, the reaction's note, the other gift)."""
        self._loading = True
        try:
            self.order_part.enable(stop)
            self.reaction_part.enable(stop)
            self.gift_part.update(stop)
        finally:
            self._loading = False

    def set_followup(self, kind: str, due: str) -> None:
        """Put a follow-up kind and due date in (from a preset), quietly."""
        self._loading = True
        try:
            self.followup_kind.setCurrentIndex(self.followup_kind.findData(kind))
            set_text(self.due, due_shown(due))
        finally:
            self._loading = False

    def set_due(self, due: str) -> None:
        set_text(self.due, due_shown(due))

    def typed(self) -> Typed:
        """The form's values as typed."""
        checked = self.status_group.checkedButton()
        gift_pick, gift_description, gift_kind = self.gift_part.typed()
        reaction, reaction_note = self.reaction_part.typed()
        value, unknown, make_customer = self.order_part.typed()
        return Typed(
            status=next((s for s, b in self.status_buttons.items() if b is checked), ""),
            gift_pick=gift_pick,
            gift_description=gift_description,
            gift_kind=gift_kind,
            reaction=reaction,
            reaction_note=reaction_note,
            outcome_kind=self.outcome.currentData() or "",
            outcome_value=value,
            value_unknown=unknown,
            make_customer=make_customer,
            note=self.note.toPlainText(),
            followup_kind=self.followup_kind.currentData() or "",
            followup_due=due_typed(self.due.text()),
            followup_note=self.followup_note.text(),
        )

    # -- what the stop's check and its last save said

    def show_check(self, check: Check, can_save: bool, insist: bool = False) -> None:
        """Errors beside the fields (an order's missing value in red once saving was tried);
        warnings (cool-down) in yellow."""
        self.order_part.show_check(check, insist)
        self.gift_part.show_check(check)
        self.followup_message.clear()
        self.followup_message.setStyleSheet("")
        if check.followup_error is not None:
            self.followup_message.setText(message_text(check.followup_error.message))
            self.followup_message.setStyleSheet(ERROR_STYLE)
        elif check.followup_warnings:
            self.followup_message.setText("\n".join(message_text(w) for w in check.followup_warnings))
            self.followup_message.setStyleSheet(f"background: {WARNING_BG.name()}; padding: 4px;")
        elif check.due_without_kind:
            self.followup_message.setText(translate("DebriefView", "Choose the kind of follow-up, or clear the due date."))
            self.followup_message.setStyleSheet(ERROR_STYLE)
        self.save_row_button.setEnabled(can_save)

    def show_feedback(self, stop: Stop | None) -> None:
        if stop is None:
            self.row_message.clear()
            return
        lines = [stop.feedback.text] if stop.feedback else []
        if stop.debriefed:
            lines.append(translate("DebriefView", "Already debriefed: only the note can still be changed."))
        elif stop.future:
            lines.append(
                translate("DebriefView", "This visit is on %1, still to come: it can be debriefed from that day on.").replace(
                    "%1", fmt_date(stop.visit.date)
                )
            )
        self.row_message.setText("\n".join(lines))
        if stop.feedback:
            style = f"background: {feedback_colour(stop.feedback).name()}; padding: 4px;"
        else:
            style = MUTED_STYLE
        self.row_message.setStyleSheet(style)
