"""Reciprocity insights: which gifts lead to what, how fast, at what cost (PRODUCT.md §4.5).

Definitions (also in ``docs/insights.md`` and in the Insights view's help):

* A gift is **reciprocated** when its prospect has an outcome of any kind dated on or
  after the gift's date and at most ``window_days`` (default 90) after it.
* An outcome **reciprocates** a gift under the same condition (same prospect, dated from
  the gift's date to ``window_days`` after it).
* ``date_from`` / ``date_to`` restrict the gifts considered by gift date. Outcomes may fall
  after ``date_to`` within the window. Figures that count outcomes on their own (the
  not-gifted group, outcomes per kind, the balance) take outcomes dated from ``date_from``
  to ``date_to + window_days`` (each bound only when given).
* Deleted records never count, nor do gifts and outcomes of deleted prospects.
* Rates are ``None`` when their denominator is 0.

Money is kept in integer cents here; :meth:`Report.to_json` turns it into decimal amounts
(12.5, not 1250) for the ``report --json`` command.

The lists to act on (gifted prospects not followed up yet, gift reactions overdue,
reciprocated prospects with a suggested next step) and the outcomes per month for the
chart are queries here too, so the window and scripts share them.

Nothing here imports Qt; every function opens its own read session and can run off the
GUI thread.
"""

from __future__ import annotations

import bisect
import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import settings
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import (
    Contact,
    FollowUpKind,
    Gift,
    GiftKind,
    Outcome,
    OutcomeKind,
    Prospect,
)

DEFAULT_WINDOW_DAYS = 90
MAX_WINDOW_DAYS = 3650
QUALITIES: tuple[str, ...] = ("personal", "unexpected", "meaningful")

_KIND_ORDER = {kind.value: i for i, kind in enumerate(GiftKind)}
_OUTCOME_ORDER = {kind.value: i for i, kind in enumerate(OutcomeKind)}


# -- figures -------------------------------------------------------------------------------------------


@dataclass
class GroupFigures:
    """Figures over one group of gifts (a kind, or gifts with/without a quality)."""

    gifts: int = 0
    prospects: int = 0
    reciprocated: int = 0
    rate: float | None = None
    median_days: float | None = None
    cost_cents: int = 0
    order_value_cents: int = 0

    def to_json(self, *, with_prospects: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {"gifts": self.gifts}
        if with_prospects:
            data["prospects"] = self.prospects
        data.update(
            reciprocated=self.reciprocated,
            rate=_round_rate(self.rate),
            median_days=self.median_days,
            cost=money(self.cost_cents),
            order_value=money(self.order_value_cents),
        )
        return data


@dataclass
class KindFigures(GroupFigures):
    kind: str = ""

    def to_json(self, *, with_prospects: bool = True) -> dict[str, Any]:
        return {"kind": self.kind, **super().to_json(with_prospects=with_prospects)}


@dataclass
class QualityFigures:
    quality: str
    with_: GroupFigures
    without: GroupFigures

    def to_json(self) -> dict[str, Any]:
        return {
            "quality": self.quality,
            "with": self.with_.to_json(with_prospects=False),
            "without": self.without.to_json(with_prospects=False),
        }


@dataclass
class ProspectGroup:
    """Gifted or not gifted prospects: how many, how many got something back."""

    prospects: int = 0
    reciprocated: int = 0
    rate: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "prospects": self.prospects,
            "reciprocated": self.reciprocated,
            "rate": _round_rate(self.rate),
        }


@dataclass
class OutcomeKindFigures:
    kind: str
    outcomes: int = 0  # outcomes of this kind that reciprocate at least one considered gift
    median_days: float | None = None  # from the latest gift each one reciprocates
    value_cents: int = 0  # value of those outcomes
    all_outcomes: int = 0  # every outcome of this kind in the outcome period
    all_value_cents: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "outcomes": self.outcomes,
            "median_days": self.median_days,
            "value": money(self.value_cents),
            "all_outcomes": self.all_outcomes,
            "all_value": money(self.all_value_cents),
        }


@dataclass
class BalanceRow:
    prospect_id: str
    name: str
    city: str
    gifts: int = 0
    gift_cost_cents: int = 0
    outcomes: int = 0
    order_value_cents: int = 0

    @property
    def net_cents(self) -> int:
        return self.order_value_cents - self.gift_cost_cents

    def to_json(self) -> dict[str, Any]:
        return {
            "prospect_id": self.prospect_id,
            "name": self.name,
            "gifts": self.gifts,
            "gift_cost": money(self.gift_cost_cents),
            "outcomes": self.outcomes,
            "order_value": money(self.order_value_cents),
            "net": money(self.net_cents),
        }


