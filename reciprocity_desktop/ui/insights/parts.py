"""What the Insights and the Gift register pages share: their tables, money cells and quiet notes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from reciprocity_desktop.ui.labels import fmt_money
from reciprocity_desktop.ui.widgets.column_fit import fitted
from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, RecordTableModel, SortFilterProxy

#: Column widths follow the contents of this many rows (all rows would take seconds on a big store).
FIT_ROWS = 100
#: How much wider than its view a table may be and still be fitted into it (a share of the view's width).
SQUEEZE = 0.15
#: Text that reports a failure or a figure over a limit.
ERROR_STYLE = "color: #b02a37;"
ERROR_COLOUR = QColor("#b02a37")


def record_table(
    model: RecordTableModel, name: str, proxy_parent: QObject | None = None
) -> tuple[QTableView, SortFilterProxy]:
    """A read-only, sortable table of ``model``'s rows (one row selected at a time), and its proxy."""
    proxy = SortFilterProxy(proxy_parent if proxy_parent is not None else model)
    proxy.setSourceModel(model)
    return table_view(proxy, name), proxy


def table_view(model: QAbstractItemModel, name: str) -> QTableView:
    """A read-only, sortable table of ``model`` (sorting is the model's: a lazy one sorts in SQL)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the services' order first
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a squeezed title ends in "…", not cut at both ends
    header.setResizeContentsPrecision(FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def content_width(view: QTableView, column: int, rows: int = FIT_ROWS) -> int:
    """The width column ``column`` needs for its header and its first ``rows`` rows.

    Measured on the display texts directly: Qt's own resizeColumnsToContents asks the model
    for every role of every cell and takes seconds on a large store.
    """
    model = view.model()
    metrics = view.fontMetrics()
    header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
    bold = QFont(view.horizontalHeader().font())
    bold.setBold(True)
    widest = QFontMetrics(bold).horizontalAdvance(str(header)) + 24  # room for the sort arrow
    for row in range(min(rows, model.rowCount())):
        text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        if text:
            extra = 24 if model.index(row, column).data(Qt.ItemDataRole.DecorationRole) is not None else 0
            widest = max(widest, metrics.horizontalAdvance(str(text)) + 14 + extra)
    return widest


def fit_columns(view: QTableView, stretch: int | None, widest: int = 170) -> None:
    """Columns as wide as their contents (at most ``widest`` px); ``stretch`` takes the rest of the width.

    Without ``stretch`` the last column takes the rest. A table a little too wide for its view (by up to
    :data:`SQUEEZE` of it) has its widest columns give the pixels missing rather than scroll sideways.
    """
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    widths = [min(content_width(view, column), widest) for column in range(header.count())]
    available = view.viewport().width()
    if widths and 0 < sum(widths) - available <= available * SQUEEZE:
        widths = fitted(widths, available, len(widths) - 1 if stretch is None else stretch)
    for column, width in enumerate(widths):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setStretchLastSection(stretch is None)


class KeepFitted(QObject):
    """Fits a table's columns again (:func:`fit_columns`) each time its view changes width."""

    def __init__(self, view: QTableView, stretch: int | None) -> None:
        super().__init__(view)
        self.view, self.stretch, self._width = view, stretch, -1
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched.width() != self._width:
            self._width = watched.width()
            fit_columns(self.view, self.stretch)
        return False


def prospect_of(index: QModelIndex) -> str | None:
    """The prospect of the row at ``index`` (every row of these pages names one), if any."""
    return getattr(index.data(OBJECT_ROLE), "prospect_id", None) or None


def bold(label: QLabel) -> QLabel:
    """Sets ``label`` in bold: a title or a summary."""
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def mute(label: QLabel) -> QLabel:
    """Greys ``label`` out: a note beside the figures, not a figure."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), MUTED_FG)
    label.setPalette(palette)
    return label


class MoneyText:
    """Amounts in the store's currency, formatted once each (Babel is slow over thousands of cells)."""

    def __init__(self, currency: str = "EUR") -> None:
        self.currency = currency
        self._cache: dict[tuple[int | None, str], str] = {}

    def reset(self, currency: str) -> None:
        """A new currency (or locale): forget what was formatted."""
        self.currency = currency
        self._cache.clear()

    def __call__(self, cents: int | None) -> str:
        key = (cents, self.currency)
        text = self._cache.get(key)
        if text is None:
            text = self._cache[key] = fmt_money(cents, self.currency)
        return text
