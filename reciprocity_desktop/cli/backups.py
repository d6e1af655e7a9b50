"""``backup [-o FILE]``, ``backups list [--json]`` and ``restore FILE``: the store's backups.

These work on the store's file without opening it (``opens_store=False``): a damaged store can still be
listed against its backups and restored. See :mod:`reciprocity_desktop.services.backups`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import backups


def register(subparsers) -> None:
    p = cli.add_command(
        subparsers, "backup", cmd_backup, cli.tr("copy the store (checked) into its backups folder or to a file")
    )
    p.add_argument("-o", "--output", metavar=cli.tr("FILE"), type=Path, help=cli.tr("write the copy to FILE"))
    p.set_defaults(opens_store=False)
    sub = cli.add_group(subparsers, "backups", cli.tr("list the store's backups"))
    p = cli.add_list_command(
        sub, cmd_list, cli.tr("list the backups, newest first (--json: path created reason bytes sound)")
    )
    p.set_defaults(opens_store=False)
    p = cli.add_command(
        subparsers,
        "restore",
        cmd_restore,
        cli.tr("put a backup in the store's place (the current store is kept aside as a backup first)"),
    )
    p.add_argument("file", metavar=cli.tr("FILE"), type=Path)
    p.set_defaults(opens_store=False)


def cmd_backup(db_path: Path, args: argparse.Namespace) -> int:
    made = backups.make_backup(db_path, args.output)
    print(cli.tr("Backup written to {path} (integrity check ok).").format(path=made.path))
    return 0


def _yes_no(sound: bool) -> str:
    return cli.tr("yes") if sound else cli.tr("NO")


def cmd_list(db_path: Path, args: argparse.Namespace) -> int:
    found = backups.list_backups(db_path)
    if args.json:
        cli.print_json([info.as_json() for info in found])
        return 0
    if not found:
        print(cli.tr("No backups of {path} yet.").format(path=db_path))
        return 0
    rows = [
        (
            cli.datetime_text(info.created),
            info.reason,
            _size(info.bytes),
            _yes_no(info.sound),
            str(info.path),
        )
        for info in found
    ]
    print(cli.table([cli.tr("CREATED"), cli.tr("REASON"), cli.tr("SIZE"), cli.tr("SOUND"), cli.tr("FILE")], rows))
    return 0


def _size(size: int) -> str:
    """``"1.2 MB"``, ``"84 kB"``; the number as the run's language writes it (``"1,2 MB"`` in German)."""
    from reciprocity_desktop import formatting

    locale = cli.number_locale()
    if size >= 100_000:
        megabytes = size / 1_000_000
        return f"{megabytes:.1f} MB" if locale is None else f"{formatting.number(megabytes, locale, decimals=1)} MB"
    return f"{size / 1000:.0f} kB"


def cmd_restore(db_path: Path, args: argparse.Namespace) -> int:
    aside = backups.restore_backup(db_path, args.file)
    print(cli.tr("Restored {backup} into {store}.").format(backup=args.file, store=db_path))
    if aside is not None:
        print(cli.tr("The store as it was is kept as {path}.").format(path=aside))
    return 0
