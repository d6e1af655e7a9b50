"""Stock movements: every change of a stock item's quantity on hand is a record of its own.

An item's quantity on hand is the sum of its live movements (``opening``, ``restock``, ``draw``,
``correction``); ``stock_items.quantity`` holds that sum, kept by SQLite's triggers
(``store.stock.STOCK_TRIGGERS``), so readers read it as before. A sync carries the movements (merged by id),
so draws made on two laptops from the same item both count. Giving a gift from stock writes a draw
linked to the gift; deleting the gift tombstones that draw (the stock goes back), restoring it brings
the draw back. Here: writing movements inside a service's session, and listing an item's movements
(whole for the command line, a page at a time for the window: an item drawn for ten thousand gifts is
counted and paged in SQL, each page with its running quantity on hand and its gifts' recipients).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.prospects import get_live
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Contact,
    Gift,
    MovementKind,
    Prospect,
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
    #: the quantity on hand after this movement (the running sum, oldest first)
    on_hand: int
    #: a gift's movement (a draw): the prospect it was given to and the contact who received it, if any
    prospect_name: str = ""
    contact_name: str = ""


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


_MOVEMENTS = StockMovement.__table__


def _live_movements(item_id: str):
    return (_MOVEMENTS.c.stock_item_id == item_id, _MOVEMENTS.c.deleted.is_(False))


def count_movements(store: Store, item_id: str) -> int:
    """How many live movements a stock item has (counted in SQL, no rows loaded)."""
    with store.read() as session:
        return int(session.scalar(select(func.count()).where(*_live_movements(item_id))) or 0)


def movements_page(
    store: Store, item_id: str, offset: int, limit: int, *, newest_first: bool = True
) -> list[MovementRow]:
    """Movements ``offset`` to ``offset + limit`` of a stock item, newest first (or oldest first, as
    :func:`list_movements`), each with the quantity on hand after it and, for a gift's movement, the
    gift's prospect and recipient.

    The page is read on the item's ``(stock_item_id, at)`` index and stops at ``limit`` (the names
    joined for its rows only). Its running quantity starts from the movements before the page: newest
    first, the item's quantity (the sum of all its movements, kept by the triggers) less the newer ones;
    oldest first, the sum of the older ones. So the first page reads a page, not the item's history."""
    offset, limit = max(offset, 0), max(limit, 0)
    order = _order(newest_first)
    m = _MOVEMENTS
    page = (
        select(m.c.id, m.c.at, m.c.created_at, m.c.kind, m.c.delta, m.c.gift_id, m.c.note)
        .where(*_live_movements(item_id))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
        .subquery("page")
    )
    gifts, prospects, contacts = Gift.__table__, Prospect.__table__, Contact.__table__
    query = (
        select(page, prospects.c.name.label("prospect_name"), contacts.c.name.label("contact_name"))
        .select_from(
            page.outerjoin(gifts, gifts.c.id == page.c.gift_id)
            .outerjoin(prospects, prospects.c.id == gifts.c.prospect_id)
            .outerjoin(contacts, contacts.c.id == gifts.c.contact_id)
        )
        .order_by(*_order(newest_first, page))
    )
    with store.read() as session:
        before = _sum_of_first(session, item_id, order, offset)
        if newest_first:
            quantity = session.scalar(select(StockItem.quantity).where(StockItem.id == item_id))
            on_hand = int(quantity or 0) - before
        else:
            on_hand = before
        rows: list[MovementRow] = []
        for row in session.execute(query):
            if not newest_first:
                on_hand += row.delta
            rows.append(
                MovementRow(
                    row.id,
                    row.at,
                    row.kind,
                    row.delta,
                    row.gift_id,
                    row.note,
                    on_hand,
                    row.prospect_name or "",
                    row.contact_name or "",
                )
            )
            if newest_first:
                on_hand -= row.delta
        return rows


def _order(newest_first: bool, table=_MOVEMENTS) -> tuple:
    """The movements' order (the moment, then the order they were stored), newest or oldest first."""
    columns = (table.c.at, table.c.created_at, table.c.id)
    return tuple(column.desc() for column in columns) if newest_first else columns


def _sum_of_first(session: Session, item_id: str, order: tuple, count: int) -> int:
    """The sum of the deltas of an item's first ``count`` movements in ``order`` (0 for none)."""
    if count <= 0:
        return 0
    first = (
        select(_MOVEMENTS.c.delta)
        .where(*_live_movements(item_id))
        .order_by(*order)
        .limit(count)
        .subquery("first")
    )
    return int(session.scalar(select(func.coalesce(func.sum(first.c.delta), 0))) or 0)
