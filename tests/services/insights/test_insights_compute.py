"""Exact figures of insights.compute on small hand-computed data sets."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import insights
from reciprocity_desktop.services.errors import ValidationError


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture
def sample(build):
    """The data set worked out by hand in the comments below (window 90 days)."""
    ids = {}
    ids["A"] = a = build.prospect("Alpha GmbH")
    ids["B"] = b = build.prospect("Beta AG")
    ids["C"] = c = build.prospect("Gamma KG")
    ids["D"] = dd = build.prospect("Delta OHG")  # no gift, one outcome
    ids["E"] = build.prospect("Epsilon e.K.")  # no gift, nothing back
    x = build.prospect("Deleted Ltd", deleted=True)
    # A: two samples and a content gift before one order: all three reciprocated, order once per kind.
    build.gift(a, "2024-01-10", "sample", 1000, personal=True)  # 51 days to 2024-03-01 (leap year)
    build.gift(a, "2024-02-01", "sample", 500, unexpected=True)  # 29 days
    build.gift(a, "2024-02-15", "content", 300)  # 15 days
    build.gift(a, "2024-01-05", "event", 9999, deleted=True)  # deleted: never counts
    build.outcome(a, "2024-03-01", "order", 20000)
    # B: an outcome before the gift (does not count), one exactly 90 days after (counts).
    build.gift(b, "2024-01-01", "content", 0, meaningful=True)
    build.outcome(b, "2023-12-15", "conversation")
    build.outcome(b, "2024-03-31", "meeting")  # 2024-01-01 + 90 days
    # C: the order comes 91 days after the gift (too late); a deleted order in time is ignored.
    build.gift(c, "2024-01-01", "analysis", 2500, personal=True, meaningful=True)
    build.outcome(c, "2024-04-01", "order", 5000)
    build.outcome(c, "2024-01-15", "order", 7777, deleted=True)
    build.outcome(dd, "2024-02-10", "referral")
    # A deleted prospect's gifts and outcomes never count.
    build.gift(x, "2024-01-01", "sample", 3000)
    build.outcome(x, "2024-01-02", "order", 1000)
    return ids


def by(rows, key, value):
    (match,) = [r for r in rows if r[key] == value]
    return match


def test_by_kind_exact(store, sample):
    data = insights.compute(store).to_json()
    assert data["window_days"] == 90 and data["from"] is None and data["to"] is None
    assert [k["kind"] for k in data["by_kind"]] == ["sample", "content", "analysis"]
    assert by(data["by_kind"], "kind", "sample") == {
        "kind": "sample",
        "gifts": 2,
        "prospects": 1,
        "reciprocated": 2,
        "rate": 1.0,
        "median_days": 40,  # median of 51 and 29
        "cost": 15,
        "order_value": 200,  # one order reciprocating two samples: counted once
    }
    assert by(data["by_kind"], "kind", "content") == {
        "kind": "content",
        "gifts": 2,
        "prospects": 2,
        "reciprocated": 2,
        "rate": 1.0,
        "median_days": 52.5,  # 15 and 90 (the last day of the window counts)
        "cost": 3,
        "order_value": 200,
    }
    assert by(data["by_kind"], "kind", "analysis") == {
        "kind": "analysis",
        "gifts": 1,
        "prospects": 1,
        "reciprocated": 0,
        "rate": 0.0,
        "median_days": None,
        "cost": 25,
        "order_value": 0,  # the order came 91 days later; the deleted one never counts
    }


def test_gifted_vs_not_gifted(store, sample):
    data = insights.compute(store).to_json()
    assert data["gifted"] == {"prospects": 3, "reciprocated": 2, "rate": 0.6667}
    assert data["not_gifted"] == {"prospects": 2, "reciprocated": 1, "rate": 0.5}


def test_by_quality_exact(store, sample):
    data = insights.compute(store).to_json()
    assert [q["quality"] for q in data["by_quality"]] == ["personal", "unexpected", "meaningful"]
    personal = by(data["by_quality"], "quality", "personal")
    assert personal["with"] == {
        "gifts": 2,
        "reciprocated": 1,
        "rate": 0.5,
        "median_days": 51,
        "cost": 35,
        "order_value": 200,
    }
    assert personal["without"] == {
        "gifts": 3,
        "reciprocated": 3,
        "rate": 1.0,
        "median_days": 29,
        "cost": 8,
        "order_value": 200,
    }
    unexpected = by(data["by_quality"], "quality", "unexpected")
    assert unexpected["with"] == {
        "gifts": 1,
        "reciprocated": 1,
        "rate": 1.0,
        "median_days": 29,
        "cost": 5,
        "order_value": 200,
    }
    assert unexpected["without"] == {
        "gifts": 4,
        "reciprocated": 3,
        "rate": 0.75,
        "median_days": 51,
        "cost": 38,
        "order_value": 200,
    }
    meaningful = by(data["by_quality"], "quality", "meaningful")
    assert meaningful["with"] == {
        "gifts": 2,
        "reciprocated": 1,
        "rate": 0.5,
        "median_days": 90,
        "cost": 25,
        "order_value": 0,
    }
    assert meaningful["without"]["median_days"] == 29 and meaningful["without"]["order_value"] == 200


def test_by_outcome_kind_exact(store, sample):
    data = insights.compute(store).to_json()
    assert data["by_outcome_kind"] == [
        {
            "kind": "conversation",
            "outcomes": 0,
            "median_days": None,
            "value": 0,
            "all_outcomes": 1,
            "all_value": 0,
        },
        {
            "kind": "referral",
            "outcomes": 0,
            "median_days": None,
            "value": 0,
            "all_outcomes": 1,
            "all_value": 0,
        },
        {"kind": "meeting", "outcomes": 1, "median_days": 90, "value": 0, "all_outcomes": 1, "all_value": 0},
        # the order reciprocates three gifts; days from the latest of them (2024-02-15)
        {
            "kind": "order",
            "outcomes": 1,
            "median_days": 15,
            "value": 200,
            "all_outcomes": 2,
            "all_value": 250,
        },
    ]


def test_balance_exact(store, sample):
    data = insights.compute(store).to_json()
    assert data["balance"] == [
        {
            "prospect_id": sample["A"],
            "name": "Alpha GmbH",
            "gifts": 3,
            "gift_cost": 18,
            "outcomes": 1,
            "order_value": 200,
            "net": 182,
        },
        {
            "prospect_id": sample["C"],
            "name": "Gamma KG",
            "gifts": 1,
            "gift_cost": 25,
            "outcomes": 1,
            "order_value": 50,
            "net": 25,
        },
        {
            "prospect_id": sample["B"],
            "name": "Beta AG",
            "gifts": 1,
            "gift_cost": 0,
            "outcomes": 2,
            "order_value": 0,
            "net": 0,
        },
        {
            "prospect_id": sample["D"],
            "name": "Delta OHG",
            "gifts": 0,
            "gift_cost": 0,
            "outcomes": 1,
            "order_value": 0,
            "net": 0,
        },
    ]


def test_smaller_window_changes_figures(store, sample):
    sample_kind = by(insights.compute(store, window_days=29).to_json()["by_kind"], "kind", "sample")
    assert (sample_kind["reciprocated"], sample_kind["median_days"], sample_kind["order_value"]) == (
        1,
        29,
        200,
    )
    sample_kind = by(insights.compute(store, window_days=28).to_json()["by_kind"], "kind", "sample")
    assert (sample_kind["reciprocated"], sample_kind["rate"], sample_kind["median_days"]) == (0, 0.0, None)
    assert sample_kind["order_value"] == 0
    content = by(insights.compute(store, window_days=89).to_json()["by_kind"], "kind", "content")
    assert content["reciprocated"] == 1  # B's meeting on day 90 is now too late


def test_date_range_restricts_gifts_not_outcomes(store, sample):
    report = insights.compute(store, date_from=d("2024-01-02"), date_to=d("2024-02-10")).to_json()
    assert report["from"] == "2024-01-02" and report["to"] == "2024-02-10"
    # only A's two samples; the order on 2024-03-01 (after --to) still reciprocates them
    assert [(k["kind"], k["gifts"], k["reciprocated"], k["order_value"]) for k in report["by_kind"]] == [
        ("sample", 2, 2, 200)
    ]
    assert report["gifted"] == {"prospects": 1, "reciprocated": 1, "rate": 1.0}
    # not gifted = never gifted (D, E); D's referral on 2024-02-10 lies in the period
    assert report["not_gifted"] == {"prospects": 2, "reciprocated": 1, "rate": 0.5}
    later = insights.compute(store, date_from=d("2024-02-11")).to_json()
    assert later["not_gifted"] == {"prospects": 2, "reciprocated": 0, "rate": 0.0}
    assert [(k["kind"], k["gifts"]) for k in later["by_kind"]] == [("content", 1)]


def test_gift_on_last_day_of_range_with_outcome_after_to(store, build):
    p = build.prospect("Edge")
    build.gift(p, "2024-06-30", "trial", 100)
    build.outcome(p, "2024-09-28", "order", 900)  # 2024-06-30 + 90 days, after --to
    data = insights.compute(store, date_from=d("2024-06-01"), date_to=d("2024-06-30")).to_json()
    assert data["by_kind"][0]["reciprocated"] == 1 and data["by_kind"][0]["order_value"] == 9
    assert data["by_kind"][0]["median_days"] == 90
    assert data["balance"][0]["order_value"] == 9  # outcomes up to --to + window count in the balance


def test_outcome_exactly_window_days_after_counts_one_more_does_not(store, build):
    p = build.prospect("On time")
    q = build.prospect("Too late")
    build.gift(p, "2024-05-01", "sample")
    build.gift(q, "2024-05-01", "sample")
    build.outcome(p, "2024-05-31", "meeting")  # +30
    build.outcome(q, "2024-06-01", "meeting")  # +31
    kind = insights.compute(store, window_days=30).to_json()["by_kind"][0]
    assert (kind["gifts"], kind["reciprocated"], kind["rate"], kind["median_days"]) == (2, 1, 0.5, 30)
    same_day = insights.compute(store, window_days=0).to_json()["by_kind"][0]
    assert same_day["reciprocated"] == 0


def test_outcome_same_day_as_gift_counts_with_zero_window(store, build):
    p = build.prospect("Quick")
    build.gift(p, "2024-05-01", "event")
    build.outcome(p, "2024-05-01", "conversation")
    kind = insights.compute(store, window_days=0).to_json()["by_kind"][0]
    assert (kind["reciprocated"], kind["median_days"]) == (1, 0)


def test_no_gifts_at_all(store, build):
    build.prospect("Lonely")
    p = build.prospect("Busy")
    build.outcome(p, "2024-01-01", "order", 1250)
    data = insights.compute(store).to_json()
    assert data["by_kind"] == []
    assert data["gifted"] == {"prospects": 0, "reciprocated": 0, "rate": None}
    assert data["not_gifted"] == {"prospects": 2, "reciprocated": 1, "rate": 0.5}
    for quality in data["by_quality"]:
        for side in ("with", "without"):
            assert quality[side] == {
                "gifts": 0,
                "reciprocated": 0,
                "rate": None,
                "median_days": None,
                "cost": 0,
                "order_value": 0,
            }
    assert data["by_outcome_kind"] == [
        {
            "kind": "order",
            "outcomes": 0,
            "median_days": None,
            "value": 0,
            "all_outcomes": 1,
            "all_value": 12.5,
        }
    ]
    assert data["balance"][0]["net"] == 12.5


def test_empty_store_has_null_rates(store):
    data = insights.compute(store).to_json()
    assert data["gifted"]["rate"] is None and data["not_gifted"]["rate"] is None
    assert data["by_kind"] == [] and data["balance"] == [] and data["by_outcome_kind"] == []


def test_only_deleted_gifts_count_as_no_gifts(store, build):
    p = build.prospect("Ghost gifts")
    build.gift(p, "2024-01-01", "sample", 500, deleted=True)
    build.outcome(p, "2024-01-02", "order", 500, deleted=True)
    data = insights.compute(store).to_json()
    assert data["by_kind"] == [] and data["balance"] == []
    assert data["not_gifted"] == {"prospects": 1, "reciprocated": 0, "rate": 0.0}


def test_money_as_decimal_amounts():
    assert insights.money(1250) == 12.5
    assert insights.money(1200) == 12
    assert insights.money(1) == 0.01
    assert insights.money(0) == 0


@pytest.mark.parametrize(
    ("window", "start", "end"),
    [(-1, None, None), (insights.MAX_WINDOW_DAYS + 1, None, None), (90, "2024-02-01", "2024-01-01")],
)
def test_bad_parameters_are_refused(store, window, start, end):
    with pytest.raises(ValidationError):
        insights.compute(
            store, window_days=window, date_from=d(start) if start else None, date_to=d(end) if end else None
        )
