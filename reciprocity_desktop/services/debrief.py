"""The debrief: a day's paper visit sheets typed back in, one stop at a time.

Recording a stop's result is one transaction (:func:`debrief_visit`): the visit's status and notes;
the gift handed over (the planned one, another from stock, or one described), with its
``ask_feedback`` follow-up; how the prospect's earlier gift was received, which completes that
gift's open ``ask_feedback`` follow-up; what came back (an order with its value, or with its value
not known: a choice, never a default of 0); a first order moving the prospect to "customer"; and
the next follow-up. A visit after today cannot be debriefed. :func:`take_back_debrief` undoes all of
it (the gift goes back to stock, the reaction and stage of before return) and
:func:`record_debrief_again` redoes it with the same records. What the debrief reads lives in
``services.debrief_day``, the rules of typing a stop in in ``services.debrief_draft``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reciprocity_desktop.formatting import amount_value
from reciprocity_desktop.services import gift_reactions, validate
from reciprocity_desktop.services.debrief_day import earlier_gift, prospects_with_orders
from reciprocity_desktop.services.errors import ValidationError, Warning_
from reciprocity_desktop.services.followups import add_followup_in, add_outcome_in
from reciprocity_desktop.services.gift_reactions import Reacted
from reciprocity_desktop.services.gifts import GiftResult, delete_gift, log_gift_in, restore_gift
from reciprocity_desktop.services.prospects import get_live
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    FollowUp,
    Gift,
    GiftKind,
    Outcome,
    OutcomeKind,
    Prospect,
    Stage,
    Visit,
    VisitStatus,
)

DONE = VisitStatus.DONE.value
ORDER = OutcomeKind.ORDER.value
CUSTOMER = Stage.CUSTOMER.value


@dataclass
class Debrief:
    """What happened at one stop, as ticked on the visit sheet."""

    status: str = DONE
    gift_handed_over: bool = False
    gift_stock_item_id: str = ""  # a gift from stock other than the planned one
    gift_description: str = ""  # a gift not from stock (with its kind)
    gift_kind: str = ""
    reaction: str = ""  # how the earlier gift was received ("" not asked)
    reaction_note: str = ""
    outcome_kind: str = ""  # empty: nothing came back (yet)
    outcome_value: Any = None
    value_unknown: bool = False  # an order whose value is not known, said so
    stage_customer: bool = False  # a first order moves the prospect to "customer"
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
    earlier_gift: Gift | None = None  # the gift whose reaction was recorded
    reaction: Reacted | None = None
    feedback_done: list[FollowUp] = field(default_factory=list)  # the earlier gift's follow-ups it completed
    first_order: bool = False  # the outcome is the prospect's first order
    stage: tuple[str, str] | None = None  # the prospect's stage (before, after) when the debrief moved it
    prospect_stage: str = ""  # the prospect's stage after the debrief

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
            reaction=self.reaction,
            prospect_id=self.visit.prospect_id,
            stage=self.stage,
        )


@dataclass(frozen=True)
class Recorded:
    """What one :func:`debrief_visit` changed: the visit's (status, notes) before and after, the
    records it created (the gift's own feedback follow-up goes and comes with the gift), the
    reaction it recorded and the stage (before, after) it set."""

    visit_id: str
    previous: tuple[str, str]
    now: tuple[str, str]
    gift_id: str | None = None
    outcome_id: str | None = None
    followup_ids: tuple[str, ...] = ()
    reaction: Reacted | None = None
    prospect_id: str = ""
    stage: tuple[str, str] | None = None


def order_value_cents(value: Any, unknown: bool, field: str = "order value") -> int | None:
    """An order's value in cents. Left empty it must be said to be not known (then None: the value is
    unknown, stored as NULL as by ``outcomes add``); a value of 0 is refused."""
    blank = value is None or not str(value).strip()
    if blank and not unknown:
        raise ValidationError("Give the order's value, or say that it is not known.", field=field)
    if blank:
        return None
    if unknown:
        raise ValidationError("Give the order's value or say that it is not known, not both.", field=field)
    cents = validate.amount_cents(value, field)
    if cents == 0:
        raise ValidationError(
            "{field} must be more than 0; when it is not known, say so instead.", field=field
        )
    return cents


def refuse_future(visit: Visit, prospect_name: str, today: dt.date) -> None:
    """A visit after today cannot be debriefed: its outcomes would count before they happened."""
    if visit.date > today:
        raise ValidationError(
            "The visit to {name} is on {date}, still to come: it can be debriefed from that day on.",
            field="date",
            name=prospect_name,
            date=visit.date.isoformat(),
        )


def debrief_visit(
    store: Store, visit_id: str, debrief: Debrief, *, today: dt.date | None = None
) -> DebriefResult:
    """Record a visit's result in one transaction (see the module docstring); a visit after
    ``today`` is refused."""
    status = validate.choice(debrief.status, VisitStatus, "status")
    with store.session() as session:
        visit = get_live(session, Visit, visit_id, "visit")
        prospect = get_live(session, Prospect, visit.prospect_id, "prospect")
        refuse_future(visit, prospect.name, today or dt.date.today())
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
            gift_result = _hand_over(store, session, visit, debrief)
            result.gift = gift_result.gift
            result.warnings += gift_result.warnings
            if gift_result.followup:
                result.followups.append(gift_result.followup)
        if debrief.reaction or debrief.reaction_note.strip():
            _record_reaction(session, visit, prospect, debrief, result)
        if debrief.outcome_kind:
            _record_outcome(session, visit, prospect, debrief, result)
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
        result.prospect_stage = prospect.stage
        session.flush()
        return result


def _hand_over(store: Store, session: Session, visit: Visit, debrief: Debrief) -> GiftResult:
    """The gift handed over: a stock item picked, one described, else the one planned for the visit."""
    if visit.status != DONE:
        raise ValidationError("A gift can only be handed over at a visit that took place.", field="gift")
    if debrief.gift_stock_item_id and debrief.gift_description.strip():
        raise ValidationError(
            "Say which gift was handed over: from stock or described, not both.", field="gift"
        )
    if debrief.gift_stock_item_id:
        from_stock, description, kind = debrief.gift_stock_item_id, None, debrief.gift_kind or None
    elif debrief.gift_description.strip():
        from_stock, description = None, debrief.gift_description
        kind = debrief.gift_kind or GiftKind.OTHER.value
    else:
        from_stock, description = visit.gift_stock_item_id, visit.gift_note or None
        kind = debrief.gift_kind or (None if from_stock else GiftKind.OTHER.value)
    if not from_stock and not description:
        raise ValidationError("Say which gift was handed over.", field="gift")
    return log_gift_in(
        store,
        session,
        visit.prospect_id,
        kind=kind,
        description=description,
        date=visit.date,
        stock_item_id=from_stock,
        visit_id=visit.id,
    )


def _record_reaction(
    session: Session, visit: Visit, prospect: Prospect, debrief: Debrief, result: DebriefResult
) -> None:
    """How the earlier gift was received; its open ask_feedback follow-up is done on the visit's day."""
    if not debrief.reaction:
        raise ValidationError(
            "Say how the gift was received, or leave the reaction's note empty.", field="reaction"
        )
    if visit.status != DONE:
        raise ValidationError("A reaction can only be heard at a visit that took place.", field="reaction")
    gift = earlier_gift(session, visit)
    if gift is None:
        raise ValidationError(
            "{name} received no gift before this visit, so there is no reaction to record.",
            field="reaction",
            name=prospect.name,
        )
    reacted = gift_reactions.react_in(session, gift, debrief.reaction, debrief.reaction_note, visit.date)
    result.earlier_gift, result.reaction = gift, reacted.reacted
    result.feedback_done = reacted.completed


