"""``visits update VISIT_ID [--time HH:MM | --no-fixed-time] [--minutes N]`` and the fields ``visits list --json`` shows."""

from __future__ import annotations


def _day(run, add):
    a, b = (add(n, "--city", "München") for n in ("Alpha KG", "Bravo KG"))
    first, second = run("visits", "plan", "2026-06-03", a, b).lines
    return first, second


def test_the_list_shows_fixed_time_and_visit_minutes_beside_the_other_fields(run, add):
    first, _ = _day(run, add)
    row = run("visits", "list", "2026-06-03", "--json").json[0]
    assert row["id"] == first and row["fixed_time"] is False and row["visit_minutes"] is None
    assert {"id", "prospect_id", "prospect_name", "date", "position", "planned_time", "status"} <= set(row)
    assert {"gift_stock_item_id", "gift_note", "notes"} <= set(row)


def test_a_fixed_time_and_minutes_are_set_and_cleared(run, add):
    first, second = _day(run, add)
    done = run("visits", "update", second, "--time", "14:30", "--minutes", "90")
    assert done.code == 0 and "14:30 (fixed)" in done.out and "90 minutes" in done.out
    rows = {r["id"]: r for r in run("visits", "list", "2026-06-03", "--json").json}
    assert (rows[second]["planned_time"], rows[second]["fixed_time"], rows[second]["visit_minutes"]) == (
        "14:30",
        True,
        90,
    )
    assert rows[first]["fixed_time"] is False
    cleared = run("visits", "update", second, "--no-fixed-time")
    assert cleared.code == 0 and "without a fixed time" in cleared.out
    row = next(r for r in run("visits", "list", "2026-06-03", "--json").json if r["id"] == second)
    assert row["fixed_time"] is False and row["visit_minutes"] == 90


def test_bad_values_are_refused_with_one_line_naming_the_option(run, add, dump, user_error):
    _, second = _day(run, add)
    before = dump()
    user_error(run("visits", "update", second, "--time", "25:61"), "--time", "25:61")
    user_error(run("visits", "update", second, "--time", " "), "--time")
    user_error(run("visits", "update", second, "--minutes", "lots"), "--minutes", "lots")
    user_error(run("visits", "update", second, "--minutes", "-5"), "--minutes")
    user_error(run("visits", "update", second), "--time", "--no-fixed-time", "--minutes")
    user_error(run("visits", "update", "nope", "--minutes", "30"), "nope")
    both = run("visits", "update", second, "--time", "10:00", "--no-fixed-time")
    assert both.code == 2 and "not allowed with argument" in both.err and "Traceback" not in both.err
    assert dump() == before
