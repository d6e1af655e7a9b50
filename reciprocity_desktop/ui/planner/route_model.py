"""The day's route as a table model: in order, reorderable by drag and drop, editable in place.

The model never writes to the store: it reports a new order (``order_changed``), a planned time
(``time_edited``), a visit's length (``minutes_edited``) or a chosen gift (``gift_chosen``); the view
saves it as an undoable operation. What the route plan says of a stop (the km of the leg to it, a
fixed appointment, why it is flagged: far from the others, placed by postal code) comes with
:meth:`RouteModel.set_visits`; a flagged stop shows a warning icon and says why in its tooltip.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from reciprocity_desktop.services import day_route
from reciprocity_desktop.services.route_plan import PlannedStop, RoutePlan
from reciprocity_desktop.store.models import Visit, VisitStatus
from reciprocity_desktop.ui.labels import fmt_number, message_text, value_label
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG
from reciprocity_desktop.ui.widgets.tables import ID_ROLE
from reciprocity_desktop.ui.widgets.visit_table import SECOND_LINE_ROLE, gift_to_bring, prospect_address

#: The codes of why a stop is flagged (:func:`day_route.stop_flags`), for the tests.
FLAGS_ROLE = Qt.ItemDataRole.UserRole + 21

ROUTE_MIME = "application/x-reciprocity-route-rows"


class RouteModel(QAbstractTableModel):
    """The day's visits in route order, reorderable by drag and drop (internal moves) or ``moveRows``.

    The model only rearranges what it shows and says so with ``order_changed``; the view saves
    the new order through ``visits.reorder_day`` and reloads. Edits of the planned time and the
    gift are reported the same way (``time_edited``/``gift_chosen``), never written here.
    """

    NUMBER, TIME, PROSPECT, MINUTES, GIFT, STATUS = range(6)

    order_changed = Signal(list)  # the visit ids in the new order
    time_edited = Signal(str, str)  # visit id, "HH:MM" ("" clears)
    minutes_edited = Signal(str, int)  # visit id, minutes
    gift_chosen = Signal(str, str)  # visit id, stock item id ("" = no gift from stock)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits: list[Visit] = []
        self._short_items: set[str] = set()
        self._plan: RoutePlan | None = None
        self._flags: dict[str, list] = {}
        self._warning_icon: QIcon | None = None

    def set_visits(
        self, rows: Sequence[Visit], short_items: set[str] | None = None, plan: RoutePlan | None = None
    ) -> None:
        self.beginResetModel()
        self._visits = list(rows)
        self._short_items = set(short_items or ())
        self._plan = plan
        self._flags = {
            stop.visit_id: flags
            for stop in (plan.stops if plan else ())
            if (flags := day_route.stop_flags(stop, plan))
        }
        self.endResetModel()

    def planned(self, visit: Visit) -> PlannedStop | None:
        return self._plan.stop(visit.id) if self._plan is not None else None

    def _icon(self) -> QIcon:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon

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
            self.tr("Min."),
            self.tr("Gift to bring"),
            self.tr("Status"),
        ]

    # -- reading

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.MINUTES:
            return self.tr("How long the visit takes, in minutes (bold: this visit's own length)")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self._visits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), visit, column)
        if role == SECOND_LINE_ROLE:
            return self._second_line(visit, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.TIME:
                return visit.planned_time
            if column == self.GIFT:
                return visit.gift_stock_item_id or ""
            if column == self.MINUTES:
                return self._minutes(visit)
            return self._display(index.row(), visit, column)
        if role == ID_ROLE:
            return visit.id
        if role == FLAGS_ROLE:
            return [flag.code for flag in self._flags.get(visit.id, ())]
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROSPECT and visit.id in self._flags:
            return self._icon()
        if role == Qt.ItemDataRole.FontRole and self._bold(visit, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.TIME, self.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if visit.status == VisitStatus.CANCELLED.value:
                return MUTED_FG
            if column == self.MINUTES and visit.visit_minutes is None:
                return MUTED_FG
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == self.GIFT
            and visit.status == VisitStatus.PLANNED.value
            and visit.gift_stock_item_id in self._short_items
        ):
            return DANGER_BG
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(visit, column)
        return None

    def _minutes(self, visit: Visit) -> int | None:
        if visit.visit_minutes is not None:
            return visit.visit_minutes
        planned = self.planned(visit)
        return planned.minutes if planned is not None else None

    def _bold(self, visit: Visit, column: int) -> bool:
        if column == self.TIME:
            return bool(visit.fixed_time)
        return column == self.MINUTES and visit.visit_minutes is not None

    def _second_line(self, visit: Visit, column: int) -> str | None:
        if column == self.PROSPECT:
            return prospect_address(visit.prospect) or None
        if column == self.TIME:
            planned = self.planned(visit)
            if (
                planned is not None
                and planned.leg_km is not None
                and (self._plan.from_home or planned.leg_km)
            ):
                km = planned.leg_km
                return self.tr("%1 km").replace("%1", fmt_number(km, decimals=0 if km >= 100 else 1))
        return None

    def _tooltip(self, visit: Visit, column: int) -> str | None:
        if column == self.GIFT:
            text = gift_to_bring(visit)
            if visit.gift_stock_item_id in self._short_items:
                text += "\n" + self.tr("Not enough of this item in stock for the day.")
            return text
        if column == self.PROSPECT:
            lines = [visit.prospect.name, prospect_address(visit.prospect)]
            lines += ["⚠ " + message_text(flag) for flag in self._flags.get(visit.id, ())]
            return "\n".join(line for line in lines if line)
        if column == self.TIME:
            return self._time_tooltip(visit)
        return None

    def _time_tooltip(self, visit: Visit) -> str:
        if visit.fixed_time:
            text = self.tr(
                "A fixed appointment (typed in): the other times are computed around it. Clear it to let the route give this stop its time."
            )
        else:
            text = self.tr(
                "Computed from the day's start, the visits before and the drive (Settings). Type a time to fix an appointment."
            )
        planned = self.planned(visit)
        if planned is not None and planned.leg_km is not None and planned.leg_km:
            text += "\n" + self.tr("%1 km by road from the stop before (estimated).").replace(
                "%1", fmt_number(planned.leg_km, decimals=1)
            )
        return text

    def _display(self, row: int, visit: Visit, column: int) -> str:
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.TIME:
            return visit.planned_time
        if column == self.PROSPECT:
            return visit.prospect.name
        if column == self.MINUTES:
            minutes = self._minutes(visit)
            return "" if minutes is None or visit.status == VisitStatus.CANCELLED.value else str(minutes)
        if column == self.GIFT:
            return gift_to_bring(visit)
        return value_label(visit.status)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if (
            index.column() in (self.TIME, self.MINUTES, self.GIFT)
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
        if index.column() == self.MINUTES:
            if value is not None and int(value) != self._minutes(visit):
                self.minutes_edited.emit(visit.id, int(value))
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
