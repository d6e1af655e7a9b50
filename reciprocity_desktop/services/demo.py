"""Demo data: the director's door-to-door tour of German businesses from the seed story.

Thirty-two business prospects in German cities (a few in the Netherlands and Slovenia),
with contacts, a gift stock, gifts of every kind over the past weeks, follow-ups due and
overdue, outcomes of every kind and a route planned for tomorrow — all relative to today.
Deterministic: the same day gives the same data.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select

from reciprocity_desktop.services import settings
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.gifts import feedback_note
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUp,
    FollowUpKind,
    Gift,
    GiftKind,
    Outcome,
    OutcomeKind,
    Prospect,
    Reaction,
    Stage,
    StockItem,
    Visit,
    VisitStatus,
)
from reciprocity_desktop.textutil import fold

# name, street, postal code, city, country, industry, latitude, longitude, contact, role
_PROSPECTS = [
    (
        "Bäckerei Müller GmbH",
        "Schloßstraße 12",
        "80331",
        "München",
        "DE",
        "Bakery",
        48.1372,
        11.5755,
        "Jürgen Müller",
        "Owner",
    ),
    (
        "Brauhaus Weißbier KG",
        "Tal 7",
        "80331",
        "München",
        "DE",
        "Brewery",
        48.1360,
        11.5800,
        "Sabine Weiß",
        "Purchasing",
    ),
    (
        "Zahnarztpraxis Dr. Özdemir",
        "Leopoldstraße 88",
        "80802",
        "München",
        "DE",
        "Dental practice",
        48.1620,
        11.5860,
        "Dr. Aylin Özdemir",
        "Dentist",
    ),
    (
        "Metallbau Schäfer",
        "Landsberger Straße 301",
        "80687",
        "München",
        "DE",
        "Metalwork",
        48.1420,
        11.5040,
        "Klaus Schäfer",
        "Managing director",
    ),
    (
        "Augsburger Druckerei Fugger",
        "Maximilianstraße 40",
        "86150",
        "Augsburg",
        "DE",
        "Printing",
        48.3650,
        10.8990,
        "Monika Fugger",
        "Office manager",
    ),
    (
        "Gärtnerei Grünwald",
        "Bahnhofstraße 3",
        "82031",
        "Grünwald",
        "DE",
        "Horticulture",
        48.0390,
        11.5240,
        "Peter Grün",
        "Owner",
    ),
    (
        "Hotel Zur Post Ingolstadt",
        "Ludwigstraße 21",
        "85049",
        "Ingolstadt",
        "DE",
        "Hotel",
        48.7650,
        11.4240,
        "Andrea Köhler",
        "General manager",
    ),
    (
        "Autohaus Straßer",
        "Münchener Straße 150",
        "85051",
        "Ingolstadt",
        "DE",
        "Car dealer",
        48.7380,
        11.4330,
        "Thomas Straßer",
        "Owner",
    ),
    (
        "Nürnberger Lebkuchen Manufaktur",
        "Königstraße 2",
        "90402",
        "Nürnberg",
        "DE",
        "Confectionery",
        49.4500,
        11.0790,
        "Gisela Haas",
        "Purchasing",
    ),
    (
        "Spielwaren Dürer OHG",
        "Albrecht-Dürer-Platz 9",
        "90403",
        "Nürnberg",
        "DE",
        "Toy shop",
        49.4560,
        11.0760,
        "Markus Dürer",
        "Partner",
    ),
    (
        "Kanzlei Weber & Söhne",
        "Fürther Straße 88",
        "90429",
        "Nürnberg",
        "DE",
        "Law firm",
        49.4520,
        11.0500,
        "Dr. Eva Weber",
        "Partner",
    ),
    (
        "Würzburger Weingut Hofmann",
        "Domstraße 15",
        "97070",
        "Würzburg",
        "DE",
        "Winery",
        49.7930,
        9.9310,
        "Lukas Hofmann",
        "Winemaker",
    ),
    (
        "Stuttgarter Maschinenbau Kögel",
        "Königstraße 60",
        "70173",
        "Stuttgart",
        "DE",
        "Machinery",
        48.7780,
        9.1790,
        "Heike Kögel",
        "Technical director",
    ),
    (
        "Schwäbische Feinkost Rößle",
        "Marktplatz 4",
        "70173",
        "Stuttgart",
        "DE",
        "Delicatessen",
        48.7750,
        9.1770,
        "Wolfgang Rößle",
        "Owner",
    ),
    (
        "Physiotherapie Bewegung+",
        "Tübinger Straße 11",
        "70178",
        "Stuttgart",
        "DE",
        "Physiotherapy",
        48.7700,
        9.1720,
        "Nina Brandt",
        "Practice owner",
    ),
    (
        "Frankfurter Steuerberatung Kühn",
        "Zeil 112",
        "60313",
        "Frankfurt am Main",
        "DE",
        "Tax advisers",
        50.1150,
        8.6850,
        "Stefan Kühn",
        "Tax adviser",
    ),
    (
        "Apfelwein Klaus GmbH",
        "Schweizer Straße 67",
        "60594",
        "Frankfurt am Main",
        "DE",
        "Cider maker",
        50.1030,
        8.6820,
        "Klaus Becker",
        "Managing director",
    ),
    (
        "Optik Schönblick",
        "Berger Straße 201",
        "60385",
        "Frankfurt am Main",
        "DE",
        "Optician",
        50.1270,
        8.7050,
        "Julia Schön",
        "Optician",
    ),
    (
        "Kölner Büromöbel Fischer",
        "Hohe Straße 52",
        "50667",
        "Köln",
        "DE",
        "Office furniture",
        50.9370,
        6.9560,
        "Ralf Fischer",
        "Sales director",
    ),
    (
        "Brauerei Früh am Dom",
        "Am Hof 12",
        "50667",
        "Köln",
        "DE",
        "Brewery",
        50.9400,
        6.9580,
        "Ingrid Früh",
        "Purchasing",
    ),
    (
        "Düsseldorfer Modehaus Kö",
        "Königsallee 30",
        "40212",
        "Düsseldorf",
        "DE",
        "Fashion retail",
        51.2240,
        6.7790,
        "Carla Jansen",
        "Store manager",
    ),
    (
        "IT-Systemhaus Rhein",
        "Kaiserswerther Straße 115",
        "40474",
        "Düsseldorf",
        "DE",
        "IT services",
        51.2520,
        6.7650,
        "Daniel Lorenz",
        "CEO",
    ),
    (
        "Hamburger Kaffeerösterei Elbe",
        "Große Elbstraße 68",
        "22767",
        "Hamburg",
        "DE",
        "Coffee roaster",
        53.5450,
        9.9380,
        "Hannes Petersen",
        "Owner",
    ),
    (
        "Reederei Nordlicht",
        "Ballindamm 17",
        "20095",
        "Hamburg",
        "DE",
        "Shipping",
        53.5520,
        10.0000,
        "Birte Hansen",
        "Office manager",
    ),
    (
        "Berliner Tischlerei Holzwerk",
        "Oranienstraße 25",
        "10999",
        "Berlin",
        "DE",
        "Carpentry",
        52.5020,
        13.4190,
        "Max Wagner",
        "Master carpenter",
    ),
    (
        "Praxis für Ergotherapie Köpenick",
        "Bahnhofstraße 33",
        "12555",
        "Berlin",
        "DE",
        "Occupational therapy",
        52.4560,
        13.5790,
        "Sophie Krüger",
        "Therapist",
    ),
    (
        "Leipziger Buchbinderei Gutenberg",
        "Grimmaische Straße 2",
        "04109",
        "Leipzig",
        "DE",
        "Bookbinding",
        51.3400,
        12.3770,
        "Frank Gutenberg",
        "Owner",
    ),
    (
        "Dresdner Porzellan Atelier",
        "Neumarkt 8",
        "01067",
        "Dresden",
        "DE",
        "Porcelain",
        51.0510,
        13.7410,
        "Claudia Böhm",
        "Designer",
    ),
    (
        "Bakkerij De Gouden Korenaar",
        "Oudegracht 120",
        "3511 AX",
        "Utrecht",
        "NL",
        "Bakery",
        52.0900,
        5.1210,
        "Sanne de Vries",
        "Eigenaar",
    ),
    (
        "Installatiebedrijf Van der Berg",
        "Westersingel 12",
        "3014 GN",
        "Rotterdam",
        "NL",
        "Installation",
        51.9170,
        4.4720,
        "Jeroen van der Berg",
        "Directeur",
    ),
    (
        "Čebelarstvo Žužek d.o.o.",
        "Trubarjeva cesta 14",
        "1000",
        "Ljubljana",
        "SI",
        "Beekeeping",
        46.0510,
        14.5070,
        "Matej Žužek",
        "Direktor",
    ),
    (
        "Mizarstvo Šinkovec s.p.",
        "Partizanska cesta 5",
        "2000",
        "Maribor",
        "SI",
        "Carpentry",
        46.5580,
        15.6450,
        "Špela Šinkovec",
        "Lastnica",
    ),
]

_STOCK = [
    ("Coffee sample box", GiftKind.SAMPLE, 850, 24, 5),
    ("Printed e-book: 10 ideas for your shop window", GiftKind.CONTENT, 300, 40, 10),
    ("Hand-made chocolates (personal)", GiftKind.PERSONAL, 1200, 4, 5),
    ("Trial licence voucher (30 days)", GiftKind.TRIAL, 0, 15, 3),
    ("Branded notebook", GiftKind.OTHER, 450, 2, 3),
]

_GIFTS = [
    # kind, description, cost cents, personal, unexpected, meaningful, stock index or None
    (GiftKind.SAMPLE, "Coffee sample box", 850, False, True, True, 0),
    (GiftKind.TRIAL, "30-day trial licence of the shop software", 0, False, False, True, 3),
    (GiftKind.CONTENT, "Printed e-book: 10 ideas for your shop window", 300, False, True, True, 1),
    (GiftKind.ANALYSIS, "Tailored analysis of their ordering costs", 0, True, True, True, None),
    (GiftKind.EVENT, "Invitation to the closed customer evening", 2500, True, True, True, None),
    (GiftKind.PERSONAL, "Hand-made chocolates for the owner's birthday", 1200, True, True, True, 2),
    (GiftKind.OTHER, "Branded notebook", 450, False, False, False, 4),
]


def _is_empty(store: Store) -> bool:
    with store.read() as session:
        return not session.scalar(select(func.count()).select_from(Prospect))


def load_demo(store: Store, *, force: bool = False, today: dt.date | None = None) -> dict[str, int]:
    """Fill the store with the demo tour. Refuses a non-empty store unless ``force``."""
    if not force and not _is_empty(store):
        raise DomainError(
            "The store already holds data; demo data is only loaded into an empty store (use --force to add it anyway)."
        )
    today = today or dt.date.today()
    rng = random.Random(today.toordinal())
    delay = int(settings.get(store, "feedback_delay_days"))
    counts = {
        "prospects": 0,
        "contacts": 0,
        "gifts": 0,
        "followups": 0,
        "outcomes": 0,
        "visits": 0,
        "stock": 0,
    }
    with store.session() as session:
        stock = []
        for name, kind, cost, quantity, low in _STOCK:
            item = StockItem(
                name=name, kind=kind.value, unit_cost_cents=cost, quantity=quantity, low_stock_level=low
            )
            session.add(item)
            stock.append(item)
        counts["stock"] = len(stock)
        prospects: list[Prospect] = []
        stages = [Stage.SUSPECT, Stage.PROSPECT, Stage.PROSPECT, Stage.PROSPECT, Stage.CUSTOMER, Stage.LOST]
        for index, (name, street, postal, city, country, industry, lat, lon, contact, role) in enumerate(
            _PROSPECTS
        ):
            domain = "".join(ch for ch in name.lower().split()[0] if ch.isascii() and ch.isalnum()) or "firma"
            prospect = Prospect(
                name=name,
                street=street,
                postal_code=postal,
                city=city,
                country=country,
                industry=industry,
                phone=f"+{ {'DE': 49, 'NL': 31, 'SI': 386}[country] } {rng.randint(30, 99)} {rng.randint(100000, 999999)}",
                email=f"info@{domain}.example",
                website=f"https://{domain}.example",
                stage=stages[index % len(stages)].value,
                tags=", ".join(
                    t
                    for t in (
                        "door-to-door",
                        "Bavaria" if postal[:1] in "89" else "",
                        "key account" if index % 7 == 0 else "",
                    )
                    if t
                ),
                notes="Met the owner at the door during the spring tour." if index % 4 == 0 else "",
                latitude=lat,
                longitude=lon,
            )
            session.add(prospect)
            prospects.append(prospect)
            session.add(
                Contact(
                    prospect=prospect,
                    name=contact,
                    role=role,
                    is_decision_maker=index % 3 != 1,
                    phone=prospect.phone,
                    email=f"{fold(contact.split()[-1])}@{domain}.example",
                )
            )
            counts["contacts"] += 1
            if index % 3 == 1:
                session.add(
                    Contact(
                        prospect=prospect,
                        name=f"{rng.choice(['Anna', 'Lena', 'Tobias', 'Jan'])} {contact.split()[-1]}",
                        role="Managing director",
                        is_decision_maker=True,
                    )
                )
                counts["contacts"] += 1
        counts["prospects"] = len(prospects)
        session.flush()

        # Gifts over the past weeks: every kind, most of the prospects; a few got nothing (for comparison).
        gifted = [p for i, p in enumerate(prospects) if i % 5 != 4]
        for i, prospect in enumerate(gifted):
            kind, description, cost, personal, unexpected, meaningful, stock_index = _GIFTS[i % len(_GIFTS)]
            days_ago = 3 + (i * 5) % 50
            gift_date = today - dt.timedelta(days=days_ago)
            reaction = None
            if days_ago > 14:
                reaction = [
                    Reaction.LIKED,
                    Reaction.LIKED,
                    Reaction.NEUTRAL,
                    Reaction.NOT_LIKED,
                    Reaction.DECLINED,
                ][i % 5].value
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
                reaction_note={
                    "liked": "Loved it, shared it with the team.",
                    "declined": "Company policy: no gifts.",
                }.get(reaction or "", ""),
            )
            session.add(gift)
            counts["gifts"] += 1
            followup = FollowUp(
                prospect_id=prospect.id,
                gift=gift,
                due=gift_date + dt.timedelta(days=delay),
                kind=FollowUpKind.ASK_FEEDBACK.value,
                note=feedback_note(description),
            )
            if reaction is not None:
                followup.done_on = followup.due + dt.timedelta(days=1)
                followup.result = "Asked how the gift was received."
            session.add(followup)
            counts["followups"] += 1
            # What came back: every kind of outcome, some time after the gift.
            if i % 3 != 2 and days_ago > 10:
                outcome_kind = [
                    OutcomeKind.CONVERSATION,
                    OutcomeKind.REFERRAL,
                    OutcomeKind.MEETING,
                    OutcomeKind.ORDER,
                    OutcomeKind.OTHER,
                ][i % 5]
                session.add(
                    Outcome(
                        prospect_id=prospect.id,
                        date=gift_date + dt.timedelta(days=min(days_ago - 1, 6 + i % 20)),
                        kind=outcome_kind.value,
                        value_cents=rng.randint(8, 60) * 5000 if outcome_kind is OutcomeKind.ORDER else 0,
                        note={
                            "referral": "Recommended us to a neighbouring business.",
                            "meeting": "Meeting with the owner agreed.",
                            "order": "First order after the sample.",
                            "conversation": "Long talk about their needs.",
                        }.get(outcome_kind.value, "Sent a thank-you card."),
                    )
                )
                counts["outcomes"] += 1
        # A customer that ordered without a gift, for the comparison.
        session.add(
            Outcome(
                prospect_id=prospects[4].id,
                date=today - dt.timedelta(days=12),
                kind=OutcomeKind.ORDER.value,
                value_cents=120000,
                note="Repeat order.",
            )
        )
        counts["outcomes"] += 1
        # Other follow-ups: a call overdue, information to send today, an order question well after a gift.
        for offset, kind, note, prospect in (
            (-4, FollowUpKind.CALL, "Call back about the price list.", prospects[7]),
            (0, FollowUpKind.SEND_INFO, "Send the product brochure.", prospects[12]),
            (0, FollowUpKind.CALL, "Call to agree a visit date.", prospects[19]),
            (5, FollowUpKind.VISIT, "Visit with the new catalogue.", prospects[20]),
            (25, FollowUpKind.ASK_ORDER, "Ask whether they want to order for the season.", prospects[0]),
        ):
            session.add(
                FollowUp(
                    prospect_id=prospect.id, due=today + dt.timedelta(days=offset), kind=kind.value, note=note
                )
            )
            counts["followups"] += 1

        # Visits in the past (done / nobody there) and a route for tomorrow in Munich and around.
        for i, prospect in enumerate(prospects[8:14]):
            session.add(
                Visit(
                    prospect_id=prospect.id,
                    date=today - dt.timedelta(days=7),
                    position=i,
                    status=[VisitStatus.DONE, VisitStatus.NOBODY_THERE][i % 2].value,
                    notes="Owner was friendly." if i % 2 == 0 else "",
                )
            )
            counts["visits"] += 1
        tomorrow = today + dt.timedelta(days=1)
        route = [prospects[i] for i in (0, 1, 2, 3, 5, 6, 7)]
        for position, prospect in enumerate(route):
            gift_item = stock[[0, 1, 3, 2, 0, 1, 4][position]]
            session.add(
                Visit(
                    prospect_id=prospect.id,
                    date=tomorrow,
                    position=position,
                    planned_time=f"{9 + position}:{'00' if position % 2 == 0 else '30'}".rjust(5, "0"),
                    gift_stock_item_id=gift_item.id,
                )
            )
            counts["visits"] += 1
    if not settings.get(store, "seller_name"):
        settings.set_(store, "seller_name", "Demo Seller")
    return counts
