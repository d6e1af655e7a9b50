"""``gifts add|list``: the follow-up it schedules, the stock it takes, its warnings and user errors."""

from __future__ import annotations

import pytest
from cli_helpers import is_uuid


def test_gifts_add_schedules_feedback_and_prints_the_id_last(run, db, add):
    pid = add("Hotel Zur Post", "--country", "DE")
    result = run(
        "gifts", "add", pid, "--kind", "event", "--description", "Invitation to the customer evening",
        "--date", "2025-05-02", "--cost", "12,50",
    )  # fmt: skip
    assert result.code == 0
    gid = result.last_line
    assert is_uuid(gid)
    assert "ask_feedback" in result.out and "2025-05-09" in result.out
    gifts = run("gifts", "list", "--json").json
    assert [
        {k: g[k] for k in ("id", "prospect_id", "date", "kind", "description", "cost")} for g in gifts
    ] == [
        {
            "id": gid,
            "prospect_id": pid,
            "date": "2025-05-02",
            "kind": "event",
            "description": "Invitation to the customer evening",
            "cost": 12.5,
        }
    ]
    fus = run("followups", "list", "--json").json
    assert [{k: f[k] for k in ("prospect_id", "gift_id", "due", "kind", "done")} for f in fus] == [
        {"prospect_id": pid, "gift_id": gid, "due": "2025-05-09", "kind": "ask_feedback", "done": False}
    ]
    assert is_uuid(fus[0]["id"])
    assert "Invitation to the customer evening" in run("gifts", "list").out


def test_gift_from_stock_and_over_draw(run, db, dump, user_error, add):
    from reciprocity_desktop.services import gifts as gift_service
    from reciprocity_desktop.store import open_store

    pid = add("Optik Schön")
    store = open_store(db)
    try:
        item = gift_service.add_stock_item(store, name="Coffee sample box", unit_cost="8.50", quantity=2)
    finally:
        store.close()
    ok = run("gifts", "add", pid, "--kind", "sample", "--description", "Coffee", "--stock-item", item.id)
    assert ok.code == 0
    assert run("gifts", "list", "--json").json[0]["cost"] == 8.5
    before = dump()
    over = run(
        "gifts",
        "add",
        pid,
        "--kind",
        "sample",
        "--description",
        "Coffee",
        "--stock-item",
        item.id,
        "--quantity",
        "2",
    )
    user_error(over, "Only 1 of 'Coffee sample box' left in stock; cannot give 2.")
    assert dump() == before


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("--kind", "bribe", "--description", "x"), ["Kind 'bribe' is not one of: sample, trial"]),
        (
            ("--kind", "sample", "--description", "x", "--date", "2025-02-30"),
            ["Date '2025-02-30' is not a date"],
        ),
        (("--kind", "sample", "--description", "x", "--date", "02.05.2025"), ["YYYY-MM-DD"]),
        (("--kind", "sample", "--description", "x", "--cost", "abc"), ["Cost 'abc' is not an amount"]),
        (("--kind", "sample", "--description", "x", "--cost", "-5"), ["Cost must not be negative"]),
        (("--kind", "sample", "--description", "x", "--cost", "1.005"), ["more than two decimals"]),
        (("--kind", "sample", "--description", "x", "--stock-item", "nope"), ["No stock item with id nope"]),
        (("--kind", "sample", "--description", " "), ["Description must not be empty"]),
        (("--kind", "sample"), ["--description"]),
    ],
)
def test_gift_user_errors(run, dump, user_error, args, fragments, add):
    pid = add("Existing GmbH")
    before = dump()
    user_error(run("gifts", "add", pid, *args), *fragments)
    assert dump() == before


def test_gift_to_an_unknown_prospect(run, dump, user_error, add):
    add("Existing GmbH")
    before = dump()
    user_error(
        run("gifts", "add", "nope", "--kind", "sample", "--description", "x"), "No prospect with id nope"
    )
    assert dump() == before


def test_gift_limit_warning_goes_to_stderr_and_the_gift_is_logged(run, add):
    pid = add("Kanzlei Weber", "--country", "DE")
    first = run(
        "gifts",
        "add",
        pid,
        "--kind",
        "event",
        "--description",
        "Dinner",
        "--cost",
        "45",
        "--date",
        "2025-03-01",
    )
    assert first.code == 0 and "close to the deductible limit" in first.err
    second = run(
        "gifts",
        "add",
        pid,
        "--kind",
        "other",
        "--description",
        "Wine",
        "--cost",
        "10",
        "--date",
        "2025-04-01",
    )
    assert second.code == 0 and "over the deductible limit" in second.err
    assert is_uuid(second.last_line)
    assert len(run("gifts", "list", "--json").json) == 2
