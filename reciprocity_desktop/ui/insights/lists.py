"""The Insights page's tables: the three lists to act on and the four tables of figures.

Each ``…_columns`` function describes one table for a :class:`RecordTableModel`; amounts go
through the page's :class:`~reciprocity_desktop.ui.insights.parts.MoneyText`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reciprocity_desktop.services.insights import GroupFigures, Report
from reciprocity_desktop.ui.insights.parts import ERROR_COLOUR, MoneyText
from reciprocity_desktop.ui.insights.texts import (
    count,
    days,
    kind_label,
    outcome_label,
    percent,
    quality_label,
    step_text,
)
from reciprocity_desktop.ui.labels import fmt_date, translate, translate_n, value_label
from reciprocity_desktop.ui.widgets.forms import ALIGN_RIGHT
from reciprocity_desktop.ui.widgets.tables import Column


@dataclass(frozen=True)
class QualityRow:
    """One line of the quality table: the gifts with (or without) one quality."""

    quality: str
    present: bool
    label: str
    figures: GroupFigures


def quality_rows(report: Report) -> list[QualityRow]:
    """Two rows per quality: the gifts with it and the gifts without it."""
    rows = []
    for quality in report.by_quality:
        label = quality_label(quality.quality)
        without = quality_label(quality.quality, without=True)
        rows.append(QualityRow(quality.quality, True, label, quality.with_))
        rows.append(QualityRow(quality.quality, False, without, quality.without))
    return rows


def _num(value: float | None) -> float:
    """A sort key that puts "no value" first."""
    return -1.0 if value is None else float(value)


def _count(header: str, value: Callable[[Any], int]) -> Column:
    return Column(header, lambda r: count(value(r)), sort_key=value, align=ALIGN_RIGHT)


def _amount(header: str, cents: Callable[[Any], int], money: MoneyText, **extra: Any) -> Column:
    return Column(header, lambda r: money(cents(r)), sort_key=cents, align=ALIGN_RIGHT, **extra)


def _days(header: str, value: Callable[[Any], float | None]) -> Column:
    return Column(header, lambda r: days(value(r)), sort_key=lambda r: _num(value(r)), align=ALIGN_RIGHT)


def _kind(header: str, short: Callable[[str], str]) -> Column:
    """A gift or outcome kind by its short name, the full name in the tooltip."""
    return Column(header, lambda r: short(r.kind), tooltip=lambda r: value_label(r.kind))


def figure_columns(
    figures: Callable[[Any], GroupFigures], money: MoneyText, *, with_prospects: bool
) -> list[Column]:
    """Gifts, (prospects,) reciprocated, rate, median days, cost and order value of a group of gifts."""
    columns = [_count(translate("InsightsView", "Gifts"), lambda r: figures(r).gifts)]
    if with_prospects:
        columns.append(_count(translate("InsightsView", "Prospects"), lambda r: figures(r).prospects))
    return [
        *columns,
        _count(translate("InsightsView", "Reciprocated"), lambda r: figures(r).reciprocated),
        Column(
            translate("InsightsView", "Rate"),
            lambda r: percent(figures(r).rate),
            sort_key=lambda r: _num(figures(r).rate),
            align=ALIGN_RIGHT,
        ),
        _days(translate("InsightsView", "Median days"), lambda r: figures(r).median_days),
        _amount(translate("InsightsView", "Cost"), lambda r: figures(r).cost_cents, money),
        _amount(translate("InsightsView", "Order value"), lambda r: figures(r).order_value_cents, money),
    ]


def unfollowed_columns() -> list[Column]:
    """Whom to follow up: the prospect, the latest gift, when it was given and how long ago."""
    return [
        Column(
            translate("InsightsView", "Prospect"), lambda r: r.name, tooltip=lambda r: f"{r.name}, {r.city}"
        ),
        Column(
            translate("InsightsView", "Latest gift"),
            lambda r: kind_label(r.gift_kind),
            tooltip=lambda r: f"{value_label(r.gift_kind)}: {r.description}",
        ),
        Column(
            translate("InsightsView", "Given"),
            lambda r: fmt_date(r.gift_date),
            sort_key=lambda r: r.gift_date.toordinal(),
        ),
        Column(
            translate("InsightsView", "Days since"),
            lambda r: count(r.days_since),
            sort_key=lambda r: r.days_since,
            align=ALIGN_RIGHT,
        ),
    ]


def overdue_columns() -> list[Column]:
    return [
        Column(translate("InsightsView", "Prospect"), lambda r: r.name),
        Column(
            translate("InsightsView", "Gift"),
            lambda r: r.description,
            tooltip=lambda r: f"{value_label(r.gift_kind)}: {r.description} ({fmt_date(r.gift_date)})",
        ),
        Column(
            translate("InsightsView", "Due"), lambda r: fmt_date(r.due), sort_key=lambda r: r.due.toordinal()
        ),
        Column(
            translate("InsightsView", "Overdue"),
            lambda r: translate("InsightsView", "{n} d").format(n=r.days_overdue),
            sort_key=lambda r: r.days_overdue,
            align=ALIGN_RIGHT,
            tooltip=lambda r: translate_n("InsightsView", "%n day(s) overdue", r.days_overdue),
        ),
        Column(
            translate("InsightsView", "Asked"),
            lambda r: translate("InsightsView", "yes") if r.asked else translate("InsightsView", "no"),
            tooltip=lambda r: (
                translate("InsightsView", "Asked, but the reaction was not recorded")
                if r.asked
                else translate("InsightsView", "Not asked yet")
            ),
        ),
    ]


def steps_columns(money: MoneyText) -> list[Column]:
    def prospect_tooltip(r) -> str:
        return translate("InsightsView", "{name}, {city} · {outcomes} outcomes, orders {orders}").format(
            name=r.name, city=r.city, outcomes=r.outcomes, orders=money(r.order_value_cents)
        )

    return [
        Column(translate("InsightsView", "Prospect"), lambda r: r.name, tooltip=prospect_tooltip),
        Column(
            translate("InsightsView", "Latest outcome"),
            lambda r: outcome_label(r.last_outcome_kind),
            sort_key=lambda r: r.last_outcome_date.toordinal(),
            tooltip=lambda r: f"{value_label(r.last_outcome_kind)}, {fmt_date(r.last_outcome_date)}",
        ),
        Column(translate("InsightsView", "Suggested next step"), step_text, tooltip=step_text),
    ]


def kind_columns(money: MoneyText) -> list[Column]:
    return [
        _kind(translate("InsightsView", "Gift kind"), kind_label),
        *figure_columns(lambda k: k, money, with_prospects=True),
    ]


def quality_columns(money: MoneyText) -> list[Column]:
    return [
        Column(translate("InsightsView", "Gifts that were…"), lambda q: q.label),
        *figure_columns(lambda q: q.figures, money, with_prospects=False),
    ]


def outcome_columns(money: MoneyText) -> list[Column]:
    return [
        _kind(translate("InsightsView", "Outcome kind"), outcome_label),
        _count(translate("InsightsView", "All"), lambda o: o.all_outcomes),
        _count(translate("InsightsView", "After a gift"), lambda o: o.outcomes),
        _days(translate("InsightsView", "Median days from gift"), lambda o: o.median_days),
        _amount(translate("InsightsView", "Value after a gift"), lambda o: o.value_cents, money),
    ]


#: The balance table's sort key of each column (see services.insights.report.BALANCE_SORTS).
BALANCE_SORT_KEYS = ["name", "gifts", "cost", "outcomes", "orders", "net"]


def balance_columns(money: MoneyText) -> list[Column]:
    return [
        Column(
            translate("InsightsView", "Prospect"), lambda b: b.name, tooltip=lambda b: f"{b.name}, {b.city}"
        ),
        _count(translate("InsightsView", "Gifts"), lambda b: b.gifts),
        _amount(translate("InsightsView", "Gift cost"), lambda b: b.gift_cost_cents, money),
        _count(translate("InsightsView", "Outcomes"), lambda b: b.outcomes),
        _amount(translate("InsightsView", "Order value"), lambda b: b.order_value_cents, money),
        _amount(
            translate("InsightsView", "Net"),
            lambda b: b.net_cents,
            money,
            foreground=lambda b: ERROR_COLOUR if b.net_cents < 0 else None,
        ),
    ]
