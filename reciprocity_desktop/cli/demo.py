"""``demo``: load the demo data."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import demo
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    p = cli.add_command(subparsers, "demo", cmd_demo, "load the demo data (a German door-to-door tour)")
    p.add_argument("--force", action="store_true", help="load even when the store is not empty (adds to it)")
    p.add_argument(
        "--prospects",
        type=int,
        metavar="N",
        help="an office-sized store instead of the tour: N prospects with contacts, gifts, follow-ups, "
        "visits and outcomes over three years",
    )


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    summary = demo.load_demo(store, force=args.force, prospects=args.prospects)
    print(
        f"Demo data loaded: {summary['prospects']} prospects, {summary['gifts']} gifts, "
        f"{summary['followups']} follow-ups, {summary['outcomes']} outcomes, {summary['visits']} visits."
    )
    return 0
