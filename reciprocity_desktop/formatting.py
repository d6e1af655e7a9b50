"""Numbers, money, rates and days as text: one set of rules for the CLI, the window and the reports.

No Qt and no database. ``locale`` is a Babel locale name (``"de_DE"``); ``None`` gives the plain,
locale-free forms the CLI prints (``12.50``, ``42%``) so that scripts can parse them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency

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


def percent(rate: float | None, *, spaced: bool = False) -> str:
    """A rate in 0…1 as a whole percentage (``0.42`` → ``"42%"``; ``spaced``: ``"42 %"``)."""
    if rate is None:
        return NO_VALUE
    return f"{rate * 100:.0f}{' %' if spaced else '%'}"


def days(value: float | None) -> str:
    """A number of days, without trailing zeros (``3.0`` → ``"3"``, ``2.5`` → ``"2.5"``)."""
    return NO_VALUE if value is None else f"{value:g}"


def day(value: dt.date | None, locale: str | None = None) -> str:
    """A date: ISO for the CLI (``locale=None``), the locale's medium form otherwise."""
    if value is None:
        return ""
    if locale is None:
        return value.isoformat()
    try:
        return format_date(value, format="medium", locale=locale)
    except Exception:  # an unknown locale falls back to ISO
        return value.isoformat()
