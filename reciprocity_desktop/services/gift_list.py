"""The gift list of the window, in SQL: filter, sort, a page at a time, its count and totals.

300,000 gifts show at once: the window asks for :func:`gift_totals` (the count and the cost, index
ranges) and then for the pages it paints (:func:`list_gifts_page`: the gifts with only the
prospect's name and city and the recipient's name loaded). Every order reads an index
(:mod:`.sorted_pages`, migration 0007): by date; by a value (kind, reaction, the qualities) the
gifts of each value in turn, newest first; by cost or description (folded) on (column, date) and
its descending twin; by prospect the prospects in sort-name order with their gifts; by recipient
(the gifts without one, then by the contact's folded name, then the contact) on the recipient's
name key, copied into the gifts (migration 0009, store/sort_keys.py), so that a page deep in that
order reads one index, no join. Ties are newest first (date, then the order the gifts were stored), whichever way a
column sorts.

Search is case- and accent-insensitive as before: every word must occur in the prospect's name or
city, the recipient's name, the description, or in the shown name of the gift's kind or reaction (the
window passes those labels, as it translates them). Each is looked up on an index first
(:mod:`.list_search`: the prospects through ``prospects_fts``, the recipients' and the descriptions'
folded keys); the matches are then counted, and sorted as above.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from reciprocity_desktop.services import list_query, list_search
from reciprocity_desktop.services.sorted_pages import Key, Leading, Segment, SortedList, rowid
from reciprocity_desktop.store import Store, portable
from reciprocity_desktop.store.models import Contact, Gift, GiftKind, Prospect, Reaction

#: The sortable columns of the gift list, by key.
SORT_KEYS = (
    "date",
    "prospect",
    "recipient",
    "kind",
    "description",
    "personal",
    "unexpected",
    "meaningful",
    "cost",
    "reaction",
)


@dataclass(frozen=True)
class GiftFilter:
    """What the gift list shows. Empty fields do not filter.

    ``labels``: (value, shown label) of the gift kinds and reactions, so that the search finds a gift
    by the name of its kind or reaction as the window shows it.
    """

    search: str = ""
    kind: str = ""
    prospect_id: str = ""
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class GiftSort:
    key: str = "date"
    descending: bool = True


_GIFTS = Gift.__table__
_CONTACTS = Contact.__table__
_PROSPECTS = Prospect.__table__
_ROWID = rowid(_GIFTS)

#: A column sorted by value: the gifts of each value in turn, in SQL's order of the values.
_BY_VALUE = {
    "kind": (Gift.kind, sorted(k.value for k in GiftKind)),
    "reaction": (Gift.reaction, [None, *sorted(r.value for r in Reaction)]),
    "personal": (Gift.personal, [False, True]),
    "unexpected": (Gift.unexpected, [False, True]),
    "meaningful": (Gift.meaningful, [False, True]),
}
_BY_COLUMN = {"cost": Gift.cost_cents, "description": Gift.description_key}


def _filter(flt: GiftFilter) -> tuple:
    where = [Gift.deleted.is_(False)]
    if flt.kind:
        where.append(Gift.kind == flt.kind)
    if flt.prospect_id:
        where.append(Gift.prospect_id == flt.prospect_id)
    return tuple(where)


def _search(
    session: Session, flt: GiftFilter, words: list[str], *, counting: bool = False
) -> list_search.Searched:
    """Where each word may be found, as index lookups (see :mod:`.list_search`); ``counting``: for
    counts only (a page's way to read the matches is not asked)."""
    if not list_search.storable(words):
        return list_search.NOTHING
    live = (Gift.deleted.is_(False),)  # the partial indexes' condition, as the list's own
    parts = [
        [
            list_search.Part(Gift.prospect_id, list_search.prospects_holding(w)),
            list_search.Part(Gift.contact_id, list_search.contacts_holding(w), live),
            list_search.Part(Gift.description_key, list_search.texts_holding(session, Gift.description_key, w)),
            *list_search.labelled(Gift.kind, w, flt.labels, live),
            *list_search.labelled(Gift.reaction, w, flt.labels, live),
        ]
        for w in words
    ]
    return list_search.searched(session, _ROWID, parts, dense=False if counting else None)


def _newest() -> tuple[Key, Key]:
    return (Key(Gift.date, True), Key(_ROWID, True))


def _searched(
    session: Session, flt: GiftFilter, sort: GiftSort, words: list[str], counting: bool = False
) -> list[Segment]:
    """The one segment of a search: the matches sorted (the same order as unsearched)."""
    d = sort.descending
    if sort.key in _BY_VALUE or sort.key in _BY_COLUMN:
        column = _BY_VALUE[sort.key][0] if sort.key in _BY_VALUE else _BY_COLUMN[sort.key]
        keys: tuple[Key, ...] = (Key(column, d, nullable=sort.key == "reaction"), *_newest())
    elif sort.key == "prospect":
        keys = (Key(Prospect.sort_name, d, prospect=True), *_newest())
    elif sort.key == "recipient":  # without one first (upwards), then by name: as the segments below
        keys = (Key(Gift.recipient_key, d, nullable=True), Key(Gift.contact_id, d, nullable=True), *_newest())
    else:
        keys = (Key(Gift.date, d), Key(_ROWID, d))
    source = _GIFTS.join(_PROSPECTS, Prospect.id == Gift.prospect_id)
    found = _search(session, flt, words, counting=counting)
    return [Segment(keys, found.page, source=source, prospects=True, counted=found.counted)]


def _is(column: Any, value: Any) -> Any:
    """``column IS value`` (SQLite's equality that holds for NULL too; a boolean's ``IS 0``); on a hub a
    text's ``=`` (PostgreSQL's ``IS`` takes only NULL and booleans)."""
    if value is None or isinstance(value, bool):
        return column.is_(value)
    return portable.ByDialect(column.is_(value), column == value)


def _segments(session: Session, flt: GiftFilter, sort: GiftSort, counting: bool) -> list[Segment]:
    words = list_query.search_words(flt.search)
    if words:
        return _searched(session, flt, sort, words, counting)
    d = sort.descending
    if sort.key in _BY_VALUE:
        column, values = _BY_VALUE[sort.key]
        return [Segment(_newest(), (_is(column, value),)) for value in (reversed(values) if d else values)]
    if sort.key in _BY_COLUMN:
        return [Segment((Key(_BY_COLUMN[sort.key], d), *_newest()))]
    if sort.key == "prospect":
        on = Prospect.id == Gift.prospect_id
        return [
            Segment(
                (Key(Prospect.sort_name, d, prospect=True), *_newest()),
                source=_GIFTS.join(_PROSPECTS, on),
                leading=Leading(_PROSPECTS, _GIFTS, on),
                prospects=True,
                counted=(),
            )
        ]
    if sort.key == "recipient":  # the recipient's name key, copied (ix_gifts_recipient_key(_desc)_date)
        without = Segment(_newest(), (Gift.contact_id.is_(None),))
        # A contact_id whose contact is not stored (its copy NULL) sorts as NULL would, before the names.
        unstored = Segment(
            (Key(Gift.contact_id, d), *_newest()), (Gift.contact_id.is_not(None), Gift.recipient_key.is_(None))
        )
        by_name = Segment(
            (Key(Gift.recipient_key, d), Key(Gift.contact_id, d), *_newest()),
            (Gift.recipient_key.is_not(None),),
            rest=True,
        )
        return [by_name, unstored, without] if d else [without, unstored, by_name]
    return [Segment((Key(Gift.date, d), Key(_ROWID, d)))]


def _listed(
    session: Session, flt: GiftFilter, sort: GiftSort = GiftSort(), *, counting: bool = False
) -> SortedList:
    return SortedList(_GIFTS, Gift.id, Gift.prospect_id, _filter(flt), _segments(session, flt, sort, counting))


def _loaded(session: Session, ids: list[str]) -> list[Gift]:
    """The gifts of ``ids`` in that order, with the prospect's name and city and the recipient's name."""
    if not ids:
        return []
    query = (
        select(Gift)
        .where(Gift.id.in_(ids))
        .options(
            joinedload(Gift.prospect).load_only(Prospect.name, Prospect.city),
            joinedload(Gift.contact).load_only(Contact.name),
        )
    )
    found = {gift.id: gift for gift in session.scalars(query)}
    return [found[gift_id] for gift_id in ids if gift_id in found]


def list_gifts_page(
    store: Store,
    flt: GiftFilter = GiftFilter(),
    sort: GiftSort = GiftSort(),
    offset: int = 0,
    limit: int | None = 200,
) -> list[Gift]:
    """A page of the listed gifts; each with its prospect (name, city) and recipient (name) loaded."""
    with store.read() as session:
        list_query.use_fold(session)
        return _loaded(session, _listed(session, flt, sort).page_ids(session, offset, limit))


def count_gifts(store: Store, flt: GiftFilter = GiftFilter()) -> int:
    """How many gifts the list shows under ``flt`` (index ranges, no rows loaded)."""
    with store.read() as session:
        list_query.use_fold(session)
        return _listed(session, flt, counting=True).count(session)


def gift_totals(store: Store, flt: GiftFilter = GiftFilter()) -> tuple[int, int]:
    """(count, total cost in cents) of the gifts listed under ``flt``: SQL aggregates.

    Without a search, the live gifts are summed on an index and those of deleted prospects (usually
    none) taken off; a search sums its matches.
    """
    with store.read() as session:
        list_query.use_fold(session)
        words = list_query.search_words(flt.search)
        sums = (func.count(), func.coalesce(func.sum(Gift.cost_cents), 0))
        where = _filter(flt)
        if words:  # the matches (each word's index lookups), then the gifts of deleted prospects off
            where += _search(session, flt, words, counting=True).counted
        number, cost = session.execute(select(*sums).where(*where)).one()
        gone = select(Prospect.id).where(Prospect.deleted.is_(True)).scalar_subquery()
        lost, lost_cost = session.execute(select(*sums).where(*where, Gift.prospect_id.in_(gone))).one()
        return int(number) - int(lost), int(cost) - int(lost_cost)


def gift_position(
    store: Store, gift_id: str, flt: GiftFilter = GiftFilter(), sort: GiftSort = GiftSort()
) -> int | None:
    """The 0-based row of a gift in :func:`list_gifts_page` with the same filter and sort (None: not listed)."""
    with store.read() as session:
        list_query.use_fold(session)
        return _listed(session, flt, sort).position(session, gift_id)
