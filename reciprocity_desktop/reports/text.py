"""Words on paper: labels, enum names, dates and amounts in the chosen language, and the opening line.

Every label goes through ``Catalog(lang).translate("Report", ...)`` with the English text written
out literally, so ``pyside6-lupdate`` finds it; counts through its numerus forms
(``translate("Report", "… %n …", "", n)``). Enum values are marked with ``QT_TRANSLATE_NOOP``
(a no-op lupdate recognises) and translated when printed. The translations are in the "Report"
context of ``resources/i18n/reciprocity_{de,nl,sl}.ts`` (English plurals: ``reciprocity_en.ts``).

Addresses are written as the countries we sell in write them (and as DIN 5008, the Dutch and the
Slovenian post ask): the street, then the postal code before the town ("80331 München",
"7201 HC Zutphen", "1000 Ljubljana"), and the country's name in the paper's language on a line of
its own, only when it is not the seller's home country. No "DE-" before the postal code: the posts
ask for the country's name instead of such a prefix, and it stood only where a country was set.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency, format_decimal

from reciprocity_desktop.i18n import LANGUAGES, Catalog
from reciprocity_desktop.services import day_route
from reciprocity_desktop.services.day_sheet import GIFT_LIMIT_NEAR, GIFT_LIMIT_OVER, PastGift, Stop
from reciprocity_desktop.services.errors import Warning_
from reciprocity_desktop.services.gift_notes import feedback_gift

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
    # Stages: a value on its own after "Stage:", capitalised as the window shows them.
    "stage:suspect": QT_TRANSLATE_NOOP("Report", "Suspect"),
    "stage:prospect": QT_TRANSLATE_NOOP("Report", "Prospect"),
    "stage:customer": QT_TRANSLATE_NOOP("Report", "Customer"),
    "stage:lost": QT_TRANSLATE_NOOP("Report", "Lost"),
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


#: A clock time past midnight, as the route writes it: "01:10 (+1)".
_NEXT_DAYS = re.compile(r"^(\d{1,2}:\d{2}) \(\+(\d+)\)$")


class ReportText:
    """Labels, enum names, dates and money for one language and currency."""

    def __init__(self, lang: str = "en", currency: str = "EUR") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang
        self.locale = Locale.parse(LOCALES[lang])  # parsed once: Babel parses a name on every call
        self.currency = currency or "EUR"
        self.catalog = Catalog(lang)
        self.open_quote, self.close_quote = QUOTES[lang]

    # -- formatting ------------------------------------------------------------------------

    def date(self, value: dt.date) -> str:
        return format_date(value, "medium", locale=self.locale)

    def day_month(self, value: dt.date) -> str:
        """A day of the year in the language's short form, without the year ("4 Mar", "4. März")."""
        return format_skeleton("MMMd", value, locale=self.locale)

    def colleague_visit(self, seller: str, seller_id: str, day: dt.date) -> str:
        """A colleague's planned visit to the stop's prospect: "Bojan visits this prospect on 4 Mar"."""
        translate = self.catalog.translate
        when = self.day_month(day)
        if not seller_id:  # from a sync file that did not say whose visit it is
            return translate("Report", "A colleague visits this prospect on {date}").format(date=when)
        if not seller:
            return translate("Report", "A colleague (no name set) visits this prospect on {date}").format(date=when)
        return translate("Report", "{seller} visits this prospect on {date}").format(seller=seller, date=when)

    def long_date(self, value: dt.date) -> str:
        return format_date(value, "full", locale=self.locale)

    def money(self, cents: int) -> str:
        try:
            amount = Decimal(cents) / 100  # exact, as the window formats it
            return format_currency(amount, self.currency, locale=self.locale)
        except Exception:  # an unknown currency code in the settings: print the bare amount
            return f"{cents / 100:.2f} {self.currency}"

    def number(self, value: float) -> str:
        """A number in the language's format, without trailing zeros ("1,3" in German)."""
        return format_decimal(value, "#,##0.###", locale=self.locale)

    def km(self, value: float, decimals: int = 1) -> str:
        """Kilometres in the language's number format ("12,3 km"; ``decimals=0``: "355 km")."""
        pattern = "#,##0." + "0" * decimals if decimals else "#,##0"
        return format_decimal(round(value, decimals), pattern, locale=self.locale) + "\u00a0km"

    def clock(self, text: str) -> str:
        """A clock time of the route; past midnight with the days after it ("01:10 (+1 day)")."""
        match = _NEXT_DAYS.match(text or "")
        if match is None:
            return text
        later = self.catalog.translate("Report", "+%n day(s)", "", int(match.group(2)))
        return f"{match.group(1)} ({later})"

    def country(self, code: str) -> str:
        """A country's name in the paper's language ("Österreich" for AT); an unknown code as written."""
        return self.locale.territories.get(code.upper(), code) if code else ""

    def address_lines(
        self, street: str, postal_code: str, city: str, country: str, home_country: str
    ) -> tuple[str, ...]:
        """Street; postal code and town; the country's name when it is not ``home_country`` (see above)."""
        town = " ".join(part for part in (postal_code, city) if part)
        abroad = bool(country) and country.upper() != home_country.upper()
        lines = (street, town, self.country(country) if abroad else "")
        return tuple(line for line in lines if line)

    def stop_address(self, stop: Stop, home_country: str) -> tuple[str, ...]:
        return self.address_lines(stop.street, stop.postal_code, stop.city, stop.country, home_country)

    def more_contacts(self, count: int) -> str:
        """How many contacts besides the one named ("and 2 more contacts")."""
        return self.catalog.translate("Report", "and %n more contact(s)", "", count)

    def followup_note(self, note: str) -> str:
        """A follow-up's note: the suggested gift question (stored in English) in the sheet's language."""
        gift = feedback_gift(note)
        if gift is None:
            return note
        return self.catalog.translate("Report", "Ask how the gift was received: {gift}").format(gift=gift)

    def route_flag(self, flag: Warning_) -> str:
        """Why a stop is flagged (a flag of :func:`day_route.stop_flags`), in the report's language."""
        translate = self.catalog.translate
        params = dict(flag.params)
        if flag.code == day_route.FLAG_FAR_COUNTRY:
            text = translate("Report", "In {country}, while most stops are in {main}: far from the others.")
            params["country"], params["main"] = self.country(params["country"]), self.country(params["main"])
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
        elif flag.code in (GIFT_LIMIT_NEAR, GIFT_LIMIT_OVER):
            text = (
                translate(
                    "Report",
                    "Gift limit: {total} given in {year} with the gift to bring, over the {limit} a recipient may receive in {country}.",
                )
                if flag.code == GIFT_LIMIT_OVER
                else translate(
                    "Report",
                    "Gift limit: {total} given in {year} with the gift to bring, close to the {limit} a recipient may receive in {country}.",
                )
            )
            params["total"], params["limit"] = self.money(params["total"]), self.money(params["limit"])
            params["country"] = self.country(params["country"])
        else:
            return str(flag)
        text = text.format(**params)
        # A name that ends in a full stop ("Müller e.K.") at the end of the sentence: one full stop.
        return text[:-1] if text.endswith("..") and not text.endswith("...") else text

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
