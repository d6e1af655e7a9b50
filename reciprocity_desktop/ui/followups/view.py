"""The Follow-ups page: what to do next for whom — overdue, due today, upcoming, and done.

Every change runs as an undoable operation of :mod:`reciprocity_desktop.services.ops.followups`
through ``ctx.ops``. Completing an ``ask_feedback`` follow-up records the gift's reaction in the
same dialog and the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import followup_list
from reciprocity_desktop.services.followups import DONE, DUE_TODAY, FILTER_BUCKETS, OPEN, OVERDUE, UPCOMING
from reciprocity_desktop.services.ops import followups as ops
from reciprocity_desktop.store.models import FollowUp
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.followups import models
from reciprocity_desktop.ui.followups.details import details_html, details_label
from reciprocity_desktop.ui.followups.dialogs import (
    CompleteFollowUpDialog,
    NewFollowUpDialog,
    NoteDialog,
    RescheduleDialog,
)
from reciprocity_desktop.ui.labels import fmt_number
from reciprocity_desktop.ui.widgets.actions import RecordActions, add_action_buttons, make_action
from reciprocity_desktop.ui.widgets.bars import add_search_field
from reciprocity_desktop.ui.widgets.dialogs import OneDialogAtATime
from reciprocity_desktop.ui.widgets.lazy_counted import CountedLaterModel
from reciprocity_desktop.ui.widgets.lazy_table import LazySource, LazyTable
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.recompute import Recompute
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE


class FollowUpsView(OneDialogAtATime, Page):
    """Follow-ups by bucket (overdue, due today, upcoming, done), with complete / reschedule / delete."""

    watches = frozenset({"followups", "gifts", "prospects"})
    prospect_activated = Signal(str)

    COL_DUE, COL_STATUS, COL_PROSPECT, COL_KIND, COL_NOTE, COL_GIFT, COL_DONE_ON, COL_RESULT = range(8)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._filter = OPEN
        self.today = dt.date.today()
        self._list = followup_list.FollowUpListFilter(OPEN, "", self.today, models.search_labels())
        source = LazySource.over(
            ctx.store,
            lambda: self._list,
            followup_list.FollowUpSort,
            followup_list.count_followups,
            followup_list.list_followups_page,
            followup_list.followup_position,
        )
        # The store filters, sorts and counts; the table fetches the pages it paints, and a list longer
        # than its first page is counted off the GUI thread after that page painted.
        self.model = CountedLaterModel(
            models.followup_columns(lambda: self.today),
            source,
            models.FOLLOWUP_SORT_KEYS,
            lambda: self._list,
            lambda listed: followup_list.count_followups(ctx.store, listed),
            self,
        )
        # The buckets' counts of a store whose list is counted later come off the GUI thread too,
        # once the list's count is in (one count at a time beside the painting).
        self._buckets_later = False
        self._bucket_counter = Recompute(
            lambda: self.today,
            lambda today: (today, followup_list.followup_bucket_counts(ctx.store, today)),
            lambda _today: True,
            self,
        )
        self._bucket_counter.done.connect(self._on_buckets_counted)
        self._bucket_counter.failed.connect(lambda _error, _details: self._count_buckets())
        self.model.counted.connect(self._on_list_counted)
        self.proxy = self.model
        self.record_actions = RecordActions(ctx, self, self._open_dialog)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filter_bar())
        self._build_actions()
        layout.addLayout(self._build_buttons())
        layout.addWidget(self._build_table(), 1)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #6c757d; padding: 12px;")
        layout.addWidget(self.empty_label)
        # What the selected follow-up is about: whom to call, the gift and how it was received.
        self.details = details_label(self)
        layout.addWidget(self.details)
        # Follow-ups move from "upcoming" to "due today" at midnight: look at the date now and then.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._check_date)
        self._clock.start()
        self.setTabOrder(self.search_edit, self.table)
        self._show_columns()
        self.refresh()

    # -- building -----------------------------------------------------------------------------------

    def _build_filter_bar(self) -> QHBoxLayout:
        """The buckets with their counts, and the search field."""
        bar = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in FILTER_BUCKETS:
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
        self.search_edit = add_search_field(
            bar, self.tr("&Search:"), self.tr("Prospect, note, gift…"), self._on_search, 240
        )
        return bar

    def _build_actions(self) -> None:
        """The page's actions; their keys work anywhere in the page."""
        self.new_action = make_action(self, self.tr("&New follow-up…"), self.new_followup, Qt.Key.Key_Insert)
        self.complete_action = make_action(self, self.tr("&Complete…"), self.complete_selected, "Ctrl+D")
        self.reopen_action = make_action(self, self.tr("Re&open"), self.reopen_selected)
        self.reschedule_action = make_action(
            self, self.tr("&Reschedule…"), self.reschedule_selected, "Ctrl+R"
        )
        self.plus_day_action = make_action(
            self, self.tr("+1 &day"), lambda: self.postpone_selected(1), "Ctrl+Shift+D"
        )
        self.plus_week_action = make_action(
            self, self.tr("+1 &week"), lambda: self.postpone_selected(7), "Ctrl+Shift+W"
        )
        self.edit_note_action = make_action(self, self.tr("Ed&it note…"), self.edit_note_selected, "F2")
        self.delete_action = make_action(
            self, self.tr("De&lete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.plus_day_action.setToolTip(
            self.tr("Move the due date one day later (an overdue one to tomorrow)")
        )
        self.plus_week_action.setToolTip(
            self.tr("Move the due date one week later (an overdue one to a week from today)")
        )

    def _menu_actions(self) -> tuple[Any, ...]:
        """The actions in the order of the buttons and the context menu (None: a gap)."""
        return (
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
        )

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        add_action_buttons(buttons, self._menu_actions())
        buttons.addStretch(1)
        return buttons

    def _build_table(self) -> QWidget:
        self.table = LazyTable(self.model, current_counts=True)
        self.model.watch(self.table.viewport())
        self.table.menu_actions = self._menu_actions()
        self.table.doubleClicked.connect(self._on_double_click)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The narrow columns as wide as their header and widest possible text (no row read for it).
        for column, width in models.column_widths(self.table.fontMetrics()).items():
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(self.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)  # the wide columns take their share of its width
        self.table.sortByColumn(self.COL_DUE, Qt.SortOrder.AscendingOrder)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.complete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        self.proxy.layoutChanged.connect(self._update_actions)
        return self.table

    #: The share of the table's width (within limits, px) of prospect, linked gift, result; the note takes the rest.
    SHARES = {COL_PROSPECT: (0.18, 160, 260), COL_GIFT: (0.3, 180, 420), COL_RESULT: (0.2, 160, 280)}

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            for column, (share, least, most) in self.SHARES.items():
                width = max(least, min(most, int(event.size().width() * share)))
                self.table.horizontalHeader().resizeSection(column, width)
        return super().eventFilter(watched, event)

    # -- showing --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the follow-ups from the store (keeps the selection)."""
        selected = self.selected_followup()
        self.today = dt.date.today()
        self._list = replace(self._list, today=self.today, labels=models.search_labels())
        self.model.reload()
        self._buckets_later = self.model.counting
        if self._buckets_later:  # a long list: its buckets are counted after it, off the GUI thread
            self._show_bucket_counts(None)
        else:
            self._count_buckets()
        if selected is not None:
            self.select_followup(selected.id)
        self._update_empty()
        self._update_actions()

    def _count_buckets(self) -> None:
        self._buckets_later = False
        self._show_bucket_counts(followup_list.followup_bucket_counts(self.ctx.store, self.today))

    def _on_list_counted(self, _count: int) -> None:
        if self._buckets_later:
            self._bucket_counter.request()

    def _on_buckets_counted(self, result: tuple[dt.date, dict[str, int]]) -> None:
        today, counts = result
        if self._buckets_later and today == self.today:  # else counted since, or for another day
            self._buckets_later = False
            self._show_bucket_counts(counts)

    def _show_bucket_counts(self, counts: dict[str, int] | None) -> None:
        """The buckets' buttons with their counts (None: on their way, "…")."""
        labels = {
            OPEN: self.tr("&All open ({n})"),
            OVERDUE: self.tr("&Overdue ({n})"),
            DUE_TODAY: self.tr("Due &today ({n})"),
            UPCOMING: self.tr("&Upcoming ({n})"),
            DONE: self.tr("&Done ({n})"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(labels[key].format(n="…" if counts is None else fmt_number(counts[key])))
        self.filter_buttons[OVERDUE].setStyleSheet(
            "color: #b02a37; font-weight: bold;" if counts and counts[OVERDUE] else ""
        )

    def set_filter(self, key: str) -> None:
        """Show one bucket (``OVERDUE``, ``DUE_TODAY``, ``UPCOMING``, ``DONE``) or all open ones (``OPEN``)."""
        self._filter = key
        self.filter_buttons[key].setChecked(True)
        self._set_list(bucket=key)
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
        self._set_list(search=text)
        self._update_empty()
        self._update_actions()

    def _set_list(self, **change: Any) -> None:
        """Show another bucket or search (the selection stays when it is still listed)."""
        flt = replace(self._list, **change)
        if flt == self._list:
            return
        self._list = flt
        selected = self.selected_followup()
        self.model.reload()
        if selected is not None:
            self.select_followup(selected.id)

    def _check_date(self) -> None:
        if dt.date.today() != self.today:
            self.refresh()

    # -- selection ------------------------------------------------------------------------------------

    def selected_followup(self) -> FollowUp | None:
        return self.table.selected()

    def select_followup(self, followup_id: str) -> bool:
        """Select (and scroll to) a follow-up; False when it is not shown under the current filter."""
        return self.table.select(followup_id)

    def visible_followups(self) -> list[FollowUp]:
        return self.table.shown()

    def _update_actions(self, *_args: object) -> None:
        followup = self.selected_followup()
        self.details.setText(details_html(followup))
        is_open = followup is not None and followup.done_on is None
        for action in (
            self.complete_action,
            self.reschedule_action,
            self.plus_day_action,
            self.plus_week_action,
        ):
            action.setEnabled(is_open)
        self.reopen_action.setEnabled(followup is not None and not is_open)
        self.edit_note_action.setEnabled(followup is not None)
        self.delete_action.setEnabled(followup is not None)

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
        op = self.record_actions.ask(
            self.tr("New follow-up"),
            lambda submit: NewFollowUpDialog(self.ctx, self, prospect=prospect, submit=submit),
            lambda values: ops.add_followup(
                self.ctx.store,
                values["prospect_id"],
                kind=values["kind"],
                due=values["due"],
                note=values["note"],
            ),
        )
        if op is not None:
            self._reveal(op.value.followup.id)

    def _reveal(self, followup_id: str) -> None:
        """Select a follow-up, switching to a filter that shows it when needed."""
        if self.select_followup(followup_id):
            return
        self.search_edit.clear()
        self.set_filter(OPEN)
        if not self.select_followup(followup_id):
            self.set_filter(DONE)
            self.select_followup(followup_id)

    def _selected_open(self) -> FollowUp | None:
        followup = self.selected_followup()
        return followup if followup is not None and followup.done_on is None else None

    def _selected_done(self) -> FollowUp | None:
        followup = self.selected_followup()
        return followup if followup is not None and followup.done_on is not None else None

    def complete_selected(self) -> None:
        """Mark the selected follow-up done (dialog: result; for gift feedback also the reaction)."""

        def complete(followup: FollowUp, values: dict[str, Any]):
            if "reaction" in values:
                return ops.complete_followup_with_reaction(self.ctx.store, followup.id, **values)
            return ops.complete_followup(self.ctx.store, followup.id, **values)

        self.record_actions.edit(
            self.tr("Complete follow-up"),
            self._selected_open(),
            lambda followup, submit: CompleteFollowUpDialog(followup, self, submit=submit),
            complete,
        )

    def reopen_selected(self) -> None:
        """Undo a completion by hand: the follow-up is open again (its result is cleared)."""
        self.record_actions.run(
            self.tr("Reopen follow-up"),
            self._selected_done(),
            lambda followup: ops.reopen_followup(self.ctx.store, followup.id),
        )

    def reschedule_selected(self) -> None:
        self.record_actions.edit(
            self.tr("Reschedule follow-up"),
            self._selected_open(),
            lambda followup, submit: RescheduleDialog(self.ctx, followup, self, submit=submit),
            lambda followup, values: ops.reschedule_followup(self.ctx.store, followup.id, values["due"]),
        )

    def postpone_selected(self, days: int) -> None:
        """Quick reschedule: ``days`` later than the due date (an overdue one counts from today)."""
        self.record_actions.run(
            self.tr("Reschedule follow-up"),
            self._selected_open(),
            lambda followup: ops.postpone_followup(self.ctx.store, followup.id, days),
        )

    def edit_note_selected(self) -> None:
        self.record_actions.edit(
            self.tr("Edit follow-up note"),
            self.selected_followup(),
            lambda followup, submit: NoteDialog(followup, self, submit=submit),
            lambda followup, values: ops.update_followup_note(self.ctx.store, followup.id, values["note"]),
        )

    def delete_selected(self) -> None:
        self.record_actions.run(
            self.tr("Delete follow-up"),
            self.selected_followup(),
            lambda followup: ops.delete_followup(self.ctx.store, followup.id),
        )
