"""Bad input through the services (the window's and the command line's way in): dates within the
years the app keeps (no overflow when a follow-up is scheduled), no control characters in one-line
fields, long numbers cut in the messages. Every refusal names the field and changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import followups, gifts, prospects, validate, visits
from reciprocity_desktop.services.errors import ValidationError

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends


@pytest.fixture
def prospect(store):
    return prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")


@pytest.mark.parametrize("day", ["9999-12-31", dt.date(9999, 12, 31), "1899-12-31", "0001-01-01"])
def test_a_gift_far_in_the_future_or_past_is_refused_not_an_overflow(store, prospect, dump, day):
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        gifts.log_gift(store, prospect.id, kind="sample", description="Box", date=day)
    assert caught.value.field == "date"
    assert "is outside the dates this app keeps (1900-01-01 to 2199-12-31)" in str(caught.value)
    assert dump(store) == before


def test_the_last_kept_day_schedules_no_follow_up_past_it(store, prospect, dump):
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        gifts.log_gift(store, prospect.id, kind="sample", description="Box", date="2199-12-31")
    assert caught.value.field == "feedback follow-up"
    assert dump(store) == before
    gifts.log_gift(store, prospect.id, kind="sample", description="Box", date="2199-12-20")


def test_postponing_past_the_last_day_is_refused(store, prospect):
    result = followups.add_followup(store, prospect.id, kind="call", due="2199-12-30")
    with pytest.raises(ValidationError) as caught:
        followups.postpone_followup(store, result.followup.id, 7, today=dt.date(2026, 12, 2))
    assert caught.value.field == "due date"
    with pytest.raises(ValidationError):
        followups.postponed_due(dt.date(2026, 1, 1), 10**12)


@pytest.mark.parametrize("day", ["9999-12-31", "1899-01-01"])
def test_a_visit_day_out_of_range_is_refused(store, prospect, dump, day):
    before = dump(store)
    with pytest.raises(ValidationError, match="outside the dates"):
        visits.plan_day(store, day, [prospect.id])
    assert dump(store) == before


@pytest.mark.parametrize(
    ("fields", "field", "character"),
    [
        ({"name": "Bell\x07 GmbH"}, "name", "U+0007"),
        ({"name": "Müller", "city": "Kö\x00ln"}, "city", "U+0000"),
        ({"name": "Müller", "phone": "+49\x1b[31m"}, "phone", "U+001B"),
        ({"name": "Müller", "street": "Weg \x9b 1"}, "street", "U+009B"),
        ({"name": "Müller", "notes": "a\x1bb"}, "notes", "U+001B"),
    ],
)
def test_control_characters_are_refused_naming_the_field(store, dump, fields, field, character):
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        prospects.add_prospect(store, **fields)
    assert caught.value.field == field
    assert character in str(caught.value)
    assert dump(store) == before


def test_e_mail_with_a_control_character_is_refused(store):
    with pytest.raises(ValidationError) as caught:
        prospects.add_prospect(store, name="Müller", email="a\x00@b.de")
    assert caught.value.field == "e-mail"
    assert "\x00" not in str(caught.value)


def test_free_text_keeps_tabs_and_line_breaks(store):
    notes = "first\n\tsecond\r\nthird"
    assert prospects.add_prospect(store, name="Müller", notes=notes).notes == notes


def test_one_line_fields_still_fold_tabs_and_line_breaks(store):
    assert prospects.add_prospect(store, name="Müller\tGmbH\n").name == "Müller GmbH"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: validate.positive_int("9" * 401, "quantity"), "quantity"),
        (lambda: validate.amount_cents("9" * 401, "cost"), "cost"),
        (lambda: validate.date("9" * 401, "date"), "date"),
    ],
)
def test_long_numbers_are_cut_in_messages(call, field):
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field == field
    assert "9999999999…(401 digits)" in str(caught.value)
    assert len(str(caught.value)) < 200


def test_shown_cuts_numbers_and_texts():
    assert validate.shown(10**400) == "1000000000…(401 digits)"
    assert validate.shown(-(10**400)) == "-1000000000…(401 digits)"
    assert validate.shown(123456789012) == "123456789012"
    assert validate.shown("x" * 100) == "x" * 40 + "…"
    assert validate.shown("a\x1bb") == "a?b"


def test_a_visit_length_of_five_thousand_digits_is_a_plain_refusal(store, prospect):
    (visit,) = visits.plan_day(store, "2026-12-03", [prospect.id])
    with pytest.raises(ValidationError) as caught:
        visits.update_visit(store, visit.id, visit_minutes="9" * 5000)
    assert "(5000 digits)" in str(caught.value)


def test_a_setting_refuses_control_characters_and_cuts_long_numbers(store):
    from reciprocity_desktop.services import settings

    with pytest.raises(ValidationError) as caught:
        settings.set_(store, "seller_name", "Anna\x1b[2J")
    assert "U+001B" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        settings.set_(store, "visit_minutes", "9" * 401)
    assert "9999999999…(401 digits)" in str(caught.value)


def _one_of_each(store):
    p = prospects.add_prospect(store, name="Müller")
    (visit,) = visits.plan_day(store, "2026-12-03", [p.id])
    gift = gifts.log_gift(store, p.id, kind="sample", description="Box", date="2026-12-01").gift
    followup = followups.add_followup(store, p.id, kind="call", due="2026-12-10").followup
    return p, visit, gift, followup


#: every free-text field's service, given the text (the services' own limits are literals)
_FREE_TEXT_WAYS = {
    ("prospects", "notes"): lambda s, p, v, g, f, t: prospects.add_prospect(s, name="X", notes=t),
    ("prospects", "tags"): lambda s, p, v, g, f, t: prospects.add_prospect(s, name="X", tags=t),
    ("contacts", "notes"): lambda s, p, v, g, f, t: prospects.add_contact(s, p.id, name="A", notes=t),
    ("stock_items", "notes"): lambda s, p, v, g, f, t: gifts.add_stock_item(s, name="S", notes=t),
    ("stock_movements", "note"): lambda s, p, v, g, f, t: gifts.restock(
        s, gifts.add_stock_item(s, name="S").id, 1, note=t
    ),
    ("visits", "notes"): lambda s, p, v, g, f, t: visits.update_visit(s, v.id, notes=t),
    ("visits", "gift_note"): lambda s, p, v, g, f, t: visits.update_visit(s, v.id, gift_note=t),
    ("gifts", "description"): lambda s, p, v, g, f, t: gifts.log_gift(s, p.id, kind="sample", description=t),
    ("gifts", "reaction_note"): lambda s, p, v, g, f, t: gifts.set_reaction(s, g.id, "liked", note=t),
    ("followups", "note"): lambda s, p, v, g, f, t: followups.add_followup(
        s, p.id, kind="call", due="2026-12-10", note=t
    ),
    ("followups", "result"): lambda s, p, v, g, f, t: followups.complete_followup(s, f.id, result=t),
    ("outcomes", "note"): lambda s, p, v, g, f, t: followups.add_outcome(s, p.id, kind="meeting", note=t),
}


def test_every_free_text_field_has_the_one_limit_a_sync_file_has_too(store):
    """The services refuse one character more than FREE_TEXT_LIMITS, which the sync records check."""
    assert set(_FREE_TEXT_WAYS) == set(validate.FREE_TEXT_LIMITS)
    made = _one_of_each(store)
    for key, way in _FREE_TEXT_WAYS.items():
        limit = validate.FREE_TEXT_LIMITS[key]
        with pytest.raises(ValidationError, match=rf"at most {limit}\)"):
            way(store, *made, "n" * (limit + 1))
        way(store, *made, "n" * limit)
