"""``demo``: load the demo data."""

from __future__ import annotations

import argparse

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import demo
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    p = cli.add_command(
        subparsers, "demo", cmd_demo, cli.tr("load the demo data (a German door-to-door tour)")
    )
    p.add_argument(
        "--force", action="store_true", help=cli.tr("load even when the store is not empty (adds to it)")
    )
    p.add_argument(
        "--prospects",
        type=int,
        metavar="N",
        help=cli.tr(
            "an office-sized store instead of the tour: N prospects with contacts, gifts, follow-ups, "
            "visits and outcomes over three years"
        ),
    )


def cmd_demo(store: Store, args: argparse.Namespace) -> int:
    summary = demo.load_demo(store, force=args.force, prospects=args.prospects)
    counts = [
        cli.tr_n("%n prospect(s)", summary["prospects"]),
        cli.tr_n("%n gift(s)", summary["gifts"]),
        cli.tr_n("%n follow-up(s)", summary["followups"]),
        cli.tr_n("%n outcome(s)", summary["outcomes"]),
        cli.tr_n("%n visit(s)", summary["visits"]),
    ]
    print(cli.tr("Demo data loaded: {counts}.").format(counts=", ".join(counts)))
    return 0
