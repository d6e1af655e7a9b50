"""The prospect list: its filter, count, pages and a prospect's row, in SQL.

100,000 prospects show at once: the window asks for :func:`count_prospects` and then for the pages
it paints (:func:`list_prospect_rows`: plain rows with the columns the table shows and the first
contact's name, no ORM objects). The search goes through ``prospects_fts``
(:mod:`~reciprocity_desktop.services.prospect_search`); a search alone (no other filter) of words
the index finds is counted on the index alone: its matches, less the deleted prospects among them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, exists, func, or_, select, tuple_
from sqlalchemy.orm import Session, aliased, selectinload

from reciprocity_desktop.services import prospect_search, unfollowed
from reciprocity_desktop.services.today import any_prospects  # noqa: F401 - plain SQL: the window asks it at start
from reciprocity_desktop.store import Store, search
from reciprocity_desktop.store.models import Contact, Prospect

#: Sortable columns of the prospect list (the window's model asks for these).
SORT_COLUMNS = {
    "name": Prospect.sort_name,
    "city": Prospect.city,
    "postal_code": Prospect.postal_code,
    "country": Prospect.country,
    "stage": Prospect.stage,
    "industry": Prospect.industry,
    "updated_at": Prospect.updated_at,
}


@dataclass(frozen=True)
class ProspectFilter:
    """What the prospect list shows. Empty fields do not filter."""

    search: str = ""
    stage: str = ""
    city: str = ""
    tag: str = ""
    postal_prefix: str = ""
    gifted_no_followup: bool = False
    ids: tuple[str, ...] = field(default_factory=tuple)

    def search_only(self) -> bool:
        """True when nothing but the search filters."""
        return self == ProspectFilter(search=self.search)


@dataclass(frozen=True, slots=True)
class ProspectRow:
    """One row of the prospect list: what the table and its tooltip show, and the first contact
    (a decision maker first, then by name; "" without a live contact)."""

    id: str
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    stage: str
    industry: str
    tags: str
    contact: str


def gifted_no_followup_clause():
    """Prospects waiting for a follow-up since their latest gift (the definition: services/unfollowed.py)."""
    return unfollowed.waiting_clause()


def filtered_query(flt: ProspectFilter, *, use_index: bool = True) -> Select:
    """Live prospects matching ``flt``; the search through ``prospects_fts`` unless ``use_index`` is
    false (see :mod:`~reciprocity_desktop.services.prospect_search`: the same rows either way)."""
    query = select(Prospect).where(Prospect.deleted.is_(False))
    for clause in prospect_search.search_clauses(flt.search, use_index=use_index):
        query = query.where(clause)
    if flt.stage:
        query = query.where(Prospect.stage == flt.stage)
    if flt.city:
        # SQLite's lower() only knows ASCII: lower both sides with it, or "Überlingen" never matches itself.
        query = query.where(func.lower(Prospect.city) == func.lower(flt.city))
    if flt.tag:
        tag = flt.tag.strip()
        padded = func.lower("," + func.replace(Prospect.tags, ", ", ",") + ",")
        query = query.where(padded.like(func.lower(f"%,{tag},%")))
    if flt.postal_prefix:
        query = query.where(Prospect.postal_code.like(f"{flt.postal_prefix.strip()}%"))
    if flt.gifted_no_followup:
        query = query.where(gifted_no_followup_clause())
    if flt.ids:
        query = query.where(Prospect.id.in_(flt.ids))
    return query


def count_prospects(store: Store, flt: ProspectFilter = ProspectFilter()) -> int:
    """How many prospects the list shows under ``flt`` (SQL counts, no rows loaded)."""
    with store.read() as session:
        return _count(session, flt)


def _count(session: Session, flt: ProspectFilter) -> int:
    if flt == ProspectFilter():  # every live prospect: the table's count (no row read) less its tombstones
        every = select(func.count()).select_from(Prospect).scalar_subquery()
        return int(session.scalar(select(every - search.count_tombstones().scalar_subquery())) or 0)
    if flt.search_only():
        counted = prospect_search.live_count(session, flt.search)
        if counted is not None:
            return counted
    indexed = prospect_search.use_index(session, flt.search, prospect_search.COUNT_FROM_INDEX_UP_TO)
    query = filtered_query(flt, use_index=indexed)
    return int(session.scalar(query.with_only_columns(func.count()).order_by(None)) or 0)


def _page(
    session: Session, flt: ProspectFilter, sort: str, descending: bool, offset: int, limit: int | None
) -> Select:
    indexed = prospect_search.use_index(session, flt.search, prospect_search.PAGE_FROM_INDEX_UP_TO)
    query = filtered_query(flt, use_index=indexed).order_by(*_ordering(sort, descending)).offset(max(offset, 0))
    return query if limit is None else query.limit(limit)


def list_prospects(
    store: Store,
    flt: ProspectFilter = ProspectFilter(),
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[Prospect]:
    """Live prospects matching ``flt``, sorted (by name by default), a page at a time if asked."""
    with store.read() as session:
        query = _page(session, flt, sort, descending, offset, limit)
        return list(session.scalars(query.options(selectinload(Prospect.contacts))))


#: The columns of a :class:`ProspectRow` before its contact.
_ROW_COLUMNS = (
    Prospect.id, Prospect.name, Prospect.street, Prospect.postal_code, Prospect.city,
    Prospect.country, Prospect.stage, Prospect.industry, Prospect.tags,
)  # fmt: skip


def _first_contact():
    """The name of the prospect's first live contact: a decision maker first, then by name."""
    return (
        select(Contact.name)
        .where(Contact.prospect_id == Prospect.id, Contact.deleted.is_(False))
        .order_by(Contact.is_decision_maker.desc(), Contact.name)
        .limit(1)
        .scalar_subquery()
    )


