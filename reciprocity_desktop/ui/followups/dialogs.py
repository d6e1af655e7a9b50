"""The dialogs of the Follow-ups page: complete (with the gift's reaction), reschedule, new, note.

Each is a :class:`SubmitForm`: it hands its values to the page's ``submit``, which saves them as
an undoable operation (a refusal of the services keeps the dialog open with the message in it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reciprocity_desktop.services import followups, validate
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store.models import FollowUp, FollowUpKind, Reaction
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import fmt_date, message_text, translate, value_label
from reciprocity_desktop.ui.labels import note_text as translated_note
from reciprocity_desktop.ui.widgets.forms import (
    ProspectPicker,
    Submit,
    SubmitForm,
    ValidatedForm,
    date_edit,
    line_edit,
    to_date,
    to_qdate,
    value_combo,
)


def _followup_summary(form: ValidatedForm, followup: FollowUp) -> None:
    """The follow-up a dialog is about, in bold at the top of its form."""
    summary = QLabel(
        translate("FollowUpsView", "{prospect} — {kind}, due {due}").format(
            prospect=followup.prospect.name, kind=value_label(followup.kind), due=fmt_date(followup.due)
        )
    )
    summary.setStyleSheet("font-weight: bold;")
    summary.setWordWrap(True)
    form.form.addRow(summary)
    if followup.note:
        note = QLabel(translated_note(followup.note))
        note.setWordWrap(True)
        form.form.addRow(note)


def _cooldown_warnings(ctx: UiContext, prospect_id: str, kind: str, due: dt.date) -> list[str]:
    """What scheduling such a follow-up would warn about (an ask right after a gift), as texts."""
    try:
        warnings = followups.check_followup(ctx.store, prospect_id, kind, due)
    except DomainError as error:
        warnings = [error.message]
    return [message_text(w) for w in warnings]


class CompleteFollowUpDialog(SubmitForm):
    """Mark a follow-up done with a result; for feedback follow-ups also the gift's reaction."""

    def __init__(
        self,
        followup: FollowUp,
        parent: QWidget | None = None,
        submit: Submit | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(self.tr("Complete follow-up"), parent, submit)
        self.asks_reaction = followups.asks_reaction(followup)
        _followup_summary(self, followup)
        self.result_edit = self.add_row(
            self.tr("&Result:"),
            line_edit("", "result", self.tr("What happened, what was said")),
            lambda w: validate.text(w.text(), "result", max_length=5000),
        )
        self.done_edit = self.add_row(
            self.tr("&Done on:"), date_edit(to_qdate(today or dt.date.today()), "done_on")
        )
        self.reaction_combo: QComboBox | None = None
        self.reaction_note_edit: QLineEdit | None = None
        if self.asks_reaction:
            self._build_reaction(followup)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Complete"))
        self.revalidate()
        self.result_edit.setFocus()

    def _build_reaction(self, followup: FollowUp) -> None:
        gift = followup.gift
        heading = QLabel(self.tr("How was the gift received? ({gift})").format(gift=gift.description))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.form.addRow(heading)
        self.reaction_combo = self.add_row(
            self.tr("Re&action:"),
            value_combo(
                [r.value for r in Reaction], gift.reaction, "reaction", empty=self.tr("Not known yet")
            ),
        )
        self.reaction_note_edit = self.add_row(
            self.tr("Reaction &note:"),
            line_edit(gift.reaction_note, "reaction_note", self.tr("What they thought of it")),
            lambda w: validate.text(w.text(), "reaction note", max_length=2000),
        )

    def values(self) -> dict[str, Any]:
        """The result and date; with ``reaction`` and ``reaction_note`` when the dialog asks for them."""
        values: dict[str, Any] = {
            "result": self.result_edit.text(),
            "done_on": to_date(self.done_edit.date()),
        }
        if self.reaction_combo is not None and self.reaction_note_edit is not None:
            values["reaction"] = self.reaction_combo.currentData() or None
            values["reaction_note"] = self.reaction_note_edit.text()
        return values


class RescheduleDialog(SubmitForm):
    """Pick a new due date (calendar, or +1 day / +1 week); warns live about an ask right after a gift."""

    def __init__(
        self, ctx: UiContext, followup: FollowUp, parent: QWidget | None = None, submit: Submit | None = None
    ) -> None:
        super().__init__(self.tr("Reschedule follow-up"), parent, submit)
        self.ctx = ctx
        self.followup = followup
        _followup_summary(self, followup)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.date_edit = date_edit(to_qdate(followups.earliest_due(followup.due)), "due")
        box.addWidget(self.date_edit, 1)
        self.plus_day = QPushButton(self.tr("+1 &day"))
        self.plus_week = QPushButton(self.tr("+1 &week"))
        for button, days in ((self.plus_day, 1), (self.plus_week, 7)):
            button.setAutoDefault(False)
            button.clicked.connect(
                lambda _checked=False, days=days: self.date_edit.setDate(self.date_edit.date().addDays(days))
            )
            box.addWidget(button)
        self.add_row(self.tr("&New due date:"), row)
        self.date_edit.dateChanged.connect(self.revalidate)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Reschedule"))
        self.revalidate()
        self.date_edit.setFocus()

    def due(self) -> dt.date:
        return to_date(self.date_edit.date())

    def values(self) -> dict[str, Any]:
        return {"due": self.due()}

    def update_warnings(self) -> None:
        self.set_warnings(
            _cooldown_warnings(self.ctx, self.followup.prospect_id, self.followup.kind, self.due())
        )


class NewFollowUpDialog(SubmitForm):
    """Schedule a follow-up: prospect, kind, due date, note. Warns (without blocking) about an early ask."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        prospect: tuple[str, str] | None = None,
        submit: Submit | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(self.tr("New follow-up"), parent, submit)
        self.ctx = ctx
        self.setMinimumWidth(620)
        today = today or dt.date.today()
        self.picker = ProspectPicker(ctx)
        if prospect:
            self.picker.set_prospect(*prospect)
        self.add_row(self.tr("&Prospect:"), self.picker, self._check_prospect)
        self.picker.changed.connect(self.revalidate)
        self.kind_combo = self.add_row(
            self.tr("&Kind:"), value_combo([k.value for k in FollowUpKind], FollowUpKind.CALL.value, "kind")
        )
        self.kind_combo.currentIndexChanged.connect(self.revalidate)
        self.due_edit = self.add_row(
            self.tr("&Due:"), date_edit(to_qdate(today + dt.timedelta(days=1)), "due")
        )
        self.due_edit.dateChanged.connect(self.revalidate)
        self.note_edit = self.add_row(
            self.tr("&Note:"),
            line_edit("", "note", self.tr("What to do, what to ask")),
            lambda w: validate.text(w.text(), "note", max_length=5000),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Schedule"))
        self.revalidate()
        (self.note_edit if prospect else self.picker.search_edit).setFocus()

    def _check_prospect(self, _widget: QWidget) -> None:
        if self.picker.prospect_id():
            return
        text = self.picker.search_edit.text().strip()
        if text:
            raise DomainError(self.tr("No prospect matches “{text}”."), text=text)
        raise DomainError(self.tr("Pick a prospect."))

    def values(self) -> dict[str, Any]:
        return {
            "prospect_id": self.picker.prospect_id(),
            "kind": self.kind_combo.currentData(),
            "due": to_date(self.due_edit.date()),
            "note": self.note_edit.text(),
        }

    def warning_text(self) -> str:
        return self.warning_label.text() if self.warning_label.isVisibleTo(self) else ""

    def update_warnings(self) -> None:
        values = self.values()
        if not values["prospect_id"]:
            self.set_warnings([])
            return
        self.set_warnings(_cooldown_warnings(self.ctx, values["prospect_id"], values["kind"], values["due"]))

    def _on_accept(self) -> None:
        self.picker.flush()
        super()._on_accept()


class NoteDialog(SubmitForm):
    """Edit a follow-up's note."""

    def __init__(
        self, followup: FollowUp, parent: QWidget | None = None, submit: Submit | None = None
    ) -> None:
        super().__init__(self.tr("Follow-up note"), parent, submit)
        self._summary_line = QLabel(f"{followup.prospect.name} — {value_label(followup.kind)}")
        self.form.addRow(self._summary_line)
        # The suggested gift question shows in the user's language; left as it is, it stays stored as it was.
        self._stored_note = followup.note
        self._shown_note = translated_note(followup.note)
        self.note_edit = self.add_row(
            self.tr("&Note:"),
            line_edit(self._shown_note, "note"),
            lambda w: validate.text(w.text(), "note", max_length=5000),
        )
        self.revalidate()

    def values(self) -> dict[str, Any]:
        text = self.note_edit.text().strip()
        return {"note": self._stored_note if text == self._shown_note.strip() else text}
