"""The word lists an office-sized demo store is drawn from (:mod:`reciprocity_desktop.services.demo_office`).

Businesses in Germany, Austria, Switzerland, the Netherlands and Slovenia: per country its cities
(postal code prefix, coordinates), street names, trades in the local language, legal forms, people's
names and the phone country code. Nothing here is a real business.
"""

from __future__ import annotations

from typing import NamedTuple

from reciprocity_desktop.store.models import GiftKind, OutcomeKind, Reaction, Stage


class City(NamedTuple):
    name: str
    postal_prefix: str
    latitude: float
    longitude: float


class Country(NamedTuple):
    code: str
    #: share of the prospects, in percent
    share: int
    phone_prefix: int
    cities: tuple[City, ...]
    streets: tuple[str, ...]
    #: (the word in the business name, the industry in the list)
    trades: tuple[tuple[str, str], ...]
    forms: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    roles: tuple[str, ...]


_GERMAN_TRADES = (
    ("Bäckerei", "Bakery"), ("Metallbau", "Metalwork"), ("Zahnarztpraxis", "Dental practice"),
    ("Autohaus", "Car dealer"), ("Kanzlei", "Law firm"), ("Gärtnerei", "Horticulture"), ("Optik", "Optician"),
    ("Brauerei", "Brewery"), ("Tischlerei", "Carpentry"), ("Steuerberatung", "Tax advisers"),
    ("Druckerei", "Printing"), ("Elektro", "Electrical installation"), ("Feinkost", "Delicatessen"),
    ("Hotel", "Hotel"), ("Physiotherapie", "Physiotherapy"), ("Maschinenbau", "Machinery"),
    ("Blumen", "Florist"), ("Malerbetrieb", "Painting"), ("Sanitär", "Plumbing"), ("IT-Systemhaus", "IT services"),
)  # fmt: skip
_GERMAN_FIRST = (
    "Jürgen", "Sabine", "Klaus", "Monika", "Peter", "Andrea", "Thomas", "Gisela", "Markus", "Eva", "Stefan",
    "Julia", "Ralf", "Ingrid", "Lukas", "Heike", "Wolfgang", "Nina", "Frank", "Claudia", "Tobias", "Lena",
)  # fmt: skip
_GERMAN_LAST = (
    "Müller", "Schäfer", "Weiß", "Köhler", "Fischer", "Wagner", "Krüger", "Böhm", "Hofmann", "Lorenz",
    "Schmidt", "Schneider", "Becker", "Hoffmann", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun",
    "Hartmann", "Krause", "Lehmann", "Huber", "Straßer", "Kühn", "Rößle", "Dürer", "Günther",
)  # fmt: skip
_GERMAN_ROLES = (
    "Owner",
    "Managing director",
    "Purchasing",
    "Office manager",
    "Partner",
    "Technical director",
)
_GERMAN_STREETS = (
    "Hauptstraße", "Bahnhofstraße", "Schloßstraße", "Gartenstraße", "Kirchweg", "Marktplatz", "Lindenallee",
    "Schulstraße", "Mühlweg", "Königstraße", "Friedrichstraße", "Industriestraße", "Am Anger", "Goethestraße",
)  # fmt: skip

