"""``prospects list --json`` written by SQLite (services/listing_json.py) is byte for byte what Python wrote:
``json.dumps(rows, ensure_ascii=False, indent=2)`` of each prospect's fields, for texts with quotes,
backslashes, every control character and any script, for coordinates Python writes with 16 or 17 digits or
with an exponent, for tags with odd spacing, and for times stored in another form than the ORM's.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from reciprocity_desktop.services import listing_json, prospects
from reciprocity_desktop.store import open_store

CONTROL = "".join(map(chr, range(1, 32))) + "\x7f"

TEXTS = [
    'Quote " and backslash \\ and slash /',
    "Zeilen\numbruch\r\tund Tab",
    CONTROL,
    "Ünïcödé — „Anführung“ 😀 \u2028 \u2029 \u00a0 ČŠŽ ßẞ",
    "",
]
COORDINATES = [
    (0.1 + 0.2, 10.0),  # 0.30000000000000004: 17 digits
    (48.0, -179.99999999999997),
    (1e-05, -0.00012),  # an exponent in Python, 1e-05
    (0.0, -0.0),
    (52.520008, 13.404954),
    (-33.123456789012345, 151.2),
    (89.99999999999999, 1e-4),
    (50.1109, 8.6821),  # plain, but its times stored in other forms (below)
    (50.1109, 8.6821),
]
TAGS = ["", " , ,", "a,b", "  spaced  , tags ,", "\u00a0nbsp\u2003,x", 'quote"d, back\\slash', "ünï, 😀"]


def _expected(store) -> str:
    rows = []
    for p in prospects.list_prospects(store):
        row = {
            k: getattr(p, k)
            for k in [
                "id",
                "name",
                "street",
                "postal_code",
                "city",
                "country",
                "phone",
                "email",
                "website",
                "industry",
                "stage",
            ]
        }
        row["tags"] = p.tag_list
        row.update({k: getattr(p, k) for k in ["notes", "latitude", "longitude", "coordinates_source"]})
        row["created_at"] = p.created_at.isoformat()
        row["updated_at"] = p.updated_at.isoformat()
        rows.append(row)
    return json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n"


@pytest.fixture
def odd_store(db):
    store = open_store(db)
    for i, tags in enumerate((TAGS * 2)[: len(COORDINATES)]):
        prospects.add_prospect(store, name=f"P{i}", tags=tags)
    store.close()
    # Texts, coordinates and times as any writer may store them (a sync file's texts are not retyped).
    with sqlite3.connect(db) as connection:
        ids = [pid for (pid,) in connection.execute("SELECT id FROM prospects ORDER BY sort_name")]
        for pid, text, (lat, lon) in zip(ids, TEXTS * 2, COORDINATES, strict=False):
            connection.execute(
                "UPDATE prospects SET name = name || ? , street = ?, notes = ?, city = ?, latitude = ?,"
                " longitude = ? WHERE id = ?",
                (text, text, text, text, lat, lon, pid),
            )
        connection.execute(
            "UPDATE prospects SET created_at = '2026-12-02 16:08:00.000000' WHERE id = ?", (ids[7],)
        )
        connection.execute(
            "UPDATE prospects SET updated_at = '2026-12-02 16:08:00.123' WHERE id = ?", (ids[8],)
        )
    return db


def test_the_text_sqlite_writes_is_what_python_wrote(odd_store, run):
    result = run("prospects", "list", "--json")
    assert (result.code, result.err) == (0, "")
    store = open_store(odd_store)
    try:
        assert result.out == _expected(store)
        assert len(json.loads(result.out)) == len(COORDINATES)
    finally:
        store.close()


def test_most_rows_are_written_by_sqlite_the_odd_ones_by_python(odd_store, run, monkeypatch):
    """The rows SQLite cannot write exactly (17 digits, exponents, zeros, another time form) go to Python."""
    fallen: list[str] = []
    real = listing_json.prospect_texts

    def counting(store, flt, fallback):
        def counted(prospect_id: str) -> str:
            fallen.append(prospect_id)
            return fallback(prospect_id)

        return real(store, flt, counted)

    monkeypatch.setattr(listing_json, "prospect_texts", counting)
    assert run("prospects", "list", "--json").code == 0
    assert 1 <= len(fallen) < len(COORDINATES)
    with sqlite3.connect(odd_store) as connection:
        ids = [pid for (pid,) in connection.execute("SELECT id FROM prospects ORDER BY sort_name")]
    assert ids[4] not in fallen and ids[7] not in fallen  # plain values; a whole second's time
    assert ids[8] in fallen and ids[0] in fallen  # '…16:08:00.123'; 0.30000000000000004


def test_the_tags_text_is_the_tag_list_as_json(odd_store):
    for tags in TAGS:
        found = [t for t in (part.strip() for part in tags.split(",")) if t]
        expected = json.dumps({"tags": found}, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        assert expected == '{\n    "tags": ' + listing_json.tags_text(tags) + "\n  }"


def test_an_empty_store_lists_an_empty_array(run):
    assert run("prospects", "list", "--json").out == "[]\n"
