"""The gift list of the window, in SQL: filter, sort, a page at a time, its count and totals.

300,000 gifts show at once: the window asks for :func:`count_gifts` and :func:`gift_totals` (one
aggregate each) and then for the pages it paints (:func:`list_gifts_page`: the gifts with only the
prospect's name and city and the recipient's name loaded). Sorting by date, kind, cost, reaction and
the qualities uses an index (migration 0005); by prospect the folded name of the prospect.

Search is case- and accent-insensitive as before: every word must occur in the prospect's name or city,
the recipient's name, the description, or in the shown name of the gift's kind or reaction (the window
passes those labels, as it translates them). Descriptions and recipient names have no folded column,
so they are folded in SQL by :func:`list_query.folded` while searching (a scan of the gifts).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import aliased, joinedload

from reciprocity_desktop.services import list_query
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, Gift, Prospect

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


_recipient = aliased(Contact)


def _query(flt: GiftFilter, *columns) -> Select:
    query = (
        select(*columns)
        .select_from(Gift)
        .join(Prospect, Prospect.id == Gift.prospect_id)
        .where(Gift.deleted.is_(False), Prospect.deleted.is_(False))
    )
    if flt.kind:
        query = query.where(Gift.kind == flt.kind)
    if flt.prospect_id:
        query = query.where(Gift.prospect_id == flt.prospect_id)
    words = list_query.search_words(flt.search)
    if words:
        query = query.outerjoin(_recipient, _recipient.id == Gift.contact_id)
        fields = (
            Prospect.sort_name,
            list_query.folded(Prospect.city),
            list_query.folded(_recipient.name),
            list_query.folded(Gift.description),
        )
        labelled = {Gift.kind: flt.labels, Gift.reaction: flt.labels}
        query = query.where(and_(*(list_query.word_clause(w, fields, labelled) for w in words)))
    return query


def _needs_recipient(flt: GiftFilter, sort: GiftSort) -> bool:
    return sort.key == "recipient" and not list_query.search_words(flt.search)


def _order(sort: GiftSort) -> list:
    """ORDER BY the chosen column, then newest first (the list's own order), then the id."""
    column = {
        "prospect": Prospect.sort_name,
        "recipient": list_query.folded(func.coalesce(_recipient.name, "")),
        "kind": Gift.kind,
        "description": list_query.folded(Gift.description),
        "personal": Gift.personal,
        "unexpected": Gift.unexpected,
        "meaningful": Gift.meaningful,
        "cost": Gift.cost_cents,
        "reaction": Gift.reaction,  # NULL (not known yet) sorts first, as "" did
    }.get(sort.key)
    newest = [Gift.date.desc(), Gift.created_at.desc(), Gift.id.desc()]
    if column is None:  # by date: date and creation time both ways
        if sort.descending:
            return newest
        return [Gift.date.asc(), Gift.created_at.asc(), Gift.id.asc()]
    return [column.desc() if sort.descending else column.asc(), *newest]


def _sorted_query(flt: GiftFilter, sort: GiftSort, *columns) -> Select:
    query = _query(flt, *columns)
    if _needs_recipient(flt, sort):
        query = query.outerjoin(_recipient, _recipient.id == Gift.contact_id)
    return query


def list_gifts_page(
    store: Store,
    flt: GiftFilter = GiftFilter(),
    sort: GiftSort = GiftSort(),
    offset: int = 0,
    limit: int | None = 200,
) -> list[Gift]:
    """A page of the listed gifts; each with its prospect (name, city) and recipient (name) loaded."""
    query = _sorted_query(flt, sort, Gift).options(
        joinedload(Gift.prospect).load_only(Prospect.name, Prospect.city),
        joinedload(Gift.contact).load_only(Contact.name),
    )
    with store.read() as session:
        list_query.use_fold(session)
        return list_query.page(session, query, _order(sort), offset, limit)


def count_gifts(store: Store, flt: GiftFilter = GiftFilter()) -> int:
    """How many gifts the list shows under ``flt`` (one aggregate, no rows loaded)."""
    with store.read() as session:
        list_query.use_fold(session)
        return list_query.count(session, _query(flt, Gift.id))


def gift_totals(store: Store, flt: GiftFilter = GiftFilter()) -> tuple[int, int]:
    """(count, total cost in cents) of the gifts listed under ``flt``: one SQL aggregate."""
    query = _query(flt, func.count(), func.coalesce(func.sum(Gift.cost_cents), 0))
    with store.read() as session:
        list_query.use_fold(session)
        number, cost = session.execute(query).one()
        return int(number), int(cost)


def gift_position(
    store: Store, gift_id: str, flt: GiftFilter = GiftFilter(), sort: GiftSort = GiftSort()
) -> int | None:
    """The 0-based row of a gift in :func:`list_gifts_page` with the same filter and sort (None: not listed)."""
    with store.read() as session:
        list_query.use_fold(session)
        return list_query.position(session, _sorted_query(flt, sort, Gift.id), Gift.id, _order(sort), gift_id)
