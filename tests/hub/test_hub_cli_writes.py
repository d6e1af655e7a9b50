"""The writing commands on an office hub (``--db postgresql://…``): the same records as on a store file.

One office's day of commands (tests/hub/hub_scenario.py) runs on a store file and on a hub; every list
then answers the same (ids by the step that made them, moments of writing masked). The rows are read
back from the server with plain SQL too, bad input changes nothing on the hub, and the backups are
refused there with the sentence that names pg_dump.
"""

from __future__ import annotations

import json

import pytest
from hub_scenario import listed, masked, run_scenario, run_visit_steps


def _hub_rows(hub: str, sql: str, **params) -> list[tuple]:
    """Rows read from the hub's server with plain SQL (the app's code not involved)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(hub.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def _hub_dump(hub: str) -> dict[str, list[tuple]]:
    tables = [row[0] for row in _hub_rows(hub, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    return {table: sorted(_hub_rows(hub, f'SELECT * FROM "{table}"'), key=repr) for table in sorted(tables)}


@pytest.fixture
def both(tmp_path, hub, cli):
    """The scenario run on a new store file and on a new hub: ((file, its ids), (hub, its ids))."""
    store = tmp_path / "rep.sqlite3"
    return (store, run_scenario(cli, store)), (hub, run_scenario(cli, hub))


def test_the_writing_commands_leave_the_same_lists_on_a_hub_as_on_a_store_file(both, cli):
    (store, file_ids), (hub, hub_ids) = both
    on_file, on_hub = listed(cli, store, file_ids), listed(cli, hub, hub_ids)
    assert on_hub == on_file
    assert [row["name"] for row in on_hub["prospects list"]] == ["Apotheke am Markt", "Bäckerei Sonne"]
    assert {row["name"]: row["on_hand"] for row in on_hub["stock list"]} == {"E-book print": 1, "Honey jar": 14}
    assert [row["name"] for row in on_hub["contacts list {p1}"]] == ["Jana Brot", "Max Mehl"]
    assert on_hub["contacts list {p2}"] == []  # Eva Salbe was deleted (erased)
    assert len(on_hub["gifts list"]) == 2  # the third prospect's gift went with its tombstone
    assert [row["kind"] for row in on_hub["stock movements {s1}"]] == ["opening", "restock", "draw"]


def test_the_rows_are_on_the_hub(both):
    _file, (hub, ids) = both
    assert _hub_rows(hub, "SELECT name, deleted FROM prospects WHERE id = :id", id=ids["p3"]) == [
        ("Zahnarzt Dr. Weiß", True)
    ]
    assert _hub_rows(hub, "SELECT email, notes FROM prospects WHERE id = :id", id=ids["p2"]) == [
        ("info@apotheke.example", "opens at 8")
    ]
    assert _hub_rows(hub, "SELECT name, email, deleted FROM contacts WHERE id = :id", id=ids["c3"]) == [
        ("", "", True)
    ]
    assert _hub_rows(hub, "SELECT quantity FROM stock_items WHERE id = :id", id=ids["s1"]) == [(14,)]
    assert _hub_rows(hub, "SELECT sum(delta) FROM stock_movements WHERE stock_item_id = :id", id=ids["s1"]) == [(14,)]
    assert _hub_rows(hub, "SELECT reaction, reaction_note FROM gifts WHERE id = :id", id=ids["g1"]) == [
        ("liked", "loved it")
    ]
    assert _hub_rows(hub, "SELECT done_on IS NOT NULL, result FROM followups WHERE id = :id", id=ids["f1"]) == [
        (True, "called")
    ]
    assert _hub_rows(hub, "SELECT value_cents FROM outcomes WHERE id = :id", id=ids["o1"]) == [(12050,)]
    assert _hub_rows(hub, "SELECT value FROM settings WHERE key = 'home_city'") == [('"Berlin"',)]


def test_planning_debriefing_and_printing_a_day_on_a_hub_answer_as_on_a_store_file(both, cli, tmp_path):
    (store, file_ids), (hub, hub_ids) = both
    (tmp_path / "file").mkdir()
    (tmp_path / "hub").mkdir()
    on_file = run_visit_steps(cli, store, file_ids, tmp_path / "file")
    on_hub = run_visit_steps(cli, hub, hub_ids, tmp_path / "hub")
    assert on_hub == on_file
    warnings = [text for text in on_hub if isinstance(text, str) and text.startswith("warning:")]
    assert len(warnings) == 3 and "No home base" in warnings[0]  # auto-order: home has no country yet
    assert "over the deductible limit" in warnings[1] and "6 days after" in warnings[2]
    register_file = (tmp_path / "file" / "register.csv").read_bytes()
    assert (tmp_path / "hub" / "register.csv").read_bytes() == register_file
    assert register_file.count(b"\n") == 6  # the header and the year's five gifts (one handed at a visit)
    assert listed(cli, hub, hub_ids) == listed(cli, store, file_ids)
    done = _hub_rows(hub, "SELECT status, notes FROM visits WHERE prospect_id = :id AND status <> 'planned'",
                     id=hub_ids["p2"])  # fmt: skip
    assert done == [("nobody_there", "closed")]


def test_bad_input_on_a_hub_names_the_field_and_changes_nothing(both, cli):
    _file, (hub, ids) = both
    before = _hub_dump(hub)
    refused = [
        (("prospects", "add", "--name", ""), "Name"),
        (("prospects", "update", ids["p1"], "--email", "not-an-address"), "mail"),
        (("stock", "restock", ids["s1"], "--quantity", "-5"), "Quantity"),
        (("gifts", "add", ids["p1"], "--kind", "bribe", "--description", "x"), "kind"),
        (("gifts", "add", "no-such-prospect", "--kind", "sample", "--description", "x"), "prospect"),
        (("followups", "add", ids["p1"], "--kind", "call", "--due", "tomorrow-ish"), "due"),
        (("settings", "set", "home_country", "XX"), "home_country"),
        (("contacts", "update", ids["c1"], "--email", "@"), "mail"),
        (("outcomes", "add", ids["p1"], "--kind", "order", "--value", "lots"), "alue"),
        (("visits", "plan", "2026-02-30", ids["p1"]), "2026-02-30"),
        (("conflicts", "--restore", "9999"), "9999"),
    ]
    for words, field in refused:
        result = cli(hub, *words)
        assert result.code == 2, (words, result.out, result.err)
        assert field.lower() in result.err.lower() and "Traceback" not in result.err, (words, result.err)
        assert len(result.err.strip().splitlines()) == 1, result.err
    assert _hub_dump(hub) == before


@pytest.mark.parametrize("words", [("backup",), ("backup", "-o", "copy.sqlite3"), ("backups", "list"), ("restore", "x")])
def test_the_backups_are_refused_on_a_hub_naming_pg_dump(hub, cli, words, tmp_path):
    result = cli(hub, *words)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "pg_dump" in result.err and f"'{' '.join(words[:2] if words[0] == 'backups' else words[:1])}'" in result.err
    assert not (tmp_path / "copy.sqlite3").exists()


def test_the_demo_tour_and_the_office_demo_on_a_hub_list_as_on_a_store_file(tmp_path, hub, cli):
    store = tmp_path / "rep.sqlite3"
    for db in (store, hub):
        assert cli(db, "demo").code == 0
        assert cli(db, "demo").code == 2  # not twice without --force
        loaded = cli(db, "demo", "--force", "--prospects", "60")
        assert loaded.code == 0, loaded.err
        assert loaded.out.startswith("Demo data loaded: 60 prospects, 180 gifts, 180 follow-ups, 30 outcomes")
    for words in (("prospects", "list"), ("stock", "list"), ("outcomes", "list")):
        on_file, on_hub = cli(store, *words, "--json").json, cli(hub, *words, "--json").json
        assert len(on_hub) == len(on_file) > 0
        strip = ("id", "created_at", "updated_at", "prospect_id")
        same = [{k: v for k, v in row.items() if k not in strip} for row in on_hub]
        assert sorted(same, key=json.dumps) == sorted(
            ({k: v for k, v in row.items() if k not in strip} for row in on_file), key=json.dumps
        ), words
    report_file, report_hub = cli(store, "report", "--json").json, cli(hub, "report", "--json").json
    assert masked(report_hub, {}) == masked(report_file, {})  # the ids in the order they come


def test_a_lost_sync_conflict_is_listed_and_restored_on_a_hub(tmp_path, hub, cli):
    laptop = tmp_path / "laptop.sqlite3"
    pid = run_scenario(cli, hub)["p1"]
    assert cli(hub, "export", "-o", str(tmp_path / "hub.rcsync")).code == 0
    assert cli(laptop, "import", str(tmp_path / "hub.rcsync")).code == 0
    assert cli(laptop, "prospects", "update", pid, "--phone", "111").code == 0
    assert cli(hub, "prospects", "update", pid, "--phone", "222").code == 0  # later: it wins
    assert cli(laptop, "export", "-o", str(tmp_path / "laptop.rcsync")).code == 0
    assert "conflicts: 1" in cli(hub, "import", str(tmp_path / "laptop.rcsync")).out
    [conflict] = cli(hub, "conflicts", "--json").json
    assert conflict["record_id"] == pid and conflict["differences"] == ["phone"]
    restored = cli(hub, "conflicts", "--restore", str(conflict["id"]))
    assert restored.code == 0, restored.err
    assert _hub_rows(hub, "SELECT phone FROM prospects WHERE id = :id", id=pid) == [("111",)]
    assert cli(hub, "conflicts", "--json").json == []
    assert cli(hub, "conflicts", "--all", "--json").json[0]["restored_at"] is not None


@pytest.mark.parametrize("on", ["file", "hub"])
def test_a_word_that_is_not_utf8_is_refused_in_one_sentence_on_either(on, hub, cli, tmp_path):
    db = hub if on == "hub" else tmp_path / "rep.sqlite3"
    assert cli(db, "settings", "list").code == 0  # the store exists (a file, or the hub's tables)
    before = _hub_dump(hub) if on == "hub" else db.read_bytes()
    for words in (("prospects", "add", "--name", "Caf\udce9"), ("gifts", "list", "--json", "\udcff")):
        result = cli(db, *words)
        assert result.code == 2 and result.out == ""
        assert "not UTF-8 text" in result.err and "Traceback" not in result.err
        assert "Caf\\xe9" in result.err or "\\xff" in result.err
    assert (_hub_dump(hub) if on == "hub" else db.read_bytes()) == before
