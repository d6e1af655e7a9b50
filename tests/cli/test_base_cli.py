"""The command line itself: --version, which store it opens, and a store it cannot use."""

from __future__ import annotations

import pytest
from cli_helpers import COMMANDS

from reciprocity_desktop import package_version


def test_version(run, db):
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"reciprocity-desktop {package_version()}"
    assert not db.exists()  # asking for the version opens no store


def test_db_option_and_variable_choose_the_store(run, tmp_path, monkeypatch, add):
    by_option = tmp_path / "option.sqlite3"
    by_variable = tmp_path / "variable.sqlite3"
    monkeypatch.setenv("RECIPROCITY_DB", str(by_variable))
    add("Via option", runner=lambda *a: run(*a, db_path=by_option))
    add("Via variable", runner=lambda *a: run(*a, db_path=None))
    assert [p["name"] for p in run("prospects", "list", "--json", db_path=by_option).json] == ["Via option"]
    assert [p["name"] for p in run("prospects", "list", "--json", db_path=None).json] == ["Via variable"]
    # --db wins over the variable.
    assert by_option.exists() and by_variable.exists()


def test_default_store_is_in_the_data_folder(run, tmp_path, monkeypatch, add):
    data = tmp_path / "data-home"
    monkeypatch.setenv("RECIPROCITY_DATA_DIR", str(data))
    add("Default place", runner=lambda *a: run(*a, db_path=None))
    assert (data / "reciprocity.sqlite3").exists()


def test_a_file_that_is_not_a_store(run, db, user_error):
    db.write_text("name;city\nBakery;Munich\n" * 100)
    user_error(run("prospects", "list"), "is not a Reciprocity store or it is damaged")
    assert db.read_text().startswith("name;city")


def test_a_store_from_a_newer_version(run, db, user_error, add):
    import sqlite3

    add("Future AG")
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


# -- output ---------------------------------------------------------------------------------------------


def test_table_columns_line_up(run, add):
    """``prospects list``: every cell starts under its header, columns two spaces apart, no trailing spaces."""
    prospects = [  # in the listed order (by folded name)
        ("A", "", "Bonn", "DE"),
        ("Čebelarstvo Žužek d.o.o.", "1000", "Ljubljana", "SI"),
        ("Optik Schön", "80331", "München-Schwabing", "DE"),
    ]
    ids = [
        add(name, "--postal-code", postal, "--city", city, "--country", cc)
        for name, postal, city, cc in prospects
    ]
    stage = run("prospects", "list", "--json").json[0]["stage"]
    header, *lines = run("prospects", "list").lines
    headers = ["ID", "NAME", "POSTAL", "CITY", "CC", "STAGE"]
    assert header.split() == headers
    starts = [header.index(h) for h in headers]
    ends = [*starts[1:], None]
    rows = [[pid, *fields, stage] for pid, fields in zip(ids, prospects, strict=True)]
    assert [[line[a:b].rstrip() for a, b in zip(starts, ends, strict=True)] for line in lines] == rows
    for i, column in enumerate(zip(headers, *rows, strict=True)):
        if i + 1 < len(headers):  # a column is as wide as its widest cell, then two spaces
            assert starts[i + 1] - starts[i] == max(len(cell) for cell in column) + 2, headers[i]
    assert all(line == line.rstrip() for line in [header, *lines])


def test_a_table_without_rows_is_its_header(run):
    assert run("gifts", "list").out == "ID  DATE  PROSPECT  KIND  DESCRIPTION  COST  REACTION\n"


ACTIONS = {group: actions for group, actions in COMMANDS.items() if actions}


@pytest.mark.parametrize(("group", "action"), [(g, a) for g, actions in ACTIONS.items() for a in actions])
def test_every_action_has_its_help(run, db, group, action):
    result = run(group, action, "--help")
    assert result.code == 0 and result.err == ""
    assert result.out.startswith(f"usage: reciprocity-desktop {group} {action} [-h]")
    assert not db.exists()


