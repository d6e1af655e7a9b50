"""``import-csv`` and ``export-csv``: prospects from and to a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    p = cli.add_command(
        subparsers, "import-csv", cmd_import, cli.tr("import prospects from a spreadsheet CSV")
    )
    p.add_argument("file", metavar=cli.tr("FILE"))
    p.add_argument("--dry-run", action="store_true", help=cli.tr("check and report; import nothing"))
    p.add_argument("--skip-bad", action="store_true", help=cli.tr("import the good rows even when some fail"))
    p = cli.add_command(
        subparsers, "export-csv", cmd_export, cli.tr("export prospects as CSV (UTF-8 with BOM)")
    )
    p.add_argument("file", metavar=cli.tr("FILE"))


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.services import csv_io

    path = Path(args.file)
    try:
        report = csv_io.import_csv(store, path, dry_run=args.dry_run, skip_bad=args.skip_bad)
    except csv_io.RowsFailed as failure:
        for error in failure.report.failed:
            print(f"{path.name}: {cli.message_text(error.as_message(), capitalised=False)}", file=sys.stderr)
        rows = len(failure.report.failed_lines)
        line = cli.tr_n(
            "reciprocity-desktop: %n row(s) of {file} cannot be imported, so nothing was imported "
            "(correct the file, or use --skip-bad).",
            rows,
        )
        print(line.format(file=path.name), file=sys.stderr)
        return cli.EXIT_USER_ERROR
    for error in report.failed:
        print(f"{path.name}: {cli.message_text(error.as_message(), capitalised=False)}", file=sys.stderr)
    print(f"{path.name}: {cli.message_text(report.summary())}")
    if report.dry_run:
        print(cli.tr("Dry run: nothing was written."))
        if report.failed and not args.skip_bad:
            return cli.EXIT_USER_ERROR  # the real import would refuse the file
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.services import csv_io

    count = csv_io.export_csv(store, Path(args.file))
    print(cli.tr_n("Exported %n prospect(s) to {file}.", count).format(file=args.file))
    return 0
