"""The ``reciprocity-desktop`` command: the window by default, and commands for scripting.

:mod:`~reciprocity_desktop.cli.base` holds the parser, the error handling and the output helpers; each
command group has a module with ``register(subparsers)`` and its command functions. To add a command,
add it to its group's module (or add a module and list it in ``GROUPS``, in the order ``--help`` shows).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from reciprocity_desktop.cli import (
    base,
    contacts,
    csv,
    demo,
    followups,
    gift_register,
    gifts,
    outcomes,
    print_day,
    prospects,
    report,
    settings,
    stock,
    sync,
    visits,
)

#: The command groups, in the order ``reciprocity-desktop --help`` lists their commands.
GROUPS = (
    demo,
    prospects,
    contacts,
    gifts,
    stock,
    gift_register,
    followups,
    outcomes,
    visits,
    csv,
    report,
    print_day,
    sync,
    settings,
)

__all__ = ["GROUPS", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser, subparsers = base.new_parser()
    for group in GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return base.run(build_parser(), argv)
