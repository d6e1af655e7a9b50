"""The command line on an office hub (``--db postgresql://…``): the same answers as on a store file.

The hub runs on a real PostgreSQL server the tests start; without the server binaries or psycopg the
tests skip, naming the reason.
"""

from __future__ import annotations

import json
import sqlite3

#: Lists whose last tie-break is the store file's rowid (the order the rows were written in) and the
#: hub's primary key: records of the same date written at the same moment (the demo writes all at once)
#: may come in another order; the order of their sort keys is the same.
TIED = {"gifts": ("date",), "outcomes": ("date",)}


def _id(row: dict) -> str:
    return row["id"]


def _first_prospect(cli, store) -> str:
    return json.loads(cli(store, "prospects", "list", "--json").out)[0]["id"]


def test_each_list_commands_json_on_the_hub_equals_the_store_files(same_data, cli):
    store, hub = same_data
    pid = _first_prospect(cli, store)
    with sqlite3.connect(store) as connection:
        days = [row[0] for row in connection.execute("SELECT DISTINCT date FROM visits WHERE deleted = 0")]
    commands = [
        ("prospects", "list"),
        ("gifts", "list"),
        ("followups", "list"),
        ("outcomes", "list"),
        ("contacts", "list", pid),
        *(("visits", "list", day) for day in sorted(days)[:3]),
    ]
    for command in commands:
        on_file, on_hub = cli(store, *command, "--json"), cli(hub, *command, "--json")
        assert on_file.code == 0 and on_hub.code == 0, (command, on_file.err, on_hub.err)
        file_rows, hub_rows = json.loads(on_file.out), json.loads(on_hub.out)
        if command[0] in TIED:  # the same records; the same order but among ties (see TIED)
            assert sorted(hub_rows, key=_id) == sorted(file_rows, key=_id), command
            keys = TIED[command[0]]
            assert [[row[k] for k in keys] for row in hub_rows] == [[row[k] for k in keys] for row in file_rows]
        else:
            assert hub_rows == file_rows, command
        assert file_rows, command  # the demo has rows for each: the comparison compares something


def test_the_list_tables_on_the_hub_equal_the_store_files(same_data, cli):
    store, hub = same_data
    for command in (("prospects", "list"), ("gifts", "list"), ("followups", "list")):
        on_file, on_hub = cli(store, *command), cli(hub, *command)
        assert on_hub.code == 0, on_hub.err
        if command[0] in TIED:  # the same lines (among ties perhaps in another order: see TIED)
            assert sorted(on_hub.lines) == sorted(on_file.lines) and on_hub.lines[0] == on_file.lines[0]
        else:
            assert on_hub.out == on_file.out


def test_report_on_the_hub_equals_the_store_files(same_data, cli):
    store, hub = same_data
    for options in ((), ("--json",), ("--window", "30", "--from", "2020-01-01")):
        on_file, on_hub = cli(store, "report", *options), cli(hub, "report", *options)
        assert on_hub.code == 0, on_hub.err
        assert on_hub.out == on_file.out, options
    figures = json.loads(cli(hub, "report", "--json").out)
    assert sum(kind["gifts"] for kind in figures["by_kind"]) > 0  # the demo's gifts were counted on the hub


def test_a_command_that_works_on_store_files_only_is_refused_in_one_sentence(hub, cli):
    result = cli(hub, "backup")
    assert result.code == 2
    assert "'backup' works on store files only" in result.err and "pg_dump" in result.err
    assert "Traceback" not in result.err and "rep-pw" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_a_hub_without_its_driver_names_the_extra_to_install(hub, cli, monkeypatch):
    from reciprocity_desktop.cli import addresses

    monkeypatch.setattr(addresses, "has_driver", lambda: False)
    result = cli(hub, "prospects", "list")
    assert result.code == 2
    assert 'pip install ".[hub]"' in result.err and "rep-pw" not in result.err
    assert "Traceback" not in result.err


def test_an_unreachable_hub_is_one_sentence_without_the_password(pg_server, cli):
    result = cli(pg_server.url("rep", "s3cret", "nowhere", port=1), "prospects", "list")
    assert result.code == 2 and "cannot be reached" in result.err
    assert "s3cret" not in result.err and "Traceback" not in result.err


def test_print_day_on_the_hub_prints_the_days_visits(same_data, cli, tmp_path):
    store, hub = same_data
    with sqlite3.connect(store) as connection:
        day = connection.execute("SELECT MIN(date) FROM visits WHERE deleted = 0").fetchone()[0]
    on_file = cli(store, "print-day", day, "-o", str(tmp_path / "file.pdf"))
    on_hub = cli(hub, "print-day", day, "-o", str(tmp_path / "hub.pdf"))
    assert on_file.code == 0 and on_hub.code == 0, on_hub.err
    assert (tmp_path / "hub.pdf").read_bytes().startswith(b"%PDF")
    assert on_hub.out.replace("hub.pdf", "file.pdf") == on_file.out


