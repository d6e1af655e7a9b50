"""One definition of "gifted, no follow-up yet": Today, the prospect filter and Insights list the same prospects.

Before, Today listed prospects gifted and never followed up at all, Insights those not followed up since
their latest gift, and the demo store read 9 on Today and 7 on Insights.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import demo, insights, prospects, visits
from reciprocity_desktop.services import insights_lists_sql as sql
from reciprocity_desktop.services.prospects import ProspectFilter

TODAY = dt.date(2024, 6, 1)


def everywhere(store, today: dt.date) -> dict[str, tuple[int, set[str]]]:
    """Each surface's count and prospect ids (Today's list is whole here: fewer rows than a panel)."""
    overview = visits.today_overview(store, today)
    filtered = prospects.list_prospects(store, ProspectFilter(gifted_no_followup=True))
    rows = insights.unfollowed_gifted(store, today=today)
    query = sql.ListQuery(today=today)
    page = sql.load_page(store, insights.InsightsQuery(today=today))
    try:
        loaded = (page.counts[sql.UNFOLLOWED], {r.prospect_id for r in page.unfollowed})
    finally:
        page.close()
    return {
        "today": (overview.waiting_total, {r.prospect_id for r in overview.waiting}),
        "today counted apart": (visits.today_totals(store, today, ["waiting"])["waiting"], set()),
        "prospect filter": (
            prospects.count_prospects(store, ProspectFilter(gifted_no_followup=True)),
            {p.id for p in filtered},
        ),
        "insights": (len(rows), {r.prospect_id for r in rows}),
        "insights sql": (
            sql.count(store, sql.UNFOLLOWED, query),
            {r.prospect_id for r in sql.page(store, sql.UNFOLLOWED, query)},
        ),
        "insights page": loaded,
    }


def agree(found: dict[str, tuple[int, set[str]]]) -> tuple[int, set[str]]:
    counts = {name: count for name, (count, _) in found.items()}
    assert len(set(counts.values())) == 1, counts
    listed = {name: ids for name, (_, ids) in found.items() if name != "today counted apart"}
    first = next(iter(listed.values()))
    assert all(ids == first for ids in listed.values()), listed
    return next(iter(counts.values())), first


def test_a_constructed_store_gives_the_same_prospects_everywhere(store, build):
    waiting = {}
    p = build.prospect("Scheduled, not done")
    g = build.gift(p, "2024-05-01", "sample")
    build.followup(p, "2024-05-08", gift_id=g)
    waiting["Scheduled, not done"] = p
    p = build.prospect("Followed up")
    g = build.gift(p, "2024-05-01")
    build.followup(p, "2024-05-08", gift_id=g, done_on="2024-05-09")
    build.gift(build.prospect("Reaction known"), "2024-05-01", reaction="liked")
    p = build.prospect("Answered with an outcome")
    build.gift(p, "2024-04-01")
    build.outcome(p, "2024-04-15", "conversation")
    p = build.prospect("Gifted again since")  # followed up once, then a new gift nobody followed up
    build.gift(p, "2024-03-01")
    build.followup(p, "2024-03-05", done_on="2024-03-05")
    build.outcome(p, "2024-03-20", "meeting")
    build.gift(p, "2024-05-10", "event", description="Invitation to the fair")
    waiting["Gifted again since"] = p
    p = build.prospect("Latest gift deleted")  # the earlier gift was followed up: nothing waits
    build.gift(p, "2024-04-01")
    build.followup(p, "2024-04-08", done_on="2024-04-08")
    build.gift(p, "2024-05-20", deleted=True)
    build.gift(build.prospect("Only a deleted gift"), "2024-05-01", deleted=True)
    p = build.prospect("Done follow-up deleted")
    g = build.gift(p, "2024-05-01")
    build.followup(p, "2024-05-08", gift_id=g, done_on="2024-05-08", deleted=True)
    waiting["Done follow-up deleted"] = p
    build.gift(build.prospect("Gone", deleted=True), "2024-05-01")
    build.prospect("Never gifted")

    count, ids = agree(everywhere(store, TODAY))
    assert (count, ids) == (3, set(waiting.values()))
    rows = {r.name: (r.gift_date, r.days_since) for r in visits.today_overview(store, TODAY).waiting}
    assert rows == {
        "Scheduled, not done": (dt.date(2024, 5, 1), 31),
        "Gifted again since": (dt.date(2024, 5, 10), 22),
        "Done follow-up deleted": (dt.date(2024, 5, 1), 31),
    }


@pytest.mark.parametrize("today", [dt.date(2026, 3, 18), dt.date.today()])
def test_the_demo_store_gives_the_same_count_on_today_and_in_insights(store, today):
    demo.load_demo(store, today=today)
    count, ids = agree(everywhere(store, today))
    assert count == 7 and len(ids) == 7


def test_todays_first_rows_walk_the_prospect_list_index(store):
    """Today's rows by name: SQLite walks ix_prospects_list and stops at the limit (no sort of them all)."""
    from sqlalchemy.dialects import sqlite

    from reciprocity_desktop.services import unfollowed

    statement = unfollowed.by_name(unfollowed.waiting_rows()).limit(visits.PANEL_LIMIT)
    text = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with store.read() as session:
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {text}").fetchall()
    outer = [detail for _id, parent, _unused, detail in plan if parent == 0]
    assert outer[0] == "SCAN prospects USING INDEX ix_prospects_list"
    assert not [detail for detail in outer if "TEMP B-TREE" in detail]
