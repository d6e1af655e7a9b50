"""Colours and icons the views share (the stock colours too: Today and the Gifts page show them)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from reciprocity_desktop.paths import resource
from reciprocity_desktop.services import stock_levels


def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


WARNING_BG = QColor("#fff3cd")
DANGER_BG = QColor("#f8d7da")
MUTED_FG = QColor("#6c757d")

#: The background of a stock row by its level; a row in stock keeps the table's own.
STOCK_LEVEL_BG = {stock_levels.OUT_OF_STOCK: DANGER_BG, stock_levels.LOW_STOCK: WARNING_BG}


def stock_background(item: stock_levels.Stocked) -> QColor | None:
    """Red when out of stock, yellow when running low (the level from the services)."""
    return STOCK_LEVEL_BG.get(stock_levels.stock_level(item))
