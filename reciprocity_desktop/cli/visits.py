"""``visits plan|list|update|remove|debrief``: a day's route, and what happened at a visit (``visits_debrief``)."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.cli import visits_debrief, visits_route
from reciprocity_desktop.services import listing, visits
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "visits", cli.tr("plan and list a day's visits"))
    p = cli.add_command(sub, "plan", cmd_plan, cli.tr("add prospects to a day's route (in the order given)"))
    p.add_argument("date", metavar=cli.tr("DATE"))
    p.add_argument("prospect_ids", metavar=cli.tr("PROSPECT_ID"), nargs="+")
    p = cli.add_list_command(sub, cmd_list, cli.tr("list a day's visits in route order"))
    p.add_argument("date", metavar=cli.tr("DATE"))
    p.add_argument(
        "--all", action="store_true", help=cli.tr("the whole team's visits of the day, not only your own")
    )
    p = cli.add_command(sub, "remove", cmd_remove, cli.tr("take a visit off its day's route"))
    p.add_argument("visit_id", metavar=cli.tr("VISIT_ID"))
    p = cli.add_command(
        sub, "update", cmd_update, cli.tr("set a visit's fixed appointment time or its length")
    )
    p.add_argument("visit_id", metavar=cli.tr("VISIT_ID"))
    when = p.add_mutually_exclusive_group()
    when.add_argument(
        "--time", metavar="HH:MM", help=cli.tr("a fixed appointment: the route's times go around it")
    )
    when.add_argument(
        "--no-fixed-time",
        action="store_true",
        help=cli.tr("no fixed time: the route gives the stop its time"),
    )
    p.add_argument("--minutes", metavar="N", help=cli.tr("how long this visit takes (default: the setting)"))
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
        "seller": v.seller or None,
        "seller_id": v.seller_id or None,
    }


def cmd_plan(store: Store, args: argparse.Namespace) -> int:
    for visit in visits.plan_day(store, args.date, args.prospect_ids):
        print(visit.id)
    return 0


def _row(v) -> list:
    return [
        v.position + 1,
        v.planned_time,
        v.prospect_name,
        v.prospect_city,
        cli.value_text("status", v.status),
        v.id,
    ]


AS_JSON = cli.Listing(
    "id prospect_id prospect_name date position planned_time status gift_stock_item_id gift_note notes "
    "fixed_time visit_minutes seller seller_id",
    visit_json,
)
AS_ROW = cli.Listing(
    "position planned_time prospect_name prospect_city status id",
    _row,
    lambda: ["#", cli.tr("TIME"), cli.tr("PROSPECT"), cli.tr("CITY"), cli.tr("STATUS"), cli.tr("ID")],
)
#: ``--all``: the team's visits, each with its seller.
AS_TEAM_ROW = cli.Listing(
    "seller seller_id position planned_time prospect_name prospect_city status id",
    lambda v: [seller_text(v), *_row(v)],
    lambda: [cli.tr("SELLER"), *AS_ROW.headers()],  # type: ignore[operator]
)


def seller_text(v) -> str:
    """Who planned a visit: the seller's name, or that the file that brought it did not say."""
    if not v.seller_id:
        return cli.tr("(unknown seller)")
    return v.seller or cli.tr("(no name)")


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    return cli.print_records(
        args,
        lambda columns: listing.visit_rows(store, columns, args.date, team=args.all),
        AS_JSON,
        AS_TEAM_ROW if args.all else AS_ROW,
    )


def cmd_remove(store: Store, args: argparse.Namespace) -> int:
    visit = visits.get_visit(store, args.visit_id)
    visits.remove_visit(store, visit.id)
    print(
        cli.tr("Removed the visit to {name} on {date} ({id}).").format(
            name=visit.prospect.name, date=cli.date_text(visit.date), id=visit.id
        )
    )
    return 0


#: The service's name of a field -> the option that gave it (a refusal names the option).
_OPTIONS = {"planned time": "--time", "visit minutes": "--minutes"}


def cmd_update(store: Store, args: argparse.Namespace) -> int:
    if args.time is None and not args.no_fixed_time and args.minutes is None:
        raise cli.CliError(cli.tr("Give --time HH:MM, --no-fixed-time or --minutes N."))
    if args.time is not None and not args.time.strip():
        raise cli.CliError(cli.tr("--time: give a time like 09:30 (or --no-fixed-time for none)."))
    planned_time = "" if args.no_fixed_time else args.time
    try:
        visit = visits.update_visit(
            store, args.visit_id, planned_time=planned_time, visit_minutes=args.minutes
        )
    except ValidationError as exc:
        option = _OPTIONS.get(exc.field or "")
        if option is None:
            raise
        raise cli.CliError(f"{option}: {cli.user_text(exc)}") from None
    if visit.fixed_time:
        when = cli.tr("at {time} (fixed)").format(time=visit.planned_time)
    else:
        when = cli.tr("without a fixed time")
    if visit.visit_minutes is not None:
        length = cli.tr_n("%n minute(s)", visit.visit_minutes)
    else:
        length = cli.tr("the usual length")
    line = cli.tr("Visit {id} on {date}: {when}, {length}.")
    print(line.format(id=visit.id, date=cli.date_text(visit.date), when=when, length=length))
    return 0
