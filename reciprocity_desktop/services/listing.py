"""Rows for the ``list`` commands, streamed straight from a SQL cursor: no ORM objects, no whole list.

Each function builds a Core select of exactly the columns asked for (by name, from its table's
``*_COLUMNS``; ``prospect_name`` and ``prospect_city`` are joined in), filtered and sorted exactly as
the matching ``list_*`` service (UTC times as stored text: :func:`utc_isoformat`), and yields the rows (named tuples: ``row.name``, ``row[1]``) a batch of
:data:`BATCH` at a time from the cursor. The read session stays open while the caller iterates;
closing the generator (or leaving the loop) closes it.
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, select

from reciprocity_desktop.services import followups, validate
from reciprocity_desktop.services.prospects import ProspectFilter, _ordering, filtered_query
from reciprocity_desktop.services.sellers import own_seller_id
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    Gift,
    Outcome,
    Prospect,
    StockItem,
    UTCDateTime,
    Visit,
)
from reciprocity_desktop.store.portable import rowid, stored_text

#: Rows fetched from the cursor at a time.
BATCH = 1000

_JOINED = {"prospect_name": Prospect.name, "prospect_city": Prospect.city}


def _columns_of(model: Any, extra: Mapping[str, Any] = _JOINED) -> dict[str, Any]:
    return {**{c.key: getattr(model, c.key) for c in model.__table__.columns}, **extra}


PROSPECT_COLUMNS = _columns_of(Prospect, {})
GIFT_COLUMNS = _columns_of(Gift)
FOLLOWUP_COLUMNS = _columns_of(FollowUp)
OUTCOME_COLUMNS = _columns_of(Outcome)
VISIT_COLUMNS = _columns_of(Visit)
CONTACT_COLUMNS = _columns_of(Contact)
STOCK_COLUMNS = _columns_of(StockItem, {})


def _pick(available: Mapping[str, Any], names: Sequence[str]) -> list[Any]:
    """The columns named, as selected: UTC times come as their stored text (see :func:`utc_isoformat`)."""
    return [
        (stored_text(column) if isinstance(column.type, UTCDateTime) else column).label(name)
        for name, column in ((name, available[name]) for name in names)
    ]


def utc_isoformat(stored: str) -> str:
    """A stored UTC time (``created_at``) as ``record.created_at.isoformat()`` gives it.

    Parsing the text as the column type does (``fromisoformat``, then UTC) costs a third of what the
    type's processing does for every row of a long list.
    """
    return dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC).isoformat()


def stream(store: Store, query: Select) -> Iterator[tuple]:
    """The rows of ``query``, fetched :data:`BATCH` at a time while the caller iterates."""
    with store.read() as session:
        result = session.execute(query.execution_options(yield_per=BATCH))
        try:
            record = namedtuple("Row", result.keys())  # attribute access at tuple speed
            for batch in result.partitions():
                yield from map(record._make, batch)
        finally:
            result.close()


def _live(model: Any, available: Mapping[str, Any], names: Sequence[str]) -> Select:
    """The named columns of the live records of ``model`` whose prospect is live."""
    return (
        select(*_pick(available, names))
        .select_from(model)
        .join(Prospect, Prospect.id == model.prospect_id)
        .where(model.deleted.is_(False), Prospect.deleted.is_(False))
    )


def prospect_rows(store: Store, names: Sequence[str], flt: ProspectFilter | None = None) -> Iterator[tuple]:
    """The live prospects :func:`~.prospects.list_prospects` lists for ``flt``, by name."""
    query = filtered_query(flt or ProspectFilter()).with_only_columns(*_pick(PROSPECT_COLUMNS, names))
    return stream(store, query.order_by(*_ordering("name", False)))


def prospect_row(store: Store, names: Sequence[str], prospect_id: str) -> Iterator[tuple]:
    """The row of one prospect (live or not) with the named columns, as :func:`prospect_rows` has it."""
    query = select(*_pick(PROSPECT_COLUMNS, names)).where(Prospect.id == prospect_id)
    return stream(store, query)


def gift_rows(store: Store, names: Sequence[str]) -> Iterator[tuple]:
    """Live gifts of live prospects, newest first (as :func:`~.gifts.list_gifts`)."""
    query = _live(Gift, GIFT_COLUMNS, names).order_by(
        Gift.date.desc(), Gift.created_at.desc(), rowid("gifts").desc()
    )
    return stream(store, query)


def followup_rows(
    store: Store, names: Sequence[str], bucket: str = followups.ALL, *, today: dt.date | None = None
) -> Iterator[tuple]:
    """Live follow-ups of live prospects in ``bucket``, as :func:`~.followups.list_followups` orders them."""
    today = today or dt.date.today()
    query = _live(FollowUp, FOLLOWUP_COLUMNS, names)
    open_ = FollowUp.done_on.is_(None)
    conditions = {
        followups.OVERDUE: (open_, FollowUp.due < today),
        followups.DUE_TODAY: (open_, FollowUp.due == today),
        followups.UPCOMING: (open_, FollowUp.due > today),
        followups.OPEN: (open_,),
        followups.DONE: (FollowUp.done_on.is_not(None),),
    }
    query = query.where(*conditions.get(bucket, ()))
    if bucket == followups.DONE:
        query = query.order_by(FollowUp.done_on.desc(), Prospect.name)
    else:
        query = query.order_by(FollowUp.done_on.is_not(None), FollowUp.due, Prospect.name)
    return stream(store, query)


def outcome_rows(store: Store, names: Sequence[str]) -> Iterator[tuple]:
    """Live outcomes of live prospects, newest first (as :func:`~.followups.list_outcomes`)."""
    query = _live(Outcome, OUTCOME_COLUMNS, names).order_by(
        Outcome.date.desc(), Outcome.created_at.desc(), rowid("outcomes").desc()
    )
    return stream(store, query)


def visit_rows(
    store: Store, names: Sequence[str], day: str | dt.date, *, team: bool = False
) -> Iterator[tuple]:
    """A day's visits of the store's seller in route order, cancelled ones included (as
    :func:`~.visits.list_day`); ``team``: every seller's, by seller."""
    day = validate.date(day, "date")  # checked now, not when the first row is asked for
    query = _live(Visit, VISIT_COLUMNS, names).where(Visit.date == day)
    if not team:
        return stream(
            store,
            query.where(Visit.seller_id == own_seller_id()).order_by(Visit.position, Visit.created_at),
        )
    return stream(store, query.order_by(Visit.seller, Visit.seller_id, Visit.position, Visit.created_at))


def contact_rows(store: Store, names: Sequence[str], prospect_id: str) -> Iterator[tuple]:
    """A live prospect's live contacts, decision makers first, by name (as :func:`~.contacts.list_contacts`)."""
    query = _live(Contact, CONTACT_COLUMNS, names).where(Contact.prospect_id == prospect_id)
    return stream(store, query.order_by(Contact.is_decision_maker.desc(), Contact.name))


def stock_rows(store: Store, names: Sequence[str]) -> Iterator[tuple]:
    """The live stock items by name (as :func:`~.gifts.list_stock`)."""
    query = select(*_pick(STOCK_COLUMNS, names)).where(StockItem.deleted.is_(False))
    return stream(store, query.order_by(StockItem.name))
