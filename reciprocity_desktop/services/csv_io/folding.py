"""Folding the names of a large file word by word, each word once (what :func:`textutil.fold` gives).

``fold`` works character by character (casefold, decompose, drop the combining marks) and then
collapses white space; white space is never part of a decomposition's marks, so the folded text
is the folded words joined by one space, empty ones left out. A file's names repeat their words
("GmbH", "Müller", "Bäckerei", first names) thousands of times: :class:`WordFolder` folds each
word the first time and looks it up after, a bounded table (no cache that can go stale: ``fold``
is a pure function).
"""

from __future__ import annotations

from collections.abc import Iterable

from reciprocity_desktop.textutil import fold

#: Words remembered per import (the table stops growing there; later new words are simply folded).
WORDS = 16384


class WordFolder:
    """``fold(text)`` for many texts, each non-ASCII word folded once."""

    __slots__ = ("_words",)

    def __init__(self) -> None:
        self._words: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        if text.isascii():  # as fold does: lower() is casefold() for ASCII
            return " ".join(text.lower().split())
        words = self._words
        out = []
        for word in text.split():
            if word.isascii():
                out.append(word.lower())
                continue
            folded = words.get(word)
            if folded is None:
                folded = fold(word)
                if len(words) < WORDS:
                    words[word] = folded
            if folded:
                out.append(folded)
        return " ".join(out)


def joined(parts: Iterable[str]) -> str:
    """``fold(" ".join(texts))`` from the texts already folded: the non-empty ones joined by one space."""
    return " ".join([part for part in parts if part])
