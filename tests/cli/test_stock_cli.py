"""``stock add|list|restock``: the gift stock from the command line, as the Gifts page keeps it."""

from __future__ import annotations

from cli_helpers import is_uuid


def test_stock_add_list_and_restock(run, dump):
    pens = run("stock", "add", "--name", "Pens", "--quantity", "2", "--cost", "1.20", "--reorder-at", "5")
    assert pens.code == 0 and pens.err == "" and is_uuid(pens.last_line)
    books = run(
        "stock", "add", "--name", "E-book: Darila", "--quantity", "40", "--kind", "content", "--cost", "0"
    ).last_line
    coffee = run("stock", "add", "--name", "Coffee box", "--quantity", "0", "--kind", "Sample").last_line
    listed = run("stock", "list", "--json").json
    assert listed == [
        {"id": coffee, "name": "Coffee box", "kind": "sample", "cost": 0.0, "on_hand": 0, "reorder_at": 3},
        {"id": books, "name": "E-book: Darila", "kind": "content", "cost": 0.0, "on_hand": 40, "reorder_at": 3},
        {"id": pens.last_line, "name": "Pens", "kind": "sample", "cost": 1.2, "on_hand": 2, "reorder_at": 5},
    ]  # fmt: skip
    assert all(list(row) == ["id", "name", "kind", "cost", "on_hand", "reorder_at"] for row in listed)
    text = run("stock", "list")
    assert text.lines[0].split() == ["ID", "NAME", "KIND", "COST", "ON", "HAND", "REORDER", "AT", "LEVEL"]
    assert [line.split()[-1] for line in text.lines[1:]] == ["out", "3", "low"]  # E-book is fine

    restocked = run("stock", "restock", pens.last_line, "--quantity", "10")
    assert (restocked.code, restocked.out) == (0, "Restocked Pens: 12 on hand.\n")
    assert [row["on_hand"] for row in run("stock", "list", "--json").json] == [0, 40, 12]
    assert "stock_items" in dump()


def test_stock_user_errors_are_one_line_and_change_nothing(run, dump, user_error):
    item = run("stock", "add", "--name", "Pens", "--quantity", "2").last_line
    before = dump()
    user_error(run("stock", "add", "--quantity", "2"), "--name")
    user_error(run("stock", "add", "--name", "Mugs"), "--quantity")
    user_error(
        run("stock", "add", "--name", "Mugs", "--quantity", "many"), "Quantity 'many' is not a whole number"
    )
    user_error(run("stock", "add", "--name", "Mugs", "--quantity", "-1"), "Quantity must be at least 0")
    user_error(run("stock", "add", "--name", "Mugs", "--quantity", "1", "--cost", "abc"), "Unit cost 'abc'")
    user_error(run("stock", "add", "--name", "Mugs", "--quantity", "1", "--kind", "bribe"), "Kind 'bribe'")
    user_error(
        run("stock", "add", "--name", "Mugs", "--quantity", "1", "--reorder-at", "x"),
        "Low stock level 'x' is not a whole number",
    )
    user_error(run("stock", "add", "--name", " ", "--quantity", "1"), "Name must not be empty")
    user_error(run("stock", "restock", item, "--quantity", "0"), "Quantity added must be at least 1")
    user_error(run("stock", "restock", "nope", "--quantity", "3"), "No stock item with id nope")
    user_error(run("stock", "restock", item), "--quantity")
    assert dump() == before


def test_stock_movements_lists_an_items_opening_restocks_and_draws(run, db, add, user_error):
    from reciprocity_desktop.services import gifts as gift_service
    from reciprocity_desktop.store import open_store

    pid = add("Optik Schön")
    item = run("stock", "add", "--name", "Pens", "--quantity", "10").last_line
    assert run("stock", "restock", item, "--quantity", "5", "--note", "from the fair").code == 0
    gift = run(
        "gifts",
        "add",
        pid,
        "--kind",
        "sample",
        "--description",
        "Pens",
        "--stock-item",
        item,
        "--quantity",
        "2",
    )
    assert gift.code == 0
    listed = run("stock", "movements", item, "--json")
    assert listed.code == 0 and listed.err == ""
    moves = listed.json
    assert [(m["kind"], m["delta"], m["on_hand"]) for m in moves] == [
        ("opening", 10, 10),
        ("restock", 5, 15),
        ("draw", -2, 13),
    ]
    assert moves[2]["gift_id"] == gift.last_line and moves[0]["gift_id"] is None
    assert moves[1]["note"] == "from the fair"
    assert list(moves[0]) == ["id", "at", "kind", "delta", "on_hand", "gift_id", "note"]
    assert run("stock", "list", "--json").json[0]["on_hand"] == 13  # the movements' sum

    text = run("stock", "movements", item)
    assert text.lines[0].split() == ["WHEN", "KIND", "CHANGE", "ON", "HAND", "GIFT"]
    assert [line.split()[2:5] for line in text.lines[1:4]] == [
        ["opening", "+10", "10"],
        ["restock", "+5", "15"],
        ["draw", "-2", "13"],
    ]
    assert text.lines[-1] == "Pens: 13 on hand."

    store = open_store(db)
    try:
        gift_service.delete_gift(store, gift.last_line)  # the draw is taken back
    finally:
        store.close()
    assert [m["kind"] for m in run("stock", "movements", item, "--json").json] == ["opening", "restock"]
    user_error(run("stock", "movements", "nope"), "No stock item with id nope")


def test_stock_movements_of_an_item_without_any(run):
    item = run("stock", "add", "--name", "Mugs", "--quantity", "0").last_line
    assert run("stock", "movements", item).out == "Mugs has no stock movements yet.\n"
    assert run("stock", "movements", item, "--json").json == []
