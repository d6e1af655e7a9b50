"""The columns of a prospect CSV: the export's header and the header names an import recognises.

:func:`map_headers` maps a header row's cells to our fields by name in English, German, Dutch
and Slovenian, case-, accent- and punctuation-insensitively.
"""

from __future__ import annotations

import re
from functools import cache

from reciprocity_desktop.textutil import fold

#: The prospect fields a CSV carries, in the export's order (an import checks each with the form's validators).
PROSPECT_COLUMNS: tuple[str, ...] = (
    "name",
    "street",
    "postal_code",
    "city",
    "country",
    "phone",
    "email",
    "website",
    "industry",
    "stage",
    "tags",
    "notes",
)
#: The export's header, in this order (English field names; import maps them back).
EXPORT_COLUMNS: tuple[str, ...] = (*PROSPECT_COLUMNS, "contact")

#: The label each field has in messages (the ``field`` of validation errors).
LABELS: dict[str, str] = {
    "name": "name",
    "street": "street",
    "house_number": "house number",
    "postal_code": "postal code",
    "city": "city",
    "country": "country",
    "phone": "phone",
    "email": "e-mail",
    "website": "website",
    "industry": "industry",
    "stage": "stage",
    "tags": "tags",
    "notes": "notes",
    "contact": "contact name",
    "contact_first_name": "contact first name",
    "contact_last_name": "contact last name",
    "contact_role": "contact role",
    "contact_phone": "contact phone",
    "contact_email": "contact e-mail",
}

