"""Coordinates from postal codes: the shipped table, the normal form of codes, and the prospects' rules."""

from __future__ import annotations

import math
import sqlite3

import pytest

from reciprocity_desktop import postal_codes
from reciprocity_desktop.services import geo, prospects
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.ops import prospects as ops

#: Each test using a store runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


#: A central postal code of a capital (or big city) of each country, as people write it, and the city's
#: coordinates (from an atlas, not from the table).
CITIES = {
    "DE": ("80331", (48.137, 11.575)),  # München, Altstadt
    "AT": ("1010", (48.208, 16.373)),  # Wien, Innere Stadt
    "CH": ("8001", (47.372, 8.542)),  # Zürich
    "NL": ("1012 AB", (52.373, 4.893)),  # Amsterdam, the Dam
    "BE": ("1000", (50.847, 4.357)),  # Bruxelles
    "LU": ("L-1611", (49.611, 6.130)),  # Luxembourg
    "SI": ("1000", (46.056, 14.506)),  # Ljubljana
    "HR": ("10000", (45.815, 15.982)),  # Zagreb
    "IT": ("00184", (41.894, 12.494)),  # Roma, Monti
    "FR": ("75008", (48.873, 2.313)),  # Paris 8e
}


@pytest.mark.parametrize("country", sorted(CITIES))
def test_each_country_finds_its_capital_within_a_few_kilometres(country):
    postal_code, city = CITIES[country]
    place = geo.lookup(country, postal_code)
    assert place is not None
    assert _km(place, city) < 8, (country, place)
    assert geo.lookup(country.lower(), f" {postal_code} ") == place  # any case, any spaces


def test_the_table_covers_at_least_the_ten_countries_with_thousands_of_codes():
    assert set(CITIES) <= postal_codes.COUNTRIES
    connection = sqlite3.connect(postal_codes.table_path())
    try:
        counts = dict(connection.execute("SELECT country, count(*) FROM centroids GROUP BY country"))
        about = dict(connection.execute("SELECT key, value FROM about"))
    finally:
        connection.close()
    assert set(counts) == postal_codes.COUNTRIES
    assert counts["DE"] > 8000 and counts["FR"] > 15000 and counts["SI"] > 400 and counts["HR"] > 300
    assert "GeoNames" in about["attribution"] and "CC BY 4.0" in about["attribution"]


@pytest.mark.parametrize(
    ("country", "written", "normal"),
    [
        ("DE", "80331", "80331"),
        ("DE", "D-80331", "80331"),
        ("DE", "DE 80331", "80331"),
        ("DE", "80331 München", "80331"),
        ("DE", "1067", "01067"),  # a spreadsheet dropped the leading zero of Dresden's 01067
        ("DE", "803310", None),  # too many digits: not a German code
        ("DE", "Munich", None),
        ("DE", "", None),
        ("NL", "1012 AB", "1012"),  # GeoNames has the four-digit areas of the Netherlands
        ("NL", "1012AB", "1012"),
        ("NL", "NL-1012 ab", "1012"),
        ("LU", "L-1611", "1611"),
        ("LU", "1611", "1611"),
        ("FR", "67302 CEDEX", "67302"),
        ("FR", "F-75008", "75008"),
        ("IT", "184", "00184"),
        ("AT", "A-1010", "1010"),
        ("CH", "CH-8001", "8001"),
        ("SI", "SI-1000", "1000"),
        ("HR", "HR-10000", "10000"),
        ("US", "94107", None),  # a country the table does not cover
        ("", "80331", None),
    ],
)
def test_postal_codes_are_compared_in_one_normal_form(country, written, normal):
    assert postal_codes.normalise(country, written) == normal


def test_the_table_stores_codes_in_the_same_normal_form():
    """What the build script wrote: every code of the table is its own normal form."""
    connection = sqlite3.connect(postal_codes.table_path())
    try:
        rows = connection.execute("SELECT country, code FROM centroids").fetchall()
    finally:
        connection.close()
    assert [row for row in rows if postal_codes.normalise(*row) != row[1]] == []
    assert geo.lookup("LU", "L-1611") == geo.lookup("LU", "1611")
    assert geo.lookup("NL", "1012 AB") == geo.lookup("NL", "1012 XY")
    assert geo.lookup("DE", "1067") == geo.lookup("DE", "01067") is not None


