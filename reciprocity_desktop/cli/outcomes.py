"""``outcomes add|list``: what came back."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import followups, listing
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "outcomes", cli.tr("record what came back"))
    p = cli.add_command(sub, "add", cmd_add, cli.tr("record an outcome; prints its id"))
    p.add_argument("prospect_id", metavar=cli.tr("PROSPECT_ID"))
    p.add_argument("--kind", required=True, help="conversation referral meeting order other")
    p.add_argument("--date", metavar="YYYY-MM-DD", help=cli.tr("default: today"))
    p.add_argument(
        "--value", metavar=cli.tr("AMOUNT"), help=cli.tr("order amount (an order without one: value unknown)")
    )
    p.add_argument("--note", metavar=cli.tr("TEXT"), default="")
    cli.add_list_command(sub, cmd_list, cli.tr("list outcomes, newest first"))


def outcome_json(o) -> dict:
    return {
        **cli.fields_of(o, "id prospect_id"),
        "date": o.date.isoformat(),
        "kind": o.kind,
        "value": None if o.value_cents is None else cli.money_value(o.value_cents),  # null: not known
        "note": o.note,
    }


def cmd_add(store: Store, args: argparse.Namespace) -> int:
    outcome = followups.add_outcome(store, args.prospect_id, **cli.fields_of(args, "kind date value note"))
    print(outcome.id)
    return 0


def _row(o) -> list:
    value = cli.tr("unknown") if o.value_cents is None else cli.money_text(o.value_cents)
    return [o.id, cli.date_text(o.date), o.prospect_name, cli.value_text("outcome", o.kind), value, o.note]


AS_JSON = cli.Listing("id prospect_id date kind value_cents note", outcome_json)
AS_ROW = cli.Listing(
    "id date prospect_name kind value_cents note",
    _row,
    lambda: [
        cli.tr("ID"),
        cli.tr("DATE"),
        cli.tr("PROSPECT"),
        cli.tr("KIND"),
        cli.tr("VALUE"),
        cli.tr("NOTE"),
    ],
)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    return cli.print_records(args, lambda columns: listing.outcome_rows(store, columns), AS_JSON, AS_ROW)
