"""The ``report`` command: reciprocity figures as tables or JSON (see docs/insights.md).

reciprocity-desktop [--db PATH] report [--json] [--window-days N] [--from DATE] [--to DATE]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from reciprocity_desktop import cli
from reciprocity_desktop.services import insights, validate
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    parser = cli.add_command(
        subparsers,
        "report",
        run_report,
        "Reciprocity figures: which gifts lead to what, how fast, at what cost, against prospects who got nothing.",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object (money as decimal amounts)"
    )
    parser.add_argument(
        "--window-days",
        metavar="N",
        default=str(insights.DEFAULT_WINDOW_DAYS),
        help=f"an outcome up to N days after a gift reciprocates it (default {insights.DEFAULT_WINDOW_DAYS})",
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="only gifts given on or after DATE (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", help="only gifts given on or before DATE (YYYY-MM-DD)"
    )


def _window_days(value: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValidationError(
            "--window-days '{value}' is not a whole number.", field="window days", value=value
        ) from None
    if number < 0:
        raise ValidationError(
            "--window-days must be 0 or more (got {value}).", field="window days", value=value
        )
    return number


def run_report(store: Store, args: argparse.Namespace) -> int:
    window_days = _window_days(args.window_days)
    date_from = validate.optional_date(args.date_from, "--from")
    date_to = validate.optional_date(args.date_to, "--to")
    report = insights.compute(store, window_days=window_days, date_from=date_from, date_to=date_to)
    if args.json:
        cli.print_json(report.to_json())
    else:
        print(render_text(report))
    return 0


# -- text tables ---------------------------------------------------------------------------------------


def _pct(rate: float | None) -> str:
    return "–" if rate is None else f"{rate * 100:.0f}%"


def _days(days: float | None) -> str:
    return "–" if days is None else f"{days:g}"


def _amount(cents: int) -> str:
    return f"{cents / 100:,.2f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: set[int] | None = None) -> str:
    right = right if right is not None else set(range(1, len(headers)))
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "  ".join(
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out.extend(line(row) for row in cells[1:])
    return "\n".join(out)


def render_text(report: insights.Report) -> str:
    period = "all gifts"
    if report.date_from or report.date_to:
        start = report.date_from.isoformat() if report.date_from else "…"
        end = report.date_to.isoformat() if report.date_to else "…"
        period = f"gifts from {start} to {end}"
    parts = [
        f"Reciprocity report: {period}; an outcome within {report.window_days} days of a gift reciprocates it."
    ]

    parts.append("\nBy gift kind")
    if report.by_kind:
        rows = [
            (
                k.kind,
                k.gifts,
                k.prospects,
                k.reciprocated,
                _pct(k.rate),
                _days(k.median_days),
                _amount(k.cost_cents),
                _amount(k.order_value_cents),
            )
            for k in report.by_kind
        ]
        parts.append(
            _table(
                ("kind", "gifts", "prospects", "reciprocated", "rate", "median days", "cost", "order value"),
                rows,
            )
        )
    else:
        parts.append("(no gifts)")

    parts.append("\nGifted vs not gifted")
    parts.append(
        _table(
            ("group", "prospects", "got something back", "rate"),
            [
                ("gifted", report.gifted.prospects, report.gifted.reciprocated, _pct(report.gifted.rate)),
                (
                    "not gifted",
                    report.not_gifted.prospects,
                    report.not_gifted.reciprocated,
                    _pct(report.not_gifted.rate),
                ),
            ],
        )
    )

    parts.append("\nBy quality of the gift")
    rows = []
    for q in report.by_quality:
        for label, figures in (("with", q.with_), ("without", q.without)):
            rows.append(
                (
                    f"{label} {q.quality}",
                    figures.gifts,
                    figures.reciprocated,
                    _pct(figures.rate),
                    _days(figures.median_days),
                    _amount(figures.cost_cents),
                    _amount(figures.order_value_cents),
                )
            )
    parts.append(
        _table(("gifts", "count", "reciprocated", "rate", "median days", "cost", "order value"), rows)
    )

    parts.append("\nBy outcome kind")
    if report.by_outcome_kind:
        rows = [
            (o.kind, o.all_outcomes, o.outcomes, _days(o.median_days), _amount(o.value_cents))
            for o in report.by_outcome_kind
        ]
        parts.append(
            _table(("kind", "outcomes", "after a gift", "median days from gift", "value after a gift"), rows)
        )
    else:
        parts.append("(no outcomes)")

    parts.append("\nBalance per prospect (order value minus gift cost)")
    if report.balance:
        rows = [
            (
                b.name,
                b.gifts,
                _amount(b.gift_cost_cents),
                b.outcomes,
                _amount(b.order_value_cents),
                _amount(b.net_cents),
            )
            for b in report.balance
        ]
        parts.append(_table(("prospect", "gifts", "gift cost", "outcomes", "order value", "net"), rows))
    else:
        parts.append("(no prospect with gifts or outcomes)")
    return "\n".join(parts)
