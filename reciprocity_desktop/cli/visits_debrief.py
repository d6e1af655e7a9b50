"""``visits debrief``: a visit's result from the command line, as the Debrief page records it.

One transaction (``services.debrief.debrief_visit``): the status, the gift handed over (the planned
one with ``--gift-handed``, or ``--gift-item`` / ``--gift-description``), how the latest gift given
before the visit was received (``--reaction``, which completes that gift's ask_feedback follow-up),
the outcome (an order without ``--value`` is recorded as "value not known") and the next follow-up.
A first order does not change the stage here: a hint line names the ``prospects update`` command.
Bad input is one line naming the option (exit 2) and changes nothing.
"""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services.debrief import CUSTOMER, ORDER, Debrief, DebriefResult, debrief_visit
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUpKind, OutcomeKind, Reaction, VisitStatus

#: The service's field, and the option that gave it.
OPTION_OF_FIELD = {
    "status": "--status",
    "reaction": "--reaction",
    "reaction note": "--reaction-note",
    "order value": "--value",
    "value": "--value",
    "note": "--note",
    "due date": "--due",
    "description": "--gift-description",
}


def register(sub) -> None:
    p = cli.add_command(
        sub,
        "debrief",
        cmd_debrief,
        cli.tr(
            "record what happened at a visit: the gift handed over, how the earlier gift was received, "
            "what came back and the next follow-up"
        ),
    )
    p.add_argument("visit_id", metavar=cli.tr("VISIT_ID"))
    statuses = [s.value for s in VisitStatus if s is not VisitStatus.PLANNED]
    p.add_argument("--status", required=True, choices=statuses, metavar="|".join(statuses))
    p.add_argument(
        "--gift-handed",
        action="store_true",
        help=cli.tr("a gift was handed over (the planned one unless named)"),
    )
    gift = p.add_mutually_exclusive_group()
    gift.add_argument(
        "--gift-item",
        metavar=cli.tr("STOCK_ID"),
        help=cli.tr("the gift handed over, taken from this stock item"),
    )
    gift.add_argument(
        "--gift-description", metavar=cli.tr("TEXT"), help=cli.tr("the gift handed over, not from stock")
    )
    reactions = [r.value for r in Reaction]
    p.add_argument(
        "--reaction",
        choices=reactions,
        metavar="|".join(reactions),
        help=cli.tr(
            "how the latest gift given to the prospect before the visit was received "
            "(completes its ask_feedback follow-up)"
        ),
    )
    p.add_argument("--reaction-note", metavar=cli.tr("TEXT"), default="")
    outcomes = [k.value for k in OutcomeKind]
    p.add_argument("--outcome", metavar=cli.tr("KIND"), choices=outcomes, help=" ".join(outcomes))
    p.add_argument(
        "--value", metavar=cli.tr("AMOUNT"), help=cli.tr("the order's value; without it: value not known")
    )
    p.add_argument(
        "--note", metavar=cli.tr("TEXT"), default="", help=cli.tr("what was said (the visit's note)")
    )
    followup_kinds = [k.value for k in FollowUpKind]
    p.add_argument(
        "--followup", metavar=cli.tr("KIND"), choices=followup_kinds, help=" ".join(followup_kinds)
    )
    p.add_argument("--due", metavar=cli.tr("DATE"), help=cli.tr("the follow-up's due date (YYYY-MM-DD)"))


def _refuse_combinations(args: argparse.Namespace) -> None:
    """Options that make sense only together, checked before anything is changed."""
    if args.value is not None and args.outcome != ORDER:
        raise cli.CliError(cli.tr("--value: only an order has a value (give --outcome order)"))
    if args.reaction_note.strip() and not args.reaction:
        raise cli.CliError(cli.tr("--reaction-note: say how the gift was received with --reaction"))
    if args.followup and not args.due:
        raise cli.CliError(cli.tr("--followup: give its due date with --due DATE"))
    if args.due and not args.followup:
        raise cli.CliError(cli.tr("--due: give the kind of follow-up with --followup KIND"))


