"""``gifts add|list|react``."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import gift_reactions, gifts, listing
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Reaction

#: The options of ``gifts add``, named as log_gift's keywords.
LOG_GIFT_FIELDS = (
    "kind description date cost quantity stock_item_id contact_id personal unexpected meaningful"
)


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "gifts", cli.tr("log and list gifts"))
    p = cli.add_command(
        sub, "add", cmd_add, cli.tr("log a gift; schedules the ask_feedback follow-up; prints its id")
    )
    p.add_argument("prospect_id", metavar=cli.tr("PROSPECT_ID"))
    p.add_argument("--kind", required=True, help="sample trial content analysis event personal other")
    p.add_argument("--description", required=True, metavar=cli.tr("TEXT"))
    p.add_argument("--date", metavar="YYYY-MM-DD", help=cli.tr("default: today"))
    p.add_argument(
        "--cost", metavar=cli.tr("AMOUNT"), help=cli.tr("default: the stock item's unit cost, else 0")
    )
    p.add_argument("--quantity", default="1")
    p.add_argument(
        "--stock-item",
        dest="stock_item_id",
        metavar=cli.tr("ID"),
        help=cli.tr("take it out of the gift stock"),
    )
    p.add_argument(
        "--contact", dest="contact_id", metavar=cli.tr("ID"), help=cli.tr("the person it was given to")
    )
    p.add_argument("--personal", action="store_true")
    p.add_argument("--unexpected", action="store_true")
    p.add_argument("--meaningful", action="store_true")
    cli.add_list_command(sub, cmd_list, cli.tr("list gifts, newest first"))
    p = cli.add_command(
        sub,
        "react",
        cmd_react,
        cli.tr("record how a gift was received; completes its ask_feedback follow-up"),
    )
    p.add_argument("gift_id", metavar=cli.tr("GIFT_ID"))
    reactions = [r.value for r in Reaction]
    p.add_argument("--reaction", required=True, choices=reactions, metavar="R", help=" ".join(reactions))
    p.add_argument("--note", metavar=cli.tr("TEXT"), default="", help=cli.tr("what was said about it"))


def gift_json(g) -> dict:
    return {
        **cli.fields_of(g, "id prospect_id contact_id stock_item_id"),
        "date": g.date.isoformat(),
        **cli.fields_of(g, "kind description"),
        "cost": cli.money_value(g.cost_cents),
        **cli.fields_of(g, "quantity personal unexpected meaningful reaction reaction_note"),
    }


def _row(g) -> list:
    cost = cli.money_text(g.cost_cents)
    kind, reaction = cli.value_text("gift", g.kind), cli.value_text("reaction", g.reaction)
    return [g.id, cli.date_text(g.date), g.prospect_name, kind, g.description, cost, reaction]


AS_JSON = cli.Listing(
    "id prospect_id contact_id stock_item_id date kind description cost_cents quantity personal unexpected"
    " meaningful reaction reaction_note",
    gift_json,
)
AS_ROW = cli.Listing(
    "id date prospect_name kind description cost_cents reaction",
    _row,
    lambda: [
        cli.tr("ID"),
        cli.tr("DATE"),
        cli.tr("PROSPECT"),
        cli.tr("KIND"),
        cli.tr("DESCRIPTION"),
        cli.tr("COST"),
        cli.tr("REACTION"),
    ],
)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    return cli.print_records(args, lambda columns: listing.gift_rows(store, columns), AS_JSON, AS_ROW)


def cmd_add(store: Store, args: argparse.Namespace) -> int:
    result = gifts.log_gift(store, args.prospect_id, **cli.fields_of(args, LOG_GIFT_FIELDS))
    cli.print_warnings(result.warnings)
    if result.followup is not None:
        due = cli.date_text(result.followup.due)
        print(
            cli.tr("Follow-up ask_feedback scheduled for {due} ({id}).").format(
                due=due, id=result.followup.id
            )
        )
    print(result.gift.id)
    return 0


def cmd_react(store: Store, args: argparse.Namespace) -> int:
    try:
        result = gift_reactions.react(store, args.gift_id, args.reaction, args.note)
    except DomainError as error:
        if error.field != "reaction note":
            raise
        raise cli.CliError(f"--note: {cli.user_text(error)}") from None
    gift = result.gift
    print(
        cli.tr("Reaction to the gift of {date} ({description}): {reaction} ({id}).").format(
            date=cli.date_text(gift.date),
            description=gift.description,
            reaction=cli.value_text("reaction", gift.reaction),
            id=gift.id,
        )
    )
    for followup in result.completed:
        print(cli.tr("Follow-up ask_feedback {id} done.").format(id=followup.id))
    if not result.completed:
        print(cli.tr("No open ask_feedback follow-up for this gift."))
    return 0
