"""After an import: what colleagues gave to the prospects this seller is about to visit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import false, select

from reciprocity_desktop.services.sellers import own_seller_id
from reciprocity_desktop.store.engine import Store
from reciprocity_desktop.store.models import Gift, Meta, Prospect, SyncReplica, Visit, VisitStatus
from reciprocity_desktop.sync import versions
from reciprocity_desktop.sync.exporter import since_cutoff
from reciprocity_desktop.sync.summary import ImportSummary


@dataclass(frozen=True)
class ColleagueGift:
    """A gift another store recorded for a prospect with a planned visit ahead."""

    prospect_id: str
    prospect_name: str
    visit_id: str
    visit_date: dt.date
    gift_id: str
    gift_date: dt.date
    kind: str
    description: str
    #: The replica (store) whose change stamp the gift carries, and that store's name.
    replica_id: str
    given_by: str


def colleague_gifts_for_planned_visits(
    store: Store,
    imported_summary_or_since: ImportSummary | dt.date | dt.datetime | None = None,
    *,
    today: dt.date | None = None,
) -> list[ColleagueGift]:
    """Gifts recorded by ANOTHER store for prospects with a planned visit today or later.

    ``imported_summary_or_since``: an :class:`ImportSummary` (only the gifts that import
    added or changed), a date or datetime (gifts changed since then), or None (all).
    One row per prospect and gift, with the prospect's next planned visit, in visit order.
    """
    today = today or dt.date.today()
    only_ids: frozenset[str] | None = None
    since_prefix = ""
    if isinstance(imported_summary_or_since, ImportSummary):
        only_ids = imported_summary_or_since.gift_ids
        if not only_ids:
            return []
    elif isinstance(imported_summary_or_since, dt.datetime):
        moment = imported_summary_or_since
        if moment.tzinfo is None:
            moment = moment.astimezone()
        since_prefix = f"{int(moment.timestamp() * 1000):013d}"
    elif isinstance(imported_summary_or_since, dt.date):
        since_prefix = f"{int(since_cutoff(imported_summary_or_since).timestamp() * 1000):013d}"
    with store.read() as session:
        names = {
            replica: name
            for replica, name in session.execute(select(SyncReplica.replica_id, SyncReplica.store_name))
        }
        # This store's own ids: its replica id, and those it wrote under before it was copied.
        history = session.get(Meta, "replica_history")
        own = {store.replica_id, *(history.value.split() if history is not None else ())}
        query = (
            select(
                Visit.id,
                Visit.date,
                Visit.position,
                Prospect.id,
                Prospect.name,
                Gift.id,
                Gift.date,
                Gift.kind,
                Gift.description,
                Gift.stamp,
            )
            .join(Prospect, Prospect.id == Visit.prospect_id)
            .join(Gift, Gift.prospect_id == Prospect.id)
            .where(
                Visit.status == VisitStatus.PLANNED.value,
                Visit.date >= today,
                Visit.seller_id == own_seller_id(),  # this seller's own visits
                Visit.deleted == false(),
                Prospect.deleted == false(),
                Gift.deleted == false(),
            )
            .order_by(Visit.date, Visit.position, Prospect.name, Gift.date, Gift.id)
        )
        if since_prefix:
            query = query.where(Gift.stamp >= since_prefix)
        out: list[ColleagueGift] = []
        listed: set[tuple[str, str]] = set()
        for (
            visit_id,
            visit_date,
            _pos,
            prospect_id,
            prospect_name,
            gift_id,
            gift_date,
            kind,
            description,
            stamp,
        ) in session.execute(query):
            replica = versions.replica_of(stamp)
            if replica in own or (only_ids is not None and gift_id not in only_ids):
                continue
            if (prospect_id, gift_id) in listed:
                continue
            listed.add((prospect_id, gift_id))
            out.append(
                ColleagueGift(
                    prospect_id=prospect_id,
                    prospect_name=prospect_name,
                    visit_id=visit_id,
                    visit_date=visit_date,
                    gift_id=gift_id,
                    gift_date=gift_date,
                    kind=kind,
                    description=description,
                    replica_id=replica,
                    given_by=names.get(replica, replica),
                )
            )
        return out