@dataclass
class Report:
    window_days: int
    date_from: dt.date | None
    date_to: dt.date | None
    by_kind: list[KindFigures] = field(default_factory=list)
    gifted: ProspectGroup = field(default_factory=ProspectGroup)
    not_gifted: ProspectGroup = field(default_factory=ProspectGroup)
    by_quality: list[QualityFigures] = field(default_factory=list)
    by_outcome_kind: list[OutcomeKindFigures] = field(default_factory=list)
    balance: list[BalanceRow] = field(default_factory=list)
    #: All considered gifts together (order value counted once overall). Not in the JSON.
    total: GroupFigures = field(default_factory=GroupFigures)

    def to_json(self) -> dict[str, Any]:
        return {
            "window_days": self.window_days,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "by_kind": [k.to_json() for k in self.by_kind],
            "gifted": self.gifted.to_json(),
            "not_gifted": self.not_gifted.to_json(),
            "by_quality": [q.to_json() for q in self.by_quality],
            "by_outcome_kind": [o.to_json() for o in self.by_outcome_kind],
            "balance": [b.to_json() for b in self.balance],
        }


def money(cents: int) -> float | int:
    """Cents as a decimal amount for JSON: 1250 -> 12.5, 1200 -> 12."""
    return cents // 100 if cents % 100 == 0 else round(cents / 100, 2)


def _round_rate(rate: float | None) -> float | None:
    return None if rate is None else round(rate, 4)


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _median(values: list[int]) -> float | None:
    if not values:
        return None
    result = statistics.median(values)
    return int(result) if float(result).is_integer() else float(result)


def check_params(window_days: int, date_from: dt.date | None, date_to: dt.date | None) -> None:
    if not isinstance(window_days, int) or window_days < 0:
        raise ValidationError(
            "window days must be a whole number of at least 0 (got {value}).",
            field="window days",
            value=window_days,
        )
    if window_days > MAX_WINDOW_DAYS:
        raise ValidationError(
            "window days must be at most {limit} (got {value}).",
            field="window days",
            limit=MAX_WINDOW_DAYS,
            value=window_days,
        )
    if date_from and date_to and date_from > date_to:
        raise ValidationError(
            "The start date {start} is after the end date {end}.",
            field="from",
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )


# -- loading -------------------------------------------------------------------------------------------

# The two big reads (every gift, every outcome) go straight to the driver: SQLAlchemy's row
# processing would double their time on a large store. Dates become day numbers
# (date.toordinal()), which is what the window arithmetic needs.


@dataclass(slots=True)
class _G:
    prospect_id: str
    day: int
    kind: str
    cost: int
    personal: bool
    unexpected: bool
    meaningful: bool


@dataclass(slots=True)
class _O:
    prospect_id: str
    day: int
    kind: str
    value: int


def _raw_rows(session: Session, table: str, columns: str, start: dt.date | None, end: dt.date | None) -> list:
    sql = f"SELECT {columns} FROM {table} WHERE deleted = 0"
    params: list[str] = []
    if start:
        sql += " AND date >= ?"
        params.append(start.isoformat())
    if end:
        sql += " AND date <= ?"
        params.append(end.isoformat())
    return session.connection().exec_driver_sql(sql, tuple(params)).fetchall()


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def _live_prospect_ids(session: Session) -> set[str]:
    return set(session.scalars(select(Prospect.id).where(Prospect.deleted.is_(False))))


