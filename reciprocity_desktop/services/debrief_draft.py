"""The rules of typing a day's visit sheets back in, before anything is saved (no Qt here).

Each visit of the day is a :class:`Stop` with a :class:`Draft` of what was typed for it. The keys
of the debrief table act on a stop's draft (:meth:`Drafts.press`): D done, N nobody there,
C cancelled, G toggles "gift handed over", 0–5 pick the outcome (4 = order). A new draft starts
from the visit (its status and notes); a visit debriefed already only lets its note change, and a
visit after today cannot be typed at all. ``services.debrief_check`` says whether a stop can be
saved and turns it into what ``ops.debrief.save_stops`` records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from reciprocity_desktop.services import validate
from reciprocity_desktop.services.debrief_day import VisitResults
from reciprocity_desktop.store.models import FollowUpKind, Gift, OutcomeKind, Stage, Visit, VisitStatus

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
#: Which gift was handed over: the one planned (or, with none planned, not chosen yet), one described
#: (``OTHER_GIFT``), or else the id of the stock item it was taken from.
PLANNED_GIFT, OTHER_GIFT = "", "other"


@dataclass(frozen=True)
class Separators:
    """The user's decimal and group separators, for reading an amount as they type it."""

    decimal: str = "."
    group: str = ","

    @property
    def example(self) -> str:
        """An amount as the user writes it: ``1,250.00`` (English), ``1.250,00`` (German)."""
        return f"1{self.group}250{self.decimal}00"


@dataclass
class Typed:
    """The values of a stop's form as typed (the status a radio button, "" for none)."""

    status: str = ""
    gift_pick: str = PLANNED_GIFT
    gift_description: str = ""
    gift_kind: str = ""
    reaction: str = ""  # how the earlier gift was received ("" not asked)
    reaction_note: str = ""
    outcome_kind: str = ""
    outcome_value: str = ""
    value_unknown: bool = False  # an order whose value is not known, said so
    make_customer: bool = True  # a first order moves the prospect to customer (on unless unticked)
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
    today: dt.date = field(default_factory=dt.date.today)
    separators: Separators = field(default_factory=Separators)

    @property
    def debriefed(self) -> bool:
        return self.visit.status != PLANNED

    @property
    def future(self) -> bool:
        """A visit after today: it cannot be debriefed yet."""
        return self.visit.date > self.today

    @property
    def editable(self) -> bool:
        """What happened can be typed: the visit is neither debriefed nor still to come."""
        return not self.debriefed and not self.future

    @property
    def planned_gift(self) -> str:
        """The gift planned for the visit: the stock item's name, else the planner's note ('' for none)."""
        if self.visit.gift_stock_item is not None:
            return self.visit.gift_stock_item.name
        return self.visit.gift_note

    @property
    def gift_possible(self) -> bool:
        """A gift (planned or not) can be ticked for a visit to debrief once it is marked done."""
        return self.editable and self.draft.status == DONE

    @property
    def earlier_gift(self) -> Gift | None:
        """The gift given to the prospect before the visit, whose reaction the debrief records."""
        return self.results.earlier_gift

    @property
    def reaction_possible(self) -> bool:
        """How the earlier gift was received can be told once the visit is marked done."""
        return self.gift_possible and self.earlier_gift is not None

    @property
    def offers_customer(self) -> bool:
        """An order typed for a prospect that never ordered (and is no customer yet): their first."""
        return (
            self.editable
            and self.draft.outcome_kind == ORDER
            and not self.results.has_orders
            and self.visit.prospect.stage != Stage.CUSTOMER.value
        )


class Press(Enum):
    """What a key did to a stop's draft."""

    REFUSED = "refused"  # not on this stop (debriefed already, no gift possible): beep
    TAKEN = "taken"
    ORDER_VALUE = "order_value"  # the outcome is an order: its value comes next
    GIFT_CHOICE = "gift_choice"  # a gift ticked with none planned: which one comes next


@dataclass(frozen=True)
class Counts:
    visits: int
    debriefed: int
    edited: int  # edited on this day and not saved
    elsewhere: int  # edited on other days and not saved
    future: int = 0  # after today: not to be debriefed yet


def new_draft(visit: Visit) -> Draft:
    """A stop's draft before anything is typed: the visit's status and notes."""
    return Draft(status=visit.status, note=visit.notes)


