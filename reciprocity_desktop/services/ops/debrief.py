"""Undoable debrief actions: saving a stop, a debriefed visit's note, or every edited stop of a day.

Undoing a saved stop takes its gift back (the stock returns), removes the outcome and follow-ups
it created, puts the earlier gift's reaction (and its feedback follow-up) and the prospect's stage
back as they were and gives the visit its status and notes of before; redo records the same again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import visits
from reciprocity_desktop.services.changes import NOTHING, Changes, Op, reversible, run_reversible
from reciprocity_desktop.services.debrief import Debrief, DebriefResult
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Visit

#: What saving a stop may change (and "prospects" when a first order moved the stage).
STOP_KINDS = ("visits", "gifts", "stock", "followups", "outcomes")


def save_stop(store: Store, visit_id: str, debrief: Debrief) -> Op[DebriefResult]:
    """Record what happened at a planned visit (``debriefs.debrief_visit``); undo takes it all back."""
    result = debriefs.debrief_visit(store, visit_id, debrief)
    recorded = result.recorded
    created = (recorded.gift_id, recorded.outcome_id, *(f.id for f in result.followups))
    reacted = (result.earlier_gift.id, *(f.id for f in result.feedback_done)) if result.earlier_gift else ()
    kinds = (*STOP_KINDS, "prospects") if result.stage else STOP_KINDS
    return reversible(
        Changes.of(
            *kinds, ids=(visit_id, *created, *reacted, recorded.prospect_id if result.stage else None)
        ),
        lambda: debriefs.record_debrief_again(store, recorded),
        lambda: debriefs.take_back_debrief(store, recorded),
        result,
        result.warnings,
    )


def save_note(store: Store, visit_id: str, note: str) -> Op[Visit]:
    """Change the note of a visit debriefed already; undo puts the note of before back."""
    before = visits.get_visit(store, visit_id).notes
    return run_reversible(
        Changes.of("visits", ids=[visit_id]),
        lambda: visits.update_visit(store, visit_id, notes=note),
        lambda: visits.update_visit(store, visit_id, notes=before),
    )


@dataclass
class StopSaved:
    """How saving one stop of :func:`save_stops` went: ``value`` when saved, ``error`` when refused."""

    visit_id: str
    value: DebriefResult | Visit | None = None
    error: DomainError | None = None


def save_stops(store: Store, stops: Sequence[tuple[str, Debrief | str]]) -> Op[list[StopSaved]]:
    """Save each ``(visit_id, Debrief or note)`` on its own (one transaction each), keeping going past
    refusals: those are reported in the value instead of raised. One undo takes back every saved stop."""
    saved: list[StopSaved] = []
    done: list[Op[Any]] = []
    for visit_id, what in stops:
        try:
            if isinstance(what, Debrief):
                op: Op[Any] = save_stop(store, visit_id, what)
            else:
                op = save_note(store, visit_id, what)
        except DomainError as error:
            saved.append(StopSaved(visit_id, error=error))
            continue
        done.append(op)
        saved.append(StopSaved(visit_id, op.value))
    if not done:
        return Op(NOTHING, saved)
    return together(done, saved)


def together(ops: Sequence[Op[Any]], value: Any = None) -> Op[Any]:
    """One :class:`Op` for several that ran one after the other: undo takes them back last first."""
    changes = NOTHING
    for op in ops:
        changes |= op.changes

    def flip(steps: Sequence[Op[Any]]):
        def run() -> Op[Any]:
            reverse = [step.undo() for step in reversed(steps) if step.undo is not None]
            return Op(changes, value, flip(reverse))

        return run

    return Op(changes, value, flip(ops), [w for op in ops for w in op.warnings])
