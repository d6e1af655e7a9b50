"""Gifts and the gift stock.

Logging a gift records it, takes it out of stock when it was drawn from there (a draw movement,
never below zero here: see :mod:`~reciprocity_desktop.services.stock_movements`), schedules the ``ask_feedback`` follow-up (after the configured delay, default 7
days) and warns when the recipient goes near or over the yearly gift limit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from reciprocity_desktop.services import gift_register, settings, validate
from reciprocity_desktop.services.errors import ValidationError, Warning_
from reciprocity_desktop.services.gift_notes import feedback_note  # noqa: F401 - offered here too
from reciprocity_desktop.services.prospects import get_live
from reciprocity_desktop.services.stock_levels import (  # noqa: F401 - the stock rules, offered here too
    DEFAULT_LOW_STOCK_LEVEL,
    IN_STOCK,
    LOW_STOCK,
    OUT_OF_STOCK,
    runs_low,
    stock_level,
    stock_level_of,
)
from reciprocity_desktop.services.stock_movements import draw_again, give_back, move, refuse_overdraw
from reciprocity_desktop.services.validate import FREE_TEXT_LIMITS
from reciprocity_desktop.store import Store, portable
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    FollowUpKind,
    Gift,
    GiftKind,
    MovementKind,
    Prospect,
    Reaction,
    StockItem,
    Visit,
)


@dataclass
class GiftResult:
    gift: Gift
    followup: FollowUp | None
    warnings: list[Warning_] = field(default_factory=list)



# -- the stock rules (in services/stock_levels.py, without SQLAlchemy: the window's first page uses them) --


def has_enough(item: StockItem, quantity: int) -> bool:
    """True when ``quantity`` of ``item`` can be given from stock (stock never goes below zero)."""
    return item.quantity >= quantity


def stock_cost_cents(item: StockItem, quantity: int) -> int:
    """What ``quantity`` of ``item`` cost, the cost of a gift from stock unless another is given."""
    return item.unit_cost_cents * quantity


def suggested_restock(item: StockItem) -> int:
    """How many to add when restocking ``item``, unless the user says otherwise."""
    return max(10, item.low_stock_level * 2)


def _stock_to_draw(session: Session, stock_item_id: str, quantity: int) -> StockItem:
    """The live stock item a gift of ``quantity`` is drawn from, refused when fewer are on hand."""
    item = get_live(session, StockItem, stock_item_id, "stock item")
    refuse_overdraw(item, quantity)
    return item


def log_gift_in(
    store: Store,
    session: Session,
    prospect_id: str,
    *,
    kind: str | None = None,
    description: str | None = None,
    date: str | dt.date | None = None,
    cost: Any = None,
    quantity: Any = 1,
    stock_item_id: str | None = None,
    contact_id: str | None = None,
    visit_id: str | None = None,
    personal: bool = False,
    unexpected: bool = False,
    meaningful: bool = False,
    schedule_feedback: bool = True,
    today: dt.date | None = None,
) -> GiftResult:
    """Log a gift inside an open session (used by :func:`log_gift` and by the debrief)."""
    prospect = get_live(session, Prospect, prospect_id, "prospect")
    gift_date = validate.date(date, "date", default=today or dt.date.today())
    count = validate.positive_int(quantity, "quantity")
    item = _stock_to_draw(session, stock_item_id, count) if stock_item_id else None
    kind_value = validate.choice(kind or (item.kind if item else None), GiftKind, "kind")
    text = validate.text(
        description if description else (item.name if item else ""),
        "description",
        required=True,
        max_length=500,
    )
    cost_cents = (
        validate.amount_cents(cost, "cost")
        if cost is not None and str(cost).strip() != ""
        else (stock_cost_cents(item, count) if item else 0)
    )
    if contact_id:
        contact = get_live(session, Contact, contact_id, "contact")
        if contact.prospect_id != prospect.id:
            raise ValidationError(
                "That contact does not belong to {name}.", field="contact", name=prospect.name
            )
    if visit_id:
        get_live(session, Visit, visit_id, "visit")
    warnings: list[Warning_] = []
    limit_warning = gift_register.check_limit(
        store, session, prospect, contact_id or None, gift_date, cost_cents
    )
    if limit_warning:
        warnings.append(limit_warning)
    gift = Gift(
        prospect_id=prospect.id,
        contact_id=contact_id or None,
        visit_id=visit_id,
        stock_item_id=item.id if item else None,
        date=gift_date,
        kind=kind_value,
        description=text,
        cost_cents=cost_cents,
        quantity=count,
        personal=bool(personal),
        unexpected=bool(unexpected),
        meaningful=bool(meaningful),
    )
    session.add(gift)
    if item is not None:
        session.flush()
        move(session, item, -count, MovementKind.DRAW, gift_id=gift.id)
    followup = None
    if schedule_feedback:
        delay = int(settings.get(store, "feedback_delay_days"))
        followup = FollowUp(
            prospect_id=prospect.id,
            gift=gift,
            due=validate.days_later(gift_date, delay, "feedback follow-up"),
            kind=FollowUpKind.ASK_FEEDBACK.value,
            note=feedback_note(text),
        )
        session.add(followup)
    if item is not None and runs_low(item):
        warnings.append(
            Warning_(
                "low_stock", "Only {left} of '{item}' left in stock.", left=item.quantity, item=item.name
            )
        )
    session.flush()
    return GiftResult(gift, followup, warnings)


def log_gift(store: Store, prospect_id: str, **values: Any) -> GiftResult:
    """Record a gift to a prospect (see the module docstring for what comes with it)."""
    with store.session() as session:
        return log_gift_in(store, session, prospect_id, **values)


def check_gift(
    store: Store, prospect_id: str, *, cost: Any, date: Any = None, contact_id: str | None = None
) -> list[Warning_]:
    """The warnings logging such a gift would give, without logging it (for forms as you type)."""
    cost_cents = validate.amount_cents(cost, "cost")
    gift_date = validate.date(date, "date", default=dt.date.today())
    with store.read() as session:
        prospect = get_live(session, Prospect, prospect_id, "prospect")
        warning = gift_register.check_limit(store, session, prospect, contact_id, gift_date, cost_cents)
        return [warning] if warning else []


def reaction_value(reaction: str | None) -> str | None:
    """A reaction as stored: a :class:`Reaction` value, or None while it is not known yet."""
    return validate.choice(reaction, Reaction, "reaction") if reaction else None


def record_reaction(gift: Gift, value: str | None, note: str = "") -> None:
    """Write how ``gift`` was received (``value`` from :func:`reaction_value`) into an open session."""
    gift.reaction = value
    gift.reaction_note = validate.text(note, "reaction note", max_length=2000)


def set_reaction(store: Store, gift_id: str, reaction: str | None, note: str = "") -> Gift:
    value = reaction_value(reaction)
    with store.session() as session:
        gift = get_live(session, Gift, gift_id, "gift")
        record_reaction(gift, value, note)
        return gift


def update_gift(store: Store, gift_id: str, **values: Any) -> Gift:
    """Edit a gift's description, kind, date, cost or qualities (not its stock draw)."""
    with store.session() as session:
        gift = get_live(session, Gift, gift_id, "gift")
        if values.get("description") is not None:
            gift.description = validate.text(
                values["description"], "description", required=True, max_length=500
            )
        if values.get("kind") is not None:
            gift.kind = validate.choice(values["kind"], GiftKind, "kind")
        if values.get("date") is not None:
            gift.date = validate.date(values["date"], "date")
        if values.get("cost") is not None:
            gift.cost_cents = validate.amount_cents(values["cost"], "cost")
        for quality in ("personal", "unexpected", "meaningful"):
            if values.get(quality) is not None:
                setattr(gift, quality, bool(values[quality]))
        session.flush()
        return gift


