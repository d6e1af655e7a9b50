"""``visits remove``: a stop taken off its day's route, as the planner's Remove does."""

from __future__ import annotations


def test_visits_remove(run, add, dump, user_error):
    a, b = (add(name, "--city", "München") for name in ("Alpha KG", "Bravo KG"))
    first, second = run("visits", "plan", "2025-06-03", a, b).lines
    removed = run("visits", "remove", first)
    assert (removed.code, removed.err) == (0, "")
    assert removed.out == f"Removed the visit to Alpha KG on 2025-06-03 ({first}).\n"
    assert [r["id"] for r in run("visits", "list", "2025-06-03", "--json").json] == [second]
    before = dump()
    user_error(run("visits", "remove", first), f"No visit with id {first}")
    user_error(run("visits", "remove"), "VISIT_ID")
    assert dump() == before
