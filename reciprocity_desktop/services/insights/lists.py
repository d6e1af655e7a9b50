"""The lists to act on: gifted prospects not followed up, gift reactions overdue, next steps.

Each is one read of the store and runs off the GUI thread; the window and scripts share them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from reciprocity_desktop.services import settings, unfollowed
from reciprocity_desktop.services.insights.figures import DEFAULT_WINDOW_DAYS, check_params
from reciprocity_desktop.services.insights.matching import (
    Matcher,
    live_gifts,
    live_outcomes,
    prospect_names,
)
from reciprocity_desktop.services.unfollowed import UnfollowedRow
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import Contact, FollowUpKind, OutcomeKind


@dataclass(frozen=True)
class OverdueReactionRow:
    """A gift whose reaction is still unknown after asking about it was due."""

    gift_id: str
    prospect_id: str
    name: str
    gift_date: dt.date
    gift_kind: str
    description: str
    due: dt.date
    days_overdue: int
    asked: bool  # the ask_feedback follow-up was marked done (but no reaction was recorded)

    @property
    def id(self) -> str:
        return self.gift_id


@dataclass(frozen=True)
class NextStepRow:
    """A prospect who gave something back, with a suggested next step."""

    prospect_id: str
    name: str
    city: str
    last_outcome_date: dt.date
    last_outcome_kind: str
    outcomes: int
    order_value_cents: int
    decision_maker: str  # name of a decision-maker contact, "" when none is known
    step: str  # code of the rule that chose the step (see NEXT_STEPS)
    step_text: str  # the step in English, formatted

    @property
    def id(self) -> str:
        return self.prospect_id


#: The suggested next step for a reciprocated prospect, by the kind of its latest outcome.
#: The templates are English; the window translates them (context "services").
NEXT_STEPS: dict[str, str] = {
    "thank_order": "Thank them for the order; ask how it works and whom else it could help.",
    "thank_referral": "Thank them for the referral; report back how it went.",
    "offer_after_meeting": "Send what you promised at the meeting, then ask for the order.",
    "meet_decision_maker": "Ask for a meeting with {name}, the decision maker.",
    "find_decision_maker": "Find out who decides and ask for a meeting.",
    "thank_send_info": "Thank them; send useful information.",
}


def next_step_rule(last_outcome_kind: str, decision_maker: str) -> str:
    """The rule (a key of NEXT_STEPS) for a prospect whose latest outcome is of this kind.

    * order → thank them, ask how it works and for a referral;
    * referral → thank them, report back on the contact;
    * meeting (with the decision maker) → send what was promised, then ask for the order;
    * conversation → a meeting with the decision maker (named when a contact is marked as one,
      else find out who decides);
    * other → thank them and send useful information.
    """
    if last_outcome_kind == OutcomeKind.ORDER:
        return "thank_order"
    if last_outcome_kind == OutcomeKind.REFERRAL:
        return "thank_referral"
    if last_outcome_kind == OutcomeKind.MEETING:
        return "offer_after_meeting"
    if last_outcome_kind == OutcomeKind.CONVERSATION:
        return "meet_decision_maker" if decision_maker else "find_decision_maker"
    return "thank_send_info"


#: Each live prospect waiting for a follow-up, with its latest gift (the one definition: services/unfollowed.py).
_UNFOLLOWED_SQL = unfollowed.WAITING_SQL


def unfollowed_gifted(store: Store, *, today: dt.date | None = None) -> list[UnfollowedRow]:
    """Gifted prospects with no follow-up yet, the longest waiting first.

    A prospect counts as followed up once, on or after its latest gift's date, a follow-up
    was marked done, a reaction to that gift was recorded, or an outcome was recorded
    (:mod:`reciprocity_desktop.services.unfollowed`; one SQL query: ISO dates compare correctly as text).
    """
    today = today or dt.date.today()
    with store.read() as session:
        found = session.connection().exec_driver_sql(_UNFOLLOWED_SQL).fetchall()
    rows = [unfollowed.make_row(tuple(row), today) for row in found]
    rows.sort(key=lambda r: (r.gift_date, r.name.casefold(), r.prospect_id))
    return rows


_OVERDUE_SQL = """
SELECT g.id, g.prospect_id, p.name, g.date, g.kind, g.description,
       COALESCE(a.due, date(g.date, ?)) AS due, COALESCE(a.asked, 0)
  FROM gifts g
  JOIN prospects p ON p.id = g.prospect_id AND p.deleted = 0
  LEFT JOIN (SELECT gift_id, MIN(due) AS due, MAX(done_on IS NOT NULL) AS asked
               FROM followups
              WHERE deleted = 0 AND kind = ? AND gift_id IS NOT NULL
              GROUP BY gift_id) AS a ON a.gift_id = g.id
 WHERE g.deleted = 0 AND g.reaction IS NULL AND COALESCE(a.due, date(g.date, ?)) < ?
