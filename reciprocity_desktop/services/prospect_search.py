"""The prospect list's search: every folded word found in ``search_text``, through the trigram index.

A search text is split into folded words (:func:`search_words`); a prospect is listed when each
word is a substring of its folded ``search_text`` — "backer" and "bäck" find "Bäckerei". Words of
three or more characters are looked up in ``prospects_fts`` (one FTS5 query for all of them,
:mod:`reciprocity_desktop.store.search`); shorter ones, which a trigram index cannot find, with
``LIKE`` (its wildcards escaped), as the list searched before the index. What a user types is
searched literally either way.

Which way is faster depends on how many prospects hold the words, so the count and the page first
ask the index how many (:func:`use_index`, one FTS5 count, a millisecond or two): up to a limit the
matches are looked up one by one; above it, walking ``ix_prospects_list`` (which holds
``search_text``) and testing each text costs less — a page stops as soon as it is full, a count
reads one index instead of every match's row (for its tombstone flag). Both ways list the same rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, literal_column, select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import list_query
from reciprocity_desktop.store import portable, search
from reciprocity_desktop.store.models import Prospect

# Measured on the office store (100,000 prospects): testing every search text of ix_prospects_list
# takes about 15 ms; looking up a match's row about 1 µs (its tombstone flag), sorting the matches
# for a page about 3 µs each. A page walked in name order stops after about 100 × 100,000 / matches.
#: Up to this many index matches a page is read from the matches (looked up and sorted); with more,
#: walking the list's index in order fills a page of 100 sooner.
PAGE_FROM_INDEX_UP_TO = 1000
#: Up to this many index matches a count looks each one up; with more, reading the search texts
#: from ix_prospects_list costs less.
COUNT_FROM_INDEX_UP_TO = 15000
#: A tombstone looked up in the index (an FTS5 query by rowid) costs about as much as probing this
#: many matches in ix_prospects_deleted: the count of a search takes off its tombstones the cheaper way.
TOMBSTONE_LOOKUPS_UP_TO = 200


def search_words(text: str) -> list[str]:
    """The folded words of ``text``. A NUL separates words too: SQLite's LIKE would read it as the
    end of its pattern, and the search texts (folded names, cities, postal codes) hold none."""
    return list_query.search_words(text.replace("\x00", " "))


def split_words(text: str) -> tuple[list[str], list[str]]:
    """The folded words of ``text``: (those the trigram index finds, those searched with LIKE)."""
    words = search_words(text)
    return [w for w in words if search.indexable(w)], [w for w in words if not search.indexable(w)]


def search_clauses(text: str, *, use_index: bool = True) -> list[Any]:
    """WHERE clauses on ``prospects`` for the search ``text`` (none when it has no words).

    With ``use_index`` the words of three or more characters are looked up in ``prospects_fts``;
    without, every word is tested with LIKE, text by text in whatever order the query walks.
    """
    indexed, scanned = split_words(text)
    if not _storable(indexed + scanned):
        return [false()]  # a word SQLite cannot hold (a lone surrogate) is in no search text
    clauses = []
    if indexed and use_index:
        fts5 = literal_column("prospects.rowid").in_(search.matching_rowids(indexed))
        clauses.append(portable.search_match(fts5, indexed))  # the same SQL on SQLite; LIKE on a hub
    else:
        scanned = indexed + scanned
    for word in scanned:
        clauses.append(Prospect.search_text.like(list_query.like_pattern(word), escape="\\"))
    return clauses


def use_index(session: Session, text: str, up_to: int) -> bool:
    """Whether to look the search ``text``'s words up in the index: it has at most ``up_to`` prospects
    holding them all (or the text has no such word, so there is nothing to choose)."""
    indexed, scanned = split_words(text)
    if not indexed or not _storable(indexed + scanned):
        return True
    if session.get_bind().dialect.name != "sqlite":  # a hub: its planner chooses (no FTS5 count)
        return True
    return int(session.scalar(search.count_matching(indexed)) or 0) <= up_to


def live_count(session: Session, text: str) -> int | None:
    """How many live prospects the search ``text`` alone lists, when the index answers it alone
    (every word has three characters or more); None otherwise.

    The index's matches less the tombstones among them, no row read: usually there is none; a few
    are each looked up in the index, else the matches are probed in the tombstones' index.
    """
    indexed, scanned = split_words(text)
    if not indexed or scanned or not _storable(indexed):
        return None
    if session.get_bind().dialect.name != "sqlite":  # a hub has no FTS5 index to count on: counted as a filter
        return None
    matches, tombstones = session.execute(
        select(search.count_matching(indexed).scalar_subquery(), search.count_tombstones().scalar_subquery())
    ).one()
    if not matches or not tombstones:
        return int(matches or 0)
    each = matches > TOMBSTONE_LOOKUPS_UP_TO * tombstones
    return int(matches) - int(session.scalar(search.count_tombstones_matching(indexed, each_tombstone=each)) or 0)


def _storable(words: list[str]) -> bool:
    try:
        for word in words:
            word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
