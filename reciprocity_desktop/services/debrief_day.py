"""What the debrief reads: the day to start on, what was recorded at each visit, the gift each visit
asks about and whether an order would be the prospect's first.

"The earlier gift" of a visit is the latest live gift given to its prospect before the visit's day
(:func:`earlier_gifts`); the debrief records its reaction (``services.debrief``), the window shows it
and the CLI's ``--reaction`` applies to it: one rule, one query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from reciprocity_desktop.services.sellers import own_seller_id
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Gift, Outcome, OutcomeKind, Prospect, Visit, VisitStatus


def debrief_default_day(store: Store, today: dt.date | None = None) -> dt.date:
    """The day to debrief: today when it has visits, else the latest earlier day with visits still
    planned, else today."""
    today = today or dt.date.today()
    with store.read() as session:
        live = (Visit.seller_id == own_seller_id(), Visit.deleted.is_(False), Prospect.deleted.is_(False))
        has_today = session.scalar(
            select(func.count()).select_from(Visit).join(Prospect).where(Visit.date == today, *live)
        )
        if has_today:
            return today
        latest_open = session.scalar(
            select(func.max(Visit.date))
            .join(Prospect)
            .where(Visit.date < today, Visit.status == VisitStatus.PLANNED.value, *live)
        )
        return latest_open or today


def earlier_gifts_query(visit_ids: Collection[str]) -> Select:
    """(visit id, Gift) of each of ``visit_ids`` whose prospect got a gift before it: the latest live
    gift dated before the visit (the latest logged wins a tie). Found through the gifts' prospect index."""
    ranked = (
        select(
            Visit.id.label("visit_id"),
            Gift.id.label("gift_id"),
            func.row_number()
            .over(partition_by=Visit.id, order_by=(Gift.date.desc(), Gift.created_at.desc(), Gift.id.desc()))
            .label("rank"),
        )
        .select_from(Visit)
        .join(
            Gift, and_(Gift.prospect_id == Visit.prospect_id, Gift.deleted.is_(False), Gift.date < Visit.date)
        )
        .where(Visit.id.in_(list(visit_ids)))
        .subquery()
    )
    return select(ranked.c.visit_id, Gift).join(Gift, Gift.id == ranked.c.gift_id).where(ranked.c.rank == 1)


def earlier_gifts(session: Session, visit_ids: Collection[str]) -> dict[str, Gift]:
    """The earlier gift of each of ``visit_ids`` that has one (see :func:`earlier_gifts_query`)."""
    if not visit_ids:
        return {}
    return {visit_id: gift for visit_id, gift in session.execute(earlier_gifts_query(visit_ids))}


def earlier_gift(session: Session, visit: Visit) -> Gift | None:
    """The gift a reaction recorded at ``visit`` is about (see :func:`earlier_gifts`)."""
    return earlier_gifts(session, [visit.id]).get(visit.id)


def prospects_with_orders(session: Session, prospect_ids: Collection[str]) -> set[str]:
    """Those of ``prospect_ids`` with a live order already: another order would not be their first."""
    if not prospect_ids:
        return set()
    return set(
        session.scalars(
            select(Outcome.prospect_id)
            .where(
                Outcome.prospect_id.in_(list(prospect_ids)),
                Outcome.kind == OutcomeKind.ORDER.value,
                Outcome.deleted.is_(False),
            )
            .distinct()
        )
    )


@dataclass
class VisitResults:
    """What was recorded at a visit already (gifts handed over, outcomes), the earlier gift its
    reaction is about, and whether the prospect has ordered before."""

    gifts: list[Gift] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    earlier_gift: Gift | None = None
    has_orders: bool = False


def visit_results(store: Store, visit_ids: Sequence[str]) -> dict[str, VisitResults]:
    """:class:`VisitResults` of each of ``visit_ids`` (every id gets an entry)."""
    results = {visit_id: VisitResults() for visit_id in visit_ids}
    if not results:
        return results
    ids = list(results)
    with store.read() as session:
        for gift in session.scalars(
            select(Gift).where(Gift.visit_id.in_(ids), Gift.deleted.is_(False)).order_by(Gift.created_at)
        ):
            results[gift.visit_id].gifts.append(gift)
        for outcome in session.scalars(
            select(Outcome)
            .where(Outcome.visit_id.in_(ids), Outcome.deleted.is_(False))
            .order_by(Outcome.created_at)
        ):
            results[outcome.visit_id].outcomes.append(outcome)
        for visit_id, gift in earlier_gifts(session, ids).items():
            results[visit_id].earlier_gift = gift
        prospect_of = {
            visit_id: prospect_id
            for visit_id, prospect_id in session.execute(
                select(Visit.id, Visit.prospect_id).where(Visit.id.in_(ids))
            )
        }
        ordered = prospects_with_orders(session, set(prospect_of.values()))
        for visit_id, prospect_id in prospect_of.items():
            results[visit_id].has_orders = prospect_id in ordered
    return results
