"""The Insights page's words for kinds, qualities, next steps and the period shown.

They belong to the page (translation context ``InsightsView``) but are used by its charts,
lists and figures too, so they are functions here. Numbers become text in the user's format through
:mod:`reciprocity_desktop.ui.labels`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reciprocity_desktop.services.insights import InsightsQuery, NextStepRow
from reciprocity_desktop.store.models import GiftKind, OutcomeKind
from reciprocity_desktop.ui.labels import (
    QT_TRANSLATE_NOOP,
    fmt_date,
    fmt_number,
    fmt_percent,
    translate,
    translate_n,
    value_label,
)

_CONTEXT = "InsightsView"

# Short names for the charts and tables (the domain's own names are longer).
_KIND_LABELS = {
    GiftKind.SAMPLE.value: QT_TRANSLATE_NOOP("InsightsView", "Sample"),
    GiftKind.TRIAL.value: QT_TRANSLATE_NOOP("InsightsView", "Trial"),
    GiftKind.CONTENT.value: QT_TRANSLATE_NOOP("InsightsView", "Content"),
    GiftKind.ANALYSIS.value: QT_TRANSLATE_NOOP("InsightsView", "Analysis"),
    GiftKind.EVENT.value: QT_TRANSLATE_NOOP("InsightsView", "Event"),
    GiftKind.PERSONAL.value: QT_TRANSLATE_NOOP("InsightsView", "Present"),
    GiftKind.OTHER.value: QT_TRANSLATE_NOOP("InsightsView", "Other"),
}
_OUTCOME_LABELS = {
    OutcomeKind.CONVERSATION.value: QT_TRANSLATE_NOOP("InsightsView", "Conversation"),
    OutcomeKind.REFERRAL.value: QT_TRANSLATE_NOOP("InsightsView", "Referral"),
    OutcomeKind.MEETING.value: QT_TRANSLATE_NOOP("InsightsView", "Meeting"),
    OutcomeKind.ORDER.value: QT_TRANSLATE_NOOP("InsightsView", "Order"),
    OutcomeKind.OTHER.value: QT_TRANSLATE_NOOP("InsightsView", "Other"),
}
_QUALITY_LABELS = {
    "personal": QT_TRANSLATE_NOOP("InsightsView", "Personal"),
    "unexpected": QT_TRANSLATE_NOOP("InsightsView", "Unexpected"),
    "meaningful": QT_TRANSLATE_NOOP("InsightsView", "Meaningful"),
}
#: The gifts without a quality: a whole label each (not "not" glued to the quality's word).
_NOT_QUALITY_LABELS = {
    "personal": QT_TRANSLATE_NOOP("InsightsView", "Not personal"),
    "unexpected": QT_TRANSLATE_NOOP("InsightsView", "Not unexpected"),
    "meaningful": QT_TRANSLATE_NOOP("InsightsView", "Not meaningful"),
}
#: The next steps of services.insights.NEXT_STEPS, in the page's words.
_STEP_TEXTS = {
    "thank_order": QT_TRANSLATE_NOOP(
        "InsightsView", "Thank them for the order; ask how it works and whom else it could help."
    ),
    "thank_referral": QT_TRANSLATE_NOOP(
        "InsightsView", "Thank them for the referral; report back how it went."
    ),
    "offer_after_meeting": QT_TRANSLATE_NOOP(
        "InsightsView", "Send what you promised at the meeting, then ask for the order."
    ),
    "meet_decision_maker": QT_TRANSLATE_NOOP(
        "InsightsView", "Ask for a meeting with {name}, the decision maker."
    ),
    "find_decision_maker": QT_TRANSLATE_NOOP("InsightsView", "Find out who decides and ask for a meeting."),
    "thank_send_info": QT_TRANSLATE_NOOP("InsightsView", "Thank them; send useful information."),
}


def tr(text: str) -> str:
    """``text`` (marked where it is written) in the user's language, as the page translates it."""
    return translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    """A gift kind's short name ("Sample", "Present")."""
    short = _KIND_LABELS.get(kind)
    return tr(short) if short else value_label(kind)


def kind_labels(kinds: Sequence[str]) -> list[str]:
    return [kind_label(kind) for kind in kinds]


def outcome_label(kind: str) -> str:
    """An outcome kind's short name ("Meeting" for a meeting with the decision maker)."""
    short = _OUTCOME_LABELS.get(kind)
    return tr(short) if short else value_label(kind)


def quality_label(quality: str, *, without: bool = False) -> str:
    """A gift quality's name, or with ``without`` the name of the gifts that lack it ("Not personal")."""
    short = (_NOT_QUALITY_LABELS if without else _QUALITY_LABELS).get(quality)
    return tr(short) if short else quality


def step_text(row: NextStepRow) -> str:
    """The suggested next step in the user's language (the rules are in services.insights)."""
    template = _STEP_TEXTS.get(row.step)
    return (tr(template) if template else row.step_text).format(name=row.decision_maker)


def percent(rate: float | None) -> str:
    """A rate as the user's language writes it (``"42 %"`` in German, ``"42%"`` in English), or ``"–"``."""
    return fmt_percent(rate)


def days(value: float | None) -> str:
    """A number of days in the user's format: ``"3"``, ``"2,5"`` in German, or ``"–"`` when there is none."""
    return fmt_number(value)


def count(value: int) -> str:
    """A count in the user's format, grouped (``"1.234"`` in German)."""
    return fmt_number(value, decimals=0)


def period_text(query: InsightsQuery) -> str:
    """Which gifts and outcomes the figures count ("gifts since 1 Jan 2024; outcomes within 90 days count")."""
    # One whole sentence per case, so that each language words the period and the count together.
    days = query.window_days
    if query.date_from and query.date_to:
        text = translate_n("InsightsView", "Gifts from {start} to {end}; outcomes within %n day(s) count", days)
    elif query.date_from:
        text = translate_n("InsightsView", "Gifts since {start}; outcomes within %n day(s) count", days)
    elif query.date_to:
        text = translate_n("InsightsView", "Gifts until {end}; outcomes within %n day(s) count", days)
    else:
        text = translate_n("InsightsView", "All gifts; outcomes within %n day(s) count", days)
    return text.format(start=fmt_date(query.date_from), end=fmt_date(query.date_to))
