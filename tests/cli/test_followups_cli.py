"""``followups list|done|add``."""

from __future__ import annotations

import datetime as dt


def test_followups_done(run, dump, user_error, add):
    pid = add("Autohaus Straßer")
    run("gifts", "add", pid, "--kind", "sample", "--description", "Coffee", "--date", "2025-01-10")
    fid = run("followups", "list", "--json").json[0]["id"]
    done = run("followups", "done", fid, "--note", "They loved it")
    assert done.code == 0 and fid in done.out
    row = run("followups", "list", "--json").json[0]
    assert (row["done"], row["result"], row["done_on"]) == (
        True,
        "They loved it",
        dt.date.today().isoformat(),
    )
    before = dump()
    user_error(run("followups", "done", "nope"), "No follow-up with id nope")
    assert dump() == before


def test_followups_list_orders_open_by_due_date_then_done(run, add):
    pid = add("A")
    for day in ("2025-03-01", "2025-01-01", "2025-02-01"):
        run("gifts", "add", pid, "--kind", "sample", "--description", day, "--date", day)
    rows = run("followups", "list", "--json").json
    assert [r["due"] for r in rows] == ["2025-01-08", "2025-02-08", "2025-03-08"]
    run("followups", "done", rows[0]["id"])
    rows = run("followups", "list", "--json").json
    assert [(r["due"], r["done"]) for r in rows] == [
        ("2025-02-08", False),
        ("2025-03-08", False),
        ("2025-01-08", True),
    ]


def test_followups_of_a_deleted_prospect_are_not_listed(run, add):
    pid = add("Gone")
    run("gifts", "add", pid, "--kind", "sample", "--description", "Coffee")
    run("prospects", "delete", pid)
    assert run("followups", "list", "--json").json == []
    assert run("gifts", "list", "--json").json == []
