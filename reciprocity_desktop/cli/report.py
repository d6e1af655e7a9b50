"""``report``: reciprocity figures as tables or JSON (see docs/insights.md).

reciprocity-desktop [--db PATH] report [--json] [--window-days N] [--from DATE] [--to DATE]
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from typing import Any

import reciprocity_desktop.cli.base as cli
from reciprocity_desktop import formatting
from reciprocity_desktop.formatting import amount, day
from reciprocity_desktop.services import insights, validate
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store import Store


def register(subparsers) -> None:
    parser = cli.add_command(
        subparsers,
        "report",
        run_report,
        cli.tr(
            "Reciprocity figures: which gifts lead to what, how fast, at what cost, against prospects who got nothing."
        ),
    )
    parser.add_argument(
        "--json", action="store_true", help=cli.tr("print one JSON object (money as decimal amounts)")
    )
    parser.add_argument(
        "--window-days",
        metavar="N",
        default=str(insights.DEFAULT_WINDOW_DAYS),
        help=cli.tr("an outcome up to N days after a gift reciprocates it (default {days})").format(
            days=insights.DEFAULT_WINDOW_DAYS
        ),
    )
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar=cli.tr("DATE"),
        help=cli.tr("only gifts given on or after DATE (YYYY-MM-DD)"),
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        metavar=cli.tr("DATE"),
        help=cli.tr("only gifts given on or before DATE (YYYY-MM-DD)"),
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
        write_text(report)
    return 0


# -- text tables ---------------------------------------------------------------------------------------


def _percent(rate: float | None) -> str:
    return formatting.percent(rate, locale=cli.number_locale())


def _days(value: float | None) -> str:
    """Days without trailing zeros, as the run's language writes them (``14.5``, ``14,5``)."""
    locale = cli.number_locale()
    return formatting.days(value) if locale is None or value is None else formatting.number(value, locale)


def _money(cents: int) -> str:
    """Grouped and plain in English (``1,350.00``), in the run's language otherwise (``1.350,00 €``)."""
    return amount(cents, grouped=True) if cli.language() == "en" else cli.money_text(cents)


#: The gifts with and without a quality, in the words of the window's insights page (not English runs).
_QUALITY_LABELS = {
    "personal": ("Personal", "Not personal"),
    "unexpected": ("Unexpected", "Not unexpected"),
    "meaningful": ("Meaningful", "Not meaningful"),
}


def _quality_labels(quality: str) -> tuple[str, str]:
    labels = _QUALITY_LABELS.get(quality)
    if cli.language() == "en" or labels is None:
        return cli.tr("with {quality}").format(quality=quality), cli.tr("without {quality}").format(
            quality=quality
        )
    return cli.label_text("InsightsView", labels[0]), cli.label_text("InsightsView", labels[1])


