"""The rules of typing a day's visit sheets back in, before anything is saved (no Qt here).

Each visit of the day is a :class:`Stop` with a :class:`Draft` of what was typed for it. The keys
of the debrief table act on a stop's draft (:meth:`Drafts.press`): D done, N nobody there,
C cancelled, G toggles "gift handed over", 0–5 pick the outcome (4 = order). A new draft starts
from the visit (its status and notes); a visit debriefed already only lets its note change.
:func:`check` says whether a stop can be saved (and gives the gentle cool-down warning), and
:func:`to_save` turns it into what ``ops.debrief.save_stops`` records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from reciprocity_desktop.services import followups, validate
from reciprocity_desktop.services.debrief import Debrief, VisitResults
from reciprocity_desktop.services.errors import DomainError, Warning_
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUpKind, OutcomeKind, Visit, VisitStatus

PLANNED = VisitStatus.PLANNED.value
DONE = VisitStatus.DONE.value
ORDER = OutcomeKind.ORDER.value

#: Status by key.
STATUS_KEYS = {"D": DONE, "N": VisitStatus.NOBODY_THERE.value, "C": VisitStatus.CANCELLED.value}
#: The key that toggles "gift handed over".
GIFT_KEY = "G"
#: Outcome by digit key (0 = nothing came back).
OUTCOME_KEYS = {
    "0": "",
    "1": OutcomeKind.CONVERSATION.value,
    "2": OutcomeKind.REFERRAL.value,
    "3": OutcomeKind.MEETING.value,
    "4": ORDER,
    "5": OutcomeKind.OTHER.value,
}
#: The follow-ups a debrief can schedule, in the order offered.
FOLLOWUP_KINDS = [
    FollowUpKind.CALL.value,
    FollowUpKind.SEND_INFO.value,
    FollowUpKind.VISIT.value,
    FollowUpKind.ASK_ORDER.value,
    FollowUpKind.ASK_FEEDBACK.value,
]
#: The due-date buttons: days after the visit.
PRESET_DAYS = (7, 14, 30)


@dataclass
class Typed:
    """The values of a stop's form as typed (the status a radio button, "" for none)."""

    status: str = ""
    outcome_kind: str = ""
    outcome_value: str = ""
    note: str = ""
    followup_kind: str = ""
    followup_due: str = ""
    followup_note: str = ""


@dataclass
class Draft(Typed):
    """What was typed for one visit and not saved yet, with the gift check."""

    status: str = PLANNED
    gift: bool = False
    gift_touched: bool = False  # the user set the gift check by hand
    edited: bool = False


@dataclass
class Feedback:
    """What happened when the stop was last saved: ``kind`` is ``error``, ``warning`` or ``saved``."""

    kind: str
    text: str
    followup: str = ""  # the follow-up scheduled by that save, for the table
    #: The visit's (status, notes) the save left; the feedback is dropped once they changed (undo).
    visit_state: tuple[str, str] | None = None

    def holds(self, visit: Visit) -> bool:
        return self.visit_state is None or self.visit_state == (visit.status, visit.notes)


@dataclass
class Stop:
    """One visit of the day, what was recorded for it and what was typed."""

    visit: Visit
    results: VisitResults
    draft: Draft
    feedback: Feedback | None = None

    @property
    def debriefed(self) -> bool:
        return self.visit.status != PLANNED

    @property
    def planned_gift(self) -> str:
        """The gift planned for the visit: the stock item's name, else the planner's note ('' for none)."""
        if self.visit.gift_stock_item is not None:
            return self.visit.gift_stock_item.name
        return self.visit.gift_note

    @property
    def gift_possible(self) -> bool:
        """A gift can be ticked for a planned visit that brings one, once it is marked done."""
        return not self.debriefed and bool(self.planned_gift) and self.draft.status == DONE


class Press(Enum):
    """What a key did to a stop's draft."""

    REFUSED = "refused"  # not on this stop (debriefed already, no gift possible): beep
    TAKEN = "taken"
    ORDER_VALUE = "order_value"  # the outcome is an order: its value comes next


@dataclass(frozen=True)
class Counts:
    visits: int
    debriefed: int
    edited: int  # edited on this day and not saved
    elsewhere: int  # edited on other days and not saved


def new_draft(visit: Visit) -> Draft:
    """A stop's draft before anything is typed: the visit's status and notes."""
    return Draft(status=visit.status, note=visit.notes)


