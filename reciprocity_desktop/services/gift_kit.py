"""The day's gift kit: what to load into the car, against what is in stock.

One rule for the planner, the printed day and the visits service: a stop counts while it is
still to be made (planned; not done, nobody there or cancelled) and brings a gift from stock.
Each stock item gets one line: how many stops need it, how many are in stock, how many are
missing and how many are left after the day. Neither figure ever goes below zero: a shortage
says how many are missing, never a negative stock.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from reciprocity_desktop.store.models import StockItem, Visit, VisitStatus


@dataclass(frozen=True)
class KitLine:
    """One stock item of the kit: how many stops still to be made bring it, against how many are in stock."""

    stock_item_id: str
    name: str
    kind: str  # GiftKind value
    needed: int
    in_stock: int
    low_stock_level: int

    @property
    def missing(self) -> int:
        """How many more than are in stock the day needs (0 when there are enough)."""
        return max(0, self.needed - self.in_stock)

    @property
    def left_after(self) -> int:
        """How many stay in stock after the day (0 when there are not enough)."""
        return max(0, self.in_stock - self.needed)

    @property
    def low_after(self) -> bool:
        """The day is covered but takes the stock down to its reorder level or below."""
        return bool(self.needed) and not self.missing and self.left_after <= self.low_stock_level


def needed_from_stock(stops: Iterable[Visit]) -> Counter[str]:
    """How many of the ``stops`` still to be made bring each stock item (by stock item id)."""
    return Counter(
        stop.gift_stock_item_id
        for stop in stops
        if stop.status == VisitStatus.PLANNED.value and stop.gift_stock_item_id
    )


def gift_kit(
    stops: Iterable[Visit], items: Iterable[StockItem], stock: Iterable[StockItem] = ()
) -> list[KitLine]:
    """The kit for a day's ``stops``: a line for each stock item a stop still to be made brings.

    ``items`` holds at least the stock items the stops bring (more do no harm); the items of
    ``stock`` get a line even when no stop needs them (the planner shows the whole stock).
    Shortages come first, then by name.
    """
    needed = needed_from_stock(stops)
    listed = list(stock)
    known = {item.id: item for item in (*items, *listed)}
    shown = {item.id for item in listed} | (needed.keys() & known.keys())
    lines = (
        KitLine(
            stock_item_id=item_id,
            name=known[item_id].name,
            kind=known[item_id].kind,
            needed=needed.get(item_id, 0),
            in_stock=known[item_id].quantity,
            low_stock_level=known[item_id].low_stock_level,
        )
        for item_id in shown
    )
    return sorted(lines, key=lambda line: (not line.missing, line.name.casefold(), line.stock_item_id))


def shortages(kit: Iterable[KitLine]) -> list[KitLine]:
    """The lines of ``kit`` with not enough in stock."""
    return [line for line in kit if line.missing]
