"""``prospects list|add|update|delete``: output and user errors."""

from __future__ import annotations

import pytest


def test_prospects_add_list_update_delete(run, db, add):
    pid = add(
        "Bäckerei Müller GmbH",
        "--street", "Schloßstraße 12", "--postal-code", "80331", "--city", "München", "--country", "de",
        "--phone", "+49 89 123456", "--email", "info@mueller.example", "--stage", "customer",
    )  # fmt: skip
    listed = run("prospects", "list", "--json")
    assert listed.code == 0
    (row,) = listed.json
    assert {
        k: row[k]
        for k in ("id", "name", "street", "postal_code", "city", "country", "phone", "email", "stage")
    } == {
        "id": pid,
        "name": "Bäckerei Müller GmbH",
        "street": "Schloßstraße 12",
        "postal_code": "80331",
        "city": "München",
        "country": "DE",
        "phone": "+49 89 123456",
        "email": "info@mueller.example",
        "stage": "customer",
    }
    assert all(key == key.lower() and " " not in key for key in row)

    updated = run("prospects", "update", pid, "--city", "Freising", "--stage", "lost")
    assert updated.code == 0 and updated.last_line == pid
    row = run("prospects", "list", "--json").json[0]
    assert (row["city"], row["stage"], row["street"]) == ("Freising", "lost", "Schloßstraße 12")

    text = run("prospects", "list")
    assert text.code == 0 and pid in text.out and "Bäckerei Müller GmbH" in text.out

    deleted = run("prospects", "delete", pid)
    assert deleted.code == 0 and pid in deleted.out
    assert run("prospects", "list", "--json").json == []
    assert pid not in run("prospects", "list").out


def test_prospects_list_is_ordered_by_name_complete_and_searchable(run, db, add):
    from reciprocity_desktop.services import prospects
    from reciprocity_desktop.store import open_store

    names = [f"Firma {n:03d}" for n in range(120)]
    store = open_store(db)  # many rows: added through the services, listed through the CLI
    try:
        for name in reversed(names):
            prospects.add_prospect(store, name=name, city="Köln" if name.endswith("7") else "Bonn")
    finally:
        store.close()
    add("Čebelarstvo Žužek", "--city", "Ljubljana", "--country", "SI")
    listed = run("prospects", "list", "--json").json
    assert [p["name"] for p in listed] == ["Čebelarstvo Žužek", *names]  # folded: Č sorts with C
    text_rows = run("prospects", "list").lines
    assert len(text_rows) == 1 + 121  # a header and every row: no default limit
    found = run("prospects", "list", "--search", "koln", "--json").json
    assert [p["name"] for p in found] == [n for n in names if n.endswith("7")]
    assert [p["name"] for p in run("prospects", "list", "--search", "zuzek", "--json").json] == [
        "Čebelarstvo Žužek"
    ]
    assert run("prospects", "list", "--search", "nothing like this", "--json").json == []


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("prospects", "add", "--name", ""), ["Name must not be empty"]),
        (("prospects", "add", "--name", "X", "--country", "Germany"), ["Country 'Germany'", "ISO 3166"]),
        (
            ("prospects", "add", "--name", "X", "--email", "nobody"),
            ["E-mail 'nobody' is not an e-mail address"],
        ),
        (("prospects", "add", "--name", "X", "--stage", "hot"), ["Stage 'hot' is not one of"]),
        (("prospects", "update", "no-such-id", "--city", "Berlin"), ["No prospect with id no-such-id"]),
        (("prospects", "update", "{pid}", "--country", "XX"), ["Country 'XX'"]),
        (("prospects", "update", "{pid}", "--name", " "), ["Name must not be empty"]),
        (("prospects", "delete", "no-such-id"), ["No prospect with id no-such-id"]),
        (("prospects", "add", "--city", "Berlin"), ["--name"]),  # missing name
    ],
)
def test_prospect_user_errors(run, dump, user_error, args, fragments, add):
    pid = add("Existing GmbH")
    before = dump()
    result = run(*[a.replace("{pid}", pid) for a in args])
    user_error(result, *fragments)
    assert dump() == before
