"""The window's words: translated names of stored values, service messages, dates and money.

Strings outside widgets are marked for ``pyside6-lupdate`` with ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from reciprocity_desktop import formatting
from reciprocity_desktop.services.errors import Message, capitalise
from reciprocity_desktop.services.gift_notes import feedback_gift


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_n(context: str, text: str, n: int) -> str:
    """A text with a count, in the plural form for ``n`` (``%n`` filled in): "%n day(s) overdue"."""
    return QCoreApplication.translate(context, text, None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Display names of the domain's values (stored in English snake_case), marked for lupdate.
_VALUE_LABELS = {
    "suspect": QT_TRANSLATE_NOOP("Domain", "Suspect"),
    "prospect": QT_TRANSLATE_NOOP("Domain", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("Domain", "Customer"),
    "lost": QT_TRANSLATE_NOOP("Domain", "Lost"),
    "sample": QT_TRANSLATE_NOOP("Domain", "Sample"),
    "trial": QT_TRANSLATE_NOOP("Domain", "Free trial"),
    "content": QT_TRANSLATE_NOOP("Domain", "Content (e-book, article)"),
    "analysis": QT_TRANSLATE_NOOP("Domain", "Tailored analysis"),
    "event": QT_TRANSLATE_NOOP("Domain", "Event invitation"),
    "personal": QT_TRANSLATE_NOOP("Domain", "Personal present"),
    "other": QT_TRANSLATE_NOOP("Domain", "Other"),
    "liked": QT_TRANSLATE_NOOP("Domain", "Liked"),
    "neutral": QT_TRANSLATE_NOOP("Domain", "Neutral"),
    "not_liked": QT_TRANSLATE_NOOP("Domain", "Not liked"),
    "declined": QT_TRANSLATE_NOOP("Domain", "Declined"),
    "ask_feedback": QT_TRANSLATE_NOOP("Domain", "Ask for feedback"),
    "call": QT_TRANSLATE_NOOP("Domain", "Call"),
    "send_info": QT_TRANSLATE_NOOP("Domain", "Send information"),
    "visit": QT_TRANSLATE_NOOP("Domain", "Visit"),
    "ask_order": QT_TRANSLATE_NOOP("Domain", "Ask for an order"),
    "conversation": QT_TRANSLATE_NOOP("Domain", "Conversation"),
    "referral": QT_TRANSLATE_NOOP("Domain", "Referral"),
    "meeting": QT_TRANSLATE_NOOP("Domain", "Meeting with the decision maker"),
    "order": QT_TRANSLATE_NOOP("Domain", "Order"),
    "planned": QT_TRANSLATE_NOOP("Domain", "Planned"),
    "done": QT_TRANSLATE_NOOP("Domain", "Done"),
    "nobody_there": QT_TRANSLATE_NOOP("Domain", "Nobody there"),
    "cancelled": QT_TRANSLATE_NOOP("Domain", "Cancelled"),
    "overdue": QT_TRANSLATE_NOOP("Domain", "Overdue"),
    "due_today": QT_TRANSLATE_NOOP("Domain", "Due today"),
    "upcoming": QT_TRANSLATE_NOOP("Domain", "Upcoming"),
    # the kinds of stock movements (store.models.MovementKind)
    "opening": QT_TRANSLATE_NOOP("Domain", "Opening stock"),
    "restock": QT_TRANSLATE_NOOP("Domain", "Restock"),
    "draw": QT_TRANSLATE_NOOP("Domain", "Draw"),
    "correction": QT_TRANSLATE_NOOP("Domain", "Correction"),
}


def value_label(value: str | None) -> str:
    """The translated display name of a stored value such as ``"ask_feedback"``."""
    if not value:
        return ""
    return translate("Domain", _VALUE_LABELS.get(value, value))


def note_text(note: str | None) -> str:
    """A follow-up's note in the user's language: the suggested gift question (stored in English,
    services/gift_notes.py) translated, any other note as the rep wrote it."""
    gift = feedback_gift(note)
    if gift is None:
        return note or ""
    return translate("Domain", "Ask how the gift was received: {gift}").format(gift=gift)


def message_text(message: Message) -> str:
    """A service message (error or warning) in the user's language (see services/errors.py: a message
    in its parameters is translated too, a template with ``%n`` counts the parameter ``n``). An amount
    given as text beside its cents (``total`` with ``total_cents``, the gift-limit warning's) is written
    the user's way ("2.410,00")."""
    amounts = {
        key[: -len("_cents")]: fmt_number(cents / 100, decimals=2)
        for key, cents in message.params.items()
        if key.endswith("_cents") and isinstance(cents, int) and key[: -len("_cents")] in message.params
    }
    if amounts:
        message = copy.copy(message)  # the same template; its amounts written the user's way
        message.params = {**message.params, **amounts}
    return capitalise(
        message.render(
            lambda text, n: QCoreApplication.translate("services", text, None, -1 if n is None else n),
            lambda name: translate("Fields", name),
        )
    )


def store_error_text(error: Exception) -> str:
    """A store's error (store/errors.py: locked, read-only, a full disk…) in the user's language."""
    template = getattr(error, "template", None)
    if not template:
        return str(error)
    return QCoreApplication.translate("Store", template).format(**error.params)  # type: ignore[attr-defined]


def ui_locale() -> str:
    """The Babel locale of the user interface (e.g. ``de_DE``); English for the "C" locale."""
    name = QLocale().name()
    return "en_GB" if name in {"C", ""} else name


def fmt_date(value: dt.date | None) -> str:
    """A date in the user's locale (medium form: "3 Mar 2026", "03.03.2026")."""
    return formatting.day(value, ui_locale())


def colleague_notice(seller: str, seller_id: str, day: dt.date) -> str:
    """A colleague's planned visit to a prospect, as a rep should read it before going there:
    "Bojan visits this prospect on 4 Mar" (the date in the locale's short form)."""
    when = formatting.day_month(day, ui_locale())
    if not seller_id:  # from a file that did not say whose visit it is
        return translate("Notices", "A colleague visits this prospect on %1").replace("%1", when)
    if not seller:
        return translate("Notices", "A colleague (no name set) visits this prospect on %1").replace("%1", when)
    return translate("Notices", "%1 visits this prospect on %2").replace("%2", when).replace("%1", seller)


def fmt_datetime(value: dt.datetime | None) -> str:
    """A moment as the user's locale writes its day, with the 24-hour clock ("03.12.2026 14:05")."""
    return "" if value is None else f"{fmt_date(value.date())} {value:%H:%M}"


def fmt_money(cents: int | None, currency: str = "EUR") -> str:
    """An amount with its currency in the user's locale ("12,50 €" in German)."""
    return formatting.money(cents, currency, ui_locale())


def fmt_number(value: float | int | None, decimals: int | None = None) -> str:
    """A number in the user's locale ("1.234,5" in German; ``decimals`` fixes the digits)."""
    return formatting.number(value, ui_locale(), decimals=decimals)


def fmt_percent(rate: float | None) -> str:
    """A rate in 0…1 as the user's locale writes a percentage ("42 %" in German, "42%" in English)."""
    return formatting.percent(rate, locale=ui_locale())


def fmt_country(code: str | None) -> str:
    """A country's name in the user's language ("Slowenien" for SI in German)."""
    return formatting.country_name(code, ui_locale())
