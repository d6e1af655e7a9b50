"""``reciprocity-desktop`` with no command opens the window without importing the command modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reciprocity_desktop import __version__
from reciprocity_desktop.cli import GROUP_NAMES, asks_version, build_parser, opens_window


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--db", "x.sqlite3"], True),
        (["--db=x.sqlite3"], True),
        (["--db"], False),  # argparse's own message about the missing value
        (["--db", "--version"], False),
        (["--version"], False),
        (["--help"], False),
        (["prospects", "list"], False),
        (["--db", "x.sqlite3", "report"], False),
    ],
)
def test_opens_window_only_without_a_command(argv, window):
    assert opens_window(argv) is window


def test_every_group_registers_in_help_order():
    helptext = build_parser().format_help()
    positions = [helptext.find(f"\n    {name.replace('_', '-')}") for name in ("demo", "prospects", "settings")]
    assert -1 not in positions and positions == sorted(positions)
    assert len(GROUP_NAMES) == len(set(GROUP_NAMES))


def test_the_window_path_imports_no_command_module(tmp_path):
    """In a fresh interpreter: main(['--db', path]) reaches the window without the command modules."""
    script = f"""
import sys
from reciprocity_desktop.cli import base, main
opened = []
base._open_window = lambda path: opened.append(path) or 0
assert main(["--db", {str(tmp_path / "store.sqlite3")!r}]) == 0 and opened
loaded = sorted(m for m in sys.modules if m.startswith("reciprocity_desktop.cli."))
print(loaded)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['reciprocity_desktop.cli.base']"


@pytest.mark.parametrize(
    ("argv", "version_only"),
    [
        (["--version"], True),
        (["--db", "x.sqlite3", "--version"], True),
        (["--version", "prospects", "list"], False),
        (["--db", "--version"], False),  # argparse's own message about the missing value
        ([], False),
    ],
)
def test_asks_version_only_with_nothing_but_the_store_beside_it(argv, version_only):
    assert asks_version(argv) is version_only


def test_version_imports_no_command_module_no_sqlalchemy_and_no_service(tmp_path):
    """``reciprocity-desktop --version`` in a fresh interpreter: the top-level parser alone answers it."""
    script = """
import sys
from reciprocity_desktop.cli import main
try:
    main(["--version"])
except SystemExit as exc:
    assert exc.code == 0
loaded = sorted(m for m in sys.modules if m.startswith(("sqlalchemy", "alembic", "PySide6", "babel",
    "reciprocity_desktop.cli.", "reciprocity_desktop.services.", "reciprocity_desktop.store.models")))
print(loaded, file=sys.stderr)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"reciprocity-desktop {__version__}"
    assert done.stderr.strip() == "['reciprocity_desktop.cli.base', 'reciprocity_desktop.services.errors']"
