"""The planner's left-hand pane: find the prospects that are not on the day yet and add them.

By name, city, postal code or contact (Enter adds the only match or the selected ones; Down goes
into the results), or everyone whose postal code starts alike. The pane asks the services which
prospects qualify (:func:`visits.candidates_for_day`) and says which to add with ``add_requested``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import sellers, visits
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Prospect
from reciprocity_desktop.ui.labels import colleague_notice
from reciprocity_desktop.ui.widgets.notice import NoticeArea, notice_label
from reciprocity_desktop.ui.widgets.tables import ID_ROLE, OBJECT_ROLE, Column, RecordTableModel
from reciprocity_desktop.ui.widgets.visit_table import (
    SECOND_LINE_ROLE,
    TwoLineDelegate,
    prospect_address,
    sorted_table,
)

#: How many search results the list shows at most.
SHOWN = 200
#: The selected prospects whose colleagues' visits are said (the first ones of a long selection).
NOTICED = 20


def place_of(prospect: Prospect) -> str:
    """ "80331 München" (the parts there are)."""
    return " ".join(part for part in (prospect.postal_code, prospect.city) if part)


class PickModel(RecordTableModel):
    """The search results: each prospect's name, with its postal code and town as a second line."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == SECOND_LINE_ROLE and index.isValid():
            return place_of(self.record(index.row()))
        return super().data(index, role)


def _row(*cells: tuple[QWidget, int]) -> QHBoxLayout:
    """A row of (widget, stretch)."""
    row = QHBoxLayout()
    for widget, stretch in cells:
        row.addWidget(widget, stretch)
    return row


class PickPane(QGroupBox):
    """Add prospects: search results and a postal-code area, both leaving out who is on the day."""

    add_requested = Signal(list)  # the prospect ids to add to the day

    def __init__(self, store: Store, day: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add prospects"), parent)
        self._store = store
        self._day = day
        layout = QVBoxLayout(self)
        self._build_search(layout)
        self._build_area(layout)
        self._wire()

    # -- layout

    def _build_search(self, layout: QVBoxLayout) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("planner_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, city, postal code or contact"))
        search_label = QLabel(self.tr("Sear&ch:"))
        search_label.setBuddy(self.search)
        self.results_model = PickModel(
            [
                Column(
                    self.tr("Prospect"),
                    lambda p: p.name,
                    tooltip=lambda p: f"{p.name}\n{prospect_address(p)}",
                ),
            ],
            self,
        )
        # One column, two lines a row: the name over its postal code and town, neither cut by the other.
        self.results_proxy, self.results = sorted_table(
            "planner_results", self.results_model, 0, two_lines=True
        )
        self.results.setItemDelegateForColumn(0, TwoLineDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results_info = QLabel()
        self.results_info.setObjectName("results_info")
        self.results_info.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to t&he day"))
        self.add_button.setObjectName("add_selected")
        self.add_button.setToolTip(self.tr("Add the selected prospects (Enter or double-click)"))
        # The captions go above their fields: the pane is narrow, and the fields' hints are read whole.
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(_row((self.results_info, 1), (self.add_button, 0)))
        # the selected prospects a colleague is to visit (so that two reps do not stand at one door)
        # (at most a few lines tall, then it scrolls: the results above keep their rows)
        self.colleague_notice = notice_label("pick_colleague_notice")
        layout.addWidget(NoticeArea(self.colleague_notice))

    def _build_area(self, layout: QVBoxLayout) -> None:
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
        area_box = QGroupBox(self.tr("Everyone in a postal-code area"))
        area_layout = QVBoxLayout(area_box)
        area_layout.addWidget(area_label)
        area_layout.addLayout(_row((self.area, 1), (self.add_area_button, 0)))
        area_layout.addWidget(self.area_count)
        layout.addWidget(area_box)

    def _wire(self) -> None:
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
        self.results.selectionModel().selectionChanged.connect(self._update_add_button)
        self.add_button.clicked.connect(self.add_selected)
        self.add_area_button.clicked.connect(self.add_area)

    # -- what is offered

    def refresh(self) -> None:
        self._refresh_results()
        self._refresh_area()

    def _refresh_results(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        found = visits.candidates_for_day(self._store, self._day(), search=text, limit=SHOWN + 1)
        self.results_model.set_rows(found[:SHOWN])
        if not found:
            info = self.tr("No prospect matches that is not on this day already.")
        elif len(found) > SHOWN:
            info = self.tr("The first 200 matches; type more to narrow down.")
        else:
            info = self.tr("Matches not on this day yet: %1").replace("%1", str(len(found)))
        self.results_info.setText(info)
        self._update_add_button()

    def _area_matches(self) -> list[Prospect]:
        prefix = self.area.text().strip()
        if not prefix:
            return []
        return visits.candidates_for_day(self._store, self._day(), postal_prefix=prefix, limit=None)

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

    def _update_add_button(self, *_args) -> None:
        self.add_button.setEnabled(bool(self.results.selectionModel().selectedRows()))
        self._show_colleague_notices()

    def _show_colleague_notices(self) -> None:
        """What colleagues plan for the selected prospects (from today on)."""
        rows = sorted(index.row() for index in self.results.selectionModel().selectedRows())[:NOTICED]
        chosen = [self.results_proxy.index(row, 0).data(OBJECT_ROLE) for row in rows]
        found = sellers.colleague_visits(self._store, [p.id for p in chosen]) if chosen else {}
        lines = [
            self.tr("%1: %2").replace("%2", colleague_notice(c.seller, c.seller_id, c.date)).replace("%1", p.name)
            for p in chosen
            for c in found.get(p.id, ())
        ]
        self.colleague_notice.setText("\n".join(lines))
        self.colleague_notice.setVisible(bool(lines))

    # -- adding

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
            self.add_requested.emit(ids)
            self.search.setFocus()
            self.search.selectAll()

    def add_area(self) -> None:
        ids = [p.id for p in self._area_matches()]
        if ids:
            self.add_requested.emit(ids)

    # -- keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_selected()
                return True
            if watched is self.search and key == Qt.Key.Key_Down and self.results_proxy.rowCount():
                self.results.setFocus()
                if not self.results.selectionModel().selectedRows():
                    self.results.selectRow(0)
                return True
        return super().eventFilter(watched, event)
