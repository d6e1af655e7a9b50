"""The lists to act on: not followed up, reaction overdue, next steps."""

from __future__ import annotations

import datetime as dt

from reciprocity_desktop.services import insights, settings

TODAY = dt.date(2024, 6, 1)


def test_unfollowed_gifted(store, build):
    p1 = build.prospect("One")
    g1 = build.gift(p1, "2024-05-01", "sample")
    build.followup(p1, "2024-05-08", gift_id=g1)  # scheduled, not done
    p2 = build.prospect("Two")
    g2 = build.gift(p2, "2024-05-01")
    build.followup(p2, "2024-05-08", gift_id=g2, done_on="2024-05-09")
    p3 = build.prospect("Three")
    build.gift(p3, "2024-05-01", reaction="liked")
    p4 = build.prospect("Four")
    build.gift(p4, "2024-04-01")
    build.outcome(p4, "2024-04-15", "conversation")
    p5 = build.prospect("Five")
    build.gift(p5, "2024-03-01")
    build.followup(p5, "2024-03-05", done_on="2024-03-05")
    build.gift(p5, "2024-05-10", "event", description="Invitation to the fair")  # nobody followed this one up
    p6 = build.prospect("Six")
    build.gift(p6, "2024-05-01", deleted=True)
    p7 = build.prospect("Seven")
    g7 = build.gift(p7, "2024-05-01")
    build.followup(p7, "2024-05-08", gift_id=g7, done_on="2024-05-08", deleted=True)  # deleted: not done
    gone = build.prospect("Gone", deleted=True)
    build.gift(gone, "2024-05-01")

    rows = insights.unfollowed_gifted(store, today=TODAY)
    assert [(r.name, r.gift_date, r.days_since) for r in rows] == [
        ("One", dt.date(2024, 5, 1), 31),
        ("Seven", dt.date(2024, 5, 1), 31),
        ("Five", dt.date(2024, 5, 10), 22),
    ]
    assert rows[2].gift_kind == "event" and rows[2].description == "Invitation to the fair"
    assert rows[0].prospect_id == p1


def test_overdue_reactions(store, build):
    p = build.prospect("Nord")
    q = build.prospect("Süd")
    g1 = build.gift(p, "2024-05-01", "sample", description="Probe")
    build.followup(p, "2024-05-08", gift_id=g1)
    build.gift(q, "2024-05-20", "content")  # no follow-up: due 7 days later (setting)
    build.gift(q, "2024-05-28")  # due 2024-06-04: not yet
    build.gift(p, "2024-04-01", reaction="liked")
    g5 = build.gift(q, "2024-05-20")
    build.followup(q, "2024-06-01", gift_id=g5)  # due today: not overdue yet
    g6 = build.gift(p, "2024-05-03", "analysis")
    build.followup(p, "2024-05-10", gift_id=g6, done_on="2024-05-10")  # asked, reaction never typed in
    build.gift(p, "2024-01-01", deleted=True)

    rows = insights.overdue_reactions(store, today=TODAY)
    assert [(r.name, r.gift_kind, r.due, r.days_overdue, r.asked) for r in rows] == [
        ("Nord", "sample", dt.date(2024, 5, 8), 24, False),
        ("Nord", "analysis", dt.date(2024, 5, 10), 22, True),
        ("Süd", "content", dt.date(2024, 5, 27), 5, False),
    ]
    assert rows[0].gift_id == g1 and rows[0].description == "Probe"

    settings.set_(store, "feedback_delay_days", 14)
    assert [r.gift_kind for r in insights.overdue_reactions(store, today=TODAY)] == ["sample", "analysis"]


def test_next_steps_follow_the_latest_outcome(store, build):
    cases = {}
    for name, outcome_kind, decider in [
        ("Ordered", "order", None),
        ("Referred", "referral", None),
        ("Met", "meeting", None),
        ("Talked with boss known", "conversation", "Frau Berg"),
        ("Talked", "conversation", None),
        ("Else", "other", None),
    ]:
        pid = build.prospect(name)
        if decider:
            build.contact(pid, "Herr Klein")
            build.contact(pid, decider, decision_maker=True)
        build.gift(pid, "2024-03-01")
        build.outcome(pid, "2024-03-10", "conversation")
        build.outcome(pid, "2024-04-01", outcome_kind, 10000 if outcome_kind == "order" else 0)
        cases[name] = pid
    late = build.prospect("Late")
    build.gift(late, "2024-01-01")
    build.outcome(late, "2024-06-01", "order", 500)  # 152 days: not reciprocated, not listed
    build.prospect("Nothing")

    rows = {r.name: r for r in insights.next_steps(store)}
    assert set(rows) == set(cases)
    assert rows["Ordered"].step == "thank_order" and rows["Ordered"].order_value_cents == 10000
    assert rows["Ordered"].outcomes == 2 and rows["Ordered"].last_outcome_kind == "order"
    assert rows["Referred"].step == "thank_referral"
    assert rows["Met"].step == "offer_after_meeting"
    assert rows["Talked with boss known"].step == "meet_decision_maker"
    assert rows["Talked with boss known"].step_text == "Ask for a meeting with Frau Berg, the decision maker."
    assert rows["Talked"].step == "find_decision_maker"
    assert rows["Else"].step_text == "Thank them; send useful information."
    assert insights.next_steps(store, window_days=5) == []  # first outcome 9 days after the gift
