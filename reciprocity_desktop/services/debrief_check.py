"""Whether a stop of the debrief can be saved as typed, and what saving it records (no Qt here).

:func:`check` says what is wrong with a stop (the order value, the gift, the follow-up) and gives
the gentle cool-down warning; :func:`to_save` turns it into what ``ops.debrief.save_stops`` records.
Amounts are read as the user writes them (:func:`local_amount`): ``1.250,50`` in German,
``1,250.50`` in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reciprocity_desktop.services import followups, validate
from reciprocity_desktop.services.debrief import Debrief, order_value_cents
from reciprocity_desktop.services.debrief_draft import (
    DONE,
    ORDER,
    OTHER_GIFT,
    PLANNED,
    PLANNED_GIFT,
    Draft,
    Separators,
    Stop,
)
from reciprocity_desktop.services.errors import DomainError, ValidationError, Warning_
from reciprocity_desktop.store import Store

VALUE_FIELD = "order value"


def local_amount(text: str, separators: Separators) -> str:
    """An amount typed in the user's way as the services read it: the group separator goes where
    it groups thousands (``1,250`` in English is 1250, ``1.250`` in German too) and the decimal
    separator becomes a point. Anything else is left for the services' lenient reading."""
    raw = re.sub(r"\s", "", text or "")
    group, decimal = re.escape(separators.group), re.escape(separators.decimal)
    if separators.group and re.fullmatch(rf"-?\d{{1,3}}(?:{group}\d{{3}})+(?:{decimal}\d*)?", raw):
        raw = raw.replace(separators.group, "")
    if separators.decimal != "." and separators.decimal in raw and "." not in raw:
        raw = raw.replace(separators.decimal, ".")
    return raw


def _order_cents(draft: Draft, separators: Separators) -> int | None:
    """The order's value in cents (None: not known), or the error naming the field."""
    value = local_amount(draft.outcome_value, separators)
    try:
        return order_value_cents(value, draft.value_unknown, VALUE_FIELD)
    except ValidationError as error:
        if "is not an amount" not in error.template:
            raise
        raise ValidationError(
            "{field} '{value}' is not an amount (e.g. {example}).",
            field=VALUE_FIELD,
            value=draft.outcome_value.strip(),
            example=separators.example,
        ) from None


def order_cents(stop: Stop) -> int | None:
    """The order value typed for the stop, in cents (0 when empty; None when it is not an amount)."""
    if not stop.draft.outcome_value.strip():
        return 0
    try:
        return validate.amount_cents(local_amount(stop.draft.outcome_value, stop.separators), VALUE_FIELD)
    except DomainError:
        return None


@dataclass
class Check:
    """What is wrong with a stop as typed (errors block saving) and the warnings it would get."""

    value_error: DomainError | None = None
    #: An order without a value and not said to be not known: the form asks, saving waits.
    value_missing: bool = False
    gift_error: DomainError | None = None
    followup_error: DomainError | None = None
    followup_warnings: list[Warning_] = field(default_factory=list)
    due_without_kind: bool = False  # a due date but no kind: said, but saved without a follow-up

    @property
    def ok(self) -> bool:
        errors = (self.value_error, self.gift_error, self.followup_error)
        return all(error is None for error in errors) and not self.value_missing


def check(store: Store, stop: Stop) -> Check:
    """Check the stop as typed: the order value, the gift handed over, and the follow-up with its
    cool-down warning."""
    result = Check()
    if not stop.editable:
        return result
    draft = stop.draft
    if draft.outcome_kind == ORDER:
        if not draft.outcome_value.strip() and not draft.value_unknown:
            result.value_missing = True
        else:
            try:
                _order_cents(draft, stop.separators)
            except DomainError as error:
                result.value_error = error
    if draft.gift and stop.gift_possible:
        result.gift_error = _gift_error(stop)
    if draft.followup_kind:
        try:
            result.followup_warnings = followups.check_followup(
                store, stop.visit.prospect_id, draft.followup_kind, draft.followup_due
            )
        except DomainError as error:
            result.followup_error = error
    elif draft.followup_due.strip():
        result.due_without_kind = True
    return result


def _gift_error(stop: Stop) -> DomainError | None:
    draft = stop.draft
    if draft.gift_pick == OTHER_GIFT:
        try:
            validate.text(draft.gift_description, "gift description", required=True, max_length=500)
        except DomainError as error:
            return error
    elif draft.gift_pick == PLANNED_GIFT and not stop.planned_gift:
        return ValidationError("Say which gift was handed over.", field="gift")
    return None


def to_debrief(draft: Draft, separators: Separators | None = None) -> Debrief:
    """The debrief a draft records: the gift picked, the reaction (at a visit that took place), an
    order's value or that it is not known, the follow-up's due date only with its kind."""
    is_order = draft.outcome_kind == ORDER
    done = draft.status == DONE
    handed = draft.gift and done
    reaction = draft.reaction if done else ""
    return Debrief(
        status=draft.status,
        gift_handed_over=handed,
        gift_stock_item_id=draft.gift_pick
        if handed and draft.gift_pick not in (PLANNED_GIFT, OTHER_GIFT)
        else "",
        gift_description=draft.gift_description.strip() if handed and draft.gift_pick == OTHER_GIFT else "",
        gift_kind=draft.gift_kind if handed and draft.gift_pick == OTHER_GIFT else "",
        reaction=reaction,
        reaction_note=draft.reaction_note.strip() if reaction else "",
        outcome_kind=draft.outcome_kind,
        outcome_value=local_amount(draft.outcome_value, separators or Separators()) if is_order else None,
        value_unknown=is_order and draft.value_unknown,
        stage_customer=is_order and draft.make_customer,
        note=draft.note.strip(),
        followup_kind=draft.followup_kind,
        followup_due=draft.followup_due.strip() if draft.followup_kind else None,
        followup_note=draft.followup_note,
    )


def to_save(stop: Stop) -> Debrief | str | None:
    """What saving the stop records: the note of a visit debriefed already, the :class:`Debrief` of a
    planned one, or None while its status is still "planned" (say what happened first)."""
    if stop.debriefed:
        return stop.draft.note
    if stop.draft.status == PLANNED:
        return None
    return to_debrief(stop.draft, stop.separators)
