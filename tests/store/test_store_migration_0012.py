"""Revision 0012: stock movements. An old store's quantities become one opening movement per item.

The opening's id comes from the item's id and its stamp is the item's, so two laptops that held the
same item version write the same opening (one record after a sync, not two counting the stock twice).
Quantities and the items' stamps stay as they were; from then on on hand is the sum of the movements.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from reciprocity_desktop.services import gifts
from reciprocity_desktop.store import open_store, search, stock
from reciprocity_desktop.store.models import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"
sys.path.insert(0, str(FIXTURES))
from schema_at import schema_at  # noqa: E402

MIGRATION = importlib.import_module("reciprocity_desktop.store.migrations.versions.0012_stock_movements")
WHEN = "2026-05-04 10:00:00.000000"
ITEMS = {  # id -> (quantity, stamp, deleted)
    "s-pens": (7, "1777000000000.000001.oldreplica", 0),
    "s-mugs": (0, "1777000000000.000002.oldreplica", 0),
    "s-gone": (3, "1777000000000.000003.oldreplica", 1),
}


def _old_store(path: Path) -> None:
    connection = schema_at(path, "0010_page_switch")
    with connection:
        for item_id, (quantity, stamp, deleted) in ITEMS.items():
            connection.execute(
                "INSERT INTO stock_items (id, name, kind, unit_cost_cents, quantity, low_stock_level, notes, "
                "created_at, updated_at, stamp, deleted) VALUES (?, ?, 'sample', 100, ?, 3, '', ?, ?, ?, ?)",
                (item_id, item_id[2:].title(), quantity, WHEN, WHEN, stamp, deleted),
            )
    connection.close()


def test_each_item_gets_an_opening_movement_holding_its_quantity(tmp_path):
    path = tmp_path / "store.sqlite3"
    _old_store(path)
    store = open_store(path)  # 0010 -> 0012
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": search.include_in_schema_comparison}
            )
            assert compare_metadata(context, Base.metadata) == []
            openings = connection.exec_driver_sql(
                "SELECT stock_item_id, id, delta, kind, stamp, deleted, gift_id FROM stock_movements"
            ).fetchall()
            items = connection.exec_driver_sql("SELECT id, quantity, stamp FROM stock_items").fetchall()
        assert sorted(openings) == sorted(
            (item_id, MIGRATION.opening_id(item_id), quantity, "opening", stamp, 0, None)
            for item_id, (quantity, stamp, _deleted) in ITEMS.items()
        )
        assert sorted(items) == sorted((i, q, stamp) for i, (q, stamp, _d) in ITEMS.items())  # as they were

        # from now on the quantity is the movements' sum (and may go below zero, the CHECK is gone)
        assert gifts.restock(store, "s-pens", 5).quantity == 12
        with store.session() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO stock_movements (id, stock_item_id, delta, kind, note, at, created_at, updated_at, "
                "stamp, deleted) VALUES ('m-over', 's-mugs', -2, 'draw', '', ?, ?, ?, 'x', 0)",
                (WHEN, WHEN, WHEN),
            )
        assert gifts.get_stock_item(store, "s-mugs").quantity == -2
    finally:
        store.close()


def test_two_laptops_that_held_the_same_item_count_its_opening_once(tmp_path):
    import shutil

    from reciprocity_desktop.sync import export_file, import_file

    anna_path, bob_path = tmp_path / "anna" / "store.sqlite3", tmp_path / "bob" / "store.sqlite3"
    anna_path.parent.mkdir()
    bob_path.parent.mkdir()
    _old_store(anna_path)
    shutil.copyfile(anna_path, bob_path)  # the same items on both laptops, as a sync left them
    anna, bob = open_store(anna_path), open_store(bob_path)
    try:
        assert anna.replica_id != bob.replica_id
        export_file(anna, tmp_path / "anna.rcsync")
        export_file(bob, tmp_path / "bob.rcsync")
        import_file(bob, tmp_path / "anna.rcsync")
        import_file(anna, tmp_path / "bob.rcsync")
        assert (
            gifts.get_stock_item(anna, "s-pens").quantity == gifts.get_stock_item(bob, "s-pens").quantity == 7
        )
        with anna.read() as session:
            count = session.connection().exec_driver_sql("SELECT count(*) FROM stock_movements").scalar()
        assert count == len(ITEMS)
    finally:
        anna.close()
        bob.close()


def test_the_migration_gives_openings_the_ids_the_app_gives_them():
    assert MIGRATION.OPENING_NAMESPACE == stock.OPENING_NAMESPACE
    assert MIGRATION.opening_id("s-pens") == stock.opening_id("s-pens") != stock.opening_id("s-mugs")
