"""``gift-register``: the yearly gift register for tax, per recipient, or every gift as CSV for the accountant.

reciprocity-desktop [--db PATH] gift-register [--year Y] [--json] [-o FILE.csv]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop.services import gift_register
from reciprocity_desktop.services.errors import ValidationError, file_not_written
from reciprocity_desktop.store import Store

JSON_FIELDS = "recipient prospect_id contact_id country year gifts total limit near_limit over_limit"


def register(subparsers) -> None:
    p = cli.add_command(
        subparsers,
        "gift-register",
        cmd_register,
        cli.tr("the gift register: each recipient's gifts of a year against the country's limit"),
    )
    p.add_argument("--year", metavar="Y", help=cli.tr("the calendar year (default: this year)"))
    p.add_argument(
        "--json", action="store_true", help=cli.tr("print a JSON array (money as decimal amounts)")
    )
    p.add_argument(
        "-o",
        "--output",
        metavar=cli.tr("FILE.csv"),
        help=cli.tr("write every gift of the year with its recipient's total as CSV (for the accountant)"),
    )


def _year(value: str | None) -> int:
    if value is None:
        return dt.date.today().year
    text = value.strip()
    if not (text.isdigit() and 1900 <= int(text) <= 9999):
        raise ValidationError("--year '{value}' is not a year like 2025.", field="year", value=value)
    return int(text)


def row_json(row: gift_register.RegisterRow) -> dict:
    return {
        "recipient": row.recipient,
        "prospect_id": row.prospect_id,
        "contact_id": row.contact_id,
        "country": row.country,
        "year": row.year,
        "gifts": row.gifts,
        "total": cli.money_value(row.total_cents),
        "limit": None if row.limit_cents is None else cli.money_value(row.limit_cents),
        "near_limit": row.status == gift_register.STATUS_NEAR,
        "over_limit": row.status == gift_register.STATUS_OVER,
    }


def _row(row: gift_register.RegisterRow) -> list:
    limit = "—" if row.limit_cents is None else cli.money_text(row.limit_cents)
    status = {
        gift_register.STATUS_NEAR: cli.tr("near limit"),
        gift_register.STATUS_OVER: cli.tr("OVER LIMIT"),
    }
    return [
        row.recipient,
        row.prospect_name,
        row.country,
        row.gifts,
        cli.money_text(row.total_cents),
        limit,
        status.get(row.status, ""),
    ]


def cmd_register(store: Store, args: argparse.Namespace) -> int:
    year = _year(args.year)
    if args.output:
        target = Path(args.output)
        try:
            count = gift_register.export_register_csv(store, target, year)
        except OSError as exc:
            raise file_not_written(target, exc) from None
        if args.json:
            cli.print_json({"file": str(target), "year": year, "gifts": count})
        else:
            print(cli.tr_n("Wrote %n gift(s) of {year} to {file}.", count).format(year=year, file=target))
        return 0
    if args.json:
        cli.write_json_array(row_json(row) for row in gift_register.iter_register(store, year))
    else:
        headers = [
            cli.tr("RECIPIENT"),
            cli.tr("ORGANISATION"),
            cli.tr("CC"),
            cli.tr("GIFTS"),
            cli.tr("TOTAL"),
            cli.tr("LIMIT"),
            cli.tr("STATUS"),
        ]
        cli.write_table(
            headers,
            lambda: (_row(row) for row in gift_register.iter_register(store, year)),
            right={3, 4, 5},
        )
    return 0
