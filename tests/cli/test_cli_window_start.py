"""``reciprocity-desktop`` with no command opens the window without importing the command modules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reciprocity_desktop import __version__, package_version
from reciprocity_desktop.cli import GROUP_NAMES, asks_version, build_parser, file_to_open, opens_window


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


#: The command line's modules on the window's path: the parser and running (``base``) and its check that
#: ``--db`` names a file, not an address (``addresses``, a few lines); no command module.
BASE_ONLY = ["reciprocity_desktop.cli.addresses", "reciprocity_desktop.cli.base"]


def test_the_window_path_imports_no_command_module(tmp_path):
    """In a fresh interpreter: main(['--db', path]) reaches the window without the command modules."""
    script = f"""
import sys
from reciprocity_desktop.cli import base, main
opened = []
base._open_window = lambda path, open_file=None: opened.append(path) or 0
assert main(["--db", {str(tmp_path / "store.sqlite3")!r}]) == 0 and opened
loaded = sorted(m for m in sys.modules if m.startswith("reciprocity_desktop.cli."))
print(loaded)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == str(BASE_ONLY)


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
    assert done.stdout.strip() == f"reciprocity-desktop {package_version()}"
    assert done.stderr.strip() == str(sorted([*BASE_ONLY, "reciprocity_desktop.services.errors"]))


@pytest.mark.parametrize(
    ("argv", "opened"),
    [
        (["team.rcsync"], ("team.rcsync", [])),
        (["/home/rep/Downloads/From Anna.RCSYNC"], ("/home/rep/Downloads/From Anna.RCSYNC", [])),
        (["--db", "x.sqlite3", "team.rcsync"], ("team.rcsync", ["--db", "x.sqlite3"])),
        (["team.rcsync", "--db=x.sqlite3"], ("team.rcsync", ["--db=x.sqlite3"])),
        (["team.csv"], None),  # argparse's own message about an unknown command
        (["a.rcsync", "b.rcsync"], None),
        (["import", "team.rcsync"], None),  # the command
        (["--version", "team.rcsync"], None),
        ([], None),
    ],
)
def test_a_single_sync_file_is_a_file_to_open(argv, opened):
    assert file_to_open(argv) == opened


def test_opening_a_file_reaches_the_window_with_it_and_no_command_module(tmp_path):
    """``reciprocity-desktop [--db PATH] FILE.rcsync`` in a fresh interpreter: the window, handed the file."""
    script = f"""
import sys
from reciprocity_desktop.cli import base, main
opened = []
base._open_window = lambda path, open_file=None: opened.append((str(path), str(open_file))) or 0
assert main(["--db", {str(tmp_path / "store.sqlite3")!r}, "team.rcsync"]) == 0
print(opened)
print(sorted(m for m in sys.modules if m.startswith(("reciprocity_desktop.cli.", "reciprocity_desktop.sync"))))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        str([(str(tmp_path / "store.sqlite3"), "team.rcsync")]),
        str(BASE_ONLY),
    ]


def _version_output(monkeypatch, capsys, metadata_version) -> str:
    import importlib.metadata

    from reciprocity_desktop import cli

    monkeypatch.setattr(importlib.metadata, "version", metadata_version)
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    return capsys.readouterr().out.strip()


def test_version_reads_the_package_metadata(monkeypatch, capsys):
    asked = []
    version = _version_output(monkeypatch, capsys, lambda name: asked.append(name) or "2.3.4")
    assert version == "reciprocity-desktop 2.3.4" and asked == ["reciprocity-desktop"]


def test_version_without_metadata_is_the_source_trees(monkeypatch, capsys):
    import importlib.metadata

    def not_installed(name):
        raise importlib.metadata.PackageNotFoundError(name)

    assert _version_output(monkeypatch, capsys, not_installed) == f"reciprocity-desktop {__version__}"
