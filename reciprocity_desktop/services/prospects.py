"""Prospects: add, edit, delete (tombstones), and one prospect's timeline.

The list and its search live in :mod:`reciprocity_desktop.services.prospect_list` (importable from
here too). Their contacts live in :mod:`reciprocity_desktop.services.contacts`; the contact functions and
:func:`~reciprocity_desktop.services.records.get_live` are importable from here as well.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import selectinload

from reciprocity_desktop.services import geo, settings, validate
from reciprocity_desktop.services.contacts import (
    PERSONAL_CONTACT_FIELDS,
    add_contact,
    delete_contact,
    export_person,
    list_contacts,
    restore_contact,
    update_contact,
)
from reciprocity_desktop.services.prospect_list import (
    SORT_COLUMNS,
    Located,
    ProspectFilter,
    ProspectRow,
    _ordering,
    any_prospects,
    count_prospects,
    filtered_query,
    gifted_no_followup_clause,
    list_cities,
    list_prospect_rows,
    list_prospects,
    list_tags,
    locate_rows,
    position_of,
    search_ids,
)
from reciprocity_desktop.services.records import clean_fields, get_live, get_record, update_live
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, Prospect, Stage, Visit

__all__ = [
    "PERSONAL_CONTACT_FIELDS",
    "_ordering",
    "SORT_COLUMNS",
    "Located",
    "ProspectFilter",
    "ProspectRow",
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
    "list_prospect_rows",
    "list_prospects",
    "list_tags",
    "locate_rows",
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


# -- the timeline of one prospect ---------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a prospect's timeline, as data: the window formats the reaction and the amount."""

    date: dt.date
    kind: str  # "visit" / "gift" / "followup" / "outcome"
    record_id: str
    title: str  # the record's kind or status, untranslated (e.g. "sample", "done")
    detail: str  # the record's own text: the visit's notes, the description, the note or result
    reaction: str | None = None  # how a gift was received, untranslated (e.g. "not_liked")
    value_cents: int | None = None  # an outcome's value (None when it has none)


#: The timeline's kinds: the model, the day it sorts by, and its (date, title, detail, reaction, value).
_TIMELINE_KINDS = (
    ("visit", Visit, Visit.date, lambda v: (v.date, v.status, v.notes, None, None)),
    ("gift", Gift, Gift.date, lambda g: (g.date, g.kind, g.description, g.reaction, None)),
    ("followup", FollowUp, func.coalesce(FollowUp.done_on, FollowUp.due),
     lambda f: (f.done_on or f.due, f.kind, f.result if f.done_on else f.note, None, None)),
    ("outcome", Outcome, Outcome.date, lambda o: (o.date, o.kind, o.note, None, o.value_cents or None)),
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
                date, title, detail, reaction, value = entry(record)
                entries.append(TimelineEntry(date, kind, record.id, title, detail, reaction, value))
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
