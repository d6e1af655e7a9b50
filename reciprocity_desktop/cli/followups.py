"""``followups list|done|add``."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import followups, listing
from reciprocity_desktop.store import Store

STATUSES = (
    followups.ALL,
    followups.OPEN,
    followups.OVERDUE,
    followups.DUE_TODAY,
    followups.UPCOMING,
    followups.DONE,
)


def register(subparsers) -> None:
    sub = cli.add_group(subparsers, "followups", cli.tr("list and complete follow-ups"))
    p = cli.add_list_command(sub, cmd_list, cli.tr("list follow-ups (open ones by due date, then done ones)"))
    p.add_argument("--status", choices=list(STATUSES), default=followups.ALL)
    p = cli.add_command(sub, "done", cmd_done, cli.tr("mark a follow-up done"))
    p.add_argument("id", metavar=cli.tr("ID"))
    p.add_argument("--note", metavar=cli.tr("TEXT"), help=cli.tr("the result"))
    p = cli.add_command(sub, "add", cmd_add, cli.tr("schedule a follow-up; prints its id"))
    p.add_argument("prospect_id", metavar=cli.tr("PROSPECT_ID"))
    p.add_argument("--kind", required=True, help="ask_feedback call send_info visit ask_order")
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--note", metavar=cli.tr("TEXT"), default="")
    p.add_argument("--gift", dest="gift_id", metavar=cli.tr("ID"))


def followup_json(f) -> dict:
    return {
        **cli.fields_of(f, "id prospect_id gift_id"),
        "due": f.due.isoformat(),
        **cli.fields_of(f, "kind note"),
        "done": f.done_on is not None,
        "done_on": f.done_on.isoformat() if f.done_on else None,
        "result": f.result,
    }


def _row(f) -> list:
    state = "done" if f.done_on else followups.bucket_of(f)  # bucket_of reads only .done_on and .due
    return [
        f.id,
        cli.date_text(f.due),
        f.prospect_name,
        cli.value_text("followup", f.kind),
        _state(state),
        cli.note_text(f.note),
    ]


def _state(state: str) -> str:
    """A follow-up's state as stored in English (``due_today``), in words in the other languages."""
    if cli.language() == "en":
        return state
    words = {
        "done": cli.tr("done"),
        "overdue": cli.tr("overdue"),
        "due_today": cli.tr("due today"),
        "upcoming": cli.tr("upcoming"),
    }
    return words.get(state, state)


AS_JSON = cli.Listing("id prospect_id gift_id due kind note done_on result", followup_json)
AS_ROW = cli.Listing(
    "id due prospect_name kind done_on note",
    _row,
    lambda: [
        cli.tr("ID"),
        cli.tr("DUE"),
        cli.tr("PROSPECT"),
        cli.tr("KIND"),
        cli.tr("STATE"),
        cli.tr("NOTE"),
    ],
)


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    return cli.print_records(
        args, lambda columns: listing.followup_rows(store, columns, args.status), AS_JSON, AS_ROW
    )


def cmd_done(store: Store, args: argparse.Namespace) -> int:
    followup = followups.complete_followup(store, args.id, result=args.note or "")
    print(
        cli.tr("Follow-up {id} done on {date}.").format(id=followup.id, date=cli.date_text(followup.done_on))
    )
    return 0


def cmd_add(store: Store, args: argparse.Namespace) -> int:
    result = followups.add_followup(store, args.prospect_id, **cli.fields_of(args, "kind due note gift_id"))
    cli.print_warnings(result.warnings)
    print(result.followup.id)
    return 0
