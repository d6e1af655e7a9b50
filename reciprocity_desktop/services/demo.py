"""Loading the demo tour (:mod:`reciprocity_desktop.services.demo_data`) into a store.

Prospects with contacts, a gift stock, gifts of every kind over the past weeks, follow-ups due and
overdue, outcomes of every kind and a route planned for tomorrow — all relative to today.
Deterministic: the same day gives the same data.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import demo_data as data
from reciprocity_desktop.services import demo_office, settings
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.gifts import feedback_note
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    FollowUpKind,
    Gift,
    MovementKind,
    Outcome,
    OutcomeKind,
    Prospect,
    Record,
    StockItem,
    StockMovement,
    Visit,
    new_id,
)
from reciprocity_desktop.store.stock import opening_id

#: Letters spelled out rather than stripped of their accents (after casefold(): ß is already ss).
_SPELLED_OUT = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "æ": "ae", "ø": "oe", "å": "aa", "œ": "oe", "đ": "dj", "ł": "l",
     "ð": "d", "þ": "th", "ı": "i"}
)  # fmt: skip


def address_part(text: str) -> str:
    """A word as part of an e-mail or web address, transliterated instead of losing letters.

    ``Bäckerei`` → ``baeckerei``, ``Weiß`` → ``weiss``, ``Žužek`` → ``zuzek``, ``Đurić`` → ``djuric``;
    hyphens inside stay (``IT-Systemhaus`` → ``it-systemhaus``), anything else that is not a letter or a
    digit goes.
    """
    spelled = unicodedata.normalize("NFC", text).casefold().translate(_SPELLED_OUT)
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(ch))
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "-")).strip("-")


def _is_empty(store: Store) -> bool:
    with store.read() as session:
        return not session.scalar(select(func.count()).select_from(Prospect))


def load_demo(
    store: Store, *, force: bool = False, today: dt.date | None = None, prospects: int | None = None
) -> dict[str, int]:
    """Fill the store with the demo tour. Refuses a non-empty store unless ``force``.

    With ``prospects``, an office-sized store of that many prospects instead
    (:mod:`reciprocity_desktop.services.demo_office`).
    """
    if prospects is not None and prospects < 1:
        raise DomainError("The number of prospects must be at least 1.")
    if not force and not _is_empty(store):
        raise DomainError(
            "The store already holds data; demo data is only loaded into an empty store (use --force to add it anyway)."
        )
    today = today or dt.date.today()
    delay = int(settings.get(store, "feedback_delay_days"))
    if prospects is not None:
        counts = demo_office.load_office(store, prospects, today=today, feedback_delay=delay)
        _name_the_seller(store)
        return counts
    with store.session() as session:
        tour = _Tour(session, today, random.Random(today.toordinal()))
        stock = tour.add_stock()
        prospects = tour.add_prospects()
        session.flush()
        tour.add_gifts(prospects, stock, delay)
        tour.add_other_outcome_and_followups(prospects)
        tour.add_visits(prospects, stock)
    _name_the_seller(store)
    return tour.counts


def _name_the_seller(store: Store) -> None:
    if not settings.get(store, "seller_name"):
        settings.set_(store, "seller_name", "Demo Seller")


class _Tour:
    """Adds the tour's records to one session, counting them by kind."""

    def __init__(self, session: Session, today: dt.date, rng: random.Random) -> None:
        self.session = session
        self.today = today
        # One generator for the whole tour: the same day draws the same numbers in the same order.
        self.rng = rng
        self.counts = dict.fromkeys(
            ("prospects", "contacts", "gifts", "followups", "outcomes", "visits", "stock"), 0
        )

    def add(self, kind: str, record: Record) -> None:
        self.session.add(record)
        self.counts[kind] += 1

    def add_stock(self) -> list[StockItem]:
        stock = []
        for name, kind, cost, quantity, low in data.STOCK:
            item = StockItem(
                id=new_id(),
                name=name,
                kind=kind.value,
                unit_cost_cents=cost,
                quantity=quantity,
                low_stock_level=low,
            )
            self.add("stock", item)
            # on hand is the sum of the item's movements (store.stock.STOCK_TRIGGERS): its opening
            self.session.add(
                StockMovement(
                    id=opening_id(item.id), stock_item=item, delta=quantity, kind=MovementKind.OPENING.value
                )
            )
            stock.append(item)
        return stock

    def add_prospects(self) -> list[Prospect]:
        rng = self.rng
        prospects: list[Prospect] = []
        for index, p in enumerate(data.PROSPECTS):
            domain = address_part(p.name.split()[0]) or "firma"
            tags = (
                "door-to-door",
                "Bavaria" if p.postal_code[:1] in "89" else "",
                "key account" if index % 7 == 0 else "",
            )
            prospect = Prospect(
                name=p.name,
                street=p.street,
                postal_code=p.postal_code,
                city=p.city,
                country=p.country,
                industry=p.industry,
                phone=f"+{data.PHONE_PREFIXES[p.country]} {rng.randint(30, 99)} {rng.randint(100000, 999999)}",
                email=f"info@{domain}.example",
                website=f"https://{domain}.example",
                stage=data.STAGES[index % len(data.STAGES)].value,
                tags=", ".join(t for t in tags if t),
                notes=data.FIRST_MEETING_NOTE if index % 4 == 0 else "",
                latitude=p.latitude,
                longitude=p.longitude,
            )
            self.add("prospects", prospect)
            prospects.append(prospect)
            surname = p.contact.split()[-1]
            self.add(
                "contacts",
                Contact(
                    prospect=prospect,
                    name=p.contact,
                    role=p.role,
                    is_decision_maker=index % 3 != 1,
                    phone=prospect.phone,
                    email=f"{address_part(surname)}@{domain}.example",
                ),
            )
            if index % 3 == 1:
                first_name = rng.choice(data.SECOND_CONTACT_FIRST_NAMES)
                self.add(
                    "contacts",
                    Contact(
                        prospect=prospect,
                        name=f"{first_name} {surname}",
                        role="Managing director",
                        is_decision_maker=True,
                    ),
                )
        return prospects

    def add_gifts(self, prospects: list[Prospect], stock: list[StockItem], delay: int) -> None:
        """Gifts over the past weeks (every kind, most prospects; a few got nothing, for comparison),
        each with its feedback follow-up, and what came back."""
        gifted = [p for i, p in enumerate(prospects) if i % 5 != 4]
        for i, prospect in enumerate(gifted):
            kind, description, cost, personal, unexpected, meaningful, stock_index = data.GIFTS[
                i % len(data.GIFTS)
            ]
            days_ago = 3 + (i * 5) % 50
            gift_date = self.today - dt.timedelta(days=days_ago)
            reaction = data.REACTIONS[i % 5].value if days_ago > 14 else None
            gift = Gift(
                prospect_id=prospect.id,
                contact_id=prospect.contacts[0].id if prospect.contacts and i % 2 == 0 else None,
                stock_item_id=stock[stock_index].id if stock_index is not None else None,
                date=gift_date,
                kind=kind.value,
                description=description,
                cost_cents=cost,
                personal=personal,
                unexpected=unexpected,
                meaningful=meaningful,
                reaction=reaction,
                reaction_note=data.REACTION_NOTES.get(reaction or "", ""),
            )
            self.add("gifts", gift)
            followup = FollowUp(
                prospect_id=prospect.id,
                gift=gift,
                due=gift_date + dt.timedelta(days=delay),
                kind=FollowUpKind.ASK_FEEDBACK.value,
                note=feedback_note(description),
            )
            if reaction is not None:
                followup.done_on = followup.due + dt.timedelta(days=1)
                followup.result = data.FEEDBACK_RESULT
            self.add("followups", followup)
            if i % 3 != 2 and days_ago > 10:
                outcome_kind = data.OUTCOME_KINDS[i % 5]
                value = self.rng.randint(8, 60) * 5000 if outcome_kind is OutcomeKind.ORDER else 0
                outcome = Outcome(
                    prospect_id=prospect.id,
                    date=gift_date + dt.timedelta(days=min(days_ago - 1, 6 + i % 20)),
                    kind=outcome_kind.value,
                    value_cents=value,
                    note=data.OUTCOME_NOTES.get(outcome_kind.value, data.OTHER_OUTCOME_NOTE),
                )
                self.add("outcomes", outcome)

    def add_other_outcome_and_followups(self, prospects: list[Prospect]) -> None:
        """A repeat order without a gift; a call overdue, information to send today, an order question."""
        days_ago, value, note = data.REPEAT_ORDER
        repeat = Outcome(
            prospect_id=prospects[4].id,
            date=self.today - dt.timedelta(days=days_ago),
            kind=OutcomeKind.ORDER.value,
            value_cents=value,
            note=note,
        )
        self.add("outcomes", repeat)
        for offset, kind, note, index in data.OTHER_FOLLOWUPS:
            due = self.today + dt.timedelta(days=offset)
            self.add(
                "followups", FollowUp(prospect_id=prospects[index].id, due=due, kind=kind.value, note=note)
            )

    def add_visits(self, prospects: list[Prospect], stock: list[StockItem]) -> None:
        """Visits in the past (done / nobody there) and a route for tomorrow in Munich and around."""
        for i, prospect in enumerate(prospects[8:14]):
            visit = Visit(
                prospect_id=prospect.id,
                date=self.today - dt.timedelta(days=7),
                position=i,
                status=data.PAST_VISIT_STATUSES[i % 2].value,
                notes=data.PAST_VISIT_NOTE if i % 2 == 0 else "",
            )
            self.add("visits", visit)
        tomorrow = self.today + dt.timedelta(days=1)
        for position, index in enumerate(data.ROUTE):
            visit = Visit(
                prospect_id=prospects[index].id,
                date=tomorrow,
                position=position,
                planned_time=f"{9 + position}:{'00' if position % 2 == 0 else '30'}".rjust(5, "0"),
                gift_stock_item_id=stock[data.ROUTE_GIFTS[position]].id,
            )
            self.add("visits", visit)
