"""``visits plan|list``."""

from __future__ import annotations

from cli_helpers import is_uuid


def test_visits_plan_and_list(run, add):
    a, b, c = (add(n, "--city", "München") for n in ("Alpha KG", "Bravo KG", "Charlie KG"))
    planned = run("visits", "plan", "2025-06-03", b, a)
    assert planned.code == 0 and len(planned.lines) == 2 and all(is_uuid(x) for x in planned.lines)
    run("visits", "plan", "2025-06-03", c)
    rows = run("visits", "list", "2025-06-03", "--json").json
    assert [(r["prospect_id"], r["date"], r["status"]) for r in rows] == [
        (b, "2025-06-03", "planned"),
        (a, "2025-06-03", "planned"),
        (c, "2025-06-03", "planned"),
    ]
    assert [r["id"] for r in rows[:2]] == planned.lines
    positions = [r["position"] for r in rows]
    assert positions == sorted(positions) and len(set(positions)) == 3
    text = run("visits", "list", "2025-06-03")
    assert text.code == 0 and len(text.lines) == 4
    assert [next(n for n in ("Alpha", "Bravo", "Charlie") if n in line) for line in text.lines[1:]] == [
        "Bravo",
        "Alpha",
        "Charlie",
    ]
    assert run("visits", "list", "2025-06-04", "--json").json == []
    run("prospects", "delete", a)
    assert [r["prospect_id"] for r in run("visits", "list", "2025-06-03", "--json").json] == [b, c]


def test_visit_user_errors(run, dump, user_error, add):
    pid = add("A")
    before = dump()
    user_error(run("visits", "plan", "2025-06-31", pid), "Date '2025-06-31' is not a date")
    user_error(run("visits", "plan", "2025-06-03", pid, "nope"), "No prospect with id nope")
    user_error(run("visits", "list", "June 3rd"), "Date 'June 3rd' is not a date")
    assert dump() == before
