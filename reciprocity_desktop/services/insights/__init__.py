"""Reciprocity insights: which gifts lead to what, how fast, at what cost (PRODUCT.md §4.5).

Definitions (also in ``docs/insights.md`` and in the Insights view's help):

* A gift is **reciprocated** when its prospect has an outcome of any kind dated on or
  after the gift's date and at most ``window_days`` (default 90) after it.
* An outcome **reciprocates** a gift under the same condition (same prospect, dated from
  the gift's date to ``window_days`` after it).
* ``date_from`` / ``date_to`` restrict the gifts considered by gift date. Outcomes may fall
  after ``date_to`` within the window. Figures that count outcomes on their own (the
  not-gifted group, outcomes per kind, the balance) take outcomes dated from ``date_from``
  to ``date_to + window_days`` (each bound only when given).
* Deleted records never count, nor do gifts and outcomes of deleted prospects.
* Rates are ``None`` when their denominator is 0.

The modules:

* :mod:`.figures` — the figures (:class:`Report`, and the classes of its parts), their JSON
  and the parameter checks;
* :mod:`.matching` — reading gifts and outcomes, matching them within the window;
* :mod:`.report` — :func:`compute`, the report;
* :mod:`.lists` — the lists to act on (not followed up, reaction overdue, next steps);
* :mod:`.months` — the months of the outcomes chart, their labels and counts;
* :mod:`.loading` — :func:`load_insights`, everything the Insights page shows in one go.

Nothing here imports Qt; every function opens its own read session and can run off the
GUI thread.
"""

from __future__ import annotations

from reciprocity_desktop.services.insights.figures import (
    DEFAULT_WINDOW_DAYS,
    MAX_WINDOW_DAYS,
    QUALITIES,
    GroupFigures,
    Report,
    check_params,
    money,
)
from reciprocity_desktop.services.insights.lists import (
    NEXT_STEPS,
    NextStepRow,
    OverdueReactionRow,
    UnfollowedRow,
    next_step_rule,
    next_steps,
    overdue_reactions,
    unfollowed_gifted,
)
from reciprocity_desktop.services.insights.loading import InsightsData, InsightsQuery, load_insights
from reciprocity_desktop.services.insights.months import (
    MAX_CHART_MONTHS,
    MonthCounts,
    MonthLabel,
    add_months,
    busiest_month,
    chart_months,
    month_labels,
    month_start,
    outcomes_per_month,
)
from reciprocity_desktop.services.insights.report import compute

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "MAX_CHART_MONTHS",
    "MAX_WINDOW_DAYS",
    "NEXT_STEPS",
    "QUALITIES",
    "GroupFigures",
    "InsightsData",
    "InsightsQuery",
    "MonthCounts",
    "MonthLabel",
    "NextStepRow",
    "OverdueReactionRow",
    "Report",
    "UnfollowedRow",
    "add_months",
    "busiest_month",
    "chart_months",
    "check_params",
    "compute",
    "load_insights",
    "money",
    "month_labels",
    "month_start",
    "next_step_rule",
    "next_steps",
    "outcomes_per_month",
    "overdue_reactions",
    "unfollowed_gifted",
]
