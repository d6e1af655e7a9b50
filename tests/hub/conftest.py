"""The command line on an office hub: a PostgreSQL server the tests start (see tests/store/pg_server.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_TESTS = Path(__file__).parent.parent
for _folder in (Path(__file__).parent, _TESTS / "store", _TESTS / "cli"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from cli_helpers import Result  # noqa: E402


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of the test session; skips, with the reason, without server binaries or psycopg."""
    import pg_server as servers

    why = servers.missing()
    if why is not None:
        pytest.skip(f"no PostgreSQL test server: {why}")
    server = servers.start_server()
    yield server
    server.stop()


@pytest.fixture
def hub(pg_server) -> str:
    """The address of a new, empty hub (a database of its own, owned by a new login role)."""
    database, role, password = pg_server.new_database()
    return pg_server.url(role, password, database)


@pytest.fixture
def cli(capsys):
    """``cli(db, *args)``: the real entry point (main) on the store or hub ``db``, its code and output."""
    from reciprocity_desktop.cli import main

    def _run(db: object, *args: str) -> Result:
        capsys.readouterr()
        try:
            code = main(["--db", str(db), *args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def same_data(tmp_path, hub, cli):
    """A store file with the demo tour in it, and a hub holding the same rows: (file, hub address)."""
    from hub_helpers import copy_store

    store = tmp_path / "rep.sqlite3"
    assert cli(store, "demo").code == 0
    copy_store(store, hub)
    return store, hub
