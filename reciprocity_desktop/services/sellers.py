"""Each rep's own route: the store's seller, and the colleagues' visits a rep should know of.

A visit belongs to the seller who planned it (``visits.seller_id``, ``visits.seller``): the store's
seller is its ``seller_id`` setting, a uuid made once per store (migration 0011; not the replica id,
which a copied store may get anew), and its ``seller_name``. The planner, Today, the debrief and the
printed day show the store's own visits (:func:`own_seller_id` in their queries); a colleague's
planned visit to a prospect is a notice (:func:`colleague_visits`), so two reps do not stand at the
same door. A visit from an older sync file that did not say whose it is has seller id "": an unknown
seller's, never shown as one's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import today
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Prospect, Setting, Visit, VisitStatus
from reciprocity_desktop.store.sessions import SELLER_ID_KEY, own_seller

#: The store's seller id in plain SQL, for :meth:`Store.cursor` queries (today.py's, free of SQLAlchemy).
OWN_SELLER_SQL = today.OWN_SELLER_SQL

__all__ = [
    "OWN_SELLER_SQL",
    "ColleagueVisit",
    "Seller",
    "colleague_visits",
    "colleague_visits_in",
    "own_seller_id",
    "seller_of",
]


def own_seller_id() -> ColumnElement[str]:
    """The store's seller id as a scalar subquery (one lookup; a seller's visits by day are on an index)."""
    return (
        select(func.json_extract(Setting.value, "$")).where(Setting.key == SELLER_ID_KEY).scalar_subquery()
    )


@dataclass(frozen=True)
class Seller:
    id: str
    name: str


def seller_of(store: Store) -> Seller:
    """The store's seller: its id (made once per store, now if it has none yet and may be written) and
    its name (the ``seller_name`` setting)."""
    with store.read() as session:
        seller = Seller(*own_seller(session))
    if seller.id or store.read_only:
        return seller
    with store.session() as session:
        return Seller(*own_seller(session, make=True))


@dataclass(frozen=True)
class ColleagueVisit:
    """A colleague's planned visit to a prospect: who ("" when the file that brought it did not say) and when."""

    prospect_id: str
    date: dt.date
    seller: str
    seller_id: str


def colleague_visits(
    store: Store, prospect_ids: Iterable[str], since: dt.date | None = None
) -> dict[str, list[ColleagueVisit]]:
    """The colleagues' planned visits (not this store's seller's) to ``prospect_ids`` from ``since``
    (today) on, soonest first, by prospect."""
    ids = list(dict.fromkeys(prospect_ids))
    if not ids:
        return {}
    with store.read() as session:
        return colleague_visits_in(session, ids, since)


def colleague_visits_in(
    session: Session, prospect_ids: Iterable[str], since: dt.date | None = None
) -> dict[str, list[ColleagueVisit]]:
    """:func:`colleague_visits` in a session the caller holds."""
    ids = list(dict.fromkeys(prospect_ids))
    since = since or dt.date.today()
    found: dict[str, list[ColleagueVisit]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Visit.prospect_id, Visit.date, Visit.seller, Visit.seller_id)
            .join(Prospect, Prospect.id == Visit.prospect_id)
            .where(
                Visit.prospect_id.in_(ids[start : start + 500]),
                Visit.seller_id.is_distinct_from(own_seller_id()),  # (a store with no seller yet: all)
                Visit.date >= since,
                Visit.status == VisitStatus.PLANNED.value,
                Visit.deleted.is_(False),
                Prospect.deleted.is_(False),
            )
            .order_by(Visit.date, Visit.seller)
        )
        for prospect_id, day, seller, seller_id in rows:
            found.setdefault(prospect_id, []).append(ColleagueVisit(prospect_id, day, seller, seller_id))
    return found
