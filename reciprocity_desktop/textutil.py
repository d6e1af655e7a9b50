"""Small text helpers shared by the services (no Qt, no database)."""

from __future__ import annotations

import re
import unicodedata

#: A spreadsheet would read a cell starting with one of these as a formula (also behind quotes).
FORMULA_START = re.compile(r"^'*[=+\-@]")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search: ``"Čebelarstvo Müller"`` → ``"cebelarstvo muller"``.

    ``ß`` folds to ``ss`` so that "Strasse" finds "Straße".
    """
    if text.isascii():  # most names and cities: nothing to decompose, casefold() is lower() here
        return " ".join(text.lower().split())
    return fold_unicode(text)


def fold_unicode(text: str) -> str:
    """:func:`fold` the long way, for any text (the ASCII shortcut must agree with it)."""
    # Decompose first: compatibility characters such as "℡" or "㎒" decompose to capitals
    # ("TEL", "MHz"), which casefold() must still see (else fold() would not be idempotent).
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def neutralise_formula(cell: str) -> str:
    """Keep a spreadsheet from running a cell as a formula: prefix ``= + - @`` (CSV injection) with ``'``."""
    return "'" + cell if FORMULA_START.match(cell) else cell
