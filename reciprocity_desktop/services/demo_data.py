"""The demo tour's data: the director's door-to-door tour of German businesses from the seed story.

Thirty-two business prospects in German cities (a few in the Netherlands and Slovenia) with one
contact each, a gift stock, the gifts handed out and what came back. Loading them into a store,
relative to a day, is :func:`reciprocity_desktop.services.demo.load_demo`.
"""

from __future__ import annotations

from typing import NamedTuple

from reciprocity_desktop.store.models import FollowUpKind, GiftKind, OutcomeKind, Reaction, Stage, VisitStatus


class DemoProspect(NamedTuple):
    name: str
    street: str
    postal_code: str
    city: str
    country: str
    industry: str
    latitude: float
    longitude: float
    contact: str
    role: str


class DemoStock(NamedTuple):
    name: str
    kind: GiftKind
    unit_cost_cents: int
    quantity: int
    low_stock_level: int


class DemoGift(NamedTuple):
    kind: GiftKind
    description: str
    cost_cents: int
    personal: bool
    unexpected: bool
    meaningful: bool
    #: index into STOCK, or None for a gift not from stock
    stock_index: int | None


# fmt: off
PROSPECTS: tuple[DemoProspect, ...] = (
    DemoProspect("Bäckerei Müller GmbH", "Schloßstraße 12", "80331", "München", "DE",
                 "Bakery", 48.1372, 11.5755, "Jürgen Müller", "Owner"),
    DemoProspect("Brauhaus Weißbier KG", "Tal 7", "80331", "München", "DE",
                 "Brewery", 48.1360, 11.5800, "Sabine Weiß", "Purchasing"),
    DemoProspect("Zahnarztpraxis Dr. Özdemir", "Leopoldstraße 88", "80802", "München", "DE",
                 "Dental practice", 48.1620, 11.5860, "Dr. Aylin Özdemir", "Dentist"),
    DemoProspect("Metallbau Schäfer", "Landsberger Straße 301", "80687", "München", "DE",
                 "Metalwork", 48.1420, 11.5040, "Klaus Schäfer", "Managing director"),
    DemoProspect("Augsburger Druckerei Fugger", "Maximilianstraße 40", "86150", "Augsburg", "DE",
                 "Printing", 48.3650, 10.8990, "Monika Fugger", "Office manager"),
    DemoProspect("Gärtnerei Grünwald", "Bahnhofstraße 3", "82031", "Grünwald", "DE",
                 "Horticulture", 48.0390, 11.5240, "Peter Grün", "Owner"),
    DemoProspect("Hotel Zur Post Ingolstadt", "Ludwigstraße 21", "85049", "Ingolstadt", "DE",
                 "Hotel", 48.7650, 11.4240, "Andrea Köhler", "General manager"),
    DemoProspect("Autohaus Straßer", "Münchener Straße 150", "85051", "Ingolstadt", "DE",
                 "Car dealer", 48.7380, 11.4330, "Thomas Straßer", "Owner"),
    DemoProspect("Nürnberger Lebkuchen Manufaktur", "Königstraße 2", "90402", "Nürnberg", "DE",
                 "Confectionery", 49.4500, 11.0790, "Gisela Haas", "Purchasing"),
    DemoProspect("Spielwaren Dürer OHG", "Albrecht-Dürer-Platz 9", "90403", "Nürnberg", "DE",
                 "Toy shop", 49.4560, 11.0760, "Markus Dürer", "Partner"),
    DemoProspect("Kanzlei Weber & Söhne", "Fürther Straße 88", "90429", "Nürnberg", "DE",
                 "Law firm", 49.4520, 11.0500, "Dr. Eva Weber", "Partner"),
    DemoProspect("Würzburger Weingut Hofmann", "Domstraße 15", "97070", "Würzburg", "DE",
                 "Winery", 49.7930, 9.9310, "Lukas Hofmann", "Winemaker"),
    DemoProspect("Stuttgarter Maschinenbau Kögel", "Königstraße 60", "70173", "Stuttgart", "DE",
                 "Machinery", 48.7780, 9.1790, "Heike Kögel", "Technical director"),
    DemoProspect("Schwäbische Feinkost Rößle", "Marktplatz 4", "70173", "Stuttgart", "DE",
                 "Delicatessen", 48.7750, 9.1770, "Wolfgang Rößle", "Owner"),
    DemoProspect("Physiotherapie Bewegung+", "Tübinger Straße 11", "70178", "Stuttgart", "DE",
                 "Physiotherapy", 48.7700, 9.1720, "Nina Brandt", "Practice owner"),
    DemoProspect("Frankfurter Steuerberatung Kühn", "Zeil 112", "60313", "Frankfurt am Main", "DE",
                 "Tax advisers", 50.1150, 8.6850, "Stefan Kühn", "Tax adviser"),
    DemoProspect("Apfelwein Klaus GmbH", "Schweizer Straße 67", "60594", "Frankfurt am Main", "DE",
                 "Cider maker", 50.1030, 8.6820, "Klaus Becker", "Managing director"),
    DemoProspect("Optik Schönblick", "Berger Straße 201", "60385", "Frankfurt am Main", "DE",
                 "Optician", 50.1270, 8.7050, "Julia Schön", "Optician"),
    DemoProspect("Kölner Büromöbel Fischer", "Hohe Straße 52", "50667", "Köln", "DE",
                 "Office furniture", 50.9370, 6.9560, "Ralf Fischer", "Sales director"),
    DemoProspect("Brauerei Früh am Dom", "Am Hof 12", "50667", "Köln", "DE",
                 "Brewery", 50.9400, 6.9580, "Ingrid Früh", "Purchasing"),
    DemoProspect("Düsseldorfer Modehaus Kö", "Königsallee 30", "40212", "Düsseldorf", "DE",
                 "Fashion retail", 51.2240, 6.7790, "Carla Jansen", "Store manager"),
    DemoProspect("IT-Systemhaus Rhein", "Kaiserswerther Straße 115", "40474", "Düsseldorf", "DE",
                 "IT services", 51.2520, 6.7650, "Daniel Lorenz", "CEO"),
    DemoProspect("Hamburger Kaffeerösterei Elbe", "Große Elbstraße 68", "22767", "Hamburg", "DE",
                 "Coffee roaster", 53.5450, 9.9380, "Hannes Petersen", "Owner"),
    DemoProspect("Reederei Nordlicht", "Ballindamm 17", "20095", "Hamburg", "DE",
                 "Shipping", 53.5520, 10.0000, "Birte Hansen", "Office manager"),
    DemoProspect("Berliner Tischlerei Holzwerk", "Oranienstraße 25", "10999", "Berlin", "DE",
                 "Carpentry", 52.5020, 13.4190, "Max Wagner", "Master carpenter"),
    DemoProspect("Praxis für Ergotherapie Köpenick", "Bahnhofstraße 33", "12555", "Berlin", "DE",
                 "Occupational therapy", 52.4560, 13.5790, "Sophie Krüger", "Therapist"),
    DemoProspect("Leipziger Buchbinderei Gutenberg", "Grimmaische Straße 2", "04109", "Leipzig", "DE",
                 "Bookbinding", 51.3400, 12.3770, "Frank Gutenberg", "Owner"),
    DemoProspect("Dresdner Porzellan Atelier", "Neumarkt 8", "01067", "Dresden", "DE",
                 "Porcelain", 51.0510, 13.7410, "Claudia Böhm", "Designer"),
    DemoProspect("Bakkerij De Gouden Korenaar", "Oudegracht 120", "3511 AX", "Utrecht", "NL",
                 "Bakery", 52.0900, 5.1210, "Sanne de Vries", "Eigenaar"),
    DemoProspect("Installatiebedrijf Van der Berg", "Westersingel 12", "3014 GN", "Rotterdam", "NL",
                 "Installation", 51.9170, 4.4720, "Jeroen van der Berg", "Directeur"),
    DemoProspect("Čebelarstvo Žužek d.o.o.", "Trubarjeva cesta 14", "1000", "Ljubljana", "SI",
                 "Beekeeping", 46.0510, 14.5070, "Matej Žužek", "Direktor"),
    DemoProspect("Mizarstvo Šinkovec s.p.", "Partizanska cesta 5", "2000", "Maribor", "SI",
                 "Carpentry", 46.5580, 15.6450, "Špela Šinkovec", "Lastnica"),
)
# fmt: on

