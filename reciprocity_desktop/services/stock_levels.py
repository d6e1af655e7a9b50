"""The stock rules: how an item's stock stands (what the window shows as colours and warnings comes from here).

Plain functions of an item's ``quantity`` and ``low_stock_level`` (a stored stock item or one of Today's
rows alike), without SQLAlchemy: the window colours its first page with them before the ORM is loaded.
:mod:`~reciprocity_desktop.services.gifts` offers them too.
"""

from __future__ import annotations

from typing import Protocol

#: How an item's stock stands: none left, running low (at or below its low-stock level), or fine.
OUT_OF_STOCK, LOW_STOCK, IN_STOCK = "out", "low", "ok"
#: The low-stock level of a new stock item unless one is given.
DEFAULT_LOW_STOCK_LEVEL = 3


class Stocked(Protocol):
    quantity: int
    low_stock_level: int


def stock_level_of(quantity: int, low_stock_level: int) -> str:
    """``OUT_OF_STOCK`` at zero, ``LOW_STOCK`` at or below the low-stock level, else ``IN_STOCK``."""
    if quantity <= 0:
        return OUT_OF_STOCK
    if quantity <= low_stock_level:
        return LOW_STOCK
    return IN_STOCK


def stock_level(item: Stocked) -> str:
    """How the stock of ``item`` stands (see :func:`stock_level_of`)."""
    return stock_level_of(item.quantity, item.low_stock_level)


def runs_low(item: Stocked) -> bool:
    """True when ``item`` is running low or out of stock: time to restock."""
    return stock_level(item) != IN_STOCK


#: :func:`runs_low` as an SQL condition on ``stock_items`` (the same two comparisons as :func:`stock_level_of`).
RUNS_LOW_SQL = "(quantity <= 0 OR quantity <= low_stock_level)"