def test_the_prospect_search_on_the_hub_finds_what_the_store_files_finds(same_data, cli):
    store, hub = same_data
    for text in ("bäck", "backer", "gmbh", "ko", "e", "straße köln", "zzz-nothing"):
        on_file = cli(store, "prospects", "list", "--search", text, "--json")
        on_hub = cli(hub, "prospects", "list", "--search", text, "--json")
        assert on_hub.code == 0, on_hub.err
        assert json.loads(on_hub.out) == json.loads(on_file.out), text
    assert json.loads(cli(hub, "prospects", "list", "--search", "e", "--json").out)  # it finds something


def test_export_from_the_hub_to_a_new_laptop_lists_the_same_prospects(same_data, cli, tmp_path):
    store, hub = same_data
    exported = tmp_path / "office.rcsync"
    result = cli(hub, "export", "-o", str(exported))
    assert result.code == 0, result.err
    laptop = tmp_path / "new-laptop.sqlite3"
    assert cli(laptop, "import", str(exported)).code == 0
    for command in (("prospects", "list"), ("followups", "list"), ("report",)):
        on_laptop, on_hub = cli(laptop, *command, "--json"), cli(hub, *command, "--json")
        assert json.loads(on_laptop.out) == json.loads(on_hub.out) == json.loads(cli(store, *command, "--json").out)
    assert json.loads(cli(laptop, "prospects", "list", "--json").out)
    on_laptop, on_hub = cli(laptop, "gifts", "list", "--json"), cli(hub, "gifts", "list", "--json")
    assert sorted(json.loads(on_laptop.out), key=_id) == sorted(json.loads(on_hub.out), key=_id)
    # The file names the hub as its sender (its replica id), not a scratch copy.
    import zipfile

    with zipfile.ZipFile(exported) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    from reciprocity_desktop.store import open_store

    opened = open_store(hub)
    try:
        assert manifest["store"]["id"] == opened.replica_id
    finally:
        opened.close()


def _rep_file(cli, folder, name: str, prospects: list[str]) -> tuple:
    """A rep's laptop with ``prospects`` added, and its exported sync file: (file, the laptop's store)."""
    laptop = folder / f"{name}.sqlite3"
    for prospect in prospects:
        assert cli(laptop, "prospects", "add", "--name", prospect, "--city", "Köln").code == 0
    exported = folder / f"{name}.rcsync"
    assert cli(laptop, "export", "-o", str(exported)).code == 0
    return exported, laptop


def _names(cli, db) -> list[str]:
    return sorted(row["name"] for row in json.loads(cli(db, "prospects", "list", "--json").out))


def test_two_rep_files_imported_into_the_hub_at_once_both_land(hub, cli, tmp_path):
    import threading

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.sync.importer import import_file

    anna, _ = _rep_file(cli, tmp_path, "anna", [f"Anna's prospect {n}" for n in range(40)])
    ben, _ = _rep_file(cli, tmp_path, "ben", [f"Ben's prospect {n}" for n in range(40)])
    open_store(hub).close()  # migrated before the two start
    start, errors, summaries = threading.Barrier(2), [], []

    def rep_imports(file) -> None:
        store = open_store(hub)
        try:
            start.wait()
            summaries.append(import_file(store, file))
        except BaseException as exc:  # noqa: BLE001 (told by the assertion below)
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=rep_imports, args=(file,)) for file in (anna, ben)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(summary.new for summary in summaries) == [40, 40]
    names = _names(cli, hub)
    assert len(names) == 80
    assert {n for n in names if n.startswith("Anna")} and {n for n in names if n.startswith("Ben")}
    from sqlalchemy import select

    from reciprocity_desktop.store.models import SyncImport

    store = open_store(hub)
    try:
        with store.read() as session:  # the hub's import history holds both (one after the other)
            files = sorted(session.scalars(select(SyncImport.file_name)))
    finally:
        store.close()
    assert files == sorted([str(anna), str(ben)])


def test_import_of_a_rep_file_through_the_cli_then_export_to_a_new_laptop(hub, cli, tmp_path):
    anna, anna_laptop = _rep_file(cli, tmp_path, "anna", ["Bäckerei Schmidt", "Metzgerei Kögel"])
    result = cli(hub, "import", str(anna))
    assert result.code == 0, result.err
    assert "new: 2" in result.out
    again = cli(hub, "import", str(anna))  # nothing new the second time
    assert again.code == 0 and "new: 0" in again.out
    assert _names(cli, hub) == ["Bäckerei Schmidt", "Metzgerei Kögel"]
    dry = cli(hub, "import", "--dry-run", str(_rep_file(cli, tmp_path, "ben", ["Blumen Ott"])[0]))
    assert dry.code == 0 and "new: 1" in dry.out and "Blumen Ott" not in _names(cli, hub)
    merged = tmp_path / "office.rcsync"
    assert cli(hub, "export", "-o", str(merged)).code == 0
    laptop = tmp_path / "new-laptop.sqlite3"
    assert cli(laptop, "import", str(merged)).code == 0
    assert cli(laptop, "prospects", "list", "--json").out == cli(hub, "prospects", "list", "--json").out
    assert cli(laptop, "prospects", "list", "--json").out == cli(anna_laptop, "prospects", "list", "--json").out