def test_unknown_and_uncovered_codes_have_no_coordinates():
    assert geo.lookup("DE", "00000") is None
    assert geo.lookup("US", "94107") is None
    assert geo.lookup("", "80331") is None
    assert geo.lookup(None, None) is None


# -- the prospects' rules -----------------------------------------------------------------------


def _coordinates(store, prospect_id):
    p = prospects.get_prospect(store, prospect_id)
    return p.latitude, p.longitude, p.coordinates_source


def test_a_new_prospect_gets_its_postal_codes_coordinates(store):
    p = prospects.add_prospect(store, name="Marienplatz Café", postal_code="80331", country="DE")
    assert _coordinates(store, p.id) == (*geo.lookup("DE", "80331"), "postal_code")


def test_typed_coordinates_win_and_stay_when_the_address_changes(store):
    p = prospects.add_prospect(
        store, name="Typed GmbH", postal_code="80331", country="DE", latitude="48,2", longitude=11.6
    )
    assert _coordinates(store, p.id) == (48.2, 11.6, "entered")
    prospects.update_prospect(store, p.id, postal_code="1010", country="AT", city="Wien")
    assert _coordinates(store, p.id) == (48.2, 11.6, "entered")
    prospects.update_prospect(store, p.id, latitude=48.25)  # one of them: the other one stays
    assert _coordinates(store, p.id) == (48.25, 11.6, "entered")


def test_a_new_postal_code_or_country_recomputes_coordinates_from_the_postal_code(store):
    p = prospects.add_prospect(store, name="Moving KG", postal_code="80331", country="DE")
    prospects.update_prospect(store, p.id, postal_code="01067")
    assert _coordinates(store, p.id) == (*geo.lookup("DE", "01067"), "postal_code")
    prospects.update_prospect(store, p.id, country="AT", postal_code="1010")
    assert _coordinates(store, p.id) == (*geo.lookup("AT", "1010"), "postal_code")
    prospects.update_prospect(store, p.id, postal_code="00000", country="DE")  # unknown: none
    assert _coordinates(store, p.id) == (None, None, None)
    prospects.update_prospect(store, p.id, phone="+49 1")  # other fields leave them alone
    prospects.update_prospect(store, p.id, postal_code="80331")
    assert _coordinates(store, p.id) == (*geo.lookup("DE", "80331"), "postal_code")


def test_clearing_typed_coordinates_brings_the_postal_codes_back(store):
    p = prospects.add_prospect(
        store, name="Cleared AG", postal_code="8001", country="CH", latitude=47, longitude=8
    )
    prospects.update_prospect(store, p.id, latitude="", longitude="")
    assert _coordinates(store, p.id) == (*geo.lookup("CH", "8001"), "postal_code")


def test_typed_coordinates_replace_the_postal_codes(store):
    p = prospects.add_prospect(store, name="Later Typed AG", postal_code="8001", country="CH")
    prospects.update_prospect(store, p.id, latitude="47.5", longitude="8.5")
    assert _coordinates(store, p.id) == (47.5, 8.5, "entered")


@pytest.mark.parametrize(
    ("values", "field", "fragment"),
    [
        ({"latitude": "48.1"}, "longitude", "Longitude is needed too"),
        ({"longitude": "11.5"}, "latitude", "Latitude is needed too"),
        ({"latitude": "91", "longitude": "11"}, "latitude", "Latitude must be between -90 and 90"),
        ({"latitude": "48", "longitude": "-181"}, "longitude", "Longitude must be between -180 and 180"),
        ({"latitude": "north", "longitude": "11"}, "latitude", "Latitude 'north' is not a number"),
    ],
)
def test_bad_coordinates_are_refused_naming_the_field_and_change_nothing(
    store, dump, values, field, fragment
):
    p = prospects.add_prospect(store, name="Stays KG", postal_code="80331", country="DE")
    before = dump(store)
    with pytest.raises(ValidationError) as caught:
        prospects.update_prospect(store, p.id, **values)
    assert caught.value.field == field and fragment in str(caught.value)
    with pytest.raises(ValidationError):
        prospects.add_prospect(store, name="Never Added", **values)
    assert dump(store) == before


