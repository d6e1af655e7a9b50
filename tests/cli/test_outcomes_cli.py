"""``outcomes add|list``."""

from __future__ import annotations

import pytest
from cli_helpers import is_uuid


def test_outcomes_add(run, add):
    pid = add("Brauerei Früh")
    result = run(
        "outcomes",
        "add",
        pid,
        "--kind",
        "order",
        "--date",
        "2025-06-01",
        "--value",
        "1.234,50",
        "--note",
        "First",
    )
    assert result.code == 0 and is_uuid(result.last_line)
    rows = run("outcomes", "list", "--json").json
    assert [(r["id"], r["prospect_id"], r["date"], r["kind"], r["value"], r["note"]) for r in rows] == [
        (result.last_line, pid, "2025-06-01", "order", 1234.5, "First")
    ]
    for kind in ("conversation", "referral", "meeting", "other"):
        assert run("outcomes", "add", pid, "--kind", kind).code == 0
    assert {r["kind"] for r in run("outcomes", "list", "--json").json} == {
        "order", "conversation", "referral", "meeting", "other"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (
            ("--kind", "thanks"),
            ["Kind 'thanks' is not one of: conversation, referral, meeting, order, other"],
        ),
        (("--kind", "order", "--value", "lots"), ["Value 'lots' is not an amount"]),
        (("--kind", "order", "--value", "-1"), ["Value must not be negative"]),
        (
            ("--kind", "order", "--date", "yesterday"),
            ["Date 'yesterday' is not a date in the form YYYY-MM-DD"],
        ),
    ],
)
def test_outcome_user_errors(run, dump, user_error, args, fragments, add):
    pid = add("Existing GmbH")
    before = dump()
    user_error(run("outcomes", "add", pid, *args), *fragments)
    assert dump() == before
    user_error(run("outcomes", "add", "nope", "--kind", "order"), "No prospect with id nope")
    assert dump() == before


def test_an_order_without_a_value_is_stored_as_unknown_not_zero(run, add, db):
    import sqlite3

    pid = add("Brauerei Früh")
    unknown = run("outcomes", "add", pid, "--kind", "order", "--date", "2025-06-02").last_line
    known = run("outcomes", "add", pid, "--kind", "order", "--date", "2025-06-01", "--value", "0").last_line
    talk = run("outcomes", "add", pid, "--kind", "conversation", "--date", "2025-05-30").last_line
    connection = sqlite3.connect(db)
    stored = dict(connection.execute("SELECT id, value_cents FROM outcomes").fetchall())
    connection.close()
    assert stored == {unknown: None, known: 0, talk: 0}  # NULL: not known; a typed 0 stays 0
    rows = {r["id"]: r for r in run("outcomes", "list", "--json").json}
    assert rows[unknown]["value"] is None and rows[known]["value"] == 0 and rows[talk]["value"] == 0
    table = run("outcomes", "list")
    line = next(line for line in table.lines if unknown in line)
    assert "unknown" in line and "0.00" not in line
    assert run("report").code == 0  # the sums read an unknown value as nothing known
