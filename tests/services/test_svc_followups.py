"""Follow-ups (with the no-ask-right-after-a-gift rule) and outcomes."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import followups, gifts, prospects, settings
from reciprocity_desktop.services.errors import NotFound, ValidationError

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

GIFT_DAY = dt.date(2025, 5, 1)


@pytest.fixture
def prospect(store):
    return prospects.add_prospect(store, name="Autohaus Straßer", country="DE")


@pytest.fixture
def gifted(store, prospect):
    gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", date=GIFT_DAY)
    return prospect


@pytest.mark.parametrize(
    ("days_after", "warns"), [(0, True), (5, True), (13, True), (14, False), (30, False)]
)
def test_ask_order_soon_after_a_gift_warns(store, gifted, days_after, warns):
    result = followups.add_followup(
        store, gifted.id, kind="ask_order", due=GIFT_DAY + dt.timedelta(days=days_after), note="Order?"
    )
    codes = [w.code for w in result.warnings]
    assert codes == (["ask_order_cooldown"] if warns else [])
    if warns:
        text = str(result.warnings[0])
        assert "Autohaus Straßer received a gift on 2025-05-01" in text
        assert f"only {days_after} days after it" in text  # 0, 5, 13: the English plural form
    # The warning never stops the follow-up.
    assert result.followup.id in {f.id for f in followups.list_followups(store)}


def test_only_ask_order_is_held_to_the_cooldown(store, gifted):
    for kind in ("call", "send_info", "visit", "ask_feedback"):
        assert followups.add_followup(store, gifted.id, kind=kind, due=GIFT_DAY).warnings == []


def test_no_warning_without_a_gift_before_the_due_date(store, prospect):
    assert followups.add_followup(store, prospect.id, kind="ask_order", due=GIFT_DAY).warnings == []
    gift = gifts.log_gift(store, prospect.id, kind="sample", description="Later gift", date=GIFT_DAY).gift
    early = GIFT_DAY - dt.timedelta(days=1)
    assert followups.check_followup(store, prospect.id, "ask_order", early) == []
    assert [w.code for w in followups.check_followup(store, prospect.id, "ask_order", GIFT_DAY)] == [
        "ask_order_cooldown"
    ]
    gifts.delete_gift(store, gift.id)
    assert followups.check_followup(store, prospect.id, "ask_order", GIFT_DAY) == []


def test_the_cooldown_is_a_setting(store, gifted):
    settings.set_(store, "ask_order_cooldown_days", 30)
    due = GIFT_DAY + dt.timedelta(days=20)
    assert [w.code for w in followups.check_followup(store, gifted.id, "ask_order", due)] == [
        "ask_order_cooldown"
    ]
    settings.set_(store, "ask_order_cooldown_days", 0)
    assert followups.check_followup(store, gifted.id, "ask_order", GIFT_DAY) == []


def test_rescheduling_into_the_cooldown_warns(store, gifted):
    later = followups.add_followup(store, gifted.id, kind="ask_order", due=GIFT_DAY + dt.timedelta(days=40))
    assert later.warnings == []
    moved = followups.reschedule_followup(store, later.followup.id, GIFT_DAY + dt.timedelta(days=2))
    assert [w.code for w in moved.warnings] == ["ask_order_cooldown"]
    assert moved.followup.due == GIFT_DAY + dt.timedelta(days=2)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"kind": "beg", "due": "2025-05-01"}, "kind"),
        ({"kind": "call", "due": "2025-05-32"}, "due date"),
        ({"kind": "call", "due": ""}, "due date"),
        ({"kind": "call", "due": "2025-05-02", "gift_id": "no-such-gift"}, "id"),
    ],
)
def test_bad_followups_name_the_field_and_change_nothing(store, dump, gifted, values, field):
    before = dump(store)
    with pytest.raises((ValidationError, NotFound)) as caught:
        followups.add_followup(store, gifted.id, **values)
    assert caught.value.field == field
    assert dump(store) == before


def test_a_gift_of_another_prospect_cannot_be_linked(store, dump, gifted):
    other = prospects.add_prospect(store, name="Other")
    foreign_gift = gifts.log_gift(store, other.id, kind="sample", description="Coffee").gift
    before = dump(store)
    with pytest.raises(ValidationError, match="That gift was not given to Autohaus Straßer."):
        followups.add_followup(
            store, gifted.id, kind="ask_feedback", due="2025-06-01", gift_id=foreign_gift.id
        )
    assert dump(store) == before


def test_complete_reopen_and_buckets(store, prospect):
    today = dt.date(2025, 6, 10)

    def add(offset, kind="call"):
        return followups.add_followup(
            store, prospect.id, kind=kind, due=today + dt.timedelta(days=offset)
        ).followup

    overdue, due_today, upcoming, done = add(-3), add(0), add(4), add(-10)
    followups.complete_followup(store, done.id, result="Talked to the owner", done_on="2025-06-01")

    def ids(bucket):
        return [f.id for f in followups.list_followups(store, bucket, today=today)]

    assert ids(followups.OVERDUE) == [overdue.id]
    assert ids(followups.DUE_TODAY) == [due_today.id]
    assert ids(followups.UPCOMING) == [upcoming.id]
    assert ids(followups.DONE) == [done.id]
    assert ids(followups.OPEN) == [overdue.id, due_today.id, upcoming.id]
    assert ids(followups.ALL) == [overdue.id, due_today.id, upcoming.id, done.id]
    finished = followups.list_followups(store, followups.DONE, today=today)[0]
    assert (finished.done_on, finished.result) == (dt.date(2025, 6, 1), "Talked to the owner")
    assert followups.bucket_of(finished, today) == followups.DONE
    assert followups.bucket_of(overdue, today) == followups.OVERDUE

    followups.reopen_followup(store, done.id)
    assert ids(followups.DONE) == []
    with pytest.raises(NotFound, match="No follow-up with id nope."):
        followups.complete_followup(store, "nope")
    followups.complete_followup(store, due_today.id)
    with pytest.raises(ValidationError, match="already done"):
        followups.reschedule_followup(store, due_today.id, "2025-07-01")


def test_complete_defaults_to_today_and_rejects_a_bad_date(store, dump, prospect):
    followup = followups.add_followup(store, prospect.id, kind="call", due="2025-01-01").followup
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        followups.complete_followup(store, followup.id, done_on="yesterday")
    assert caught.value.field == "done date"
    assert dump(store) == before
    assert followups.complete_followup(store, followup.id).done_on == dt.date.today()


def test_deleted_followups_are_not_listed_and_can_be_restored(store, prospect):
    followup = followups.add_followup(store, prospect.id, kind="call", due="2025-01-01").followup
    followups.delete_followup(store, followup.id)
    assert followups.list_followups(store) == []
    followups.restore_followup(store, followup.id)
    assert [f.id for f in followups.list_followups(store)] == [followup.id]


# -- moving a follow-up: the postpone rule ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("due_offset", "days", "new_offset"),
    [
        (4, 1, 5),  # upcoming: one day after its due date
        (4, 7, 11),
        (0, 1, 1),  # due today: tomorrow
        (-3, 1, 1),  # overdue: counts from today, so tomorrow, not still overdue
        (-3, 7, 7),
    ],
)
def test_postponing_counts_from_the_due_date_or_from_today_when_overdue(
    store, prospect, due_offset, days, new_offset
):
    today = dt.date(2025, 6, 10)
    due = today + dt.timedelta(days=due_offset)
    assert followups.earliest_due(due, today) == max(due, today)
    assert followups.postponed_due(due, days, today) == today + dt.timedelta(days=new_offset)
    followup = followups.add_followup(store, prospect.id, kind="call", due=due).followup
    moved = followups.postpone_followup(store, followup.id, days, today=today)
    assert moved.followup.due == today + dt.timedelta(days=new_offset)
    assert followups.get_followup(store, followup.id).due == today + dt.timedelta(days=new_offset)


def test_postponing_a_done_followup_is_refused(store, dump, prospect):
    followup = followups.add_followup(store, prospect.id, kind="call", due="2025-06-01").followup
    followups.complete_followup(store, followup.id)
    before = dump(store)
    with pytest.raises(ValidationError, match="already done"):
        followups.postpone_followup(store, followup.id, 1)
    assert dump(store) == before


def test_bucket_counts_days_until_due_and_which_followups_ask_for_a_reaction(store, prospect):
    today = dt.date(2025, 6, 10)
    gift = gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", date=today).gift

    def add(offset, kind="call"):
        return followups.add_followup(
            store, prospect.id, kind=kind, due=today + dt.timedelta(days=offset)
        ).followup

    overdue, _late, _today, done = add(-3), add(-1), add(0), add(-10)
    followups.complete_followup(store, done.id)
    rows = followups.list_followups(store, today=today)  # with the gift's feedback follow-up in 7 days
    assert followups.bucket_counts(rows, today) == {
        followups.OPEN: 4,
        followups.OVERDUE: 2,
        followups.DUE_TODAY: 1,
        followups.UPCOMING: 1,
        followups.DONE: 1,
    }
    assert followups.bucket_counts([], today) == dict.fromkeys(followups.FILTER_BUCKETS, 0)
    assert followups.days_until_due(overdue, today) == -3
    [feedback] = [f for f in rows if f.kind == "ask_feedback"]
    assert followups.days_until_due(feedback, today) == 7
    assert followups.asks_reaction(feedback) and feedback.gift_id == gift.id
    assert not followups.asks_reaction(overdue)  # a call is not about a gift
    about_gift = followups.add_followup(store, prospect.id, kind="call", due=today, gift_id=gift.id)
    assert not followups.asks_reaction(about_gift.followup)  # about a gift, but not asking for feedback
    assert sorted(followups.BUCKET_ORDER, key=followups.BUCKET_ORDER.get) == [
        followups.OVERDUE,
        followups.DUE_TODAY,
        followups.UPCOMING,
        followups.DONE,
    ]


# -- outcomes -------------------------------------------------------------------------------------------


def test_outcomes_of_every_kind(store, prospect):
    for day, kind, value in (
        ("2025-05-01", "conversation", None),
        ("2025-05-03", "referral", ""),
        ("2025-05-05", "meeting", None),
        ("2025-05-07", "order", "1.234,50"),
        ("2025-05-09", "other", "0"),
    ):
        followups.add_outcome(store, prospect.id, kind=kind, date=day, value=value, note=f"{kind} note")
    rows = followups.list_outcomes(store)
    assert [(o.date.isoformat(), o.kind, o.value_cents) for o in rows] == [
        ("2025-05-09", "other", 0),
        ("2025-05-07", "order", 123450),
        ("2025-05-05", "meeting", 0),
        ("2025-05-03", "referral", 0),
        ("2025-05-01", "conversation", 0),
    ]
    assert rows[1].note == "order note"
    followups.delete_outcome(store, rows[0].id)
    assert len(followups.list_outcomes(store, prospect.id)) == 4
    assert followups.add_outcome(store, prospect.id, kind="meeting").date == dt.date.today()


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"kind": "thanks"}, "kind"),
        ({"kind": "order", "value": "abc"}, "value"),
        ({"kind": "order", "value": "-10"}, "value"),
        ({"kind": "order", "value": "10.999"}, "value"),
        ({"kind": "order", "date": "2025-13-01"}, "date"),
        ({"kind": "order", "visit_id": "no-such-visit"}, "id"),
    ],
)
def test_bad_outcomes_name_the_field_and_change_nothing(store, dump, prospect, values, field):
    before = dump(store)
    with pytest.raises((ValidationError, NotFound)) as caught:
        followups.add_outcome(store, prospect.id, **values)
    assert caught.value.field == field
    assert dump(store) == before
