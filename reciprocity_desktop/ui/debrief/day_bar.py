"""The debrief's top bar: the day (with previous / next / today), the day's summary and the scanner field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from reciprocity_desktop.services import visits
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import Store
from reciprocity_desktop.ui.debrief.form import ERROR_STYLE
from reciprocity_desktop.ui.labels import message_text, translate
from reciprocity_desktop.ui.widgets.forms import date_edit, to_date, to_qdate


class DayBar(QWidget):
    """Which day is debriefed (``date_edit.dateChanged`` says when it changes), and the QR-code field:
    a visit code pasted or scanned (or typed and Enter) is looked up and said by ``visit_scanned``.
    ``summary`` (the day's counts) is for the page to place: it does not fit beside them at 1024 px."""

    visit_scanned = Signal(object)  # the Visit

    def __init__(self, store: Store, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # "Wed, 2 Dec 2026", "Mi., 02.12.2026": as the other pages write days
        self.date_edit = date_edit(to_qdate(day), "debrief_date", weekday=True)
        self.date_edit.setMinimumWidth(150)
        day_label = QLabel(translate("DebriefView", "Da&y:"))
        day_label.setBuddy(self.date_edit)
        self.prev_button = QPushButton(translate("DebriefView", "◀ Previou&s"))
        self.prev_button.setToolTip(translate("DebriefView", "Previous day (Alt+Left)"))
        self.next_button = QPushButton(translate("DebriefView", "Ne&xt ▶"))
        self.next_button.setToolTip(translate("DebriefView", "Next day (Alt+Right)"))
        self.today_button = QPushButton(translate("DebriefView", "Today"))
        self.summary = QLabel()
        self.summary.setObjectName("debrief_summary")
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self._build_goto()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (day_label, self.prev_button, self.date_edit, self.next_button, self.today_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        for widget in (self.goto_error, self.goto_label, self.goto):
            layout.addWidget(widget)
        self.prev_button.clicked.connect(lambda: self.shift_day(-1))
        self.next_button.clicked.connect(lambda: self.shift_day(1))
        self.today_button.clicked.connect(lambda: self.set_day(dt.date.today()))
        self.goto.returnPressed.connect(self.go_to_visit)
        self.goto.textChanged.connect(self._goto_typed)

    def _build_goto(self) -> None:
        self.goto = QLineEdit()
        self.goto.setObjectName("goto_visit")
        self.goto.setClearButtonEnabled(True)
        self.goto.setPlaceholderText(translate("DebriefView", "Scan or paste reciprocity:visit:…"))
        self.goto.setMinimumWidth(260)
        self.goto_label = QLabel(translate("DebriefView", "Go to visit (&QR code):"))
        self.goto_label.setBuddy(self.goto)
        self.goto_error = QLabel()
        self.goto_error.setObjectName("goto_error")
        self.goto_error.setStyleSheet(ERROR_STYLE)

    def day(self) -> dt.date:
        return to_date(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def shift_day(self, days: int) -> None:
        self.set_day(self.day() + dt.timedelta(days=days))

    def _goto_typed(self, text: str) -> None:
        self.goto_error.clear()
        try:
            visits.parse_visit_ref(text)
        except DomainError:
            return
        self.go_to_visit()

    def go_to_visit(self) -> None:
        """Look the code in the field up; a code that is no (live) visit is said beside the field."""
        text = self.goto.text()
        if not text.strip():
            return
        try:
            visit = visits.get_visit(self._store, visits.parse_visit_ref(text))
        except DomainError as error:
            self.goto_error.setText(message_text(error.message))
            return
        self.visit_scanned.emit(visit)

    def clear_goto(self) -> None:
        """Empty the scanner field for the next code, quietly."""
        self.goto.blockSignals(True)
        self.goto.clear()
        self.goto.blockSignals(False)
