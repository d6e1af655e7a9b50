"""The Follow-ups view: what to do next for whom — overdue, due today, upcoming, and done.

Every change goes through :mod:`reciprocity_desktop.services.followups` as an undoable
command on the window's undo stack. Completing an ``ask_feedback`` follow-up records the
gift's reaction in the same dialog and the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import followups, validate
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.followups import ALL, DONE, DUE_TODAY, OPEN, OVERDUE, UPCOMING
from reciprocity_desktop.store.models import FollowUp, FollowUpKind, Reaction
from reciprocity_desktop.textutil import fold
from reciprocity_desktop.ui._legacy import RecordViewActions, ServiceCommand
from reciprocity_desktop.ui.context import UiContext, touches
from reciprocity_desktop.ui.labels import fmt_date, message_text, translate, value_label
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
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, Column, FoldedSearchProxy, SortedRecordModel

_BUCKET_ORDER = {OVERDUE: 0, DUE_TODAY: 1, UPCOMING: 2, DONE: 3}

# Which buckets each filter button shows.
_FILTERS: dict[str, frozenset[str]] = {
    OPEN: frozenset({OVERDUE, DUE_TODAY, UPCOMING}),
    OVERDUE: frozenset({OVERDUE}),
    DUE_TODAY: frozenset({DUE_TODAY}),
    UPCOMING: frozenset({UPCOMING}),
    DONE: frozenset({DONE}),
}


# -- dialogs --------------------------------------------------------------------------------------------


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
        note = QLabel(followup.note)
        note.setWordWrap(True)
        form.form.addRow(note)


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
        self.asks_reaction = followup.kind == FollowUpKind.ASK_FEEDBACK.value and followup.gift is not None
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Complete"))
        self.revalidate()
        self.result_edit.setFocus()

    def values(self) -> dict[str, Any]:
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
        self.date_edit = date_edit(to_qdate(max(followup.due, dt.date.today())), "due")
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
        try:
            warnings = followups.check_followup(
                self.ctx.store, self.followup.prospect_id, self.followup.kind, self.due()
            )
        except DomainError as error:
            warnings = [error.message]
        self.set_warnings([message_text(w) for w in warnings])


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
        try:
            warnings = followups.check_followup(
                self.ctx.store, values["prospect_id"], values["kind"], values["due"]
            )
        except DomainError as error:
            warnings = [error.message]
        self.set_warnings([message_text(w) for w in warnings])

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
        self.note_edit = self.add_row(
            self.tr("&Note:"),
            line_edit(followup.note, "note"),
            lambda w: validate.text(w.text(), "note", max_length=5000),
        )
        self.revalidate()

    def values(self) -> dict[str, Any]:
        return {"note": self.note_edit.text().strip()}


# -- the view -------------------------------------------------------------------------------------------


class _FollowUpFilter(FoldedSearchProxy):
    """Shows the follow-ups of the chosen buckets that match the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buckets: frozenset[str] = _FILTERS[OPEN]
        self.today = dt.date.today()

    def set_buckets(self, buckets: frozenset[str]) -> None:
        self.beginFilterChange()
        self._buckets = buckets
        self.endFilterChange()

    def accepts_record(self, record: FollowUp) -> bool:
        return followups.bucket_of(record, self.today) in self._buckets

    def search_text(self, source_row: int) -> str:
        f: FollowUp = self.sourceModel().record(source_row)
        gift = f.gift.description if f.gift else ""
        return " ".join((f.prospect.name, f.prospect.city, value_label(f.kind), f.note, gift, f.result))


