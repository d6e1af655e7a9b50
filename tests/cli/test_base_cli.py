"""The command line itself: --version, which store it opens, and a store it cannot use."""

from __future__ import annotations

from reciprocity_desktop import __version__


def test_version(run, db):
    result = run("--version")
    assert result.code == 0
    assert result.out.strip() == f"reciprocity-desktop {__version__}"
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
    db.parent.mkdir(parents=True)
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
