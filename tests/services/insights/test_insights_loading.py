"""What the Insights page loads: every part in one go, for the page's query, without Qt."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from reciprocity_desktop.services import insights, settings
from reciprocity_desktop.services.errors import ValidationError

TODAY = dt.date(2024, 6, 1)


@pytest.fixture
def data(build):
    a = build.prospect("Alpha GmbH")
    build.gift(a, "2024-01-10", "sample", 1000, reaction="liked")
    build.outcome(a, "2024-02-09", "order", 50000)  # 30 days later
    c = build.prospect("Gamma KG")
    build.gift(c, "2024-05-01", "analysis", 2000, description="Cost analysis")  # nothing back
    d = build.prospect("Delta OHG")
    build.outcome(d, "2023-06-20", "referral")  # before the chart's twelve months
    return {"A": a, "C": c}


def test_load_insights_gathers_every_part_of_the_page(store, data):
    query = insights.InsightsQuery(window_days=90, today=TODAY)
    loaded = insights.load_insights(store, query)
    assert loaded.query is query
    assert loaded.report == insights.compute(store, window_days=90)
    assert [r.name for r in loaded.unfollowed] == ["Gamma KG"]
    assert loaded.unfollowed == insights.unfollowed_gifted(store, today=TODAY)
    assert [(r.description, r.days_overdue) for r in loaded.overdue] == [("Cost analysis", 24)]
    assert [(r.prospect_id, r.step) for r in loaded.next_steps] == [(data["A"], "thank_order")]
    # the chart: the twelve months up to "today", the order in February
    assert [month for month, _ in loaded.months] == [insights.add_months(TODAY, k) for k in range(-11, 1)]
    assert [counts["order"] for _, counts in loaded.months] == [0] * 7 + [1] + [0] * 4
    assert sum(sum(counts.values()) for _, counts in loaded.months) == 1  # June 2023 is not shown
    assert loaded.currency == "EUR"
    assert set(loaded.timings) == {"compute", "unfollowed", "overdue", "next_steps", "months"}
    assert loaded.seconds >= sum(loaded.timings.values())


def test_the_query_chooses_window_period_and_chart(store, data):
    settings.set_(store, "currency", "CHF")
    query = insights.InsightsQuery(
        window_days=29, date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 31), today=TODAY
    )
    loaded = insights.load_insights(store, query)
    assert loaded.report.window_days == 29 and loaded.report.date_to == dt.date(2024, 3, 31)
    assert loaded.report.total.gifts == 1 and loaded.report.total.reciprocated == 0  # 30 days > 29
    assert loaded.next_steps == []
    assert loaded.months[0][0] == dt.date(2024, 1, 1)
    assert loaded.months[-1][0] == dt.date(2024, 4, 1)  # March 31 + 29 days
    assert loaded.currency == "CHF"


def test_a_start_after_the_end_is_refused(store, data):
    query = insights.InsightsQuery(date_from=dt.date(2024, 5, 1), date_to=dt.date(2024, 1, 1), today=TODAY)
    assert query.starts_after_end
    assert not insights.InsightsQuery(
        date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 1)
    ).starts_after_end
    with pytest.raises(ValidationError):
        insights.load_insights(store, query)


def test_today_defaults_to_the_real_date(store, data):
    loaded = insights.load_insights(store, insights.InsightsQuery())
    assert loaded.months[-1][0] == dt.date.today().replace(day=1)
    assert loaded.unfollowed[0].days_since == (dt.date.today() - dt.date(2024, 5, 1)).days


def test_the_insights_services_do_not_load_qt():
    code = (
        "import sys, reciprocity_desktop.services.insights, reciprocity_desktop.services.gift_register\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
