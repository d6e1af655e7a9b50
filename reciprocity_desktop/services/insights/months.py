"""Months for the "outcomes per month" chart: which months it shows, their labels, the counts.

A month is the date of its first day. The labels are data (the month's number and the year
as it is written); the window only puts the locale's month name in front.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Outcome, OutcomeKind, Prospect

#: How many months the "outcomes per month" chart shows at most.
MAX_CHART_MONTHS = 24
#: How many months it shows when no start date is chosen.
DEFAULT_CHART_MONTHS = 12

#: Outcomes per kind (every OutcomeKind, 0 when none) for each month, oldest first.
MonthCounts = list[tuple[dt.date, dict[str, int]]]


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (or, negative, before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def chart_months(
    window_days: int, date_from: dt.date | None, date_to: dt.date | None, today: dt.date
) -> tuple[dt.date, dt.date]:
    """First and last month of the outcomes chart: the period, at most MAX_CHART_MONTHS long.

    The period ends with the month of ``date_to`` plus the window (the last outcome that can
    count), or this month; it starts with ``date_from``'s month, or twelve months before the end.
    """
    end = month_start(date_to + dt.timedelta(days=window_days) if date_to else today)
    start = month_start(date_from) if date_from else add_months(end, -(DEFAULT_CHART_MONTHS - 1))
    if start > end:
        start = end
    if add_months(start, MAX_CHART_MONTHS) <= end:
        start = add_months(end, -(MAX_CHART_MONTHS - 1))
    return start, end


@dataclass(frozen=True)
class MonthLabel:
    """A month on the chart's axis: ``month`` (1–12) for the locale's short name, then ``year``."""

    month: int
    year: str  # "2024" when the chart shows one month, "24" when it shows several


def month_labels(months: Sequence[dt.date]) -> list[MonthLabel]:
    """The axis labels of ``months``: two-digit years when there are several, else the full year."""
    several = len(months) > 1
    return [MonthLabel(m.month, f"{m.year % 100:02d}" if several else str(m.year)) for m in months]


def outcomes_per_month(store: Store, start: dt.date, end: dt.date) -> MonthCounts:
    """Live outcomes counted per month and kind, for every month from ``start``'s to ``end``'s."""
    first, last = month_start(start), month_start(end)
    if first > last:
        return []
    months: dict[dt.date, dict[str, int]] = {}
    cursor = first
    while cursor <= last:
        months[cursor] = {kind.value: 0 for kind in OutcomeKind}
        cursor = add_months(cursor, 1)
    with store.read() as session:
        rows = session.execute(
            select(Outcome.date, Outcome.kind)
            .join(Prospect, Prospect.id == Outcome.prospect_id)
            .where(
                Outcome.deleted.is_(False),
                Prospect.deleted.is_(False),
                Outcome.date >= first,
                Outcome.date < add_months(last, 1),
            )
        )
        for day, kind in rows:
            bucket = months[month_start(day)]
            bucket[kind] = bucket.get(kind, 0) + 1
    return list(months.items())


def busiest_month(months: MonthCounts) -> int:
    """The most outcomes in one month (0 for none), for the chart's scale."""
    return max((sum(counts.values()) for _, counts in months), default=0)
