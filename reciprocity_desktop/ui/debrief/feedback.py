"""What the debrief says about a saved (or refused) stop, in the table's Result column and the form."""

from __future__ import annotations

from reciprocity_desktop.services.debrief import DebriefResult
from reciprocity_desktop.services.debrief_draft import Feedback
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.ops.debrief import StopSaved
from reciprocity_desktop.ui.labels import fmt_date, message_text, translate, value_label


def still_planned() -> Feedback:
    """A stop saved while its status is still "planned"."""
    return Feedback("error", translate("DebriefView", "Say what happened first: D done, N nobody there, C cancelled."))


def refused(error: DomainError) -> Feedback:
    return Feedback("error", message_text(error.message))


def feedback_of(saved: StopSaved) -> Feedback:
    """The feedback on one stop of ``ops.debrief.save_stops``."""
    if saved.error is not None:
        return refused(saved.error)
    if not isinstance(saved.value, DebriefResult):  # the note of a visit debriefed already
        visit = saved.value
        return Feedback("saved", translate("DebriefView", "Note saved."), visit_state=(visit.status, visit.notes))
    result = saved.value
    parts = [translate("DebriefView", "Saved.")]
    if result.gift is not None:
        parts.append(translate("DebriefView", "Gift recorded: %1.").replace("%1", result.gift.description))
    if result.earlier_gift is not None and result.reaction is not None:
        parts.append(
            translate("DebriefView", "Reaction to %1: %2.")
            .replace("%1", result.earlier_gift.description)
            .replace("%2", value_label(result.reaction.after[0]))
        )
    if result.outcome is not None and result.outcome.kind == "order" and not result.outcome.value_cents:
        parts.append(translate("DebriefView", "Order value not known."))

    followup_text = ""
    for followup in result.followups:
        line = f"{value_label(followup.kind)} · {fmt_date(followup.due)}"
        parts.append(translate("DebriefView", "Follow-up: %1.").replace("%1", line))
        if followup.gift_id is None:
            followup_text = line
    if result.stage is not None:
        parts.append(translate("DebriefView", "Stage: %1.").replace("%1", value_label(result.stage[1])))
    warnings = [message_text(w) for w in result.warnings]
    parts.extend(f"⚠ {w}" for w in warnings)
    return Feedback(
        "warning" if warnings else "saved",
        " ".join(parts),
        followup_text,
        visit_state=(result.visit.status, result.visit.notes),
    )
