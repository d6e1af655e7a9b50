"""Rows for a printed day, written straight through the models (the planning services may not exist yet)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from reciprocity_desktop.services import stock_movements
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    Gift,
    MovementKind,
    Outcome,
    Prospect,
    Setting,
    StockItem,
    Visit,
)

DAY = dt.date(2025, 3, 12)


def flat(text: str) -> str:
    """Whitespace collapsed (the PDF breaks lines where the layout wraps them)."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, whitespace collapsed."""
    return [flat(page.extract_text()) for page in PdfReader(str(path)).pages]


@dataclass
class SeededDay:
    day: dt.date
    visit_ids: list[str] = field(default_factory=list)  # route order, printed ones only
    names: list[str] = field(default_factory=list)  # prospect names in route order
    cancelled_name: str = ""
    stock_ids: dict[str, str] = field(default_factory=dict)


def set_setting(store: Store, key: str, value) -> None:
    with store.session() as session:
        session.merge(Setting(key=key, value=json.dumps(value)))


def _opening(session, *items: StockItem) -> None:
    """Each item's quantity as its opening movement: a store's on hand is the sum of its movements, so an
    item inserted with a quantity and no movement holds none (store/stock.py)."""
    for item in items:
        stock_movements.move(session, item, item.quantity, MovementKind.OPENING)


def seed_day(store: Store, day: dt.date = DAY) -> SeededDay:
    """Four stops (one cancelled visit besides), Unicode names, earlier gifts, a stock shortage."""
    seeded = SeededDay(day=day)
    with store.session() as s:
        pralines = StockItem(name="Pralinen-Box „Süß“", kind="personal", unit_cost_cents=1200, quantity=1)
        ebook = StockItem(
            name="E-book: Darila, ki odpirajo vrata", kind="content", unit_cost_cents=0, quantity=40
        )
        s.add_all([pralines, ebook])
        s.flush()
        _opening(s, pralines, ebook)  # on hand is the sum of an item's movements (migration 0012)
        seeded.stock_ids = {"pralines": pralines.id, "ebook": ebook.id}

        bakery = Prospect(
            name="Bäckerei Größe & Söhne GmbH",
            street="Straße des 17. Juni 135",
            postal_code="10623",
            city="Berlin",
            country="DE",
            phone="+49 30 1234567",
            stage="prospect",
            industry="Bäckerei",
            notes="Frau Müller prefers mornings before 10.",
        )
        bakery.contacts = [
            Contact(name="Jürgen Weiß", role="Werkstattleiter", phone="+49 170 111"),
            Contact(
                name="Käthe Müller", role="Geschäftsführerin", phone="+49 170 222", is_decision_maker=True
            ),
        ]
        zavod = Prospect(
            name="Čebelarstvo Šušteršič d.o.o.",
            street="Žabja ulica 7",
            postal_code="1000",
            city="Ljubljana",
            country="SI",
            stage="suspect",
        )
        zavod.contacts = [Contact(name="Đurđa Ćosić", role="direktorica", is_decision_maker=True)]
        dutch = Prospect(
            name="Van der Meer Installatietechniek B.V.",
            street="IJsselkade 12",
            postal_code="7201 HC",
            city="Zutphen",
            country="NL",
            stage="customer",
        )
        dutch.contacts = [Contact(name="Sanne de Vries", role="inkoper", phone="+31 575 555")]
        fresh = Prospect(name="Žužemberk Mizarstvo s.p.", city="Žužemberk", country="SI", stage="suspect")
        gone = Prospect(name="Cancelled Company Ltd", city="Graz", country="AT")
        s.add_all([bakery, zavod, dutch, fresh, gone])
        s.flush()

        # Earlier gifts for the bakery: reaction unknown on the newest.
        s.add_all(
            [
                Gift(
                    prospect_id=bakery.id,
                    contact_id=bakery.contacts[1].id,
                    date=day - dt.timedelta(days=9),
                    kind="sample",
                    description="Probierpaket Sauerteig-Starter",
                    quantity=2,
                ),
                Gift(
                    prospect_id=bakery.id,
                    date=day - dt.timedelta(days=60),
                    kind="content",
                    description="Leitfaden Energiesparen in der Backstube",
                    reaction="liked",
                    reaction_note="Hat es dem Team gezeigt",
                ),
                # A gift on the day itself and a deleted one are not "earlier".
                Gift(prospect_id=bakery.id, date=day, kind="other", description="Same-day gift"),
                Gift(
                    prospect_id=bakery.id,
                    date=day - dt.timedelta(days=3),
                    kind="other",
                    description="Deleted gift",
                    deleted=True,
                ),
            ]
        )
        s.add(
            Gift(
                prospect_id=dutch.id,
                date=day - dt.timedelta(days=30),
                kind="analysis",
                description="Energiescan van de werkplaats",
                reaction="liked",
            )
        )
        s.add_all(
            [
                Outcome(
                    prospect_id=dutch.id,
                    date=day - dt.timedelta(days=20),
                    kind="order",
                    value_cents=123450,
                    note="Eerste bestelling",
                ),
                Outcome(
                    prospect_id=bakery.id,
                    date=day - dt.timedelta(days=5),
                    kind="conversation",
                    note="Kurzes Gespräch an der Theke",
                ),
            ]
        )
        s.add_all(
            [
                FollowUp(
                    prospect_id=bakery.id,
                    due=day - dt.timedelta(days=2),
                    kind="ask_feedback",
                    note="Wie war der Starter?",
                ),
                FollowUp(
                    prospect_id=bakery.id,
                    due=day + dt.timedelta(days=10),
                    kind="call",
                    note="Done already",
                    done_on=day,
                ),
                FollowUp(
                    prospect_id=dutch.id,
                    due=day + dt.timedelta(days=7),
                    kind="send_info",
                    note="Offerte warmtepomp",
                ),
            ]
        )
        s.add(
            Visit(
                prospect_id=bakery.id,
                date=day - dt.timedelta(days=40),
                notes="Laden war voll; später kommen.",
            )
        )

        visits = [
            Visit(
                prospect_id=zavod.id,
                date=day,
                position=2,
                planned_time="10:30",
                gift_stock_item_id=pralines.id,
            ),
            Visit(
                prospect_id=bakery.id,
                date=day,
                position=1,
                planned_time="09:00",
                gift_stock_item_id=pralines.id,
            ),
            Visit(prospect_id=gone.id, date=day, position=3, planned_time="11:00", status="cancelled"),
            Visit(
                prospect_id=dutch.id, date=day, position=4, planned_time="13:15", gift_stock_item_id=ebook.id
            ),
            Visit(
                prospect_id=fresh.id,
                date=day,
                position=5,
                planned_time="15:00",
                gift_note="Lesena škatla z ročno izdelanim logotipom",
            ),
        ]
        s.add_all(visits)
        s.flush()
        by_position = sorted((v for v in visits if v.status != "cancelled"), key=lambda v: v.position)
        names = {p.id: p.name for p in (bakery, zavod, dutch, fresh)}
        seeded.visit_ids = [v.id for v in by_position]
        seeded.names = [names[v.prospect_id] for v in by_position]
        seeded.cancelled_name = gone.name
    set_setting(store, "seller_name", "Tomaž Žagar")
    return seeded


