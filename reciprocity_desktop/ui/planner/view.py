"""The day planner: pick the prospects for a day, order the route, choose the gift for each stop.

Left: find prospects (by name or a whole postal-code area) that are not on the day yet
(:mod:`.pick_pane`). Middle: the route in order (drag and drop or Ctrl+Up/Ctrl+Down to reorder,
edit the planned time, the visit's length and the gift to bring in place, Del removes a stop);
"Order automatically" orders it from home and back and computes its times, and every change of
the route computes the times after it again (a typed time is a fixed appointment and stays). Right:
the day's gift kit against the stock (:mod:`.kit_pane`). Every change is an operation of
:mod:`reciprocity_desktop.services.ops.visits`, run through ``ctx.ops``, and can be undone.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import day_route, gifts, sellers, visits
from reciprocity_desktop.services.changes import Op
from reciprocity_desktop.services.ops import visits as visit_ops
from reciprocity_desktop.services.route_plan import RoutePlan
from reciprocity_desktop.store.models import StockItem, Visit, VisitStatus
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import colleague_notice, fmt_date
from reciprocity_desktop.ui.planner.delegates import GiftDelegate, MinutesDelegate, TimeDelegate
from reciprocity_desktop.ui.planner.kit_pane import KitPane
from reciprocity_desktop.ui.planner.pick_pane import PickPane
from reciprocity_desktop.ui.planner.route_info import RouteInfo
from reciprocity_desktop.ui.planner.route_model import RouteModel
from reciprocity_desktop.ui.widgets.forms import date_edit, to_date, to_qdate
from reciprocity_desktop.ui.widgets.notice import NoticeArea, notice_label
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.visit_table import (
    TwoLineDelegate,
    size_columns,
    visit_table,
)

#: The share of the page's width the pick pane and the kit pane start with (the route takes the
#: rest), and their widest; until the user drags a splitter handle, a resize keeps these shares.
PANE_SHARES = ((0.2, 320), (0.24, 340))
#: The route's columns of a fixed width; the name and the gift share the rest (see _fit_gift_column).
ROUTE_COLUMNS = (
    (RouteModel.NUMBER, 24),
    (RouteModel.TIME, 58),
    (RouteModel.MINUTES, 38),
    (RouteModel.STATUS, 68),
)
#: The gift column's narrowest: "Printed e-book: 10 ideas / for your shop window" on two lines.
GIFT_MIN_WIDTH = 156


class PlannerView(Page):
    """Plan a day: the prospects to visit, the route order, the planned times and gifts."""

    #: settings: the home base, the day's start, the visit length and the speed give the route its times
    watches = frozenset({"visits", "prospects", "stock", "gifts", "settings"})

    print_requested = Signal(object)  # the day (datetime.date) to print

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stock: list[StockItem] = []
        self._active: list[Visit] = []  # the day's stops that are not cancelled
        self._select_after_refresh: str | None = None
        self._plan: RoutePlan | None = None
        self._panes_moved = False  # the user dragged a splitter handle: keep their sizes

        self.pick = PickPane(ctx.store, self.day)
        self.kit = KitPane()
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for index, (pane, stretch) in enumerate(((self.pick, 0), (self._build_route(), 1), (self.kit, 0))):
            splitter.addWidget(pane)
            splitter.setStretchFactor(index, stretch)
        self._share_panes(1366)
        splitter.splitterMoved.connect(self._on_panes_moved)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_day_bar())
        layout.addWidget(splitter, 1)
        self._wire()
        self.stale = True  # filled when first shown

    # -- layout

    def _build_day_bar(self) -> QHBoxLayout:
        # "Thu, 3 Dec 2026", "Do., 03.12.2026": as the other pages write days
        self.date_edit = date_edit(to_qdate(dt.date.today() + dt.timedelta(days=1)), "planner_date", weekday=True)
        self.date_edit.setMinimumWidth(150)
        day_label = QLabel(self.tr("Da&y:"))
        day_label.setBuddy(self.date_edit)
        self.prev_button = QPushButton(self.tr("◀ Previ&ous"))
        self.prev_button.setToolTip(self.tr("Previous day (Alt+Left)"))
        self.next_button = QPushButton(self.tr("Ne&xt ▶"))
        self.next_button.setToolTip(self.tr("Next day (Alt+Right)"))
        self.tomorrow_button = QPushButton(self.tr("To&morrow"))
        self.stop_count = QLabel()
        self.stop_count.setObjectName("stop_count")
        bold = QFont(self.stop_count.font())
        bold.setBold(True)
        self.stop_count.setFont(bold)
        self.auto_button = QPushButton(self.tr("Order &automatically"))
        self.auto_button.setObjectName("auto_order")
        self.auto_button.setToolTip(
            self.tr(
                "Order the stops by distance from home and back (the home base in the settings) and "
                "compute their times from the day's start, the visit length and the travel speed; "
                "fixed appointments keep their times"
            )
        )
        self.print_button = QPushButton(self.tr("Pri&nt day…"))
        self.print_button.setObjectName("print_day")
        bar = QHBoxLayout()
        for widget in (day_label, self.prev_button, self.date_edit, self.next_button, self.tomorrow_button):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.stop_count)
        bar.addStretch(1)
        bar.addWidget(self.auto_button)
        bar.addWidget(self.print_button)
        return bar

    def _build_route(self) -> QGroupBox:
        self.route_model = RouteModel(self)
        self.route = visit_table("route", two_lines=True)
        self.route.setModel(self.route_model)
        self.route.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.route.setDragEnabled(True)
        self.route.setAcceptDrops(True)
        self.route.setDropIndicatorShown(True)
        self.route.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.route.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.route.setDragDropOverwriteMode(False)
        self.route.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.route.setItemDelegateForColumn(RouteModel.TIME, TimeDelegate(self.route))
        self.route.setItemDelegateForColumn(RouteModel.PROSPECT, TwoLineDelegate(self.route))
        self.route.setItemDelegateForColumn(RouteModel.MINUTES, MinutesDelegate(self.route))
        self.route.setItemDelegateForColumn(RouteModel.GIFT, GiftDelegate(lambda: self._stock, self.route))
        self.route.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.route.horizontalHeader().setMinimumSectionSize(24)
        size_columns(self.route, ROUTE_COLUMNS, RouteModel.PROSPECT)
        self.route.viewport().installEventFilter(self)  # the gift's share of the width follows its size
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the selected stop up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the selected stop down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("R&emove stop"))
        self.remove_button.setObjectName("remove_stop")
        self.remove_button.setToolTip(
            self.tr("Remove the selected stop from the day (Del); Undo brings it back")
        )
        self.route_info = RouteInfo()
        # a colleague's planned visit to a prospect of this route: two reps should not stand at one door
        # (at most a few lines tall, then it scrolls: the route above keeps its rows)
        self.colleague_notice = notice_label("colleague_notice")
        hint = QLabel(
            self.tr(
                "Drag stops or press Ctrl+Up/Ctrl+Down to reorder: the times after follow. Double-click "
                "or F2 edits the time (HH:MM, a fixed appointment), the minutes and the gift to bring."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_FG.name()};")
        box = QGroupBox(self.tr("Route"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.route, 1)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.route_info)
        layout.addWidget(NoticeArea(self.colleague_notice))
        layout.addWidget(hint)
        return box

    def _wire(self) -> None:
        self.pick.add_requested.connect(self._add)
        self.route.installEventFilter(self)
        self.route.selectionModel().selectionChanged.connect(self._update_buttons)
        self.route_model.order_changed.connect(self._save_order, Qt.ConnectionType.QueuedConnection)
        self.route_model.time_edited.connect(self._set_time)
        self.route_model.minutes_edited.connect(self._set_minutes)
        self.route_model.gift_chosen.connect(self._set_gift)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.auto_button.clicked.connect(self.order_automatically)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.day()))
        self.prev_button.clicked.connect(lambda: self.shift_day(-1))
        self.next_button.clicked.connect(lambda: self.shift_day(1))
        self.tomorrow_button.clicked.connect(lambda: self.set_day(dt.date.today() + dt.timedelta(days=1)))
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.shift_day(step))
        pick = self.pick
        chain = (self.date_edit, pick.search, pick.results, pick.add_button, pick.area, pick.add_area_button)
        for first, second in itertools.pairwise((*chain, self.route)):
            self.setTabOrder(first, second)

    # -- the day

    def day(self) -> dt.date:
        return to_date(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))  # refreshes through dateChanged

    def shift_day(self, days: int) -> None:
        self.set_day(self.day() + dt.timedelta(days=days))

    def refresh(self) -> None:
        self.stale = False
        store, day = self.ctx.store, self.day()
        keep = self._select_after_refresh or self.selected_visit_id()
        self._select_after_refresh = None
        day_visits = visits.list_day(store, day)
        self._stock = gifts.list_stock(store)
        kit = visits.day_gift_kit(store, day, whole_stock=True)
        self._plan = day_route.plan_for_day(store, day, day_visits)
        short = {line.stock_item_id for line in kit if line.missing}
        self.route_model.set_visits(day_visits, short, self._plan)
        row = self.route_model.row_of(keep) if keep else -1
        if row >= 0:
            self._select_route_row(row)
        self.kit.show_kit(kit)
        self._active = [v for v in day_visits if v.status != VisitStatus.CANCELLED.value]
        self.stop_count.setText(self.tr("Stops: %1").replace("%1", str(len(self._active))))
        self.route_info.show_plan(self._plan, day)
        self._show_colleague_notices()
        self.pick.refresh()
        self._update_buttons()

    def _show_colleague_notices(self) -> None:
        """The colleagues' planned visits (from today on) to the prospects of the day's stops."""
        names = {v.prospect_id: v.prospect.name for v in self._active}
        found = sellers.colleague_visits(self.ctx.store, names)
        lines = [
            self.tr("%1: %2").replace("%2", colleague_notice(c.seller, c.seller_id, c.date)).replace("%1", name)
            for prospect_id, name in names.items()
            for c in found.get(prospect_id, ())
        ]
        self.colleague_notice.setText("\n".join(lines))
        self.colleague_notice.setVisible(bool(lines))

    # -- the panes

    def _share_panes(self, width: int) -> None:
        (pick_share, pick_max), (kit_share, kit_max) = PANE_SHARES
        pick, kit = min(pick_max, int(width * pick_share)), min(kit_max, int(width * kit_share))
        self.splitter.setSizes([pick, max(200, width - pick - kit), kit])

    def _on_panes_moved(self, *_args) -> None:
        self._panes_moved = True

    def _fit_gift_column(self) -> None:
        """Half the free width to the gift to bring (at least GIFT_MIN_WIDTH), the rest to the name."""
        free = self.route.viewport().width() - sum(width for _column, width in ROUTE_COLUMNS)
        self.route.horizontalHeader().resizeSection(RouteModel.GIFT, max(GIFT_MIN_WIDTH, free // 2))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._panes_moved:
            self._share_panes(self.splitter.width())

    # -- changing the day's route (each an undoable operation)

    def _run(self, text: str, action: Callable[[], Op[Any]], on_success=None) -> Op[Any] | None:
        return self.ctx.ops.run(self, text, action, on_success)

    def _add(self, prospect_ids: list[str]) -> None:
        store, day = self.ctx.store, self.day()
        text = self.tr("Add stops to %1").replace("%1", fmt_date(day))
        self._run(text, lambda: visit_ops.plan_prospects(store, day, prospect_ids))

    def selected_visit_id(self) -> str | None:
        rows = self.route.selectionModel().selectedRows() if self.route.selectionModel() else []
        return self.route_model.visit(rows[0].row()).id if rows else None

    def _select_route_row(self, row: int) -> None:
        index = self.route_model.index(row, RouteModel.PROSPECT)
        self.route.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def move_selected(self, step: int) -> None:
        rows = self.route.selectionModel().selectedRows()
        if not rows:
            return
        row = rows[0].row()
        target = row + step
        if not 0 <= target < self.route_model.rowCount():
            return
        self._select_after_refresh = self.route_model.visit(row).id
        self.route_model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + 1 if step > 0 else target)

    def _save_order(self, visit_ids: list[str]) -> None:
        store, day = self.ctx.store, self.day()
        before = self._select_after_refresh
        self._select_after_refresh = before or self.selected_visit_id()
        op = self._run(self.tr("Reorder the route"), lambda: visit_ops.reorder(store, day, visit_ids))
        if op is None:
            self.refresh()  # show the stored order again
        elif not op.changes:
            self._select_after_refresh = before

    def order_automatically(self) -> None:
        store, day = self.ctx.store, self.day()

        def note(op: Op[visit_ops.AutoOrder]) -> None:
            if op.changes:
                self.route_info.ordered(op.value, day)

        self._run(self.tr("Order the route automatically"), lambda: visit_ops.auto_order(store, day), note)

    def remove_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if not visit_id:
            return
        row = self.route_model.row_of(visit_id)
        name = self.route_model.visit(row).prospect.name
        if row + 1 < self.route_model.rowCount():
            self._select_after_refresh = self.route_model.visit(row + 1).id
        elif row > 0:
            self._select_after_refresh = self.route_model.visit(row - 1).id
        store = self.ctx.store
        self._run(
            self.tr("Remove stop %1").replace("%1", name), lambda: visit_ops.remove_stop(store, visit_id)
        )

    def _set_time(self, visit_id: str, text: str) -> None:
        store = self.ctx.store
        self._run(self.tr("Set the planned time"), lambda: visit_ops.set_planned_time(store, visit_id, text))

    def _set_minutes(self, visit_id: str, minutes: int) -> None:
        store = self.ctx.store
        self._run(
            self.tr("Set the visit's length"), lambda: visit_ops.set_visit_minutes(store, visit_id, minutes)
        )

    def _set_gift(self, visit_id: str, item_id: str) -> None:
        store = self.ctx.store
        self._run(
            self.tr("Choose the gift to bring"), lambda: visit_ops.choose_gift(store, visit_id, item_id)
        )

    def _update_buttons(self, *_args) -> None:
        has_stop = self.selected_visit_id() is not None
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has_stop)
        count = self.route_model.rowCount()
        self.auto_button.setEnabled(count > 0)  # one stop too: its time from home
        self.print_button.setEnabled(count > 0)

    # -- keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.route.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_gift_column()
        if (
            watched is self.route
            and event.type() == QEvent.Type.KeyPress
            and self.route.state() != QAbstractItemView.State.EditingState
        ):
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete and not mods:
                self.remove_selected()
                return True
            if mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)
