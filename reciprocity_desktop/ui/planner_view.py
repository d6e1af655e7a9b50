"""The day planner: pick the prospects for a day, order the route, choose the gift for each stop.

Left: find prospects (by name or a whole postal-code area) that are not on the day yet. Middle:
the route in order (drag and drop or Ctrl+Up/Ctrl+Down to reorder, edit the planned time and
the gift to bring in place, Del removes a stop). Right: the day's gift kit against the stock.
Every change goes through :mod:`reciprocity_desktop.services.visits` and can be undone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import gifts, visits
from reciprocity_desktop.store.models import Prospect, StockItem, Visit, VisitStatus
from reciprocity_desktop.ui._legacy import ServiceCommand
from reciprocity_desktop.ui.context import UiContext, touches
from reciprocity_desktop.ui.labels import fmt_date, value_label
from reciprocity_desktop.ui.widgets.forms import to_date, to_qdate
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import ID_ROLE, Column, RecordTableModel, SortFilterProxy

ROUTE_MIME = "application/x-reciprocity-route-rows"
_TIME_PATTERN = r"^$|^([01]?\d|2[0-3]):[0-5]\d$"


def _address(prospect: Prospect) -> str:
    town = " ".join(part for part in (prospect.postal_code, prospect.city) if part)
    return ", ".join(part for part in (prospect.street, town) if part)


def _gift_text(visit: Visit) -> str:
    if visit.gift_stock_item is not None:
        name = visit.gift_stock_item.name
        return f"{name} ({visit.gift_note})" if visit.gift_note else name
    return visit.gift_note


class RouteModel(QAbstractTableModel):
    """The day's visits in route order, reorderable by drag and drop (internal moves) or ``moveRows``.

    The model only rearranges what it shows and says so with ``order_changed``; the view saves
    the new order through ``visits.reorder_day`` and reloads. Edits of the planned time and the
    gift are reported the same way (``time_edited``/``gift_chosen``), never written here.
    """

    NUMBER, TIME, PROSPECT, ADDRESS, GIFT, STATUS = range(6)

    order_changed = Signal(list)  # the visit ids in the new order
    time_edited = Signal(str, str)  # visit id, "HH:MM" ("" clears)
    gift_chosen = Signal(str, str)  # visit id, stock item id ("" = no gift from stock)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits: list[Visit] = []
        self._short_items: set[str] = set()

    def set_visits(self, rows: Sequence[Visit], short_items: set[str] | None = None) -> None:
        self.beginResetModel()
        self._visits = list(rows)
        self._short_items = set(short_items or ())
        self.endResetModel()

    def visits(self) -> list[Visit]:
        return list(self._visits)

    def visit(self, row: int) -> Visit:
        return self._visits[row]

    def row_of(self, visit_id: str) -> int:
        return next((row for row, visit in enumerate(self._visits) if visit.id == visit_id), -1)

    def _headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Time"),
            self.tr("Prospect"),
            self.tr("Address"),
            self.tr("Gift to bring"),
            self.tr("Status"),
        ]

    # -- reading

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self._visits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), visit, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.TIME:
                return visit.planned_time
            if column == self.GIFT:
                return visit.gift_stock_item_id or ""
            return self._display(index.row(), visit, column)
        if role == ID_ROLE:
            return visit.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.TIME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and visit.status == VisitStatus.CANCELLED.value:
            return MUTED_FG
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == self.GIFT
            and visit.status == VisitStatus.PLANNED.value
            and visit.gift_stock_item_id in self._short_items
        ):
            return DANGER_BG
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.GIFT:
                text = _gift_text(visit)
                if visit.gift_stock_item_id in self._short_items:
                    text += "\n" + self.tr("Not enough of this item in stock for the day.")
                return text
            if column in (self.PROSPECT, self.ADDRESS):
                return f"{visit.prospect.name}\n{_address(visit.prospect)}"
        return None

    def _display(self, row: int, visit: Visit, column: int) -> str:
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.TIME:
            return visit.planned_time
        if column == self.PROSPECT:
            return visit.prospect.name
        if column == self.ADDRESS:
            return _address(visit.prospect)
        if column == self.GIFT:
            return _gift_text(visit)
        return value_label(visit.status)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if (
            index.column() in (self.TIME, self.GIFT)
            and self._visits[index.row()].status == VisitStatus.PLANNED.value
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing (reported, not stored)

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        visit = self._visits[index.row()]
        if index.column() == self.TIME:
            text = str(value or "").strip()
            if text != visit.planned_time:
                self.time_edited.emit(visit.id, text)
            return True
        if index.column() == self.GIFT:
            item_id = str(value or "")
            if item_id != (visit.gift_stock_item_id or ""):
                self.gift_chosen.emit(visit.id, item_id)
            return True
        return False

    # -- reordering

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROUTE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(ROUTE_MIME, QByteArray(json.dumps(rows).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return data is not None and data.hasFormat(ROUTE_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent) -> bool:  # noqa: N802
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            rows = [int(r) for r in json.loads(bytes(data.data(ROUTE_MIME).data()).decode())]
        except (ValueError, TypeError):
            return False
        rows = sorted(r for r in set(rows) if 0 <= r < len(self._visits))
        if not rows:
            return False
        if row < 0:  # dropped on an item (take its place) or below the last row
            row = parent.row() if parent.isValid() else len(self._visits)
        if rows == list(range(rows[0], rows[-1] + 1)):
            self.moveRows(QModelIndex(), rows[0], len(rows), QModelIndex(), row)
        else:  # a scattered selection: gather it at the drop place
            moved = [self._visits[r] for r in rows]
            before = sum(1 for r in rows if r < row)
            rest = [v for i, v in enumerate(self._visits) if i not in set(rows)]
            self.layoutAboutToBeChanged.emit()
            self._visits = rest[: row - before] + moved + rest[row - before :]
            self.layoutChanged.emit()
            self.order_changed.emit([v.id for v in self._visits])
        # The move is done here; returning False keeps the view from also removing the source rows.
        return False

    def moveRows(  # noqa: N802
        self,
        source_parent: QModelIndex | QPersistentModelIndex,
        source_row: int,
        count: int,
        destination_parent: QModelIndex | QPersistentModelIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._visits):
            return False
        destination_child = max(0, min(destination_child, len(self._visits)))
        if source_row <= destination_child <= source_row + count:
            return False  # dropped onto itself
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        block = self._visits[source_row : source_row + count]
        del self._visits[source_row : source_row + count]
        target = destination_child - count if destination_child > source_row else destination_child
        self._visits[target:target] = block
        self.endMoveRows()
        top, bottom = self.index(0, self.NUMBER), self.index(len(self._visits) - 1, self.NUMBER)
        self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
        self.order_changed.emit([v.id for v in self._visits])
        return True


class TimeDelegate(QStyledItemDelegate):
    """Edits a planned time as HH:MM; an unfinished entry is dropped, not saved."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("time_editor")
        editor.setPlaceholderText(self.tr("HH:MM"))
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(_TIME_PATTERN), editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if editor.hasAcceptableInput():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class GiftDelegate(QStyledItemDelegate):
    """Chooses the gift to bring from the stock, showing how many of each are on hand."""

    def __init__(self, stock: Callable[[], list[StockItem]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stock = stock

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("gift_editor")
        combo.addItem(self.tr("(no gift from stock)"), "")
        for item in self._stock():
            combo.addItem(
                self.tr("%1 (%2 in stock)").replace("%1", item.name).replace("%2", str(item.quantity)),
                item.id,
            )
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _Kit:
    """One row of the gift kit panel: a stock item, how many the day needs and how many are on hand."""

    def __init__(self, item: StockItem, needed: int) -> None:
        self.id = item.id
        self.name = item.name
        self.needed = needed
        self.in_stock = item.quantity
        self.low_level = item.low_stock_level

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.in_stock)

    @property
    def left(self) -> int:
        return self.in_stock - self.needed


def _kit_background(line: _Kit):
    if line.missing:
        return DANGER_BG
    if line.needed and line.left <= line.low_level:
        return WARNING_BG
    return None


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    return view


class PlannerView(QWidget):
    """Plan a day: the prospects to visit, the route order, the planned times and gifts."""

    print_requested = Signal(object)  # the day (datetime.date) to print

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stock: list[StockItem] = []
        self._select_after_refresh: str | None = None
        self._route_note = ""  # what the last "Order automatically" did, for the day it did it
        self._route_note_day: dt.date | None = None

        # -- the day
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("planner_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd, yyyy-MM-dd")
        self.date_edit.setDate(to_qdate(dt.date.today() + dt.timedelta(days=1)))
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
            self.tr("Shortest route by distance when every stop has coordinates, else by postal code")
        )
        self.print_button = QPushButton(self.tr("Pri&nt day…"))
        self.print_button.setObjectName("print_day")

        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.prev_button)
        top.addWidget(self.date_edit)
        top.addWidget(self.next_button)
        top.addWidget(self.tomorrow_button)
        top.addSpacing(16)
        top.addWidget(self.stop_count)
        top.addStretch(1)
        top.addWidget(self.auto_button)
        top.addWidget(self.print_button)

        # -- picking prospects
        self.search = QLineEdit()
        self.search.setObjectName("planner_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, city, postal code or contact"))
        search_label = QLabel(self.tr("Sear&ch:"))
        search_label.setBuddy(self.search)
        self.results_model = RecordTableModel(
            [
                Column(self.tr("Prospect"), lambda p: p.name, tooltip=lambda p: f"{p.name}\n{_address(p)}"),
                Column(
                    self.tr("Place"),
                    lambda p: " ".join(part for part in (p.postal_code, p.city) if part),
                    sort_key=lambda p: (p.postal_code, p.city.casefold()),
                ),
            ],
            self,
        )
        self.results_proxy = SortFilterProxy(self)
        self.results_proxy.setSourceModel(self.results_model)
        self.results = _table("planner_results")
        self.results.setModel(self.results_proxy)
        self.results.setSortingEnabled(True)
        self.results.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        self.results_info = QLabel()
        self.results_info.setObjectName("results_info")
        self.results_info.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to t&he day"))
        self.add_button.setObjectName("add_selected")
        self.add_button.setToolTip(self.tr("Add the selected prospects (Enter or double-click)"))

        self.area = QLineEdit()
        self.area.setObjectName("postal_prefix")
        self.area.setMaxLength(20)
        self.area.setPlaceholderText(self.tr("e.g. 803"))
        area_label = QLabel(self.tr("Postal code &starts with:"))
        area_label.setBuddy(self.area)
        self.area_count = QLabel()
        self.area_count.setObjectName("area_count")
        self.area_count.setWordWrap(True)
        self.add_area_button = QPushButton(self.tr("Add a&ll"))
        self.add_area_button.setObjectName("add_area")

        pick = QGroupBox(self.tr("Add prospects"))
        pick_layout = QVBoxLayout(pick)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        pick_layout.addLayout(search_row)
        pick_layout.addWidget(self.results, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.results_info, 1)
        add_row.addWidget(self.add_button)
        pick_layout.addLayout(add_row)
        area_box = QGroupBox(self.tr("Everyone in a postal-code area"))
        area_layout = QVBoxLayout(area_box)
        area_row = QHBoxLayout()
        area_row.addWidget(area_label)
        area_row.addWidget(self.area, 1)
        area_layout.addLayout(area_row)
        area_bottom = QHBoxLayout()
        area_bottom.addWidget(self.area_count, 1)
        area_bottom.addWidget(self.add_area_button)
        area_layout.addLayout(area_bottom)
        pick_layout.addWidget(area_box)

        # -- the route
        self.route_model = RouteModel(self)
        self.route = _table("route")
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
        self.route.setItemDelegateForColumn(RouteModel.GIFT, GiftDelegate(lambda: self._stock, self.route))
        header = self.route.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RouteModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (RouteModel.NUMBER, 30),
            (RouteModel.TIME, 50),
            (RouteModel.PROSPECT, 185),
            (RouteModel.GIFT, 180),
            (RouteModel.STATUS, 80),
        ):
            header.resizeSection(column, width)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the selected stop up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Move the selected stop down (Ctrl+Down)"))
        self.remove_button = QPushButton(self.tr("R&emove stop"))
        self.remove_button.setObjectName("remove_stop")
        self.remove_button.setToolTip(
            self.tr("Remove the selected stop from the day (Del); Undo brings it back")
        )
        self.route_info = QLabel()
        self.route_info.setObjectName("route_info")
        self.route_info.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Drag stops or press Ctrl+Up/Ctrl+Down to reorder. Double-click or F2 edits the time "
                "(HH:MM) and the gift to bring."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED_FG.name()};")

        route_box = QGroupBox(self.tr("Route"))
        route_layout = QVBoxLayout(route_box)
        route_layout.addWidget(self.route, 1)
        route_buttons = QHBoxLayout()
        route_buttons.addWidget(self.up_button)
        route_buttons.addWidget(self.down_button)
        route_buttons.addWidget(self.remove_button)
        route_buttons.addSpacing(12)
        route_buttons.addWidget(self.route_info, 1)
        route_layout.addLayout(route_buttons)
        route_layout.addWidget(hint)

        # -- the gift kit
        self.kit_model = RecordTableModel(
            [
                Column(
                    self.tr("Stock item"), lambda k: k.name, background=_kit_background, tooltip=self._kit_tip
                ),
                Column(
                    self.tr("Needed"),
                    lambda k: str(k.needed) if k.needed else "",
                    sort_key=lambda k: k.needed,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    background=_kit_background,
                ),
                Column(
                    self.tr("In stock"),
                    lambda k: str(k.in_stock),
                    sort_key=lambda k: k.in_stock,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    background=_kit_background,
                ),
            ],
            self,
        )
        self.kit_proxy = SortFilterProxy(self)
        self.kit_proxy.setSourceModel(self.kit_model)
        self.kit = _table("gift_kit")
        self.kit.setModel(self.kit_proxy)
        self.kit.setSortingEnabled(True)
        self.kit.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.kit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kit.setWordWrap(True)
        header = self.kit.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 64)
        header.resizeSection(2, 68)
        self.kit.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.kit_warning = QLabel()
        self.kit_warning.setObjectName("kit_warning")
        self.kit_warning.setWordWrap(True)
        kit_box = QGroupBox(self.tr("Gift kit for the day"))
        kit_layout = QVBoxLayout(kit_box)
        kit_layout.addWidget(self.kit, 1)
        kit_layout.addWidget(self.kit_warning)
        legend = QLabel(self.tr("Red: not enough in stock. Yellow: stock runs low after this day."))
        legend.setWordWrap(True)
        legend.setStyleSheet(f"color: {MUTED_FG.name()};")
        kit_layout.addWidget(legend)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(pick)
        splitter.addWidget(route_box)
        splitter.addWidget(kit_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([320, 740, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        # -- wiring
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._refresh_results)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)
        self._area_timer = QTimer(self, singleShot=True, interval=150)
        self._area_timer.timeout.connect(self._refresh_area)
        self.area.textChanged.connect(self._area_timer.start)
        self.area.returnPressed.connect(self.add_area)
        self.results.doubleClicked.connect(lambda _index: self.add_selected())
        self.results.installEventFilter(self)
        self.results.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_selected)
        self.add_area_button.clicked.connect(self.add_area)
        self.route.installEventFilter(self)
        self.route.selectionModel().selectionChanged.connect(self._update_buttons)
        self.route_model.order_changed.connect(self._save_order, Qt.ConnectionType.QueuedConnection)
        self.route_model.time_edited.connect(self._set_time)
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
        ctx.events.changed.connect(self._on_changed)

        self.setTabOrder(self.date_edit, self.search)
        self.setTabOrder(self.search, self.results)
        self.setTabOrder(self.results, self.add_button)
        self.setTabOrder(self.add_button, self.area)
        self.setTabOrder(self.area, self.add_area_button)
        self.setTabOrder(self.add_area_button, self.route)
        self.refresh()

    # -- the day

    def day(self) -> dt.date:
        return to_date(self.date_edit.date())

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))  # refreshes through dateChanged

    def shift_day(self, days: int) -> None:
        self.set_day(self.day() + dt.timedelta(days=days))

    def _on_changed(self, what: set[str]) -> None:
        if touches(what, "visits", "prospects", "stock", "gifts"):
            self.refresh()

    def refresh(self) -> None:
        day = self.day()
        keep = self._select_after_refresh or self.selected_visit_id()
        self._select_after_refresh = None
        day_visits = visits.list_day(self.ctx.store, day)
        self._stock = gifts.list_stock(self.ctx.store)
        kit = {line.stock_item_id: line for line in visits.day_gift_kit(self.ctx.store, day)}
        short = {item_id for item_id, line in kit.items() if line.missing}
        self.route_model.set_visits(day_visits, short)
        row = self.route_model.row_of(keep) if keep else -1
        if row >= 0:
            self._select_route_row(row)

        lines = [_Kit(item, kit[item.id].needed if item.id in kit else 0) for item in self._stock]
        self.kit_model.set_rows(lines)
        missing = [line for line in lines if line.missing]
        if missing:
            text = "; ".join(
                self.tr("%1: need %2, have %3")
                .replace("%1", line.name)
                .replace("%2", str(line.needed))
                .replace("%3", str(line.in_stock))
                for line in missing
            )
            self.kit_warning.setText(self.tr("Not enough in stock — %1").replace("%1", text))
            self.kit_warning.setStyleSheet(f"background: {DANGER_BG.name()}; padding: 4px;")
        else:
            needed = sum(line.needed for line in lines)
            self.kit_warning.setText(
                self.tr("Gifts from stock to load: %1 — all in stock.").replace("%1", str(needed))
                if needed
                else self.tr("No gifts from stock planned for this day yet.")
            )
            self.kit_warning.setStyleSheet("")

        active = [v for v in day_visits if v.status != VisitStatus.CANCELLED.value]
        self.stop_count.setText(self.tr("Stops: %1").replace("%1", str(len(active))))
        self._update_route_info(active)
        self._refresh_results()
        self._refresh_area()
        self._update_buttons()

    def _kit_tip(self, line: _Kit) -> str:
        if line.missing:
            return self.tr("%1 missing for this day.").replace("%1", str(line.missing))
        return self.tr("%1 left after this day.").replace("%1", str(line.left))

    def _update_route_info(self, active: list[Visit]) -> None:
        parts = []
        if self._route_note and self._route_note_day == self.day():
            parts.append(self._route_note)
        length = visits.route_length_km([v.prospect for v in active]) if len(active) > 1 else None
        if length is not None:
            parts.append(
                self.tr("Route: %1 km (straight line between stops).").replace("%1", f"{length:.1f}")
            )
        elif len(active) > 1:
            parts.append(self.tr("Route length unknown: some stops have no coordinates."))
        self.route_info.setText(" ".join(parts))

    # -- picking prospects

    def _refresh_results(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        found = visits.candidates_for_day(self.ctx.store, self.day(), search=text, limit=201)
        more = len(found) > 200
        self.results_model.set_rows(found[:200])
        if not found:
            info = self.tr("No prospect matches that is not on this day already.")
        elif more:
            info = self.tr("The first 200 matches; type more to narrow down.")
        else:
            info = self.tr("Matches not on this day yet: %1").replace("%1", str(len(found)))
        self.results_info.setText(info)
        self._update_buttons()

    def _area_matches(self) -> list[Prospect]:
        prefix = self.area.text().strip()
        if not prefix:
            return []
        return visits.candidates_for_day(self.ctx.store, self.day(), postal_prefix=prefix, limit=None)

    def _refresh_area(self) -> None:
        self._area_timer.stop()
        prefix = self.area.text().strip()
        count = len(self._area_matches())
        if not prefix:
            self.area_count.setText(self.tr("Type the start of a postal code."))
        else:
            self.area_count.setText(
                self.tr("Postal code %1…, not on this day yet: %2")
                .replace("%2", str(count))
                .replace("%1", prefix)
            )
        self.add_area_button.setEnabled(count > 0)
        self.add_area_button.setText(
            self.tr("Add a&ll %1").replace("%1", str(count)) if count else self.tr("Add a&ll")
        )

    def selected_result_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.results.selectionModel().selectedRows())
        return [self.results_proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def _search_enter(self) -> None:
        self._refresh_results()
        if self.selected_result_ids():
            self.add_selected()
        elif self.results_proxy.rowCount() == 1:
            self.results.selectRow(0)
            self.add_selected()
        elif self.results_proxy.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)

    def add_selected(self) -> None:
        ids = self.selected_result_ids()
        if ids:
            self._add(ids)
            self.search.setFocus()
            self.search.selectAll()

    def add_area(self) -> None:
        ids = [p.id for p in self._area_matches()]
        if ids:
            self._add(ids)

    def _add(self, prospect_ids: list[str]) -> None:
        store, day = self.ctx.store, self.day()
        added: list[str] = []

        def do() -> None:
            if added:  # redo after undo: bring the same visits back
                for visit_id in added:
                    visits.restore_visit(store, visit_id)
                return
            before = {v.id for v in visits.list_day(store, day)}
            added.extend(v.id for v in visits.plan_day(store, day, prospect_ids) if v.id not in before)

        def undo() -> None:
            for visit_id in added:
                visits.remove_visit(store, visit_id)

        text = self.tr("Add stops to %1").replace("%1", fmt_date(day))
        self.ctx.push(ServiceCommand(text, self.ctx.events, ["visits"], do, undo), self)

    # -- the route

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
        before = [v.id for v in visits.list_day(store, day)]
        if before == visit_ids:
            return
        self._select_after_refresh = self._select_after_refresh or self.selected_visit_id()
        if not self.ctx.push(
            ServiceCommand(
                self.tr("Reorder the route"),
                self.ctx.events,
                ["visits"],
                lambda: visits.reorder_day(store, day, visit_ids),
                lambda: visits.reorder_day(store, day, before),
            ),
            self,
        ):
            self.refresh()  # show the stored order again

    def order_automatically(self) -> None:
        store, day = self.ctx.store, self.day()
        day_visits = visits.list_day(store, day)
        if len(day_visits) < 2:
            return
        before = [v.id for v in day_visits]
        method = visits.route_method([v.prospect for v in day_visits])
        self._route_note = (
            self.tr("Ordered automatically by distance.")
            if method == "distance"
            else self.tr("Ordered automatically by postal code (not every stop has coordinates).")
        )
        self._route_note_day = day
        self.ctx.push(
            ServiceCommand(
                self.tr("Order the route automatically"),
                self.ctx.events,
                ["visits"],
                lambda: visits.auto_order_day(store, day),
                lambda: visits.reorder_day(store, day, before),
            ),
            self,
        )

    def remove_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if not visit_id:
            return
        row = self.route_model.row_of(visit_id)
        name = self.route_model.visit(row).prospect.name
        store = self.ctx.store
        if row + 1 < self.route_model.rowCount():
            self._select_after_refresh = self.route_model.visit(row + 1).id
        elif row > 0:
            self._select_after_refresh = self.route_model.visit(row - 1).id
        self.ctx.push(
            ServiceCommand(
                self.tr("Remove stop %1").replace("%1", name),
                self.ctx.events,
                ["visits"],
                lambda: visits.remove_visit(store, visit_id),
                lambda: visits.restore_visit(store, visit_id),
            ),
            self,
        )

    def _set_time(self, visit_id: str, text: str) -> None:
        store = self.ctx.store
        before = visits.get_visit(store, visit_id).planned_time
        self.ctx.push(
            ServiceCommand(
                self.tr("Set the planned time"),
                self.ctx.events,
                ["visits"],
                lambda: visits.update_visit(store, visit_id, planned_time=text),
                lambda: visits.update_visit(store, visit_id, planned_time=before),
            ),
            self,
        )

    def _set_gift(self, visit_id: str, item_id: str) -> None:
        store = self.ctx.store
        old = visits.get_visit(store, visit_id)
        old_item, old_note = old.gift_stock_item_id, old.gift_note

        def set_to(stock_id: str | None, note: str) -> None:
            visits.update_visit(store, visit_id, clear_gift=True, gift_stock_item_id=stock_id, gift_note=note)

        self.ctx.push(
            ServiceCommand(
                self.tr("Choose the gift to bring"),
                self.ctx.events,
                ["visits"],
                lambda: set_to(item_id or None, "" if item_id else old_note),
                lambda: set_to(old_item, old_note),
            ),
            self,
        )

    def _update_buttons(self, *_args) -> None:
        has_stop = self.selected_visit_id() is not None
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(has_stop)
        self.add_button.setEnabled(bool(self.results.selectionModel().selectedRows()))
        count = self.route_model.rowCount()
        self.auto_button.setEnabled(count > 1)
        self.print_button.setEnabled(count > 0)

    # -- keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if watched is self.route and self.route.state() != QAbstractItemView.State.EditingState:
            if key == Qt.Key.Key_Delete and not mods:
                self.remove_selected()
                return True
            if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_selected()
            return True
        if watched is self.search and key == Qt.Key.Key_Down and self.results_proxy.rowCount():
            self.results.setFocus()
            if not self.results.selectionModel().selectedRows():
                self.results.selectRow(0)
            return True
        return super().eventFilter(watched, event)