def seed_many(store: Store, stops: int, gifts_per_stop: int = 3, day: dt.date = DAY) -> list[str]:
    """``stops`` visits on ``day``, each prospect with a few contacts and earlier gifts."""
    ids: list[str] = []
    with store.session() as s:
        item = StockItem(name="Musterkoffer", kind="sample", quantity=stops // 2)
        s.add(item)
        s.flush()
        _opening(s, item)
        for n in range(stops):
            prospect = Prospect(
                name=f"Firma {n:02d} Šťastný & Groß",
                street=f"Hauptstraße {n + 1}",
                postal_code=f"{80000 + n}",
                city="München",
                country="DE",
                phone=f"+49 89 {n:05d}",
            )
            prospect.contacts = [
                Contact(name=f"Čedomir Weiß {n}", role="Einkauf"),
                Contact(name=f"Anja Köhler {n}", role="Inhaberin", is_decision_maker=True),
            ]
            s.add(prospect)
            s.flush()
            for g in range(gifts_per_stop):
                s.add(
                    Gift(
                        prospect_id=prospect.id,
                        date=day - dt.timedelta(days=14 * (g + 1)),
                        kind=("sample", "content", "personal")[g % 3],
                        description=f"Geschenk {g + 1} für {prospect.name}",
                        reaction=(None, "liked", "neutral")[g % 3],
                    )
                )
            visit = Visit(
                prospect_id=prospect.id,
                date=day,
                position=n,
                planned_time=f"{8 + n // 6:02d}:{(n % 6) * 10:02d}",
                gift_stock_item_id=item.id if n % 2 == 0 else None,
                gift_note="" if n % 2 == 0 else "Kalender 2025",
            )
            s.add(visit)
            s.flush()
            ids.append(visit.id)
    return ids
