"""Words on paper: labels, enum names, dates and amounts in the chosen language, and the opening line.

Every label goes through ``Catalog(lang).translate("Report", ...)`` with the English text written
out literally, so ``pyside6-lupdate`` finds it. Enum values are marked with ``QT_TRANSLATE_NOOP``
(a no-op lupdate recognises) and translated when printed. Words that are not in the ``.ts`` catalogs
yet (the route's kilometres, times and flags) have their translations here, in :data:`OWN_TEXT`;
the ``.ts`` catalog wins once it has them.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from reciprocity_desktop.i18n import LANGUAGES, Catalog
from reciprocity_desktop.services import day_route
from reciprocity_desktop.services.day_sheet import PastGift, Stop
from reciprocity_desktop.services.errors import Warning_

#: Babel locale used for dates and amounts in each language.
LOCALES: dict[str, str] = {"en": "en_GB", "de": "de_DE", "nl": "nl_NL", "sl": "sl_SI"}

#: Typographic quotes around a gift's name inside a sentence.
QUOTES: dict[str, tuple[str, str]] = {
    "en": ("\u201c", "\u201d"),
    "de": ("\u201e", "\u201c"),
    "nl": ("\u2018", "\u2019"),
    "sl": ("\u00bb", "\u00ab"),
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


ENUM_LABELS: dict[str, str] = {
    # Gift kinds
    "gift:sample": QT_TRANSLATE_NOOP("Report", "sample"),
    "gift:trial": QT_TRANSLATE_NOOP("Report", "free trial"),
    "gift:content": QT_TRANSLATE_NOOP("Report", "content (e-book, article)"),
    "gift:analysis": QT_TRANSLATE_NOOP("Report", "analysis / advice"),
    "gift:event": QT_TRANSLATE_NOOP("Report", "event invitation"),
    "gift:personal": QT_TRANSLATE_NOOP("Report", "personal present"),
    "gift:other": QT_TRANSLATE_NOOP("Report", "other"),
    # Reactions
    "reaction:liked": QT_TRANSLATE_NOOP("Report", "liked it"),
    "reaction:neutral": QT_TRANSLATE_NOOP("Report", "neutral"),
    "reaction:not_liked": QT_TRANSLATE_NOOP("Report", "did not like it"),
    "reaction:declined": QT_TRANSLATE_NOOP("Report", "declined it"),
    # Stages
    "stage:suspect": QT_TRANSLATE_NOOP("Report", "suspect"),
    "stage:prospect": QT_TRANSLATE_NOOP("Report", "prospect"),
    "stage:customer": QT_TRANSLATE_NOOP("Report", "customer"),
    "stage:lost": QT_TRANSLATE_NOOP("Report", "lost"),
    # Follow-up kinds
    "followup:ask_feedback": QT_TRANSLATE_NOOP("Report", "ask for feedback on the gift"),
    "followup:call": QT_TRANSLATE_NOOP("Report", "call"),
    "followup:send_info": QT_TRANSLATE_NOOP("Report", "send information"),
    "followup:visit": QT_TRANSLATE_NOOP("Report", "visit"),
    "followup:ask_order": QT_TRANSLATE_NOOP("Report", "ask for an order"),
    # Outcome kinds
    "outcome:conversation": QT_TRANSLATE_NOOP("Report", "conversation"),
    "outcome:referral": QT_TRANSLATE_NOOP("Report", "referral"),
    "outcome:meeting": QT_TRANSLATE_NOOP("Report", "meeting with the decision maker"),
    "outcome:order": QT_TRANSLATE_NOOP("Report", "order"),
    "outcome:other": QT_TRANSLATE_NOOP("Report", "other"),
    # Visit status
    "status:planned": QT_TRANSLATE_NOOP("Report", "planned"),
    "status:done": QT_TRANSLATE_NOOP("Report", "done"),
    "status:nobody_there": QT_TRANSLATE_NOOP("Report", "nobody there"),
    "status:cancelled": QT_TRANSLATE_NOOP("Report", "cancelled"),
}


#: Translations of the report's own words (English source → text) that the ``.ts`` catalogs lack.
OWN_TEXT: dict[str, dict[str, str]] = {
    "de": {
        "Route: {km} by road (estimated: {factor} × the straight line)": (
            "Strecke: {km} auf der Straße (geschätzt: {factor} × Luftlinie)"
        ),
        "Legs of unknown length: {count}": "Abschnitte unbekannter Länge: {count}",
        "From home ({home}) at {time}": "Abfahrt zu Hause ({home}) um {time}",
        "No home base in the settings: the route starts at the first stop.": (
            "Kein Heimatort in den Einstellungen: Die Route beginnt beim ersten Halt."
        ),
        "The home base's postal code is not known ({home}): the route starts at the first stop.": (
            "Die Postleitzahl des Heimatorts ist unbekannt ({home}): Die Route beginnt beim ersten Halt."
        ),
        "Back home at {time}": "Zurück zu Hause um {time}",
        "Last visit ends at {time}": "Letzter Besuch endet um {time}",
        "Back home": "Zurück nach Hause",
        "fixed time": "fester Termin",
        "In {country}, while most stops are in {main}: far from the others.": (
            "In {country}, die meisten Halte sind in {main}: weit von den anderen entfernt."
        ),
        "{km} from the day's centre: far from the others.": (
            "{km} vom Mittelpunkt der Tagesroute: weit von den anderen entfernt."
        ),
        "No coordinates: placed by postal code near {neighbour}.": (
            "Keine Koordinaten: nach Postleitzahl bei {neighbour} eingeordnet."
        ),
        "No coordinates: the travel to this stop is not counted.": (
            "Keine Koordinaten: Die Fahrt zu diesem Halt ist nicht eingerechnet."
        ),
        "The route reaches this appointment at {arrival}, {minutes} min late.": (
            "Die Route erreicht diesen Termin um {arrival}, {minutes} Min. zu spät."
        ),
        "The route does not reach this stop before midnight.": (
            "Die Route erreicht diesen Halt nicht vor Mitternacht."
        ),
    },
    "nl": {
        "Route: {km} by road (estimated: {factor} × the straight line)": (
            "Route: {km} over de weg (geschat: {factor} × hemelsbreed)"
        ),
        "Legs of unknown length: {count}": "Trajecten met onbekende lengte: {count}",
        "From home ({home}) at {time}": "Vertrek van huis ({home}) om {time}",
        "No home base in the settings: the route starts at the first stop.": (
            "Geen thuisbasis in de instellingen: de route begint bij de eerste stop."
        ),
        "The home base's postal code is not known ({home}): the route starts at the first stop.": (
            "De postcode van de thuisbasis is onbekend ({home}): de route begint bij de eerste stop."
        ),
        "Back home at {time}": "Terug thuis om {time}",
        "Last visit ends at {time}": "Laatste bezoek eindigt om {time}",
        "Back home": "Terug naar huis",
        "fixed time": "vaste afspraak",
        "In {country}, while most stops are in {main}: far from the others.": (
            "In {country}, terwijl de meeste stops in {main} liggen: ver van de andere."
        ),
        "{km} from the day's centre: far from the others.": (
            "{km} van het midden van de dagroute: ver van de andere."
        ),
        "No coordinates: placed by postal code near {neighbour}.": (
            "Geen coördinaten: op postcode bij {neighbour} geplaatst."
        ),
        "No coordinates: the travel to this stop is not counted.": (
            "Geen coördinaten: de reis naar deze stop is niet meegeteld."
        ),
        "The route reaches this appointment at {arrival}, {minutes} min late.": (
            "De route bereikt deze afspraak om {arrival}, {minutes} min te laat."
        ),
        "The route does not reach this stop before midnight.": "De route bereikt deze stop niet voor middernacht.",
    },
    "sl": {
        "Route: {km} by road (estimated: {factor} × the straight line)": (
            "Pot: {km} po cesti (ocena: {factor} × zračna razdalja)"
        ),
        "Legs of unknown length: {count}": "Odseki neznane dolžine: {count}",
        "From home ({home}) at {time}": "Odhod od doma ({home}) ob {time}",
        "No home base in the settings: the route starts at the first stop.": (
            "V nastavitvah ni domače lokacije: pot se začne pri prvem postanku."
        ),
        "The home base's postal code is not known ({home}): the route starts at the first stop.": (
            "Poštna številka domače lokacije ni znana ({home}): pot se začne pri prvem postanku."
        ),
        "Back home at {time}": "Vrnitev domov ob {time}",
        "Last visit ends at {time}": "Zadnji obisk se konča ob {time}",
        "Back home": "Vrnitev domov",
        "fixed time": "dogovorjen termin",
        "In {country}, while most stops are in {main}: far from the others.": (
            "V državi {country}, večina postankov pa je v {main}: daleč od ostalih."
        ),
        "{km} from the day's centre: far from the others.": "{km} od središča dnevne poti: daleč od ostalih.",
        "No coordinates: placed by postal code near {neighbour}.": (
            "Ni koordinat: po poštni številki umeščeno blizu {neighbour}."
        ),
        "No coordinates: the travel to this stop is not counted.": (
            "Ni koordinat: vožnja do tega postanka ni upoštevana."
        ),
        "The route reaches this appointment at {arrival}, {minutes} min late.": (
            "Pot doseže ta termin ob {arrival}, {minutes} min prepozno."
        ),
        "The route does not reach this stop before midnight.": "Pot tega postanka ne doseže pred polnočjo.",
    },
}


class _ReportCatalog(Catalog):
    """The ``.ts`` catalog of a language, then the report's own words (:data:`OWN_TEXT`)."""

    def translate(self, context: str, text: str) -> str:
        found = super().translate(context, text)
        if found == text and context == "Report":
            return OWN_TEXT.get(self.lang, {}).get(text, text)
        return found


