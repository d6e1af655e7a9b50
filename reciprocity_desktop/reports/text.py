"""Words on paper: labels, enum names, dates and amounts in the chosen language, and the opening line.

Every label goes through ``Catalog(lang).translate("Report", ...)`` with the English text written
out literally, so ``pyside6-lupdate`` finds it. Enum values are marked with ``QT_TRANSLATE_NOOP``
(a no-op lupdate recognises) and translated when printed.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_currency

from reciprocity_desktop.i18n import LANGUAGES, Catalog
from reciprocity_desktop.services.day_sheet import PastGift, Stop

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


class ReportText:
    """Labels, enum names, dates and money for one language and currency."""

    def __init__(self, lang: str = "en", currency: str = "EUR") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang
        self.locale = LOCALES[lang]
        self.currency = currency or "EUR"
        self.catalog = Catalog(lang)
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
