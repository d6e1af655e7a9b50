"""A bulk CSV import leaves the store exactly as saving the same rows one by one through the services does.

The one-by-one side is the window's own path: ``prospects.add_prospect`` and ``contacts.add_contact``
for each row, in file order, with the import's rules spelled out plainly (a row whose folded name,
postal code and country match an earlier one adds only its contact person, unless that person is
there already; a prospect the store had is left as it is). Everything derived is compared: the
search text and sort name, the contacts' sort keys, coordinates from postal codes and their source,
the default country; only ids and times differ.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from test_csv_bulk import content

from reciprocity_desktop.services import contacts as contact_service
from reciprocity_desktop.services import prospects as prospect_service
from reciprocity_desktop.services import settings
from reciprocity_desktop.services.csv_io import import_csv, importing
from reciprocity_desktop.services.csv_io.rows import postal_key
from reciprocity_desktop.store import open_store
from reciprocity_desktop.textutil import fold

HEADER = [
    "Firma", "Straße", "Hausnummer", "PLZ", "Ort", "Land", "Telefon", "E-Mail", "Webseite", "Branche", "Phase",
    "Tags", "Bemerkungen", "Vorname", "Nachname", "Funktion", "Mobil", "E-Mail Ansprechpartner",
]  # fmt: skip
CITIES = [("80331", "München", "DE"), ("1010", "Wien", "AT"), ("8001", "Zürich", "CH"), ("99999", "Nirgendwo", "DE"),
          ("1000", "Ljubljana", "SI"), ("1012 AB", "Amsterdam", "NL"), ("10115", "Berlin", "")]  # fmt: skip
PEOPLE = [("Jürgen", "Weiß", "Einkauf"), ("Ana", "Novak", ""), ("", "", ""), ("Éloïse", "Dubois", "Chefin")]


def rows() -> list[dict[str, str]]:
    """Rows in the file's columns: varied fields, repeats of earlier prospects (across chunks too), the
    same person written another way, a prospect the store already has, rows without a country."""
    out = []
    for i in range(60):
        postal, city, country = CITIES[i % len(CITIES)]
        first, last, role = PEOPLE[i % len(PEOPLE)]
        out.append({
            "Firma": f"  Bäckerei  Müller {i // 3 if i % 9 == 4 else i} GmbH ", "Straße": "Hauptstraße" if i % 4 else "",
            "Hausnummer": str(i % 30 + 1) if i % 5 else "", "PLZ": postal, "Ort": city, "Land": country,
            "Telefon": f"+49 89 {i:04d}" if i % 2 else "", "E-Mail": f"info{i}@example.com" if i % 3 else "",
            "Webseite": "https://example.com" if i % 7 == 0 else "", "Branche": ["Handel", "", "Gastronomie"][i % 3],
            "Phase": ["", "prospect", "customer"][i % 3], "Tags": ["", "wichtig, Messe", "Messe,messe"][i % 3],
            "Bemerkungen": "Zeile eins\nZeile zwei" if i % 6 == 0 else "", "Vorname": first, "Nachname": last,
            "Funktion": role, "Mobil": f"0171 {i}" if first else "", "E-Mail Ansprechpartner": "",
        })  # fmt: skip
    # the same prospect again (folded name, postal code and country agree) with another contact person,
    # with the same person written differently, and one the store already has
    out.append({**out[12], "Firma": "BÄCKEREI MÜLLER 12 GMBH", "Vorname": "Zoë", "Nachname": "Brand"})
    out.append({**out[12], "Vorname": "JÜRGEN", "Nachname": "WEISS"})
    out.append({**out[1], "Firma": "Vorhanden KG", "PLZ": "1010", "Ort": "Wien", "Land": "AT"})
    return out


def write_file(path: Path, items: list[dict[str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows([[row[column] for column in HEADER] for row in items])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def save_one_by_one(store, items: list[dict[str, str]], default_country: str) -> dict[str, int]:
    """What the import does, row by row, through the window's services; what it counted."""
    counts = {"created": 0, "present": 0, "repeated": 0}
    met: dict[tuple[str, str, str], tuple[str | None, list[str]]] = {}
    seen: set[tuple[str, str, str]] = set()
    for p in prospect_service.list_prospects(store):  # prospects the store had: never changed
        met[(fold(p.name), postal_key(p.postal_code), p.country)] = (None, [])
    for row in items:
        street = " ".join(part for part in (row["Straße"].strip(), row["Hausnummer"].strip()) if part)
        key = (fold(row["Firma"]), postal_key(row["PLZ"].strip()), row["Land"] or default_country)
        if key in met:
            counts["present" if met[key][0] is None and key not in seen else "repeated"] += 1
        else:
            prospect = prospect_service.add_prospect(
                store, name=row["Firma"], street=street, postal_code=row["PLZ"], city=row["Ort"],
                country=row["Land"], phone=row["Telefon"], email=row["E-Mail"], website=row["Webseite"],
                industry=row["Branche"], stage=row["Phase"], tags=row["Tags"], notes=row["Bemerkungen"],
            )  # fmt: skip
            met[key] = (prospect.id, [])
            counts["created"] += 1
        seen.add(key)
        prospect_id, people = met[key]
        name = " ".join(part for part in (row["Vorname"], row["Nachname"]) if part.strip())
        if prospect_id is None or not name or fold(name) in people:
            continue
        contact_service.add_contact(
            store, prospect_id, name=name, role=row["Funktion"], phone=row["Mobil"], email=row["E-Mail Ansprechpartner"]
        )  # fmt: skip
        people.append(fold(name))
    return counts


def prepare(store) -> None:
    settings.set_(store, "default_country", "AT")
    prospect_service.add_prospect(store, name="Vorhanden KG", postal_code="1010", city="Wien", country="AT")


@pytest.mark.parametrize("chunk", [None, 7], ids=["one-chunk", "chunks-of-7"])
def test_a_bulk_import_gives_what_saving_each_row_gives(tmp_path, monkeypatch, chunk):
    if chunk is not None:
        monkeypatch.setattr(importing, "CHUNK_ROWS", chunk)
    items = rows()
    source = write_file(tmp_path / "kunden.csv", items)
    bulk, one_by_one = open_store(tmp_path / "bulk.sqlite3"), open_store(tmp_path / "one.sqlite3")
    try:
        prepare(bulk)
        prepare(one_by_one)
        report = import_csv(bulk, source)
        counts = save_one_by_one(one_by_one, items, "AT")
        expected = content(one_by_one)
        assert content(bulk) == expected
        assert (report.created, report.already_present, report.duplicates) == tuple(counts.values())
        assert (report.rows, report.failed) == (len(items), [])
        assert counts == {"created": len(expected) - 1, "present": 1, "repeated": 3}
        # the file's variety reached the store: coordinates from postal codes (and none for unknown ones),
        # the default country, several contacts of one prospect in its search text
        by_name = {p["name"]: p for p in expected}
        assert by_name["Bäckerei Müller 0 GmbH"]["coordinates_source"] == "postal_code"
        assert by_name["Bäckerei Müller 3 GmbH"]["latitude"] is None  # 99999 is nobody's postal code
        assert by_name["Bäckerei Müller 6 GmbH"]["country"] == "AT"
        assert sorted(c["name"] for c in by_name["Bäckerei Müller 12 GmbH"]["contacts"]) == [
            "Jürgen Weiß",
            "Zoë Brand",
        ]
        assert by_name["Bäckerei Müller 12 GmbH"]["search_text"].endswith("jurgen weiss zoe brand")
    finally:
        bulk.close()
        one_by_one.close()
