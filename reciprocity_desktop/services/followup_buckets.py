"""When a follow-up stands: overdue, due today, upcoming or done (the follow-up list's buckets).

Plain values and one function of a follow-up's ``due`` and ``done_on`` (a stored follow-up or one of
Today's rows alike), without SQLAlchemy: the window colours its first page with them before the ORM is
loaded. :mod:`~reciprocity_desktop.services.followups` offers them too.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

#: Buckets of the follow-up list.
OVERDUE, DUE_TODAY, UPCOMING, DONE, OPEN, ALL = "overdue", "due_today", "upcoming", "done", "open", "all"

#: The buckets each filter of the follow-up list shows (``OPEN``: every bucket still to do).
FILTER_BUCKETS: dict[str, frozenset[str]] = {
    OPEN: frozenset({OVERDUE, DUE_TODAY, UPCOMING}),
    OVERDUE: frozenset({OVERDUE}),
    DUE_TODAY: frozenset({DUE_TODAY}),
    UPCOMING: frozenset({UPCOMING}),
    DONE: frozenset({DONE}),
}
#: The buckets from the most urgent to done (the order of the list by "when").
BUCKET_ORDER = {OVERDUE: 0, DUE_TODAY: 1, UPCOMING: 2, DONE: 3}


class Dated(Protocol):
    due: dt.date
    done_on: dt.date | None


def bucket_of(followup: Dated, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if followup.done_on is not None:
        return DONE
    if followup.due < today:
        return OVERDUE
    if followup.due == today:
        return DUE_TODAY
    return UPCOMING
