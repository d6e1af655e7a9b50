"""Sync commands: ``export``, ``import`` and ``conflicts``.

::

    reciprocity-desktop [--db PATH] export -o FILE [--since DATE] [--passphrase-file F]
    reciprocity-desktop [--db PATH] import FILE [--dry-run] [--passphrase-file F]
    reciprocity-desktop [--db PATH] conflicts [--all] [--json] [--restore ID]

The sync engine is imported by the commands, so that other commands start without it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    parser = cli.add_command(
        subparsers,
        "export",
        cmd_export,
        cli.tr(
            "write the store's records (deletions included) to one sync file for a colleague or the office"
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar=cli.tr("FILE"),
        type=Path,
        required=True,
        help=cli.tr("the sync file to write"),
    )
    parser.add_argument(
        "--since",
        metavar=cli.tr("DATE"),
        help=cli.tr("only records changed on or after DATE (YYYY-MM-DD), and what they refer to"),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="F",
        type=Path,
        help=cli.tr("encrypt the file with the passphrase on the first line of F"),
    )

    parser = cli.add_command(
        subparsers,
        "import",
        cmd_import,
        cli.tr("merge a colleague's sync file into the store; prints what changed"),
    )
    parser.add_argument("file", metavar=cli.tr("FILE"), type=Path, help=cli.tr("the sync file to import"))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=cli.tr("check the file and say what would change; write nothing"),
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="F",
        type=Path,
        help=cli.tr("the file's passphrase is the first line of F"),
    )

    parser = cli.add_command(
        subparsers,
        "conflicts",
        cmd_conflicts,
        cli.tr("list the versions that lost a sync conflict, or restore one"),
    )
    parser.add_argument("--all", action="store_true", help=cli.tr("include conflicts already restored"))
    parser.add_argument("--json", action="store_true", help=cli.tr("print a JSON array"))
    parser.add_argument(
        "--restore",
        metavar=cli.tr("ID"),
        type=int,
        help=cli.tr("make the losing version of conflict ID current again"),
    )


def read_passphrase_file(path: Path | None) -> str | None:
    """The passphrase is the first line of the file, without its line ending."""
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise cli.CliError(cli.tr("The passphrase file {file} does not exist.").format(file=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        message = cli.tr("The passphrase file {file} cannot be read: {error}.")
        raise cli.CliError(message.format(file=path, error=exc)) from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        from reciprocity_desktop.sync.errors import PassphraseError

        raise PassphraseError(
            "The passphrase file {file} is empty (its first line is the passphrase).", file=str(path)
        )
    return passphrase


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.sync.exporter import export_file

    passphrase = read_passphrase_file(args.passphrase_file)
    summary = export_file(store, args.output, since=args.since, passphrase=passphrase)
    print(export_line(summary))
    return 0


def export_line(summary) -> str:
    """What an export wrote, in the run's language (``ExportSummary.line`` in English)."""
    from reciprocity_desktop.sync.exporter import _human_size

    scope = cli.tr(" changed since {date}").format(date=cli.date_text(summary.since)) if summary.since else ""
    line = cli.tr("exported: {records}{scope} ({deletions}) to {path} ({size}{encrypted})")
    return line.format(
        records=cli.tr_n("%n record(s)", summary.records),
        scope=scope,
        deletions=cli.tr_n("%n deletion(s)", summary.deleted),
        path=summary.path,
        size=_human_size(summary.bytes, cli.number_locale()),
        encrypted=cli.tr(", encrypted") if summary.encrypted else "",
    )


def flagged_line(flag) -> str:
    """A record an import held back (``FlaggedRecord.describe`` in English)."""
    name = f' "{flag.label}"' if flag.label else ""
    if flag.reason == "future":
        line = cli.tr("future timestamp: {table} {record}{name} changed at {when} by {store}: held back")
    else:
        line = cli.tr("held back: {table} {record}{name} needs a record held back for its future timestamp")
    return line.format(
        table=flag.table,
        record=flag.record_id,
        name=name,
        when=f"{cli.datetime_text(flag.changed_at)} UTC",
        store=flag.store_name or flag.replica_id,
    )