"""


def overdue_reactions(store: Store, *, today: dt.date | None = None) -> list[OverdueReactionRow]:
    """Gifts with no reaction recorded after asking about them was due, the most overdue first.

    The due date is that of the gift's ``ask_feedback`` follow-up (the earliest, when there
    are several); a gift without one is due ``feedback_delay_days`` (setting, default 7)
    after it was given. A gift is listed from the day after it was due.
    """
    today = today or dt.date.today()
    delay = f"+{int(settings.get(store, 'feedback_delay_days'))} days"
    params = (delay, FollowUpKind.ASK_FEEDBACK.value, delay, today.isoformat())
    with store.read() as session:
        found = session.connection().exec_driver_sql(_OVERDUE_SQL, params).fetchall()
    day = dt.date.fromisoformat
    rows = [
        OverdueReactionRow(
            gift_id, pid, name, day(given), kind, text, day(due), (today - day(due)).days, bool(asked)
        )
        for gift_id, pid, name, given, kind, text, due, asked in found
    ]
    rows.sort(key=lambda r: (-r.days_overdue, r.name.casefold(), r.gift_id))
    return rows


def next_steps(
    store: Store,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[NextStepRow]:
    """Prospects with at least one reciprocated gift (as in :func:`compute`) and what to do next.

    The step follows the kind of the prospect's latest outcome (see :func:`next_step_rule`).
    Most recent outcome first.
    """
    check_params(window_days, date_from, date_to)
    with store.read() as session:
        names = prospect_names(session)
        live = set(names)
        gifts = live_gifts(session, live, date_from, date_to)
        outcomes = live_outcomes(session, live)
        deciders: dict[str, str] = {}
        for prospect_id, name in session.execute(
            select(Contact.prospect_id, Contact.name)
            .where(Contact.deleted.is_(False), Contact.is_decision_maker.is_(True))
            .order_by(Contact.name)
        ):
            deciders.setdefault(prospect_id, name)
    matcher = Matcher(gifts, outcomes, window_days)
    reciprocated = {g.prospect_id for g in gifts if matcher.first_outcome_days(g) is not None}
    rows = []
    for prospect_id in reciprocated:
        items = matcher.outcomes[prospect_id]
        last = items[-1]
        decider = deciders.get(prospect_id, "")
        rule = next_step_rule(last.kind, decider)
        name, city = names[prospect_id]
        orders = sum(o.value for o in items if o.kind == OutcomeKind.ORDER)
        step = NEXT_STEPS[rule].format(name=decider)
        last_day = dt.date.fromordinal(last.day)
        rows.append(
            NextStepRow(prospect_id, name, city, last_day, last.kind, len(items), orders, decider, rule, step)
        )
    rows.sort(key=lambda r: (-r.last_outcome_date.toordinal(), r.name.casefold(), r.prospect_id))
    return rows
