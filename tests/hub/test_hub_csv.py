"""CSV import and export on an office hub (services/csv_io/hub_import.py): the same as on a store file."""

from __future__ import annotations

HEADER = "Firma;Straße;PLZ;Ort;Land;Telefon;E-Mail;Ansprechpartner\r\n"


def _csv(tmp_path, rows: list[str], name: str = "kunden.csv"):
    path = tmp_path / name
    path.write_bytes((HEADER + "".join(row + "\r\n" for row in rows)).encode("cp1252"))
    return path


def _demo_row(cli, store) -> str:
    """A row of the file that names a prospect of the demo (same name, postal code and country)."""
    import json

    prospect = json.loads(cli(store, "prospects", "list", "--json").out)[0]
    return f"{prospect['name']};;{prospect['postal_code']};{prospect['city']};{prospect['country']};;;"


def test_a_csv_imported_into_the_hub_gives_what_it_gives_a_store_file(same_data, cli, tmp_path):
    store, hub = same_data
    rows = [
        "Bäckerei Özdemir GmbH;Hauptstraße 5;50667;Köln;DE;+49 221 123456;info@oezdemir.example;Ayse Özdemir",
        "Blumen Weiß;Marktplatz 1;80331;München;DE;;;Jürgen Weiß",
        "Blumen Weiß;Marktplatz 1;80331;München;DE;;;Petra Weiß",  # the same prospect again: a second contact
        _demo_row(cli, store),  # already present: counted, never changed
    ]
    source = _csv(tmp_path, rows)
    on_file, on_hub = cli(store, "import-csv", str(source)), cli(hub, "import-csv", str(source))
    assert on_hub.code == 0, on_hub.err
    assert on_hub.out.replace(str(source), "F") == on_file.out.replace(str(source), "F")
    assert "prospects created: 2" in on_hub.out and "already present: 1" in on_hub.out
    exported = {}
    for db, name in ((store, "file"), (hub, "hub")):
        target = tmp_path / f"export-{name}.csv"
        result = cli(db, "export-csv", str(target))
        assert result.code == 0, result.err
        exported[name] = target.read_bytes()
    assert exported["hub"] == exported["file"]  # every prospect, with its contact, in the same order
    assert "Özdemir".encode() in exported["hub"]
    searched = cli(hub, "prospects", "list", "--search", "özdem")  # the hub's search index took the new row
    assert "Bäckerei Özdemir GmbH" in searched.out
    again = cli(hub, "import-csv", str(source))  # nothing new the second time
    assert "prospects created: 0" in again.out and "already present: 3" in again.out


def test_a_bad_row_imports_nothing_into_the_hub_and_a_dry_run_writes_nothing(same_data, cli, tmp_path):
    import json

    store, hub = same_data
    before = json.loads(cli(hub, "prospects", "list", "--json").out)
    good = "Neu GmbH;Weg 1;10115;Berlin;DE;;;"
    bad = _csv(tmp_path, [good, "Kaputt AG;;10117;Berlin;DE;;keine-mail;"], "bad.csv")
    result = cli(hub, "import-csv", str(bad))
    assert result.code != 0 and "line 3" in (result.err + result.out)
    dry = cli(hub, "import-csv", "--dry-run", str(_csv(tmp_path, [good], "good.csv")))
    assert dry.code == 0 and "Neu GmbH" not in cli(hub, "prospects", "list").out
    assert json.loads(cli(hub, "prospects", "list", "--json").out) == before
    skipped = cli(hub, "import-csv", "--skip-bad", str(bad))  # the good rows only
    assert skipped.code == 0 and "Neu GmbH" in cli(hub, "prospects", "list").out
