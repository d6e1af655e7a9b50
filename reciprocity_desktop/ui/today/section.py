"""One titled list of the Today page: its rows, its count in the title, a note while it is empty.

The list is as tall as the rows it shows (:meth:`Section.show_rows`: the page decides how many fit), so
no row is ever cut in half; more rows than that scroll a row at a time. Its columns share its width
(:class:`FitTable`): each as wide as its text, one column (``flex``) takes the spare width, and when the
width is short the widest columns give, down to one width; a cut text ends in "…" and shows whole in its
tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.ui.widgets.column_fit import fitted
from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, Column, RecordTableModel, SortFilterProxy

#: The rows a column is sized to (a screenful): Qt would otherwise measure every row, each time rows change.
SIZED_ROWS = 10
#: The rows a list shows until its page has measured how many fit.
SHOWN_ROWS = 8
#: The room a cell's text needs beside it (the cell's margins), and a header's (its margins, a sort arrow).
CELL_PADDING, HEADER_PADDING = 14, 18
#: A row's height beyond the font's line.
ROW_PADDING = 8


class FitTable(QTableView):
    """A table whose columns share its width (see the module's docstring); no horizontal scrolling."""

    def __init__(self, flex: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flex = flex
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + ROW_PADDING)

    def row_height(self) -> int:
        return self.verticalHeader().defaultSectionSize()

    def height_for(self, rows: int) -> int:
        """The height that shows exactly ``rows`` rows under the header."""
        return 2 * self.frameWidth() + self.horizontalHeader().sizeHint().height() + rows * self.row_height()

    # -- the columns' widths

    def _content_widths(self) -> list[int]:
        model = self.model()
        metrics = self.fontMetrics()
        bold = QFont(self.horizontalHeader().font())
        bold.setBold(True)  # some styles set the header in bold: room for that
        header_metrics = QFontMetrics(bold)
        widths = []
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
            widest = header_metrics.horizontalAdvance(str(title)) + HEADER_PADDING
            for row in range(min(SIZED_ROWS, model.rowCount())):
                text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if text:
                    widest = max(widest, metrics.horizontalAdvance(str(text)) + CELL_PADDING)
            widths.append(widest)
        return widths

    def fit_columns(self) -> None:
        """Each column as wide as its text; the flex column takes the spare width, the widest give what is short."""
        count = self.model().columnCount() if self.model() is not None else 0
        if not count:
            return
        widths = fitted(self._content_widths(), self.viewport().width(), min(self.flex, count - 1))
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            result = super().viewportEvent(event)
            self.fit_columns()
            return result
        if event.type() == QEvent.Type.ToolTip and self._show_cut_text(event):
            return True
        return super().viewportEvent(event)

    def _show_cut_text(self, event) -> bool:
        """A cell without a tooltip of its own whose text is cut shows the whole text as its tooltip."""
        index = self.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if self.fontMetrics().horizontalAdvance(text) + CELL_PADDING <= self.columnWidth(index.column()):
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
        return True

    def cut_text(self, row: int, column: int) -> str:
        """The tooltip a cell shows: its own, or its text when the column cuts it ("" when it fits)."""
        index = self.model().index(row, column)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        fits = self.fontMetrics().horizontalAdvance(text) + CELL_PADDING <= self.columnWidth(column)
        return "" if fits else text


class Section(QGroupBox):
    """A titled list on the Today page; double-click (or Enter) opens the row's prospect."""

    activated = Signal(str)  # the prospect id

    def __init__(
        self,
        title: str,
        columns: list[Column],
        empty_text: str,
        prospect_of: Callable[[Any], str | None],
        parent: QWidget | None = None,
        *,
        flex: int = -1,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._shown_rows = SHOWN_ROWS  # until the page says how many fit
        self.prospect_of = prospect_of
        self.model = RecordTableModel(columns, self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = FitTable(flex if flex >= 0 else len(columns) - 1)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(self._on_activated)
        self.view.activated.connect(self._on_activated)
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet(f"color: {MUTED_FG.name()}; padding: 8px;")
        self.empty.setWordWrap(True)
        self.more = QLabel()
        self.more.setObjectName("more")
        self.more.setStyleSheet(f"color: {MUTED_FG.name()}; padding: 2px 8px;")
        self.more.hide()
        # the page gives the sections their widths (side by side, half each): their contents do not ask for any
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.more)
        layout.addWidget(self.empty)
        self.show_rows(self._shown_rows)

    def set_title(self, title: str) -> None:
        self._title = title

    def set_rows(self, rows: list[Any], total: int | None = -1) -> None:
        """Show ``rows``, the first of ``total`` (default: all of them; None: not counted yet)."""
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.set_total(len(rows) if total == -1 else total)
        self.show_rows(self._shown_rows)
        self.view.fit_columns()

    def set_total(self, total: int | None) -> None:
        """Count the list in the title; say how many rows are not shown (None: not counted yet)."""
        self.setTitle(self._title if total is None else f"{self._title} ({total})")
        hidden = 0 if total is None else total - self.model.rowCount()
        self.more.setText(self.tr("… and %n more", "", hidden) if hidden > 0 else "")
        self.more.setVisible(hidden > 0)

    def row_count(self) -> int:
        return self.model.rowCount()

    def show_rows(self, rows: int) -> None:
        """Make the list exactly as tall as ``rows`` rows (or its rows, when it has fewer): no half rows."""
        self._shown_rows = max(1, rows)
        self.view.setFixedHeight(self.view.height_for(min(self._shown_rows, max(1, self.model.rowCount()))))

    def height_for(self, rows: int) -> int:
        """The section's height when its list shows ``rows`` rows (or all of them, when it has fewer)."""
        if self.view.isHidden():  # empty: the note instead
            return self.minimumSizeHint().height()
        rest = self.minimumSizeHint().height() - self.view.minimumHeight()  # title, margins, "… and n more"
        return rest + self.view.height_for(min(max(1, rows), self.model.rowCount()))

    def current_prospect_id(self) -> str:
        """The prospect of the current row while the list has the focus, else ""."""
        index = self.view.currentIndex()
        if self.view.hasFocus() and index.isValid():
            return self.prospect_of(index.data(OBJECT_ROLE)) or ""
        return ""

    def _on_activated(self, index: QModelIndex) -> None:
        record = index.data(OBJECT_ROLE)
        if record is not None:
            prospect_id = self.prospect_of(record)
            if prospect_id:
                self.activated.emit(prospect_id)
