"""The follow-up list of the window, in SQL: a bucket, search, sort, a page at a time, counts.

The bucket counts of the filter buttons are one aggregate (:func:`followup_bucket_counts`); the list
asks for :func:`count_followups` and then for the pages it paints (:func:`list_followups_page`: the
follow-ups with only what the table and the details show of the prospect and the gift loaded).
Sorting by due date, bucket and done date uses an index (migration 0005).

Search is case- and accent-insensitive as before: every word must occur in the prospect's name or
city, the note, the linked gift's description, the result, or the shown name of the kind (the
window passes the labels, as it translates them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import aliased, joinedload

from reciprocity_desktop.services import list_query
from reciprocity_desktop.services.followups import (
    DONE,
    DUE_TODAY,
    FILTER_BUCKETS,
    OPEN,
    OVERDUE,
    UPCOMING,
)
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUp, Gift, Prospect

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


_gift = aliased(Gift)


def _bucket_clause(bucket: str, today: dt.date):
    open_ = FollowUp.done_on.is_(None)
    wanted = FILTER_BUCKETS.get(bucket, FILTER_BUCKETS[OPEN] | {DONE})
    clauses = {
        OVERDUE: and_(open_, FollowUp.due < today),
        DUE_TODAY: and_(open_, FollowUp.due == today),
        UPCOMING: and_(open_, FollowUp.due > today),
        DONE: FollowUp.done_on.is_not(None),
    }
    if wanted == FILTER_BUCKETS[OPEN]:
        return open_
    return or_(*(clauses[b] for b in sorted(wanted)))


def _live(*columns) -> Select:
    return (
        select(*columns)
        .select_from(FollowUp)
        .join(Prospect, Prospect.id == FollowUp.prospect_id)
        .where(FollowUp.deleted.is_(False), Prospect.deleted.is_(False))
    )


def _query(flt: FollowUpListFilter, *columns) -> Select:
    query = _live(*columns).outerjoin(_gift, _gift.id == FollowUp.gift_id)
    query = query.where(_bucket_clause(flt.bucket, flt.today))
    words = list_query.search_words(flt.search)
    if words:
        fields = (
            Prospect.sort_name,
            list_query.folded(Prospect.city),
            list_query.folded(FollowUp.note),
            list_query.folded(_gift.description),
            list_query.folded(FollowUp.result),
        )
        labelled = {FollowUp.kind: flt.labels}
        query = query.where(and_(*(list_query.word_clause(w, fields, labelled) for w in words)))
    return query


def _bucket_rank(today: dt.date):
    return case(
        (FollowUp.done_on.is_not(None), 3),
        (FollowUp.due < today, 0),
        (FollowUp.due == today, 1),
        else_=2,
    )


def _order(sort: FollowUpSort, today: dt.date) -> list:
    """ORDER BY the chosen column, then the list's own order (open first, by due date, by prospect)."""
    own = [FollowUp.done_on.is_not(None), FollowUp.due, Prospect.sort_name, FollowUp.id]
    if sort.key == "due":
        keys = [FollowUp.due, Prospect.sort_name]
    elif sort.key == "when":
        keys = [_bucket_rank(today), FollowUp.due]
    elif sort.key == "done_on":
        keys = [FollowUp.done_on]  # NULL (open) sorts first, as date.min did
    else:
        keys = [
            {
                "prospect": Prospect.sort_name,
                "kind": FollowUp.kind,
                "note": list_query.folded(FollowUp.note),
                "gift": list_query.folded(func.coalesce(_gift.description, "")),
                "result": list_query.folded(FollowUp.result),
            }.get(sort.key, FollowUp.due)
        ]
    return [key.desc() if sort.descending else key.asc() for key in keys] + own


def _paged_query(flt: FollowUpListFilter):
    return _query(flt, FollowUp).options(
        joinedload(FollowUp.prospect).load_only(
            Prospect.name, Prospect.city, Prospect.postal_code, Prospect.phone, Prospect.email
        ),
        joinedload(FollowUp.gift).load_only(
            Gift.description, Gift.date, Gift.kind, Gift.reaction, Gift.reaction_note
        ),
    )


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
        return list_query.page(session, _paged_query(flt), _order(sort, flt.today), offset, limit)


def count_followups(store: Store, flt: FollowUpListFilter = FollowUpListFilter()) -> int:
    """How many follow-ups the list shows under ``flt`` (one aggregate, no rows loaded)."""
    with store.read() as session:
        list_query.use_fold(session)
        return list_query.count(session, _query(flt, FollowUp.id))


def followup_bucket_counts(store: Store, today: dt.date | None = None) -> dict[str, int]:
    """How many live follow-ups each filter of :data:`FILTER_BUCKETS` shows: one SQL aggregate."""
    today = today or dt.date.today()
    open_ = FollowUp.done_on.is_(None)
    sums = {
        OVERDUE: func.sum(case((and_(open_, FollowUp.due < today), 1), else_=0)),
        DUE_TODAY: func.sum(case((and_(open_, FollowUp.due == today), 1), else_=0)),
        UPCOMING: func.sum(case((and_(open_, FollowUp.due > today), 1), else_=0)),
        DONE: func.sum(case((FollowUp.done_on.is_not(None), 1), else_=0)),
    }
    with store.read() as session:
        row = session.execute(_live(*sums.values())).one()
    counts = {bucket: int(value or 0) for bucket, value in zip(sums, row, strict=True)}
    return {key: sum(counts[b] for b in buckets) for key, buckets in FILTER_BUCKETS.items()}


def followup_position(
    store: Store,
    followup_id: str,
    flt: FollowUpListFilter = FollowUpListFilter(),
    sort: FollowUpSort = FollowUpSort(),
) -> int | None:
    """The 0-based row of a follow-up in :func:`list_followups_page` with the same arguments (None: not listed)."""
    with store.read() as session:
        list_query.use_fold(session)
        query = _query(flt, FollowUp.id)
        return list_query.position(session, query, FollowUp.id, _order(sort, flt.today), followup_id)
