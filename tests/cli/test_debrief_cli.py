"""``visits debrief`` and ``gifts react``: the debrief from the command line, end to end.

Through ``main([...])`` (the ``run`` fixture), once through ``python -m reciprocity_desktop``; the
store is read back through the list commands' JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TODAY = dt.date.today()
VISIT_DAY = (TODAY - dt.timedelta(days=1)).isoformat()
BOOK_DAY = (TODAY - dt.timedelta(days=15)).isoformat()
SOURCE = Path(__file__).resolve().parents[2]


@pytest.fixture
def loop(run, add):
    """Alpha got a book two weeks ago (its feedback follow-up is open); yesterday's visit to Alpha is
    still to debrief; two coffee boxes are in stock."""
    pid = add("Alpha KG", "--city", "München", "--country", "DE")
    coffee = run("stock", "add", "--name", "Coffee box", "--quantity", "2", "--cost", "4.50").last_line
    book = run(
        "gifts", "add", pid, "--kind", "content", "--description", "Printed e-book", "--date", BOOK_DAY
    )
    visit = run("visits", "plan", VISIT_DAY, pid).last_line
    return {"pid": pid, "coffee": coffee, "book": book.last_line, "visit": visit}


def listed(run, *command):
    result = run(*command, "--json")
    assert result.code == 0, result
    return result.json


def test_debrief_records_everything_in_one_go(run, loop):
    result = run(
        "visits", "debrief", loop["visit"], "--status", "done",
        "--gift-item", loop["coffee"],
        "--reaction", "liked", "--reaction-note", "Read it twice",
        "--outcome", "order", "--value", "1250.50",
        "--note", "Owner was in",
        "--followup", "call", "--due", "2030-01-15",
    )  # fmt: skip
    assert result.code == 0, result
    assert result.err == "warning: Only 1 of 'Coffee box' left in stock.\n"
    gifts = {g["description"]: g for g in listed(run, "gifts", "list")}
    followups = listed(run, "followups", "list")
    feedback = {f["gift_id"]: f for f in followups if f["kind"] == "ask_feedback"}
    coffee_gift, book = gifts["Coffee box"], gifts["Printed e-book"]
    call = next(f for f in followups if f["kind"] == "call")
    [outcome] = listed(run, "outcomes", "list")
    assert result.lines == [
        f"Debriefed the visit on {VISIT_DAY}: done ({loop['visit']}).",
        f"Gift handed over: Coffee box ({coffee_gift['id']}).",
        f"Follow-up ask_feedback scheduled for {feedback[coffee_gift['id']]['due']} "
        f"({feedback[coffee_gift['id']]['id']}).",
        f"Reaction to the gift of {BOOK_DAY} (Printed e-book): liked ({loop['book']}).",
        f"Follow-up ask_feedback {feedback[loop['book']]['id']} done.",
        f"Outcome order, value 1250.50 ({outcome['id']}).",
        f"Follow-up call due 2030-01-15 ({call['id']}).",
        "First order: to move the prospect to customer, run "
        f"`reciprocity-desktop prospects update {loop['pid']} --stage customer`.",
    ]
    assert (book["reaction"], book["reaction_note"]) == ("liked", "Read it twice")
    assert (feedback[loop["book"]]["done_on"], feedback[loop["book"]]["result"]) == (
        VISIT_DAY,
        "Read it twice",
    )
    assert feedback[coffee_gift["id"]]["done"] is False
    assert (coffee_gift["stock_item_id"], coffee_gift["date"]) == (loop["coffee"], VISIT_DAY)
    assert (outcome["kind"], outcome["value"], outcome["note"]) == ("order", 1250.5, "Owner was in")
    assert [s["on_hand"] for s in listed(run, "stock", "list")] == [1]
    [visit] = listed(run, "visits", "list", VISIT_DAY)
    assert (visit["status"], visit["notes"]) == ("done", "Owner was in")
    [prospect] = listed(run, "prospects", "list")
    assert prospect["stage"] == "prospect"  # the CLI only says how to change it


def test_an_order_without_a_value_is_recorded_as_not_known(run, loop):
    result = run("visits", "debrief", loop["visit"], "--status", "done", "--outcome", "order")
    assert result.code == 0, result
    [outcome] = listed(run, "outcomes", "list")
    assert f"Outcome order, value not known ({outcome['id']})." in result.lines
    assert outcome["value"] is None  # not known
    assert any(line.startswith("First order") for line in result.lines)
    # A second order is not the first: no hint.
    today = run("visits", "plan", TODAY.isoformat(), loop["pid"]).last_line
    again = run("visits", "debrief", today, "--status", "done", "--outcome", "order", "--value", "99")
    assert again.code == 0, again
    assert not any(line.startswith("First order") for line in again.lines)


def test_a_gift_described_and_nothing_else(run, loop):
    result = run(
        "visits", "debrief", loop["visit"], "--status", "done", "--gift-description", "Bottle of wine"
    )
    assert result.code == 0, result
    [wine] = [g for g in listed(run, "gifts", "list") if g["description"] == "Bottle of wine"]
    assert (wine["kind"], wine["stock_item_id"]) == ("other", None)
    assert result.lines[1] == f"Gift handed over: Bottle of wine ({wine['id']})."
    book_feedback = [f for f in listed(run, "followups", "list") if f["gift_id"] == loop["book"]]
    assert [f["done"] for f in book_feedback] == [False]  # no --reaction: the book's question stays open


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (("--status", "planned"), "argument --status: invalid choice: 'planned'"),
        (
            ("--status", "done", "--outcome", "order", "--value", "abc"),
            "--value: Order value 'abc' is not an amount",
        ),
        (
            ("--status", "done", "--outcome", "order", "--value", "0"),
            "--value: Order value must be more than 0",
        ),
        (("--status", "done", "--value", "12"), "--value: only an order has a value"),
        (("--status", "done", "--outcome", "meeting", "--value", "12"), "--value: only an order has a value"),
        (("--status", "done", "--outcome", "gratitude"), "argument --outcome: invalid choice: 'gratitude'"),
        (("--status", "done", "--reaction", "thrilled"), "argument --reaction: invalid choice: 'thrilled'"),
        (("--status", "done", "--reaction-note", "Nice"), "--reaction-note: say how the gift was received"),
        (("--status", "nobody_there", "--reaction", "liked"), "--reaction: A reaction can only be heard"),
        (("--status", "done", "--followup", "call"), "--followup: give its due date with --due DATE"),
        (
            ("--status", "done", "--due", "2030-01-01"),
            "--due: give the kind of follow-up with --followup KIND",
        ),
        (
            ("--status", "done", "--followup", "call", "--due", "2030-02-30"),
            "--due: Due date '2030-02-30' is not",
        ),
        (
            ("--status", "done", "--followup", "pester", "--due", "2030-01-01"),
            "argument --followup: invalid choice",
        ),
        (
            ("--status", "done", "--gift-item", "no-such-item"),
            "--gift-item: No stock item with id no-such-item.",
        ),
        (("--status", "done", "--gift-item", "x", "--gift-description", "y"), "not allowed with argument"),
        (("--status", "cancelled", "--gift-handed"), "--gift-handed: A gift can only be handed over"),
        (("--status", "done", "--gift-handed"), "--gift-handed: Say which gift was handed over."),
        (
            ("--status", "done", "--gift-description", "x" * 501),
            "--gift-description: Description is too long",
        ),
    ],
)
def test_bad_input_is_one_line_naming_the_option_and_changes_nothing(
    run, dump, user_error, loop, options, fragment
):
    before = dump()
    user_error(run("visits", "debrief", loop["visit"], *options), fragment)
    assert dump() == before


def test_the_stock_running_out_is_refused_and_changes_nothing(run, dump, user_error, loop):
    run("gifts", "add", loop["pid"], "--kind", "sample", "--description", "x", "--stock-item", loop["coffee"],
        "--quantity", "2")  # fmt: skip
    before = dump()
    user_error(
        run("visits", "debrief", loop["visit"], "--status", "done", "--gift-item", loop["coffee"]),
        "--gift-item: Only 0 of 'Coffee box' left in stock",
    )
    assert dump() == before


def test_no_reaction_without_an_earlier_gift_and_no_debrief_before_the_day(run, add, dump, user_error):
    pid = add("Bravo GmbH")
    yesterday = run("visits", "plan", VISIT_DAY, pid).last_line
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    coming = run("visits", "plan", tomorrow, pid).last_line
    before = dump()
    user_error(
        run("visits", "debrief", yesterday, "--status", "done", "--reaction", "liked"),
        "--reaction: Bravo GmbH received no gift before this visit, so there is no reaction to record.",
    )
    user_error(
        run("visits", "debrief", coming, "--status", "done", "--outcome", "meeting"),
        f"The visit to Bravo GmbH is on {tomorrow}, still to come: it can be debriefed from that day on.",
    )
    user_error(
        run("visits", "debrief", "no-such-visit", "--status", "done"), "No visit with id no-such-visit"
    )
    assert dump() == before


def test_gifts_react_completes_the_feedback_follow_up(run, dump, user_error, loop):
    [ask] = [f for f in listed(run, "followups", "list") if f["gift_id"] == loop["book"]]
    result = run("gifts", "react", loop["book"], "--reaction", "not_liked", "--note", "Not their taste")
    assert result.code == 0, result
    assert result.lines == [
        f"Reaction to the gift of {BOOK_DAY} (Printed e-book): not_liked ({loop['book']}).",
        f"Follow-up ask_feedback {ask['id']} done.",
    ]
    [book] = [g for g in listed(run, "gifts", "list") if g["id"] == loop["book"]]
    assert (book["reaction"], book["reaction_note"]) == ("not_liked", "Not their taste")
    [ask] = [f for f in listed(run, "followups", "list") if f["id"] == ask["id"]]
    assert (ask["done_on"], ask["result"]) == (TODAY.isoformat(), "Not their taste")
    again = run("gifts", "react", loop["book"], "--reaction", "neutral")
    assert again.lines[-1] == "No open ask_feedback follow-up for this gift."
    before = dump()
    user_error(
        run("gifts", "react", loop["book"], "--reaction", "meh"), "argument --reaction: invalid choice"
    )
    user_error(run("gifts", "react", loop["book"]), "the following arguments are required: --reaction")
    user_error(run("gifts", "react", "no-such-gift", "--reaction", "liked"), "No gift with id no-such-gift")
    user_error(
        run("gifts", "react", loop["book"], "--reaction", "liked", "--note", "x" * 2001),
        "--note: Reaction note",
    )
    assert dump() == before


def test_visits_debrief_through_the_entry_point(tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SOURCE), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    db = str(tmp_path / "store.sqlite3")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "reciprocity_desktop", "--db", db, *args],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        )  # fmt: skip

    pid = cli("prospects", "add", "--name", "Optik Schön").stdout.splitlines()[-1]
    book = cli("gifts", "add", pid, "--kind", "content", "--description", "Guide", "--date", BOOK_DAY)
    visit = cli("visits", "plan", VISIT_DAY, pid).stdout.strip()
    done = cli("visits", "debrief", visit, "--status", "done", "--reaction", "neutral", "--outcome", "order")
    assert done.returncode == 0, done.stderr
    assert (
        f"Reaction to the gift of {BOOK_DAY} (Guide): neutral ({book.stdout.splitlines()[-1]})."
        in done.stdout
    )
    assert "Outcome order, value not known" in done.stdout
    refused = cli("visits", "debrief", visit, "--status", "done", "--outcome", "order", "--value", "lots")
    assert refused.returncode == 2 and refused.stdout == ""
    assert (
        refused.stderr == "reciprocity-desktop: --value: Order value 'lots' is not an amount (e.g. 12.50).\n"
    )
    outcomes = json.loads(cli("outcomes", "list", "--json").stdout)
    assert [(o["kind"], o["value"]) for o in outcomes] == [("order", None)]
