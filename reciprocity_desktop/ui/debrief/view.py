"""The debrief: the day's paper visit sheets typed back in, one row per visit, fast with the keyboard.

In the table: D done, N nobody there, C cancelled, G toggles "gift handed over" (with none planned
it jumps to the choice of gift), 0–5 pick the outcome (4 = order, which jumps to the order value),
R jumps to the reaction to the earlier gift, F to the next follow-up, T to the note, Backspace
forgets what was typed on the row (the rules: ``services.debrief_draft``; the field jumped to is
highlighted). Ctrl+Enter saves the current row and moves to the next; "Save all" saves every
edited row of the day, one transaction per visit, and marks the rows that failed with their error
while keeping what was typed. Either is one undo step (``ui.debrief.saving``). Rows already
debriefed show what was recorded; only their note can still be changed. Visits after today are
shown read-only: they cannot be debriefed before they happen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from reciprocity_desktop.services import debrief_check, debrief_day, gifts, visits
from reciprocity_desktop.services import debrief_draft as rules
from reciprocity_desktop.services.debrief_check import Check
from reciprocity_desktop.services.debrief_draft import Drafts, Press
from reciprocity_desktop.store.models import Visit
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.debrief.day_bar import DayBar
from reciprocity_desktop.ui.debrief.form import StopForm
from reciprocity_desktop.ui.debrief.model import DebriefModel, DebriefTable
from reciprocity_desktop.ui.debrief.saving import DebriefSaving
from reciprocity_desktop.ui.widgets.amounts import amount_separators
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.style import MUTED_FG


class DebriefView(DebriefSaving, Page):
    """Type a day's visit results back in: status, gift, outcome, note and next follow-up per visit."""

    watches = frozenset({"visits", "prospects", "gifts", "outcomes", "stock"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.drafts = Drafts(amount_separators())
        self._form_row = -1
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_day_bar())
        layout.addWidget(self._build_panes(), 1)
        self._build_shortcuts()
        self._connect()
        self.setTabOrder(self.date_edit, self.table)
        self.setTabOrder(self.table, self.form.status_buttons[rules.DONE])
        self.stale = True  # the chosen day's visits are loaded when the page is first shown

    # -- layout

    def _build_day_bar(self) -> DayBar:
        self.day_bar = DayBar(self.ctx.store, debrief_day.debrief_default_day(self.ctx.store))
        self.date_edit, self.summary = self.day_bar.date_edit, self.day_bar.summary
        self.goto_error = self.day_bar.goto_error
        return self.day_bar

    def _build_panes(self) -> QSplitter:
        """The table on the left, the current stop's form on the right (scrolling on a small screen)."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for index, (pane, stretch) in enumerate(((self._build_table(), 1), (self._build_form(), 0))):
            splitter.addWidget(pane)
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([960, 400])
        return splitter

    def _build_table(self) -> QWidget:
        self.table = DebriefTable()
        self.model = self.table.model()
        legend = QLabel(
            self.tr(
                "Keys in the table: D done · N nobody there · C cancelled · G gift handed over · "
                "R reaction to the earlier gift · 0 no outcome, 1 conversation, 2 referral, 3 meeting, "
                "4 order, 5 other · F follow-up · T note · Backspace forget the row · "
                "Ctrl+Enter save the row and go to the next."
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet(f"color: {MUTED_FG.name()};")
        self.save_message = QLabel()
        self.save_message.setObjectName("save_message")
        self.save_message.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.summary.setWordWrap(True)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(legend)
        side_layout.addWidget(self.save_message)
        return side

    def _build_form(self) -> QScrollArea:
        self.form = StopForm()
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("form_scroll")
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + 16)
        self.form.field_focused.connect(lambda widget: self.form_scroll.ensureWidgetVisible(widget, 0, 24))
        return self.form_scroll

    def _build_shortcuts(self) -> None:
        for keys, slot in (
            ("Alt+Left", lambda: self.shift_day(-1)),
            ("Alt+Right", lambda: self.shift_day(1)),
            ("Ctrl+Return", self.save_current_and_next),
            ("Ctrl+Enter", self.save_current_and_next),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _connect(self) -> None:
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.day_bar.visit_scanned.connect(self.go_to_visit)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._load_form(current.row())
        )
        self.table.installEventFilter(self)
        self.model.gift_toggled.connect(self._gift_toggled)
        self.form.edited.connect(self._form_edited)
        self.form.gift_clicked.connect(lambda checked: self._gift_toggled(self._form_row, checked))
        self.form.followup_kind_chosen.connect(self._followup_kind_chosen)
        self.form.preset_clicked.connect(self._preset)
        self.form.save_row_button.clicked.connect(self.save_current_and_next)
        self.form.save_all_button.clicked.connect(self.save_all)

    # -- the day

    def day(self) -> dt.date:
        return self.day_bar.day()

    def set_day(self, day: dt.date) -> None:
        self.day_bar.set_day(day)  # refreshes through dateChanged

    def shift_day(self, days: int) -> None:
        self.day_bar.shift_day(days)

    def refresh(self) -> None:
        keep = self.current_visit_id()
        day_visits = visits.list_day(self.ctx.store, self.day())
        results = debrief_day.visit_results(self.ctx.store, [v.id for v in day_visits])
        stops = self.drafts.stops(day_visits, results, dt.date.today())
        stock = gifts.list_stock(self.ctx.store)
        self.form.set_stock(stock)
        self._form_row = -1
        self.model.set_rows(stops, {item.id: item.name for item in stock})
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and stops:
            row = next((i for i, stop in enumerate(stops) if not stop.debriefed), 0)
        if row >= 0:
            self.select_row(row)
        else:
            self._load_form(-1)
        self._update_summary()

    def _update_summary(self) -> None:
        counts = self.drafts.counts(self.model.rows())
        if counts.visits:
            parts = [
                self.tr("Visits: %1").replace("%1", str(counts.visits)),
                self.tr("debriefed: %1").replace("%1", str(counts.debriefed)),
            ]
        else:
            parts = [self.tr("No visits on this day.")]
        if counts.edited:
            parts.append(self.tr("edited, not saved: %1").replace("%1", str(counts.edited)))
        if counts.future:
            parts.append(
                self.tr("still to come: %1 (debriefed from their day on)").replace("%1", str(counts.future))
            )
        if counts.elsewhere:
            parts.append(self.tr("unsaved on other days: %1").replace("%1", str(counts.elsewhere)))
        self.summary.setText(" · ".join(parts))
        self.form.save_all_button.setEnabled(counts.edited > 0)

    # -- the current row

    def current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def current_visit_id(self) -> str | None:
        stop = self.model.stop_at(self.current_row())
        return stop.visit.id if stop is not None else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, DebriefModel.PROSPECT)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._load_form(row)

    def _load_form(self, number: int) -> None:
        self._form_row = number
        stop = self.model.stop_at(number)
        if stop is None:
            self.form.show_none()
            return
        self.form.show_stop(number, stop)
        self._validate()
        self.form.show_feedback(stop)

    def _validate(self, insist: bool = False) -> bool:
        """Check the form as typed (see debrief_check.check); False when it cannot be saved.
        ``insist``: saving was tried, so what is still asked for shows as an error."""
        stop = self.model.stop_at(self._form_row)
        check = debrief_check.check(self.ctx.store, stop) if stop is not None else Check()
        self.form.show_check(check, check.ok and stop is not None, insist)
        return check.ok

    # -- editing

    def _touched(self, number: int, taken: bool = True) -> None:
        """After a rule acted on the stop in row ``number``: beep when it refused, else show it."""
        if not taken:
            QApplication.beep()
            return
        self.model.row_changed(number)
        self._update_summary()
        if number == self._form_row:
            self._load_form(number)

    def _gift_toggled(self, number: int, checked: bool) -> None:
        stop = self.model.stop_at(number)
        if stop is not None:
            self._touched(number, self.drafts.set_gift(stop, checked))

    def forget_row(self, number: int) -> None:
        self.drafts.forget(self.model.row(number))
        self._touched(number)

    def _form_edited(self) -> None:
        number = self._form_row
        stop = self.model.stop_at(number)
        if stop is None:
            return
        status = stop.draft.status
        if not self.drafts.edit(stop, self.form.typed()):
            return
        self.model.row_changed(number)
        self._update_summary()
        if stop.debriefed:
            return
        if stop.draft.status != status:
            self._load_form(number)
        self.form.show_typed(stop)
        self._validate()
        self.form.show_feedback(stop)

    def _followup_kind_chosen(self) -> None:
        stop = self.model.stop_at(self._form_row)
        if stop is not None:
            typed = self.form.typed()
            self.form.set_due(rules.default_due(stop.visit, typed.followup_kind, typed.followup_due))
        self._form_edited()

    def _preset(self, days: int) -> None:
        stop = self.model.stop_at(self._form_row)
        if stop is None:
            return
        self.form.set_followup(*rules.preset_followup(stop.visit, self.form.typed().followup_kind, days))
        self._form_edited()

    # -- the scanner field

    def go_to_visit(self, visit: Visit) -> None:
        """Show the visit of a scanned code: its day, its row."""
        if visit.date != self.day():
            self.set_day(visit.date)
        row = self.model.row_of(visit.id)
        if row < 0:
            self.goto_error.setText(self.tr("That visit is not on a day's route."))
            return
        self.goto_error.clear()
        self.select_row(row)
        self.day_bar.clear_goto()
        self.table.setFocus()

    # -- keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress and self._table_key(event):
            return True
        return super().eventFilter(watched, event)

    def _table_key(self, event: QKeyEvent) -> bool:
        """A key typed in the table (unshifted or with Shift): True when it was the debrief's."""
        number = self.current_row()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if number < 0 or mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = event.key()
        stop = self.model.row(number)
        focus = {Qt.Key.Key_F: self.form.followup_kind, Qt.Key.Key_T: self.form.note}
        if stop.reaction_possible:
            focus[Qt.Key.Key_R] = self.form.reaction_part.reaction
        if key in focus:
            if not focus[key].isEnabled():
                QApplication.beep()
                return True
            focus[key].setFocus()
            return True
        if key == Qt.Key.Key_Backspace:
            self.forget_row(number)
            return True
        if key == Qt.Key.Key_R:  # no reaction to ask about on this row
            QApplication.beep()
            return True
        pressed = self.drafts.press(stop, chr(int(key)) if int(key) < 0x80 else "")
        if pressed is None:
            return False
        self._touched(number, pressed is not Press.REFUSED)
        if pressed is Press.ORDER_VALUE and self.form.value.isEnabled():
            self.form.value.setFocus()
            self.form.value.selectAll()
        elif pressed is Press.GIFT_CHOICE:
            self.form.gift_pick.setFocus()
        return True