STOCK: tuple[DemoStock, ...] = (
    DemoStock("Coffee sample box", GiftKind.SAMPLE, 850, 24, 5),
    DemoStock("Printed e-book: 10 ideas for your shop window", GiftKind.CONTENT, 300, 40, 10),
    DemoStock("Hand-made chocolates (personal)", GiftKind.PERSONAL, 1200, 4, 5),
    DemoStock("Trial licence voucher (30 days)", GiftKind.TRIAL, 0, 15, 3),
    DemoStock("Branded notebook", GiftKind.OTHER, 450, 2, 3),
)

GIFTS: tuple[DemoGift, ...] = (
    DemoGift(GiftKind.SAMPLE, "Coffee sample box", 850, False, True, True, 0),
    DemoGift(GiftKind.TRIAL, "30-day trial licence of the shop software", 0, False, False, True, 3),
    DemoGift(GiftKind.CONTENT, "Printed e-book: 10 ideas for your shop window", 300, False, True, True, 1),
    DemoGift(GiftKind.ANALYSIS, "Tailored analysis of their ordering costs", 0, True, True, True, None),
    DemoGift(GiftKind.EVENT, "Invitation to the closed customer evening", 2500, True, True, True, None),
    DemoGift(GiftKind.PERSONAL, "Hand-made chocolates for the owner's birthday", 1200, True, True, True, 2),
    DemoGift(GiftKind.OTHER, "Branded notebook", 450, False, False, False, 4),
)