def _record_outcome(
    session: Session, visit: Visit, prospect: Prospect, debrief: Debrief, result: DebriefResult
) -> None:
    """What came back; an order asks for its value, and a first order may move the stage to customer."""
    kind = validate.choice(debrief.outcome_kind, OutcomeKind, "kind")
    value = debrief.outcome_value
    if kind == ORDER:
        cents = order_value_cents(value, debrief.value_unknown)
        value = None if cents is None else amount_value(cents)
        result.first_order = prospect.id not in prospects_with_orders(session, [prospect.id])
    result.outcome = add_outcome_in(
        session,
        visit.prospect_id,
        kind=kind,
        date=visit.date,
        value=value,
        note=debrief.note,
        visit_id=visit.id,
    )
    if result.first_order and debrief.stage_customer and prospect.stage != CUSTOMER:
        result.stage = (prospect.stage, CUSTOMER)
        prospect.stage = CUSTOMER


def take_back_debrief(store: Store, recorded: Recorded) -> None:
    """Undo :func:`debrief_visit`: the gift is taken back (its stock returns, its open feedback
    follow-up goes), the outcome and follow-ups it created are removed, the earlier gift's reaction
    and the stage of before return, and the visit has its status and notes of before again."""
    if recorded.gift_id:
        delete_gift(store, recorded.gift_id)
    _set_debrief(store, recorded, taken_back=True)


def record_debrief_again(store: Store, recorded: Recorded) -> None:
    """Redo a debrief taken back by :func:`take_back_debrief`, with the same records (the gift is
    drawn from stock again, so this fails, changing nothing, when the stock ran out meanwhile)."""
    if recorded.gift_id:
        restore_gift(store, recorded.gift_id)
    _set_debrief(store, recorded, taken_back=False)


def _set_debrief(store: Store, recorded: Recorded, *, taken_back: bool) -> None:
    """One transaction: the visit's (status, notes), the debrief's outcome and follow-ups (not)
    deleted, the reaction and the stage as before (or as the debrief set them)."""
    with store.session() as session:
        visit = get_live(session, Visit, recorded.visit_id, "visit")
        visit.status, visit.notes = recorded.previous if taken_back else recorded.now
        records = [session.get(FollowUp, followup_id) for followup_id in recorded.followup_ids]
        if recorded.outcome_id:
            records.append(session.get(Outcome, recorded.outcome_id))
        for record in records:
            if record is not None:
                record.deleted = taken_back
        if recorded.reaction is not None:
            gift_reactions.set_reacted_in(session, recorded.reaction, taken_back=taken_back)
        if recorded.stage is not None:
            prospect = session.get(Prospect, recorded.prospect_id)
            if prospect is not None:
                prospect.stage = recorded.stage[0] if taken_back else recorded.stage[1]
