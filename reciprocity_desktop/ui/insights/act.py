"""The Insights page's lists to act on: three lazy tables, counted, filtered and sorted in SQL.

:class:`ActLists` holds the "To act on" pane: the filter, the three tabs ("No follow-up yet",
"Reaction overdue", "Next steps") whose titles show the SQL counts, and their tables. The page hands
it each list as its load computed it once
(:func:`~reciprocity_desktop.services.insights_lists_sql.load_page`: a temporary table each); the
tables (:class:`~reciprocity_desktop.ui.widgets.lazy_table.LazyRecordModel`) read the pages they
paint, a header click's order and the filter's rows from there, in SQL.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QTabWidget, QVBoxLayout, QWidget

from reciprocity_desktop.services import insights_lists_sql as sql
from reciprocity_desktop.services.snapshot import SnapshotList, list_count, list_page, list_position
from reciprocity_desktop.ui.insights import lists
from reciprocity_desktop.ui.insights.parts import bold, mute, table_view
from reciprocity_desktop.ui.labels import translate
from reciprocity_desktop.ui.widgets.lazy_table import LazyRecordModel, LazySource

#: Per list, the sort key of each column (see insights_lists_sql.LIST_SORTS; None: the column does not sort).
SORT_KEYS: dict[str, list[str | None]] = {
    sql.UNFOLLOWED: ["name", "kind", "gift_date", "days_since"],
    sql.OVERDUE: ["name", "description", "due", "days_overdue", "asked"],
    sql.NEXT_STEPS_LIST: ["name", "last_date", None],
}
#: The most width the lists ask for, to show their tabs' titles whole (px).
MOST_WIDTH = 520
#: The filter applies this long after the last keystroke.
FILTER_DELAY_MS = 150


def _title(which: str) -> str:
    return {
        sql.UNFOLLOWED: translate("InsightsView", "No follow-up yet ({n})"),
        sql.OVERDUE: translate("InsightsView", "Reaction overdue ({n})"),
        sql.NEXT_STEPS_LIST: translate("InsightsView", "Next steps ({n})"),
    }[which]


class ActLists(QWidget):
    """The lists to act on: each a lazy table over its list as loaded, the tab title its count.

    A filter text counts each list again over its load (shortly after the last keystroke);
    ``reloaded`` fires when the lists show it.
    """

    reloaded = Signal()

    def __init__(self, money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists: dict[str, SnapshotList] = {}  # as loaded (none until the first load)
        self.totals: dict[str, int] = dict.fromkeys(sql.LISTS, 0)
        self.models: dict[str, LazyRecordModel] = {}
        self.views: dict[str, QTableView] = {}
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._refilter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("listFilter")
        self.filter_edit.setPlaceholderText(translate("InsightsView", "Filter the lists…"))
        self.filter_edit.setClearButtonEnabled(True)
        header.addWidget(bold(QLabel(translate("InsightsView", "To act on"))))
        header.addWidget(self.filter_edit, 1)
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("actTabs")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(mute(QLabel(translate("InsightsView", "Double-click a row to open the prospect."))))
        for which, columns, name, tip in (
            (sql.UNFOLLOWED, lists.unfollowed_columns(), "unfollowedList",
             translate("InsightsView", "Gifted prospects nobody has followed up since their latest gift")),
            (sql.OVERDUE, lists.overdue_columns(), "overdueList",
             translate("InsightsView", "Gifts whose reaction is still unknown after asking was due")),
            (sql.NEXT_STEPS_LIST, lists.steps_columns(money), "nextStepsList",
             translate("InsightsView", "Prospects who gave something back, with a suggested next step")),
        ):  # fmt: skip
            model = LazyRecordModel(columns, LazySource.empty(), SORT_KEYS[which], self)
            view = table_view(model, name)
            self.models[which], self.views[which] = model, view
            self.tabs.setTabToolTip(self.tabs.addTab(view, ""), tip)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.update_titles()

    def filter_text(self) -> str:
        return self.filter_edit.text()

    def show_lists(self, loaded: dict[str, SnapshotList]) -> None:
        """Each list as loaded: its count known, its pages read when painted (in the order and with the
        filter shown)."""
        self.lists = dict(loaded)
        self.totals = {which: listed.rows for which, listed in self.lists.items()}
        for which, listed in self.lists.items():
            source = LazySource.over(
                listed, self.filter_text, sql.list_sort, list_count, list_page, list_position
            )
            self.models[which].set_source(source)
        self.update_titles()

    def _refilter(self) -> None:
        self._filter_timer.stop()
        if self.lists:
            for model in self.models.values():
                model.reload()
            self.update_titles()
        self.reloaded.emit()

    def wait_idle(self, _timeout_ms: int = 10_000) -> bool:
        """Apply a filter text still waiting for its delay (for tests and closing)."""
        if self._filter_timer.isActive():
            self._refilter()
        return True

    def update_titles(self) -> None:
        filtered = bool(self.filter_text()) and bool(self.lists)
        for index, which in enumerate(sql.LISTS):
            shown, total = self.models[which].rowCount(), self.totals[which]
            if filtered:
                title = _title(which).rsplit(" (", 1)[0]
                self.tabs.setTabText(index, f"{title} ({shown}/{total})")
            else:
                self.tabs.setTabText(index, _title(which).format(n=shown))
        # wide enough for the three titles with their counts (the page's splitter keeps it so), up to a limit
        self.setMinimumWidth(min(MOST_WIDTH, self.tabs.tabBar().sizeHint().width() + 8))
