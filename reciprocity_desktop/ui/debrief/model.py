"""The debrief table: the day's stops with what was typed (or, for debriefed ones, what was recorded)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reciprocity_desktop.services import debrief_draft as rules
from reciprocity_desktop.services.debrief_check import order_cents
from reciprocity_desktop.services.debrief_draft import Feedback, Stop
from reciprocity_desktop.ui.labels import fmt_date, fmt_money, translate, value_label
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import ID_ROLE

SAVED_BG = QColor("#d1e7dd")


def feedback_colour(feedback: Feedback) -> QColor:
    return {"error": DANGER_BG, "warning": WARNING_BG, "saved": SAVED_BG}[feedback.kind]


class DebriefModel(QAbstractTableModel):
    """The day's visits with what was typed (or, for debriefed rows, what was recorded)."""

    NUMBER, TIME, PROSPECT, STATUS, GIFT, OUTCOME, FOLLOWUP, NOTE, RESULT = range(9)

    gift_toggled = Signal(int, bool)  # row, handed over

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Stop] = []
        self._stock_names: dict[str, str] = {}

    def set_rows(self, rows: list[Stop], stock_names: dict[str, str] | None = None) -> None:
        """The day's stops; ``stock_names``: the stock items' names by id (for a gift picked from stock)."""
        self.beginResetModel()
        self._rows = rows
        self._stock_names = stock_names or {}
        self.endResetModel()

    def rows(self) -> list[Stop]:
        return self._rows

    def row(self, number: int) -> Stop:
        return self._rows[number]

    def stop_at(self, number: int) -> Stop | None:
        """The stop in row ``number``, None when there is no such row."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

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
            return self._gift_check(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.TIME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.RESULT:
            if row.feedback:
                return feedback_colour(row.feedback)
            return WARNING_BG if row.draft.edited else None
        muted = not row.editable or (column == self.STATUS and row.draft.status == rules.PLANNED)
        if role == Qt.ItemDataRole.ForegroundRole and column != self.RESULT and muted:
            return MUTED_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(index.row(), column) or None
        return None

    @staticmethod
    def _gift_check(row: Stop) -> Qt.CheckState | None:
        if row.debriefed:
            checked = bool(row.results.gifts)
        elif row.planned_gift or row.gift_possible:
            checked = row.draft.gift
        else:
            return None
        return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked

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
            if draft.gift and draft.gift_pick == rules.OTHER_GIFT:
                return draft.gift_description.strip() or "?"
            if draft.gift and draft.gift_pick != rules.PLANNED_GIFT:
                return self._stock_names.get(draft.gift_pick, "?")
            return row.planned_gift or self.tr("(none planned)")
        if column == self.OUTCOME:
            return self._outcome(row)
        if column == self.FOLLOWUP:
            if row.debriefed:
                return row.feedback.followup if row.feedback else ""
            if not draft.followup_kind:
                return ""
            return f"{value_label(draft.followup_kind)} · {_due_text(draft.followup_due)}"
        if column == self.NOTE:
            return " ".join(draft.note.split())
        return self._result(row)

    def _outcome(self, row: Stop) -> str:
        if row.debriefed:
            return "; ".join(
                _outcome_text(o.kind, o.value_cents, unknown=o.kind == rules.ORDER and not o.value_cents)
                for o in row.results.outcomes
            )
        draft = row.draft
        if not draft.outcome_kind:
            return ""
        if draft.outcome_kind == rules.ORDER and draft.value_unknown:
            return _outcome_text(rules.ORDER, 0, unknown=True)
        return _outcome_text(draft.outcome_kind, order_cents(row), draft.outcome_value)

    def _result(self, row: Stop) -> str:
        if row.feedback:
            return row.feedback.text
        if row.draft.edited:
            return self.tr("Not saved yet")
        if row.debriefed:
            return self.tr("Debriefed")
        if row.future:
            return self.tr("Still to come")
        return ""


class DebriefTable(QTableView):
    """The table of the day's stops over its own :class:`DebriefModel`; the keys are the view's."""

    #: Column widths (the Result column takes the rest).
    WIDTHS = {
        DebriefModel.NUMBER: 28,
        DebriefModel.TIME: 46,
        DebriefModel.PROSPECT: 165,
        DebriefModel.STATUS: 95,
        DebriefModel.GIFT: 135,
        DebriefModel.OUTCOME: 115,
        DebriefModel.FOLLOWUP: 125,
        DebriefModel.NOTE: 90,
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debrief_table")
        self.setModel(DebriefModel(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DebriefModel.RESULT, QHeaderView.ResizeMode.Stretch)
        for column, width in self.WIDTHS.items():  # no narrower than its title in the language shown
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

    def model(self) -> DebriefModel:
        return super().model()  # type: ignore[return-value]


def _outcome_text(kind: str, cents: int | None, raw: str = "", unknown: bool = False) -> str:
    """An outcome in a cell: an order with its value (as typed while it is not an amount), or with
    "value not known"."""
    label = value_label(kind)
    if cents:
        return f"{label} · {fmt_money(cents)}"
    if raw.strip() and cents is None:
        return f"{label} · {raw.strip()}"
    if unknown:
        return f"{label} · " + translate("DebriefView", "value not known")
    return label


def _due_text(text: str) -> str:
    try:
        return fmt_date(dt.date.fromisoformat(text.strip()))
    except ValueError:
        return text.strip() or "?"
