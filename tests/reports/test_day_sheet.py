"""The data the printed day is made of: gathered in one read, in route order, nothing stale."""

from __future__ import annotations

import datetime as dt

import pytest
from daydata import DAY, seed_day, seed_many, set_setting

from reciprocity_desktop.services.day_sheet import NoVisits, gather_day
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store.models import Prospect, Visit


def test_stops_in_route_order_without_cancelled(store, day):
    sheet = gather_day(store, DAY)
    assert [s.name for s in sheet.stops] == day.names
    assert [s.visit_id for s in sheet.stops] == day.visit_ids
    assert [s.number for s in sheet.stops] == [1, 2, 3, 4]
    assert day.cancelled_name not in [s.name for s in sheet.stops]
    assert sheet.cancelled_count == 1
    assert sheet.seller == "Tomaž Žagar"


def test_stop_carries_history(store, day):
    bakery = gather_day(store, DAY).stops[0]
    assert bakery.name == "Bäckerei Größe & Söhne GmbH"
    # Decision maker first.
    assert [c.name for c in bakery.contacts] == ["Käthe Müller", "Jürgen Weiß"]
    assert bakery.contacts[0].is_decision_maker
    # Earlier gifts: before the day, not deleted, newest first, with recipient.
    assert [g.description for g in bakery.earlier_gifts] == [
        "Probierpaket Sauerteig-Starter",
        "Leitfaden Energiesparen in der Backstube",
    ]
    assert bakery.earlier_gifts[0].contact_name == "Käthe Müller"
    assert bakery.earlier_gifts[0].reaction is None
    assert bakery.earlier_gifts[1].reaction == "liked"
    assert [o.kind for o in bakery.earlier_outcomes] == ["conversation"]
    # Only the open follow-up.
    assert [(f.kind, f.note) for f in bakery.open_followups] == [("ask_feedback", "Wie war der Starter?")]
    assert bakery.last_visit_notes == "Laden war voll; später kommen."
    assert bakery.last_visit_date == DAY - dt.timedelta(days=40)
    assert bakery.gift is not None and bakery.gift.name == "Pralinen-Box „Süß“"


def test_gift_kit_counts_against_stock(store, day):
    sheet = gather_day(store, DAY)
    kit = {line.name: line for line in sheet.kit}
    pralines = kit["Pralinen-Box „Süß“"]
    assert (pralines.needed, pralines.in_stock, pralines.missing) == (2, 1, 1)
    ebook = kit["E-book: Darila, ki odpirajo vrata"]
    assert (ebook.needed, ebook.in_stock, ebook.missing, ebook.left_after) == (1, 40, 0, 39)
    assert [line.name for line in sheet.shortages] == ["Pralinen-Box „Süß“"]
    assert sheet.kit[0] is pralines  # shortages first
    assert [(g.description, g.needed, g.stops) for g in sheet.loose_gifts] == [
        ("Lesena škatla z ročno izdelanim logotipom", 1, ((4, "Žužemberk Mizarstvo s.p."),))
    ]


def test_kit_counts_only_stops_still_to_make(store, day):
    with store.session() as session:
        session.get(Visit, day.visit_ids[0]).status = "done"
    kit = {line.name: line for line in gather_day(store, DAY).kit}
    assert kit["Pralinen-Box „Süß“"].needed == 1
    assert kit["Pralinen-Box „Süß“"].missing == 0


def test_seller_argument_overrides_setting(store, day):
    assert gather_day(store, DAY, seller="Ana Kovač").seller == "Ana Kovač"
    set_setting(store, "seller_name", "")
    assert gather_day(store, DAY).seller == ""


def test_deleted_prospect_and_deleted_visit_are_left_out(store, day):
    with store.session() as session:
        session.get(Visit, day.visit_ids[1]).deleted = True
        visit = session.get(Visit, day.visit_ids[2])
        session.get(Prospect, visit.prospect_id).deleted = True
    names = [s.name for s in gather_day(store, DAY).stops]
    assert names == [day.names[0], day.names[3]]


def test_empty_day_raises_no_visits(store, day):
    with pytest.raises(NoVisits) as caught:
        gather_day(store, DAY + dt.timedelta(days=1))
    assert "2025-03-13" in str(caught.value)


def test_all_cancelled_day_says_so(store):
    seed_day(store)
    with store.session() as session:
        for visit in session.query(Visit).filter(Visit.date == DAY):
            visit.status = "cancelled"
    with pytest.raises(NoVisits, match="cancelled"):
        gather_day(store, DAY)


def test_malformed_date_is_a_validation_error(store):
    with pytest.raises(ValidationError) as caught:
        gather_day(store, "12.03.2025")
    assert caught.value.field == "date"


def test_gathering_writes_nothing(store, day):
    before = store.meta("hlc")
    gather_day(store, DAY)
    assert store.meta("hlc") == before


def test_same_free_text_gifts_are_counted_together(store):
    seed_many(store, 6, 0)
    sheet = gather_day(store, DAY)
    assert [(g.description, g.needed) for g in sheet.loose_gifts] == [("Kalender 2025", 3)]
    assert [number for number, _ in sheet.loose_gifts[0].stops] == [2, 4, 6]
    assert [(line.name, line.needed, line.in_stock, line.missing) for line in sheet.kit] == [
        ("Musterkoffer", 3, 3, 0)
    ]