@pytest.mark.parametrize("group", list(ACTIONS))
def test_a_group_without_its_action_is_a_user_error(run, db, group):
    result = run(group)
    assert result.code == 2 and result.out == ""
    assert result.err.startswith(f"usage: reciprocity-desktop {group} [-h] ACTION ...")
    assert (
        result.err.splitlines()[-1] == f"reciprocity-desktop: 'reciprocity-desktop {group}' needs a command"
    )


def test_a_store_in_a_folder_that_does_not_exist_is_refused(run, tmp_path, monkeypatch, user_error):
    missing = tmp_path / "typo" / "deeper" / "store.sqlite3"
    message = f"The folder {missing.parent} does not exist, so the store {missing} cannot be opened"
    user_error(run("prospects", "list", db_path=missing), message)
    assert run("prospects", "list", db_path=missing).code == 2
    monkeypatch.setenv("RECIPROCITY_DB", str(missing))
    user_error(run("settings", "list", db_path=None), message)
    assert not (tmp_path / "typo").exists()


def test_the_window_is_not_started_on_a_store_in_a_missing_folder(run, tmp_path, monkeypatch, user_error):
    import reciprocity_desktop.cli.base as base

    started = []
    monkeypatch.setattr(base, "_open_window", lambda path, open_file=None: started.append(path) or 0)
    missing = tmp_path / "typo" / "store.sqlite3"
    user_error(run(db_path=missing), f"The folder {missing.parent} does not exist")
    assert started == [] and not missing.parent.exists()
    ok = tmp_path / "store.sqlite3"
    assert run(db_path=ok).code == 0 and started == [ok]


def test_only_the_default_location_gets_its_folder(run, tmp_path, monkeypatch):
    data = tmp_path / "new" / "data-home"
    monkeypatch.setenv("RECIPROCITY_DATA_DIR", str(data))
    assert run("prospects", "list", db_path=None).code == 0
    assert (data / "reciprocity.sqlite3").exists()


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("postgresql://rep:s3cret@office.example:5432/team", ["office hub on PostgreSQL", 'pip install ".[hub]"']),
        ("postgres://rep@office/team", ["office hub on PostgreSQL", 'pip install ".[hub]"']),
        ("postgresql+pg8000://rep@office/team", ["postgresql+pg8000://", "PostgreSQL"]),
        ("https://example.org/store.sqlite3", ["https://", "not supported"]),
    ],
)
@pytest.mark.parametrize("via", ["option", "variable"])
@pytest.mark.parametrize("command", [("prospects", "list"), ("report",), ()])
def test_an_address_instead_of_a_store_file_is_refused_and_creates_nothing(
    run, tmp_path, monkeypatch, user_error, address, words, via, command
):
    """`--db postgresql://…` was taken as a file name and made a folder called `postgresql:`.

    (Without its driver, a hub's address is refused before anything is opened; with it, see tests/hub.)"""
    from reciprocity_desktop.cli import addresses

    monkeypatch.setattr(addresses, "has_driver", lambda: False)
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    if via == "option":
        result = run(*command, db_path=None, global_args=("--db", address))
    else:
        monkeypatch.setenv("RECIPROCITY_DB", address)
        result = run(*command, db_path=None)
    user_error(result, *words, "nothing was opened", "--db" if via == "option" else "$RECIPROCITY_DB")
    assert "s3cret" not in result.err  # an address may hold a password: it is not echoed
    assert sorted(tmp_path.rglob("*")) == before  # no folder called `postgresql:`, no store


def test_a_windows_drive_is_a_path_not_an_address():
    from reciprocity_desktop.paths import url_scheme

    assert url_scheme("C://data/store.sqlite3") is None
    assert url_scheme("/home/rep/store.sqlite3") is None
    assert url_scheme("postgresql+psycopg://rep@office/team") == "postgresql+psycopg"