def _gift_option(args: argparse.Namespace) -> str:
    if args.gift_item:
        return "--gift-item"
    return "--gift-description" if args.gift_description else "--gift-handed"


def cmd_debrief(store: Store, args: argparse.Namespace) -> int:
    _refuse_combinations(args)
    is_order = args.outcome == ORDER
    debrief = Debrief(
        status=args.status,
        gift_handed_over=bool(args.gift_handed or args.gift_item or args.gift_description),
        gift_stock_item_id=args.gift_item or "",
        gift_description=args.gift_description or "",
        reaction=args.reaction or "",
        reaction_note=args.reaction_note,
        outcome_kind=args.outcome or "",
        outcome_value=args.value,
        value_unknown=is_order and args.value is None,  # no --value: said to be not known
        note=args.note,
        followup_kind=args.followup or "",
        followup_due=args.due,
    )
    try:
        result = debrief_visit(store, args.visit_id, debrief)
    except DomainError as error:
        gift_fields = {"gift", "quantity", "kind"} if debrief.gift_handed_over else {"gift"}
        option = _gift_option(args) if error.field in gift_fields else OPTION_OF_FIELD.get(error.field or "")
        if error.field == "id" and debrief.gift_stock_item_id and "stock item" in str(error):
            option = "--gift-item"
        if option is None:
            raise
        raise cli.CliError(f"{option}: {cli.user_text(error)}") from None
    cli.print_warnings(result.warnings)
    _print_result(result)
    return 0


def _print_result(result: DebriefResult) -> None:
    visit = result.visit
    line = cli.tr("Debriefed the visit on {date}: {status} ({id}).")
    print(
        line.format(
            date=cli.date_text(visit.date), status=cli.value_text("status", visit.status), id=visit.id
        )
    )
    if result.gift is not None:
        gift = result.gift
        print(
            cli.tr("Gift handed over: {description} ({id}).").format(description=gift.description, id=gift.id)
        )
        for followup in result.followups:
            if followup.gift_id == gift.id:
                line = cli.tr("Follow-up ask_feedback scheduled for {due} ({id}).")
                print(line.format(due=cli.date_text(followup.due), id=followup.id))
    if result.earlier_gift is not None and result.reaction is not None:
        earlier = result.earlier_gift
        line = cli.tr("Reaction to the gift of {date} ({description}): {reaction} ({id}).")
        print(
            line.format(
                date=cli.date_text(earlier.date),
                description=earlier.description,
                reaction=cli.value_text("reaction", result.reaction.after[0]),
                id=earlier.id,
            )
        )
        for followup in result.feedback_done:
            print(cli.tr("Follow-up ask_feedback {id} done.").format(id=followup.id))
    if result.outcome is not None:
        outcome = result.outcome
        if outcome.kind == ORDER:
            value = cli.money_text(outcome.value_cents) if outcome.value_cents else cli.tr("not known")
            print(cli.tr("Outcome order, value {value} ({id}).").format(value=value, id=outcome.id))
        else:
            print(
                cli.tr("Outcome {kind} ({id}).").format(
                    kind=cli.value_text("outcome", outcome.kind), id=outcome.id
                )
            )
    for followup in result.followups:
        if followup.gift_id is None:
            line = cli.tr("Follow-up {kind} due {due} ({id}).")
            print(
                line.format(
                    kind=cli.value_text("followup", followup.kind),
                    due=cli.date_text(followup.due),
                    id=followup.id,
                )
            )
    if result.first_order and result.prospect_stage != CUSTOMER:
        line = cli.tr("First order: to move the prospect to customer, run `{command}`.")
        print(
            line.format(command=f"reciprocity-desktop prospects update {visit.prospect_id} --stage customer")
        )
