"""The demo data: the director's door-to-door tour, relative to today."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select

from reciprocity_desktop.services import demo, followups, gifts, prospects, settings, visits
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    Gift,
    GiftKind,
    Outcome,
    OutcomeKind,
    Prospect,
    StockItem,
    Visit,
)

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

TODAY = dt.date(2026, 3, 18)  # a fixed day for exact checks; one test uses the real today


@pytest.fixture
def tour(store):
    summary = demo.load_demo(store, today=TODAY)
    return store, summary


def _all(store, model):
    with store.read() as session:
        return list(session.scalars(select(model)))


def test_prospects_are_businesses_in_several_german_cities_and_a_few_nl_and_si(tour):
    store, summary = tour
    rows = prospects.list_prospects(store)
    assert 25 <= len(rows) <= 40
    assert summary["prospects"] == len(rows)
    countries = Counter(p.country for p in rows)
    assert set(countries) == {"DE", "NL", "SI"}
    assert countries["DE"] >= 0.75 * len(rows)
    assert 1 <= countries["NL"] <= 4 and 1 <= countries["SI"] <= 4
    german_cities = {p.city for p in rows if p.country == "DE"}
    assert len(german_cities) >= 5
    for p in rows:
        assert p.name and p.street and p.postal_code and p.city and p.industry
        assert p.latitude is not None and p.longitude is not None
        assert p.search_text and p.stamp
    # Businesses, with a person to talk to.
    assert all(p.contacts for p in rows)
    assert len(_all(store, Contact)) == summary["contacts"] > len(rows)
    assert any(c.is_decision_maker for p in rows for c in p.contacts)


def test_the_gift_stock_holds_items_some_running_low(tour):
    store, summary = tour
    stock = gifts.list_stock(store)
    assert len(stock) == summary["stock"] >= 3
    assert all(i.quantity >= 0 for i in stock)
    assert gifts.low_stock(store)  # visible before the day is planned
    assert len(gifts.low_stock(store)) < len(stock)


def test_gifts_of_every_kind_over_the_past_weeks(tour):
    store, summary = tour
    rows = gifts.list_gifts(store)
    assert len(rows) == summary["gifts"]
    assert {g.kind for g in rows} == {k.value for k in GiftKind}
    assert all(TODAY - dt.timedelta(days=70) <= g.date < TODAY for g in rows)
    assert (TODAY - min(g.date for g in rows)).days >= 21  # spread over weeks
    assert any(g.stock_item_id for g in rows) and any(g.stock_item_id is None for g in rows)
    assert any(g.reaction for g in rows) and any(g.reaction is None for g in rows)
    # Some prospects got nothing, for the comparison in the insights.
    gifted = {g.prospect_id for g in rows}
    assert len({p.id for p in prospects.list_prospects(store)} - gifted) > 0


def test_every_gift_has_its_feedback_followup(tour):
    store, _ = tour
    feedback = [f for f in followups.list_followups(store) if f.kind == "ask_feedback"]
    by_gift = Counter(f.gift_id for f in feedback)
    assert set(by_gift) == {g.id for g in gifts.list_gifts(store)}
    assert set(by_gift.values()) == {1}
    delay = settings.get(store, "feedback_delay_days")
    assert all(f.due == f.gift.date + dt.timedelta(days=delay) for f in feedback)


def test_followups_due_today_overdue_and_upcoming(tour):
    store, summary = tour
    assert len(followups.list_followups(store)) == summary["followups"]
    overdue = followups.list_followups(store, followups.OVERDUE, today=TODAY)
    due_today = followups.list_followups(store, followups.DUE_TODAY, today=TODAY)
    upcoming = followups.list_followups(store, followups.UPCOMING, today=TODAY)
    done = followups.list_followups(store, followups.DONE, today=TODAY)
    assert overdue and due_today and upcoming and done
    assert {f.kind for f in overdue + due_today + upcoming} >= {"ask_feedback", "call"}


def test_outcomes_of_every_kind(tour):
    store, summary = tour
    rows = followups.list_outcomes(store)
    assert len(rows) == summary["outcomes"]
    assert {o.kind for o in rows} == {k.value for k in OutcomeKind}
    assert all(o.date <= TODAY for o in rows)
    assert all(o.value_cents > 0 for o in rows if o.kind == "order")


def test_a_route_is_planned_for_tomorrow(tour):
    store, _ = tour
    tomorrow = visits.list_day(store, TODAY + dt.timedelta(days=1))
    assert len(tomorrow) >= 4
    assert [v.position for v in tomorrow] == list(range(len(tomorrow)))
    assert all(v.status == "planned" for v in tomorrow)
    assert all(v.gift_stock_item_id for v in tomorrow)
    assert all(v.planned_time for v in tomorrow)
    assert len({v.prospect.city for v in tomorrow}) >= 2
    past = [v for v in _all(store, Visit) if v.date < TODAY]
    assert {v.status for v in past} >= {"done", "nobody_there"}


def test_everything_is_relative_to_the_real_today(store):
    demo.load_demo(store)
    today = dt.date.today()
    assert visits.list_day(store, today + dt.timedelta(days=1))
    assert followups.list_followups(store, followups.OVERDUE, today=today)
    assert followups.list_followups(store, followups.DUE_TODAY, today=today)
    assert max(g.date for g in gifts.list_gifts(store)) < today


def test_demo_rows_are_stamped_like_any_other(tour):
    store, _ = tour
    for model in (Prospect, Contact, StockItem, Visit, Gift, FollowUp, Outcome):
        rows = _all(store, model)
        assert rows and all(r.stamp and r.created_at and r.updated_at for r in rows), model.__name__
    assert len({r.stamp for r in _all(store, Prospect)}) == len(_all(store, Prospect))


def test_demo_refuses_a_store_that_is_not_empty_unless_forced(store, dump):
    prospects.add_prospect(store, name="My real customer")
    before = dump(store)
    with pytest.raises(DomainError) as caught:
        demo.load_demo(store)
    assert "already holds data" in str(caught.value)
    assert dump(store) == before
    summary = demo.load_demo(store, force=True)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Prospect)) == summary["prospects"] + 1


def test_demo_twice_is_refused(tour):
    store, summary = tour
    with pytest.raises(DomainError):
        demo.load_demo(store, today=TODAY)
    assert prospects.count_prospects(store) == summary["prospects"]


def test_demo_is_deterministic_for_a_day(tmp_path):
    from reciprocity_desktop.store import open_store

    def snapshot(name):
        store = open_store(tmp_path / name)
        try:
            demo.load_demo(store, today=TODAY)
            return [(p.name, p.phone, p.stage, p.tags) for p in prospects.list_prospects(store)], [
                (o.kind, o.value_cents) for o in followups.list_outcomes(store)
            ]
        finally:
            store.close()

    assert snapshot("a.sqlite3") == snapshot("b.sqlite3")


@pytest.mark.parametrize(
    ("word", "part"),
    [
        ("Bäckerei", "baeckerei"), ("Weiß", "weiss"), ("Özdemir", "oezdemir"), ("Grünwald", "gruenwald"),
        ("Žužek", "zuzek"), ("Čebelarstvo", "cebelarstvo"), ("Šinkovec", "sinkovec"), ("Đurić", "djuric"),
        ("IT-Systemhaus", "it-systemhaus"), ("Bewegung+", "bewegung"), ("Kö", "koe"),
        ("Ba\u0308ckerei", "baeckerei"),  # a decomposed ä, as some keyboards type it
    ],
)  # fmt: skip
def test_address_parts_transliterate_instead_of_dropping_letters(word, part):
    assert demo.address_part(word) == part


def test_demo_e_mails_and_websites_keep_every_letter(store):
    import re

    demo.load_demo(store, today=TODAY)
    with store.read() as session:
        addresses = session.execute(select(Prospect.name, Prospect.email, Prospect.website)).all()
        mailboxes = session.scalars(select(Contact.email).where(Contact.email != "")).all()
    by_name = {name: (email, website) for name, email, website in addresses}
    assert by_name["Bäckerei Müller GmbH"] == ("info@baeckerei.example", "https://baeckerei.example")
    assert by_name["Čebelarstvo Žužek d.o.o."] == ("info@cebelarstvo.example", "https://cebelarstvo.example")
    assert by_name["IT-Systemhaus Rhein"][0] == "info@it-systemhaus.example"
    assert "mueller@baeckerei.example" in mailboxes and "weiss@brauhaus.example" in mailboxes
    assert "oezdemir@zahnarztpraxis.example" in mailboxes
    address = re.compile(r"^[a-z0-9-]+@[a-z0-9-]+\.example$")
    every = [*mailboxes, *(email for _, email, _ in addresses)]
    assert [email for email in every if not address.match(email)] == []
    assert [w for _, _, w in addresses if not re.match(r"^https://[a-z0-9-]+\.example$", w)] == []
    assert not any("bckerei" in email for email in every)
