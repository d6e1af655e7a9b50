"""The Today page: the day's route, follow-ups overdue and due, low gift stock, and gifted prospects waiting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import visits
from reciprocity_desktop.ui.context import UiContext, touches
from reciprocity_desktop.ui.labels import fmt_date, value_label
from reciprocity_desktop.ui.widgets.style import DANGER_BG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, Column, RecordTableModel, SortFilterProxy


class _Section(QGroupBox):
    """A titled list on the Today page; double-click opens the prospect."""

    activated = Signal(str)

    def __init__(self, title: str, columns: list[Column], empty_text: str, prospect_of, parent=None) -> None:
        super().__init__(parent)
        self._title = title
        self._prospect_of = prospect_of
        self.model = RecordTableModel(columns, self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet("color: #6c757d; padding: 8px;")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)

    def set_title(self, title: str) -> None:
        self._title = title

    def set_rows(self, rows) -> None:
        self.model.set_rows(rows)
        self.setTitle(f"{self._title} ({len(rows)})")
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _on_activated(self, index) -> None:
        record = index.data(OBJECT_ROLE)
        if record is not None:
            prospect_id = self._prospect_of(record)
            if prospect_id:
                self.activated.emit(prospect_id)


class TodayView(QWidget):
    prospect_activated = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.headline.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        self.route = _Section(
            self.tr("Today's visits"),
            [
                Column("#", lambda v: str(v.position + 1), sort_key=lambda v: v.position),
                Column(self.tr("Time"), lambda v: v.planned_time),
                Column(self.tr("Prospect"), lambda v: v.prospect.name),
                Column(self.tr("City"), lambda v: v.prospect.city),
                Column(self.tr("Status"), lambda v: value_label(v.status)),
                Column(
                    self.tr("Gift to bring"),
                    lambda v: v.gift_stock_item.name if v.gift_stock_item else v.gift_note,
                ),
            ],
            self.tr("No visits planned for today or later. Plan a day under Visits."),
            lambda v: v.prospect_id,
        )
        followup_columns = [
            Column(self.tr("Due"), lambda f: fmt_date(f.due), sort_key=lambda f: f.due,
                   background=lambda f: DANGER_BG if f.due < dt.date.today() else None),
            Column(self.tr("Prospect"), lambda f: f.prospect.name),
            Column(self.tr("Kind"), lambda f: value_label(f.kind)),
            Column(self.tr("Note"), lambda f: f.note),
        ]  # fmt: skip
        self.overdue = _Section(
            self.tr("Follow-ups overdue"),
            followup_columns,
            self.tr("Nothing overdue."),
            lambda f: f.prospect_id,
        )
        self.due = _Section(
            self.tr("Follow-ups due today"),
            followup_columns,
            self.tr("No follow-ups due today."),
            lambda f: f.prospect_id,
        )
        self.stock = _Section(
            self.tr("Low gift stock"),
            [
                Column(self.tr("Item"), lambda s: s.name),
                Column(self.tr("In stock"), lambda s: str(s.quantity), sort_key=lambda s: s.quantity,
                       background=lambda s: DANGER_BG if s.quantity == 0 else WARNING_BG,
                       align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column(self.tr("Reorder at"), lambda s: str(s.low_stock_level)),
            ],
            self.tr("The gift stock is fine."),
            lambda s: None,
        )  # fmt: skip
        self.waiting = _Section(
            self.tr("Gifted, waiting for their first follow-up"),
            [
                Column(self.tr("Prospect"), lambda p: p.name),
                Column(self.tr("City"), lambda p: p.city),
                Column(self.tr("Stage"), lambda p: value_label(p.stage)),
            ],
            self.tr("Every gifted prospect has been followed up."),
            lambda p: p.id,
        )
        for section in (self.route, self.overdue, self.due, self.stock, self.waiting):
            section.activated.connect(self.prospect_activated)

        grid = QGridLayout()
        grid.addWidget(self.route, 0, 0, 1, 2)
        grid.addWidget(self.overdue, 1, 0)
        grid.addWidget(self.due, 1, 1)
        grid.addWidget(self.waiting, 2, 0)
        grid.addWidget(self.stock, 2, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        ctx.events.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, what: set[str]) -> None:
        if touches(what, "prospects", "gifts", "followups", "visits", "stock", "outcomes", "contacts"):
            self.refresh()

    def refresh(self) -> None:
        today = dt.date.today()
        overview = visits.today_overview(self.ctx.store, today)
        self.headline.setText(self.tr("Today, %1").replace("%1", fmt_date(today)))
        if overview.next_route:
            route_text = (
                self.tr("No visits today; next route on %1 with %2 stop(s)")
                .replace("%1", fmt_date(overview.route_day))
                .replace("%2", str(len(overview.visits)))
            )
        else:
            route_text = self.tr("%1 visit(s) today").replace("%1", str(len(overview.visits)))
        self.summary.setText(
            " · ".join(
                (
                    route_text,
                    self.tr("%1 follow-up(s) overdue").replace("%1", str(len(overview.overdue))),
                    self.tr("%1 due today").replace("%1", str(len(overview.due_today))),
                    self.tr("%1 item(s) low in stock").replace("%1", str(len(overview.low_stock))),
                )
            )
        )
        if overview.next_route:
            self.route.set_title(self.tr("Next route: %1").replace("%1", fmt_date(overview.route_day)))
        else:
            self.route.set_title(self.tr("Today's visits"))
        self.route.set_rows(overview.visits)
        self.overdue.set_rows(overview.overdue)
        self.due.set_rows(overview.due_today)
        self.stock.set_rows(overview.low_stock)
        self.waiting.set_rows(overview.waiting_first_followup)

    def selected_prospect_id(self) -> str:
        for section in (self.route, self.overdue, self.due, self.waiting):
            index = section.view.currentIndex()
            if section.view.hasFocus() and index.isValid():
                return section._prospect_of(index.data(OBJECT_ROLE)) or ""
        return ""
