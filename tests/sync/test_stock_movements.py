"""Stock that adds up: draws from the same item on two laptops both count once their files are exchanged.

Each draw, restock and correction is a stock movement (its own record kind in the file, merged by id);
an item's quantity on hand is their sum. A file written before movements existed still imports.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import add_prospect, new_store, record, row, stamp_at, write_file

from reciprocity_desktop.services import gifts, stock_movements
from reciprocity_desktop.store.models import StockItem
from reciprocity_desktop.store.stock import opening_id
from reciprocity_desktop.sync import export_file, import_file

ITEM = "44444444-4444-4444-8444-444444444444"


def _on_hand(store, item_id: str) -> int:
    with store.read() as session:
        stored = session.get(StockItem, item_id).quantity
        summed = (
            session.connection()
            .exec_driver_sql(
                "SELECT coalesce(sum(delta), 0) FROM stock_movements WHERE stock_item_id = ? AND deleted IS 0",
                (item_id,),
            )
            .scalar()
        )
    assert stored == summed  # the cached column is the movements' sum
    return stored


def _exchange(anna, bob, files) -> None:
    export_file(anna, files / "anna.rcsync")
    export_file(bob, files / "bob.rcsync")
    import_file(bob, files / "anna.rcsync")
    import_file(anna, files / "bob.rcsync")


def test_two_laptops_each_draw_one_of_ten_and_both_show_eight(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    item = gifts.add_stock_item(anna, name="Pen", quantity=10).id
    prospect = add_prospect(anna)
    export_file(anna, files / "start.rcsync")
    import_file(bob, files / "start.rcsync")
    assert _on_hand(bob, item) == 10

    gifts.log_gift(anna, prospect, stock_item_id=item)
    gifts.log_gift(bob, prospect, stock_item_id=item)
    assert (_on_hand(anna, item), _on_hand(bob, item)) == (9, 9)

    _exchange(anna, bob, files)
    assert (_on_hand(anna, item), _on_hand(bob, item)) == (8, 8)
    _exchange(anna, bob, files)  # again: nothing counts twice
    assert (_on_hand(anna, item), _on_hand(bob, item)) == (8, 8)


def test_an_over_draw_met_in_a_sync_imports_and_shows_below_zero(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    item = gifts.add_stock_item(anna, name="Calendar", quantity=1).id
    prospect = add_prospect(anna)
    export_file(anna, files / "start.rcsync")
    import_file(bob, files / "start.rcsync")
    gifts.log_gift(anna, prospect, stock_item_id=item)
    gifts.log_gift(bob, prospect, stock_item_id=item)

    _exchange(anna, bob, files)
    assert (_on_hand(anna, item), _on_hand(bob, item)) == (-1, -1)
    assert gifts.stock_level(row(anna, StockItem, item)) == gifts.OUT_OF_STOCK


def test_a_deleted_gift_gives_its_draw_back_on_the_other_laptop_too(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    item = gifts.add_stock_item(anna, name="Pen", quantity=5).id
    prospect = add_prospect(anna)
    gift = gifts.log_gift(anna, prospect, stock_item_id=item).gift.id
    export_file(anna, files / "a1.rcsync")
    import_file(bob, files / "a1.rcsync")
    assert _on_hand(bob, item) == 4

    gifts.delete_gift(anna, gift)
    assert _on_hand(anna, item) == 5
    export_file(anna, files / "a2.rcsync")
    import_file(bob, files / "a2.rcsync")
    assert _on_hand(bob, item) == 5
    gifts.restore_gift(anna, gift)
    assert _on_hand(anna, item) == 4


def test_restock_and_correction_travel(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    item = gifts.add_stock_item(anna, name="Pen", quantity=3).id
    gifts.restock(anna, item, 7)
    gifts.update_stock_item(anna, item, quantity=8)  # counted again: two fewer than thought
    export_file(anna, files / "a.rcsync")
    import_file(bob, files / "a.rcsync")
    assert _on_hand(bob, item) == _on_hand(anna, item) == 8


def test_a_file_without_stock_movements_still_imports_its_quantities_as_openings(make_store, files):
    bob = make_store("bob")
    path = write_file(
        files / "older.rcsync",
        {"stock_items": [record("stock_items", ITEM, stamp_at(counter=1), quantity=12)]},
        without_tables=("stock_movements",),
    )
    summary = import_file(bob, path)
    assert summary.counts.new == 1
    assert row(bob, StockItem, ITEM).name == "Pen"
    # the quantity the older laptop counted is the item's opening (the one its own migration will write)
    assert _on_hand(bob, ITEM) == 12
    item, moves = stock_movements.list_movements(bob, ITEM)
    assert [(m.id, m.kind, m.delta) for m in moves] == [(opening_id(ITEM), "opening", 12)]

    gifts.log_gift(bob, add_prospect(bob), stock_item_id=ITEM)  # a draw on the updated laptop
    newer = write_file(
        files / "older2.rcsync",
        {"stock_items": [record("stock_items", ITEM, stamp_at(counter=2), quantity=9)]},
        without_tables=("stock_movements",),
    )
    import_file(bob, newer)  # the older laptop gave three meanwhile: its count replaces the opening
    assert _on_hand(bob, ITEM) == 9 - 1
    import_file(bob, path)  # its older count comes again: the later one stays
    assert _on_hand(bob, ITEM) == 8


def test_a_file_item_quantity_never_overwrites_the_sum(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    item = gifts.add_stock_item(anna, name="Pen", quantity=10).id
    export_file(anna, files / "a.rcsync")
    import_file(bob, files / "a.rcsync")
    gifts.update_stock_item(anna, item, name="Blue pen")  # a newer item version, same stock
    gifts.restock(bob, item, 5)
    export_file(anna, files / "a2.rcsync")
    import_file(bob, files / "a2.rcsync")
    assert row(bob, StockItem, item).name == "Blue pen"
    assert _on_hand(bob, item) == 15


_STORES = 3
_STEP = st.one_of(
    st.tuples(st.just("draw"), st.integers(0, _STORES - 1), st.integers(1, 3)),
    st.tuples(st.just("restock"), st.integers(0, _STORES - 1), st.integers(1, 5)),
    st.tuples(st.just("sync"), st.integers(0, _STORES - 1), st.integers(1, _STORES - 1)),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(_STEP, min_size=1, max_size=12), order=st.permutations(range(_STORES)))
def test_every_draw_and_restock_counts_once_whatever_the_order_of_the_files(steps, order):
    folder = Path(tempfile.mkdtemp(prefix="stock-adds-up-"))
    stores = [new_store(folder / "stores", f"laptop{i}") for i in range(_STORES)]
    sent = iter(range(10_000))

    def send(source, target) -> None:
        path = folder / f"{next(sent)}.rcsync"
        export_file(source, path)
        import_file(target, path)

    try:
        item = gifts.add_stock_item(stores[0], name="Pen", quantity=20).id
        prospect = add_prospect(stores[0])
        for other in stores[1:]:
            send(stores[0], other)
        expected = 20
        for kind, index, amount in steps:
            store = stores[index]
            if kind == "draw" and _on_hand(store, item) >= amount:  # a laptop never draws more than it sees
                gifts.log_gift(store, prospect, stock_item_id=item, quantity=amount)
                expected -= amount
            elif kind == "restock":
                gifts.restock(store, item, amount)
                expected += amount
            elif kind == "sync":
                send(store, stores[(index + amount) % _STORES])
        for _round in range(2):  # everyone sends to everyone: after two rounds all have seen all
            for source in order:
                for target in order:
                    if source != target:
                        send(stores[source], stores[target])
        assert [_on_hand(store, item) for store in stores] == [expected] * _STORES
    finally:
        for store in stores:
            store.close()
        shutil.rmtree(folder, ignore_errors=True)
