"""What the Prospects page's detail pane shows of one prospect: its record, contacts and timeline.

The timeline — visits, gifts, follow-ups and outcomes, newest first — is ONE SQL query through Core
(:func:`timeline_query`: a ``UNION ALL`` of the four kinds' few columns, ``ORDER BY`` the day, the kind's
rank on that day and the stored order, ``LIMIT``/``OFFSET``), read a page at a time: no ORM objects, and
only the rows a page holds leave SQLite. :func:`read_detail` reads the prospect, its contacts, the
currency setting and the timeline's first page with its length in one read-only session.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    bindparam,
    case,
    func,
    literal,
    null,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from reciprocity_desktop.services import settings
from reciprocity_desktop.services.records import get_live
from reciprocity_desktop.services.sellers import ColleagueVisit, colleague_visits_in, own_seller_id
from reciprocity_desktop.store import Store, portable
from reciprocity_desktop.store.models import Contact, FollowUp, Gift, Outcome, Prospect, Visit
from reciprocity_desktop.store.portable import typed_null


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of a prospect's timeline, as data: the window formats the reaction and the amount."""

    date: dt.date
    kind: str  # "visit" / "gift" / "followup" / "outcome"
    record_id: str
    title: str  # the record's kind or status, untranslated (e.g. "sample", "done")
    detail: str  # the record's own text: the visit's notes, the description, the note or result
    reaction: str | None = None  # how a gift was received, untranslated (e.g. "not_liked")
    value_cents: int | None = None  # an outcome's value (None when it has none)
    by: str | None = None  # a colleague's visit: who planned it ("" when not known); None: one's own, or no visit


#: On one day the timeline lists an outcome first, then gifts, visits, follow-ups (each in stored order).
_RANK = {"outcome": 0, "gift": 1, "visit": 2, "followup": 3}


def _kind(kind: str, model, day, title, detail, reaction=None, value=None, by=None) -> Select:
    """One kind's rows of the timeline, in the union's columns (typed once, whatever the kind)."""
    return select(
        type_coerce(day, Date).label("day"),
        literal(_RANK[kind], Integer).label("rank"),
        portable.written_order(model.__tablename__).label("seq"),  # a hub: when it was written
        literal(kind, String).label("kind"),
        model.id.label("record_id"),
        type_coerce(title, String).label("title"),
        type_coerce(detail, String).label("detail"),
        type_coerce(typed_null(String) if reaction is None else reaction, String).label("reaction"),
        type_coerce(typed_null(Integer) if value is None else value, Integer).label("value_cents"),
        type_coerce(typed_null(String) if by is None else by, String).label("by"),
    )


def _union():
    """Every kind's live rows of the prospect bound as ``prospect_id``, in one ``UNION ALL``."""
    prospect_id = bindparam("prospect_id", type_=String)
    parts = (
        # a colleague's visit (brought by a sync file) says whose it is: two reps should not stand at one door
        _kind("visit", Visit, Visit.date, Visit.status, Visit.notes,
              by=case((Visit.seller_id == own_seller_id(), null()), else_=Visit.seller)),
        _kind("gift", Gift, Gift.date, Gift.kind, Gift.description, reaction=Gift.reaction),
        _kind(
            "followup", FollowUp, func.coalesce(FollowUp.done_on, FollowUp.due), FollowUp.kind,
            # a done follow-up shows its result, an open one its note
            case((FollowUp.done_on.is_(None), FollowUp.note), else_=FollowUp.result),
        ),
        # an outcome without a value (NULL or 0) shows none
        _kind("outcome", Outcome, Outcome.date, Outcome.kind, Outcome.note, value=func.nullif(Outcome.value_cents, 0)),
    )  # fmt: skip
    models = (Visit, Gift, FollowUp, Outcome)
    live = [
        part.where(model.prospect_id == prospect_id, model.deleted.is_(False))
        for part, model in zip(parts, models, strict=True)
    ]
    return live[0].union_all(*live[1:]).subquery("timeline")


