"""``contacts add|export|delete``: a person's data, printed in full and erased on delete."""

from __future__ import annotations

from cli_helpers import is_uuid


def test_contacts_add_export_and_delete(run, add, dump, user_error):
    pid = add("Optik Schönblick")
    added = run(
        "contacts", "add", pid, "--name", "Julia Schön", "--role", "Owner", "--phone", "+49 30 123456",
        "--email", "julia@schoen.example", "--decision-maker",
    )  # fmt: skip
    assert added.code == 0 and added.err == ""
    cid = added.last_line
    assert is_uuid(cid)
    plain = run("contacts", "add", pid, "--name", "Max Muster")
    assert plain.code == 0 and is_uuid(plain.last_line)

    exported = run("contacts", "export", cid)
    assert exported.code == 0
    data = exported.json
    assert {k: data["contact"][k] for k in ("id", "name", "role", "phone", "email", "is_decision_maker")} == {
        "id": cid,
        "name": "Julia Schön",
        "role": "Owner",
        "phone": "+49 30 123456",
        "email": "julia@schoen.example",
        "is_decision_maker": True,
    }
    assert data["organisation"] == {"id": pid, "name": "Optik Schönblick"}
    assert run("contacts", "export", plain.last_line).json["contact"]["is_decision_maker"] is False
    assert [p["id"] for p in run("prospects", "list", "--search", "julia", "--json").json] == [pid]

    deleted = run("contacts", "delete", cid)
    assert (deleted.code, deleted.lines[0]) == (0, f"Contact {cid} deleted; their personal data is erased.")
    assert "Julia" not in repr(dump()) and "julia@schoen.example" not in repr(dump())
    user_error(run("contacts", "export", cid), f"No contact with id {cid}")
    before = dump()
    user_error(run("contacts", "delete", cid), f"No contact with id {cid}")
    user_error(run("contacts", "add", "nope", "--name", "X"), "No prospect with id nope")
    user_error(run("contacts", "add", pid), "--name")
    assert dump() == before


def test_contacts_list_and_update(run, add, dump, user_error):
    pid = add("Optik Schönblick")
    other = add("Elsewhere")
    max_ = run("contacts", "add", pid, "--name", "Max Muster", "--notes", "Prefers mornings").last_line
    julia = run(
        "contacts", "add", pid, "--name", "Julia Schön", "--role", "Owner", "--email", "julia@schoen.example",
        "--decision-maker",
    ).last_line  # fmt: skip
    run("contacts", "add", other, "--name", "Someone Else")

    listed = run("contacts", "list", pid, "--json").json
    assert listed == [
        {"id": julia, "prospect_id": pid, "name": "Julia Schön", "role": "Owner", "phone": "",
         "email": "julia@schoen.example", "is_decision_maker": True, "notes": ""},
        {"id": max_, "prospect_id": pid, "name": "Max Muster", "role": "", "phone": "", "email": "",
         "is_decision_maker": False, "notes": "Prefers mornings"},
    ]  # fmt: skip
    text = run("contacts", "list", pid)
    assert text.lines[0].split() == ["ID", "NAME", "ROLE", "PHONE", "E-MAIL", "DECIDES"]
    assert "Julia Schön" in text.lines[1] and text.lines[1].endswith("yes")

    updated = run("contacts", "update", max_, "--role", "Buyer", "--phone", "+49 30 99", "--decision-maker")
    assert (updated.code, updated.out) == (0, max_ + "\n")
    run("contacts", "update", julia, "--no-decision-maker", "--name", "Julia Schön-Berg", "--notes", "")
    by_id = {c["id"]: c for c in run("contacts", "list", pid, "--json").json}
    assert (by_id[max_]["role"], by_id[max_]["phone"], by_id[max_]["is_decision_maker"]) == (
        "Buyer",
        "+49 30 99",
        True,
    )
    assert (
        by_id[max_]["name"] == "Max Muster" and by_id[max_]["notes"] == "Prefers mornings"
    )  # not given: kept
    assert (by_id[julia]["name"], by_id[julia]["is_decision_maker"]) == ("Julia Schön-Berg", False)
    assert [c["id"] for c in run("contacts", "list", pid, "--json").json] == [max_, julia]

    run("contacts", "delete", julia)
    assert [c["id"] for c in run("contacts", "list", pid, "--json").json] == [max_]
    before = dump()
    user_error(run("contacts", "update", julia, "--role", "X"), f"No contact with id {julia}")
    user_error(run("contacts", "update", max_), "'contacts update' needs something to change")
    user_error(run("contacts", "update", max_, "--email", "not-an-address"), "E-mail 'not-an-address'")
    user_error(run("contacts", "update", max_, "--name", " "), "Contact name must not be empty")
    user_error(run("contacts", "list", "nope"), "No prospect with id nope")
    assert dump() == before


def test_contacts_delete_says_the_person_is_erased_from_the_backups_too(run, add, db, monkeypatch):
    """Issue 14: the erasure reaches every backup file of the store, and the command line says so."""
    import sqlite3

    from reciprocity_desktop.i18n import LANG_ENV
    from reciprocity_desktop.store import backups

    pid = add("Optik Schönblick")
    cid = run("contacts", "add", pid, "--name", "Julia Schön", "--email", "julia@schoen.example").last_line
    assert [run("backup").code, run("backup").code] == [0, 0]

    def person_in(path):
        connection = sqlite3.connect(path)
        try:
            return connection.execute("SELECT name, email FROM contacts WHERE id = ?", (cid,)).fetchone()
        finally:
            connection.close()

    everything = backups.list_backups(db)  # the day's backup was made before the person was added
    held = [info.path for info in everything if person_in(info.path) == ("Julia Schön", "julia@schoen.example")]
    assert len(held) == 2
    deleted = run("contacts", "delete", cid)
    assert deleted.code == 0
    assert deleted.lines == [
        f"Contact {cid} deleted; their personal data is erased.",
        "Their data is erased from the store's backups too (2 backup files held it).",
    ]
    assert [person_in(path) for path in held] == [("", ""), ("", "")]
    monkeypatch.setenv(LANG_ENV, "de")
    max_ = run("contacts", "add", pid, "--name", "Max Muster").last_line
    german = run("contacts", "delete", max_)
    assert german.code == 0 and "Datensicherungen" in german.lines[1], german
