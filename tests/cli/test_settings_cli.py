"""``settings list|set``: every key, the refusals in one line, and where the settings take effect."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from daydata import pdf_pages

KEYS = [
    "seller_name", "home_street", "home_postal_code", "home_city", "home_country", "default_country",
    "currency", "day_start", "visit_minutes", "travel_speed_kmh", "feedback_delay_days",
    "ask_cooldown_days", "low_stock_default", "language",
]  # fmt: skip


def test_settings_list_shows_every_key_as_text_and_json(run):
    listed = run("settings", "list")
    assert listed.code == 0 and listed.err == ""
    assert listed.lines[0].split() == ["KEY", "VALUE"]
    assert [line.split()[0] for line in listed.lines[1:]] == [*KEYS, "gift_limit.DE"]
    assert "gift_limit.DE        50.00" in listed.out
    assert "day_start            09:00" in listed.out
    data = run("settings", "list", "--json").json
    assert list(data) == [*KEYS, "gift_limit.DE"]
    assert (data["seller_name"], data["default_country"], data["currency"]) == ("", "DE", "EUR")
    assert (data["visit_minutes"], data["ask_cooldown_days"], data["gift_limit.DE"]) == (45, 14, 50.0)


def test_settings_set_changes_one_key_and_says_so(run):
    for key, value, line in [
        ("seller_name", "Anna Berger", "seller_name = Anna Berger"),
        ("home_street", "Leopoldstraße 12", "home_street = Leopoldstraße 12"),
        ("home_postal_code", "80802", "home_postal_code = 80802"),
        ("home_city", "München", "home_city = München"),
        ("home_country", "de", "home_country = DE"),
        ("default_country", "at", "default_country = AT"),
        ("currency", "chf", "currency = CHF"),
        ("day_start", "8:30", "day_start = 08:30"),
        ("visit_minutes", "30", "visit_minutes = 30"),
        ("travel_speed_kmh", "70", "travel_speed_kmh = 70"),
        ("feedback_delay_days", "10", "feedback_delay_days = 10"),
        ("ask_cooldown_days", "21", "ask_cooldown_days = 21"),
        ("low_stock_default", "5", "low_stock_default = 5"),
        ("gift_limit.DE", "35", "gift_limit.DE = 35.00"),
        ("gift_limit.at", "40,50", "gift_limit.AT = 40.50"),
        ("gift_limit.NL", "", "gift_limit.NL = none (unchanged)"),
        ("language", "NL", "language = nl"),
    ]:
        result = run("settings", "set", key, value)
        assert (result.code, result.err, result.out) == (0, "", line + "\n"), key
    assert run("settings", "set", "visit_minutes", "30").out == "visit_minutes = 30 (unchanged)\n"
    data = run("settings", "list", "--json").json
    assert data == {
        "seller_name": "Anna Berger", "home_street": "Leopoldstraße 12", "home_postal_code": "80802",
        "home_city": "München", "home_country": "DE", "default_country": "AT", "currency": "CHF",
        "day_start": "08:30", "visit_minutes": 30, "travel_speed_kmh": 70, "feedback_delay_days": 10,
        "ask_cooldown_days": 21, "low_stock_default": 5, "language": "nl",
        "gift_limit.AT": 40.5, "gift_limit.DE": 35.0,
    }  # fmt: skip
    assert run("settings", "set", "gift_limit.DE", "none").out == "gift_limit.DE = none\n"
    assert "gift_limit.DE" not in run("settings", "list", "--json").json


def test_unknown_keys_and_bad_values_are_one_line_and_change_nothing(run, dump, user_error):
    run("settings", "set", "seller_name", "Anna")
    before = dump()
    for args, fragment in [
        (("no_such_key", "1"), "'no_such_key' is not a setting (settings list shows them all)."),
        (("gift_limits_cents", "{}"), "'gift_limits_cents' is not a setting"),
        (("ask_order_cooldown_days", "3"), "'ask_order_cooldown_days' is not a setting"),
        (("gift_limit.XY", "50"), "'gift_limit.XY' is not a setting: gift limits are gift_limit.XX"),
        (("visit_minutes", "lots"), "The setting visit_minutes must be a whole number from 5 to 480, not 'lots'."),
        (("travel_speed_kmh", "500"), "The setting travel_speed_kmh must be a whole number from 5 to 150"),
        (("day_start", "9.30"), "The setting day_start must be a time of day as HH:MM (e.g. 08:30), not '9.30'."),
        (("home_country", "Austria"), "The setting home_country must be a two-letter country code"),
        (("currency", "€"), "The setting currency must be a three-letter currency code (e.g. EUR, CHF), not '€'."),
        (("gift_limit.DE", "50 EUR"), "The setting gift_limit.DE must be an amount of 0 or more"),
        (("feedback_delay_days", "-1"), "The setting feedback_delay_days must be a whole number from 0 to 365"),
    ]:  # fmt: skip
        user_error(run("settings", "set", *args), fragment)
    user_error(run("settings", "set", "seller_name"), "VALUE")
    assert dump() == before


def test_a_prospect_added_without_country_gets_the_default_country_and_the_limit_warns(run, add):
    german = add("Optik Schön")
    assert run("prospects", "list", "--json").json[0]["country"] == "DE"
    # The issue's €45 + €12 + €5 to one recipient: the German limit (€50) warns on the way.
    warnings = []
    for text, cost in (("Dinner", "45"), ("Wine", "12"), ("Pen", "5")):
        result = run("gifts", "add", german, "--kind", "other", "--description", text, "--cost", cost)
        assert result.code == 0
        warnings.append(result.err)
    assert "close to the deductible limit of 50.00" in warnings[0]
    assert "over the deductible limit of 50.00 per recipient and year in DE" in warnings[1]
    assert "over the deductible limit" in warnings[2]

    run("settings", "set", "default_country", "AT")
    run("settings", "set", "gift_limit.AT", "40")
    austrian = add("Wiener Café")
    given = add("Bakkerij", "--country", "NL")
    countries = {p["id"]: p["country"] for p in run("prospects", "list", "--json").json}
    assert (countries[austrian], countries[given]) == ("AT", "NL")
    result = run("gifts", "add", austrian, "--kind", "other", "--description", "Torte", "--cost", "41")
    assert "over the deductible limit of 40.00 per recipient and year in AT" in result.err


def test_the_seller_name_prints_on_the_sheets_unless_print_day_names_another(run, add, tmp_path):
    pid = add("Bäckerei Müller", "--city", "München")
    assert run("visits", "plan", "2025-03-12", pid).code == 0
    out = tmp_path / "day.pdf"
    assert run("print-day", "2025-03-12", "-o", str(out)).code == 0
    assert "Seller: —" in pdf_pages(out)[0]
    run("settings", "set", "seller_name", "Anna Berger")
    assert run("print-day", "2025-03-12", "-o", str(out)).code == 0
    text = " ".join(pdf_pages(out))
    assert "Seller: Anna Berger" in text and "Good day, my name is Anna Berger." in text
    assert run("print-day", "2025-03-12", "-o", str(out), "--seller", "Ben Ott").code == 0
    text = " ".join(pdf_pages(out))
    assert "Seller: Ben Ott" in text and "Anna Berger" not in text


def test_stock_add_uses_the_low_stock_default(run):
    run("settings", "set", "low_stock_default", "7")
    item = run("stock", "add", "--name", "Pens", "--quantity", "20").last_line
    assert run("stock", "list", "--json").json[0] == {
        "id": item, "name": "Pens", "kind": "sample", "cost": 0.0, "on_hand": 20, "reorder_at": 7,
    }  # fmt: skip


def test_settings_through_the_installed_entry_point(tmp_path):
    source = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(source)}
    db = str(tmp_path / "store.sqlite3")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "reciprocity_desktop", "--db", db, *args],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        )  # fmt: skip

    assert cli("settings", "set", "gift_limit.SI", "30").stdout == "gift_limit.SI = 30.00\n"
    refused = cli("settings", "set", "day_start", "noon")
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr == (
        "reciprocity-desktop: The setting day_start must be a time of day as HH:MM (e.g. 08:30), not 'noon'.\n"
    )
    listed = cli("settings", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["gift_limit.SI"] == 30.0
