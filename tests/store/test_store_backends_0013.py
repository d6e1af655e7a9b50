"""Migrations 0011-0013 and their store code on both backends: a SQLite file and an office hub on PostgreSQL.

The stock sums (0012: SQLite triggers, PL/pgSQL trigger functions on a hub), the field stamps the session hook
writes (0013), the store's seller made with its first visit and read through ``json_extract`` (0011), and a
store in use migrated from 0010 to the head (its openings and its seller id from its replica id).
"""

from __future__ import annotations

import json
import uuid

from alembic import command
from sqlalchemy import create_engine, text

from reciprocity_desktop.services import gifts, prospects, visits
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.engine import _alembic_config, head_revision
from reciprocity_desktop.store.hub import hub_url, is_hub_address
from reciprocity_desktop.store.stock import opening_id

SELLER_NAMESPACE = uuid.UUID("9b1f2c3e-7a4d-4f5e-8c6b-2d3e4f5a6b7c")  # migration 0011's


def _rows(store, sql: str, **params) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def _run(store, sql: str, **params) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


def _on_hand(store, item_id: str) -> int:
    return _rows(store, "SELECT quantity FROM stock_items WHERE id = :id", id=item_id)[0][0]


def test_on_hand_is_the_sum_of_the_live_movements_for_every_writer(store_address):
    store = open_store(store_address)
    try:
        prospect = prospects.add_prospect(store, name="Brauhaus", city="Köln", country="DE")
        item = gifts.add_stock_item(store, name="Coffee sample", quantity=5, unit_cost="8.50")
        assert _on_hand(store, item.id) == 5
        gift = gifts.log_gift(
            store, prospect.id, kind="sample", description="Coffee", date="2025-06-02", stock_item_id=item.id
        ).gift
        assert _on_hand(store, item.id) == 4
        gifts.restock(store, item.id, 3)
        assert _on_hand(store, item.id) == 7
        gifts.delete_gift(store, gift.id)  # its draw is tombstoned: given back
        assert _on_hand(store, item.id) == 8
        # Plain SQL, as a sync import writes: an insert, a change of delta, a tombstone and a delete.
        _run(
            store,
            "INSERT INTO stock_movements (id, stock_item_id, delta, kind, note, at, created_at, updated_at, stamp,"
            " deleted) VALUES ('m1', :item, -10, 'draw', '', :at, :at, :at, 's', :deleted)",
            item=item.id, at="2025-06-03 10:00:00.000000", deleted=False,
        )  # fmt: skip
        assert _on_hand(store, item.id) == -2  # an over-draw after a sync is shown, not refused
        _run(store, "UPDATE stock_movements SET delta = -6 WHERE id = 'm1'")
        assert _on_hand(store, item.id) == 2
        _run(store, "UPDATE stock_movements SET deleted = :deleted WHERE id = 'm1'", deleted=True)
        assert _on_hand(store, item.id) == 8
        _run(store, "UPDATE stock_movements SET deleted = :deleted WHERE id = 'm1'", deleted=False)
        assert _on_hand(store, item.id) == 2
        _run(store, "DELETE FROM stock_movements WHERE id = 'm1'")
        assert _on_hand(store, item.id) == 8
        live = _rows(
            store, "SELECT sum(delta) FROM stock_movements WHERE stock_item_id = :id AND deleted = :no",
            id=item.id, no=False,
        )  # fmt: skip
        assert live == [(8,)]
    finally:
        store.close()


def test_a_new_item_starts_at_the_sum_of_the_movements_the_store_has_of_it(store_address):
    store = open_store(store_address)
    try:
        item = gifts.add_stock_item(store, name="Pens", quantity=2)
        # An item that arrives after its movements (a sync import's order): its quantity is their sum,
        # whatever the insert said. (The hub checks its foreign keys: the item is re-inserted under a new id.)
        _run(
            store,
            "INSERT INTO stock_items (id, name, kind, unit_cost_cents, quantity, low_stock_level, notes,"
            " created_at, updated_at, stamp, deleted) SELECT 'copy', name, kind, unit_cost_cents, 99,"
            " low_stock_level, notes, created_at, updated_at, stamp, deleted FROM stock_items WHERE id = :id",
            id=item.id,
        )
        assert _on_hand(store, "copy") == 0
    finally:
        store.close()


