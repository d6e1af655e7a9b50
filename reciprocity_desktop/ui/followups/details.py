"""The details pane of the Follow-ups page: whom to call, what about, the gift and how it was received.

Its texts keep the page's translation context, "FollowUpsView".
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reciprocity_desktop.store.models import FollowUp
from reciprocity_desktop.ui.followups.models import note_text
from reciprocity_desktop.ui.labels import fmt_date, translate, value_label


def details_label(parent: QWidget) -> QLabel:
    """The framed, selectable rich-text label the details show in (room for four lines)."""
    label = QLabel(parent)
    label.setObjectName("details")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setStyleSheet(
        "QLabel#details { background: palette(base); border: 1px solid palette(mid); padding: 8px; }"
    )
    label.setMinimumHeight(parent.fontMetrics().lineSpacing() * 4 + 18)
    return label


def _gift_line(followup: FollowUp) -> str | None:
    gift = followup.gift
    if gift is None:
        return None
    reaction = (
        value_label(gift.reaction) if gift.reaction else translate("FollowUpsView", "reaction not known yet")
    )
    if gift.reaction_note:
        reaction += f" ({gift.reaction_note})"
    return escape(
        translate("FollowUpsView", "Gift: {description} — {kind}, {date}; {reaction}").format(
            description=gift.description,
            kind=value_label(gift.kind),
            date=fmt_date(gift.date),
            reaction=reaction,
        )
    )


def details_html(followup: FollowUp | None) -> str:
    """The details of ``followup`` as rich text (a hint to select one when None)."""
    if followup is None:
        hint = escape(translate("FollowUpsView", "Select a follow-up to see the details."))
        return f"<span style='color:#6c757d'>{hint}</span>"
    p = followup.prospect
    reach = " · ".join(
        escape(part) for part in (" ".join(x for x in (p.postal_code, p.city) if x), p.phone, p.email) if part
    )
    lines = [f"<b>{escape(p.name)}</b>" + (f" — {reach}" if reach else "")]
    what = escape(
        translate("FollowUpsView", "{kind}, due {date}").format(
            kind=value_label(followup.kind), date=fmt_date(followup.due)
        )
    )
    if followup.note:
        what += f": {escape(note_text(followup))}"
    lines.append(what)
    gift = _gift_line(followup)
    if gift is not None:
        lines.append(gift)
    if followup.done_on:
        lines.append(
            escape(
                translate("FollowUpsView", "Done on {date}: {result}").format(
                    date=fmt_date(followup.done_on), result=followup.result or "—"
                )
            )
        )
    return "<br>".join(lines)
