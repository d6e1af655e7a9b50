"""Reading the live gifts and outcomes, and matching each outcome to the gifts it reciprocates.

The two big reads (every gift, every outcome) go straight to the driver: SQLAlchemy's row
processing would double their time on a large store. Dates become day numbers
(``date.toordinal()``), which is what the window arithmetic needs.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.store.models import Gift, Outcome, Prospect


@dataclass(slots=True)
class GiftRow:
    prospect_id: str
    day: int
    kind: str
    cost: int
    personal: bool
    unexpected: bool
    meaningful: bool


@dataclass(slots=True)
class OutcomeRow:
    prospect_id: str
    day: int
    kind: str
    value: int


def _raw_rows(session: Session, table: str, columns: str, start: dt.date | None, end: dt.date | None) -> list:
    hub = session.get_bind().dialect.name != "sqlite"  # an office hub: PostgreSQL's boolean and parameters
    sql = f"SELECT {columns} FROM {table} WHERE deleted {'IS false' if hub else '= 0'}"
    mark = "%s" if hub else "?"
    params: list[str] = []
    if start:
        sql += f" AND date >= {mark}"
        params.append(start.isoformat())
    if end:
        sql += f" AND date <= {mark}"
        params.append(end.isoformat())
    return session.connection().exec_driver_sql(sql, tuple(params)).fetchall()


def _day(value: str | dt.date) -> int:
    """A date's day number: a store file's ISO text, a hub's date."""
    return (value if isinstance(value, dt.date) else dt.date.fromisoformat(value)).toordinal()


def prospect_names(session: Session) -> dict[str, tuple[str, str]]:
    """Name and city of every live prospect, by id."""
    rows = session.execute(
        select(Prospect.id, Prospect.name, Prospect.city).where(Prospect.deleted.is_(False))
    )
    return {pid: (name, city) for pid, name, city in rows}


def live_gifts(
    session: Session, live: set[str], date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[GiftRow]:
    """Live gifts of live prospects (``live``: their ids), given from ``date_from`` to ``date_to``."""
    rows = _raw_rows(
        session,
        Gift.__tablename__,
        "prospect_id, date, kind, cost_cents, personal, unexpected, meaningful",
        date_from,
        date_to,
    )
    return [
        GiftRow(pid, _day(day), kind, cost, bool(personal), bool(unexpected), bool(meaningful))
        for pid, day, kind, cost, personal, unexpected, meaningful in rows
        if pid in live
    ]


def live_outcomes(
    session: Session, live: set[str], date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[OutcomeRow]:
    """Live outcomes of live prospects (``live``: their ids), dated from ``date_from`` to ``date_to``."""
    rows = _raw_rows(
        session, Outcome.__tablename__, "prospect_id, date, kind, value_cents", date_from, date_to
    )
    return [
        OutcomeRow(pid, _day(day), kind, value or 0) for pid, day, kind, value in rows if pid in live
    ]  # NULL: unknown


class Matcher:
    """Per prospect, gifts and outcomes sorted by day, for window look-ups by bisection."""

    def __init__(self, gifts: Iterable[GiftRow], outcomes: Iterable[OutcomeRow], window_days: int) -> None:
        self.window = window_days
        self.outcomes: dict[str, list[OutcomeRow]] = defaultdict(list)
        self.outcome_days: dict[str, list[int]] = {}
        self.gifts: dict[str, list[GiftRow]] = defaultdict(list)
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

    def first_outcome_days(self, gift: GiftRow) -> int | None:
        """Days from the gift to the first outcome on or after it, when that is within the window."""
        days = self.outcome_days.get(gift.prospect_id)
        if not days:
            return None
        index = bisect.bisect_left(days, gift.day)
        if index == len(days) or days[index] > gift.day + self.window:
            return None
        return days[index] - gift.day

    def gifts_reciprocated_by(self, outcome: OutcomeRow) -> list[GiftRow]:
        """The considered gifts this outcome reciprocates (dated window_days before it up to its day)."""
        days = self.gift_days.get(outcome.prospect_id)
        if not days:
            return []
        low = bisect.bisect_left(days, outcome.day - self.window)
        high = bisect.bisect_right(days, outcome.day)
        return self.gifts[outcome.prospect_id][low:high]
