"""Gifted prospects waiting for a follow-up: the one definition the window's lists share.

A live prospect **waits for a follow-up** when its latest live gift (by date, then id) has no reaction
recorded and, on or after that gift's date, none of the prospect's follow-ups was marked done and no
outcome was recorded. Today's "Gifted, no follow-up yet", the prospect list's filter of the same name
(:func:`reciprocity_desktop.services.prospects.gifted_no_followup_clause`) and Insights' "No follow-up yet"
(:mod:`reciprocity_desktop.services.insights.lists`, in SQL text: :data:`WAITING_SQL`) are all built from
:func:`gift_waits` and :func:`latest_gift_id` here, so they list and count the same prospects.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import aliased

from reciprocity_desktop.services.today import WaitingRow as UnfollowedRow  # noqa: F401 - one row type
from reciprocity_desktop.services.today import waiting_row as make_row  # noqa: F401 - for both surfaces
from reciprocity_desktop.store.models import FollowUp, Gift, Outcome, Prospect


def latest_gift_id(prospect_id: Any) -> Any:
    """The id of the prospect's latest live gift (the newest date; the greater id on the same day)."""
    newest = aliased(Gift, name="newest")
    return (
        select(newest.id)
        .where(newest.prospect_id == prospect_id, newest.deleted.is_(False))
        .order_by(newest.date.desc(), newest.id.desc())
        .limit(1)
        .correlate_except(newest)  # the prospect of the enclosing query, however deep it sits
        .scalar_subquery()
    )


def gift_waits(gift: Any) -> ColumnElement[bool]:
    """``gift`` (the model or an alias) has had no reaction, no follow-up done and no outcome since it was given."""
    done_since = exists().where(
        FollowUp.prospect_id == gift.prospect_id,
        FollowUp.deleted.is_(False),
        FollowUp.done_on >= gift.date,
    )
    outcome_since = exists().where(
        Outcome.prospect_id == gift.prospect_id,
        Outcome.deleted.is_(False),
        Outcome.date >= gift.date,
    )
    return and_(gift.reaction.is_(None), ~done_since, ~outcome_since)


def waiting_clause() -> ColumnElement[bool]:
    """A condition on :class:`Prospect`: it waits for a follow-up (for a query of prospects)."""
    latest = aliased(Gift, name="latest")
    return exists().where(latest.id == latest_gift_id(Prospect.id), gift_waits(latest))


def waiting_rows() -> Select:
    """The live prospects waiting, each with its latest gift: id, name, city, gift date, kind, description.

    Unordered: Today orders by name (:func:`by_name`), Insights longest waiting first.
    """
    latest = aliased(Gift, name="g")
    return (
        select(Prospect.id, Prospect.name, Prospect.city, latest.date, latest.kind, latest.description)
        .join(latest, latest.id == latest_gift_id(Prospect.id))
        .where(Prospect.deleted.is_(False), gift_waits(latest))
    )


def by_name(rows: Select) -> Select:
    """:func:`waiting_rows` in the prospect list's order (its index walks them; a first page is cheap)."""
    return rows.order_by(Prospect.sort_name, Prospect.id)


@cache
def _waiting_sql() -> str:
    return str(waiting_rows().compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def __getattr__(name: str) -> str:
    """``WAITING_SQL``: :func:`waiting_rows` as SQL text with its six columns, for the lists computed in SQL
    text; compiled when first asked for (about 30 ms), not by every process that imports this module (a
    CSV import's checks reach it through the prospect services)."""
    if name == "WAITING_SQL":
        return _waiting_sql()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