# fmt: off
COUNTRIES: tuple[Country, ...] = (
    Country("DE", 60, 49, (
        City("München", "80", 48.137, 11.575), City("Berlin", "10", 52.520, 13.405),
        City("Hamburg", "20", 53.551, 9.994), City("Köln", "50", 50.938, 6.960),
        City("Frankfurt am Main", "60", 50.110, 8.682), City("Stuttgart", "70", 48.776, 9.177),
        City("Düsseldorf", "40", 51.227, 6.773), City("Leipzig", "04", 51.340, 12.375),
        City("Nürnberg", "90", 49.452, 11.077), City("Dresden", "01", 51.050, 13.738),
        City("Augsburg", "86", 48.371, 10.898), City("Würzburg", "97", 49.791, 9.953),
        City("Ingolstadt", "85", 48.766, 11.426), City("Regensburg", "93", 49.013, 12.102),
        City("Freiburg im Breisgau", "79", 47.999, 7.842), City("Münster", "48", 51.961, 7.626),
    ), _GERMAN_STREETS, _GERMAN_TRADES, ("GmbH", "KG", "AG", "e.K.", "GmbH & Co. KG", "OHG", ""),
        _GERMAN_FIRST, _GERMAN_LAST, _GERMAN_ROLES),
    Country("AT", 12, 43, (
        City("Wien", "1", 48.208, 16.373), City("Graz", "8", 47.071, 15.439),
        City("Linz", "4", 48.306, 14.286), City("Salzburg", "5", 47.809, 13.055),
        City("Innsbruck", "6", 47.269, 11.404), City("Klagenfurt am Wörthersee", "9", 46.624, 14.308),
        City("Villach", "9", 46.610, 13.855), City("St. Pölten", "3", 48.204, 15.626),
    ), ("Hauptplatz", "Herrengasse", "Mariahilfer Straße", "Landstraße", "Kärntner Straße", "Wiener Straße",
        "Getreidegasse", "Bahnhofstraße", "Grabenweg"),
        (*_GERMAN_TRADES[:10], ("Heuriger", "Wine tavern"), ("Konditorei", "Confectionery"),
         ("Tischlerei", "Carpentry"), ("Installateur", "Plumbing")),
        ("GmbH", "KG", "e.U.", "OG", "AG"),
        ("Florian", "Katharina", "Johann", "Theresa", "Matthias", "Elisabeth", "Lukas", "Magdalena", "Georg"),
        ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner",
         "Berger", "Fuchs", "Eder", "Fischer", "Schwarz", "Wimmer"),
        ("Geschäftsführer", "Inhaberin", "Einkauf", "Prokurist", "Owner")),
    Country("CH", 10, 41, (
        City("Zürich", "80", 47.377, 8.541), City("Bern", "30", 46.948, 7.447),
        City("Basel", "40", 47.560, 7.589), City("Luzern", "60", 47.050, 8.309),
        City("St. Gallen", "90", 47.424, 9.377), City("Winterthur", "84", 47.500, 8.724),
        City("Zug", "63", 47.166, 8.516), City("Schaffhausen", "82", 47.697, 8.634),
    ), ("Bahnhofstrasse", "Hauptgasse", "Seestrasse", "Dorfstrasse", "Marktgasse", "Rosenweg",
        "Kirchgasse", "Zürcherstrasse", "Bernstrasse"),
        (("Bäckerei", "Bakery"), ("Uhrenatelier", "Watchmaker"), ("Treuhand", "Fiduciary"),
         ("Schreinerei", "Carpentry"), ("Käserei", "Cheese dairy"), ("Garage", "Car dealer"),
         ("Zahnarztpraxis", "Dental practice"), ("Confiserie", "Confectionery"), ("Druckerei", "Printing"),
         ("Elektro", "Electrical installation"), ("Architekturbüro", "Architects")),
        ("AG", "GmbH", "Genossenschaft", ""),
        ("Urs", "Regula", "Beat", "Verena", "Reto", "Corinne", "Marco", "Simone", "Daniel", "Barbara"),
        ("Meier", "Müller", "Keller", "Brunner", "Baumann", "Frei", "Gerber", "Zürcher", "Widmer", "Egli",
         "Schmid", "Steiner", "Graf", "Bühler"),
        ("Geschäftsführer", "Inhaberin", "Einkauf", "Verwaltungsrat", "Owner")),
    Country("NL", 10, 31, (
        City("Amsterdam", "10", 52.370, 4.895), City("Rotterdam", "30", 51.924, 4.478),
        City("Utrecht", "35", 52.091, 5.122), City("Den Haag", "25", 52.070, 4.300),
        City("Eindhoven", "56", 51.441, 5.470), City("Groningen", "97", 53.219, 6.567),
        City("Nijmegen", "65", 51.812, 5.837), City("Maastricht", "62", 50.851, 5.691),
    ), ("Oudegracht", "Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Marktplein", "Prinsengracht",
        "Westersingel", "Nieuwstraat"),
        (("Bakkerij", "Bakery"), ("Installatiebedrijf", "Installation"), ("Tandartspraktijk", "Dental practice"),
         ("Autobedrijf", "Car dealer"), ("Advocatenkantoor", "Law firm"), ("Kwekerij", "Horticulture"),
         ("Drukkerij", "Printing"), ("Brouwerij", "Brewery"), ("Timmerbedrijf", "Carpentry"),
         ("Fietsenwinkel", "Bicycle shop")),
        ("B.V.", "V.O.F.", "N.V.", ""),
        ("Sanne", "Jeroen", "Anouk", "Pieter", "Femke", "Bram", "Lotte", "Daan", "Eva", "Sem"),
        ("de Vries", "van der Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
         "de Groot", "Bos", "Vos", "Peters", "Hendriks"),
        ("Eigenaar", "Directeur", "Inkoper", "Office manager")),
    Country("SI", 8, 386, (
        City("Ljubljana", "1", 46.051, 14.506), City("Maribor", "2", 46.554, 15.646),
        City("Celje", "3", 46.236, 15.268), City("Kranj", "4", 46.239, 14.356),
        City("Koper", "6", 45.548, 13.730), City("Novo mesto", "8", 45.803, 15.169),
    ), ("Trubarjeva cesta", "Partizanska cesta", "Slovenska cesta", "Prešernova ulica", "Glavni trg",
        "Cankarjeva ulica", "Kidričeva ulica"),
        (("Pekarna", "Bakery"), ("Čebelarstvo", "Beekeeping"), ("Mizarstvo", "Carpentry"),
         ("Zobozdravstvo", "Dental practice"), ("Avtohiša", "Car dealer"), ("Vinarstvo", "Winery"),
         ("Tiskarna", "Printing"), ("Računovodstvo", "Accounting"), ("Elektroinstalacije", "Electrical installation")),
        ("d.o.o.", "s.p.", "d.d."),
        ("Matej", "Špela", "Luka", "Nina", "Žiga", "Maja", "Jan", "Ana", "Rok", "Urška"),
        ("Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Žužek", "Šinkovec", "Kos", "Vidmar",
         "Golob", "Turk"),
        ("Direktor", "Lastnica", "Nabava", "Owner")),
)
# fmt: on

