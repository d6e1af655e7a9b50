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
