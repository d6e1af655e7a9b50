"""The debrief: the day's paper visit sheets typed back in, one row per visit, fast with the keyboard.

In the table: D done, N nobody there, C cancelled, G toggles "gift handed over", 0–5 pick the
outcome (4 = order, which jumps to the order value), F jumps to the next follow-up, T to the note,
Backspace forgets what was typed on the row (the rules: ``services.debrief_draft``). Ctrl+Enter
saves the current row and moves to the next; "Save all" saves every edited row of the day, one
transaction per visit, and marks the rows that failed with their error while keeping what was
typed. Either is one undo step (``services.ops.debrief``). Rows already debriefed show what was
recorded; only their note can still be changed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import debrief_draft as rules
from reciprocity_desktop.services import visits
from reciprocity_desktop.services.changes import Op
from reciprocity_desktop.services.debrief_draft import Check, Drafts, Press, Stop
from reciprocity_desktop.services.ops import debrief as debrief_ops
from reciprocity_desktop.store.models import Visit
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.debrief import feedback
from reciprocity_desktop.ui.debrief.day_bar import DayBar
from reciprocity_desktop.ui.debrief.form import StopForm
from reciprocity_desktop.ui.debrief.model import DebriefModel, DebriefTable
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.style import MUTED_FG


class DebriefView(Page):
    """Type a day's visit results back in: status, gift, outcome, note and next follow-up per visit."""

    watches = frozenset({"visits", "prospects", "gifts", "outcomes", "stock"})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.drafts = Drafts()
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
        self.day_bar = DayBar(self.ctx.store, debriefs.debrief_default_day(self.ctx.store))
        self.date_edit, self.summary = self.day_bar.date_edit, self.day_bar.summary
        self.goto_error = self.day_bar.goto_error
        return self.day_bar

    def _build_panes(self) -> QSplitter:
        """The table on the left, the current stop's form on the right."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for index, (pane, stretch) in enumerate(((self._build_table(), 1), (self._build_form(), 0))):
            splitter.addWidget(pane)
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([960, 390])
        return splitter

    def _build_table(self) -> QWidget:
        self.table = DebriefTable()
        self.model = self.table.model()
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
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(legend)
        side_layout.addWidget(self.save_message)
        return side

    def _build_form(self) -> StopForm:
        self.form = StopForm()
        return self.form

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
        results = debriefs.visit_results(self.ctx.store, [v.id for v in day_visits])
        stops = self.drafts.stops(day_visits, results)
        self._form_row = -1
        self.model.set_rows(stops)
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

    def _validate(self) -> bool:
        """Check the form as typed (see debrief_draft.check); False when it cannot be saved."""
        stop = self.model.stop_at(self._form_row)
        check = rules.check(self.ctx.store, stop) if stop is not None else Check()
        self.form.show_check(check, check.ok and stop is not None)
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
        self.form.show_order_value(stop)
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

    # -- saving

    def _save(self, stops: list[Stop], text: str) -> list[rules.Feedback] | None:
        """Save ``stops`` as one undo step; each gets its feedback (None: the save failed unexpectedly)."""
        wanted = [(stop, rules.to_save(stop)) for stop in stops]
        for stop, what in wanted:
            if what is None:
                self.drafts.record(stop, feedback.still_planned())
        items = [(stop.visit.id, what) for stop, what in wanted if what is not None]
        if items:
            by_visit = {stop.visit.id: stop for stop in stops}

            def action() -> Op:
                op = debrief_ops.save_stops(self.ctx.store, items)
                for saved in op.value:  # before the views refresh
                    self.drafts.record(by_visit[saved.visit_id], feedback.feedback_of(saved))
                return op

            if self.ctx.ops.run(self, text, action) is None:
                return None
        return [stop.feedback for stop in stops]

    def save_current_and_next(self) -> None:
        number = self.current_row()
        stop = self.model.stop_at(number)
        if stop is None:
            return
        if not self._validate():
            QApplication.beep()
            return
        if not stop.draft.edited:
            if number + 1 < self.model.rowCount():
                self.select_row(number + 1)
            return
        name = stop.visit.prospect.name
        following = self.model.stop_at(number + 1)
        next_id = (following or stop).visit.id
        saved = self._save([stop], self.tr("Debrief of %1").replace("%1", name))
        if saved is None:
            return
        if saved[0].kind == "error":
            self.model.row_changed(number)
            self.form.show_feedback(stop)
            self.save_message.setText(self.tr("%1: not saved — see the row.").replace("%1", name))
            return
        self.save_message.setText(
            self.tr("%1: saved with warnings — see the row.").replace("%1", name)
            if saved[0].kind == "warning"
            else self.tr("%1: saved.").replace("%1", name)
        )
        target = self.model.row_of(next_id)
        if target >= 0:
            self.select_row(target)
        self.table.setFocus()

    def save_all(self) -> None:
        edited = [stop for stop in self.model.rows() if stop.draft.edited]
        if not edited:
            return
        keep = self.current_visit_id()
        saved = self._save(edited, self.tr("Debrief of the day"))
        if saved is None:
            return
        failed = [stop.visit.id for stop, done in zip(edited, saved, strict=True) if done.kind == "error"]
        warned = sum(1 for done in saved if done.kind == "warning")
        message = self.tr("Saved: %1.").replace("%1", str(len(saved) - len(failed)))
        if warned:
            message += " " + self.tr("With warnings: %1 (see the rows).").replace("%1", str(warned))
        if failed:
            message += " " + self.tr("Not saved: %1 — see the red rows; what you typed is kept.").replace(
                "%1", str(len(failed))
            )
        self.save_message.setText(message)
        if len(failed) == len(saved):
            self.refresh()  # nothing changed in the store: show the errors
        target = self.model.row_of(failed[0] if failed else keep or "")
        if target >= 0:
            self.select_row(target)

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
        focus = {Qt.Key.Key_F: self.form.followup_kind, Qt.Key.Key_T: self.form.note}
        if key in focus:
            focus[key].setFocus()
            return True
        if key == Qt.Key.Key_Backspace:
            self.forget_row(number)
            return True
        pressed = self.drafts.press(self.model.row(number), chr(int(key)) if int(key) < 0x80 else "")
        if pressed is None:
            return False
        self._touched(number, pressed is not Press.REFUSED)
        if pressed is Press.ORDER_VALUE:
            self.form.value.setFocus()
            self.form.value.selectAll()
        return True
