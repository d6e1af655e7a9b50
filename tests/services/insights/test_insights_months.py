"""The months of the outcomes chart: which months, their labels, the counts per kind."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import insights

TODAY = dt.date(2024, 6, 1)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_outcomes_per_month(store, build):
    p = build.prospect("Monthly")
    build.outcome(p, "2024-01-31", "order", 100)
    build.outcome(p, "2024-01-01", "meeting")
    build.outcome(p, "2024-03-15", "order")
    build.outcome(p, "2024-03-16", "order", deleted=True)
    build.outcome(p, "2024-04-01", "order")  # after the range
    months = insights.outcomes_per_month(store, dt.date(2024, 1, 20), dt.date(2024, 3, 2))
    assert [m for m, _ in months] == [dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 3, 1)]
    assert months[0][1]["order"] == 1 and months[0][1]["meeting"] == 1
    assert sum(months[1][1].values()) == 0
    assert months[2][1] == {"conversation": 0, "referral": 0, "meeting": 0, "order": 1, "other": 0}
    assert insights.outcomes_per_month(store, dt.date(2024, 3, 1), dt.date(2024, 1, 1)) == []


def test_add_months_crosses_years():
    assert insights.add_months(dt.date(2023, 12, 15), 1) == dt.date(2024, 1, 1)
    assert insights.add_months(dt.date(2024, 1, 1), -13) == dt.date(2022, 12, 1)


@pytest.mark.parametrize(
    ("window", "start", "end", "expected"),
    [
        # no period: the twelve months up to this month
        (90, None, None, ("2023-07-01", "2024-06-01")),
        # an end date: up to the month of the end plus the window (the last outcome that counts)
        (90, None, "2024-01-15", ("2023-05-01", "2024-04-01")),
        (0, None, "2024-01-15", ("2023-02-01", "2024-01-01")),
        # a start date: from its month
        (90, "2024-03-20", None, ("2024-03-01", "2024-06-01")),
        (30, "2023-11-02", "2024-01-10", ("2023-11-01", "2024-02-01")),
        # a start after this month: one month only, not a reversed range
        (90, "2024-09-01", None, ("2024-06-01", "2024-06-01")),
        # at most 24 months: the latest ones
        (90, "2020-01-01", None, ("2022-07-01", "2024-06-01")),
        (90, "2022-07-01", None, ("2022-07-01", "2024-06-01")),
        (90, "2022-06-30", None, ("2022-07-01", "2024-06-01")),
    ],
)
def test_chart_months(window, start, end, expected):
    got = insights.chart_months(window, d(start) if start else None, d(end) if end else None, TODAY)
    assert got == (d(expected[0]), d(expected[1]))
    query = insights.InsightsQuery(window, d(start) if start else None, d(end) if end else None)
    assert query.chart_months(TODAY) == got


def test_month_labels_use_two_digit_years_when_there_are_several():
    months = [dt.date(2023, 12, 1), dt.date(2024, 1, 1), dt.date(2005, 3, 1)]
    assert insights.month_labels(months) == [
        insights.MonthLabel(12, "23"),
        insights.MonthLabel(1, "24"),
        insights.MonthLabel(3, "05"),
    ]
    assert insights.month_labels([dt.date(2024, 2, 1)]) == [insights.MonthLabel(2, "2024")]
    assert insights.month_labels([]) == []


def test_busiest_month():
    assert insights.busiest_month([]) == 0
    months = [(dt.date(2024, 1, 1), {"order": 2, "meeting": 1}), (dt.date(2024, 2, 1), {"order": 4})]
    assert insights.busiest_month(months) == 4