def _open_followups(session: Session, gift_id: str, *, deleted: bool) -> list[FollowUp]:
    """The follow-ups about a gift not done yet, deleted or live."""
    return list(
        session.scalars(
            select(FollowUp).where(
                FollowUp.gift_id == gift_id, FollowUp.done_on.is_(None), FollowUp.deleted.is_(deleted)
            )
        )
    )


def delete_gift(store: Store, gift_id: str) -> Gift:
    """Delete a gift (tombstone): its stock goes back and its open feedback follow-up goes too."""
    with store.session() as session:
        gift = get_live(session, Gift, gift_id, "gift")
        gift.deleted = True
        if gift.stock_item_id:
            item = session.get(StockItem, gift.stock_item_id)
            if item is not None and not item.deleted:
                give_back(session, gift.id, item, gift.quantity)
        for followup in _open_followups(session, gift.id, deleted=False):
            followup.deleted = True
        return gift


def restore_gift(store: Store, gift_id: str) -> Gift:
    """Undo :func:`delete_gift`."""
    with store.session() as session:
        gift = session.get(Gift, gift_id)
        if gift is None or not gift.deleted:
            return get_live(session, Gift, gift_id, "gift")
        if gift.stock_item_id:
            draw_again(session, gift.id, _stock_to_draw(session, gift.stock_item_id, gift.quantity), gift.quantity)
        gift.deleted = False
        for followup in _open_followups(session, gift.id, deleted=True):
            followup.deleted = False
        return gift


def get_gift(store: Store, gift_id: str) -> Gift:
    """One live gift (its columns; relationships are not loaded)."""
    with store.read() as session:
        return get_live(session, Gift, gift_id, "gift")


