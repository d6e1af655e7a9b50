"""Running the CLI in-process: ``run("prospects", "list", ...)`` against a store in the test's folder.

The sync and print-day tests use the helpers of their areas (``tests/sync/sync_helpers.py``,
``tests/reports/daydata.py``), so those folders are importable here too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_TESTS = Path(__file__).parent.parent
for _folder in (Path(__file__).parent, _TESTS / "sync", _TESTS / "reports"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))

from cli_helpers import Result, assert_user_error, dump_store, is_uuid  # noqa: E402


@pytest.fixture
def db(tmp_path) -> Path:
    """The store file, in a folder of its own that exists (``--db`` into a missing folder is refused)."""
    (tmp_path / "cli").mkdir()
    return tmp_path / "cli" / "store.sqlite3"


@pytest.fixture
def run(db, capsys):
    """``run(*args, db=...)``: main([--db, path, *args]) with its exit code and captured output."""
    from reciprocity_desktop.cli import main

    def _run(*args: str, db_path: Path | None = db, global_args: tuple[str, ...] = ()) -> Result:
        argv = [*global_args, *(["--db", str(db_path)] if db_path is not None else []), *args]
        capsys.readouterr()
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --version, --help, usage errors
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def add(run):
    """``add(name, *options)``: ``prospects add`` through the CLI; returns the new prospect's id."""

    def _add(name: str, *options: str, runner=None) -> str:
        result = (runner or run)("prospects", "add", "--name", name, *options)
        assert result.code == 0, result
        assert is_uuid(result.last_line)
        return result.last_line

    return _add


@pytest.fixture
def dump(db):
    return lambda: dump_store(db)


@pytest.fixture
def user_error():
    return assert_user_error


@pytest.fixture
def day(store):
    """The printed day's seeded store (see tests/reports/daydata.py)."""
    from daydata import seed_day

    return seed_day(store)
