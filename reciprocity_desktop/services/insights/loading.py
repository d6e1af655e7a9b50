"""What the Insights page shows, loaded in one go: the report, the lists, the months of the chart.

:func:`load_insights` is the job the page runs on a worker thread (no Qt; one read session
per part). On a large store it takes about half a second for 10,000 prospects and 30,000
gifts, longer than the GUI thread may block.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reciprocity_desktop.services import settings
from reciprocity_desktop.services.insights.figures import DEFAULT_WINDOW_DAYS, Report
from reciprocity_desktop.services.insights.lists import (
    NextStepRow,
    OverdueReactionRow,
    UnfollowedRow,
    next_steps,
    overdue_reactions,
    unfollowed_gifted,
)
from reciprocity_desktop.services.insights.months import MonthCounts, chart_months, outcomes_per_month
from reciprocity_desktop.services.insights.report import compute
from reciprocity_desktop.store import Store


@dataclass(frozen=True)
class InsightsQuery:
    """What the page asks for: the window and the gift period (``today`` fixed by tests)."""

    window_days: int = DEFAULT_WINDOW_DAYS
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    today: dt.date | None = None

    @property
    def starts_after_end(self) -> bool:
        return bool(self.date_from and self.date_to and self.date_from > self.date_to)

    def chart_months(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """First and last month of the outcomes chart (see :func:`months.chart_months`)."""
        return chart_months(self.window_days, self.date_from, self.date_to, today)


@dataclass
class InsightsData:
    """Everything the page shows, computed in one go."""

    query: InsightsQuery
    report: Report
    unfollowed: list[UnfollowedRow]
    overdue: list[OverdueReactionRow]
    next_steps: list[NextStepRow]
    months: MonthCounts
    currency: str = "EUR"
    seconds: float = 0.0
    #: Seconds each part took: "compute", "unfollowed", "overdue", "next_steps", "months".
    timings: dict[str, float] = field(default_factory=dict)


def load_insights(store: Store, query: InsightsQuery) -> InsightsData:
    """Compute the figures, the lists and the chart series (no Qt; safe on any thread)."""
    today = query.today or dt.date.today()
    window, start, end = query.window_days, query.date_from, query.date_to
    first, last = query.chart_months(today)
    parts: dict[str, Callable[[], Any]] = {
        "compute": lambda: compute(store, window_days=window, date_from=start, date_to=end),
        "unfollowed": lambda: unfollowed_gifted(store, today=today),
        "overdue": lambda: overdue_reactions(store, today=today),
        "next_steps": lambda: next_steps(store, window_days=window, date_from=start, date_to=end),
        "months": lambda: outcomes_per_month(store, first, last),
    }
    began = time.perf_counter()
    results: dict[str, Any] = {}
    timings: dict[str, float] = {}
    for name, part in parts.items():
        part_began = time.perf_counter()
        results[name] = part()
        timings[name] = time.perf_counter() - part_began
    return InsightsData(
        query,
        results["compute"],
        results["unfollowed"],
        results["overdue"],
        results["next_steps"],
        results["months"],
        currency=str(settings.get(store, "currency")),
        seconds=time.perf_counter() - began,
        timings=timings,
    )
