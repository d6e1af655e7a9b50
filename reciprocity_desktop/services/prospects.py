"""Prospects: add, edit, delete (tombstones), list and search, and one prospect's timeline.

Their contacts live in :mod:`reciprocity_desktop.services.contacts`; the contact functions and
:func:`~reciprocity_desktop.services.records.get_live` are importable from here as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import aliased, selectinload

from reciprocity_desktop.services import geo, prospect_search, settings, unfollowed, validate
from reciprocity_desktop.services.contacts import (
    PERSONAL_CONTACT_FIELDS,
    add_contact,
    delete_contact,
    export_person,
    list_contacts,
    restore_contact,
    update_contact,
)
from reciprocity_desktop.services.records import clean_fields, get_live, get_record, update_live
from reciprocity_desktop.services.today import any_prospects  # plain SQL: the window asks it at start
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, Prospect, Stage, Visit

__all__ = [
    "PERSONAL_CONTACT_FIELDS",
    "SORT_COLUMNS",
    "ProspectFilter",
    "TimelineEntry",
    "add_contact",
    "add_prospect",
    "any_prospects",
    "clean_prospect_fields",
    "count_prospects",
    "delete_contact",
    "delete_prospect",
    "export_person",
    "filtered_query",
    "get_live",
    "get_prospect",
    "gifted_no_followup_clause",
    "list_cities",
    "list_contacts",
    "list_prospects",
    "list_tags",
    "position_of",
    "restore_contact",
    "restore_prospect",
    "search_ids",
    "timeline",
    "timeline_count",
    "update_contact",
    "update_prospect",
]

#: Fields a user edits, with their validators: (value, field label) -> clean value.
_PROSPECT_FIELDS: dict[str, Any] = {
    "name": lambda v: validate.text(v, "name", required=True),
    "street": lambda v: validate.text(v, "street"),
    "postal_code": lambda v: validate.text(v, "postal code", max_length=20),
    "city": lambda v: validate.text(v, "city", max_length=100),
    "country": lambda v: validate.country(v),
    "phone": lambda v: validate.text(v, "phone", max_length=50),
    "email": lambda v: validate.email(v),
    "website": lambda v: validate.text(v, "website"),
    "industry": lambda v: validate.text(v, "industry", max_length=100),
    "stage": lambda v: validate.choice(v, Stage, "stage", default=Stage.PROSPECT),
    "tags": lambda v: validate.tags(v),
    "notes": lambda v: validate.text(v, "notes", max_length=20_000),
    "latitude": lambda v: validate.coordinate(v, "latitude", 90),
    "longitude": lambda v: validate.coordinate(v, "longitude", 180),
}

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


def clean_prospect_fields(values: dict[str, Any], *, partial: bool) -> dict[str, Any]:
    """Validate the given prospect fields; ``partial`` skips the ones not given (None)."""
    return clean_fields(_PROSPECT_FIELDS, values, partial=partial)


# -- prospects ----------------------------------------------------------------------------------------


def add_prospect(store: Store, **values: Any) -> Prospect:
    """A new prospect; without a country it gets the ``default_country`` setting, without entered
    coordinates its postal code's (see :mod:`.geo`)."""
    cleaned = clean_prospect_fields(values, partial=False)
    with store.session() as session:
        if not cleaned.get("country"):
            cleaned["country"] = settings.read(session, "default_country")
        cleaned.update(geo.placed(cleaned))
        prospect = Prospect(**cleaned)
        session.add(prospect)
        session.flush()
        return prospect


def update_prospect(store: Store, prospect_id: str, **values: Any) -> Prospect:
    """Change the given fields (those passed as None stay as they are).

    Coordinates given empty are cleared (the postal code's come back); a new postal code or country
    recomputes coordinates that came from the postal code, never entered ones (see :mod:`.geo`).
    """
    cleaned = clean_prospect_fields(values, partial=True)
    with store.session() as session:
        current = get_live(session, Prospect, prospect_id, "prospect")
        cleaned.update(geo.placed(cleaned, current))
        return update_live(session, Prospect, prospect_id, "prospect", cleaned)


def delete_prospect(store: Store, prospect_id: str) -> Prospect:
    """Delete a prospect (a tombstone; :func:`restore_prospect` undoes it)."""
    with store.session() as session:
        prospect = get_live(session, Prospect, prospect_id, "prospect")
        prospect.deleted = True
        return prospect


def restore_prospect(store: Store, prospect_id: str) -> Prospect:
    with store.session() as session:
        prospect = get_record(session, Prospect, prospect_id, "prospect", live=False)
        prospect.deleted = False
        return prospect


def get_prospect(store: Store, prospect_id: str) -> Prospect:
    with store.read() as session:
        return get_live(session, Prospect, prospect_id, "prospect", options=[selectinload(Prospect.contacts)])


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
    with store.read() as session:
        indexed = prospect_search.use_index(session, flt.search, prospect_search.COUNT_FROM_INDEX_UP_TO)
        query = filtered_query(flt, use_index=indexed)
        return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


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
        indexed = prospect_search.use_index(session, flt.search, prospect_search.PAGE_FROM_INDEX_UP_TO)
        query = filtered_query(flt, use_index=indexed).order_by(*_ordering(sort, descending)).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return list(session.scalars(query.options(selectinload(Prospect.contacts))))


