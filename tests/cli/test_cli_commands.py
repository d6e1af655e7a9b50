"""The scripting CLI, run in-process: every command of the issue, its output, and its user errors."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from reciprocity_desktop import __version__


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _add(run, name: str, *options: str) -> str:
    result = run("prospects", "add", "--name", name, *options)
    assert result.code == 0, result
    assert _is_uuid(result.last_line)
    return result.last_line


# -- version, store location ---------------------------------------------------------------------------


def test_version(run, db):
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"reciprocity-desktop {__version__}"
    assert not db.exists()  # asking for the version opens no store


def test_db_option_and_variable_choose_the_store(run, tmp_path, monkeypatch):
    by_option = tmp_path / "option.sqlite3"
    by_variable = tmp_path / "variable.sqlite3"
    monkeypatch.setenv("RECIPROCITY_DB", str(by_variable))
    _add(lambda *a: run(*a, db_path=by_option), "Via option")
    _add(lambda *a: run(*a, db_path=None), "Via variable")
    assert [p["name"] for p in run("prospects", "list", "--json", db_path=by_option).json] == ["Via option"]
    assert [p["name"] for p in run("prospects", "list", "--json", db_path=None).json] == ["Via variable"]
    # --db wins over the variable.
    assert by_option.exists() and by_variable.exists()


def test_default_store_is_in_the_data_folder(run, tmp_path, monkeypatch):
    data = tmp_path / "data-home"
    monkeypatch.setenv("RECIPROCITY_DATA_DIR", str(data))
    _add(lambda *a: run(*a, db_path=None), "Default place")
    assert (data / "reciprocity.sqlite3").exists()


# -- prospects ---------------------------------------------------------------------------------------------


def test_prospects_add_list_update_delete(run, db):
    pid = _add(
        run,
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


def test_prospects_list_is_ordered_by_name_complete_and_searchable(run, db):
    from reciprocity_desktop.services import prospects
    from reciprocity_desktop.store import open_store

    names = [f"Firma {n:03d}" for n in range(120)]
    store = open_store(db)  # many rows: added through the services, listed through the CLI
    try:
        for name in reversed(names):
            prospects.add_prospect(store, name=name, city="Köln" if name.endswith("7") else "Bonn")
    finally:
        store.close()
    _add(run, "Čebelarstvo Žužek", "--city", "Ljubljana", "--country", "SI")
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
def test_prospect_user_errors(run, dump, user_error, args, fragments):
    pid = _add(run, "Existing GmbH")
    before = dump()
    result = run(*[a.replace("{pid}", pid) for a in args])
    user_error(result, *fragments)
    assert dump() == before


# -- gifts -------------------------------------------------------------------------------------------------------


def test_gifts_add_schedules_feedback_and_prints_the_id_last(run, db):
    pid = _add(run, "Hotel Zur Post", "--country", "DE")
    result = run(
        "gifts", "add", pid, "--kind", "event", "--description", "Invitation to the customer evening",
        "--date", "2025-05-02", "--cost", "12,50",
    )  # fmt: skip
    assert result.code == 0
    gid = result.last_line
    assert _is_uuid(gid)
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
    assert _is_uuid(fus[0]["id"])
    assert "Invitation to the customer evening" in run("gifts", "list").out


def test_gift_from_stock_and_over_draw(run, db, dump, user_error):
    from reciprocity_desktop.services import gifts as gift_service
    from reciprocity_desktop.store import open_store

    pid = _add(run, "Optik Schön")
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
def test_gift_user_errors(run, dump, user_error, args, fragments):
    pid = _add(run, "Existing GmbH")
    before = dump()
    user_error(run("gifts", "add", pid, *args), *fragments)
    assert dump() == before


def test_gift_to_an_unknown_prospect(run, dump, user_error):
    _add(run, "Existing GmbH")
    before = dump()
    user_error(
        run("gifts", "add", "nope", "--kind", "sample", "--description", "x"), "No prospect with id nope"
    )
    assert dump() == before


def test_gift_limit_warning_goes_to_stderr_and_the_gift_is_logged(run):
    pid = _add(run, "Kanzlei Weber", "--country", "DE")
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
    assert _is_uuid(second.last_line)
    assert len(run("gifts", "list", "--json").json) == 2


# -- follow-ups --------------------------------------------------------------------------------------------------


def test_followups_done(run, dump, user_error):
    pid = _add(run, "Autohaus Straßer")
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


def test_followups_list_orders_open_by_due_date_then_done(run):
    pid = _add(run, "A")
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


def test_followups_of_a_deleted_prospect_are_not_listed(run):
    pid = _add(run, "Gone")
    run("gifts", "add", pid, "--kind", "sample", "--description", "Coffee")
    run("prospects", "delete", pid)
    assert run("followups", "list", "--json").json == []
    assert run("gifts", "list", "--json").json == []


# -- outcomes ---------------------------------------------------------------------------------------------------


def test_outcomes_add(run):
    pid = _add(run, "Brauerei Früh")
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
    assert result.code == 0 and _is_uuid(result.last_line)
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
def test_outcome_user_errors(run, dump, user_error, args, fragments):
    pid = _add(run, "Existing GmbH")
    before = dump()
    user_error(run("outcomes", "add", pid, *args), *fragments)
    assert dump() == before
    user_error(run("outcomes", "add", "nope", "--kind", "order"), "No prospect with id nope")
    assert dump() == before


# -- visits ----------------------------------------------------------------------------------------------------


def test_visits_plan_and_list(run):
    a, b, c = (_add(run, n, "--city", "München") for n in ("Alpha KG", "Bravo KG", "Charlie KG"))
    planned = run("visits", "plan", "2025-06-03", b, a)
    assert planned.code == 0 and len(planned.lines) == 2 and all(_is_uuid(x) for x in planned.lines)
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


def test_visit_user_errors(run, dump, user_error):
    pid = _add(run, "A")
    before = dump()
    user_error(run("visits", "plan", "2025-06-31", pid), "Date '2025-06-31' is not a date")
    user_error(run("visits", "plan", "2025-06-03", pid, "nope"), "No prospect with id nope")
    user_error(run("visits", "list", "June 3rd"), "Date 'June 3rd' is not a date")
    assert dump() == before


# -- demo ------------------------------------------------------------------------------------------------------


def test_demo_loads_once_unless_forced(run, dump, user_error):
    result = run("demo")
    assert result.code == 0 and "Demo data loaded" in result.out
    listed = run("prospects", "list", "--json").json
    assert 25 <= len(listed) <= 40
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert run("visits", "list", tomorrow, "--json").json
    before = dump()
    user_error(run("demo"), "already holds data", "--force")
    assert dump() == before
    forced = run("demo", "--force")
    assert forced.code == 0
    assert len(run("prospects", "list", "--json").json) == 2 * len(listed)


# -- the store itself ---------------------------------------------------------------------------------------


def test_a_file_that_is_not_a_store(run, db, user_error):
    db.parent.mkdir(parents=True)
    db.write_text("name;city\nBakery;Munich\n" * 100)
    user_error(run("prospects", "list"), "is not a Reciprocity store or it is damaged")
    assert db.read_text().startswith("name;city")


def test_a_store_from_a_newer_version(run, db, user_error):
    import sqlite3

    _add(run, "Future AG")
    connection = sqlite3.connect(db)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d'")
    connection.close()
    user_error(run("prospects", "list"), "newer version", "nothing was changed")


def test_a_store_damaged_inside(run, db, user_error):
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Prospect

    store = open_store(db)
    with store.session() as session:
        for n in range(3000):
            session.add(Prospect(name=f"P{n:04d}", notes="x" * 200))
    store.close()
    size = db.stat().st_size
    with db.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff" * 16384)
    user_error(run("prospects", "list"), "damaged")
