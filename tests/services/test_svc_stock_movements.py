"""Stock movements: every change of an item's quantity on hand is a movement, and on hand is their sum."""

from __future__ import annotations

import pytest

from reciprocity_desktop.services import gifts, prospects, stock_movements
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.ops import gifts as gift_ops
from reciprocity_desktop.store.models import MovementKind, StockItem
from reciprocity_desktop.store.stock import opening_id

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends


def _moves(store, item_id: str) -> list[tuple[str, int, int]]:
    _item, rows = stock_movements.list_movements(store, item_id)
    return [(m.kind, m.delta, m.on_hand) for m in rows]


@pytest.fixture
def pens(store):
    return gifts.add_stock_item(store, name="Pens", quantity=10)


def test_a_new_item_opens_with_its_quantity(store, pens):
    assert pens.quantity == 10
    _item, [opening] = stock_movements.list_movements(store, pens.id)
    assert (opening.id, opening.kind, opening.delta, opening.gift_id) == (
        opening_id(pens.id),
        "opening",
        10,
        None,
    )
    assert (
        stock_movements.list_movements(store, gifts.add_stock_item(store, name="Mugs", quantity=0).id)[1]
        == []
    )


def test_gift_restock_correction_and_their_undo_are_movements(store, pens):
    prospect = prospects.add_prospect(store, name="Optik Schön").id
    result = gifts.log_gift(store, prospect, stock_item_id=pens.id, quantity=3)
    assert gifts.get_stock_item(store, pens.id).quantity == 7
    _item, rows = stock_movements.list_movements(store, pens.id)
    assert rows[-1].gift_id == result.gift.id
    restocked = gift_ops.restock(store, pens.id, 5)
    assert restocked.value.quantity == 12
    restocked.undo()  # takes the five back out: a correction
    gifts.update_stock_item(store, pens.id, quantity=6)  # counted again
    assert _moves(store, pens.id) == [
        ("opening", 10, 10),
        ("draw", -3, 7),
        ("restock", 5, 12),
        ("correction", -5, 7),
        ("correction", -1, 6),
    ]
    assert gifts.get_stock_item(store, pens.id).quantity == 6


def test_deleting_a_gift_tombstones_its_draw_and_restoring_brings_it_back(store, pens):
    prospect = prospects.add_prospect(store, name="Optik Schön").id
    gift = gifts.log_gift(store, prospect, stock_item_id=pens.id, quantity=2).gift.id
    gifts.delete_gift(store, gift)
    assert gifts.get_stock_item(store, pens.id).quantity == 10
    assert _moves(store, pens.id) == [("opening", 10, 10)]
    gifts.restore_gift(store, gift)
    assert _moves(store, pens.id) == [("opening", 10, 10), ("draw", -2, 8)]


def test_a_gift_drawn_before_movements_gives_its_stock_back_as_a_correction(store, pens):
    prospect = prospects.add_prospect(store, name="Optik Schön").id
    gift = gifts.log_gift(store, prospect, stock_item_id=pens.id, quantity=2).gift.id
    with store.session() as session:  # as after migration 0012: the draw is inside the item's opening
        session.connection().exec_driver_sql("DELETE FROM stock_movements WHERE kind = 'draw'")
        session.connection().exec_driver_sql("UPDATE stock_movements SET delta = 8")
    assert gifts.get_stock_item(store, pens.id).quantity == 8
    gifts.delete_gift(store, gift)
    assert _moves(store, pens.id) == [("opening", 8, 8), ("correction", 2, 10)]
    gifts.restore_gift(store, gift)
    gifts.delete_gift(store, gift)
    assert gifts.get_stock_item(store, pens.id).quantity == 10


def test_an_over_draw_is_refused_here_and_changes_nothing(store, pens, dump):
    prospect = prospects.add_prospect(store, name="Optik Schön").id
    before = dump(store)
    with pytest.raises(DomainError, match="Only 10 of 'Pens' left in stock; cannot give 11") as caught:
        gifts.log_gift(store, prospect, stock_item_id=pens.id, quantity=11)
    assert caught.value.field == "quantity"
    with pytest.raises(DomainError, match="Quantity removed must be at least 1"):
        gifts.unrestock(store, pens.id, 0)
    assert dump(store) == before


def test_listing_an_unknown_item_names_it(store):
    with pytest.raises(DomainError, match="No stock item with id nope"):
        stock_movements.list_movements(store, "nope")


def _page(store, item_id, offset, limit, newest_first=True):
    rows = stock_movements.movements_page(store, item_id, offset, limit, newest_first=newest_first)
    return [(m.kind, m.delta, m.on_hand, m.note, m.prospect_name, m.contact_name) for m in rows]


def test_the_windows_pages_count_and_run_the_quantity_as_the_whole_list(store, pens):
    optik = prospects.add_prospect(store, name="Optik Schön")
    anna = prospects.add_contact(store, optik.id, name="Anna Berg")
    gifts.log_gift(store, optik.id, stock_item_id=pens.id, contact_id=anna.id, quantity=3)
    gifts.restock(store, pens.id, 5, note="From the trade fair")
    gifts.log_gift(store, optik.id, stock_item_id=pens.id, quantity=2)
    deleted = gifts.log_gift(store, optik.id, stock_item_id=pens.id).gift.id
    gifts.delete_gift(store, deleted)  # its draw is tombstoned: not listed, not counted
    gifts.update_stock_item(store, pens.id, quantity=9)  # counted again: a correction of -1
    assert stock_movements.count_movements(store, pens.id) == 5
    newest = [
        ("correction", -1, 9, "", "", ""),
        ("draw", -2, 10, "", "Optik Schön", ""),
        ("restock", 5, 12, "From the trade fair", "", ""),
        ("draw", -3, 7, "", "Optik Schön", "Anna Berg"),
        ("opening", 10, 10, "", "", ""),
    ]
    assert _page(store, pens.id, 0, 50) == newest
    # any page, either way, runs the quantity as the whole list does
    assert _page(store, pens.id, 0, 2) + _page(store, pens.id, 2, 2) + _page(store, pens.id, 4, 2) == newest
    assert _page(store, pens.id, 1, 3, newest_first=False) == newest[::-1][1:4]
    _item, whole = stock_movements.list_movements(store, pens.id)
    assert [m.on_hand for m in whole] == [row[2] for row in newest[::-1]]
    assert _page(store, pens.id, 5, 10) == []
    assert stock_movements.count_movements(store, "nope") == 0


def test_an_over_draw_met_in_a_sync_runs_below_zero(store, pens):
    with store.session() as session:  # two reps drew the last ones: as a sync merges their draws
        item = session.get(StockItem, pens.id)
        stock_movements.move(session, item, -8, MovementKind.DRAW)
        stock_movements.move(session, item, -4, MovementKind.DRAW)
    assert gifts.get_stock_item(store, pens.id).quantity == -2
    assert [row[:3] for row in _page(store, pens.id, 0, 10)] == [
        ("draw", -4, -2),
        ("draw", -8, 2),
        ("opening", 10, 10),
    ]
