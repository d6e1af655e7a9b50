"""The follow-up table: its columns (coloured by bucket) and the list's sort keys.

The buckets, their order and what each filter shows come from :mod:`services.followups`; the texts
keep the page's translation context, "FollowUpsView".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFontMetrics

from reciprocity_desktop.services import followup_list, followups
from reciprocity_desktop.services.followups import DUE_TODAY, OVERDUE, UPCOMING
from reciprocity_desktop.services.gifts import feedback_note
from reciprocity_desktop.store.models import FollowUp, FollowUpKind
from reciprocity_desktop.textutil import fold
from reciprocity_desktop.ui.labels import fmt_date, translate, value_label
from reciprocity_desktop.ui.labels import note_text as translated_note
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import Column

#: The background of an open row by its bucket: overdue red, due today yellow.
BUCKET_BG = {OVERDUE: DANGER_BG, DUE_TODAY: WARNING_BG}


#: The follow-up list's sort key of each column (``FollowUpsView.COL_…``; see :mod:`services.followup_list`).
FOLLOWUP_SORT_KEYS = followup_list.SORT_KEYS


def search_labels() -> tuple[tuple[str, str], ...]:
    """(value, shown name) of the follow-up kinds: the search finds a follow-up by them too."""
    return tuple((kind.value, value_label(kind.value)) for kind in FollowUpKind)


def is_gift_question(f: FollowUp) -> bool:
    """The note is the one suggested with the gift's feedback follow-up ("Ask how the gift was received: <the
    gift>", services.gifts.feedback_note): the linked gift says what it is about, the note need not repeat it."""
    return f.gift is not None and f.note == feedback_note(f.gift.description)


def note_text(f: FollowUp) -> str:
    """The note as the follow-up table shows it: the suggested gift question without the gift (its column shows it)."""
    if is_gift_question(f):
        return translate("FollowUpsView", "Ask how the gift was received")
    return translated_note(f.note)


def _gift_text(f: FollowUp) -> str:
    return "" if f.gift is None else f"{f.gift.description} ({fmt_date(f.gift.date)})"


def _gift_tip(f: FollowUp) -> str:
    if f.gift is None:
        return ""
    reaction = (
        value_label(f.gift.reaction)
        if f.gift.reaction
        else translate("FollowUpsView", "Reaction not known yet")
    )
    return f"{f.gift.description}\n{fmt_date(f.gift.date)} · {value_label(f.gift.kind)} · {reaction}"


#: The room a cell gives its text beside it (the delegate's margins, and a little air).
CELL_PADDING = 12
#: Dates whose text is the widest of their format (two-digit days and months).
_WIDE_DATES = (dt.date(2026, 12, 28), dt.date(2026, 9, 30), dt.date(2026, 5, 30))
#: The most days a status is wide enough for ("9999 days overdue": an office store holds follow-ups
#: left open for years, "1094 Tage überfällig" was cut at 999).
_WIDE_DAYS = 9_999


def column_widths(metrics: QFontMetrics) -> dict[int, int]:
    """The width each narrow column's widest possible text needs (``FollowUpsView.COL_…``: due, when,
    kind, done on), from the formats and labels alone: the table sizes them without reading a row."""

    def widest(texts: Any) -> int:
        return max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING

    dates = widest(fmt_date(day) for day in _WIDE_DATES)
    statuses = [
        QCoreApplication.translate("FollowUpsView", "%n day(s) overdue", "", _WIDE_DAYS),
        QCoreApplication.translate("FollowUpsView", "in %n day(s)", "", _WIDE_DAYS),
        *(value_label(bucket) for bucket in (OVERDUE, DUE_TODAY, UPCOMING)),
    ]
    return {0: dates, 1: widest(statuses), 3: widest(value_label(k.value) for k in FollowUpKind), 6: dates}


def followup_columns(today: Callable[[], dt.date]) -> list[Column]:
    """The columns of the follow-up table (``FollowUpsView.COL_…``); ``today()`` decides the buckets."""

    def row_background(f: FollowUp) -> QColor | None:
        return BUCKET_BG.get(followups.bucket_of(f, today()))

    def row_foreground(f: FollowUp) -> QColor | None:
        return MUTED_FG if f.done_on else None

    def status(f: FollowUp) -> str:
        bucket = followups.bucket_of(f, today())
        days = followups.days_until_due(f, today())
        if bucket == OVERDUE:
            return QCoreApplication.translate("FollowUpsView", "%n day(s) overdue", "", -days)
        if bucket == UPCOMING:
            return QCoreApplication.translate("FollowUpsView", "in %n day(s)", "", days)
        return value_label(bucket)

    def column(header: str, display: Callable[[FollowUp], str], **extra: Any) -> Column:
        return Column(header, display, background=row_background, foreground=row_foreground, **extra)

    return [
        column(
            translate("FollowUpsView", "Due"),
            lambda f: fmt_date(f.due),
            sort_key=lambda f: (f.due, fold(f.prospect.name)),
        ),
        column(
            translate("FollowUpsView", "When"),
            status,
            sort_key=lambda f: (followups.BUCKET_ORDER[followups.bucket_of(f, today())], f.due),
        ),
        column(
            translate("FollowUpsView", "Prospect"),
            lambda f: f.prospect.name,
            tooltip=lambda f: (
                f"{f.prospect.name}\n" + translate("FollowUpsView", "Double-click to open the prospect")
            ),
        ),
        column(translate("FollowUpsView", "Kind"), lambda f: value_label(f.kind)),
        column(translate("FollowUpsView", "Note"), note_text, tooltip=note_text),
        column(
            translate("FollowUpsView", "Linked gift"),
            _gift_text,
            tooltip=_gift_tip,
            sort_key=lambda f: fold(_gift_text(f)),
        ),
        column(
            translate("FollowUpsView", "Done on"),
            lambda f: fmt_date(f.done_on),
            sort_key=lambda f: f.done_on or dt.date.min,
        ),
        column(translate("FollowUpsView", "Result"), lambda f: f.result, tooltip=lambda f: f.result),
    ]