class FollowUpsView(RecordViewActions, QWidget):
    """Follow-ups by bucket (overdue, due today, upcoming, done), with complete / reschedule / delete."""

    prospect_activated = Signal(str)

    COL_DUE, COL_STATUS, COL_PROSPECT, COL_KIND, COL_NOTE, COL_GIFT, COL_DONE_ON, COL_RESULT = range(8)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._filter = OPEN
        self.model = SortedRecordModel(self._columns(), self)
        self.proxy = _FollowUpFilter(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)

        # Filter bar: buckets with counts, and a search field.
        bar = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in _FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setProperty("bucket", key)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            bar.addWidget(button)
            button.clicked.connect(lambda _checked=False, key=key: self.set_filter(key))
        self.filter_buttons[OPEN].setChecked(True)
        bar.addStretch(1)
        search_label = QLabel(self.tr("&Search:"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Prospect, note, gift…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self._on_search)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit)
        layout.addLayout(bar)

        # Actions and their buttons.
        self.new_action = self._action(
            self.tr("&New follow-up…"), self.new_followup, QKeySequence(Qt.Key.Key_Insert)
        )
        self.complete_action = self._action(
            self.tr("&Complete…"), self.complete_selected, QKeySequence("Ctrl+D")
        )
        self.reopen_action = self._action(self.tr("Re&open"), self.reopen_selected)
        self.reschedule_action = self._action(
            self.tr("&Reschedule…"), self.reschedule_selected, QKeySequence("Ctrl+R")
        )
        self.plus_day_action = self._action(
            self.tr("+1 &day"), lambda: self.postpone_selected(1), QKeySequence("Ctrl+Shift+D")
        )
        self.plus_week_action = self._action(
            self.tr("+1 &week"), lambda: self.postpone_selected(7), QKeySequence("Ctrl+Shift+W")
        )
        self.edit_note_action = self._action(
            self.tr("Ed&it note…"), self.edit_note_selected, QKeySequence("F2")
        )
        self.delete_action = self._action(
            self.tr("De&lete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.plus_day_action.setToolTip(
            self.tr("Move the due date one day later (an overdue one to tomorrow)")
        )
        self.plus_week_action.setToolTip(
            self.tr("Move the due date one week later (an overdue one to a week from today)")
        )

        buttons = QHBoxLayout()
        for action in (
            self.new_action,
            None,
            self.complete_action,
            self.reopen_action,
            self.reschedule_action,
            self.plus_day_action,
            self.plus_week_action,
            self.edit_note_action,
            None,
            self.delete_action,
        ):
            if action is None:
                buttons.addSpacing(12)
            else:
                buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        layout.addLayout(buttons)

        # The table.
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._on_double_click)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(200)  # size columns by the first rows, not by thousands
        for column in (self.COL_DUE, self.COL_STATUS, self.COL_KIND, self.COL_DONE_ON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((self.COL_PROSPECT, 240), (self.COL_GIFT, 300), (self.COL_RESULT, 260)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(self.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(self.COL_DUE, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #6c757d; padding: 12px;")
        layout.addWidget(self.empty_label)
        # What the selected follow-up is about: whom to call, the gift and how it was received.
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setStyleSheet(
            "QLabel#details { background: palette(base); border: 1px solid palette(mid); padding: 8px; }"
        )
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 18)
        layout.addWidget(self.details)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.complete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self.proxy.layoutChanged.connect(self._update_actions)
        ctx.events.changed.connect(self._on_changed)
        # Follow-ups move from "upcoming" to "due today" at midnight: look at the date now and then.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._check_date)
        self._clock.start()
        self.setTabOrder(self.search_edit, self.table)
        self._show_columns()
        self.refresh()

    # -- building -----------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        tip = action.toolTip() if action.toolTip() != action.iconText() else ""
        if not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip} ({keys})" if tip else keys
        button.setToolTip(tip)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    def _columns(self) -> list[Column]:
        def today() -> dt.date:
            return self.proxy.today

        def row_background(f: FollowUp) -> QColor | None:
            bucket = followups.bucket_of(f, today())
            return DANGER_BG if bucket == OVERDUE else WARNING_BG if bucket == DUE_TODAY else None

        def row_foreground(f: FollowUp) -> QColor | None:
            return MUTED_FG if f.done_on else None

        def status(f: FollowUp) -> str:
            bucket = followups.bucket_of(f, today())
            if bucket == OVERDUE:
                return self.tr("%n day(s) overdue", "", (today() - f.due).days)
            if bucket == UPCOMING:
                return self.tr("in %n day(s)", "", (f.due - today()).days)
            return value_label(bucket)

        def gift_text(f: FollowUp) -> str:
            if f.gift is None:
                return ""
            return f"{f.gift.description} ({fmt_date(f.gift.date)})"

        def gift_tip(f: FollowUp) -> str:
            if f.gift is None:
                return ""
            reaction = value_label(f.gift.reaction) if f.gift.reaction else self.tr("Reaction not known yet")
            return f"{f.gift.description}\n{fmt_date(f.gift.date)} · {value_label(f.gift.kind)} · {reaction}"

        def column(header: str, display: Callable[[FollowUp], str], **extra: Any) -> Column:
            return Column(header, display, background=row_background, foreground=row_foreground, **extra)

        return [
            column(
                self.tr("Due"),
                lambda f: fmt_date(f.due),
                sort_key=lambda f: (f.due, fold(f.prospect.name)),
            ),
            column(
                self.tr("When"),
                status,
                sort_key=lambda f: (_BUCKET_ORDER[followups.bucket_of(f, today())], f.due),
            ),
            column(
                self.tr("Prospect"),
                lambda f: f.prospect.name,
                tooltip=lambda f: self.tr("Double-click to open the prospect"),
            ),
            column(self.tr("Kind"), lambda f: value_label(f.kind)),
            column(self.tr("Note"), lambda f: f.note, tooltip=lambda f: f.note),
            column(
                self.tr("Linked gift"),
                gift_text,
                tooltip=gift_tip,
                sort_key=lambda f: fold(gift_text(f)),
            ),
            column(
                self.tr("Done on"),
                lambda f: fmt_date(f.done_on),
                sort_key=lambda f: f.done_on or dt.date.min,
            ),
            column(self.tr("Result"), lambda f: f.result, tooltip=lambda f: f.result),
        ]

    # -- showing --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the follow-ups from the store (keeps the selection)."""
        self._stale = False
        selected = self.selected_followup()
        selected_id = selected.id if selected else None
        self.proxy.today = dt.date.today()
        rows = followups.list_followups(self.ctx.store, ALL, today=self.proxy.today)
        self.model.set_rows(rows)
        counts = Counter(followups.bucket_of(f, self.proxy.today) for f in rows)
        counts[OPEN] = counts[OVERDUE] + counts[DUE_TODAY] + counts[UPCOMING]
        labels = {
            OPEN: self.tr("&All open ({n})"),
            OVERDUE: self.tr("&Overdue ({n})"),
            DUE_TODAY: self.tr("Due &today ({n})"),
            UPCOMING: self.tr("&Upcoming ({n})"),
            DONE: self.tr("Don&e ({n})"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(labels[key].format(n=counts[key]))
        self.filter_buttons[OVERDUE].setStyleSheet(
            "color: #b02a37; font-weight: bold;" if counts[OVERDUE] else ""
        )
        if selected_id:
            self.select_followup(selected_id)
        self._update_empty()
        self._update_actions()

    def set_filter(self, key: str) -> None:
        """Show one bucket (``OVERDUE``, ``DUE_TODAY``, ``UPCOMING``, ``DONE``) or all open ones (``OPEN``)."""
        self._filter = key
        self.filter_buttons[key].setChecked(True)
        self.proxy.set_buckets(_FILTERS[key])
        self._show_columns()
        if key == DONE:
            self.table.sortByColumn(self.COL_DONE_ON, Qt.SortOrder.DescendingOrder)
        elif self.proxy.sortColumn() == self.COL_DONE_ON:
            self.table.sortByColumn(self.COL_DUE, Qt.SortOrder.AscendingOrder)
        self._update_empty()
        self._update_actions()

    def current_filter(self) -> str:
        return self._filter

    def _show_columns(self) -> None:
        done = self._filter == DONE
        self.table.setColumnHidden(self.COL_DONE_ON, not done)
        self.table.setColumnHidden(self.COL_RESULT, not done)
        self.table.setColumnHidden(self.COL_STATUS, done)

    def _update_empty(self) -> None:
        if self.proxy.rowCount():
            self.empty_label.setVisible(False)
            return
        if self.search_edit.text().strip():
            text = self.tr("No follow-up here matches the search.")
        elif self._filter == DONE:
            text = self.tr("Nothing done yet.")
        else:
            text = self.tr("Nothing to do here. Log a gift, or schedule a follow-up with “New follow-up”.")
        self.empty_label.setText(text)
        self.empty_label.setVisible(True)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_empty()
        self._update_actions()

    def _on_changed(self, what: set[str]) -> None:
        if touches(what, "followups", "gifts", "prospects"):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _check_date(self) -> None:
        if dt.date.today() != self.proxy.today:
            self.refresh()

    # -- selection ------------------------------------------------------------------------------------

    def selected_followup(self) -> FollowUp | None:
        index = self.table.selectionModel().currentIndex() if self.table.selectionModel() else QModelIndex()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        return index.data(OBJECT_ROLE)

    def select_followup(self, followup_id: str) -> bool:
        """Select (and scroll to) a follow-up; False when it is not shown under the current filter."""
        row = self.model.row_of(followup_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, self.COL_DUE))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def visible_followups(self) -> list[FollowUp]:
        return [self.proxy.index(row, 0).data(OBJECT_ROLE) for row in range(self.proxy.rowCount())]

    def _update_actions(self, *_args: object) -> None:
        followup = self.selected_followup()
        self._show_details(followup)
        is_open = followup is not None and followup.done_on is None
        self.complete_action.setEnabled(is_open)
        self.reschedule_action.setEnabled(is_open)
        self.plus_day_action.setEnabled(is_open)
        self.plus_week_action.setEnabled(is_open)
        self.reopen_action.setEnabled(followup is not None and not is_open)
        self.edit_note_action.setEnabled(followup is not None)
        self.delete_action.setEnabled(followup is not None)

    def _show_details(self, followup: FollowUp | None) -> None:
        if followup is None:
            self.details.setText(
                f"<span style='color:#6c757d'>{escape(self.tr('Select a follow-up to see the details.'))}</span>"
            )
            return
        p = followup.prospect
        reach = " · ".join(
            escape(part)
            for part in (" ".join(x for x in (p.postal_code, p.city) if x), p.phone, p.email)
            if part
        )
        lines = [f"<b>{escape(p.name)}</b>" + (f" — {reach}" if reach else "")]
        what = (
            f"{escape(value_label(followup.kind))}, {escape(self.tr('due'))} {escape(fmt_date(followup.due))}"
        )
        if followup.note:
            what += f": {escape(followup.note)}"
        lines.append(what)
        gift = followup.gift
        if gift is not None:
            reaction = value_label(gift.reaction) if gift.reaction else self.tr("reaction not known yet")
            if gift.reaction_note:
                reaction += f" ({gift.reaction_note})"
            lines.append(
                escape(
                    self.tr("Gift: {description} — {kind}, {date}; {reaction}").format(
                        description=gift.description,
                        kind=value_label(gift.kind),
                        date=fmt_date(gift.date),
                        reaction=reaction,
                    )
                )
            )
        if followup.done_on:
            lines.append(
                escape(
                    self.tr("Done on {date}: {result}").format(
                        date=fmt_date(followup.done_on), result=followup.result or "—"
                    )
                )
            )
        self.details.setText("<br>".join(lines))

    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        for action in (
            self.complete_action,
            self.reopen_action,
            self.reschedule_action,
            self.plus_day_action,
            self.plus_week_action,
            self.edit_note_action,
            None,
            self.new_action,
            None,
            self.delete_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _on_double_click(self, index: QModelIndex) -> None:
        followup = index.data(OBJECT_ROLE)
        if followup is None:
            return
        if index.column() == self.COL_PROSPECT:
            self.prospect_activated.emit(followup.prospect_id)
        elif index.column() in (self.COL_NOTE, self.COL_RESULT) or followup.done_on:
            self.edit_note_selected()
        else:
            self.complete_selected()

    # -- actions ----------------------------------------------------------------------------------------

    def new_followup(self) -> None:
        """Schedule a follow-up (for the selected row's prospect unless another is picked)."""
        selected = self.selected_followup()
        prospect = (selected.prospect_id, selected.prospect.name) if selected else None
        store = self.ctx.store
        created: list[str] = []

        def submit(values: dict[str, Any]) -> None:
            def do() -> None:
                if created:
                    followups.restore_followup(store, created[0])
                else:
                    result = followups.add_followup(
                        store,
                        values["prospect_id"],
                        kind=values["kind"],
                        due=values["due"],
                        note=values["note"],
                    )
                    created.append(result.followup.id)

            def undo() -> None:
                followups.delete_followup(store, created[0])

            self.ctx.execute(self._command(self.tr("New follow-up"), ("followups",), do, undo))

        if self._open_dialog(NewFollowUpDialog(self.ctx, self, prospect=prospect, submit=submit)) and created:
            self._reveal(created[0])

    def _reveal(self, followup_id: str) -> None:
        """Select a follow-up, switching to a filter that shows it when needed."""
        if self.select_followup(followup_id):
            return
        self.search_edit.clear()
        self.set_filter(OPEN)
        if not self.select_followup(followup_id):
            self.set_filter(DONE)
            self.select_followup(followup_id)

    def complete_selected(self) -> None:
        """Mark the selected follow-up done (dialog: result; for gift feedback also the reaction)."""
        followup = self.selected_followup()
        if followup is None or followup.done_on is not None:
            return
        store, followup_id = self.ctx.store, followup.id
        gift = followup.gift
        old_reaction, old_note = (gift.reaction, gift.reaction_note) if gift else (None, "")

        def submit(values: dict[str, Any]) -> None:
            if "reaction" in values:

                def do() -> None:
                    followups.complete_followup_with_reaction(store, followup_id, **values)

                def undo() -> None:
                    followups.reopen_followup_with_reaction(
                        store, followup_id, reaction=old_reaction, reaction_note=old_note
                    )

                what: tuple[str, ...] = ("followups", "gifts")
            else:

                def do() -> None:
                    followups.complete_followup(store, followup_id, **values)

                def undo() -> None:
                    followups.reopen_followup(store, followup_id)

                what = ("followups",)
            self.ctx.execute(self._command(self.tr("Complete follow-up"), what, do, undo))

        self._open_dialog(CompleteFollowUpDialog(followup, self, submit=submit))

    def reopen_selected(self) -> None:
        """Undo a completion by hand: the follow-up is open again (its result is cleared)."""
        followup = self.selected_followup()
        if followup is None or followup.done_on is None:
            return
        store, followup_id = self.ctx.store, followup.id
        old_result, old_done_on = followup.result, followup.done_on
        self.ctx.push(
            self._command(
                self.tr("Reopen follow-up"),
                ("followups",),
                lambda: followups.reopen_followup(store, followup_id),
                lambda: followups.complete_followup(
                    store, followup_id, result=old_result, done_on=old_done_on
                ),
            ),
            self,
        )

    def _reschedule_command(self, followup: FollowUp, due: dt.date) -> ServiceCommand:
        store, followup_id, old_due = self.ctx.store, followup.id, followup.due
        return self._command(
            self.tr("Reschedule follow-up"),
            ("followups",),
            lambda: followups.reschedule_followup(store, followup_id, due),
            lambda: followups.reschedule_followup(store, followup_id, old_due),
        )

    def reschedule_selected(self) -> None:
        followup = self.selected_followup()
        if followup is None or followup.done_on is not None:
            return

        def submit(values: dict[str, Any]) -> None:
            if values["due"] != followup.due:
                self.ctx.execute(self._reschedule_command(followup, values["due"]))

        self._open_dialog(RescheduleDialog(self.ctx, followup, self, submit=submit))

    def postpone_selected(self, days: int) -> None:
        """Quick reschedule: ``days`` later than the due date (an overdue one counts from today)."""
        followup = self.selected_followup()
        if followup is None or followup.done_on is not None:
            return
        due = max(followup.due, dt.date.today()) + dt.timedelta(days=days)
        self.ctx.push(self._reschedule_command(followup, due), self)

    def edit_note_selected(self) -> None:
        followup = self.selected_followup()
        if followup is None:
            return
        store, followup_id, old = self.ctx.store, followup.id, followup.note

        def submit(values: dict[str, Any]) -> None:
            new = values["note"]
            if new != old:
                self.ctx.execute(
                    self._command(
                        self.tr("Edit follow-up note"),
                        ("followups",),
                        lambda: followups.update_followup_note(store, followup_id, new),
                        lambda: followups.update_followup_note(store, followup_id, old),
                    )
                )

        self._open_dialog(NoteDialog(followup, self, submit=submit))

    def delete_selected(self) -> None:
        followup = self.selected_followup()
        if followup is None:
            return
        store, followup_id = self.ctx.store, followup.id
        self.ctx.push(
            self._command(
                self.tr("Delete follow-up"),
                ("followups",),
                lambda: followups.delete_followup(store, followup_id),
                lambda: followups.restore_followup(store, followup_id),
            ),
            self,
        )