#: Country -> telephone country code, for the made-up phone numbers.
PHONE_PREFIXES = {"DE": 49, "NL": 31, "SI": 386}
#: First names of the second contact some prospects get.
SECOND_CONTACT_FIRST_NAMES = ("Anna", "Lena", "Tobias", "Jan")

#: Reactions to the gifts older than two weeks, in turn.
REACTIONS = (Reaction.LIKED, Reaction.LIKED, Reaction.NEUTRAL, Reaction.NOT_LIKED, Reaction.DECLINED)
REACTION_NOTES = {"liked": "Loved it, shared it with the team.", "declined": "Company policy: no gifts."}
FEEDBACK_RESULT = "Asked how the gift was received."

#: What came back after a gift, in turn; every kind, an order carries a value.
OUTCOME_KINDS = (
    OutcomeKind.CONVERSATION,
    OutcomeKind.REFERRAL,
    OutcomeKind.MEETING,
    OutcomeKind.ORDER,
    OutcomeKind.OTHER,
)
OUTCOME_NOTES = {
    "referral": "Recommended us to a neighbouring business.",
    "meeting": "Meeting with the owner agreed.",
    "order": "First order after the sample.",
    "conversation": "Long talk about their needs.",
}
OTHER_OUTCOME_NOTE = "Sent a thank-you card."

#: Follow-ups besides the gifts' feedback: (days from today, kind, note, index into PROSPECTS).
OTHER_FOLLOWUPS = (
    (-4, FollowUpKind.CALL, "Call back about the price list.", 7),
    (0, FollowUpKind.SEND_INFO, "Send the product brochure.", 12),
    (0, FollowUpKind.CALL, "Call to agree a visit date.", 19),
    (5, FollowUpKind.VISIT, "Visit with the new catalogue.", 20),
    (25, FollowUpKind.ASK_ORDER, "Ask whether they want to order for the season.", 0),
)

#: Last week's visits (to PROSPECTS[8:14]), in turn.
PAST_VISIT_STATUSES = (VisitStatus.DONE, VisitStatus.NOBODY_THERE)
#: Tomorrow's route: indexes into PROSPECTS, and the stock item (index into STOCK) planned for each stop.
ROUTE = (0, 1, 2, 3, 5, 6, 7)
ROUTE_GIFTS = (0, 1, 3, 2, 0, 1, 4)

#: Every sixth prospect in turn is at this stage.
STAGES = (Stage.SUSPECT, Stage.PROSPECT, Stage.PROSPECT, Stage.PROSPECT, Stage.CUSTOMER, Stage.LOST)
FIRST_MEETING_NOTE = "Met the owner at the door during the spring tour."
PAST_VISIT_NOTE = "Owner was friendly."
#: A customer (PROSPECTS[4]) that ordered again without a gift, for the comparison: (days ago, value, note).
REPEAT_ORDER = (12, 120000, "Repeat order.")