def list_prospect_rows(
    store: Store,
    flt: ProspectFilter = ProspectFilter(),
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[ProspectRow]:
    """The rows :func:`list_prospects` lists, as plain :class:`ProspectRow`\\ s (for the window's table)."""
    with store.read() as session:
        query = _page(session, flt, sort, descending, offset, limit)
        query = query.with_only_columns(*_ROW_COLUMNS, _first_contact())
        return [_row(row) for row in session.execute(query)]


def _ordering(sort: str, descending: bool, *, backwards: bool = False) -> list:
    """The list's ORDER BY: the chosen column, then the folded name, then the id (a total order);
    ``backwards``: the same order reversed (every key), to walk back from a row."""
    column = SORT_COLUMNS.get(sort, Prospect.sort_name)
    keys = [(column, descending)]
    if column is not Prospect.sort_name:
        keys.append((Prospect.sort_name, False))
    keys.append((Prospect.id, False))
    return [key.desc() if down != backwards else key.asc() for key, down in keys]


@dataclass(frozen=True)
class Located:
    """Where a prospect is in the list: its 0-based ``position``, and listed rows around it (the first
    of them at row ``offset``)."""

    position: int
    offset: int
    rows: list[ProspectRow]


def _target(session: Session, prospect_id: str, flt: ProspectFilter, sort: str, descending: bool):
    """(the rows sorting before the prospect, the prospect and those after it) as two WHERE clauses, or
    None when ``flt`` does not list it."""
    column = SORT_COLUMNS.get(sort, Prospect.sort_name)
    target = session.execute(
        filtered_query(flt, use_index=False)  # one row, found by its id: test its text
        .where(Prospect.id == prospect_id)
        .with_only_columns(column, Prospect.sort_name)
    ).first()
    if target is None:
        return None
    value, sort_name = target
    # ORDER BY column [DESC], sort_name, id: the rows before the target in that order, then the others.
    # Each is written as a range of the column (and a test inside it), which SQLite walks in the index
    # from the target on; as "ahead OR (tie AND ...)" it would walk the index from its start.
    if column is Prospect.sort_name:
        tie_ahead, tie_behind = Prospect.id < prospect_id, Prospect.id >= prospect_id
    else:
        keys, keyed = tuple_(Prospect.sort_name, Prospect.id), tuple_(sort_name, prospect_id)
        tie_ahead, tie_behind = keys < keyed, keys >= keyed
    if descending:
        before = and_(column >= value, or_(column > value, tie_ahead))
        after = and_(column <= value, or_(column < value, tie_behind))
    else:
        before = and_(column <= value, or_(column < value, tie_ahead))
        after = and_(column >= value, or_(column > value, tie_behind))
    return before, after


def _count_before(session: Session, flt: ProspectFilter, before) -> int:
    indexed = prospect_search.use_index(session, flt.search, prospect_search.COUNT_FROM_INDEX_UP_TO)
    query = filtered_query(flt, use_index=indexed).where(before).with_only_columns(func.count())
    return int(session.scalar(query) or 0)


def position_of(
    store: Store,
    prospect_id: str,
    flt: ProspectFilter = ProspectFilter(),
    *,
    sort: str = "name",
    descending: bool = False,
) -> int | None:
    """The 0-based row of a prospect in :func:`list_prospects` with the same arguments (None: not listed).

    Counts the listed rows that sort before it (two indexed queries), so the window can jump to any
    of 100,000 prospects without paging through them.
    """
    with store.read() as session:
        clauses = _target(session, prospect_id, flt, sort, descending)
        return None if clauses is None else _count_before(session, flt, clauses[0])


def locate_rows(
    store: Store,
    prospect_id: str,
    flt: ProspectFilter = ProspectFilter(),
    *,
    sort: str = "name",
    descending: bool = False,
    page_size: int = 100,
    margin: int = 0,
) -> Located | None:
    """A prospect's row in :func:`list_prospect_rows` with the same arguments (None: not listed) and
    the page of ``page_size`` rows holding it — with the page before (after) it too when the prospect
    is fewer than ``margin`` rows from its page's start (end), for a view showing rows around it.

    One read: the position counted as :func:`position_of` does, the rows read from the prospect's sort
    key backwards and forwards (two indexed queries of at most two pages, however deep the row), not
    through an OFFSET that walks every row before them.
    """
    with store.read() as session:
        clauses = _target(session, prospect_id, flt, sort, descending)
        if clauses is None:
            return None
        before, after = clauses
        position = _count_before(session, flt, before)
        start = position - position % page_size
        end = start + page_size
        if position - start < margin:
            start = max(start - page_size, 0)
        if end - 1 - position < margin:
            end += page_size
        indexed = prospect_search.use_index(session, flt.search, prospect_search.PAGE_FROM_INDEX_UP_TO)
        listed = filtered_query(flt, use_index=indexed).with_only_columns(*_ROW_COLUMNS, _first_contact())
        backwards = _ordering(sort, descending, backwards=True)
        earlier = _rows(session, listed.where(before).order_by(*backwards), position - start)
        later = _rows(session, listed.where(after).order_by(*_ordering(sort, descending)), end - position)
        return Located(position, position - len(earlier), earlier[::-1] + later)


def _row(row) -> ProspectRow:
    return ProspectRow(*(value or "" for value in row[:-1]), row[-1] or "")


def _rows(session: Session, query: Select, limit: int) -> list[ProspectRow]:
    return [_row(row) for row in session.execute(query.limit(limit))] if limit > 0 else []


def list_cities(store: Store) -> list[str]:
    """The cities of live prospects: the distinct cities read from ix_prospects_city alone, then one
    probe per city for a live prospect (not a row lookup per prospect for its tombstone flag)."""
    cities = select(Prospect.city).where(Prospect.city != "").distinct().subquery()
    other = aliased(Prospect)
    live = exists().where(other.city == cities.c.city, other.deleted.is_(False))
    with store.read() as session:
        return sorted(session.scalars(select(cities.c.city).where(live)), key=str.casefold)


def list_tags(store: Store) -> list[str]:
    with store.read() as session:
        tags: dict[str, str] = {}
        # DISTINCT: a store of 100,000 prospects has a few dozen different tag lists, not 100,000.
        for value in session.scalars(
            select(Prospect.tags).where(Prospect.deleted.is_(False), Prospect.tags != "").distinct()
        ):
            for tag in value.split(","):
                tag = tag.strip()
                if tag:
                    tags.setdefault(tag.casefold(), tag)
        return sorted(tags.values(), key=str.casefold)


def search_ids(store: Store, text: str, limit: int = 50) -> Sequence[tuple[str, str, str]]:
    """(id, name, city) of live prospects matching ``text``: for pickers."""
    with store.read() as session:
        indexed = prospect_search.use_index(session, text, prospect_search.PAGE_FROM_INDEX_UP_TO)
        query = filtered_query(ProspectFilter(search=text), use_index=indexed).order_by(Prospect.sort_name)
        return [(p.id, p.name, p.city) for p in session.scalars(query.limit(limit))]
