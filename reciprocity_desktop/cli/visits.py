"""``visits plan|list|update|remove|debrief``: a day's route, and what happened at a visit (``visits_debrief``)."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop import formatting
from reciprocity_desktop.cli import visits_debrief, visits_route
from reciprocity_desktop.services import listing, visits
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "visits", "plan and list a day's visits")
    p = cli.add_command(sub, "plan", cmd_plan, "add prospects to a day's route (in the order given)")
    p.add_argument("date", metavar="DATE")
    p.add_argument("prospect_ids", metavar="PROSPECT_ID", nargs="+")
    p = cli.add_list_command(sub, cmd_list, "list a day's visits in route order")
    p.add_argument("date", metavar="DATE")
    p = cli.add_command(sub, "remove", cmd_remove, "take a visit off its day's route")
    p.add_argument("visit_id", metavar="VISIT_ID")
    p = cli.add_command(sub, "update", cmd_update, "set a visit's fixed appointment time or its length")
    p.add_argument("visit_id", metavar="VISIT_ID")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--time", metavar="HH:MM", help="a fixed appointment: the route's times go around it")
    when.add_argument(
        "--no-fixed-time", action="store_true", help="no fixed time: the route gives the stop its time"
    )
    p.add_argument("--minutes", metavar="N", help="how long this visit takes (default: the setting)")
    visits_debrief.register(sub)
    visits_route.register(sub)  # visits auto-order


def visit_json(v) -> dict:
    return {
        **cli.fields_of(v, "id prospect_id"),
        "prospect_name": v.prospect_name,
        "date": v.date.isoformat(),
        "position": v.position + 1,
        "planned_time": v.planned_time or None,
        **cli.fields_of(v, "status gift_stock_item_id gift_note notes"),
        "fixed_time": bool(v.fixed_time),
        "visit_minutes": v.visit_minutes,
    }


def cmd_plan(store: Store, args: argparse.Namespace) -> int:
    for visit in visits.plan_day(store, args.date, args.prospect_ids):
        print(visit.id)
    return 0


def _row(v) -> list:
    return [v.position + 1, v.planned_time, v.prospect_name, v.prospect_city, v.status, v.id]


AS_JSON = cli.Listing(
    "id prospect_id prospect_name date position planned_time status gift_stock_item_id gift_note notes "
    "fixed_time visit_minutes",
    visit_json,
)
AS_ROW = cli.Listing(
    "position planned_time prospect_name prospect_city status id",
    _row,
    ["#", "TIME", "PROSPECT", "CITY", "STATUS", "ID"],
)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    return cli.print_records(
        args, lambda columns: listing.visit_rows(store, columns, args.date), AS_JSON, AS_ROW
    )


def cmd_remove(store: Store, args: argparse.Namespace) -> int:
    visit = visits.get_visit(store, args.visit_id)
    visits.remove_visit(store, visit.id)
    print(f"Removed the visit to {visit.prospect.name} on {formatting.day(visit.date)} ({visit.id}).")
    return 0


#: The service's name of a field -> the option that gave it (a refusal names the option).
_OPTIONS = {"planned time": "--time", "visit minutes": "--minutes"}


def cmd_update(store: Store, args: argparse.Namespace) -> int:
    if args.time is None and not args.no_fixed_time and args.minutes is None:
        raise cli.CliError("Give --time HH:MM, --no-fixed-time or --minutes N.")
    if args.time is not None and not args.time.strip():
        raise cli.CliError("--time: give a time like 09:30 (or --no-fixed-time for none).")
    planned_time = "" if args.no_fixed_time else args.time
    try:
        visit = visits.update_visit(
            store, args.visit_id, planned_time=planned_time, visit_minutes=args.minutes
        )
    except ValidationError as exc:
        option = _OPTIONS.get(exc.field or "")
        if option is None:
            raise
        raise cli.CliError(f"{option}: {exc}") from None
    when = f"at {visit.planned_time} (fixed)" if visit.fixed_time else "without a fixed time"
    length = f"{visit.visit_minutes} minutes" if visit.visit_minutes is not None else "the usual length"
    print(f"Visit {visit.id} on {formatting.day(visit.date)}: {when}, {length}.")
    return 0
