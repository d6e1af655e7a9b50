"""What the pages over a day's visits share (the planner's route, the debrief's stops): the table's
look, its column widths, cells of two lines (a name over its address), the day as the other pages
write it, and how a stop's address and gift to bring read in a cell."""

from __future__ import annotations

import re
from collections.abc import Iterable

from babel.dates import get_date_format
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reciprocity_desktop.store.models import Prospect, Visit
from reciprocity_desktop.ui.labels import ui_locale
from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.tables import SortFilterProxy

#: A cell's second, muted line (the address under a name, the km under a time).
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 20


def two_line_height(widget: QWidget) -> int:
    """The height of a row of two lines of text in ``widget``'s font."""
    return 2 * widget.fontMetrics().lineSpacing() + 8


def visit_table(name: str = "", row_height: int | None = 24, *, two_lines: bool = False) -> QTableView:
    """A table of whole rows with alternating colours, no row numbers and rows of even height:
    ``row_height``, or two lines of text (``two_lines``: wrapped text and :class:`TwoLineDelegate`
    cells fit)."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(two_line_height(view) if two_lines else row_height or 24)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(two_lines)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


def sorted_table(
    name: str,
    model: QAbstractItemModel,
    column: int,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    *,
    two_lines: bool = False,
) -> tuple[SortFilterProxy, QTableView]:
    """A read-only :func:`visit_table` over ``model``, sorted by ``column`` (the user may sort by another)."""
    proxy = SortFilterProxy(model)
    proxy.setSourceModel(model)
    view = visit_table(name, two_lines=two_lines)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return proxy, view


def size_columns(view: QTableView, widths: Iterable[tuple[int, int]], stretch: int) -> None:
    """Columns the user can resize, starting at ``widths`` ((column, pixels)); ``stretch`` takes the rest."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        header.resizeSection(column, width)


def two_lines_of(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """``text`` broken at a space into two lines that fit ``width``; the second cut with "…"."""
    words = text.split()
    first = ""
    while words:
        candidate = f"{first} {words[0]}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
        words.pop(0)
    if not first:  # one long word: cut it where it stops fitting
        cut = len(text)
        while cut > 1 and metrics.horizontalAdvance(text[:cut]) > width:
            cut -= 1
        first, words = text[:cut], [text[cut:]]
    return first, metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)


class TwoLineDelegate(QStyledItemDelegate):
    """A cell of two lines: the display text over a muted :data:`SECOND_LINE_ROLE` line (an address
    under a name). A text too long for one line takes both (the cell's tooltip keeps the second
    line); what still does not fit ends in "…". The cell's icon stays at its left."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        second = index.data(SECOND_LINE_ROLE)
        if not second:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        first, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(
            2, 0, -2, 0
        )
        metrics = opt.fontMetrics
        line = metrics.lineSpacing()
        top = rect.top() + max(0, (rect.height() - 2 * line) // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if foreground is not None and not selected:
            ink = foreground.color() if hasattr(foreground, "color") else foreground
        muted = ink if selected else MUTED_FG
        if metrics.horizontalAdvance(first) > rect.width():  # the name needs both lines
            upper, lower = two_lines_of(first, metrics, rect.width())
            lower_ink = ink
        else:
            upper, lower_ink = first, muted
            lower = metrics.elidedText(str(second), Qt.TextElideMode.ElideRight, rect.width())
        align = int(
            (opt.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignVCenter
        )
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(ink)
        painter.drawText(QRect(rect.left(), top, rect.width(), line), align, upper)
        painter.setPen(lower_ink)
        painter.drawText(QRect(rect.left(), top + line, rect.width(), line), align, lower)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 2 * option.fontMetrics.lineSpacing() + 8))


# -- the day as text ---------------------------------------------------------------------------------------

_PATTERN_RUN = re.compile(r"'[^']*'|([a-zA-Z])\1*|[^a-zA-Z']+")


def day_display_format(locale: str | None = None, *, weekday: bool = True) -> str:
    """The ``QDateEdit`` display format of a day as the other pages write it (:func:`labels.fmt_date`,
    the locale's medium date: "3 Dec 2026", "03.12.2026"), after the short weekday ("Thu, ")."""
    try:
        pattern = get_date_format("medium", locale=locale or ui_locale()).pattern
    except Exception:  # an unknown locale: the English form
        pattern = "d MMM y"
    parts = []
    for match in _PATTERN_RUN.finditer(pattern):
        run = match.group(0)
        letter = run[0]
        if letter == "'":
            parts.append(run)  # a quoted literal reads the same in Qt
        elif letter == "y":
            parts.append("yy" if len(run) == 2 else "yyyy")
        elif letter in "dM":
            parts.append(run[:4])
        elif letter == "L":
            parts.append("M" * min(len(run), 4))
        elif letter.isalpha():
            parts.append(f"'{run}'")
        else:
            parts.append(run)
    return ("ddd, " if weekday else "") + "".join(parts)


def prospect_address(prospect: Prospect) -> str:
    """ "Street 1, 12345 Town" (the parts there are)."""
    town = " ".join(part for part in (prospect.postal_code, prospect.city) if part)
    return ", ".join(part for part in (prospect.street, town) if part)


def gift_to_bring(visit: Visit) -> str:
    """The stock item to bring (with the visit's gift note in brackets), else the gift note."""
    if visit.gift_stock_item is not None:
        name = visit.gift_stock_item.name
        return f"{name} ({visit.gift_note})" if visit.gift_note else name
    return visit.gift_note
