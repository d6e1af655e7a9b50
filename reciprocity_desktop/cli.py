"""The ``reciprocity-desktop`` command: the window by default, and commands for scripting.

Each command is a function ``(store, args) -> int`` registered on an argparse sub-parser
with ``set_defaults(func=...)``. Areas with commands of their own (sync, printing,
insights) register them from their ``cli`` module listed in ``_EXTENSIONS``; each exposes
``register(subparsers)``.

User errors (a DomainError, a StoreError, a bad file) print one line on stderr and exit
with status 2; nothing is changed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from reciprocity_desktop import __version__
from reciprocity_desktop.paths import default_db_path
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import Store, StoreError, open_store

EXIT_USER_ERROR = 2

#: Modules that add commands: each has ``register(subparsers)``.
_EXTENSIONS: tuple[str, ...] = (
    "reciprocity_desktop.insights_cli",
    "reciprocity_desktop.reports.cli",
    "reciprocity_desktop.sync.cli",
)

Command = Callable[[Store, argparse.Namespace], int]


class CliError(Exception):
    """A user error found by the command line itself (e.g. an unreadable file)."""


def print_json(rows: Any) -> None:
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


class _Parser(argparse.ArgumentParser):
    """Usage mistakes (a missing --name, an unknown option) are one line on stderr too, exit 2.

    Sub-command parsers are of the same class (argparse's default), so this holds for every command.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message} (see {self.prog} --help)\n")


def add_command(subparsers, name: str, func: Command, help_text: str, **kwargs) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(name, help=help_text, description=help_text, **kwargs)
    parser.set_defaults(func=func)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reciprocity-desktop",
        description="Reciprocity Desktop: give first, record it, follow up. With no command, opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        help=f"the store file (default: $RECIPROCITY_DB or {default_db_path()})",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    from reciprocity_desktop import cli_commands

    cli_commands.register(subparsers)
    for module_name in _EXTENSIONS:
        importlib.import_module(module_name).register(subparsers)
    return parser


def _open_window(db_path: Path) -> int:
    try:
        from reciprocity_desktop.ui.app import run
    except ImportError as exc:  # the window needs Qt; the CLI does not
        print(f"reciprocity-desktop: the window cannot start: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    return run(db_path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path: Path = args.db or default_db_path()
    if args.command is None:
        return _open_window(db_path)
    try:
        store = open_store(db_path)
    except StoreError as exc:
        print(f"reciprocity-desktop: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    try:
        return args.func(store, args)
    except (DomainError, StoreError, CliError) as exc:
        print(f"reciprocity-desktop: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        return 0
    finally:
        store.close()