def _ordering(sort: str, descending: bool) -> list:
    """The list's ORDER BY: the chosen column, then the folded name, then the id (a total order)."""
    column = SORT_COLUMNS.get(sort, Prospect.sort_name)
    order = [column.desc() if descending else column.asc()]
    if column is not Prospect.sort_name:
        order.append(Prospect.sort_name.asc())
    order.append(Prospect.id.asc())
    return order


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
    column = SORT_COLUMNS.get(sort, Prospect.sort_name)
    with store.read() as session:
        target = session.execute(
            filtered_query(flt, use_index=False)  # one row, found by its id: test its text
            .where(Prospect.id == prospect_id)
            .with_only_columns(column, Prospect.sort_name)
        ).first()
        if target is None:
            return None
        value, sort_name = target
        # ORDER BY column [DESC], sort_name, id: the rows before the target in that order.
        ahead = column > value if descending else column < value
        tie = and_(column == value, tuple_(Prospect.sort_name, Prospect.id) < tuple_(sort_name, prospect_id))
        if column is Prospect.sort_name:
            tie = and_(column == value, Prospect.id < prospect_id)
        indexed = prospect_search.use_index(session, flt.search, prospect_search.COUNT_FROM_INDEX_UP_TO)
        before = filtered_query(flt, use_index=indexed).where(or_(ahead, tie)).with_only_columns(func.count())
        return int(session.scalar(before) or 0)


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


# -- the timeline of one prospect ---------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    date: dt.date
    kind: str  # "visit" / "gift" / "followup" / "outcome"
    record_id: str
    title: str  # the record's kind or status, untranslated (e.g. "sample", "done")
    detail: str


def _gift_entry(g: Gift) -> tuple:
    reaction = f" — {g.reaction}" if g.reaction else ""
    return g.date, g.kind, f"{g.description}{reaction}"


def _outcome_entry(o: Outcome) -> tuple:
    value = f" ({o.value_cents / 100:.2f})" if o.value_cents else ""
    return o.date, o.kind, f"{o.note}{value}"


#: The timeline's kinds: the model, the day it sorts by, and its (date, title, detail).
_TIMELINE_KINDS = (
    ("visit", Visit, Visit.date, lambda v: (v.date, v.status, v.notes)),
    ("gift", Gift, Gift.date, _gift_entry),
    ("followup", FollowUp, func.coalesce(FollowUp.done_on, FollowUp.due),
     lambda f: (f.done_on or f.due, f.kind, f.result if f.done_on else f.note)),
    ("outcome", Outcome, Outcome.date, _outcome_entry),
)  # fmt: skip
_TIMELINE_ORDER = {"outcome": 0, "gift": 1, "visit": 2, "followup": 3}  # on one day: outcome first


def timeline(store: Store, prospect_id: str, limit: int | None = None) -> list[TimelineEntry]:
    """Visits, gifts, follow-ups and outcomes of one prospect, newest first (the newest ``limit`` if given).

    With a limit each kind's query fetches at most ``limit`` rows (newest first, then in stored order,
    as the timeline sorts), so a prospect with years of history opens as fast as a new one; the
    entries are the first ``limit`` of the whole timeline.
    """
    entries: list[TimelineEntry] = []
    with store.read() as session:
        get_live(session, Prospect, prospect_id, "prospect")
        for kind, model, day, entry in _TIMELINE_KINDS:
            query = (
                select(model)
                .where(model.prospect_id == prospect_id, model.deleted.is_(False))
                .order_by(day.desc(), literal_column("rowid"))  # ties in stored order, whatever index is used
            )
            if limit is not None:
                query = query.limit(limit)
            for record in session.scalars(query):
                date, title, detail = entry(record)
                entries.append(TimelineEntry(date, kind, record.id, title, detail))
    entries.sort(key=lambda e: (e.date, -_TIMELINE_ORDER[e.kind]), reverse=True)
    return entries if limit is None else entries[:limit]


def timeline_count(store: Store, prospect_id: str) -> int:
    """How many entries :func:`timeline` has for a prospect (SQL counts, no rows loaded)."""
    with store.read() as session:
        return sum(
            int(session.scalar(
                select(func.count()).select_from(model).where(model.prospect_id == prospect_id, model.deleted.is_(False))
            ) or 0)
            for _kind, model, _day, _entry in _TIMELINE_KINDS
        )  # fmt: skip


def search_ids(store: Store, text: str, limit: int = 50) -> Sequence[tuple[str, str, str]]:
    """(id, name, city) of live prospects matching ``text``: for pickers."""
    with store.read() as session:
        indexed = prospect_search.use_index(session, text, prospect_search.PAGE_FROM_INDEX_UP_TO)
        query = filtered_query(ProspectFilter(search=text), use_index=indexed).order_by(Prospect.sort_name)
        return [(p.id, p.name, p.city) for p in session.scalars(query.limit(limit))]
