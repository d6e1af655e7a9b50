"""``reciprocity-desktop`` with no command opens the window without importing the command modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reciprocity_desktop.cli import GROUP_NAMES, build_parser, opens_window


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
