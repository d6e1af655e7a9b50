"""What the pages over a day's visits share (the planner's route, the debrief's stops): the table's
look, its column widths, and how a stop's address and gift to bring read in a cell."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from reciprocity_desktop.store.models import Prospect, Visit
from reciprocity_desktop.ui.widgets.tables import SortFilterProxy


def visit_table(name: str = "", row_height: int = 24) -> QTableView:
    """A table of whole rows with alternating colours, no row numbers and rows of ``row_height``."""
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    return view


def sorted_table(
    name: str, model: QAbstractItemModel, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
) -> tuple[SortFilterProxy, QTableView]:
    """A read-only :func:`visit_table` over ``model``, sorted by ``column`` (the user may sort by another)."""
    proxy = SortFilterProxy(model)
    proxy.setSourceModel(model)
    view = visit_table(name)
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
