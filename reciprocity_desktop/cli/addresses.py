"""A ``--db`` value that is an address (``postgresql://…``) rather than a store file's path."""

from __future__ import annotations

import os
from collections.abc import Callable

from reciprocity_desktop.paths import DB_ENV, url_scheme


def url_refusal(word: str | None, translate: Callable[[str, str], str]) -> str | None:
    """Why the store ``--db WORD`` (else ``$RECIPROCITY_DB``) names cannot be used: an address, not a file.

    Taken as a path, ``postgresql://rep@office/team`` would become a folder called ``postgresql:``;
    an address is refused before anything is created. Only the scheme is told back: an address may
    hold a password. ``translate(context, text)``: the run's catalog.
    """
    source, value = ("--db", word) if word is not None else ("$" + DB_ENV, os.environ.get(DB_ENV))
    scheme = url_scheme(value or "")
    if scheme is None:
        return None
    if scheme.lower() in {"postgresql", "postgres"} or scheme.lower().startswith("postgresql+"):
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
