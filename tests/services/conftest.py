"""Helpers for the service tests: the store on each backend, and a full dump of it, to prove a failed action
changed nothing.

A test module marked ``pytestmark = pytest.mark.both_backends`` runs each of its tests that use ``store``
(or ``demo_store``) twice: on a store file (``[sqlite]``) and on an office hub (``[postgresql]``: a new
database on the session's PostgreSQL server, tests/conftest.py's ``pg_server``; those cases skip, naming
the reason, where the server binaries or psycopg are missing). A test of such a module marked
``sqlite_only`` runs on the store file alone: its comment says why.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    """The modules marked ``both_backends``: each test using ``store`` once per backend."""
    if "backend" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("both_backends") is None:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """The backend the test's store is on: "sqlite" unless its module runs on both."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def store(backend, tmp_path, request):
    """A new, empty store: a file, or (``backend`` "postgresql") a new hub on the session's server."""
    from reciprocity_desktop.store import open_store

    if backend == "sqlite":
        where: object = tmp_path / "store.sqlite3"
    else:
        server = request.getfixturevalue("pg_server")
        database, role, password = server.new_database()
        where = server.url(role, password, database)
    s = open_store(where)
    yield s
    s.close()


def dump_store(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (read with plain sqlite3, WAL included), sorted."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
    finally:
        connection.close()


def dump_hub(store) -> dict[str, list[tuple]]:
    """Every row of every table of the hub's schema, sorted (read in a transaction of its own)."""
    from sqlalchemy import text

    with store.engine.connect() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
        ).scalars()
        return {
            table: sorted((tuple(row) for row in connection.execute(text(f'SELECT * FROM "{table}"'))), key=repr)
            for table in list(tables)
        }


def raw_rows(store, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows straight from the store, bypassing the ORM: plain sqlite3 on a file (what is really on disk),
    the driver's own cursor on a hub (``?`` placeholders either way). A hub's booleans are True/False,
    a file's 1/0 (equal in a comparison)."""
    if store.engine.dialect.name == "sqlite":
        connection = sqlite3.connect(store.path)
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(sql.replace("?", "%s"), params)]


@pytest.fixture
def rows():
    """``rows(store, sql, params)``: :func:`raw_rows`."""
    return raw_rows


@pytest.fixture
def dump():
    """``dump(store)``: the whole content of the store (its file's tables, or the hub's)."""
    return lambda store: dump_store(store.path) if store.engine.dialect.name == "sqlite" else dump_hub(store)
