"""The ``reciprocity-desktop`` command: the window by default, and commands for scripting.

:mod:`~reciprocity_desktop.cli.base` holds the parser, the error handling and the output helpers; each
command group has a module with ``register(subparsers)`` and its command functions. To add a command,
add it to its group's module (or add a module and list it in ``GROUP_NAMES``, in the order ``--help`` shows).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from reciprocity_desktop.cli import base

#: The command groups (modules of this package), in the order ``reciprocity-desktop --help`` lists their
#: commands. They are imported only when a command is parsed: opening the window needs none of them.
GROUP_NAMES = (
    "demo",
    "prospects",
    "contacts",
    "gifts",
    "stock",
    "gift_register",
    "followups",
    "outcomes",
    "visits",
    "csv",
    "report",
    "print_day",
    "sync",
    "settings",
    "backups",
)

#: What a file manager hands over when the user opens a sync file with the program: ``reciprocity-desktop
#: FILE.rcsync``. The window starts with that file's sync import.
OPENED_SUFFIX = ".rcsync"

__all__ = ["GROUP_NAMES", "asks_version", "build_parser", "file_to_open", "groups", "main"]


def groups() -> tuple[ModuleType, ...]:
    """The command group modules, in ``--help`` order."""
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in GROUP_NAMES)


def build_parser() -> argparse.ArgumentParser:
    parser, subparsers = base.new_parser()
    for group in groups():
        group.register(subparsers)
    return parser


def opens_window(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds no command, only ``--db PATH``: the window opens, no command is parsed."""
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--db" and rest and not rest[0].startswith("-"):
            rest.pop(0)
        elif not (word.startswith("--db=") and len(word) > len("--db=")):
            return False
    return True


def asks_version(argv: Sequence[str]) -> bool:
    """True when ``argv`` is ``--version`` with at most ``--db PATH`` beside it: the top-level parser answers it."""
    words = list(argv)
    return "--version" in words and opens_window([word for word in words if word != "--version"])


def file_to_open(argv: Sequence[str]) -> tuple[str, list[str]] | None:
    """``(FILE, the other words)`` when ``argv`` is one path ending in ``.rcsync`` with at most ``--db PATH``
    beside it (what a file manager runs to open the file), else None.
    """
    rest, others, found = list(argv), [], []
    while rest:
        word = rest.pop(0)
        if word == "--db" and rest and not rest[0].startswith("-"):
            others += [word, rest.pop(0)]
        elif word.startswith("--db=") and len(word) > len("--db="):
            others.append(word)
        elif word.startswith("-") or found:
            return None
        else:
            found.append(word)
    if len(found) == 1 and found[0].lower().endswith(OPENED_SUFFIX):
        return found[0], others
    return None


def main(argv: Sequence[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    if (opened := file_to_open(words)) is not None:  # the window, with the file's sync import
        path, others = opened
        return base.run(base.new_parser()[0], others, open_file=Path(path))
    if opens_window(words) or asks_version(words):  # without importing every command's module
        return base.run(base.new_parser()[0], words)
    base.choose_run_language(words)  # before the parser is built: --help and argparse's words speak it
    return base.run(build_parser(), words)
