"""The Gifts and Follow-ups lists' search, on indexes: where each word may be found, as index lookups.

A gift (a follow-up) is listed when every folded word is in one of its fields: the prospect's name
or city, the recipient's name, the description (the note, the linked gift's description, the
result), or the shown name of its kind or reaction. Each field is a :class:`Part`: a column of the
listed table whose value is one of a set found first on an index —

- the prospects whose folded name or city holds the word (:func:`prospects_holding`: the
  candidates ``prospects_fts`` finds, or for a word under three characters the texts of
  ``ix_prospects_list``; each one's name and city then tested);
- the contacts whose folded name holds it (:func:`contacts_holding`, the names of
  ``ix_contacts_name_key``);
- the folded texts holding it (:func:`texts_holding`): a list repeats its descriptions and notes,
  so their index is read one distinct value at a time (one seek each), or read whole when it holds
  more than :data:`DISTINCT_WALK` different ones;
- the kinds and reactions whose shown label holds it (no query).

A word's matches are then the union of the parts' index ranges (:func:`matches`), and the list
counts them (a row each, for its other conditions). A page of a word held by few records reads
those records and sorts them; of a word held by many (:data:`DENSE_FROM`, counted up to that many
on the same indexes) it walks the list's order and tests each row, and stops when the page is full.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select, true, union_all
from sqlalchemy.orm import Session

from reciprocity_desktop.services import list_query
from reciprocity_desktop.store import portable, search
from reciprocity_desktop.store.models import Contact, Prospect

#: A text index with up to this many different values is read a value at a time; with more, whole.
DISTINCT_WALK = 2000
#: A word held by at least this many records (counted up to it) is walked in the list's order.
DENSE_FROM = 8000


@dataclass(frozen=True)
class Part:
    """One field a word may be found in: ``column`` of the listed table is one of ``values`` (a
    select of one column or a list). ``where``: the list's own conditions, so that the lookup reads
    the listed table's partial indexes."""

    column: Any
    values: Any
    where: tuple[Any, ...] = ()

    def test(self) -> ColumnElement:
        if isinstance(self.values, list) and not self.values:
            return false()
        return self.column.in_(self.values)


def storable(words: Sequence[str]) -> bool:
    """False when a word cannot be stored by SQLite (a lone surrogate): then nothing holds it."""
    try:
        for word in words:
            word.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def like(column: Any, word: str) -> ColumnElement:
    """``column`` holds the folded ``word`` (LIKE, its wildcards escaped)."""
    return column.like(list_query.like_pattern(word), escape="\\")


def prospects_holding(word: str) -> Any:
    """The ids of the prospects (tombstones too) whose folded name or city holds ``word``.

    Needs :func:`list_query.use_fold` on the session (the city is folded as the row is tested).
    """
    if search.indexable(word):
        fts5 = portable.rowid("prospects").in_(search.matching_rowids([word]))
        candidates = portable.search_match(fts5, [word])  # the same SQL on SQLite; LIKE on a hub
    else:  # the search text (name, city, …) holds it too: tested on ix_prospects_list first
        candidates = like(Prospect.search_text, word)
    # An ASCII city folds to itself, lower case (LIKE ignores ASCII case): folded in Python only
    # when it holds another character.
    city = or_(
        like(Prospect.city, word),
        and_(portable.not_ascii(Prospect.city), like(list_query.folded(Prospect.city), word)),
    )
    return select(Prospect.id).where(candidates, or_(like(Prospect.sort_name, word), city))


def contacts_holding(word: str) -> Any:
    """The ids of the contacts whose folded name holds ``word``: the names read off
    ``ix_contacts_name_key`` (not the contacts' rows), then the matches' ids."""
    rowid = portable.rowid("contacts")
    return select(Contact.id).where(rowid.in_(select(rowid).select_from(Contact).where(like(Contact.name_key, word))))


def texts_holding(session: Session, column: Any, word: str, where: Sequence[Any] = ()) -> Any:
    """The distinct values of ``column`` that hold ``word``: a list, read one distinct value at a time
    (each the next one up on an index that leads with ``column`` under the equalities of ``where``);
    a select when there are more than :data:`DISTINCT_WALK`."""
    table = column.table
    bounded = [*where, column.is_not(None)]
    first = select(func.min(column)).where(*bounded).scalar_subquery()
    walk = select(first.label("v")).cte("walk", recursive=True)
    following = select(func.min(column)).where(*bounded, column > walk.c.v).scalar_subquery()
    walk = walk.union_all(select(following).where(walk.c.v.is_not(None)))
    rows = session.execute(
        select(walk.c.v, like(walk.c.v, word)).where(walk.c.v.is_not(None)).limit(DISTINCT_WALK + 1)
    ).all()
    if len(rows) <= DISTINCT_WALK:
        return [value for value, held in rows if held]
    return select(column).select_from(table).where(*bounded, like(column, word)).distinct()


def labelled(column: Any, word: str, labels: Sequence[tuple[str, str]], where: Sequence[Any]) -> list[Part]:
    """The part of a column whose shown label holds ``word`` (none when no label does)."""
    values = list_query.label_values(word, labels)
    return [Part(column, values, tuple(where))] if values else []


def matches(rowid: Any, parts: Sequence[Part]) -> Any:
    """The rowids of the listed table's records holding a word: the union of its parts' index ranges."""
    looked_up = [part for part in parts if not (isinstance(part.values, list) and not part.values)]
    return union_all(
        *(select(rowid).select_from(part.column.table).where(part.test(), *part.where) for part in looked_up)
    )


def held_by_many(session: Session, rowid: Any, words: Sequence[Sequence[Part]]) -> bool:
    """Whether every word is held by at least :data:`DENSE_FROM` records (each counted up to that)."""
    for parts in words:
        capped = matches(rowid, parts).limit(DENSE_FROM).subquery()
        if int(session.scalar(select(func.count()).select_from(capped)) or 0) < DENSE_FROM:
            return False
    return True


@dataclass(frozen=True)
class Searched:
    """A search as conditions on the listed table: ``page`` for a page's query, ``counted`` for counts."""

    page: tuple[Any, ...]
    counted: tuple[Any, ...]


def searched(session: Session, rowid: Any, words: Sequence[Sequence[Part]], *, dense: bool | None = None) -> Searched:
    """The conditions of a search whose words may be found in ``words``' parts (one list per word).

    Counts read each word's matches; a page tests each row in the list's order when every word is
    held by many records (``dense``; asked on the indexes when None), else reads the matches.
    """
    if not words:
        return Searched((true(),), (true(),))
    found = tuple(rowid.in_(matches(rowid, parts)) for parts in words)
    if dense is None:
        dense = held_by_many(session, rowid, words)
    tested = tuple(or_(*(part.test() for part in parts)) for parts in words)
    return Searched(tested if dense else found, found)


#: The search of a word SQLite cannot store: nothing holds it.
NOTHING = Searched((false(),), (false(),))
