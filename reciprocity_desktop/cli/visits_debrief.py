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
from reciprocity_desktop import formatting
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
        "record what happened at a visit: the gift handed over, how the earlier gift was received, "
        "what came back and the next follow-up",
    )
    p.add_argument("visit_id", metavar="VISIT_ID")
    statuses = [s.value for s in VisitStatus if s is not VisitStatus.PLANNED]
    p.add_argument("--status", required=True, choices=statuses, metavar="|".join(statuses))
    p.add_argument(
        "--gift-handed", action="store_true", help="a gift was handed over (the planned one unless named)"
    )
    gift = p.add_mutually_exclusive_group()
    gift.add_argument(
        "--gift-item", metavar="STOCK_ID", help="the gift handed over, taken from this stock item"
    )
    gift.add_argument("--gift-description", metavar="TEXT", help="the gift handed over, not from stock")
    reactions = [r.value for r in Reaction]
    p.add_argument(
        "--reaction",
        choices=reactions,
        metavar="|".join(reactions),
        help="how the latest gift given to the prospect before the visit was received "
        "(completes its ask_feedback follow-up)",
    )
    p.add_argument("--reaction-note", metavar="TEXT", default="")
    outcomes = [k.value for k in OutcomeKind]
    p.add_argument("--outcome", metavar="KIND", choices=outcomes, help=" ".join(outcomes))
    p.add_argument("--value", metavar="AMOUNT", help="the order's value; without it: value not known")
    p.add_argument("--note", metavar="TEXT", default="", help="what was said (the visit's note)")
    followup_kinds = [k.value for k in FollowUpKind]
    p.add_argument("--followup", metavar="KIND", choices=followup_kinds, help=" ".join(followup_kinds))
    p.add_argument("--due", metavar="DATE", help="the follow-up's due date (YYYY-MM-DD)")


def _refuse_combinations(args: argparse.Namespace) -> None:
    """Options that make sense only together, checked before anything is changed."""
    if args.value is not None and args.outcome != ORDER:
        raise cli.CliError("--value: only an order has a value (give --outcome order)")
    if args.reaction_note.strip() and not args.reaction:
        raise cli.CliError("--reaction-note: say how the gift was received with --reaction")
    if args.followup and not args.due:
        raise cli.CliError("--followup: give its due date with --due DATE")
    if args.due and not args.followup:
        raise cli.CliError("--due: give the kind of follow-up with --followup KIND")


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
        raise cli.CliError(f"{option}: {error}") from None
    cli.print_warnings(result.warnings)
    _print_result(result)
    return 0


def _print_result(result: DebriefResult) -> None:
    visit = result.visit
    print(f"Debriefed the visit on {formatting.day(visit.date)}: {visit.status} ({visit.id}).")
    if result.gift is not None:
        gift = result.gift
        print(f"Gift handed over: {gift.description} ({gift.id}).")
        for followup in result.followups:
            if followup.gift_id == gift.id:
                print(f"Follow-up ask_feedback scheduled for {formatting.day(followup.due)} ({followup.id}).")
    if result.earlier_gift is not None and result.reaction is not None:
        earlier = result.earlier_gift
        print(
            f"Reaction to the gift of {formatting.day(earlier.date)} ({earlier.description}): "
            f"{result.reaction.after[0]} ({earlier.id})."
        )
        for followup in result.feedback_done:
            print(f"Follow-up ask_feedback {followup.id} done.")
    if result.outcome is not None:
        outcome = result.outcome
        if outcome.kind == ORDER:
            value = formatting.amount(outcome.value_cents) if outcome.value_cents else "not known"
            print(f"Outcome order, value {value} ({outcome.id}).")
        else:
            print(f"Outcome {outcome.kind} ({outcome.id}).")
    for followup in result.followups:
        if followup.gift_id is None:
            print(f"Follow-up {followup.kind} due {formatting.day(followup.due)} ({followup.id}).")
    if result.first_order and result.prospect_stage != CUSTOMER:
        print(
            "First order: to move the prospect to customer, run "
            f"`reciprocity-desktop prospects update {visit.prospect_id} --stage customer`."
        )