def _live_gifts(
    session: Session, live: set[str], date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[_G]:
    """Live gifts of live prospects (``live``: their ids), given from ``date_from`` to ``date_to``."""
    rows = _raw_rows(
        session,
        Gift.__tablename__,
        "prospect_id, date, kind, cost_cents, personal, unexpected, meaningful",
        date_from,
        date_to,
    )
    return [
        _G(pid, _day(day), kind, cost, bool(personal), bool(unexpected), bool(meaningful))
        for pid, day, kind, cost, personal, unexpected, meaningful in rows
        if pid in live
    ]


def _live_outcomes(
    session: Session, live: set[str], date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[_O]:
    """Live outcomes of live prospects (``live``: their ids), dated from ``date_from`` to ``date_to``."""
    rows = _raw_rows(
        session, Outcome.__tablename__, "prospect_id, date, kind, value_cents", date_from, date_to
    )
    return [_O(pid, _day(day), kind, value) for pid, day, kind, value in rows if pid in live]


class _Matcher:
    """Per prospect, gifts and outcomes sorted by day, for window look-ups by bisection."""

    def __init__(self, gifts: Iterable[_G], outcomes: Iterable[_O], window_days: int) -> None:
        self.window = window_days
        self.outcomes: dict[str, list[_O]] = defaultdict(list)
        self.outcome_days: dict[str, list[int]] = {}
        self.gifts: dict[str, list[_G]] = defaultdict(list)
        self.gift_days: dict[str, list[int]] = {}
        for outcome in outcomes:
            self.outcomes[outcome.prospect_id].append(outcome)
        for prospect_id, items in self.outcomes.items():
            items.sort(key=lambda o: o.day)
            self.outcome_days[prospect_id] = [o.day for o in items]
        for gift in gifts:
            self.gifts[gift.prospect_id].append(gift)
        for prospect_id, items in self.gifts.items():
            items.sort(key=lambda g: g.day)
            self.gift_days[prospect_id] = [g.day for g in items]

    def first_outcome_days(self, gift: _G) -> int | None:
        """Days from the gift to the first outcome on or after it, when that is within the window."""
        days = self.outcome_days.get(gift.prospect_id)
        if not days:
            return None
        index = bisect.bisect_left(days, gift.day)
        if index == len(days) or days[index] > gift.day + self.window:
            return None
        return days[index] - gift.day

    def gifts_reciprocated_by(self, outcome: _O) -> list[_G]:
        """The considered gifts this outcome reciprocates (dated window_days before it up to its day)."""
        days = self.gift_days.get(outcome.prospect_id)
        if not days:
            return []
        low = bisect.bisect_left(days, outcome.day - self.window)
        high = bisect.bisect_right(days, outcome.day)
        return self.gifts[outcome.prospect_id][low:high]


class _Acc:
    """Accumulates one group of gifts."""

    __slots__ = ("gifts", "prospects", "lags", "cost", "order_value")

    def __init__(self) -> None:
        self.gifts = 0
        self.prospects: set[str] = set()
        self.lags: list[int] = []
        self.cost = 0
        self.order_value = 0

    def figures(self, target: GroupFigures) -> GroupFigures:
        target.gifts = self.gifts
        target.prospects = len(self.prospects)
        target.reciprocated = len(self.lags)
        target.rate = _rate(target.reciprocated, self.gifts)
        target.median_days = _median(self.lags)
        target.cost_cents = self.cost
        target.order_value_cents = self.order_value
        return target


def _group_keys(gift: _G) -> tuple[tuple[str, object], ...]:
    """The groups a gift belongs to: the total, its kind, and with/without each quality."""
    return (
        ("total", None),
        ("kind", gift.kind),
        ("personal", gift.personal),
        ("unexpected", gift.unexpected),
        ("meaningful", gift.meaningful),
    )


def compute(
    store: Store,
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> Report:
    """All the figures of the report (see the module's definitions)."""
    check_params(window_days, date_from, date_to)
    outcome_end = date_to + dt.timedelta(days=window_days) if date_to else None
    with store.read() as session:
        prospects = session.execute(
            select(Prospect.id, Prospect.name, Prospect.city).where(Prospect.deleted.is_(False))
        ).all()
        live = {row[0] for row in prospects}
        gifts = _live_gifts(session, live, date_from, date_to)
        # Only outcomes from date_from to date_to + window can reciprocate a considered gift.
        outcomes = _live_outcomes(session, live, date_from, outcome_end)
        ever_gifted = live & set(
            session.scalars(select(Gift.prospect_id).where(Gift.deleted.is_(False)).distinct())
        )
    report = Report(window_days=window_days, date_from=date_from, date_to=date_to)
    matcher = _Matcher(gifts, outcomes, window_days)

    # every group of gifts in one pass
    groups: dict[tuple[str, object], _Acc] = defaultdict(_Acc)
    reciprocated_ids: set[str] = set()
    for gift in gifts:
        lag = matcher.first_outcome_days(gift)
        if lag is not None:
            reciprocated_ids.add(gift.prospect_id)
        for key in _group_keys(gift):
            acc = groups[key]
            acc.gifts += 1
            acc.cost += gift.cost
            if lag is not None:
                acc.lags.append(lag)
        groups[("kind", gift.kind)].prospects.add(gift.prospect_id)  # distinct recipients: by kind only

    # outcomes: per kind, and each order's value once per group of the gifts it reciprocates
    per_kind: dict[str, OutcomeKindFigures] = {}
    outcome_lags: dict[str, list[int]] = defaultdict(list)
    for outcome in outcomes:
        figures = per_kind.setdefault(outcome.kind, OutcomeKindFigures(kind=outcome.kind))
        figures.all_outcomes += 1
        figures.all_value_cents += outcome.value
        reciprocated = matcher.gifts_reciprocated_by(outcome)
        if not reciprocated:
            continue
        figures.outcomes += 1
        figures.value_cents += outcome.value
        outcome_lags[outcome.kind].append(outcome.day - reciprocated[-1].day)
        if outcome.kind == OutcomeKind.ORDER and outcome.value:
            for key in {key for gift in reciprocated for key in _group_keys(gift)}:
                groups[key].order_value += outcome.value

    kinds = sorted((key[1] for key in groups if key[0] == "kind"), key=lambda k: (_KIND_ORDER.get(k, 99), k))
    report.by_kind = [groups[("kind", kind)].figures(KindFigures(kind=kind)) for kind in kinds]
    report.total = groups[("total", None)].figures(GroupFigures())
    report.by_quality = [
        QualityFigures(
            quality=quality,
            with_=groups[(quality, True)].figures(GroupFigures()),
            without=groups[(quality, False)].figures(GroupFigures()),
        )
        for quality in QUALITIES
    ]
    for kind in sorted(per_kind, key=lambda k: (_OUTCOME_ORDER.get(k, 99), k)):
        per_kind[kind].median_days = _median(outcome_lags[kind])
        report.by_outcome_kind.append(per_kind[kind])

    # gifted vs not gifted ("not gifted" = never given anything, whatever the period)
    gifted_ids = {g.prospect_id for g in gifts}
    not_gifted_ids = live - ever_gifted
    back = len(not_gifted_ids & {o.prospect_id for o in outcomes})
    report.gifted = ProspectGroup(
        len(gifted_ids), len(reciprocated_ids), _rate(len(reciprocated_ids), len(gifted_ids))
    )
    report.not_gifted = ProspectGroup(len(not_gifted_ids), back, _rate(back, len(not_gifted_ids)))

    # balance per prospect
    names = {row[0]: (row[1], row[2]) for row in prospects}
    balance: dict[str, BalanceRow] = {}

    def row_for(prospect_id: str) -> BalanceRow:
        row = balance.get(prospect_id)
        if row is None:
            name, city = names.get(prospect_id, ("", ""))
            row = balance[prospect_id] = BalanceRow(prospect_id=prospect_id, name=name, city=city)
        return row

    for gift in gifts:
        row = row_for(gift.prospect_id)
        row.gifts += 1
        row.gift_cost_cents += gift.cost
    for outcome in outcomes:
        row = row_for(outcome.prospect_id)
        row.outcomes += 1
        if outcome.kind == OutcomeKind.ORDER:
            row.order_value_cents += outcome.value
    report.balance = sorted(balance.values(), key=lambda r: (-r.net_cents, r.name.casefold(), r.prospect_id))
    return report


# -- lists to act on -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnfollowedRow:
    """A gifted prospect nobody has followed up since the latest gift."""

    prospect_id: str
    name: str
    city: str
    gift_date: dt.date
    gift_kind: str
    description: str
    days_since: int
    next_due: dt.date | None  # the next open follow-up, if one is scheduled


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


def _prospect_names(session: Session) -> dict[str, tuple[str, str]]:
    rows = session.execute(
        select(Prospect.id, Prospect.name, Prospect.city).where(Prospect.deleted.is_(False))
    )
    return {pid: (name, city) for pid, name, city in rows}


_UNFOLLOWED_SQL = """
SELECT p.id, p.name, p.city, g.date, g.kind, g.description,
       (SELECT MIN(f.due) FROM followups f
         WHERE f.prospect_id = p.id AND f.deleted = 0 AND f.done_on IS NULL) AS next_due
  FROM (SELECT prospect_id, date, kind, description, reaction,
               ROW_NUMBER() OVER (PARTITION BY prospect_id ORDER BY date DESC, id DESC) AS newest
          FROM gifts WHERE deleted = 0) AS g
  JOIN prospects p ON p.id = g.prospect_id AND p.deleted = 0
 WHERE g.newest = 1
   AND g.reaction IS NULL
   AND NOT EXISTS (SELECT 1 FROM followups f
                    WHERE f.prospect_id = g.prospect_id AND f.deleted = 0 AND f.done_on >= g.date)
   AND NOT EXISTS (SELECT 1 FROM outcomes o
                    WHERE o.prospect_id = g.prospect_id AND o.deleted = 0 AND o.date >= g.date)
"""


def unfollowed_gifted(store: Store, *, today: dt.date | None = None) -> list[UnfollowedRow]:
    """Gifted prospects with no follow-up yet, the longest waiting first.

    A prospect counts as followed up once, on or after its latest gift's date, a follow-up
    was marked done, a reaction to that gift was recorded, or an outcome was recorded.
    (One SQL query: ISO dates compare correctly as text.)
    """
    today = today or dt.date.today()
    with store.read() as session:
        found = session.connection().exec_driver_sql(_UNFOLLOWED_SQL).fetchall()
    rows = []
    for prospect_id, name, city, day, kind, description, next_due in found:
        gift_date = dt.date.fromisoformat(day)
        rows.append(
            UnfollowedRow(
                prospect_id=prospect_id,
                name=name,
                city=city,
                gift_date=gift_date,
                gift_kind=kind,
                description=description,
                days_since=(today - gift_date).days,
                next_due=dt.date.fromisoformat(next_due) if next_due else None,
            )
        )
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
    rows = []
    for gift_id, prospect_id, name, day, kind, description, due_text, asked in found:
        due = dt.date.fromisoformat(due_text)
        rows.append(
            OverdueReactionRow(
                gift_id=gift_id,
                prospect_id=prospect_id,
                name=name,
                gift_date=dt.date.fromisoformat(day),
                gift_kind=kind,
                description=description,
                due=due,
                days_overdue=(today - due).days,
                asked=bool(asked),
            )
        )
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
        names = _prospect_names(session)
        live = set(names)
        gifts = _live_gifts(session, live, date_from, date_to)
        outcomes = _live_outcomes(session, live)
        deciders: dict[str, str] = {}
        for prospect_id, name in session.execute(
            select(Contact.prospect_id, Contact.name)
            .where(Contact.deleted.is_(False), Contact.is_decision_maker.is_(True))
            .order_by(Contact.name)
        ):
            deciders.setdefault(prospect_id, name)
    matcher = _Matcher(gifts, outcomes, window_days)
    reciprocated = {g.prospect_id for g in gifts if matcher.first_outcome_days(g) is not None}
    rows = []
    for prospect_id in reciprocated:
        items = matcher.outcomes[prospect_id]
        last = items[-1]
        decider = deciders.get(prospect_id, "")
        rule = next_step_rule(last.kind, decider)
        name, city = names[prospect_id]
        rows.append(
            NextStepRow(
                prospect_id=prospect_id,
                name=name,
                city=city,
                last_outcome_date=dt.date.fromordinal(last.day),
                last_outcome_kind=last.kind,
                outcomes=len(items),
                order_value_cents=sum(o.value for o in items if o.kind == OutcomeKind.ORDER),
                decision_maker=decider,
                step=rule,
                step_text=NEXT_STEPS[rule].format(name=decider),
            )
        )
    rows.sort(key=lambda r: (-r.last_outcome_date.toordinal(), r.name.casefold(), r.prospect_id))
    return rows


# -- charts and selectors ------------------------------------------------------------------------------


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def outcomes_per_month(store: Store, start: dt.date, end: dt.date) -> list[tuple[dt.date, dict[str, int]]]:
    """Live outcomes counted per month and kind, for every month from ``start``'s to ``end``'s."""
    first, last = month_start(start), month_start(end)
    if first > last:
        return []
    months: dict[dt.date, dict[str, int]] = {}
    cursor = first
    while cursor <= last:
        months[cursor] = {kind.value: 0 for kind in OutcomeKind}
        cursor = add_months(cursor, 1)
    with store.read() as session:
        rows = session.execute(
            select(Outcome.date, Outcome.kind)
            .join(Prospect, Prospect.id == Outcome.prospect_id)
            .where(
                Outcome.deleted.is_(False),
                Prospect.deleted.is_(False),
                Outcome.date >= first,
                Outcome.date < add_months(last, 1),
            )
        )
        for day, kind in rows:
            bucket = months[month_start(day)]
            bucket[kind] = bucket.get(kind, 0) + 1
    return list(months.items())


def gift_years(store: Store) -> list[int]:
    """Years in which live gifts were given, newest first (for the register's year selector)."""
    with store.read() as session:
        days = session.scalars(select(Gift.date).where(Gift.deleted.is_(False)).distinct()).all()
    return sorted({day.year for day in days}, reverse=True)
