"""A ``--db`` value that is an address (``postgresql://…``) rather than a store file's path, and the words of a
command line that no store can take (bytes that are not UTF-8)."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable, Sequence

from reciprocity_desktop.paths import DB_ENV, url_scheme

# The commands a hub refuses (``group action``, or a command without actions): the store file's backups.
# A hub is backed up on its server (pg_dump); every other command works on a hub as on a store file.
HUB_FILE_COMMANDS = frozenset({"backup", "backups", "backups list", "restore"})


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
    """Why ``command`` (``"backup"``; None: the window, which opens a hub) cannot run on an office hub,
    else None."""
    if command is None or command not in HUB_FILE_COMMANDS:
        return None
    return translate(
        "CLI",
        "'{command}' works on store files only, so nothing was opened: back an office hub up on its server "
        "with pg_dump",
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


# A lone surrogate: how Python hands over a command-line byte that is not UTF-8 (the byte E9 becomes
# U+DCE9). No store can hold one: SQLite's and PostgreSQL's drivers both fail to encode it.
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown_word(word: str) -> str:
    """``word`` with its undecodable bytes written as ``\\xNN``."""
    return word.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def undecodable_refusal(words: Sequence[str], translate: Callable[[str, str], str]) -> str | None:
    """Why the command line ``words`` cannot run (a word holds bytes that are not UTF-8), else None: refused
    before anything is parsed or opened, naming the word as its bytes show it."""
    for word in words:
        if _SURROGATE.search(word):
            return translate(
                "CLI",
                "The word '{word}' of the command line holds bytes that are not UTF-8 text, so nothing was "
                "done (type it again in UTF-8)",
            ).format(word=shown_word(word))
    return None
