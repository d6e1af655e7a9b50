"""The debrief: a day's paper visit sheets typed back in, one stop at a time.

Recording a stop's result is one transaction: the visit's status and notes, the gift handed over
(taken from stock, with its ``ask_feedback`` follow-up), what came back, and the next follow-up.
:func:`take_back_debrief` undoes it (the gift goes back to stock) and :func:`record_debrief_again`
redoes it with the same records. The rules of typing a stop in live in ``services.debrief_draft``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from reciprocity_desktop.services import validate
from reciprocity_desktop.services.errors import ValidationError, Warning_
from reciprocity_desktop.services.followups import add_followup_in, add_outcome_in
from reciprocity_desktop.services.gifts import delete_gift, log_gift_in, restore_gift
from reciprocity_desktop.services.prospects import get_live
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, Prospect, Visit, VisitStatus


@dataclass
class Debrief:
    """What happened at one stop, as ticked on the visit sheet."""

    status: str = VisitStatus.DONE.value
    gift_handed_over: bool = False
    gift_description: str = ""  # when the gift was not from stock
    gift_kind: str = ""
    outcome_kind: str = ""  # empty: nothing came back (yet)
    outcome_value: Any = None
    note: str = ""
    followup_kind: str = ""  # empty: no extra follow-up
    followup_due: Any = None
    followup_note: str = ""


@dataclass
class DebriefResult:
    visit: Visit
    gift: Gift | None = None
    outcome: Outcome | None = None
    followups: list[FollowUp] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    previous_status: str = VisitStatus.PLANNED.value  # the visit's status and notes before the debrief
    previous_notes: str = ""

    @property
    def recorded(self) -> Recorded:
        """The ids and values that take this debrief back and record it again."""
        return Recorded(
            visit_id=self.visit.id,
            previous=(self.previous_status, self.previous_notes),
            now=(self.visit.status, self.visit.notes),
            gift_id=self.gift.id if self.gift is not None else None,
            outcome_id=self.outcome.id if self.outcome is not None else None,
            followup_ids=tuple(f.id for f in self.followups if f.gift_id is None),
        )


@dataclass(frozen=True)
class Recorded:
    """What one :func:`debrief_visit` changed: the visit's (status, notes) before and after, and the
    records it created (the gift's own feedback follow-up goes and comes with the gift)."""

    visit_id: str
    previous: tuple[str, str]
    now: tuple[str, str]
    gift_id: str | None = None
    outcome_id: str | None = None
    followup_ids: tuple[str, ...] = ()


def debrief_visit(store: Store, visit_id: str, debrief: Debrief) -> DebriefResult:
    """Record a visit's result in one transaction: status, notes, the gift handed over (taken from
    stock, with its ask_feedback follow-up), the outcome, and the next follow-up."""
    status = validate.choice(debrief.status, VisitStatus, "status")
    with store.session() as session:
        visit = get_live(session, Visit, visit_id, "visit")
        if visit.status != VisitStatus.PLANNED.value:
            already = session.scalar(
                select(func.count())
                .select_from(Gift)
                .where(Gift.visit_id == visit.id, Gift.deleted.is_(False))
            )
            if already and debrief.gift_handed_over:
                raise ValidationError(
                    "The gift for this visit was already recorded; edit it under Gifts instead.", field="gift"
                )
        result = DebriefResult(visit, previous_status=visit.status, previous_notes=visit.notes)
        visit.status = status
        if debrief.note:
            visit.notes = validate.text(debrief.note, "note", max_length=5000)
        if debrief.gift_handed_over:
            if status != VisitStatus.DONE.value:
                raise ValidationError(
                    "A gift can only be handed over at a visit that took place.", field="gift"
                )
            from_stock = visit.gift_stock_item_id if not debrief.gift_description else None
            description = debrief.gift_description or visit.gift_note or None
            if not from_stock and not description:
                raise ValidationError("Say which gift was handed over.", field="gift")
            gift_result = log_gift_in(
                store,
                session,
                visit.prospect_id,
                kind=debrief.gift_kind or None if from_stock else (debrief.gift_kind or "other"),
                description=description,
                date=visit.date,
                stock_item_id=from_stock,
                visit_id=visit.id,
            )
            result.gift = gift_result.gift
            result.warnings += gift_result.warnings
            if gift_result.followup:
                result.followups.append(gift_result.followup)
        if debrief.outcome_kind:
            result.outcome = add_outcome_in(
                session,
                visit.prospect_id,
                kind=debrief.outcome_kind,
                date=visit.date,
                value=debrief.outcome_value,
                note=debrief.note,
                visit_id=visit.id,
            )
        if debrief.followup_kind:
            followup_result = add_followup_in(
                store,
                session,
                visit.prospect_id,
                kind=debrief.followup_kind,
                due=debrief.followup_due,
                note=debrief.followup_note,
            )
            result.followups.append(followup_result.followup)
            result.warnings += followup_result.warnings
        session.flush()
        return result


def take_back_debrief(store: Store, recorded: Recorded) -> None:
    """Undo :func:`debrief_visit`: the gift is taken back (its stock returns, its open feedback
    follow-up goes), the outcome and follow-ups it created are removed, and the visit has its
    status and notes of before again."""
    if recorded.gift_id:
        delete_gift(store, recorded.gift_id)
    _set_debrief(store, recorded, recorded.previous, deleted=True)


def record_debrief_again(store: Store, recorded: Recorded) -> None:
    """Redo a debrief taken back by :func:`take_back_debrief`, with the same records (the gift is
    drawn from stock again, so this fails, changing nothing, when the stock ran out meanwhile)."""
    if recorded.gift_id:
        restore_gift(store, recorded.gift_id)
    _set_debrief(store, recorded, recorded.now, deleted=False)


def _set_debrief(store: Store, recorded: Recorded, visit_state: tuple[str, str], *, deleted: bool) -> None:
    """One transaction: the visit's (status, notes), and the debrief's outcome and follow-ups (not)
    deleted."""
    with store.session() as session:
        visit = get_live(session, Visit, recorded.visit_id, "visit")
        visit.status, visit.notes = visit_state
        records = [session.get(FollowUp, followup_id) for followup_id in recorded.followup_ids]
        if recorded.outcome_id:
            records.append(session.get(Outcome, recorded.outcome_id))
        for record in records:
            if record is not None:
                record.deleted = deleted


def debrief_default_day(store: Store, today: dt.date | None = None) -> dt.date:
    """The day to debrief: today when it has visits, else the latest earlier day with visits still
    planned, else today."""
    today = today or dt.date.today()
    with store.read() as session:
        live = (Visit.deleted.is_(False), Prospect.deleted.is_(False))
        has_today = session.scalar(
            select(func.count()).select_from(Visit).join(Prospect).where(Visit.date == today, *live)
        )
        if has_today:
            return today
        latest_open = session.scalar(
            select(func.max(Visit.date))
            .join(Prospect)
            .where(Visit.date < today, Visit.status == VisitStatus.PLANNED.value, *live)
        )
        return latest_open or today


@dataclass
class VisitResults:
    """What was recorded for a visit already: gifts handed over and outcomes."""

    gifts: list[Gift] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)


def visit_results(store: Store, visit_ids: Sequence[str]) -> dict[str, VisitResults]:
    """Live gifts and outcomes linked to each of ``visit_ids`` (every id gets an entry)."""
    results = {visit_id: VisitResults() for visit_id in visit_ids}
    if not results:
        return results
    with store.read() as session:
        for gift in session.scalars(
            select(Gift)
            .where(Gift.visit_id.in_(list(results)), Gift.deleted.is_(False))
            .order_by(Gift.created_at)
        ):
            results[gift.visit_id].gifts.append(gift)
        for outcome in session.scalars(
            select(Outcome)
            .where(Outcome.visit_id.in_(list(results)), Outcome.deleted.is_(False))
            .order_by(Outcome.created_at)
        ):
            results[outcome.visit_id].outcomes.append(outcome)
    return results
