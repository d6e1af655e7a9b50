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
    assert (deleted.code, deleted.out) == (0, f"Contact {cid} deleted; their personal data is erased.\n")
    assert "Julia" not in repr(dump()) and "julia@schoen.example" not in repr(dump())
    user_error(run("contacts", "export", cid), f"No contact with id {cid}")
    before = dump()
    user_error(run("contacts", "delete", cid), f"No contact with id {cid}")
    user_error(run("contacts", "add", "nope", "--name", "X"), "No prospect with id nope")
    user_error(run("contacts", "add", pid), "--name")
    assert dump() == before
