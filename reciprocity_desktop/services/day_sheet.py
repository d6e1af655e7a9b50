"""Everything the printed day needs, gathered in one read session into plain frozen data.

``gather_day(store, date)`` reads the day's visits (in route order, leaving out deleted
and cancelled ones and visits of deleted prospects), each prospect with its contacts,
earlier gifts, earlier outcomes, open follow-ups and last visit notes, and the gift kit
(how many of each stock item the day needs against how many are in stock).

The report code works only on these dataclasses; it never touches a session. The kit follows
the one rule of :mod:`reciprocity_desktop.services.gift_kit`; the route's kilometres, the end of the
day and each stop's flags (far from the others, placed by postal code) are the planner's
(:mod:`reciprocity_desktop.services.route_plan`), over the times as stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import day_route, sellers, settings, validate
from reciprocity_desktop.services.day_route import RouteFacts
from reciprocity_desktop.services.errors import DomainError, Warning_
from reciprocity_desktop.services.gift_kit import KitLine, gift_kit
from reciprocity_desktop.services.register_query import in_year
from reciprocity_desktop.services.route_plan import RoutePlan, StopInput, schedule
from reciprocity_desktop.services.sellers import ColleagueVisit, own_seller_id
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    Gift,
    Meta,
    Outcome,
    Prospect,
    Setting,
    StockItem,
    Visit,
    VisitStatus,
)

T = TypeVar("T")


class NoVisits(DomainError):
    """The day has no visits to print."""


@dataclass(frozen=True)
class ContactInfo:
    name: str
    role: str
    phone: str
    email: str
    is_decision_maker: bool


@dataclass(frozen=True)
class PastGift:
    date: dt.date
    kind: str  # GiftKind value
    description: str
    quantity: int
    cost_cents: int
    contact_name: str  # who received it ("" when given to the organisation)
    reaction: str | None  # Reaction value, None while unknown
    reaction_note: str


@dataclass(frozen=True)
class PastOutcome:
    date: dt.date
    kind: str  # OutcomeKind value
    value_cents: int | None  # None: not known
    note: str


@dataclass(frozen=True)
class OpenFollowUp:
    due: dt.date
    kind: str  # FollowUpKind value
    note: str


@dataclass(frozen=True)
class GiftToBring:
    name: str  # stock item name or the visit's free-text gift note
    stock_item_id: str | None
    kind: str | None  # GiftKind value of the stock item, None for a free-text gift


@dataclass(frozen=True)
class Stop:
    number: int  # 1-based place in the printed route
    visit_id: str
    position: int
    planned_time: str
    status: str  # VisitStatus value
    visit_notes: str
    prospect_id: str
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    phone: str
    email: str
    industry: str
    stage: str  # Stage value
    prospect_notes: str
    contacts: tuple[ContactInfo, ...]  # decision makers first
    gift: GiftToBring | None
    earlier_gifts: tuple[PastGift, ...]  # newest first
    earlier_outcomes: tuple[PastOutcome, ...]  # newest first
    open_followups: tuple[OpenFollowUp, ...]  # soonest due first
    last_visit_date: dt.date | None  # the latest earlier visit with notes
    last_visit_notes: str
    # The route (services.route_plan): road km from the previous stop (from home for the first; None:
    # unknown or the route starts here), a fixed appointment, and why the stop is flagged.
    leg_km: float | None = None
    fixed_time: bool = False
    route_flags: tuple[Warning_, ...] = ()
    # The yearly gift limit (settings gift_limit.XX): near or over for this prospect's most-gifted
    # recipient this year, the gift to bring counted (codes GIFT_LIMIT_NEAR / GIFT_LIMIT_OVER); None: fine.
    limit_flag: Warning_ | None = None
    # Colleagues' planned visits to this prospect from today on (services.sellers), soonest first.
    colleague_visits: tuple[ColleagueVisit, ...] = ()

    @property
    def main_contact(self) -> ContactInfo | None:
        return self.contacts[0] if self.contacts else None


@dataclass(frozen=True)
class LooseGift:
    """A gift to bring that is not drawn from stock (visits' free-text gift notes, same text together)."""

    description: str
    stops: tuple[tuple[int, str], ...]  # (stop number, prospect name) in route order

    @property
    def needed(self) -> int:
        return len(self.stops)


@dataclass(frozen=True)
class DaySheet:
    date: dt.date
    seller: str
    currency: str
    store_name: str
    stops: tuple[Stop, ...]
    kit: tuple[KitLine, ...]
    loose_gifts: tuple[LooseGift, ...]
    cancelled_count: int
    route: RouteFacts | None = None
    # Where the seller is at home: the home base's country (else the default country for new
    # prospects), postal code and town. The paper names a stop's country only when it is another.
    home_country: str = ""
    home_postal_code: str = ""
    home_city: str = ""

    @property
    def shortages(self) -> tuple[KitLine, ...]:
        return tuple(line for line in self.kit if line.missing)


def _setting(session: Session, key: str):
    row = session.get(Setting, key)
    return json.loads(row.value) if row else settings.DEFAULTS[key]


def _contact_key(contact: Any) -> tuple[bool, str]:
    return (not contact.is_decision_maker, contact.name.casefold())


def _by_prospect(records: Iterable[Any], convert: Callable[[Any], T]) -> defaultdict[str, list[T]]:
    grouped: defaultdict[str, list[T]] = defaultdict(list)
    for record in records:
        grouped[record.prospect_id].append(convert(record))
    return grouped


def _day_rows(session: Session, day: dt.date) -> tuple[list[tuple[Visit, Prospect]], int]:
    """The day's visits to print with their prospects, in route order, and how many are cancelled."""
    rows = session.execute(
        select(Visit, Prospect)
        .join(Prospect, Prospect.id == Visit.prospect_id)
        .where(
            Visit.date == day,
            Visit.seller_id == own_seller_id(),
            Visit.deleted.is_(False),
            Prospect.deleted.is_(False),
        )
        .order_by(Visit.position, Visit.created_at, Visit.id)
    ).all()
    cancelled = sum(1 for visit, _ in rows if visit.status == VisitStatus.CANCELLED.value)
    rows = [(visit, prospect) for visit, prospect in rows if visit.status != VisitStatus.CANCELLED.value]
    if not rows:
        if cancelled:
            raise NoVisits(
                "There are no visits to print for {date}: the %n visit(s) of the day are cancelled.",
                field="date",
                date=day.isoformat(),
                n=cancelled,
            )
        raise NoVisits(
            "There are no visits planned for {date}; nothing to print.", field="date", date=day.isoformat()
        )
    return rows, cancelled


class _History:
    """What happened before the day with each of the day's prospects, read in a few queries (of the
    columns the paper prints: rows, not ORM objects)."""

    def __init__(self, session: Session, day: dt.date, prospect_ids: list[str]) -> None:
        contact_columns = (Contact.role, Contact.phone, Contact.email, Contact.is_decision_maker)
        contacts = session.execute(
            select(Contact.id, Contact.prospect_id, Contact.name, *contact_columns).where(
                Contact.prospect_id.in_(prospect_ids), Contact.deleted.is_(False)
            )
        ).all()
        contact_names = {c.id: c.name for c in contacts}
        self.contacts = _by_prospect(
            sorted(contacts, key=_contact_key),
            lambda c: ContactInfo(
                name=c.name, role=c.role, phone=c.phone, email=c.email, is_decision_maker=c.is_decision_maker
            ),
        )

        def earlier(model, *columns):
            return session.execute(
                select(model.prospect_id, model.date, *columns)
                .where(model.prospect_id.in_(prospect_ids), model.deleted.is_(False), model.date < day)
                .order_by(model.date.desc(), model.created_at.desc())
            )

        gift_columns = (Gift.kind, Gift.description, Gift.quantity, Gift.cost_cents, Gift.contact_id)
        self.gifts = _by_prospect(
            earlier(Gift, *gift_columns, Gift.reaction, Gift.reaction_note),
            lambda g: PastGift(
                date=g.date,
                kind=g.kind,
                description=g.description,
                quantity=g.quantity,
                cost_cents=g.cost_cents,
                contact_name=contact_names.get(g.contact_id or "", ""),
                reaction=g.reaction,
                reaction_note=g.reaction_note,
            ),
        )
        self.outcomes = _by_prospect(
            earlier(Outcome, Outcome.kind, Outcome.value_cents, Outcome.note),
            lambda o: PastOutcome(date=o.date, kind=o.kind, value_cents=o.value_cents, note=o.note),
        )
        self.followups = _by_prospect(
            session.execute(
                select(FollowUp.prospect_id, FollowUp.due, FollowUp.kind, FollowUp.note)
                .where(
                    FollowUp.prospect_id.in_(prospect_ids),
                    FollowUp.deleted.is_(False),
                    FollowUp.done_on.is_(None),
                )
                .order_by(FollowUp.due, FollowUp.created_at)
            ),
            lambda f: OpenFollowUp(due=f.due, kind=f.kind, note=f.note),
        )
        self.last_notes: dict[str, tuple[dt.date, str]] = {}
        for visit in session.execute(
            select(Visit.prospect_id, Visit.date, Visit.notes)
            .where(
                Visit.prospect_id.in_(prospect_ids),
                Visit.deleted.is_(False),
                Visit.date < day,
                Visit.notes != "",
            )
            .order_by(Visit.date.desc(), Visit.position.desc())
        ):
            if visit.notes.strip():
                self.last_notes.setdefault(visit.prospect_id, (visit.date, visit.notes.strip()))

    def stop(self, number: int, visit: Visit, prospect: Prospect, gift: GiftToBring | None) -> Stop:
        last = self.last_notes.get(prospect.id)
        return Stop(
            number=number,
            visit_id=visit.id,
            position=visit.position,
            planned_time=visit.planned_time or "",
            status=visit.status,
            visit_notes=visit.notes.strip(),
            prospect_id=prospect.id,
            name=prospect.name,
            street=prospect.street,
            postal_code=prospect.postal_code,
            city=prospect.city,
            country=prospect.country,
            phone=prospect.phone,
            email=prospect.email,
            industry=prospect.industry,
            stage=prospect.stage,
            prospect_notes=prospect.notes.strip(),
            contacts=tuple(self.contacts[prospect.id]),
            gift=gift,
            earlier_gifts=tuple(self.gifts[prospect.id]),
            earlier_outcomes=tuple(self.outcomes[prospect.id]),
            open_followups=tuple(self.followups[prospect.id]),
            last_visit_date=last[0] if last else None,
            last_visit_notes=last[1] if last else "",
        )


def _gift_to_bring(visit: Visit, items: dict[str, StockItem]) -> GiftToBring | None:
    """The stock item (with the visit's gift note after a dash) or the free-text gift note, if any.

    A dash, not brackets: item names often end in brackets themselves ("Trial licence (30 days)").
    """
    note = visit.gift_note.strip()
    item = items.get(visit.gift_stock_item_id or "")
    if item is not None:
        return GiftToBring(
            name=f"{item.name} \u2013 {note}" if note else item.name, stock_item_id=item.id, kind=item.kind
        )
    return GiftToBring(name=note, stock_item_id=None, kind=None) if note else None


def _loose_gifts(stops: Iterable[Stop]) -> tuple[LooseGift, ...]:
    """The free-text gifts the stops still to be made bring, the same text (any case, spacing) together."""
    loose: dict[str, tuple[str, list[tuple[int, str]]]] = {}
    for stop in stops:
        gift = stop.gift
        if gift is not None and not gift.stock_item_id and stop.status == VisitStatus.PLANNED.value:
            key = " ".join(gift.name.split()).casefold()
            loose.setdefault(key, (gift.name, []))[1].append((stop.number, stop.name))
    return tuple(LooseGift(description=name, stops=tuple(where)) for name, where in loose.values())


def _on_route(stop: Stop, plan: RoutePlan) -> Stop:
    """The stop with its leg, fixed time and flags from the route's plan."""
    planned = plan.stop(stop.visit_id)
    if planned is None:
        return stop
    starts_here = stop.number == 1 and not plan.from_home
    return replace(
        stop,
        leg_km=None if starts_here else planned.leg_km,
        fixed_time=planned.fixed,
        route_flags=tuple(day_route.stop_flags(planned, plan)),
    )


GIFT_LIMIT_NEAR, GIFT_LIMIT_OVER = "gift_limit_near", "gift_limit_over"


def _limit_flags(session: Session, day: dt.date, rows, items: dict[str, StockItem]) -> dict[str, Warning_]:
    """By prospect id: the gift-limit note of its visit sheet (see :attr:`Stop.limit_flag`)."""
    limits = settings.read(session, "gift_limits_cents")
    ratio = float(settings.read(session, "gift_limit_warn_ratio"))
    countries = {prospect.id: (prospect.country or "").upper() for _, prospect in rows}
    ids = [pid for pid, country in countries.items() if limits.get(country)]
    if not ids:
        return {}
    most: dict[str, int] = {}
    totals = (
        select(Gift.prospect_id, func.sum(Gift.cost_cents))
        .where(Gift.prospect_id.in_(ids), Gift.deleted.is_(False), *in_year(day.year))
        .group_by(Gift.prospect_id, Gift.contact_id)
    )
    for pid, cents in session.execute(totals):
        most[pid] = max(most.get(pid, 0), int(cents or 0))
    flags: dict[str, Warning_] = {}
    for visit, prospect in rows:
        if prospect.id not in ids or prospect.id in flags:
            continue
        item = items.get(visit.gift_stock_item_id or "")
        total = most.get(prospect.id, 0) + (item.unit_cost_cents or 0 if item is not None else 0)
        limit = limits[countries[prospect.id]]
        code = GIFT_LIMIT_OVER if total > limit else GIFT_LIMIT_NEAR if total >= limit * ratio else None
        if code:
            flags[prospect.id] = Warning_(
                code,
                "{total} given in {year} (with the gift to bring), limit {limit} in {country}.",
                total=total,
                limit=limit,
                year=day.year,
                country=countries[prospect.id],
            )
    return flags


def gather_day(store: Store, day: dt.date | str, *, seller: str | None = None) -> DaySheet:
    """Read everything the paper for ``day`` needs. Raises NoVisits when nothing is planned."""
    day = validate.date(day, "date")
    with store.read() as session:
        currency = str(_setting(session, "currency") or "EUR")
        seller_name = seller.strip() if seller is not None else str(_setting(session, "seller_name") or "")
        home = [
            str(_setting(session, key) or "") for key in ("home_country", "home_postal_code", "home_city")
        ]
        home[0] = (home[0] or str(_setting(session, "default_country") or "")).upper()
        meta = session.get(Meta, "store_name")
        store_name = meta.value if meta else store.path.stem
        rows, cancelled = _day_rows(session, day)
        history = _History(session, day, sorted({prospect.id for _, prospect in rows}))
        item_ids = sorted({visit.gift_stock_item_id for visit, _ in rows if visit.gift_stock_item_id})
        items = {
            item.id: item for item in session.scalars(select(StockItem).where(StockItem.id.in_(item_ids)))
        }
        inputs = [StopInput.of(visit, prospect) for visit, prospect in rows]
        plan = schedule(inputs, day_route.route_settings(session), keep_before=len(inputs))
        limit_flags = _limit_flags(session, day, rows, items)
        stops = tuple(
            replace(
                _on_route(history.stop(number, visit, prospect, _gift_to_bring(visit, items)), plan),
                limit_flag=limit_flags.get(prospect.id),
            )
            for number, (visit, prospect) in enumerate(rows, start=1)
        )
        colleagues = sellers.colleague_visits_in(session, [stop.prospect_id for stop in stops])
        stops = tuple(
            replace(stop, colleague_visits=tuple(colleagues.get(stop.prospect_id, ()))) for stop in stops
        )
        # The kit is what to load in the car: only stops still to be made count.
        kit = tuple(gift_kit([visit for visit, _ in rows], items.values()))
    return DaySheet(
        date=day,
        seller=seller_name,
        currency=currency,
        store_name=store_name,
        stops=stops,
        kit=kit,
        loose_gifts=_loose_gifts(stops),
        cancelled_count=cancelled,
        route=RouteFacts.of(plan),
        home_country=home[0],
        home_postal_code=home[1],
        home_city=home[2],
    )
