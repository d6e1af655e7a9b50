"""The Insights page's lists to act on: three lazy tables, counted, filtered and sorted in SQL.

:class:`ActLists` holds the "To act on" pane: the filter, the three tabs ("No follow-up yet",
"Reaction overdue", "Next steps") whose titles show the SQL counts, and their tables. The page hands
it each list's first page and count (:func:`~reciprocity_desktop.services.insights_lists_sql.load_page`);
further pages, a filter text and a header click are asked of
:mod:`reciprocity_desktop.services.insights_lists_sql`.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QTabWidget, QVBoxLayout, QWidget

from reciprocity_desktop.services import insights_lists_sql as sql
from reciprocity_desktop.services.insights_lists_sql import ListQuery
from reciprocity_desktop.store import Store
from reciprocity_desktop.ui.insights import lists
from reciprocity_desktop.ui.insights.lazy import LazyRecordModel, PagedRows
from reciprocity_desktop.ui.insights.parts import bold, mute, table_view
from reciprocity_desktop.ui.labels import translate
from reciprocity_desktop.ui.widgets.recompute import Recompute

#: Per list, the column a header click sorts in SQL: (the list's sort key, whether ascending means descending).
_SORTS = {
    sql.UNFOLLOWED: {0: ("name", False), 1: ("kind", False), 2: ("gift_date", True), 3: ("next_due", False)},
    sql.OVERDUE: {0: ("name", False), 1: ("description", False), 2: ("due", False), 3: ("due", True), 4: ("asked", False)},
    sql.NEXT_STEPS_LIST: {0: ("name", False), 1: ("last_date", False)},
}  # fmt: skip


def _title(which: str) -> str:
    return {
        sql.UNFOLLOWED: translate("InsightsView", "No follow-up yet ({n})"),
        sql.OVERDUE: translate("InsightsView", "Reaction overdue ({n})"),
        sql.NEXT_STEPS_LIST: translate("InsightsView", "Next steps ({n})"),
    }[which]


class ActLists(QWidget):
    """The lists to act on: each a lazy table over its SQL list, the tab title its count.

    A filter text or a header click loads the lists' counts and first pages again off the GUI thread
    (a big store takes seconds); ``reloaded`` fires when they are shown.
    """

    reloaded = Signal()

    def __init__(self, store: Store, money, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.query: ListQuery | None = None  # of the figures shown (None until the first load)
        self.totals: dict[str, int] = dict.fromkeys(sql.LISTS, 0)
        self.models: dict[str, LazyRecordModel] = {}
        self._recompute = Recompute(self._asks, self._load, lambda asks: asks is not None, self)
        self._recompute.done.connect(self._loaded)
        self.views: dict[str, QTableView] = {}
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
            model = LazyRecordModel(columns, self)
            view = table_view(model, name)
            model.sort_asked.connect(self._reload)
            self.models[which], self.views[which] = model, view
            self.tabs.setTabToolTip(self.tabs.addTab(view, ""), tip)
        self.filter_edit.textChanged.connect(self._reload)
        self.update_titles()

    def show_lists(self, query: ListQuery, first: dict[str, list], counts: dict[str, int]) -> None:
        """Each list's first page and count, as loaded with the figures for ``query`` (no filter)."""
        self.query, self.totals = query, dict(counts)
        if self.filter_edit.text() or any(m.sort_column >= 0 for m in self.models.values()):
            self._reload()
        else:
            for which in sql.LISTS:
                self._show(which, counts[which], first[which])
        self.update_titles()

    def _asked(self, which: str) -> ListQuery:
        model = self.models[which]
        sort, inverted = _SORTS[which].get(model.sort_column, (None, False))
        descending = (model.sort_order == Qt.SortOrder.DescendingOrder) != inverted
        return dataclasses.replace(self.query, text=self.filter_edit.text(), sort=sort, descending=descending)

    def _asks(self) -> dict[str, ListQuery] | None:
        return None if self.query is None else {which: self._asked(which) for which in sql.LISTS}

    def _load(self, asks: dict[str, ListQuery]) -> dict[str, tuple[ListQuery, list, int]]:
        """Each list's first page and count for ``asks`` (on a worker thread)."""
        return {which: (ask, *sql.first(self.store, which, ask)) for which, ask in asks.items()}

    def _reload(self, *_args) -> None:
        self._recompute.request()

    def _loaded(self, loaded: dict[str, tuple[ListQuery, list, int]]) -> None:
        for which, (ask, rows, total) in loaded.items():
            self._show(which, total, rows, ask)
        self.update_titles()
        self.reloaded.emit()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        return self._recompute.wait_idle(timeout_ms)

    def _show(self, which: str, count: int, first: list, asked: ListQuery | None = None) -> None:
        store, asked = self.store, asked or self.query

        def fetch(offset: int, limit: int) -> list:
            return sql.page(store, which, asked, offset, limit)

        self.models[which].set_paged(PagedRows(count, fetch, first, sql.FIRST_PAGE))

    def update_titles(self) -> None:
        filtered = bool(self.filter_edit.text()) and self.query is not None
        for index, which in enumerate(sql.LISTS):
            shown, total = self.models[which].rowCount(), self.totals[which]
            if filtered:
                title = _title(which).rsplit(" (", 1)[0]
                self.tabs.setTabText(index, f"{title} ({shown}/{total})")
            else:
                self.tabs.setTabText(index, _title(which).format(n=shown))