@functools.cache
def _statements() -> tuple[Select, Select, Select]:
    """The timeline's queries, built once (a statement costs more to build than to run here): a page
    (``LIMIT :limit OFFSET :offset``), the first page with the whole length (``total``), the count."""
    entries = _union()
    columns = [entries.c.day, entries.c.kind, entries.c.record_id, entries.c.title, entries.c.detail,
               entries.c.reaction, entries.c.value_cents, entries.c.by]  # fmt: skip
    order = (entries.c.day.desc(), entries.c.rank, entries.c.seq)
    limit, offset = bindparam("limit", type_=Integer), bindparam("offset", type_=Integer)
    page = select(*columns).order_by(*order).limit(limit).offset(offset)
    first = select(*columns, func.count().over().label("total")).order_by(*order).limit(limit)
    return page, first, select(func.count()).select_from(entries)


def timeline_query(prospect_id: str, offset: int = 0, limit: int | None = None, *, counted: bool = False):
    """The timeline of one prospect as one query, newest first, and its parameters: rows ``offset`` to
    ``offset + limit`` (every row from ``offset`` without a limit); ``counted``: each row carries the
    whole timeline's length too (``total``), so the first page tells how many there are without a
    second query (from ``offset`` 0 only)."""
    page, first, _count = _statements()
    params = {"prospect_id": prospect_id, "limit": -1 if limit is None else limit}  # SQLite: -1, no limit
    if counted:
        if offset:
            raise ValueError("a counted timeline starts at its first entry")
        return first, params
    return page, params | {"offset": offset}


def _entry(row) -> TimelineEntry:
    day, kind, record_id, title, detail, reaction, value, by = row[:8]
    return TimelineEntry(day, kind, record_id, title or "", detail or "", reaction, value, by)


def timeline_page(session: Session, prospect_id: str, offset: int, limit: int | None) -> list[TimelineEntry]:
    """Entries ``offset`` to ``offset + limit`` of a prospect's timeline (one query, no ORM objects)."""
    query, params = timeline_query(prospect_id, offset, limit)
    if params["limit"] == -1 and session.get_bind().dialect.name != "sqlite":
        params["limit"] = None  # PostgreSQL's "no limit" (SQLite's is -1)
    return [_entry(row) for row in session.execute(query, params)]


def read_timeline_page(store: Store, prospect_id: str, offset: int, limit: int) -> list[TimelineEntry]:
    """:func:`timeline_page` in a read-only session of its own (the window's later pages)."""
    with store.read() as session:
        return timeline_page(session, prospect_id, offset, limit)


def timeline(store: Store, prospect_id: str, limit: int | None = None) -> list[TimelineEntry]:
    """Visits, gifts, follow-ups and outcomes of one prospect, newest first (the newest ``limit`` if given)."""
    with store.read() as session:
        get_live(session, Prospect, prospect_id, "prospect")
        return timeline_page(session, prospect_id, 0, limit)


def timeline_count(store: Store, prospect_id: str) -> int:
    """How many entries :func:`timeline` has for a prospect (counted in SQL, no rows loaded)."""
    with store.read() as session:
        return int(session.scalar(_statements()[2], {"prospect_id": prospect_id}) or 0)


@dataclass(frozen=True)
class ProspectDetail:
    """What the detail pane shows of a prospect: the record, its live contacts (decision makers first,
    then by name), the currency amounts show in, the timeline's first entries and its whole length, and the
    colleagues' planned visits to it (the notice, soonest first)."""

    prospect: Prospect
    contacts: list[Contact]
    currency: str
    timeline: list[TimelineEntry]
    timeline_count: int
    colleague_visits: list[ColleagueVisit]


def read_detail(store: Store, prospect_id: str, timeline_limit: int) -> ProspectDetail:
    """A prospect's :class:`ProspectDetail` in one read-only session: the prospect (a ``DomainError`` when
    it is gone), its contacts, the currency, the newest ``timeline_limit`` entries and their count, the
    colleagues' planned visits."""
    with store.read() as session:
        prospect = get_live(session, Prospect, prospect_id, "prospect")
        contacts = list(
            session.scalars(
                select(Contact)
                .where(Contact.prospect_id == prospect_id, Contact.deleted.is_(False))
                .order_by(Contact.is_decision_maker.desc(), Contact.name)
            )
        )
        currency = str(settings.read(session, "currency"))
        rows = list(session.execute(*timeline_query(prospect_id, limit=timeline_limit, counted=True)))
        planned = colleague_visits_in(session, [prospect_id]).get(prospect_id, [])
    return ProspectDetail(
        prospect, contacts, currency, [_entry(row) for row in rows], int(rows[0][-1]) if rows else 0, planned
    )
