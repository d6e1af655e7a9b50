"""``stock add|list|restock|movements``: the gift stock (as the Gifts page's stock pane).

``stock movements ID [--json]`` lists an item's stock movements (opening, restocks, draws, corrections),
oldest first, with the quantity on hand after each: their sum is what ``stock list`` shows on hand.
"""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import gifts, listing, stock_movements
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "stock", cli.tr("the gift stock: add items, list them, restock"))
    p = cli.add_command(sub, "add", cmd_add, cli.tr("add a stock item; prints its id"))
    p.add_argument("--name", required=True)
    p.add_argument("--quantity", required=True, metavar="Q", help=cli.tr("how many are on hand"))
    p.add_argument("--cost", metavar=cli.tr("AMOUNT"), help=cli.tr("the unit cost (default 0)"))
    p.add_argument(
        "--kind", help=cli.tr("sample trial content analysis event personal other (default: sample)")
    )
    p.add_argument(
        "--reorder-at",
        dest="low_stock_level",
        metavar="R",
        help=cli.tr("runs low at or below this quantity (default: the low_stock_default setting)"),
    )
    cli.add_list_command(sub, cmd_list, cli.tr("list the stock items by name"))
    p = cli.add_command(sub, "restock", cmd_restock, cli.tr("add to a stock item's quantity on hand"))
    p.add_argument("id", metavar=cli.tr("ID"))
    p.add_argument("--quantity", required=True, metavar="Q", help=cli.tr("how many to add"))
    p.add_argument("--note", default="", metavar=cli.tr("TEXT"), help=cli.tr("kept with the restock movement"))
    p = cli.add_command(
        sub,
        "movements",
        cmd_movements,
        cli.tr("list a stock item's movements (opening, restocks, draws, corrections), oldest first"),
    )
    p.add_argument("id", metavar=cli.tr("ID"))
    p.add_argument("--json", action="store_true", help=cli.tr("print a JSON array"))


def stock_json(item) -> dict:
    return {
        "id": item.id,
        "name": item.name,
        "kind": item.kind,
        "cost": cli.money_value(item.unit_cost_cents),
        "on_hand": item.quantity,
        "reorder_at": item.low_stock_level,
    }


def _row(item) -> list:
    level = gifts.stock_level_of(item.quantity, item.low_stock_level)
    return [
        item.id,
        item.name,
        cli.value_text("gift", item.kind),
        cli.money_text(item.unit_cost_cents),
        item.quantity,
        item.low_stock_level,
        {gifts.OUT_OF_STOCK: cli.tr("out"), gifts.LOW_STOCK: cli.tr("low")}.get(level, ""),
    ]


_COLUMNS = "id name kind unit_cost_cents quantity low_stock_level"
AS_JSON = cli.Listing(_COLUMNS, stock_json)
AS_ROW = cli.Listing(
    _COLUMNS,
    _row,
    lambda: [
        cli.tr("ID"),
        cli.tr("NAME"),
        cli.tr("KIND"),
        cli.tr("COST"),
        cli.tr("ON HAND"),
        cli.tr("REORDER AT"),
        cli.tr("LEVEL"),
    ],
)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    return cli.print_records(args, lambda columns: listing.stock_rows(store, columns), AS_JSON, AS_ROW)


def cmd_add(store: Store, args: argparse.Namespace) -> int:
    item = gifts.add_stock_item(
        store,
        name=args.name,
        quantity=args.quantity,
        unit_cost=args.cost,
        kind=args.kind,
        low_stock_level=args.low_stock_level,
    )
    print(item.id)
    return 0


def cmd_restock(store: Store, args: argparse.Namespace) -> int:
    item = gifts.restock(store, args.id, args.quantity, note=args.note)
    print(cli.tr("Restocked {name}: {quantity} on hand.").format(name=item.name, quantity=item.quantity))
    return 0


def _kind_text(kind: str) -> str:
    return {
        "opening": cli.tr("opening"),
        "restock": cli.tr("restock"),
        "draw": cli.tr("draw"),
        "correction": cli.tr("correction"),
    }.get(kind, kind)


def cmd_movements(store: Store, args: argparse.Namespace) -> int:
    item, rows = stock_movements.list_movements(store, args.id)
    if args.json:
        cli.print_json(
            [
                {
                    "id": m.id,
                    "at": m.at.isoformat(),
                    "kind": m.kind,
                    "delta": m.delta,
                    "on_hand": m.on_hand,
                    "gift_id": m.gift_id,
                    "note": m.note,
                }
                for m in rows
            ]
        )
        return 0
    if not rows:
        print(cli.tr("{name} has no stock movements yet.").format(name=item.name))
        return 0
    table = [
        (
            cli.datetime_text(m.at.astimezone()),
            _kind_text(m.kind),
            f"{m.delta:+d}",
            m.on_hand,
            m.gift_id or "",
        )
        for m in rows
    ]
    headers = [cli.tr("WHEN"), cli.tr("KIND"), cli.tr("CHANGE"), cli.tr("ON HAND"), cli.tr("GIFT")]
    print(cli.table(headers, table, right=(2, 3)))
    print(cli.tr("{name}: {quantity} on hand.").format(name=item.name, quantity=item.quantity))
    return 0