class ReportText:
    """Labels, enum names, dates and money for one language and currency."""

    def __init__(self, lang: str = "en", currency: str = "EUR") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang
        self.locale = Locale.parse(LOCALES[lang])  # parsed once: Babel parses a name on every call
        self.currency = currency or "EUR"
        self.catalog = _ReportCatalog(lang)
        self.open_quote, self.close_quote = QUOTES[lang]

    # -- formatting ------------------------------------------------------------------------

    def date(self, value: dt.date) -> str:
        return format_date(value, "medium", locale=self.locale)

    def long_date(self, value: dt.date) -> str:
        return format_date(value, "full", locale=self.locale)

    def money(self, cents: int) -> str:
        try:
            return format_currency(cents / 100, self.currency, locale=self.locale)
        except Exception:  # an unknown currency code in the settings: print the bare amount
            return f"{cents / 100:.2f} {self.currency}"

    def number(self, value: float) -> str:
        """A number in the language's format, without trailing zeros ("1,3" in German)."""
        return format_decimal(value, "#,##0.###", locale=self.locale)

    def km(self, value: float, decimals: int = 1) -> str:
        """Kilometres in the language's number format ("12,3 km"; ``decimals=0``: "355 km")."""
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        return format_decimal(round(value, decimals), pattern, locale=self.locale) + "\u00a0km"

    def route_flag(self, flag: Warning_) -> str:
        """Why a stop is flagged (a flag of :func:`day_route.stop_flags`), in the report's language."""
        translate = self.catalog.translate
        params = dict(flag.params)
        if flag.code == day_route.FLAG_FAR_COUNTRY:
            text = translate("Report", "In {country}, while most stops are in {main}: far from the others.")
        elif flag.code == day_route.FLAG_FAR_DISTANCE:
            text = translate("Report", "{km} from the day's centre: far from the others.")
            params["km"] = self.km(float(params["km"]), decimals=0)
        elif flag.code == day_route.FLAG_PLACED:
            text = translate("Report", "No coordinates: placed by postal code near {neighbour}.")
        elif flag.code == day_route.FLAG_NOT_PLACED:
            text = translate("Report", "No coordinates: the travel to this stop is not counted.")
        elif flag.code == day_route.FLAG_LATE:
            text = translate("Report", "The route reaches this appointment at {arrival}, {minutes} min late.")
        elif flag.code == day_route.FLAG_NO_TIME:
            text = translate("Report", "The route does not reach this stop before midnight.")
        else:
            return str(flag)
        return text.format(**params)

    def home_note(self, note: Warning_) -> str:
        translate = self.catalog.translate
        if note.code == day_route.HOME_NOT_FOUND:
            return translate(
                "Report",
                "The home base's postal code is not known ({home}): the route starts at the first stop.",
            ).format(**note.params)
        return translate("Report", "No home base in the settings: the route starts at the first stop.")

    def quoted(self, text: str) -> str:
        return f"{self.open_quote}{text}{self.close_quote}"

    def enum(self, group: str, value: str | None) -> str:
        if not value:
            return ""
        label = ENUM_LABELS.get(f"{group}:{value}")
        if label is None:
            return value.replace("_", " ")
        return self.catalog.translate("Report", label)

    # -- the opening line --------------------------------------------------------------------

    def opening_line(self, stop: Stop, seller: str = "") -> str:
        """A suggested first sentence at the door, in the spirit of giving first.

        After an earlier gift it asks how that gift was received (naming it) and never asks
        for business; on a first visit the seller introduces themself and gives without asking.
        """
        translate = self.catalog.translate
        last: PastGift | None = stop.earlier_gifts[0] if stop.earlier_gifts else None
        bring = self.quoted(stop.gift.name) if stop.gift else ""
        if last is not None:
            gift = self.quoted(last.description)
            when = self.date(last.date)
            if last.reaction == "liked":
                first = translate(
                    "Report",
                    "I heard that {gift} was well received \u2013 thank you! What did you like most about it?",
                )
            elif last.reaction == "neutral":
                first = translate(
                    "Report",
                    "On {date} I left you {gift}. Was it of any use? What would be more useful to you next time?",
                )
            elif last.reaction in ("not_liked", "declined"):
                first = translate(
                    "Report",
                    "Last time {gift} was not quite right for you \u2013 thank you for being honest. "
                    "What would really help you in your work?",
                )
            else:
                first = translate(
                    "Report",
                    "On {date} I left you {gift}. How was it received \u2013 did you have a chance to try it?",
                )
            line = first.format(gift=gift, date=when)
            if bring:
                line += " " + translate(
                    "Report", "Today I brought you {gift} \u2013 simply as a gift."
                ).format(gift=bring)
            return line
        met_before = bool(stop.earlier_outcomes or stop.last_visit_date)
        if met_before:
            dates = [o.date for o in stop.earlier_outcomes]
            if stop.last_visit_date:
                dates.append(stop.last_visit_date)
            line = translate(
                "Report", "Good to see you again. How have things been at {company} since we spoke on {date}?"
            ).format(company=stop.name, date=self.date(max(dates)))
            if bring:
                line += " " + translate(
                    "Report", "Today I brought you {gift} \u2013 simply as a gift."
                ).format(gift=bring)
            return line
        if seller:
            line = translate("Report", "Good day, my name is {seller}.").format(seller=seller)
        else:
            line = translate("Report", "Good day, let me introduce myself.")
        if bring:
            line += " " + translate(
                "Report",
                "I brought something for {company}: {gift}. It is a gift \u2013 nothing is expected in return.",
            ).format(company=stop.name, gift=bring)
        else:
            line += " " + translate(
                "Report", "I would simply like to get to know {company} and hear what matters to you."
            ).format(company=stop.name)
        return line
