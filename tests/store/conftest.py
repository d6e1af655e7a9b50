"""Helpers for the store tests: raw looks at the SQLite file, bypassing the ORM."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "stores"


def _raw_rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows straight from the file with the sqlite3 module (what is really on disk)."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def raw_rows():
    """``raw_rows(path, sql, params)``: rows read with plain sqlite3."""
    return _raw_rows


@pytest.fixture
def file_digest():
    """``file_digest(path)``: SHA-256 of the file's bytes."""
    return _file_digest


@pytest.fixture
def old_store_path(tmp_path) -> Path:
    """A copy of the schema-0001 store (the committed fixture is never opened itself)."""
    target = tmp_path / "old" / "store.sqlite3"
    target.parent.mkdir()
    target.write_bytes((FIXTURES / "store_0001.sqlite3").read_bytes())
    return target


@pytest.fixture
def store_0006_path(tmp_path) -> Path:
    """A copy of the schema-0006 store (before the search index), made by make_store_0006_search.py."""
    target = tmp_path / "before-search" / "store.sqlite3"
    target.parent.mkdir()
    target.write_bytes((FIXTURES / "store_0006_search.sqlite3").read_bytes())
    return target


# -- both backends: SQLite files and a PostgreSQL hub (a server the tests start themselves: the session
# fixture pg_server of tests/conftest.py) ----------------------------------------------------------------


@pytest.fixture
def hub_database(pg_server):
    """A new empty database owned by a new login role: (server, database, role, password)."""
    database, role, password = pg_server.new_database()
    return pg_server, database, role, password


@pytest.fixture(params=["sqlite", "postgresql"])
def store_address(request, tmp_path):
    """Where a store lives, on each backend: a file's path, or a new hub's postgresql:// address."""
    if request.param == "sqlite":
        return tmp_path / "store.sqlite3"
    server, database, role, password = request.getfixturevalue("hub_database")
    return server.url(role, password, database)