def _figures(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A cli.table of figures: the first column names the row, the others are numbers (aligned right)."""
    return cli.table(headers, rows, right=range(1, len(headers)), rule=True)


def _period(report: insights.Report) -> str:
    if not (report.date_from or report.date_to):
        return cli.tr("all gifts")
    start = day(report.date_from) if report.date_from else "…"
    end = day(report.date_to) if report.date_to else "…"
    return cli.tr("gifts from {start} to {end}").format(start=start, end=end)


def _by_kind(report: insights.Report) -> str:
    if not report.by_kind:
        return cli.tr("(no gifts)")
    rows = [
        (cli.value_text("gift", k.kind), k.gifts, k.prospects, k.reciprocated, _percent(k.rate), _days(k.median_days),
         _money(k.cost_cents), _money(k.order_value_cents))
        for k in report.by_kind
    ]  # fmt: skip
    headers = (
        cli.tr("kind"),
        cli.tr("gifts"),
        cli.tr("prospects"),
        cli.tr("reciprocated"),
        cli.tr("rate"),
        cli.tr("median days"),
        cli.tr("cost"),
        cli.tr("order value"),
    )
    return _figures(headers, rows)


def _gifted_or_not(report: insights.Report) -> str:
    rows = [
        (label, group.prospects, group.reciprocated, _percent(group.rate))
        for label, group in ((cli.tr("gifted"), report.gifted), (cli.tr("not gifted"), report.not_gifted))
    ]
    return _figures(
        (cli.tr("group"), cli.tr("prospects"), cli.tr("got something back"), cli.tr("rate")), rows
    )


def _by_quality(report: insights.Report) -> str:
    rows = [
        (label, figures.gifts, figures.reciprocated, _percent(figures.rate),
         _days(figures.median_days), _money(figures.cost_cents), _money(figures.order_value_cents))
        for q in report.by_quality
        for label, figures in zip(_quality_labels(q.quality), (q.with_, q.without), strict=True)
    ]  # fmt: skip
    headers = (
        cli.tr("gifts"),
        cli.tr("count"),
        cli.tr("reciprocated"),
        cli.tr("rate"),
        cli.tr("median days"),
        cli.tr("cost"),
        cli.tr("order value"),
    )
    return _figures(headers, rows)


def _by_outcome_kind(report: insights.Report) -> str:
    if not report.by_outcome_kind:
        return cli.tr("(no outcomes)")
    rows = [
        (
            cli.value_text("outcome", o.kind),
            o.all_outcomes,
            o.outcomes,
            _days(o.median_days),
            _money(o.value_cents),
        )
        for o in report.by_outcome_kind
    ]
    headers = (
        cli.tr("kind"),
        cli.tr("outcomes"),
        cli.tr("after a gift"),
        cli.tr("median days from gift"),
        cli.tr("value after a gift"),
    )
    return _figures(headers, rows)


#: Lines of the balance table written at a time (it has a line per prospect: 96,881 on an office store).
_CHUNK = 4096


def _write_balance(report: insights.Report, out) -> None:
    """The balance table, as :func:`cli.table` writes it (left-aligned names, right-aligned figures, no
    trailing spaces), from its columns: each cell formatted once, the lines written a chunk at a time."""
    balance = report.balance
    if not balance:
        out.write(cli.tr("(no prospect with gifts or outcomes)") + "\n")
        return
    # a locale's money is slow (Babel) and its values repeat: each formatted once
    money = _money if cli.language() == "en" else functools.cache(_money)
    columns = (
        [b.name for b in balance],
        [str(b.gifts) for b in balance],
        [money(b.gift_cost_cents) for b in balance],
        [str(b.outcomes) for b in balance],
        [money(b.order_value_cents) for b in balance],
        [money(b.net_cents) for b in balance],
    )
    headers = (
        cli.tr("prospect"),
        cli.tr("gifts"),
        cli.tr("gift cost"),
        cli.tr("outcomes"),
        cli.tr("order value"),
        cli.tr("net"),
    )
    widths = [max(len(header), *map(len, column)) for header, column in zip(headers, columns, strict=True)]
    line = "  ".join(
        f"{{:{'<' if i == 0 else '>'}{width}}}" for i, width in enumerate(widths)
    ).format  # fmt: skip
    out.write(line(*headers).rstrip() + "\n")
    out.write("  ".join("-" * width for width in widths) + "\n")
    rows = list(zip(*columns, strict=True))
    for start in range(0, len(rows), _CHUNK):
        out.write("".join(line(*row).rstrip() + "\n" for row in rows[start : start + _CHUNK]))


def write_text(report: insights.Report) -> None:
    """The report as text tables on stdout; the balance table streamed (:func:`_write_balance`)."""
    out = sys.stdout
    head = [
        cli.tr_n(
            "Reciprocity report: {period}; an outcome within %n day(s) of a gift reciprocates it.",
            report.window_days,
        ).format(period=_period(report)),
        "\n" + cli.tr("By gift kind"),
        _by_kind(report),
        "\n" + cli.tr("Gifted vs not gifted"),
        _gifted_or_not(report),
        "\n" + cli.tr("By quality of the gift"),
        _by_quality(report),
        "\n" + cli.tr("By outcome kind"),
        _by_outcome_kind(report),
        "\n" + cli.tr("Balance per prospect (order value minus gift cost)"),
    ]
    out.write("\n".join(head) + "\n")
    _write_balance(report, out)
