"""Stock movements: every change of a stock item's quantity on hand is a record of its own.

An item's quantity on hand is the sum of its live movements (``opening``, ``restock``, ``draw``,
``correction``); ``stock_items.quantity`` holds that sum, kept by SQLite's triggers
(``store.stock.STOCK_TRIGGERS``), so readers read it as before. A sync carries the movements (merged by id),
so draws made on two laptops from the same item both count. Giving a gift from stock writes a draw
linked to the gift; deleting the gift tombstones that draw (the stock goes back), restoring it brings
the draw back. Here: writing movements inside a service's session, and listing an item's movements.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.prospects import get_live
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    MovementKind,
    StockItem,
    StockMovement,
    new_id,
    utcnow,
)
from reciprocity_desktop.store.stock import opening_id


def move(
    session: Session,
    item: StockItem,
    delta: int,
    kind: MovementKind,
    *,
    gift_id: str | None = None,
    note: str = "",
) -> StockMovement:
    """Write one movement of ``item`` and bring ``item.quantity`` (the triggers' sum) up to date.

    An ``opening`` has the id every store gives the item's opening (``store.stock.opening_id``)."""
    movement = StockMovement(
        id=opening_id(item.id) if kind is MovementKind.OPENING else new_id(),
        stock_item_id=item.id,
        delta=delta,
        kind=kind.value,
        gift_id=gift_id,
        note=note,
        at=utcnow(),
    )
    session.add(movement)
    session.flush()
    session.refresh(item, ["quantity"])
    return movement


def refuse_overdraw(item: StockItem, quantity: int) -> None:
    """Refuse giving ``quantity`` of ``item`` when fewer are on hand (stock is not drawn below zero here)."""
    if item.quantity < quantity:
        raise ValidationError(
            "Only {available} of '{item}' left in stock; cannot give {wanted}.",
            field="quantity",
            available=item.quantity,
            item=item.name,
            wanted=quantity,
        )


def _gift_movements(
    session: Session, gift_id: str, kind: MovementKind, *, deleted: bool
) -> list[StockMovement]:
    return list(
        session.scalars(
            select(StockMovement).where(
                StockMovement.gift_id == gift_id,
                StockMovement.kind == kind.value,
                StockMovement.deleted.is_(deleted),
            )
        )
    )


def give_back(session: Session, gift_id: str, item: StockItem, quantity: int) -> None:
    """A deleted gift's stock goes back: its draw is tombstoned (a gift drawn before stock movements
    existed, whose draw is inside the item's opening, gets a correction instead)."""
    draws = _gift_movements(session, gift_id, MovementKind.DRAW, deleted=False)
    if not draws:
        move(session, item, quantity, MovementKind.CORRECTION, gift_id=gift_id)
        return
    for draw in draws:
        draw.deleted = True
    session.flush()
    session.refresh(item, ["quantity"])


def draw_again(session: Session, gift_id: str, item: StockItem, quantity: int) -> None:
    """A restored gift takes its stock again: its tombstoned draw comes back (or a new draw is written)."""
    refuse_overdraw(item, quantity)
    draws = _gift_movements(session, gift_id, MovementKind.DRAW, deleted=True)
    if not draws:
        move(session, item, -quantity, MovementKind.DRAW, gift_id=gift_id)
        return
    for draw in draws:
        draw.deleted = False
    session.flush()
    session.refresh(item, ["quantity"])


@dataclass(frozen=True)
class MovementRow:
    """One movement as the command line and the window list it."""

    id: str
    at: dt.datetime
    kind: str
    delta: int
    gift_id: str | None
    note: str
    #: the quantity on hand after this movement (the running sum, in the listed order)
    on_hand: int


def list_movements(store: Store, item_id: str) -> tuple[StockItem, list[MovementRow]]:
    """A stock item (live) and its live movements, oldest first, each with the running quantity on hand."""
    with store.read() as session:
        item = get_live(session, StockItem, item_id, "stock item")
        movements = session.scalars(
            select(StockMovement)
            .where(StockMovement.stock_item_id == item.id, StockMovement.deleted.is_(False))
            .order_by(StockMovement.at, StockMovement.created_at, StockMovement.id)
        )
        rows: list[MovementRow] = []
        on_hand = 0
        for m in movements:
            on_hand += m.delta
            rows.append(MovementRow(m.id, m.at, m.kind, m.delta, m.gift_id, m.note, on_hand))
        return item, rows
