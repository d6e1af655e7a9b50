"""Words of the command line that are not text: bytes of another encoding than UTF-8.

Python hands such bytes over as lone surrogates (``$'Caf\\xe9'`` becomes ``'Caf\\udce9'``), which no store
can hold: SQLite's and PostgreSQL's drivers both fail to encode them. They are refused before anything
is parsed or opened, in one sentence naming the word as its bytes show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(word: str) -> str:
    """``word`` with its undecodable bytes written as ``\\xNN``."""
    return word.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def undecodable_refusal(words: Sequence[str], translate: Callable[[str, str], str]) -> str | None:
    """Why the command line ``words`` cannot run (a word holds bytes that are not UTF-8), else None."""
    for word in words:
        if _SURROGATE.search(word):
            return translate(
                "CLI",
                "The word '{word}' of the command line holds bytes that are not UTF-8 text, so nothing was "
                "done (type it again in UTF-8)",
            ).format(word=shown(word))
    return None