#: Stages in proportion (most are still prospects).
STAGES = (
    (Stage.SUSPECT, 20),
    (Stage.PROSPECT, 45),
    (Stage.CUSTOMER, 25),
    (Stage.LOST, 10),
)
TAGS = ("door-to-door", "key account", "trade fair", "referral", "newsletter", "region north", "region south")
NOTES = (
    "",
    "",
    "",
    "Met the owner at the door.",
    "Prefers calls in the morning.",
    "Closed on Mondays.",
    "Ask for the purchasing manager.",
)

#: The gift stock: (name, kind, unit cost in cents, quantity, low-stock level).
STOCK = (
    ("Coffee sample box", GiftKind.SAMPLE, 850, 240, 40),
    ("Printed e-book: 10 ideas for your shop window", GiftKind.CONTENT, 300, 400, 50),
    ("Hand-made chocolates (personal)", GiftKind.PERSONAL, 1200, 30, 40),
    ("Trial licence voucher (30 days)", GiftKind.TRIAL, 0, 150, 20),
    ("Branded notebook", GiftKind.OTHER, 450, 12, 25),
    ("Tea selection", GiftKind.SAMPLE, 650, 180, 30),
    ("Seminar ticket: spring workshop", GiftKind.EVENT, 4500, 20, 5),
    ("Branded pens (pack of 10)", GiftKind.OTHER, 250, 600, 100),
)

#: Gifts: (kind, description, cost in cents, personal, unexpected, meaningful, index into STOCK or None).
GIFTS = (
    (GiftKind.SAMPLE, "Coffee sample box", 850, False, True, True, 0),
    (GiftKind.TRIAL, "30-day trial licence of the shop software", 0, False, False, True, 3),
    (GiftKind.CONTENT, "Printed e-book: 10 ideas for your shop window", 300, False, True, True, 1),
    (GiftKind.ANALYSIS, "Tailored analysis of their ordering costs", 0, True, True, True, None),
    (GiftKind.EVENT, "Invitation to the closed customer evening", 2500, True, True, True, None),
    (GiftKind.PERSONAL, "Hand-made chocolates for the owner's birthday", 1200, True, True, True, 2),
    (GiftKind.OTHER, "Branded notebook", 450, False, False, False, 4),
    (GiftKind.SAMPLE, "Tea selection", 650, False, True, False, 5),
    (GiftKind.EVENT, "Seminar ticket: spring workshop", 4500, False, False, True, 6),
    (GiftKind.OTHER, "Branded pens", 250, False, False, False, 7),
)
REACTIONS = (
    Reaction.LIKED,
    Reaction.LIKED,
    Reaction.LIKED,
    Reaction.NEUTRAL,
    Reaction.NOT_LIKED,
    Reaction.DECLINED,
)
REACTION_NOTES = {"liked": "Loved it, shared it with the team.", "declined": "Company policy: no gifts."}
FEEDBACK_RESULT = "Asked how the gift was received."
OUTCOMES = (
    (OutcomeKind.CONVERSATION, "Long talk about their needs."),
    (OutcomeKind.REFERRAL, "Recommended us to a neighbouring business."),
    (OutcomeKind.MEETING, "Meeting with the owner agreed."),
    (OutcomeKind.ORDER, "Order after the sample."),
    (OutcomeKind.ORDER, "Repeat order."),
    (OutcomeKind.OTHER, "Sent a thank-you card."),
)
VISIT_NOTES = ("", "", "Owner was friendly.", "Left the catalogue.", "Come back after the holidays.")
