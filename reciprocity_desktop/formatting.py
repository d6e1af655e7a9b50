"""Numbers, money, rates and days as text: one set of rules for the CLI, the window and the reports.

No Qt and no database. ``locale`` is a Babel locale name (``"de_DE"``); ``None`` gives the plain,
locale-free forms the CLI prints (``12.50``, ``42%``) so that scripts can parse them. The window
passes its QLocale's name (``ui.labels.ui_locale``), the paper its language's
(``i18n.LOCALES``): the same rules write "1.234,50 €" on the screen and on paper.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_currency, format_decimal, format_percent

from reciprocity_desktop.textutil import fold

#: Shown where a rate or a duration has no value (no gifts, no outcome yet).
NO_VALUE = "–"


def amount(cents: int, *, grouped: bool = False) -> str:
    """Cents as a plain decimal amount: ``1234`` → ``"12.34"`` (``grouped``: ``"1,234.50"``)."""
    return f"{cents / 100:,.2f}" if grouped else f"{cents / 100:.2f}"


def amount_value(cents: int) -> Decimal:
    """Cents as an exact amount the services parse back to the same cents."""
    return Decimal(cents) / 100


def money(cents: int | None, currency: str = "EUR", locale: str | None = None) -> str:
    """An amount with its currency in the user's locale (``"12,50 €"`` in German); ``""`` for None."""
    if cents is None:
        return ""
    if locale is None:
        return f"{amount(cents)} {currency}"
    try:
        return format_currency(Decimal(cents) / 100, currency, locale=locale)
    except Exception:  # an unknown locale: plain amount
        return f"{amount(cents)} {currency}"


def percent(rate: float | None, *, spaced: bool = False, locale: str | None = None) -> str:
    """A rate in 0…1 as a whole percentage (``0.42`` → ``"42%"``; ``spaced``: ``"42 %"``).

    With a ``locale``, as that language writes it (``"42 %"`` in German, ``"42%"`` in English).
    """
    if rate is None:
        return NO_VALUE
    if locale is not None:
        try:
            return format_percent(rate, locale=locale)
        except Exception:  # an unknown locale: the plain form
            pass
    return f"{rate * 100:.0f}{' %' if spaced else '%'}"


def number(value: float | int | None, locale: str | None = None, *, decimals: int | None = None) -> str:
    """A number: plain for the CLI (``1234.5``), grouped in the locale's way otherwise (``"1.234,5"``).

    ``decimals`` fixes the digits after the point (``2`` → ``"1.234,50"``); without it, up to three
    and no trailing zeros.
    """
    if value is None:
        return NO_VALUE
    pattern = "#,##0." + ("0" * decimals if decimals is not None else "###")
    if decimals == 0:
        pattern = "#,##0"
    if locale is None:
        return f"{value:.{decimals}f}" if decimals is not None else f"{value:g}"
    try:
        return format_decimal(value, pattern, locale=locale)
    except Exception:  # an unknown locale: the plain form
        return number(value, None, decimals=decimals)


def days(value: float | None) -> str:
    """A number of days, without trailing zeros (``3.0`` → ``"3"``, ``2.5`` → ``"2.5"``)."""
    return NO_VALUE if value is None else f"{value:g}"


def day(value: dt.date | None, locale: str | None = None, *, form: str = "medium") -> str:
    """A date: ISO for the CLI (``locale=None``), the locale's form otherwise.

    ``form``: Babel's ``"short"`` (``03.12.26``), ``"medium"`` (``03.12.2026``, ``3 Dec 2026``),
    ``"long"`` (``3. Dezember 2026``) or ``"full"`` (with the weekday).
    """
    if value is None:
        return ""
    if locale is None:
        return value.isoformat()
    try:
        return format_date(value, format=form, locale=locale)
    except Exception:  # an unknown locale falls back to ISO
        return value.isoformat()


def day_month(value: dt.date, locale: str | None = None) -> str:
    """A day of the year in the locale's short form, without the year ("4 Mar", "4. März", "Mar 4");
    ISO for the CLI (``locale=None``)."""
    if locale is None:
        return value.isoformat()
    try:
        return format_skeleton("MMMd", value, locale=locale)
    except Exception:  # an unknown locale falls back to ISO
        return value.isoformat()


# -- countries -----------------------------------------------------------------------------------------


@cache
def _territories(locale: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(locale).territories)
    except Exception:  # an unknown locale: English names
        return dict(Locale("en").territories)


def country_name(code: str | None, locale: str | None = None) -> str:
    """A country's name in the user's language (``"SI"`` → ``"Slowenien"`` in ``de_DE``).

    The code itself for the CLI (``locale=None``) and for a code Babel does not know.
    """
    cleaned = (code or "").strip().upper()
    if locale is None or not cleaned:
        return cleaned
    return _territories(locale).get(cleaned, cleaned)


def country_names(codes: Iterable[str], locale: str) -> list[tuple[str, str]]:
    """``(code, name)`` of each country, sorted by its name in that language, accents folded."""
    names = [(code, country_name(code, locale)) for code in codes]
    return sorted(names, key=lambda item: (fold(item[1]), item[1]))