def test_an_edit_pins_the_stamps_of_the_fields_it_left_as_they_were(store_address):
    store = open_store(store_address)
    try:
        prospect = prospects.add_prospect(store, name="Brauhaus", city="Köln", country="DE")
        first = _rows(store, "SELECT stamp FROM prospects")[0][0]
        prospects.update_prospect(store, prospect.id, city="Bonn")
        second = _rows(store, "SELECT stamp FROM prospects")[0][0]
        assert second != first
        pinned = dict(
            _rows(store, "SELECT field, stamp FROM sync_field_stamps WHERE table_name = 'prospects'")
        )
        assert "city" not in pinned and pinned["name"] == first and set(pinned.values()) == {first}
        prospects.update_prospect(store, prospect.id, name="Brauhaus am Rhein")
        again = dict(
            _rows(store, "SELECT field, stamp FROM sync_field_stamps WHERE table_name = 'prospects'")
        )
        assert "name" not in again and again["city"] == second and again["country"] == first
    finally:
        store.close()


def test_the_first_visit_makes_the_stores_seller_and_json_extract_reads_it(store_address):
    store = open_store(store_address)
    try:
        assert _rows(store, "SELECT count(*) FROM settings WHERE key = 'seller_id'") == [(0,)]
        prospect = prospects.add_prospect(store, name="Brauhaus", city="Köln", country="DE")
        visits.plan_day(store, "2025-06-03", [prospect.id])
        stored = _rows(store, "SELECT value FROM settings WHERE key = 'seller_id'")
        seller = json.loads(stored[0][0])
        assert uuid.UUID(seller)
        assert _rows(store, "SELECT seller_id FROM visits") == [(seller,)]
        assert _rows(store, "SELECT json_extract(value, '$') FROM settings WHERE key = 'seller_id'") == [
            (seller,)
        ]
        visits.plan_day(store, "2025-06-04", [prospect.id])  # the same seller, not a second one
        assert _rows(store, "SELECT DISTINCT seller_id FROM visits") == [(seller,)]
    finally:
        store.close()


def test_a_store_in_use_migrated_from_0010_gets_its_openings_and_its_seller(store_address):
    if is_hub_address(store_address):
        engine = create_engine(hub_url(str(store_address)))
    else:
        engine = create_engine(f"sqlite:///{store_address}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0010_page_switch")
        connection.execute(text("INSERT INTO meta (key, value) VALUES ('replica_id', 'abcdef0123456789')"))
        connection.execute(
            text(
                "INSERT INTO stock_items (id, name, kind, unit_cost_cents, quantity, low_stock_level, notes,"
                " created_at, updated_at, stamp, deleted) VALUES ('item-1', 'Pens', 'sample', 0, 3, 1, '',"
                " :at, :at, 'stamp-1', :no)"
            ),
            {"at": "2025-06-01 09:00:00.000000", "no": False},
        )
    engine.dispose()
    store = open_store(store_address)
    try:
        assert _rows(store, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        assert _rows(store, "SELECT id, delta, kind, stamp FROM stock_movements") == [
            (opening_id("item-1"), 3, "opening", "stamp-1")
        ]
        assert _on_hand(store, "item-1") == 3
        seller = str(uuid.uuid5(SELLER_NAMESPACE, "abcdef0123456789"))
        assert _rows(store, "SELECT value FROM settings WHERE key = 'seller_id'") == [(json.dumps(seller),)]
        gifts.restock(store, "item-1", 2)  # the triggers keep it from now on
        assert _on_hand(store, "item-1") == 5
    finally:
        store.close()


def test_two_clients_making_a_hubs_seller_at_once_make_one(hub_database):
    import threading

    from reciprocity_desktop.store.sessions import own_seller

    server, database, role, password = hub_database
    first = open_store(server.url(role, password, database))
    second = open_store(server.url(role, password, database))
    made: list[str] = []
    try:
        with first.session() as session:
            mine = own_seller(session, make=True)[0]
            # The other client asks while this transaction holds its new id uncommitted: it waits for it.
            other = threading.Thread(target=lambda: made.append(_make_seller(second)))
            other.start()
            _wait_for_a_lock_wait(first)
        other.join()
        assert made == [mine]
        assert _rows(first, "SELECT value FROM settings WHERE key = 'seller_id'") == [(json.dumps(mine),)]
    finally:
        first.close()
        second.close()


def _wait_for_a_lock_wait(store) -> None:
    """Until another connection waits on a row lock (the other client's insert behind this one's)."""
    import time

    for _ in range(600):
        waiting = _rows(
            store,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
        if waiting[0][0]:
            return
        time.sleep(0.05)
    raise AssertionError("the other client never waited for this one's seller id")


def _make_seller(store) -> str:
    from reciprocity_desktop.store.sessions import own_seller

    with store.session() as session:
        return own_seller(session, make=True)[0]
