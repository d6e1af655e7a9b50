"""``print-day DATE -o FILE.pdf``: the day on paper, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.i18n import LANGUAGES, printable_language
from reciprocity_desktop.store import Store

PAPER_CHOICES = ("a4", "letter")  # reports.day.PAPERS; not imported here so that other commands start fast


def register(subparsers) -> None:
    parser = cli.add_command(
        subparsers,
        "print-day",
        print_day,
        cli.tr("Print a day as PDF: the route overview with the gift kit, and one visit sheet per stop."),
    )
    parser.add_argument("date", metavar=cli.tr("DATE"), help=cli.tr("the day to print (YYYY-MM-DD)"))
    parser.add_argument(
        "-o",
        "--output",
        metavar=cli.tr("FILE.pdf"),
        type=Path,
        required=True,
        help=cli.tr("the PDF to write"),
    )
    parser.add_argument(
        "--paper", choices=PAPER_CHOICES, default="a4", help=cli.tr("paper size (default: a4)")
    )
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=cli.tr(
            "language on paper (default: $RECIPROCITY_LANG, else the language setting, else the system's)"
        ),
    )
    parser.add_argument(
        "--seller",
        metavar=cli.tr("NAME"),
        help=cli.tr("the seller's name on the paper (default: the seller_name setting)"),
    )


def print_day(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.reports.day import render_day  # ReportLab: only when printing

    lang = args.lang or printable_language(cli.language())
    result = render_day(store, args.date, args.output, paper=args.paper, lang=lang, seller=args.seller)
    line = cli.tr("Wrote {file} (pages: {pages}, stops: {stops}).")
    print(line.format(file=result.path, pages=result.pages, stops=result.stops))
    return 0