def _hub_stock(hub) -> dict[str, tuple[int, int]]:
    """Each stock item's name: (its quantity on the hub, the sum of its live movements there)."""
    from sqlalchemy import func, select

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import StockItem, StockMovement

    store = open_store(hub)
    try:
        with store.read() as session:
            sums = dict(
                session.execute(
                    select(StockMovement.stock_item_id, func.sum(StockMovement.delta))
                    .where(StockMovement.deleted.is_(False))
                    .group_by(StockMovement.stock_item_id)
                ).all()
            )
            return {item.name: (item.quantity, sums.get(item.id, 0)) for item in session.scalars(select(StockItem))}
    finally:
        store.close()


def test_stock_imported_into_the_hub_twice_is_counted_once(hub, cli, tmp_path):
    laptop = tmp_path / "anna.sqlite3"
    added = cli(laptop, "stock", "add", "--name", "Kugelschreiber", "--quantity", "10")
    assert added.code == 0, added.err
    item = added.out.strip().split()[-1]
    assert cli(laptop, "stock", "restock", item, "--quantity", "5").code == 0
    first = tmp_path / "anna-1.rcsync"
    assert cli(laptop, "export", "-o", str(first)).code == 0
    assert cli(hub, "import", str(first)).code == 0
    assert _hub_stock(hub) == {"Kugelschreiber": (15, 15)}
    assert cli(laptop, "stock", "restock", item, "--quantity", "3").code == 0  # the item is on the hub now
    second = tmp_path / "anna-2.rcsync"
    assert cli(laptop, "export", "-o", str(second)).code == 0
    result = cli(hub, "import", str(second))
    assert result.code == 0, result.err
    assert _hub_stock(hub) == {"Kugelschreiber": (18, 18)}
    merged = tmp_path / "office.rcsync"  # and a new laptop gets the same stock from the hub
    assert cli(hub, "export", "-o", str(merged)).code == 0
    new_laptop = tmp_path / "new-laptop.sqlite3"
    assert cli(new_laptop, "import", str(merged)).code == 0
    assert [(s["name"], s["on_hand"]) for s in json.loads(cli(new_laptop, "stock", "list", "--json").out)] == [
        ("Kugelschreiber", 18)
    ]


def _field_stamps(db) -> list[tuple]:
    from sqlalchemy import select

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import SyncFieldStamp

    store = open_store(db)
    try:
        with store.read() as session:
            table = SyncFieldStamp.__table__
            return sorted(tuple(row) for row in session.execute(select(table.c.table_name, table.c.record_id,
                                                                       table.c.field, table.c.stamp)))
    finally:
        store.close()


def test_the_field_stamps_on_the_hub_follow_the_reps_after_each_import(hub, cli, tmp_path):
    laptop = tmp_path / "anna.sqlite3"
    assert cli(laptop, "prospects", "add", "--name", "Bäckerei Schmidt", "--city", "Köln").code == 0
    prospect = json.loads(cli(laptop, "prospects", "list", "--json").out)[0]["id"]
    assert cli(laptop, "prospects", "update", prospect, "--city", "Bonn").code == 0  # the name keeps its stamp
    for round_, name in ((1, "Bäckerei Schmidt & Sohn"), (2, None)):
        exported = tmp_path / f"anna-{round_}.rcsync"
        assert cli(laptop, "export", "-o", str(exported)).code == 0
        result = cli(hub, "import", str(exported))
        assert result.code == 0, result.err
        assert _field_stamps(hub) == _field_stamps(laptop) != []
        if name:  # the name changed last now: its own stamp goes, on the laptop and (after the import) the hub's
            assert cli(laptop, "prospects", "update", prospect, "--name", name).code == 0
    assert _names(cli, hub) == ["Bäckerei Schmidt & Sohn"]


def _visit_sellers(db) -> list[tuple]:
    from sqlalchemy import select

    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.store.models import Visit

    store = open_store(db)
    try:
        with store.read() as session:
            return sorted(tuple(row) for row in session.execute(select(Visit.id, Visit.seller_id, Visit.seller)))
    finally:
        store.close()


def test_export_from_the_hub_keeps_each_visits_seller(same_data, cli, tmp_path):
    store, hub = same_data
    exported = tmp_path / "office.rcsync"
    assert cli(hub, "export", "-o", str(exported)).code == 0
    laptop = tmp_path / "new-laptop.sqlite3"
    assert cli(laptop, "import", str(exported)).code == 0
    sellers = _visit_sellers(store)
    assert sellers and all(seller_id for _id, seller_id, _seller in sellers)  # the demo planned them all
    assert _visit_sellers(laptop) == _visit_sellers(hub) == sellers
