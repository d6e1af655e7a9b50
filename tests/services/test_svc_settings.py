"""The settings: every key, its default, what each accepts, the refusals, and stores of earlier releases."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from reciprocity_desktop.services import followups, gifts, prospects, settings
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.ops import settings as settings_ops
from reciprocity_desktop.store.models import Setting

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

KEYS = [
    "seller_name", "home_street", "home_postal_code", "home_city", "home_country", "default_country",
    "currency", "day_start", "visit_minutes", "travel_speed_kmh", "feedback_delay_days",
    "ask_cooldown_days", "low_stock_default", "language",
]  # fmt: skip


def _rows(store) -> dict[str, object]:
    with store.read() as session:
        return {row.key: json.loads(row.value) for row in session.query(Setting)}


def test_a_new_store_lists_every_key_with_its_default(store):
    values = settings.all_settings(store)
    assert list(values) == [*KEYS, "gift_limit.DE"]
    assert values == {
        "seller_name": "", "home_street": "", "home_postal_code": "", "home_city": "", "home_country": "",
        "default_country": "DE", "currency": "EUR", "day_start": "09:00", "visit_minutes": 45,
        "travel_speed_kmh": 50, "feedback_delay_days": 7, "ask_cooldown_days": 14, "low_stock_default": 3,
        "language": "system",
        "gift_limit.DE": 5000,
    }  # fmt: skip
    assert _rows(store) == {}  # defaults are not written


@pytest.mark.parametrize(
    ("key", "given", "stored"),
    [
        ("seller_name", "  Anna   Berger ", "Anna Berger"),
        ("home_street", "Leopoldstraße 12", "Leopoldstraße 12"),
        ("home_postal_code", "80802", "80802"),
        ("home_city", "München", "München"),
        ("home_country", "de", "DE"),
        ("home_country", "", ""),
        ("default_country", " si ", "SI"),
        ("currency", "chf", "CHF"),
        ("day_start", "8:15", "08:15"),
        ("day_start", "07:45", "07:45"),
        ("visit_minutes", "30", 30),
        ("visit_minutes", 60, 60),
        ("travel_speed_kmh", "80", 80),
        ("feedback_delay_days", "0", 0),
        ("ask_cooldown_days", "21", 21),
        ("low_stock_default", "5", 5),
        ("gift_limit.AT", "40", 4000),
        ("gift_limit.at", "35,50", 3550),
        ("gift_limit.DE", "35", 3500),
    ],
)
def test_each_key_takes_what_the_user_types(store, key, given, stored):
    settings.set_(store, key, given)
    assert settings.get(store, key) == stored


@pytest.mark.parametrize(
    ("key", "given", "message"),
    [
        ("visit_minutes", "abc", "The setting visit_minutes must be a whole number from 5 to 480, not 'abc'."),
        ("visit_minutes", "2", "The setting visit_minutes must be a whole number from 5 to 480, not '2'."),
        ("visit_minutes", "45.5", "The setting visit_minutes must be a whole number from 5 to 480, not '45.5'."),
        ("travel_speed_kmh", "0", "The setting travel_speed_kmh must be a whole number from 5 to 150, not '0'."),
        ("feedback_delay_days", -1, "The setting feedback_delay_days must be a whole number from 0 to 365, not '-1'."),
        ("ask_cooldown_days", True, "The setting ask_cooldown_days must be a whole number from 0 to 365, not 'True'."),
        ("low_stock_default", "", "The setting low_stock_default must be a whole number from 0 to 100000, not ''."),
        ("day_start", "9", "The setting day_start must be a time of day as HH:MM (e.g. 08:30), not '9'."),
        ("day_start", "24:00", "The setting day_start must be a time of day as HH:MM (e.g. 08:30), not '24:00'."),
        ("home_country", "Germany", "The setting home_country must be a two-letter country code (e.g. DE, AT, SI), not 'Germany'."),
        ("default_country", "XX", "The setting default_country must be a two-letter country code (e.g. DE, AT, SI), not 'XX'."),
        ("currency", "EURO", "The setting currency must be a three-letter currency code (e.g. EUR, CHF), not 'EURO'."),
        ("currency", "ABC", "The setting currency must be a three-letter currency code (e.g. EUR, CHF), not 'ABC'."),
        ("currency", "", "The setting currency must be a three-letter currency code (e.g. EUR, CHF), not ''."),
        ("seller_name", "x" * 101, "The setting seller_name is too long (101 characters, at most 100)."),
        ("gift_limit.DE", "fifty", "The setting gift_limit.DE must be an amount of 0 or more (e.g. 50 or 35.50), or empty for no limit, not 'fifty'."),
        ("gift_limit.DE", "-5", "The setting gift_limit.DE must be an amount of 0 or more (e.g. 50 or 35.50), or empty for no limit, not '-5'."),
        ("gift_limit.ZZ", "50", "'gift_limit.ZZ' is not a setting: gift limits are gift_limit.XX with a two-letter country code (e.g. gift_limit.DE)."),
        ("gift_limit.", "50", "'gift_limit.' is not a setting: gift limits are gift_limit.XX with a two-letter country code (e.g. gift_limit.DE)."),
        ("no_such_setting", "1", "'no_such_setting' is not a setting (settings list shows them all)."),
        ("gift_limit_warn_ratio", "0.5", "'gift_limit_warn_ratio' is not a setting (settings list shows them all)."),
    ],
)  # fmt: skip
def test_bad_values_and_unknown_keys_are_refused_with_one_plain_line(store, dump, key, given, message):
    before = dump(store)
    with pytest.raises(ValidationError) as refused:
        settings.update(store, {key: given})
    assert str(refused.value) == message
    assert "\n" not in str(refused.value)
    assert dump(store) == before


def test_gift_limits_per_country_are_added_changed_and_removed(store):
    settings.update(store, {"gift_limit.AT": "40", "gift_limit.DE": "35"})
    assert settings.gift_limits(store) == {"AT": 4000, "DE": 3500}
    assert settings.gift_limit_cents(store, "at") == 4000
    settings.set_(store, "gift_limit.DE", "")  # empty: no limit in Germany any more
    assert settings.gift_limits(store) == {"AT": 4000}
    assert settings.get(store, "gift_limit.DE") is None and settings.gift_limit_cents(store, "DE") is None
    settings.set_(store, "gift_limit.AT", "none")
    assert settings.gift_limits(store) == {}
    assert list(settings.all_settings(store)) == KEYS
    assert _rows(store) == {"gift_limits_cents": {}}


def test_one_refused_value_changes_nothing_of_the_others(store, dump):
    before = dump(store)
    with pytest.raises(ValidationError, match="visit_minutes"):
        settings.update(store, {"seller_name": "Anna", "gift_limit.AT": "40", "visit_minutes": "lots"})
    assert dump(store) == before


def test_update_returns_what_changed_and_restore_puts_it_back(store):
    settings.set_(store, "seller_name", "Anna")
    changed = settings.update(
        store, {"seller_name": "Berta", "currency": "EUR", "gift_limit.AT": "40", "gift_limit.DE": ""}
    )
    # currency stayed EUR: not a change.
    assert changed.before == {"seller_name": "Anna", "gift_limit.AT": None, "gift_limit.DE": 5000}
    assert changed.after == {"seller_name": "Berta", "gift_limit.AT": 4000, "gift_limit.DE": None}
    settings.restore(store, changed.before)
    assert settings.get(store, "seller_name") == "Anna"
    assert settings.gift_limits(store) == {"DE": 5000}
    assert not settings.update(store, {"seller_name": "Anna"})  # nothing to change


def test_the_operation_is_one_undo_step_back_and_forth(store):
    op = settings_ops.change_settings(
        store, {"seller_name": "Anna", "visit_minutes": "30", "gift_limit.NL": "80"}
    )
    assert op.changes.touches("settings") and op.undoable
    values = settings.all_settings(store)
    assert (values["seller_name"], values["visit_minutes"], values["gift_limit.NL"]) == ("Anna", 30, 8000)
    redo = op.undo()
    values = settings.all_settings(store)
    assert (values["seller_name"], values["visit_minutes"], "gift_limit.NL" in values) == ("", 45, False)
    redo.undo()
    assert settings.get(store, "gift_limit.NL") == 8000 and settings.get(store, "visit_minutes") == 30
    assert not settings_ops.change_settings(store, {"seller_name": "Anna"}).undoable  # no change, no step


def test_a_store_of_an_earlier_release_keeps_its_values(store):
    # What the first release wrote: the cool-down under its old name, the limits as one dict in cents.
    with store.session() as session:
        session.add(Setting(key="ask_order_cooldown_days", value="21"))
        session.add(Setting(key="gift_limits_cents", value=json.dumps({"DE": 3500, "NL": 8000})))
        session.add(Setting(key="feedback_delay_days", value="10"))
    values = settings.all_settings(store)
    assert values["ask_cooldown_days"] == 21
    assert (values["gift_limit.DE"], values["gift_limit.NL"], values["feedback_delay_days"]) == (
        3500,
        8000,
        10,
    )
    # The old names still answer for code that uses them.
    assert settings.get(store, "ask_order_cooldown_days") == 21
    assert settings.get(store, "gift_limits_cents") == {"DE": 3500, "NL": 8000}
    # Writing the new name retires the old row.
    settings.set_(store, "ask_cooldown_days", "7")
    assert "ask_order_cooldown_days" not in _rows(store)
    assert settings.get(store, "ask_cooldown_days") == 7
    # Old code replacing the whole dict still works.
    settings.set_(store, "gift_limits_cents", {"AT": 4000})
    assert settings.gift_limits(store) == {"AT": 4000}


def test_the_cooldown_and_the_feedback_delay_reach_the_rules(store):
    prospect = prospects.add_prospect(store, name="Bäckerei Müller", country="DE")
    gifts.log_gift(store, prospect.id, kind="sample", description="Bread", date="2025-05-01")
    settings.set_(store, "ask_cooldown_days", "3")
    assert followups.add_followup(store, prospect.id, kind="ask_order", due="2025-05-05").warnings == []
    settings.set_(store, "ask_cooldown_days", "10")
    warned = followups.add_followup(store, prospect.id, kind="ask_order", due="2025-05-05").warnings
    assert [w.code for w in warned] == ["ask_order_cooldown"]
    settings.set_(store, "feedback_delay_days", "2")
    result = gifts.log_gift(store, prospect.id, kind="sample", description="Rolls", date="2025-06-01")
    assert result.followup.due == dt.date(2025, 6, 3)


def test_a_new_stock_item_gets_the_low_stock_default(store):
    assert gifts.add_stock_item(store, name="Pens", quantity=10).low_stock_level == 3
    settings.set_(store, "low_stock_default", "8")
    assert gifts.add_stock_item(store, name="Mugs", quantity=10).low_stock_level == 8
    assert gifts.add_stock_item(store, name="Cups", quantity=10, low_stock_level=0).low_stock_level == 0


def test_gift_limit_warnings_follow_the_country_setting(store):
    austrian = prospects.add_prospect(store, name="Wiener Café", country="AT")
    assert gifts.check_gift(store, austrian.id, cost="45") == []  # no limit for Austria by default
    settings.set_(store, "gift_limit.AT", "40")
    assert [w.code for w in gifts.check_gift(store, austrian.id, cost="45")] == ["gift_limit_over"]
    # A prospect added without a country is German by default: the issue's €45 + €12 + €5.
    anon = prospects.add_prospect(store, name="Optik Schön")
    warnings = [
        gifts.log_gift(store, anon.id, kind="other", description=text, cost=cost, date="2025-03-01").warnings
        for text, cost in (("Dinner", "45"), ("Wine", "12"), ("Pen", "5"))
    ]
    assert [[w.code for w in found] for found in warnings] == [
        ["gift_limit_near"],
        ["gift_limit_over"],
        ["gift_limit_over"],
    ]


def test_the_gift_limit_table_becomes_settings_values():
    current = {"AT": 4000, "DE": 5000}
    assert settings.gift_limit_changes(current, [("de", "35"), ("NL", "80,00")]) == {
        "gift_limit.AT": None,  # taken off the table
        "gift_limit.DE": "35",
        "gift_limit.NL": "80,00",
    }
    for rows, message in [
        ([("DE", "35"), ("", "10")], "Gift limit row 2 has no country."),
        ([("DE", "35"), ("de", "10")], "Gift limit row 2: DE already has a limit above."),
        ([("DE", "lots")], "The setting gift_limit.DE must be an amount of 0 or more"),
        ([("XQ", "10")], "'gift_limit.XQ' is not a setting"),
    ]:
        with pytest.raises(ValidationError) as refused:
            settings.gift_limit_changes(current, rows)
        assert str(refused.value).startswith(message)


def test_whole_number_settings_tell_their_range():
    assert settings.bounds("visit_minutes") == (5, 480)
    assert settings.bounds("feedback_delay_days") == (0, 365)
    with pytest.raises(KeyError):
        settings.bounds("currency")