def list_gifts(store: Store, prospect_id: str | None = None) -> list[Gift]:
    """Live gifts of live prospects, newest first."""
    query = (
        select(Gift)
        .join(Prospect, Prospect.id == Gift.prospect_id)
        .where(Gift.deleted.is_(False), Prospect.deleted.is_(False))
        .options(joinedload(Gift.prospect), joinedload(Gift.contact), joinedload(Gift.stock_item))
        .order_by(Gift.date.desc(), Gift.created_at.desc(), portable.rowid("gifts").desc())
    )
    if prospect_id:
        query = query.where(Gift.prospect_id == prospect_id)
    with store.read() as session:
        return list(session.scalars(query))


# -- the gift stock -----------------------------------------------------------------------------------


def _clean_stock(values: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    checks = {
        "name": lambda v: validate.text(v, "name", required=True),
        "kind": lambda v: validate.choice(v, GiftKind, "kind", default=GiftKind.SAMPLE),
        "unit_cost_cents": lambda v: validate.amount_cents(v, "unit cost"),
        "quantity": lambda v: validate.positive_int(v, "quantity", default=0, minimum=0),
        "low_stock_level": lambda v: validate.positive_int(
            v, "low stock level", default=DEFAULT_LOW_STOCK_LEVEL, minimum=0
        ),
        "notes": lambda v: validate.text(v, "notes", max_length=5000),
    }
    if "unit_cost" in values:
        values = {**values, "unit_cost_cents": values.pop("unit_cost")}
    cleaned = {}
    for key, check in checks.items():
        if key not in values or (partial and values[key] is None):
            if not partial:
                cleaned[key] = check(None)
            continue
        cleaned[key] = check(values[key])
    return cleaned


def add_stock_item(store: Store, **values: Any) -> StockItem:
    """A new stock item; without a low-stock level it gets the ``low_stock_default`` setting."""
    given_level = values.get("low_stock_level") not in (None, "")
    cleaned = _clean_stock(dict(values), partial=False)
    with store.session() as session:
        if not given_level:
            cleaned["low_stock_level"] = int(settings.read(session, "low_stock_default"))
        quantity = cleaned.pop("quantity")
        item = StockItem(**cleaned)
        session.add(item)
        session.flush()
        if quantity:
            move(session, item, quantity, MovementKind.OPENING)
        return item


def update_stock_item(store: Store, item_id: str, **values: Any) -> StockItem:
    cleaned = _clean_stock(dict(values), partial=True)
    with store.session() as session:
        item = get_live(session, StockItem, item_id, "stock item")
        quantity = cleaned.pop("quantity", None)
        for key, value in cleaned.items():
            setattr(item, key, value)
        session.flush()
        if quantity is not None and quantity != item.quantity:  # counted again: a correction
            move(session, item, quantity - item.quantity, MovementKind.CORRECTION)
        return item


def restock(store: Store, item_id: str, added: Any, note: str = "") -> StockItem:
    """Add ``added`` to an item's stock: a restock movement (``note``: where it came from, say)."""
    count = validate.positive_int(added, "quantity added")
    text = validate.text(note, "note", max_length=FREE_TEXT_LIMITS[("stock_movements", "note")])
    with store.session() as session:
        item = get_live(session, StockItem, item_id, "stock item")
        move(session, item, count, MovementKind.RESTOCK, note=text)
        return item


def delete_stock_item(store: Store, item_id: str) -> StockItem:
    with store.session() as session:
        item = get_live(session, StockItem, item_id, "stock item")
        item.deleted = True
        return item


def get_stock_item(store: Store, item_id: str) -> StockItem:
    """One live stock item."""
    with store.read() as session:
        return get_live(session, StockItem, item_id, "stock item")


def list_stock(store: Store) -> list[StockItem]:
    with store.read() as session:
        return list(
            session.scalars(select(StockItem).where(StockItem.deleted.is_(False)).order_by(StockItem.name))
        )


def low_stock(store: Store) -> list[StockItem]:
    """The stock items running low or out of stock (see :func:`runs_low`)."""
    return [item for item in list_stock(store) if runs_low(item)]


def restore_stock_item(store: Store, item_id: str) -> StockItem:
    """Undo :func:`delete_stock_item`."""
    with store.session() as session:
        item = session.get(StockItem, item_id)
        if item is None:
            raise ValidationError("No stock item with id {id}.", field="id", id=item_id)
        item.deleted = False
        return item


def unrestock(store: Store, item_id: str, removed: Any) -> StockItem:
    """Undo :func:`restock`: take ``removed`` back out (a correction; never below zero)."""
    count = validate.positive_int(removed, "quantity removed")
    with store.session() as session:
        item = _stock_to_draw(session, item_id, count)
        move(session, item, -count, MovementKind.CORRECTION)
        return item
