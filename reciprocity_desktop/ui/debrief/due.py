"""The follow-up's due day as the form writes and reads it: the language's numeric day ("15.01.2027",
"15/01/2027", "15. 1. 2027"), typed that way or as ISO ("2027-01-15"); the draft keeps ISO."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

from reciprocity_desktop.ui.labels import ui_locale


def _locale() -> QLocale:
    return QLocale(ui_locale())


def due_format(locale: QLocale | None = None) -> str:
    """The locale's short date with the year in full ("dd.MM.yyyy", "dd/MM/yyyy", "M/d/yyyy")."""
    pattern = (locale or _locale()).dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"y+", "yyyy", pattern)


def due_shown(text: str) -> str:
    """A draft's due (ISO, or what was typed if it was no day) as the field shows it."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        return text
    return _locale().toString(QDate(day.year, day.month, day.day), due_format())


def due_typed(text: str) -> str:
    """What was typed in the field, as ISO when it is a day in the language's form (or ISO already);
    anything else as typed, for the check to name."""
    stripped = text.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", stripped):
        return stripped  # ISO as typed (a day that does not exist stays for the check to name)
    return _parse(stripped)


def _parse(text: str) -> str:
    if not text:
        return ""
    locale = _locale()
    # "d" and "M" read one or two digits: "5.1.2027" reads as "05.01.2027"
    loose = re.sub(r"d+", "d", re.sub(r"M+", "M", due_format(locale)))
    day = locale.toDate(text, loose)
    if not day.isValid():
        return text
    return dt.date(day.year(), day.month(), day.day()).isoformat()