def test_coordinates_without_a_source_count_as_entered(store):
    """Rows written by bulk paths that predate the source (an office demo, an old sync file)."""
    from reciprocity_desktop.store.models import Prospect

    with store.session() as session:
        legacy = Prospect(
            name="Legacy GmbH", postal_code="80331", country="DE", latitude=48.3, longitude=11.7
        )
        session.add(legacy)
    assert _coordinates(store, legacy.id) == (48.3, 11.7, "entered")  # the model's default says so
    with store.session() as session:
        session.get(Prospect, legacy.id).coordinates_source = None
    assert geo.is_entered(prospects.get_prospect(store, legacy.id))
    prospects.update_prospect(store, legacy.id, postal_code="01067")
    assert _coordinates(store, legacy.id)[:2] == (48.3, 11.7)


def test_an_unknown_postal_code_of_a_covered_country_warns(store):
    [warning] = geo.check_postal_code("DE", "00000")
    assert warning.code == "unknown_postal_code"
    assert str(warning) == "Postal code 00000 is not known in DE: it gives the prospect no coordinates."
    assert geo.check_postal_code("DE", "80331") == []
    assert geo.check_postal_code("US", "94107") == []  # no table for it: nothing to say
    assert geo.check_postal_code("DE", "") == []
    assert geo.check_postal_code("", "12345") == []


def test_the_operations_warn_and_undo_keeps_where_coordinates_came_from(store):
    op = ops.add_prospect(store, name="Unknown Code GmbH", postal_code="00000", country="DE")
    assert [w.code for w in op.warnings] == ["unknown_postal_code"]
    pid = op.value.id
    assert _coordinates(store, pid) == (None, None, None)

    edit = ops.edit_prospect(store, pid, postal_code="80331", latitude="", longitude="")
    assert edit.warnings == []
    derived = geo.lookup("DE", "80331")
    assert _coordinates(store, pid) == (*derived, "postal_code")
    typed = ops.edit_prospect(store, pid, latitude="48.5", longitude="11.9")
    assert _coordinates(store, pid) == (48.5, 11.9, "entered")
    typed.undo()  # the postal code's again, not "entered" copies of them
    assert _coordinates(store, pid) == (*derived, "postal_code")
    edit.undo()
    assert _coordinates(store, pid) == (None, None, None)

    moved = ops.edit_prospect(store, pid, postal_code="99999")
    assert [w.code for w in moved.warnings] == ["unknown_postal_code"]
    assert ops.edit_prospect(store, pid, phone="+49 1").warnings == []  # the address did not change


def test_fill_row_gives_a_bulk_row_what_a_save_gives(store):
    assert geo.fill_row({"country": "DE", "postal_code": "80331", "latitude": None, "longitude": None}) == {
        "country": "DE",
        "postal_code": "80331",
        "latitude": geo.lookup("DE", "80331")[0],
        "longitude": geo.lookup("DE", "80331")[1],
        "coordinates_source": "postal_code",
    }
    typed = geo.fill_row({"country": "DE", "postal_code": "80331", "latitude": 1.0, "longitude": 2.0})
    assert (typed["latitude"], typed["longitude"], typed["coordinates_source"]) == (1.0, 2.0, "entered")
    unknown = geo.fill_row({"country": "DE", "postal_code": "00000"})
    assert (unknown["latitude"], unknown["longitude"], unknown["coordinates_source"]) == (None, None, None)
    assert geo.coordinates_for("AT", "1010") == geo.lookup("AT", "1010")


def test_lookups_work_from_other_threads():
    """The window saves on worker threads: one shared read-only connection answers them all."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda code: geo.lookup("DE", code), ["80331", "01067", "10115", "00000"] * 50))
    assert found[:4] == [geo.lookup("DE", c) for c in ["80331", "01067", "10115", "00000"]]
    assert found == found[:4] * 50
