"""The follow-up list of the window, in SQL: a bucket, search, sort, a page at a time, counts.

The bucket counts of the filter buttons are index ranges (:func:`followup_bucket_counts`); the list
asks for :func:`count_followups` and then for the pages it paints (:func:`list_followups_page`: the
follow-ups with only what the table and the details show of the prospect and the gift loaded).

Every order reads an index (:mod:`.sorted_pages`, migration 0007) of the open or the done
follow-ups (``is_done``): by due date (or "when", the same order within a bucket), done date, note
or result (folded) on (column, due) and its descending twin; by kind the follow-ups of each kind
in turn; by prospect the prospects in sort-name order with their follow-ups; by linked gift (those
without one, then by the gift's folded description, date and id) on the gift's key and date, copied
into the follow-ups (migration 0009, store/sort_keys.py), so that a page deep in that order reads one
index, no join.
Ties are in the list's own order: by due date, by prospect. A list of open and done follow-ups
together (not a filter of the window) puts the open ones first and sorts its rows in SQL.

Search is case- and accent-insensitive as before: every word must occur in the prospect's name or
city, the note, the linked gift's description, the result, or the shown name of the kind (the
window passes the labels, as it translates them); each looked up on an index first
(:mod:`.list_search`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, joinedload

from reciprocity_desktop.services import list_query, list_search
from reciprocity_desktop.services.followups import (
    DONE,
    DUE_TODAY,
    FILTER_BUCKETS,
    OPEN,
    OVERDUE,
    UPCOMING,
)
from reciprocity_desktop.services.sorted_pages import Key, Leading, Segment, SortedList, rowid
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUp, FollowUpKind, Gift, Prospect

#: The sortable columns of the follow-up list, by key.
SORT_KEYS = ("due", "when", "prospect", "kind", "note", "gift", "done_on", "result")


@dataclass(frozen=True)
class FollowUpListFilter:
    """What the follow-up list shows: one filter of :data:`FILTER_BUCKETS` on ``today``, and a search.

    ``labels``: (value, shown label) of the follow-up kinds, so that the search finds them by name.
    """

    bucket: str = OPEN
    search: str = ""
    today: dt.date = field(default_factory=dt.date.today)
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FollowUpSort:
    key: str = "due"
    descending: bool = False


_FOLLOWUPS = FollowUp.__table__
_PROSPECTS = Prospect.__table__
_ROWID = rowid(_FOLLOWUPS)
_KINDS = sorted(kind.value for kind in FollowUpKind)
_BY_COLUMN = {"note": FollowUp.note_key, "result": FollowUp.result_key, "done_on": FollowUp.done_on}


def _bucket_clause(bucket: str, today: dt.date) -> tuple:
    """The bucket as conditions on ``is_done`` (an equality on the list's indexes) and the due date."""
    open_ = FollowUp.is_done.is_(False)
    clauses = {
        OPEN: (open_,),
        OVERDUE: (open_, FollowUp.due < today),
        DUE_TODAY: (open_, FollowUp.due == today),
        UPCOMING: (open_, FollowUp.due > today),
        DONE: (FollowUp.is_done.is_(True),),
    }
    if bucket in clauses:
        return clauses[bucket]
    wanted = FILTER_BUCKETS.get(bucket, FILTER_BUCKETS[OPEN] | {DONE})
    return (or_(*(and_(*clauses[b]) for b in sorted(wanted))),)


def _uniform(bucket: str) -> bool:
    """The bucket holds only open or only done follow-ups (every filter of the window)."""
    return bucket in (OPEN, OVERDUE, DUE_TODAY, UPCOMING, DONE)


def _filter(flt: FollowUpListFilter) -> tuple:
    return (FollowUp.deleted.is_(False), *_bucket_clause(flt.bucket, flt.today))


def _texts(session: Session, flt: FollowUpListFilter, column: object, word: str) -> object:
    """The folded texts of ``column`` holding ``word``, read off the list's (is_done, column) index."""
    live = FollowUp.deleted.is_(False)
    done = [flt.bucket == DONE] if _uniform(flt.bucket) else [False, True]
    found = [list_search.texts_holding(session, column, word, (live, FollowUp.is_done.is_(d))) for d in done]
    if all(isinstance(texts, list) for texts in found):
        return sorted({text for texts in found for text in texts})
    return select(column).where(live, list_search.like(column, word)).distinct()


def _search(
    session: Session, flt: FollowUpListFilter, words: list[str], *, counting: bool = False
) -> list_search.Searched:
    """Where each word may be found, as index lookups (see :mod:`.list_search`): the prospect's name
    or city, the note, the linked gift's description (its copy, ``gift_key``), the result, the kind."""
    if not list_search.storable(words):
        return list_search.NOTHING
    listed = _filter(flt)  # the partial indexes' conditions, as the list's own
    parts = [
        [
            list_search.Part(FollowUp.prospect_id, list_search.prospects_holding(w)),
            *(
                list_search.Part(column, _texts(session, flt, column, w), listed)
                for column in (FollowUp.note_key, FollowUp.gift_key, FollowUp.result_key)
            ),
            *list_search.labelled(FollowUp.kind, w, flt.labels, listed),
        ]
        for w in words
    ]
    return list_search.searched(session, _ROWID, parts, dense=False if counting else None)


def _own(flt: FollowUpListFilter) -> tuple[Key, ...]:
    """The list's own order: (open first,) by due date, by prospect, then as stored."""
    keys = (Key(FollowUp.due), Key(Prospect.sort_name, prospect=True), Key(_ROWID))
    return keys if _uniform(flt.bucket) else (Key(FollowUp.is_done), *keys)


def _then_own(flt: FollowUpListFilter, *first: Key) -> tuple[Key, ...]:
    """``first``, then the list's own order for the ties (a column already sorted on is left out)."""
    seen = {str(key.expr) for key in first}
    return (*first, *(key for key in _own(flt) if str(key.expr) not in seen))


def _keys(flt: FollowUpListFilter, sort: FollowUpSort) -> tuple[Key, ...]:
    """The order of one sort key as SQL keys."""
    d = sort.descending
    if sort.key == "when":  # overdue, due today, upcoming, done: within a bucket, the due date
        first = () if _uniform(flt.bucket) else (Key(FollowUp.is_done, d),)
        return _then_own(flt, *first, Key(FollowUp.due, d))
    if sort.key in _BY_COLUMN:
        return _then_own(flt, Key(_BY_COLUMN[sort.key], d, nullable=sort.key == "done_on"))
    if sort.key == "kind":
        return _then_own(flt, Key(FollowUp.kind, d))
    if sort.key == "prospect":
        return _then_own(flt, Key(Prospect.sort_name, d, prospect=True))
    if sort.key == "gift":  # as the column shows it: the description, the date; each gift's own rows
        linked = (FollowUp.gift_key, FollowUp.gift_date, FollowUp.gift_id)  # the gift's, copied
        return _then_own(flt, *(Key(column, d, nullable=True) for column in linked))
    return _then_own(flt, Key(FollowUp.due, d), Key(Prospect.sort_name, d, prospect=True))


def _segments(session: Session, flt: FollowUpListFilter, sort: FollowUpSort, counting: bool) -> list[Segment]:
    words = list_query.search_words(flt.search)
    prospects = _FOLLOWUPS.join(_PROSPECTS, Prospect.id == FollowUp.prospect_id)
    if words:
        found = _search(session, flt, words, counting=counting)
        return [Segment(_keys(flt, sort), found.page, source=prospects, prospects=True, counted=found.counted)]
    if not _uniform(flt.bucket):
        return [Segment(_keys(flt, sort), source=prospects, prospects=True)]
    d = sort.descending
    if sort.key == "kind":
        kinds = reversed(_KINDS) if d else _KINDS
        return [Segment(_own(flt), (FollowUp.kind == kind,)) for kind in kinds]
    if sort.key == "prospect":
        on = Prospect.id == FollowUp.prospect_id
        leading = Leading(_PROSPECTS, _FOLLOWUPS, on)
        return [
            Segment(_keys(flt, sort), source=prospects, leading=leading, prospects=True, counted=())
        ]
    if sort.key == "gift":  # the gift's key and date are copied (ix_followups_gift_key(_desc)_due)
        without = Segment(_own(flt), (FollowUp.gift_id.is_(None),))
        # A gift_id whose gift is not stored (its copies NULL) sorts as NULL would, before the gifts.
        unstored = Segment(
            _then_own(flt, Key(FollowUp.gift_id, d)), (FollowUp.gift_id.is_not(None), FollowUp.gift_key.is_(None))
        )
        linked = (FollowUp.gift_key, FollowUp.gift_date, FollowUp.gift_id)
        by_gift = Segment(_then_own(flt, *(Key(c, d) for c in linked)), (FollowUp.gift_key.is_not(None),), rest=True)
        return [by_gift, unstored, without] if d else [without, unstored, by_gift]
    return [Segment(_keys(flt, sort))]


def _listed(
    session: Session, flt: FollowUpListFilter, sort: FollowUpSort = FollowUpSort(), *, counting: bool = False
) -> SortedList:
    segments = _segments(session, flt, sort, counting)
    return SortedList(_FOLLOWUPS, FollowUp.id, FollowUp.prospect_id, _filter(flt), segments)


def _loaded(session: Session, ids: list[str]) -> list[FollowUp]:
    """The follow-ups of ``ids`` in that order, with what the table and the details show loaded."""
    if not ids:
        return []
    query = (
        select(FollowUp)
        .where(FollowUp.id.in_(ids))
        .options(
            joinedload(FollowUp.prospect).load_only(
                Prospect.name, Prospect.city, Prospect.postal_code, Prospect.phone, Prospect.email
            ),
            joinedload(FollowUp.gift).load_only(
                Gift.description, Gift.date, Gift.kind, Gift.reaction, Gift.reaction_note
            ),
        )
    )
    found = {followup.id: followup for followup in session.scalars(query)}
    return [found[followup_id] for followup_id in ids if followup_id in found]


def list_followups_page(
    store: Store,
    flt: FollowUpListFilter = FollowUpListFilter(),
    sort: FollowUpSort = FollowUpSort(),
    offset: int = 0,
    limit: int | None = 200,
) -> list[FollowUp]:
    """A page of the listed follow-ups, each with what is shown of its prospect and gift loaded."""
    with store.read() as session:
        list_query.use_fold(session)
        return _loaded(session, _listed(session, flt, sort).page_ids(session, offset, limit))


def count_followups(store: Store, flt: FollowUpListFilter = FollowUpListFilter()) -> int:
    """How many follow-ups the list shows under ``flt`` (index ranges, no rows loaded)."""
    with store.read() as session:
        list_query.use_fold(session)
        return _listed(session, flt, counting=True).count(session)


def followup_bucket_counts(store: Store, today: dt.date | None = None) -> dict[str, int]:
    """How many live follow-ups each filter of :data:`FILTER_BUCKETS` shows.

    One range of ``ix_followups_live_due`` per bucket; the follow-ups of deleted prospects (usually
    none) are counted apart and taken off.
    """
    today = today or dt.date.today()
    buckets = (OVERDUE, DUE_TODAY, UPCOMING, DONE)
    live = FollowUp.deleted.is_(False)
    with store.read() as session:
        counts = dict.fromkeys(buckets, 0)
        ranges = [
            select(func.count()).where(live, *_bucket_clause(bucket, today)).scalar_subquery()
            for bucket in buckets
        ]
        for bucket, number in zip(buckets, session.execute(select(*ranges)).one(), strict=True):
            counts[bucket] += int(number or 0)
        gone = select(Prospect.id).where(Prospect.deleted.is_(True))
        if session.scalars(gone.limit(1)).first() is not None:
            sums = [func.sum(case((and_(*_bucket_clause(b, today)), 1), else_=0)) for b in buckets]
            lost = select(*sums).where(live, FollowUp.prospect_id.in_(gone.scalar_subquery()))
            for bucket, number in zip(buckets, session.execute(lost).one(), strict=True):
                counts[bucket] -= int(number or 0)
    return {key: sum(counts[b] for b in members) for key, members in FILTER_BUCKETS.items()}


def followup_position(
    store: Store,
    followup_id: str,
    flt: FollowUpListFilter = FollowUpListFilter(),
    sort: FollowUpSort = FollowUpSort(),
) -> int | None:
    """The 0-based row of a follow-up in :func:`list_followups_page` with the same arguments (None: not listed)."""
    with store.read() as session:
        list_query.use_fold(session)
        return _listed(session, flt, sort).position(session, followup_id)
