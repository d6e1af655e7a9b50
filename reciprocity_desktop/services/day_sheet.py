"""Everything the printed day needs, gathered in one read session into plain frozen data.

``gather_day(store, date)`` reads the day's visits (in route order, leaving out deleted
and cancelled ones and visits of deleted prospects), each prospect with its contacts,
earlier gifts, earlier outcomes, open follow-ups and last visit notes, and the gift kit
(how many of each stock item the day needs against how many are in stock).

The report code works only on these dataclasses; it never touches a session.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import settings, validate
from reciprocity_desktop.services.errors import DomainError
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
    value_cents: int
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

    @property
    def main_contact(self) -> ContactInfo | None:
        return self.contacts[0] if self.contacts else None

    @property
    def address_lines(self) -> tuple[str, ...]:
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        if self.country and town:
            town = f"{self.country}-{town}" if self.postal_code else f"{town} ({self.country})"
        return tuple(line for line in (self.street, town) if line)


@dataclass(frozen=True)
class KitLine:
    """One stock item the day needs: how many stops get it against how many are in stock."""

    stock_item_id: str
    name: str
    kind: str
    needed: int
    in_stock: int
    low_stock_level: int

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.in_stock)

    @property
    def left_after(self) -> int:
        return max(0, self.in_stock - self.needed)

    @property
    def low_after(self) -> bool:
        return not self.missing and self.left_after <= self.low_stock_level


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

    @property
    def shortages(self) -> tuple[KitLine, ...]:
        return tuple(line for line in self.kit if line.missing)


def _setting(session: Session, key: str):
    row = session.get(Setting, key)
    return json.loads(row.value) if row else settings.DEFAULTS[key]


def _contact_key(contact: Contact) -> tuple[bool, str]:
    return (not contact.is_decision_maker, contact.name.casefold())


def gather_day(store: Store, day: dt.date | str, *, seller: str | None = None) -> DaySheet:
    """Read everything the paper for ``day`` needs. Raises NoVisits when nothing is planned."""
    day = validate.date(day, "date")
    with store.read() as session:
        currency = str(_setting(session, "currency") or "EUR")
        seller_name = seller.strip() if seller is not None else str(_setting(session, "seller_name") or "")
        meta = session.get(Meta, "store_name")
        store_name = meta.value if meta else store.path.stem
        rows = session.execute(
            select(Visit, Prospect)
            .join(Prospect, Prospect.id == Visit.prospect_id)
            .where(Visit.date == day, Visit.deleted.is_(False), Prospect.deleted.is_(False))
            .order_by(Visit.position, Visit.created_at, Visit.id)
        ).all()
        cancelled = sum(1 for visit, _ in rows if visit.status == VisitStatus.CANCELLED.value)
        rows = [(visit, prospect) for visit, prospect in rows if visit.status != VisitStatus.CANCELLED.value]
        if not rows:
            if cancelled:
                raise NoVisits(
                    "There are no visits to print for {date}: all {count} are cancelled.",
                    field="date",
                    date=day.isoformat(),
                    count=cancelled,
                )
            raise NoVisits(
                "There are no visits planned for {date}; nothing to print.",
                field="date",
                date=day.isoformat(),
            )
        prospect_ids = sorted({prospect.id for _, prospect in rows})

        contacts: dict[str, list[Contact]] = defaultdict(list)
        for contact in session.scalars(
            select(Contact).where(Contact.prospect_id.in_(prospect_ids), Contact.deleted.is_(False))
        ):
            contacts[contact.prospect_id].append(contact)
        contact_names = {c.id: c.name for group in contacts.values() for c in group}

        gifts: dict[str, list[PastGift]] = defaultdict(list)
        for gift in session.scalars(
            select(Gift)
            .where(Gift.prospect_id.in_(prospect_ids), Gift.deleted.is_(False), Gift.date < day)
            .order_by(Gift.date.desc(), Gift.created_at.desc())
        ):
            gifts[gift.prospect_id].append(
                PastGift(
                    date=gift.date,
                    kind=gift.kind,
                    description=gift.description,
                    quantity=gift.quantity,
                    cost_cents=gift.cost_cents,
                    contact_name=contact_names.get(gift.contact_id or "", ""),
                    reaction=gift.reaction,
                    reaction_note=gift.reaction_note,
                )
            )

        outcomes: dict[str, list[PastOutcome]] = defaultdict(list)
        for outcome in session.scalars(
            select(Outcome)
            .where(Outcome.prospect_id.in_(prospect_ids), Outcome.deleted.is_(False), Outcome.date < day)
            .order_by(Outcome.date.desc(), Outcome.created_at.desc())
        ):
            outcomes[outcome.prospect_id].append(
                PastOutcome(
                    date=outcome.date, kind=outcome.kind, value_cents=outcome.value_cents, note=outcome.note
                )
            )

        followups: dict[str, list[OpenFollowUp]] = defaultdict(list)
        for followup in session.scalars(
            select(FollowUp)
            .where(
                FollowUp.prospect_id.in_(prospect_ids),
                FollowUp.deleted.is_(False),
                FollowUp.done_on.is_(None),
            )
            .order_by(FollowUp.due, FollowUp.created_at)
        ):
            followups[followup.prospect_id].append(
                OpenFollowUp(due=followup.due, kind=followup.kind, note=followup.note)
            )

        last_notes: dict[str, tuple[dt.date, str]] = {}
        for visit in session.scalars(
            select(Visit)
            .where(
                Visit.prospect_id.in_(prospect_ids),
                Visit.deleted.is_(False),
                Visit.date < day,
                Visit.notes != "",
            )
            .order_by(Visit.date.desc(), Visit.position.desc())
        ):
            if visit.notes.strip():
                last_notes.setdefault(visit.prospect_id, (visit.date, visit.notes.strip()))

        item_ids = sorted({visit.gift_stock_item_id for visit, _ in rows if visit.gift_stock_item_id})
        items = {
            item.id: item for item in session.scalars(select(StockItem).where(StockItem.id.in_(item_ids)))
        }

        stops: list[Stop] = []
        needed: dict[str, int] = defaultdict(int)
        loose: dict[str, tuple[str, list[tuple[int, str]]]] = {}
        for number, (visit, prospect) in enumerate(rows, start=1):
            gift: GiftToBring | None = None
            item = items.get(visit.gift_stock_item_id or "")
            if item is not None:
                gift = GiftToBring(name=item.name, stock_item_id=item.id, kind=item.kind)
                if visit.gift_note.strip():
                    gift = GiftToBring(
                        name=f"{item.name} ({visit.gift_note.strip()})", stock_item_id=item.id, kind=item.kind
                    )
            elif visit.gift_note.strip():
                gift = GiftToBring(name=visit.gift_note.strip(), stock_item_id=None, kind=None)
            # The kit is what to load in the car: only stops still to be made count.
            if gift is not None and visit.status == VisitStatus.PLANNED.value:
                if gift.stock_item_id:
                    needed[gift.stock_item_id] += 1
                else:
                    key = " ".join(gift.name.split()).casefold()
                    loose.setdefault(key, (gift.name, []))[1].append((number, prospect.name))
            last = last_notes.get(prospect.id)
            stops.append(
                Stop(
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
                    contacts=tuple(
                        ContactInfo(
                            name=c.name,
                            role=c.role,
                            phone=c.phone,
                            email=c.email,
                            is_decision_maker=c.is_decision_maker,
                        )
                        for c in sorted(contacts[prospect.id], key=_contact_key)
                    ),
                    gift=gift,
                    earlier_gifts=tuple(gifts[prospect.id]),
                    earlier_outcomes=tuple(outcomes[prospect.id]),
                    open_followups=tuple(followups[prospect.id]),
                    last_visit_date=last[0] if last else None,
                    last_visit_notes=last[1] if last else "",
                )
            )
        kit = tuple(
            sorted(
                (
                    KitLine(
                        stock_item_id=item_id,
                        name=items[item_id].name,
                        kind=items[item_id].kind,
                        needed=count,
                        in_stock=items[item_id].quantity,
                        low_stock_level=items[item_id].low_stock_level,
                    )
                    for item_id, count in needed.items()
                ),
                key=lambda line: (not line.missing, line.name.casefold()),
            )
        )
    return DaySheet(
        date=day,
        seller=seller_name,
        currency=currency,
        store_name=store_name,
        stops=tuple(stops),
        kit=kit,
        loose_gifts=tuple(LooseGift(description=name, stops=tuple(where)) for name, where in loose.values()),
        cancelled_count=cancelled,
    )
