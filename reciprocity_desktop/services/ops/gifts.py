"""Undoable gift and gift-stock actions over :mod:`reciprocity_desktop.services.gifts`; each returns an Op."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from reciprocity_desktop.formatting import amount_value
from reciprocity_desktop.services import gift_reactions, gifts
from reciprocity_desktop.services.changes import NOTHING, Changes, Op, added, reversible, run_reversible
from reciprocity_desktop.services.gift_reactions import ReactionResult
from reciprocity_desktop.services.gifts import GiftResult
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Gift, StockItem

#: What logging or deleting a gift changes: the gift, the stock it came from, its feedback follow-up.
_GIFT_AND_WHAT_COMES_WITH_IT = ("gifts", "stock", "followups")
_QUALITIES = ("personal", "unexpected", "meaningful")
T = TypeVar("T")


def log_gift(store: Store, prospect_id: str, **values: Any) -> Op[GiftResult]:
    """Log a gift (:func:`services.gifts.log_gift`), with its warnings.

    Undo deletes it: its stock goes back and its feedback follow-up goes too; redo restores the
    same gift, takes the stock again and brings the follow-up back.
    """
    result = gifts.log_gift(store, prospect_id, **values)
    gift_id = result.gift.id
    changes = Changes.of(
        *_GIFT_AND_WHAT_COMES_WITH_IT,
        ids=(gift_id, result.followup.id if result.followup else None, result.gift.stock_item_id),
    )
    return added(
        changes,
        result,
        delete=lambda: gifts.delete_gift(store, gift_id),
        restore=lambda: gifts.restore_gift(store, gift_id),
        warnings=result.warnings,
    )


def set_reaction(store: Store, gift_id: str, reaction: str | None, note: str = "") -> Op[Gift]:
    """Record how a gift was received; nothing happens (no undo step) when it stays as it was."""
    before = gifts.get_gift(store, gift_id)
    old = (before.reaction, before.reaction_note)
    if (reaction or None, note) == old:
        return Op(NOTHING, before)
    return run_reversible(
        Changes.of("gifts", ids=[gift_id]),
        lambda: gifts.set_reaction(store, gift_id, reaction, note),
        lambda: gifts.set_reaction(store, gift_id, *old),
    )


def react(store: Store, gift_id: str, reaction: str, note: str = "", **values: Any) -> Op[ReactionResult]:
    """Record how a gift was received and complete its open ask_feedback follow-up
    (:func:`services.gift_reactions.react`); undo puts the reaction of before back and reopens it."""
    result = gift_reactions.react(store, gift_id, reaction, note, **values)
    reacted = result.reacted
    return reversible(
        Changes.of("gifts", "followups", ids=(gift_id, *reacted.followup_ids)),
        lambda: gift_reactions.set_reacted(store, reacted, taken_back=False),
        lambda: gift_reactions.set_reacted(store, reacted, taken_back=True),
        result,
    )


def _edited(changes: Changes, update: Callable[..., T], old: dict[str, Any], values: dict[str, Any]) -> Op[T]:
    """Run ``update(**values)`` now; undo is ``update(**old)``, redo ``update(**values)`` again."""
    return run_reversible(changes, lambda: update(**values), lambda: update(**old))


def update_gift(store: Store, gift_id: str, **values: Any) -> Op[Gift]:
    """Edit a gift's description, kind, date, cost or qualities; undo puts all of them back."""
    before = gifts.get_gift(store, gift_id)
    old = {name: getattr(before, name) for name in ("description", "kind", "date", *_QUALITIES)}
    old["cost"] = amount_value(before.cost_cents)
    return _edited(
        Changes.of("gifts", ids=[gift_id]), functools.partial(gifts.update_gift, store, gift_id), old, values
    )


def delete_gift(store: Store, gift_id: str) -> Op[Gift]:
    """Delete a gift (its stock goes back, its open feedback follow-up goes too); undo restores all of it."""
    return run_reversible(
        Changes.of(*_GIFT_AND_WHAT_COMES_WITH_IT, ids=[gift_id]),
        lambda: gifts.delete_gift(store, gift_id),
        lambda: gifts.restore_gift(store, gift_id),
    )


# -- the gift stock -----------------------------------------------------------------------------------


def add_stock_item(store: Store, **values: Any) -> Op[StockItem]:
    """A new stock item; undo deletes it, redo brings back the same item."""
    item = gifts.add_stock_item(store, **values)
    item_id = item.id
    return added(
        Changes.of("stock", ids=[item_id]),
        item,
        delete=lambda: gifts.delete_stock_item(store, item_id),
        restore=lambda: gifts.restore_stock_item(store, item_id),
    )


def update_stock_item(store: Store, item_id: str, **values: Any) -> Op[StockItem]:
    """Edit a stock item; undo puts every field back."""
    before = gifts.get_stock_item(store, item_id)
    old = {name: getattr(before, name) for name in ("name", "kind", "quantity", "low_stock_level", "notes")}
    old["unit_cost"] = amount_value(before.unit_cost_cents)
    if values.get("quantity") is None:  # on hand is not counted again: undo leaves the movements alone
        del old["quantity"]
    return _edited(
        Changes.of("stock", ids=[item_id]),
        functools.partial(gifts.update_stock_item, store, item_id),
        old,
        values,
    )


def restock(store: Store, item_id: str, added_quantity: Any, note: str = "") -> Op[StockItem]:
    """Add to a stock item (a restock movement with ``note``); undo takes the same number out again."""
    return run_reversible(
        Changes.of("stock", ids=[item_id]),
        lambda: gifts.restock(store, item_id, added_quantity, note),
        lambda: gifts.unrestock(store, item_id, added_quantity),
    )


def delete_stock_item(store: Store, item_id: str) -> Op[StockItem]:
    """Delete a stock item (the gifts given from it stay); undo restores it."""
    return run_reversible(
        Changes.of("stock", ids=[item_id]),
        lambda: gifts.delete_stock_item(store, item_id),
        lambda: gifts.restore_stock_item(store, item_id),
    )
