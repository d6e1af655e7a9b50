"""Prospects: add, edit, delete (tombstones).

The list and its search live in :mod:`reciprocity_desktop.services.prospect_list`, the detail pane's
read and the timeline in :mod:`reciprocity_desktop.services.prospect_detail` (importable from here too). Their contacts live in :mod:`reciprocity_desktop.services.contacts`; the contact functions and
:func:`~reciprocity_desktop.services.records.get_live` are importable from here as well.
"""

from __future__ import annotations

from typing import Any

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
from reciprocity_desktop.services.prospect_detail import (
    ProspectDetail,
    TimelineEntry,
    read_detail,
    read_timeline_page,
    timeline,
    timeline_count,
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
from reciprocity_desktop.store.models import Prospect, Stage

__all__ = [
    "PERSONAL_CONTACT_FIELDS",
    "_ordering",
    "SORT_COLUMNS",
    "Located",
    "ProspectDetail",
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
    "read_detail",
    "read_timeline_page",
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