def import_lines(summary) -> list[str]:
    """What an import did (or would do), in the run's language (``ImportSummary.lines`` in English)."""
    counts = cli.tr(
        "new: {new}, updated: {updated}, deleted: {deleted}, unchanged: {unchanged}, conflicts: {conflicts}"
    )
    out = [counts.format(**cli.fields_of(summary, "new updated deleted unchanged conflicts"))]
    out.extend(flagged_line(flag) for flag in summary.flagged)
    if summary.held_back:
        held_back = cli.tr_n(
            "held back: %n record(s) with change times in the future (the sending laptop's clock is probably "
            "wrong); they are applied once that time has come",
            summary.held_back,
        )
        out.append(held_back)
    if summary.dry_run:
        out.append(cli.tr("dry run: nothing was written"))
    return out


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.sync.colleagues import colleague_gifts_for_planned_visits
    from reciprocity_desktop.sync.importer import import_file, preview_import

    passphrase = read_passphrase_file(args.passphrase_file)
    if args.dry_run:
        summary = preview_import(store, args.file, passphrase=passphrase)
    else:
        summary = import_file(store, args.file, passphrase=passphrase)
    for line in import_lines(summary):
        print(line)
    if not args.dry_run and summary.gift_ids:
        for gift in colleague_gifts_for_planned_visits(store, summary):
            line = cli.tr(
                'colleague gift: {name} (visit planned {visit_date}) got {kind} "{description}" on {date} '
                "from {colleague}"
            )
            print(
                line.format(
                    name=gift.prospect_name,
                    visit_date=cli.date_text(gift.visit_date),
                    kind=cli.value_text("gift", gift.kind),
                    description=gift.description,
                    date=cli.date_text(gift.gift_date),
                    colleague=gift.given_by,
                )
            )
    return 0


def conflict_json(e) -> dict:
    return {
        "id": e.id,
        "detected_at": e.detected_at.isoformat(),
        "table": e.table,
        "record_id": e.record_id,
        "label": e.label,
        "losing_side": e.losing_side,
        "lost_by": e.lost_by,
        "found_in_file_of": e.found_in_file_of,
        "differences": list(e.differences),
        "lost": e.lost,
        "current": e.current,
        "restored_at": e.restored_at.isoformat() if e.restored_at else None,
    }


def conflict_line(e) -> str:
    side = cli.tr("this store's version") if e.losing_side == "local" else cli.tr("the file's version")
    what = cli.tr("deletion") if e.lost_deleted else ", ".join(e.differences) or cli.tr("no field differs")
    restored = ""
    if e.restored_at:
        restored = cli.tr(", restored {date}").format(date=cli.date_text(e.restored_at.date()))
    line = cli.tr('{id}: {when} {table} {record} "{label}": {side} (by {colleague}) lost; differs in: {what}')
    return (
        line.format(
            id=e.id,
            when=cli.datetime_text(e.detected_at),
            table=e.table,
            record=e.record_id,
            label=e.label,
            side=side,
            colleague=e.lost_by,
            what=what,
        )
        + restored
    )


def cmd_conflicts(store: Store, args: argparse.Namespace) -> int:
    from reciprocity_desktop.sync.conflicts import list_conflicts, restore_conflict

    if args.restore is not None:
        restore_conflict(store, args.restore)
        print(cli.tr("conflict {id} restored: the losing version is current again").format(id=args.restore))
        return 0
    entries = list_conflicts(store, include_restored=args.all)
    if args.json:
        cli.print_json([conflict_json(e) for e in entries])
        return 0
    if not entries:
        print(cli.tr("no conflicts"))
    for e in entries:
        print(conflict_line(e))
    return 0
