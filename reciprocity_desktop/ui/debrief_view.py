"""The debrief: the day's paper visit sheets typed back in, one row per visit, fast with the keyboard.

In the table: D done, N nobody there, C cancelled, G toggles "gift handed over", 0–5 pick the
outcome (4 = order, which jumps to the order value), F jumps to the next follow-up, T to the note,
Backspace forgets what was typed on the row. Ctrl+Enter saves the current row (one
``debriefs.debrief_visit`` call) and moves to the next; "Save all" saves every edited row of the day,
one call per visit, and marks the rows that failed with their error while keeping what was typed.
Rows already debriefed show what was recorded; only their note can still be changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import followups, validate, visits
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store.models import FollowUpKind, OutcomeKind, Visit, VisitStatus
from reciprocity_desktop.ui.context import UiContext, touches
from reciprocity_desktop.ui.labels import fmt_date, fmt_money, message_text, value_label
from reciprocity_desktop.ui.widgets.forms import to_date, to_qdate
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import ID_ROLE

SAVED_BG = QColor("#d1e7dd")
PLANNED = VisitStatus.PLANNED.value
DONE = VisitStatus.DONE.value

#: Outcome by digit key (0 = nothing came back).
OUTCOME_KEYS = {
    Qt.Key.Key_0: "",
    Qt.Key.Key_1: OutcomeKind.CONVERSATION.value,
    Qt.Key.Key_2: OutcomeKind.REFERRAL.value,
    Qt.Key.Key_3: OutcomeKind.MEETING.value,
    Qt.Key.Key_4: OutcomeKind.ORDER.value,
    Qt.Key.Key_5: OutcomeKind.OTHER.value,
}
STATUS_KEYS = {
    Qt.Key.Key_D: VisitStatus.DONE.value,
    Qt.Key.Key_N: VisitStatus.NOBODY_THERE.value,
    Qt.Key.Key_C: VisitStatus.CANCELLED.value,
}
FOLLOWUP_KINDS = [
    FollowUpKind.CALL.value,
    FollowUpKind.SEND_INFO.value,
    FollowUpKind.VISIT.value,
    FollowUpKind.ASK_ORDER.value,
    FollowUpKind.ASK_FEEDBACK.value,
]
PRESET_DAYS = (7, 14, 30)


@dataclass
class Draft:
    """What was typed for one visit and not saved yet."""

    status: str = PLANNED
    gift: bool = False
    gift_touched: bool = False  # the user set the gift check by hand
    outcome_kind: str = ""
    outcome_value: str = ""
    note: str = ""
    followup_kind: str = ""
    followup_due: str = ""
    followup_note: str = ""
    edited: bool = False


@dataclass
class Feedback:
    """What happened when the row was last saved: ``error``, ``warning`` or ``saved``."""

    kind: str
    text: str
    followup: str = ""  # the follow-up scheduled by that save, for the table


@dataclass
class Row:
    visit: Visit
    results: debriefs.VisitResults
    draft: Draft
    feedback: Feedback | None = None

    @property
    def debriefed(self) -> bool:
        return self.visit.status != PLANNED

    @property
    def planned_gift(self) -> str:
        if self.visit.gift_stock_item is not None:
            return self.visit.gift_stock_item.name
        return self.visit.gift_note

    @property
    def gift_possible(self) -> bool:
        return not self.debriefed and bool(self.planned_gift) and self.draft.status == DONE


class DebriefModel(QAbstractTableModel):
    """The day's visits with what was typed (or, for debriefed rows, what was recorded)."""

    NUMBER, TIME, PROSPECT, STATUS, GIFT, OUTCOME, FOLLOWUP, NOTE, RESULT = range(9)

    gift_toggled = Signal(int, bool)  # row, handed over

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Row]:
        return self._rows

    def row(self, number: int) -> Row:
        return self._rows[number]

    def row_of(self, visit_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.visit.id == visit_id), -1)

    def row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.RESULT))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("#"),
            self.tr("Time"),
            self.tr("Prospect"),
            self.tr("Status"),
            self.tr("Gift handed over"),
            self.tr("Outcome"),
            self.tr("Next follow-up"),
            self.tr("Note"),
            self.tr("Result"),
        ][section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == self.GIFT and self._rows[index.row()].gift_possible:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        if index.isValid() and index.column() == self.GIFT and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.gift_toggled.emit(index.row(), checked)
            return True
        return False

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.row(), column)
        if role == ID_ROLE:
            return row.visit.id
        if role == Qt.ItemDataRole.CheckStateRole and column == self.GIFT:
            if row.debriefed:
                checked = bool(row.results.gifts)
            elif row.planned_gift:
                checked = row.draft.gift
            else:
                return None
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.TIME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.RESULT and row.feedback:
            return {"error": DANGER_BG, "warning": WARNING_BG, "saved": SAVED_BG}[row.feedback.kind]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.RESULT and row.draft.edited:
            return WARNING_BG
        muted = row.debriefed or (column == self.STATUS and row.draft.status == PLANNED)
        if role == Qt.ItemDataRole.ForegroundRole and column != self.RESULT and muted:
            return MUTED_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(index.row(), column)
            return text or None
        return None

    def display(self, number: int, column: int) -> str:
        row = self._rows[number]
        visit, draft = row.visit, row.draft
        if column == self.NUMBER:
            return str(number + 1)
        if column == self.TIME:
            return visit.planned_time
        if column == self.PROSPECT:
            return visit.prospect.name
        if column == self.STATUS:
            return value_label(visit.status if row.debriefed else draft.status)
        if column == self.GIFT:
            if row.debriefed:
                return ", ".join(g.description for g in row.results.gifts)
            return row.planned_gift or self.tr("(none planned)")
        if column == self.OUTCOME:
            if row.debriefed:
                return "; ".join(_outcome_text(o.kind, o.value_cents) for o in row.results.outcomes)
            if not draft.outcome_kind:
                return ""
            cents = _cents_or_none(draft.outcome_value)
            return _outcome_text(draft.outcome_kind, cents, draft.outcome_value)
        if column == self.FOLLOWUP:
            if row.debriefed:
                return row.feedback.followup if row.feedback else ""
            if not draft.followup_kind:
                return ""
            return f"{value_label(draft.followup_kind)} · {_due_text(draft.followup_due)}"
        if column == self.NOTE:
            return " ".join(draft.note.split())
        if row.feedback:
            return row.feedback.text
        if draft.edited:
            return self.tr("Not saved yet")
        if row.debriefed:
            return self.tr("Debriefed")
        return ""


