"""A ``--db`` value that is an address (``postgresql://…``) rather than a store file's path."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable

from reciprocity_desktop.paths import DB_ENV, url_scheme

# The commands that work on an office hub (``group action``, or a command without actions); the
# others are refused on a hub in one sentence naming the command.
HUB_COMMANDS = frozenset(
    {
        "prospects list",
        "contacts list",
        "gifts list",
        "followups list",
        "outcomes list",
        "visits list",
        "report",
        "print-day",
        "export",
        "import",
        "import-csv",
        "export-csv",
    }
)


def db_value(word: str | None) -> tuple[str, str | None]:
    """``(where it came from, the value)``: ``--db WORD``, else ``$RECIPROCITY_DB``."""
    return ("--db", word) if word is not None else ("$" + DB_ENV, os.environ.get(DB_ENV))


def is_hub_scheme(scheme: str) -> bool:
    lowered = scheme.lower()
    return lowered in {"postgresql", "postgres"} or lowered.startswith("postgresql+")


def hub_address(word: str | None) -> str | None:
    """The office hub's address ``--db WORD`` (else ``$RECIPROCITY_DB``) names, None for a store file."""
    value = db_value(word)[1]
    scheme = url_scheme(value or "")
    return value if scheme is not None and is_hub_scheme(scheme) else None


def has_driver() -> bool:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return False
    return True


def command_of(args: argparse.Namespace) -> str | None:
    """The command ``args`` run (``"prospects list"``, ``"report"``), None for the window."""
    if args.command is None:
        return None
    return " ".join(word for word in (args.command, getattr(args, "action", None)) if word)


def hub_command_refusal(command: str | None, translate: Callable[[str, str], str]) -> str | None:
    """Why ``command`` (``"prospects add"``; None: the window, which opens a hub) cannot run on an office
    hub yet, else None."""
    if command is None or command in HUB_COMMANDS:
        return None
    return translate(
        "CLI",
        "'{command}' does not work on an office hub yet, so nothing was opened (run it on a store file)",
    ).format(command=command)


def url_refusal(word: str | None, translate: Callable[[str, str], str]) -> str | None:
    """Why the store ``--db WORD`` (else ``$RECIPROCITY_DB``) names cannot be used: an address, not a file.

    Taken as a path, ``postgresql://rep@office/team`` would become a folder called ``postgresql:``;
    an address is refused before anything is created. Only the scheme is told back: an address may
    hold a password. An office hub's address (``postgresql://``, ``postgresql+psycopg://``) is taken
    where its driver (psycopg) is installed. ``translate(context, text)``: the run's catalog.
    """
    source, value = db_value(word)
    scheme = url_scheme(value or "")
    if scheme is None:
        return None
    if is_hub_scheme(scheme):
        if scheme.lower() in {"postgresql", "postgres", "postgresql+psycopg"} and has_driver():
            return None
        if scheme.lower() in {"postgresql", "postgres", "postgresql+psycopg"}:
            return translate(
                "CLI",
                '{source} names an office hub on PostgreSQL, whose driver is not installed, so nothing was '
                'opened (install it: pip install ".[hub]")',
            ).format(source=source)
        return translate(
            "CLI",
            "{source} names a {scheme}:// address: an office hub on PostgreSQL is not supported by this "
            "version, so nothing was opened (give the path of a store file)",
        ).format(source=source, scheme=scheme)
    return translate(
        "CLI",
        "{source} names a {scheme}:// address, which is not supported, so nothing was opened (give the "
        "path of a store file)",
    ).format(source=source, scheme=scheme)