class Drafts:
    """The drafts of every visit typed at (kept across days) and what each one's last save said."""

    def __init__(self, separators: Separators | None = None) -> None:
        self._drafts: dict[str, Draft] = {}
        self._feedback: dict[str, Feedback] = {}
        self.separators = separators or Separators()

    def stops(
        self, day_visits: Iterable[Visit], results: dict[str, VisitResults], today: dt.date | None = None
    ) -> list[Stop]:
        """The stops of a day. A draft is kept while something typed into it is not saved; else it
        starts again from the visit as it is now (debriefed elsewhere, or undone). A save's feedback
        is kept while the visit is as that save left it."""
        today = today or dt.date.today()
        stops = []
        for visit in day_visits:
            draft = self._drafts.get(visit.id)
            if draft is None or not draft.edited:
                draft = self._drafts[visit.id] = new_draft(visit)
            feedback = self._feedback.get(visit.id)
            if feedback is not None and not feedback.holds(visit):
                del self._feedback[visit.id]
                feedback = None
            stops.append(Stop(visit, results[visit.id], draft, feedback, today, self.separators))
        return stops

    def counts(self, stops: Sequence[Stop]) -> Counts:
        on_day = {stop.visit.id for stop in stops}
        return Counts(
            visits=len(stops),
            debriefed=sum(1 for stop in stops if stop.debriefed),
            edited=sum(1 for stop in stops if stop.draft.edited),
            elsewhere=sum(1 for vid, d in self._drafts.items() if d.edited and vid not in on_day),
            future=sum(1 for stop in stops if stop.future and not stop.debriefed),
        )

    # -- typing

    def press(self, stop: Stop, key: str) -> Press | None:
        """What a key of the table does to the stop (None: not a debrief key)."""
        key = key.upper()
        if key in STATUS_KEYS:
            return _taken(self.set_status(stop, STATUS_KEYS[key]))
        if key == GIFT_KEY:
            if not self.set_gift(stop, not stop.draft.gift):
                return Press.REFUSED
            wants_choice = stop.draft.gift and not stop.planned_gift and stop.draft.gift_pick == PLANNED_GIFT
            return Press.GIFT_CHOICE if wants_choice else Press.TAKEN
        if key in OUTCOME_KEYS:
            if not self.set_outcome(stop, OUTCOME_KEYS[key]):
                return Press.REFUSED
            return Press.ORDER_VALUE if OUTCOME_KEYS[key] == ORDER else Press.TAKEN
        return None

    def set_status(self, stop: Stop, status: str) -> bool:
        """Set what happened. Done ticks the planned gift unless the gift was set by hand; any
        other status unticks it and forgets the reaction (none heard). Refused (False) on a visit
        debriefed already or still to come."""
        if not stop.editable:
            return False
        draft = stop.draft
        draft.status = status
        if status != DONE:
            draft.gift = False
            draft.reaction = draft.reaction_note = ""
        elif not draft.gift_touched:
            draft.gift = bool(stop.planned_gift)
        self._touch(stop)
        return True

    def set_gift(self, stop: Stop, handed_over: bool) -> bool:
        """Tick or untick the gift handed over by hand; refused unless the gift is possible."""
        if not stop.gift_possible:
            return False
        stop.draft.gift = handed_over
        stop.draft.gift_touched = True
        self._touch(stop)
        return True

    def set_outcome(self, stop: Stop, kind: str) -> bool:
        """Pick what came back ("" nothing); only an order keeps a value. Refused when not editable."""
        if not stop.editable:
            return False
        stop.draft.outcome_kind = kind
        if kind != ORDER:
            stop.draft.outcome_value = ""
            stop.draft.value_unknown = False
        self._touch(stop)
        return True

    def edit(self, stop: Stop, typed: Typed) -> bool:
        """Take the form's values. Of a debriefed visit only the note, and only when it changed;
        nothing of a visit still to come (False: nothing taken). Picking a gift ticks it."""
        draft = stop.draft
        if stop.future and not stop.debriefed:
            return False
        if stop.debriefed:
            if typed.note == draft.note:
                return False
            draft.note = typed.note
            self._touch(stop)
            return True
        if typed.status and typed.status != draft.status:
            self.set_status(stop, typed.status)
        if typed.gift_pick != draft.gift_pick and typed.gift_pick != PLANNED_GIFT and stop.gift_possible:
            draft.gift, draft.gift_touched = True, True
        draft.gift_pick = typed.gift_pick
        draft.gift_description = typed.gift_description
        draft.gift_kind = typed.gift_kind
        draft.reaction = typed.reaction if stop.reaction_possible else ""
        draft.reaction_note = typed.reaction_note if draft.reaction else ""
        draft.outcome_kind = typed.outcome_kind
        is_order = typed.outcome_kind == ORDER
        draft.value_unknown = typed.value_unknown and is_order
        draft.outcome_value = typed.outcome_value if is_order and not draft.value_unknown else ""
        draft.make_customer = typed.make_customer
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
    """The order value can be typed for an order of a visit to debrief, unless said to be not known."""
    return stop.editable and stop.draft.outcome_kind == ORDER and not stop.draft.value_unknown


def preset_followup(visit: Visit, kind: str, days: int) -> tuple[str, str]:
    """A due-date button: the follow-up kind chosen (a call when none yet), due ``days`` after the visit."""
    # a visit of a store written before dates were kept in range (9999-12-31) proposes the last kept
    # day, which saving then checks, rather than overflow
    due = min(visit.date, validate.LAST_DAY - dt.timedelta(days=days)) + dt.timedelta(days=days)
    return kind or FollowUpKind.CALL.value, due.isoformat()


def default_due(visit: Visit, kind: str, due: str) -> str:
    """Choosing a follow-up kind while no due date is typed proposes the first preset."""
    if not kind or due.strip():
        return due
    return preset_followup(visit, kind, PRESET_DAYS[0])[1]