def _cents_or_none(text: str) -> int | None:
    try:
        return validate.amount_cents(text, "order value")
    except DomainError:
        return None


def _outcome_text(kind: str, cents: int | None, raw: str = "") -> str:
    label = value_label(kind)
    if cents:
        return f"{label} · {fmt_money(cents)}"
    if raw.strip() and cents is None:
        return f"{label} · {raw.strip()}"
    return label


def _set_text(edit: QLineEdit, text: str) -> None:
    """Set a line edit's text without moving the cursor when it already holds that text."""
    if edit.text() != text:
        edit.setText(text)


def _due_text(text: str) -> str:
    try:
        return fmt_date(dt.date.fromisoformat(text.strip()))
    except ValueError:
        return text.strip() or "?"


class DebriefView(QWidget):
    """Type a day's visit results back in: status, gift, outcome, note and next follow-up per visit."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._drafts: dict[str, Draft] = {}
        self._feedback: dict[str, Feedback] = {}
        self._loading = False
        self._form_row = -1

        # -- the day and the scanner field
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("debrief_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd, yyyy-MM-dd")
        self.date_edit.setMinimumWidth(150)
        self.date_edit.setDate(to_qdate(debriefs.debrief_default_day(ctx.store)))
        day_label = QLabel(self.tr("Da&y:"))
        day_label.setBuddy(self.date_edit)
        self.prev_button = QPushButton(self.tr("◀ Previou&s"))
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next_button = QPushButton(self.tr("Ne&xt ▶"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.summary = QLabel()
        self.summary.setObjectName("debrief_summary")
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.goto = QLineEdit()
        self.goto.setObjectName("goto_visit")
        self.goto.setClearButtonEnabled(True)
        self.goto.setPlaceholderText(self.tr("Scan or paste reciprocity:visit:…"))
        self.goto.setMinimumWidth(260)
        goto_label = QLabel(self.tr("Go to visit (&QR code):"))
        goto_label.setBuddy(self.goto)
        self.goto_error = QLabel()
        self.goto_error.setObjectName("goto_error")
        self.goto_error.setStyleSheet("color: #b02a37;")

        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.prev_button)
        top.addWidget(self.date_edit)
        top.addWidget(self.next_button)
        top.addWidget(self.today_button)
        top.addSpacing(16)
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.goto_error)
        top.addWidget(goto_label)
        top.addWidget(self.goto)

        # -- the table
        self.model = DebriefModel(self)
        self.table = QTableView()
        self.table.setObjectName("debrief_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DebriefModel.RESULT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (DebriefModel.NUMBER, 28),
            (DebriefModel.TIME, 46),
            (DebriefModel.PROSPECT, 165),
            (DebriefModel.STATUS, 95),
            (DebriefModel.GIFT, 135),
            (DebriefModel.OUTCOME, 115),
            (DebriefModel.FOLLOWUP, 125),
            (DebriefModel.NOTE, 90),
        ):
            header.resizeSection(column, width)
        legend = QLabel(
            self.tr(
                "Keys in the table: D done · N nobody there · C cancelled · G gift handed over · "
                "0 no outcome, 1 conversation, 2 referral, 3 meeting, 4 order, 5 other · F follow-up · "
                "T note · Backspace forget the row · Ctrl+Enter save the row and go to the next."
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet(f"color: {MUTED_FG.name()};")
        self.save_message = QLabel()
        self.save_message.setObjectName("save_message")
        self.save_message.setWordWrap(True)
        table_side = QWidget()
        table_layout = QVBoxLayout(table_side)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(legend)
        table_layout.addWidget(self.save_message)

        # -- the per-row form
        self.form_box = QGroupBox(self.tr("Visit"))
        self.form_title = QLabel()
        self.form_title.setObjectName("form_title")
        self.form_title.setFont(bold)
        self.form_title.setWordWrap(True)
        self.form_address = QLabel()
        self.form_address.setWordWrap(True)
        self.form_address.setStyleSheet(f"color: {MUTED_FG.name()};")

        self.status_buttons: dict[str, QRadioButton] = {
            VisitStatus.DONE.value: QRadioButton(self.tr("Do&ne")),
            VisitStatus.NOBODY_THERE.value: QRadioButton(self.tr("No&body there")),
            VisitStatus.CANCELLED.value: QRadioButton(self.tr("&Cancelled")),
        }
        self.status_group = QButtonGroup(self)
        status_row = QHBoxLayout()
        for button in self.status_buttons.values():
            self.status_group.addButton(button)
            status_row.addWidget(button)
        status_row.addStretch(1)

        self.gift_check = QCheckBox(self.tr("Gift &handed over:"))
        self.gift_check.setObjectName("gift_check")
        self.gift_name = QLabel()
        self.gift_name.setObjectName("gift_name")
        self.gift_name.setWordWrap(True)
        gift_row = QHBoxLayout()
        gift_row.addWidget(self.gift_check)
        gift_row.addWidget(self.gift_name, 1)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome_kind")
        for key, kind in OUTCOME_KEYS.items():
            digit = chr(int(key))
            self.outcome.addItem(f"{digit} · {value_label(kind) if kind else self.tr('nothing (yet)')}", kind)
        outcome_label = QLabel(self.tr("&Outcome:"))
        outcome_label.setBuddy(self.outcome)
        self.value = QLineEdit()
        self.value.setObjectName("order_value")
        self.value.setPlaceholderText(self.tr("e.g. 1250.00"))
        value_label_ = QLabel(self.tr("Order va&lue:"))
        value_label_.setBuddy(self.value)
        self.value_error = QLabel()
        self.value_error.setObjectName("value_error")
        self.value_error.setStyleSheet("color: #b02a37;")
        self.value_error.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.setPlaceholderText(self.tr("What was said, who you met…"))
        note_label = QLabel(self.tr("Not&e:"))
        note_label.setBuddy(self.note)

        self.followup_kind = QComboBox()
        self.followup_kind.setObjectName("followup_kind")
        self.followup_kind.addItem(self.tr("(no follow-up)"), "")
        for kind in FOLLOWUP_KINDS:
            self.followup_kind.addItem(value_label(kind), kind)
        followup_label = QLabel(self.tr("Follo&w-up:"))
        followup_label.setBuddy(self.followup_kind)
        self.due = QLineEdit()
        self.due.setObjectName("followup_due")
        self.due.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.due.setMaximumWidth(110)
        due_label = QLabel(self.tr("D&ue:"))
        due_label.setBuddy(self.due)
        self.preset_buttons: list[QPushButton] = []
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        for days, text in zip(
            PRESET_DAYS, (self.tr("+&7 d"), self.tr("+1&4 d"), self.tr("+&30 d")), strict=True
        ):
            button = QPushButton(text)
            button.setObjectName(f"preset_{days}")
            button.setToolTip(self.tr("Due %1 days after the visit").replace("%1", str(days)))
            button.setMaximumWidth(60)
            button.clicked.connect(lambda _c=False, d=days: self._preset(d))
            self.preset_buttons.append(button)
            due_row.addWidget(button)
        due_row.addStretch(1)
        self.followup_note = QLineEdit()
        self.followup_note.setObjectName("followup_note")
        self.followup_note.setPlaceholderText(self.tr("What to do then"))
        followup_note_label = QLabel(self.tr("&Memo:"))
        followup_note_label.setBuddy(self.followup_note)
        self.followup_message = QLabel()
        self.followup_message.setObjectName("followup_message")
        self.followup_message.setWordWrap(True)

        self.save_row_button = QPushButton(self.tr("Save row (Ctrl+Enter)"))
        self.save_row_button.setObjectName("save_row")
        self.save_all_button = QPushButton(self.tr("Save &all edited"))
        self.save_all_button.setObjectName("save_all")
        self.row_message = QLabel()
        self.row_message.setObjectName("row_message")
        self.row_message.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Status:"), status_row)
        form.addRow("", gift_row)
        form.addRow(outcome_label, self.outcome)
        form.addRow(value_label_, self.value)
        form.addRow("", self.value_error)
        form.addRow(note_label, self.note)
        form.addRow(followup_label, self.followup_kind)
        form.addRow(due_label, due_row)
        form.addRow(followup_note_label, self.followup_note)
        form.addRow("", self.followup_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_row_button)
        buttons.addWidget(self.save_all_button)
        buttons.addStretch(1)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addWidget(self.form_title)
        form_layout.addWidget(self.form_address)
        form_layout.addLayout(form)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.row_message)
        form_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(table_side)
        splitter.addWidget(self.form_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([960, 390])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        # -- wiring
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.prev_button.clicked.connect(lambda: self.shift_day(-1))
        self.next_button.clicked.connect(lambda: self.shift_day(1))
        self.today_button.clicked.connect(lambda: self.set_day(dt.date.today()))
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.shift_day(step))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_current_and_next)
        self.goto.returnPressed.connect(self.go_to_visit)
        self.goto.textChanged.connect(self._goto_typed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._load_form(current.row())
        )
        self.table.installEventFilter(self)
        self.model.gift_toggled.connect(self._gift_toggled)
        self.status_group.buttonClicked.connect(self._form_edited)
        self.gift_check.clicked.connect(self._gift_clicked)
        self.outcome.currentIndexChanged.connect(self._form_edited)
        self.value.textEdited.connect(self._form_edited)
        self.note.textChanged.connect(self._form_edited)
        self.followup_kind.currentIndexChanged.connect(self._followup_kind_changed)
        self.due.textEdited.connect(self._form_edited)
        self.followup_note.textEdited.connect(self._form_edited)
        self.save_row_button.clicked.connect(self.save_current_and_next)
        self.save_all_button.clicked.connect(self.save_all)
        ctx.events.changed.connect(self._on_changed)

        self.setTabOrder(self.date_edit, self.table)
        self.setTabOrder(self.table, self.status_buttons[DONE])
        self.refresh()

    # -- the day

    def day(self) -> dt.date:
        return to_date(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def shift_day(self, days: int) -> None:
        self.set_day(self.day() + dt.timedelta(days=days))

    def _on_changed(self, what: set[str]) -> None:
        if touches(what, "visits", "prospects", "gifts", "outcomes", "stock"):
            self.refresh()

    def refresh(self) -> None:
        keep = self.current_visit_id()
        day_visits = visits.list_day(self.ctx.store, self.day())
        results = debriefs.visit_results(self.ctx.store, [v.id for v in day_visits])
        rows = []
        for visit in day_visits:
            draft = self._drafts.get(visit.id)
            if draft is None or (visit.status != PLANNED and draft.status == PLANNED and not draft.edited):
                draft = self._new_draft(visit)
                self._drafts[visit.id] = draft
            rows.append(Row(visit, results[visit.id], draft, self._feedback.get(visit.id)))
        self._form_row = -1
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = next((i for i, r in enumerate(rows) if not r.debriefed), 0)
        if row >= 0:
            self.select_row(row)
        else:
            self._load_form(-1)
        self._update_summary()

    def _new_draft(self, visit: Visit) -> Draft:
        return Draft(status=visit.status, note=visit.notes)

    def _update_summary(self) -> None:
        rows = self.model.rows()
        debriefed = sum(1 for r in rows if r.debriefed)
        edited = sum(1 for r in rows if r.draft.edited)
        if rows:
            parts = [
                self.tr("Visits: %1").replace("%1", str(len(rows))),
                self.tr("debriefed: %1").replace("%1", str(debriefed)),
            ]
        else:
            parts = [self.tr("No visits on this day.")]
        if edited:
            parts.append(self.tr("edited, not saved: %1").replace("%1", str(edited)))
        elsewhere = sum(1 for vid, d in self._drafts.items() if d.edited and self.model.row_of(vid) < 0)
        if elsewhere:
            parts.append(self.tr("unsaved on other days: %1").replace("%1", str(elsewhere)))
        self.summary.setText(" · ".join(parts))
        self.save_all_button.setEnabled(edited > 0)

    # -- the current row

    def current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def current_visit_id(self) -> str | None:
        row = self.current_row()
        return self.model.row(row).visit.id if 0 <= row < self.model.rowCount() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, DebriefModel.PROSPECT)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._load_form(row)

    def _load_form(self, number: int) -> None:
        self._form_row = number
        self._loading = True
        try:
            valid = 0 <= number < self.model.rowCount()
            self.form_box.setEnabled(valid)
            if not valid:
                self.form_title.setText(self.tr("No visit selected"))
                self.form_address.clear()
                self.row_message.clear()
                return
            row = self.model.row(number)
            draft = row.draft
            prospect = row.visit.prospect
            time = f"{row.visit.planned_time}  " if row.visit.planned_time else ""
            self.form_title.setText(f"{number + 1}. {time}{prospect.name}")
            town = " ".join(p for p in (prospect.postal_code, prospect.city) if p)
            self.form_address.setText(", ".join(p for p in (prospect.street, town) if p))
            editable = not row.debriefed
            self.status_group.setExclusive(False)
            for status, button in self.status_buttons.items():
                button.setChecked(status == (row.visit.status if row.debriefed else draft.status))
                button.setEnabled(editable)
            self.status_group.setExclusive(True)
            if row.debriefed:
                given = ", ".join(g.description for g in row.results.gifts)
                self.gift_name.setText(given or self.tr("(no gift recorded)"))
                self.gift_check.setChecked(bool(given))
            elif row.planned_gift:
                self.gift_name.setText(row.planned_gift)
                self.gift_check.setChecked(draft.gift)
            else:
                self.gift_name.setText(self.tr("(no gift planned for this visit)"))
                self.gift_check.setChecked(False)
            self.gift_check.setEnabled(row.gift_possible)
            if row.debriefed:
                kinds = [o.kind for o in row.results.outcomes]
                self.outcome.setCurrentIndex(max(self.outcome.findData(kinds[0] if kinds else ""), 0))
                cents = sum(o.value_cents for o in row.results.outcomes)
                self.value.setText(f"{cents / 100:.2f}" if cents else "")
                self.followup_kind.setCurrentIndex(0)
                self.due.clear()
                self.followup_note.clear()
            else:
                self.outcome.setCurrentIndex(max(self.outcome.findData(draft.outcome_kind), 0))
                _set_text(self.value, draft.outcome_value)
                self.followup_kind.setCurrentIndex(max(self.followup_kind.findData(draft.followup_kind), 0))
                _set_text(self.due, draft.followup_due)
                _set_text(self.followup_note, draft.followup_note)
            if self.note.toPlainText() != draft.note:
                self.note.setPlainText(draft.note)
            for widget in (
                self.outcome,
                self.followup_kind,
                self.due,
                self.followup_note,
                *self.preset_buttons,
            ):
                widget.setEnabled(editable)
            self.value.setEnabled(editable and draft.outcome_kind == OutcomeKind.ORDER.value)
            self.note.setEnabled(True)
        finally:
            self._loading = False
        self._validate()
        self._show_row_message()

    def _show_row_message(self) -> None:
        number = self._form_row
        if not 0 <= number < self.model.rowCount():
            self.row_message.clear()
            return
        row = self.model.row(number)
        lines = [row.feedback.text] if row.feedback else []
        if row.debriefed:
            lines.append(self.tr("Already debriefed: only the note can still be changed."))
        self.row_message.setText("\n".join(lines))
        if row.feedback:
            colour = {"error": DANGER_BG, "warning": WARNING_BG, "saved": SAVED_BG}[row.feedback.kind]
            self.row_message.setStyleSheet(f"background: {colour.name()}; padding: 4px;")
        else:
            self.row_message.setStyleSheet(f"color: {MUTED_FG.name()};")

    def _validate(self) -> bool:
        """Check the form as typed: errors beside the fields; warnings (cool-down) in yellow."""
        number = self._form_row
        ok = True
        self.value_error.clear()
        self.followup_message.clear()
        self.followup_message.setStyleSheet("")
        if 0 <= number < self.model.rowCount() and not self.model.row(number).debriefed:
            row = self.model.row(number)
            draft = row.draft
            if draft.outcome_kind == OutcomeKind.ORDER.value and draft.outcome_value.strip():
                try:
                    validate.amount_cents(draft.outcome_value, "order value")
                except DomainError as error:
                    self.value_error.setText(message_text(error.message))
                    ok = False
            if draft.followup_kind:
                try:
                    warnings = followups.check_followup(
                        self.ctx.store, row.visit.prospect_id, draft.followup_kind, draft.followup_due
                    )
                except DomainError as error:
                    self.followup_message.setText(message_text(error.message))
                    self.followup_message.setStyleSheet("color: #b02a37;")
                    ok = False
                else:
                    if warnings:
                        self.followup_message.setText("\n".join(message_text(w) for w in warnings))
                        self.followup_message.setStyleSheet(f"background: {WARNING_BG.name()}; padding: 4px;")
            elif draft.followup_due.strip():
                self.followup_message.setText(self.tr("Choose the kind of follow-up, or clear the due date."))
                self.followup_message.setStyleSheet("color: #b02a37;")
        self.save_row_button.setEnabled(ok and 0 <= number < self.model.rowCount())
        return ok

    # -- editing

    def _draft_of(self, number: int) -> Draft | None:
        if not 0 <= number < self.model.rowCount():
            return None
        return self.model.row(number).draft

    def _touch(self, number: int) -> None:
        row = self.model.row(number)
        row.draft.edited = True
        row.feedback = None
        self._feedback.pop(row.visit.id, None)
        self.model.row_changed(number)
        self._update_summary()

    def set_status(self, number: int, status: str) -> None:
        row = self.model.row(number)
        if row.debriefed:
            QApplication.beep()
            return
        row.draft.status = status
        if status != DONE:
            row.draft.gift = False
        elif not row.draft.gift_touched:
            row.draft.gift = bool(row.planned_gift)
        self._touch(number)
        if number == self._form_row:
            self._load_form(number)

    def toggle_gift(self, number: int) -> None:
        self._gift_toggled(number, not self.model.row(number).draft.gift)

    def _gift_toggled(self, number: int, checked: bool) -> None:
        row = self.model.row(number)
        if not row.gift_possible:
            QApplication.beep()
            return
        row.draft.gift = checked
        row.draft.gift_touched = True
        self._touch(number)
        if number == self._form_row:
            self._load_form(number)

    def _gift_clicked(self, checked: bool) -> None:
        if self._form_row >= 0:
            self._gift_toggled(self._form_row, checked)

    def set_outcome(self, number: int, kind: str) -> None:
        row = self.model.row(number)
        if row.debriefed:
            QApplication.beep()
            return
        row.draft.outcome_kind = kind
        if kind != OutcomeKind.ORDER.value:
            row.draft.outcome_value = ""
        self._touch(number)
        if number == self._form_row:
            self._load_form(number)

    def forget_row(self, number: int) -> None:
        row = self.model.row(number)
        row.draft = self._new_draft(row.visit)
        self._drafts[row.visit.id] = row.draft
        row.feedback = None
        self._feedback.pop(row.visit.id, None)
        self.model.row_changed(number)
        self._update_summary()
        if number == self._form_row:
            self._load_form(number)

    def _form_edited(self, *_args) -> None:
        number = self._form_row
        draft = self._draft_of(number)
        if self._loading or draft is None:
            return
        row = self.model.row(number)
        if row.debriefed:
            if self.note.toPlainText() == draft.note:
                return
            draft.note = self.note.toPlainText()
            self._touch(number)
            return
        checked = self.status_group.checkedButton()
        status = next((s for s, b in self.status_buttons.items() if b is checked), draft.status)
        if status != draft.status:
            self.set_status(number, status)
        draft.outcome_kind = self.outcome.currentData() or ""
        self.value.setEnabled(draft.outcome_kind == OutcomeKind.ORDER.value)
        if draft.outcome_kind != OutcomeKind.ORDER.value and self.value.text():
            self.value.clear()
        draft.outcome_value = self.value.text()
        draft.note = self.note.toPlainText()
        draft.followup_kind = self.followup_kind.currentData() or ""
        draft.followup_due = self.due.text()
        draft.followup_note = self.followup_note.text()
        self._touch(number)
        self._validate()
        self._show_row_message()

    def _followup_kind_changed(self, *_args) -> None:
        if self._loading:
            return
        draft = self._draft_of(self._form_row)
        if draft is not None and self.followup_kind.currentData() and not self.due.text().strip():
            self.due.setText(self._preset_date(PRESET_DAYS[0]))
        self._form_edited()

    def _preset_date(self, days: int) -> str:
        row = self.model.row(self._form_row)
        return (row.visit.date + dt.timedelta(days=days)).isoformat()

    def _preset(self, days: int) -> None:
        if self._draft_of(self._form_row) is None:
            return
        self._loading = True
        if not self.followup_kind.currentData():
            self.followup_kind.setCurrentIndex(self.followup_kind.findData(FollowUpKind.CALL.value))
        self._loading = False
        self.due.setText(self._preset_date(days))
        self._form_edited()

    # -- saving

    def _debrief_of(self, row: Row) -> debriefs.Debrief:
        draft = row.draft
        return debriefs.Debrief(
            status=draft.status,
            gift_handed_over=draft.gift,
            outcome_kind=draft.outcome_kind,
            outcome_value=draft.outcome_value if draft.outcome_kind == OutcomeKind.ORDER.value else None,
            note=draft.note.strip(),
            followup_kind=draft.followup_kind,
            followup_due=draft.followup_due.strip() if draft.followup_kind else None,
            followup_note=draft.followup_note,
        )

    def _save_row(self, row: Row) -> Feedback:
        """One service call for one visit. Keeps the draft when it fails."""
        store, visit_id = self.ctx.store, row.visit.id
        try:
            if row.debriefed:
                visits.update_visit(store, visit_id, notes=row.draft.note)
                feedback = Feedback("saved", self.tr("Note saved."))
            elif row.draft.status == PLANNED:
                feedback = Feedback(
                    "error", self.tr("Say what happened first: D done, N nobody there, C cancelled.")
                )
                self._feedback[visit_id] = feedback
                return feedback
            else:
                result = debriefs.debrief_visit(store, visit_id, self._debrief_of(row))
                parts = [self.tr("Saved.")]
                if result.gift is not None:
                    parts.append(self.tr("Gift recorded: %1.").replace("%1", result.gift.description))
                followup_text = ""
                for followup in result.followups:
                    line = f"{value_label(followup.kind)} · {fmt_date(followup.due)}"
                    parts.append(self.tr("Follow-up: %1.").replace("%1", line))
                    if followup.gift_id is None:
                        followup_text = line
                warnings = [message_text(w) for w in result.warnings]
                parts.extend(f"⚠ {w}" for w in warnings)
                feedback = Feedback("warning" if warnings else "saved", " ".join(parts), followup_text)
        except DomainError as error:
            feedback = Feedback("error", message_text(error.message))
            self._feedback[visit_id] = feedback
            return feedback
        self._feedback[visit_id] = feedback
        self._drafts.pop(visit_id, None)
        return feedback

    def _after_save(self) -> None:
        self.ctx.events.emit("visits", "gifts", "stock", "followups", "outcomes")

    def save_current_and_next(self) -> None:
        number = self.current_row()
        if not 0 <= number < self.model.rowCount():
            return
        if not self._validate():
            QApplication.beep()
            return
        row = self.model.row(number)
        if not row.draft.edited:
            if number + 1 < self.model.rowCount():
                self.select_row(number + 1)
            return
        feedback = self._save_row(row)
        row.feedback = feedback
        if feedback.kind == "error":
            self.model.row_changed(number)
            self._show_row_message()
            self.save_message.setText(
                self.tr("%1: not saved — see the row.").replace("%1", row.visit.prospect.name)
            )
            return
        next_id = self.model.row(number + 1).visit.id if number + 1 < self.model.rowCount() else row.visit.id
        self.save_message.setText(
            self.tr("%1: saved with warnings — see the row.").replace("%1", row.visit.prospect.name)
            if feedback.kind == "warning"
            else self.tr("%1: saved.").replace("%1", row.visit.prospect.name)
        )
        self._after_save()
        target = self.model.row_of(next_id)
        if target >= 0:
            self.select_row(target)
        self.table.setFocus()

    def save_all(self) -> None:
        edited = [row for row in self.model.rows() if row.draft.edited]
        if not edited:
            return
        keep = self.current_visit_id()
        saved, failed, warned = 0, [], 0
        for row in edited:
            feedback = self._save_row(row)
            if feedback.kind == "error":
                failed.append(row.visit.id)
            else:
                saved += 1
                warned += feedback.kind == "warning"
        message = self.tr("Saved: %1.").replace("%1", str(saved))
        if warned:
            message += " " + self.tr("With warnings: %1 (see the rows).").replace("%1", str(warned))
        if failed:
            message += " " + self.tr("Not saved: %1 — see the red rows; what you typed is kept.").replace(
                "%1", str(len(failed))
            )
        self.save_message.setText(message)
        if saved:
            self._after_save()
        else:
            self.refresh()
        target = self.model.row_of(failed[0]) if failed else self.model.row_of(keep or "")
        if target >= 0:
            self.select_row(target)

    # -- the scanner field

    def _goto_typed(self, text: str) -> None:
        self.goto_error.clear()
        try:
            visits.parse_visit_ref(text)
        except DomainError:
            return
        self.go_to_visit()

    def go_to_visit(self) -> bool:
        text = self.goto.text()
        if not text.strip():
            return False
        try:
            visit = visits.get_visit(self.ctx.store, visits.parse_visit_ref(text))
        except DomainError as error:
            self.goto_error.setText(message_text(error.message))
            return False
        if visit.date != self.day():
            self.set_day(visit.date)
        row = self.model.row_of(visit.id)
        if row < 0:
            self.goto_error.setText(self.tr("That visit is not on a day's route."))
            return False
        self.goto_error.clear()
        self.select_row(row)
        self.goto.blockSignals(True)
        self.goto.clear()
        self.goto.blockSignals(False)
        self.table.setFocus()
        return True

    # -- keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self.table or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        number = self.current_row()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if number < 0 or mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in STATUS_KEYS:
            self.set_status(number, STATUS_KEYS[key])
            return True
        if key == Qt.Key.Key_G:
            self.toggle_gift(number)
            return True
        if key in OUTCOME_KEYS:
            self.set_outcome(number, OUTCOME_KEYS[key])
            if OUTCOME_KEYS[key] == OutcomeKind.ORDER.value and not self.model.row(number).debriefed:
                self.value.setFocus()
                self.value.selectAll()
            return True
        if key == Qt.Key.Key_F:
            self.followup_kind.setFocus()
            return True
        if key == Qt.Key.Key_T:
            self.note.setFocus()
            return True
        if key == Qt.Key.Key_Backspace:
            self.forget_row(number)
            return True
        return super().eventFilter(watched, event)