class Drafts:
    """The drafts of every visit typed at (kept across days) and what each one's last save said."""

    def __init__(self) -> None:
        self._drafts: dict[str, Draft] = {}
        self._feedback: dict[str, Feedback] = {}

    def stops(self, day_visits: Iterable[Visit], results: dict[str, VisitResults]) -> list[Stop]:
        """The stops of a day. A draft is kept while something typed into it is not saved; else it
        starts again from the visit as it is now (debriefed elsewhere, or undone). A save's feedback
        is kept while the visit is as that save left it."""
        stops = []
        for visit in day_visits:
            draft = self._drafts.get(visit.id)
            if draft is None or not draft.edited:
                draft = self._drafts[visit.id] = new_draft(visit)
            feedback = self._feedback.get(visit.id)
            if feedback is not None and not feedback.holds(visit):
                del self._feedback[visit.id]
                feedback = None
            stops.append(Stop(visit, results[visit.id], draft, feedback))
        return stops

    def counts(self, stops: Sequence[Stop]) -> Counts:
        on_day = {stop.visit.id for stop in stops}
        return Counts(
            visits=len(stops),
            debriefed=sum(1 for stop in stops if stop.debriefed),
            edited=sum(1 for stop in stops if stop.draft.edited),
            elsewhere=sum(1 for vid, d in self._drafts.items() if d.edited and vid not in on_day),
        )

    # -- typing

    def press(self, stop: Stop, key: str) -> Press | None:
        """What a key of the table does to the stop (None: not a debrief key)."""
        key = key.upper()
        if key in STATUS_KEYS:
            return _taken(self.set_status(stop, STATUS_KEYS[key]))
        if key == GIFT_KEY:
            return _taken(self.set_gift(stop, not stop.draft.gift))
        if key in OUTCOME_KEYS:
            if not self.set_outcome(stop, OUTCOME_KEYS[key]):
                return Press.REFUSED
            return Press.ORDER_VALUE if OUTCOME_KEYS[key] == ORDER else Press.TAKEN
        return None

    def set_status(self, stop: Stop, status: str) -> bool:
        """Set what happened. Done ticks the planned gift unless the gift was set by hand; any
        other status unticks it. Refused (False) on a visit debriefed already."""
        if stop.debriefed:
            return False
        draft = stop.draft
        draft.status = status
        if status != DONE:
            draft.gift = False
        elif not draft.gift_touched:
            draft.gift = bool(stop.planned_gift)
        self._touch(stop)
        return True

    def set_gift(self, stop: Stop, handed_over: bool) -> bool:
        """Tick or untick the planned gift by hand; refused unless the gift is possible."""
        if not stop.gift_possible:
            return False
        stop.draft.gift = handed_over
        stop.draft.gift_touched = True
        self._touch(stop)
        return True

    def set_outcome(self, stop: Stop, kind: str) -> bool:
        """Pick what came back ("" nothing); only an order keeps a value. Refused when debriefed."""
        if stop.debriefed:
            return False
        stop.draft.outcome_kind = kind
        if kind != ORDER:
            stop.draft.outcome_value = ""
        self._touch(stop)
        return True

    def edit(self, stop: Stop, typed: Typed) -> bool:
        """Take the form's values. Of a debriefed visit only the note, and only when it changed
        (False: nothing taken)."""
        draft = stop.draft
        if stop.debriefed:
            if typed.note == draft.note:
                return False
            draft.note = typed.note
            self._touch(stop)
            return True
        if typed.status and typed.status != draft.status:
            self.set_status(stop, typed.status)
        draft.outcome_kind = typed.outcome_kind
        draft.outcome_value = typed.outcome_value if typed.outcome_kind == ORDER else ""
        draft.note = typed.note
        draft.followup_kind = typed.followup_kind
        draft.followup_due = typed.followup_due
        draft.followup_note = typed.followup_note
        self._touch(stop)
        return True

    def forget(self, stop: Stop) -> None:
        """Forget what was typed for the stop (and what its last save said)."""
        stop.draft = self._drafts[stop.visit.id] = new_draft(stop.visit)
        stop.feedback = None
        self._feedback.pop(stop.visit.id, None)

    def _touch(self, stop: Stop) -> None:
        stop.draft.edited = True
        stop.feedback = None
        self._feedback.pop(stop.visit.id, None)

    # -- saving

    def record(self, stop: Stop, feedback: Feedback) -> None:
        """Note how saving the stop went; a saved stop's draft is done with, a refused one's is kept."""
        stop.feedback = self._feedback[stop.visit.id] = feedback
        if feedback.kind != "error":
            self._drafts.pop(stop.visit.id, None)


def _taken(taken: bool) -> Press:
    return Press.TAKEN if taken else Press.REFUSED


def wants_order_value(stop: Stop) -> bool:
    """The order value can be typed for an order of a visit not debriefed yet."""
    return not stop.debriefed and stop.draft.outcome_kind == ORDER


def order_cents(text: str) -> int | None:
    """The order value typed, in cents (None when it is not an amount)."""
    try:
        return validate.amount_cents(text, "order value")
    except DomainError:
        return None


def preset_followup(visit: Visit, kind: str, days: int) -> tuple[str, str]:
    """A due-date button: the follow-up kind chosen (a call when none yet), due ``days`` after the visit."""
    return kind or FollowUpKind.CALL.value, (visit.date + dt.timedelta(days=days)).isoformat()


def default_due(visit: Visit, kind: str, due: str) -> str:
    """Choosing a follow-up kind while no due date is typed proposes the first preset."""
    if not kind or due.strip():
        return due
    return preset_followup(visit, kind, PRESET_DAYS[0])[1]


@dataclass
class Check:
    """What is wrong with a stop as typed (errors block saving) and the warnings it would get."""

    value_error: DomainError | None = None
    followup_error: DomainError | None = None
    followup_warnings: list[Warning_] = field(default_factory=list)
    due_without_kind: bool = False  # a due date but no kind: said, but saved without a follow-up

    @property
    def ok(self) -> bool:
        return self.value_error is None and self.followup_error is None


def check(store: Store, stop: Stop) -> Check:
    """Check the stop as typed: the order value, and the follow-up with its cool-down warning."""
    result = Check()
    if stop.debriefed:
        return result
    draft = stop.draft
    if draft.outcome_kind == ORDER and draft.outcome_value.strip():
        try:
            validate.amount_cents(draft.outcome_value, "order value")
        except DomainError as error:
            result.value_error = error
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


def to_debrief(draft: Draft) -> Debrief:
    """The debrief a draft records (an order's value, the follow-up's due date only with its kind)."""
    return Debrief(
        status=draft.status,
        gift_handed_over=draft.gift,
        outcome_kind=draft.outcome_kind,
        outcome_value=draft.outcome_value if draft.outcome_kind == ORDER else None,
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
    return to_debrief(stop.draft)
