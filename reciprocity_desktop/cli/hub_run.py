"""Running a command on an office hub (``--db postgresql://…``): the commands it takes, one sentence for the rest."""

from __future__ import annotations

import argparse
import sys

import reciprocity_desktop.cli.base as base
from reciprocity_desktop.cli import addresses
from reciprocity_desktop.cli.base import EXIT_USER_ERROR, CliError, DomainError, StoreError, user_text
from reciprocity_desktop.store import open_store


def run(address: str, args: argparse.Namespace) -> int:
    """Run the command of ``args`` on the hub at ``address`` (those it takes: :data:`addresses.HUB_COMMANDS`)."""
    words = (args.command, getattr(args, "action", None)) if args.command is not None else ()
    command = " ".join(word for word in words if word) or None
    refusal = addresses.hub_command_refusal(command, base._catalog.translate)
    if refusal:
        print(f"reciprocity-desktop: {refusal}.", file=sys.stderr)
        return EXIT_USER_ERROR
    try:
        store = open_store(address)
    except StoreError as exc:
        print(f"reciprocity-desktop: {user_text(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    try:
        base._use_language(store)
        with store._told_plainly():  # the connection lost while working is one sentence
            return args.func(store, args)
    except (DomainError, StoreError, CliError) as exc:
        print(f"reciprocity-desktop: {user_text(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        return 0
    finally:
        store.close()