# Header names per field: (strong names, weak names). A weak name ("Name", "Naam") is used
# only when no strong name for the same field is in the header. Entries are folded with
# _header_key, so case, accents, spaces and punctuation do not matter.
# fmt: off
_HEADERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "name": (
        (
            "company", "company name", "companyname", "organisation", "organization", "organisation name",
            "organization name", "business", "business name", "account", "account name", "customer",
            "customer name", "firm", "Firma", "Firmenname", "Name der Firma", "Firmierung", "Unternehmen",
            "Unternehmensname", "Kunde", "Kundenname", "Organisation", "Bedrijfsnaam", "Bedrijf",
            "Naam bedrijf", "Organisatie", "Organisatienaam", "Onderneming", "Klant", "Klantnaam",
            "Naziv podjetja", "Podjetje", "Ime podjetja", "Naziv", "Organizacija", "Stranka",
            "Naziv stranke", "Firma podjetja",
        ),
        ("name", "Naam", "Name"),
    ),
    "street": (
        (
            "street", "street address", "address", "address 1", "address line 1", "addressline1",
            "street and number", "Straße", "Strasse", "Straße und Hausnummer", "Straße Nr",
            "Strasse Hausnummer", "Adresse", "Anschrift", "Straat", "Straatnaam", "Adres",
            "Straat en huisnummer", "Naslov", "Ulica", "Ulica in hišna številka",
        ),
        (),
    ),
    "house_number": (
        (
            "house number", "house no", "housenumber", "Hausnummer", "Hausnr", "Huisnummer", "Huisnr",
            "Hišna številka",
        ),
        (),
    ),
    "postal_code": (
        (
            "postal_code", "postal code", "postcode", "post code", "zip", "zip code", "zipcode", "PLZ",
            "Postleitzahl", "Postcode", "Poštna številka", "Poštna št", "Pošt št",
        ),
        (),
    ),
    "city": (
        (
            "city", "town", "locality", "Ort", "Stadt", "Wohnort", "Ortschaft", "Gemeinde", "Plaats",
            "Woonplaats", "Stad", "Gemeente", "Kraj", "Mesto", "Občina",
        ),
        ("place",),
    ),
    "country": (
        ("country", "country code", "countrycode", "Land", "Staat", "Ländercode", "Landcode", "Država"),
        (),
    ),
    "phone": (
        (
            "phone", "telephone", "phone number", "telephone number", "tel", "Telefon", "Telefonnummer",
            "Tel Nr", "Telefoon", "Telefoonnummer", "Telefonska številka",
        ),
        (),
    ),
    "email": (
        (
            "email", "e-mail", "email address", "e-mail address", "E-Mail-Adresse", "Emailadresse",
            "E-mailadres", "E-pošta", "Elektronska pošta", "E-naslov", "Elektronski naslov",
        ),
        ("mail",),
    ),
    "website": (
        (
            "website", "web site", "web", "url", "homepage", "home page", "www", "web page", "Webseite",
            "Internetseite", "Internet", "Internetadresse", "Webadres", "Spletna stran", "Splet",
            "Spletni naslov",
        ),
        (),
    ),
    "industry": (
        (
            "industry", "sector", "branch", "line of business", "Branche", "Industrie", "Sektor",
            "Wirtschaftszweig", "Bedrijfstak", "Dejavnost", "Panoga", "Industrija",
        ),
        (),
    ),
    "stage": (
        ("stage", "pipeline stage", "Phase", "Fase", "Faza"),
        (),
    ),
    "tags": (
        (
            "tags", "tag", "labels", "keywords", "Schlagworte", "Schlagwörter", "Stichworte",
            "Trefwoorden", "Oznake", "Značke",
        ),
        (),
    ),
    "notes": (
        (
            "notes", "note", "comment", "comments", "remarks", "memo", "Notiz", "Notizen", "Bemerkung",
            "Bemerkungen", "Kommentar", "Anmerkung", "Anmerkungen", "Notitie", "Notities", "Opmerking",
            "Opmerkingen", "Opomba", "Opombe", "Komentar", "Zapiski",
        ),
        (),
    ),
    "contact": (
        (
            "contact", "contact person", "contact name", "contactperson", "Ansprechpartner",
            "Ansprechpartnerin", "Ansprechperson", "Kontaktperson", "Kontakt", "Contactpersoon",
            "Kontaktna oseba", "Kontakt oseba",
        ),
        ("person", "Oseba"),
    ),
    "contact_first_name": (
        ("first name", "firstname", "given name", "Vorname", "Voornaam", "Ime"),
        (),
    ),
    "contact_last_name": (
        (
            "last name", "lastname", "surname", "family name", "Nachname", "Familienname", "Achternaam",
            "Priimek",
        ),
        (),
    ),
    "contact_role": (
        (
            "contact role", "role", "position", "job title", "function", "Funktion", "Rolle",
            "Position Ansprechpartner", "Functie", "Rol", "Funkcija", "Vloga", "Delovno mesto",
        ),
        (),
    ),
    "contact_phone": (
        (
            "contact phone", "contact telephone", "mobile", "mobile phone", "cell phone", "Mobil",
            "Mobiltelefon", "Handy", "Telefon Ansprechpartner", "Durchwahl", "Mobiel", "Mobiele telefoon",
            "GSM", "Telefoon contactpersoon", "Mobitel", "Telefon kontaktne osebe",
        ),
        (),
    ),
    "contact_email": (
        (
            "contact email", "contact e-mail", "E-Mail Ansprechpartner", "E-mail contactpersoon",
            "E-pošta kontaktne osebe",
        ),
        (),
    ),
}
# fmt: on


def _header_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


@cache
def _header_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for field_name, tiers in _HEADERS.items():
        for tier, names in enumerate(tiers):
            for name in names:
                key = _header_key(name)
                previous = index.get(key)
                if previous is not None and previous != (field_name, tier):
                    raise AssertionError(f"header {name!r} is listed for {previous[0]} and {field_name}")
                index[key] = (field_name, tier)
    return index


def map_headers(cells: list[str]) -> dict[str, int]:
    """Our field -> index of the column that holds it (strong names beat weak ones, then leftmost)."""
    index = _header_index()
    best: dict[str, tuple[int, int]] = {}
    for position, cell in enumerate(cells):
        hit = index.get(_header_key(cell))
        if hit is None:
            continue
        field_name, tier = hit
        if field_name not in best or tier < best[field_name][0]:
            best[field_name] = (tier, position)
    return {field_name: position for field_name, (_tier, position) in best.items()}
