"""The core commands of ``reciprocity-desktop`` (prospects, gifts, follow-ups, outcomes, visits, CSV, demo)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reciprocity_desktop.cli import CliError, add_command, print_json
from reciprocity_desktop.services import demo, followups, gifts, prospects, visits
from reciprocity_desktop.services.errors import Warning_
from reciprocity_desktop.store import Store

PROSPECT_OPTIONS = (
    ("--name", "name"),
    ("--street", "street"),
    ("--postal-code", "postal_code"),
    ("--city", "city"),
    ("--country", "country"),
    ("--phone", "phone"),
    ("--email", "email"),
    ("--stage", "stage"),
    ("--website", "website"),
    ("--industry", "industry"),
    ("--tags", "tags"),
    ("--notes", "notes"),
)


def _money(cents: int) -> float:
    return round(cents / 100, 2)


def _warn(warnings: list[Warning_]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# -- demo --------------------------------------------------------------------------------------------


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    summary = demo.load_demo(store, force=args.force)
    print(
        f"Demo data loaded: {summary['prospects']} prospects, {summary['gifts']} gifts, "
        f"{summary['followups']} follow-ups, {summary['outcomes']} outcomes, {summary['visits']} visits."
    )
    return 0


# -- prospects ---------------------------------------------------------------------------------------


def prospect_json(p) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "street": p.street,
        "postal_code": p.postal_code,
        "city": p.city,
        "country": p.country,
        "phone": p.phone,
        "email": p.email,
        "website": p.website,
        "industry": p.industry,
        "stage": p.stage,
        "tags": p.tag_list,
        "notes": p.notes,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "created_at": p.created_at.isoformat(),
        "updated_at": p.updated_at.isoformat(),
    }


def cmd_prospects_list(store: Store, args: argparse.Namespace) -> int:
    rows = prospects.list_prospects(store, prospects.ProspectFilter(search=args.search or ""))
    if args.json:
        print_json([prospect_json(p) for p in rows])
        return 0
    _table(
        [[p.id, p.name, p.postal_code, p.city, p.country, p.stage] for p in rows],
        ["ID", "NAME", "POSTAL", "CITY", "CC", "STAGE"],
    )
    return 0


def _prospect_values(args: argparse.Namespace) -> dict:
    return {key: getattr(args, key) for _, key in PROSPECT_OPTIONS}


def cmd_prospects_add(store: Store, args: argparse.Namespace) -> int:
    prospect = prospects.add_prospect(store, **_prospect_values(args))
    print(prospect.id)
    return 0


def cmd_prospects_update(store: Store, args: argparse.Namespace) -> int:
    prospect = prospects.update_prospect(store, args.id, **_prospect_values(args))
    print(prospect.id)
    return 0


def cmd_prospects_delete(store: Store, args: argparse.Namespace) -> int:
    prospect = prospects.delete_prospect(store, args.id)
    print(f"Deleted {prospect.name} ({prospect.id}).")
    return 0


# -- gifts --------------------------------------------------------------------------------------------


def gift_json(g) -> dict:
    return {
        "id": g.id,
        "prospect_id": g.prospect_id,
        "contact_id": g.contact_id,
        "stock_item_id": g.stock_item_id,
        "date": g.date.isoformat(),
        "kind": g.kind,
        "description": g.description,
        "cost": _money(g.cost_cents),
        "quantity": g.quantity,
        "personal": g.personal,
        "unexpected": g.unexpected,
        "meaningful": g.meaningful,
        "reaction": g.reaction,
        "reaction_note": g.reaction_note,
    }


def cmd_gifts_add(store: Store, args: argparse.Namespace) -> int:
    result = gifts.log_gift(
        store,
        args.prospect_id,
        kind=args.kind,
        description=args.description,
        date=args.date,
        cost=args.cost,
        quantity=args.quantity,
        stock_item_id=args.stock_item,
        contact_id=args.contact,
        personal=args.personal,
        unexpected=args.unexpected,
        meaningful=args.meaningful,
    )
    _warn(result.warnings)
    if result.followup is not None:
        print(
            f"Follow-up ask_feedback scheduled for {result.followup.due.isoformat()} ({result.followup.id})."
        )
    print(result.gift.id)
    return 0


def cmd_gifts_list(store: Store, args: argparse.Namespace) -> int:
    rows = gifts.list_gifts(store)
    if args.json:
        print_json([gift_json(g) for g in rows])
        return 0
    _table(
        [[g.id, g.date.isoformat(), g.prospect.name, g.kind, g.description, f"{g.cost_cents / 100:.2f}", g.reaction or ""]
         for g in rows],
        ["ID", "DATE", "PROSPECT", "KIND", "DESCRIPTION", "COST", "REACTION"],
    )  # fmt: skip
    return 0


# -- follow-ups ---------------------------------------------------------------------------------------


def followup_json(f) -> dict:
    return {
        "id": f.id,
        "prospect_id": f.prospect_id,
        "gift_id": f.gift_id,
        "due": f.due.isoformat(),
        "kind": f.kind,
        "note": f.note,
        "done": f.done_on is not None,
        "done_on": f.done_on.isoformat() if f.done_on else None,
        "result": f.result,
    }


def cmd_followups_list(store: Store, args: argparse.Namespace) -> int:
    rows = followups.list_followups(store, args.status)
    if args.json:
        print_json([followup_json(f) for f in rows])
        return 0
    _table(
        [[f.id, f.due.isoformat(), f.prospect.name, f.kind, "done" if f.done_on else followups.bucket_of(f), f.note]
         for f in rows],
        ["ID", "DUE", "PROSPECT", "KIND", "STATE", "NOTE"],
    )  # fmt: skip
    return 0


def cmd_followups_done(store: Store, args: argparse.Namespace) -> int:
    followup = followups.complete_followup(store, args.id, result=args.note or "")
    print(f"Follow-up {followup.id} done on {followup.done_on.isoformat()}.")
    return 0


def cmd_followups_add(store: Store, args: argparse.Namespace) -> int:
    result = followups.add_followup(
        store, args.prospect_id, kind=args.kind, due=args.due, note=args.note or "", gift_id=args.gift
    )
    _warn(result.warnings)
    print(result.followup.id)
    return 0


# -- outcomes -----------------------------------------------------------------------------------------


def cmd_outcomes_add(store: Store, args: argparse.Namespace) -> int:
    outcome = followups.add_outcome(
        store, args.prospect_id, kind=args.kind, date=args.date, value=args.value, note=args.note or ""
    )
    print(outcome.id)
    return 0


def cmd_outcomes_list(store: Store, args: argparse.Namespace) -> int:
    rows = followups.list_outcomes(store)
    if args.json:
        print_json(
            [
                {"id": o.id, "prospect_id": o.prospect_id, "date": o.date.isoformat(), "kind": o.kind,
                 "value": _money(o.value_cents), "note": o.note}
                for o in rows
            ]
        )  # fmt: skip
        return 0
    _table(
        [
            [o.id, o.date.isoformat(), o.prospect.name, o.kind, f"{o.value_cents / 100:.2f}", o.note]
            for o in rows
        ],
        ["ID", "DATE", "PROSPECT", "KIND", "VALUE", "NOTE"],
    )
    return 0


# -- visits -------------------------------------------------------------------------------------------


def visit_json(v) -> dict:
    return {
        "id": v.id,
        "prospect_id": v.prospect_id,
        "prospect_name": v.prospect.name,
        "date": v.date.isoformat(),
        "position": v.position + 1,
        "planned_time": v.planned_time or None,
        "status": v.status,
        "gift_stock_item_id": v.gift_stock_item_id,
        "gift_note": v.gift_note,
        "notes": v.notes,
    }


def cmd_visits_plan(store: Store, args: argparse.Namespace) -> int:
    planned = visits.plan_day(store, args.date, args.prospect_ids)
    for visit in planned:
        print(visit.id)
    return 0


def cmd_visits_list(store: Store, args: argparse.Namespace) -> int:
    rows = visits.list_day(store, args.date)
    if args.json:
        print_json([visit_json(v) for v in rows])
        return 0
    _table(
        [
            [str(v.position + 1), v.planned_time, v.prospect.name, v.prospect.city, v.status, v.id]
            for v in rows
        ],
        ["#", "TIME", "PROSPECT", "CITY", "STATUS", "ID"],
    )
    return 0


# -- CSV ----------------------------------------------------------------------------------------------


def cmd_import_csv(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.services import csv_io

    path = Path(args.file)
    try:
        report = csv_io.import_csv(store, path, dry_run=args.dry_run, skip_bad=args.skip_bad)
    except csv_io.RowsFailed as failure:
        for error in failure.report.failed:
            print(f"{path.name}: {error}", file=sys.stderr)
        rows = len(failure.report.failed_lines)
        print(
            f"reciprocity-desktop: {rows} row(s) of {path.name} cannot be imported, so nothing was imported "
            "(correct the file, or use --skip-bad).",
            file=sys.stderr,
        )
        return 2
    for error in report.failed:
        print(f"{path.name}: {error}", file=sys.stderr)
    print(f"{path.name}: {report.summary()}")
    if report.dry_run:
        print("Dry run: nothing was written.")
        if report.failed and not args.skip_bad:
            return 2  # the real import would refuse the file
    return 0


def cmd_export_csv(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.services import csv_io

    count = csv_io.export_csv(store, Path(args.file))
    print(f"Exported {count} prospects to {args.file}.")
    return 0


# -- contacts / personal data ------------------------------------------------------------------------


def cmd_contacts_add(store: Store, args: argparse.Namespace) -> int:
    contact = prospects.add_contact(
        store, args.prospect_id, name=args.name, role=args.role, phone=args.phone, email=args.email,
        is_decision_maker=args.decision_maker,
    )  # fmt: skip
    print(contact.id)
    return 0


def cmd_contacts_delete(store: Store, args: argparse.Namespace) -> int:
    prospects.delete_contact(store, args.id)
    print(f"Contact {args.id} deleted; their personal data is erased.")
    return 0


def cmd_contacts_export(store: Store, args: argparse.Namespace) -> int:
    print_json(prospects.export_person(store, args.id))
    return 0


def _no_subcommand(parser: argparse.ArgumentParser):
    def run(store: Store, args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        raise CliError(f"'{parser.prog}' needs a command")

    return run


def register(subparsers) -> None:
    p = add_command(subparsers, "demo", cmd_demo, "load the demo data (a German door-to-door tour)")
    p.add_argument("--force", action="store_true", help="load even when the store is not empty (adds to it)")

    # prospects
    group = subparsers.add_parser("prospects", help="list, add, update and delete prospects")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    group.set_defaults(func=_no_subcommand(group))
    p = add_command(sub, "list", cmd_prospects_list, "list prospects, ordered by name")
    p.add_argument("--search", metavar="TEXT", help="name, city, postal code or contact name contains TEXT")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = add_command(sub, "add", cmd_prospects_add, "add a prospect; prints its id")
    for option, dest in PROSPECT_OPTIONS:
        p.add_argument(option, dest=dest, required=dest == "name")
    p = add_command(sub, "update", cmd_prospects_update, "change the given fields of a prospect")
    p.add_argument("id", metavar="ID")
    for option, dest in PROSPECT_OPTIONS:
        p.add_argument(option, dest=dest)
    p = add_command(sub, "delete", cmd_prospects_delete, "delete a prospect (kept as a tombstone for sync)")
    p.add_argument("id", metavar="ID")

    # contacts
    group = subparsers.add_parser("contacts", help="contacts (people) of a prospect")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    group.set_defaults(func=_no_subcommand(group))
    p = add_command(sub, "add", cmd_contacts_add, "add a contact person; prints its id")
    p.add_argument("prospect_id", metavar="PROSPECT_ID")
    p.add_argument("--name", required=True)
    p.add_argument("--role")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--decision-maker", action="store_true")
    p = add_command(sub, "delete", cmd_contacts_delete, "really delete a person (erases their personal data)")
    p.add_argument("id", metavar="ID")
    p = add_command(sub, "export", cmd_contacts_export, "print everything held about one person as JSON")
    p.add_argument("id", metavar="ID")

    # gifts
    group = subparsers.add_parser("gifts", help="log and list gifts")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    group.set_defaults(func=_no_subcommand(group))
    p = add_command(
        sub, "add", cmd_gifts_add, "log a gift; schedules the ask_feedback follow-up; prints its id"
    )
    p.add_argument("prospect_id", metavar="PROSPECT_ID")
    p.add_argument("--kind", required=True, help="sample trial content analysis event personal other")
    p.add_argument("--description", required=True, metavar="TEXT")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--cost", metavar="AMOUNT", help="default: the stock item's unit cost, else 0")
    p.add_argument("--quantity", default="1")
    p.add_argument("--stock-item", metavar="ID", help="take it out of the gift stock")
    p.add_argument("--contact", metavar="ID", help="the person it was given to")
    p.add_argument("--personal", action="store_true")
    p.add_argument("--unexpected", action="store_true")
    p.add_argument("--meaningful", action="store_true")
    p = add_command(sub, "list", cmd_gifts_list, "list gifts, newest first")
    p.add_argument("--json", action="store_true")

    # follow-ups
    group = subparsers.add_parser("followups", help="list and complete follow-ups")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    group.set_defaults(func=_no_subcommand(group))
    p = add_command(
        sub, "list", cmd_followups_list, "list follow-ups (open ones by due date, then done ones)"
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--status",
        choices=[
            followups.ALL,
            followups.OPEN,
            followups.OVERDUE,
            followups.DUE_TODAY,
            followups.UPCOMING,
            followups.DONE,
        ],
        default=followups.ALL,
    )
    p = add_command(sub, "done", cmd_followups_done, "mark a follow-up done")
    p.add_argument("id", metavar="ID")
    p.add_argument("--note", metavar="TEXT", help="the result")
    p = add_command(sub, "add", cmd_followups_add, "schedule a follow-up; prints its id")
    p.add_argument("prospect_id", metavar="PROSPECT_ID")
    p.add_argument("--kind", required=True, help="ask_feedback call send_info visit ask_order")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--gift", metavar="ID")

    # outcomes
    group = subparsers.add_parser("outcomes", help="record what came back")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    group.set_defaults(func=_no_subcommand(group))
    p = add_command(sub, "add", cmd_outcomes_add, "record an outcome; prints its id")
    p.add_argument("prospect_id", metavar="PROSPECT_ID")
    p.add_argument("--kind", required=True, help="conversation referral meeting order other")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--value", metavar="AMOUNT", help="order amount")
    p.add_argument("--note", metavar="TEXT")
    p = add_command(sub, "list", cmd_outcomes_list, "list outcomes, newest first")
    p.add_argument("--json", action="store_true")

    # visits
    group = subparsers.add_parser("visits", help="plan and list a day's visits")
    sub = group.add_subparsers(dest="action", metavar="ACTION")
    group.set_defaults(func=_no_subcommand(group))
    p = add_command(sub, "plan", cmd_visits_plan, "add prospects to a day's route (in the order given)")
    p.add_argument("date", metavar="DATE")
    p.add_argument("prospect_ids", metavar="PROSPECT_ID", nargs="+")
    p = add_command(sub, "list", cmd_visits_list, "list a day's visits in route order")
    p.add_argument("date", metavar="DATE")
    p.add_argument("--json", action="store_true")

    # CSV
    p = add_command(subparsers, "import-csv", cmd_import_csv, "import prospects from a spreadsheet CSV")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check and report; import nothing")
    p.add_argument("--skip-bad", action="store_true", help="import the good rows even when some fail")
    p = add_command(subparsers, "export-csv", cmd_export_csv, "export prospects as CSV (UTF-8 with BOM)")
    p.add_argument("file", metavar="FILE")
