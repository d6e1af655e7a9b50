"""How a gift was received, as one user action: recording the reaction completes the gift's open
``ask_feedback`` follow-up ("ask how the gift was received"), in the same transaction.

Used by ``gifts react`` (:func:`react`) and by the debrief, which records the reaction to the
prospect's earlier gift inside its own transaction (:func:`react_in`). :func:`set_reacted` takes it
back (the reaction of before, the follow-ups open again) or records it again, with the same records.
(``services.gifts`` holds the reaction's value rules; this module was kept apart from it so that
gifts.py does not grow past its size.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reciprocity_desktop.services import gifts, validate
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.prospects import get_live
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUp, FollowUpKind, Gift


@dataclass(frozen=True)
class Reacted:
    """What recording a reaction changed: the gift's (reaction, note) before and after, and the
    ``ask_feedback`` follow-ups it completed on ``done_on``."""

    gift_id: str
    before: tuple[str | None, str]
    after: tuple[str | None, str]
    done_on: dt.date
    followup_ids: tuple[str, ...] = ()


@dataclass
class ReactionResult:
    gift: Gift
    reacted: Reacted
    completed: list[FollowUp]


def react_in(
    session: Session, gift: Gift, reaction: str | None, note: str, done_on: dt.date
) -> ReactionResult:
    """Record how ``gift`` was received and complete its open ``ask_feedback`` follow-ups (open session)."""
    value = gifts.reaction_value(reaction)
    if value is None:
        raise ValidationError("{field} is missing.", field="reaction")
    before = (gift.reaction, gift.reaction_note)
    gifts.record_reaction(gift, value, note)
    completed = list(
        session.scalars(
            select(FollowUp)
            .where(
                FollowUp.gift_id == gift.id,
                FollowUp.kind == FollowUpKind.ASK_FEEDBACK.value,
                FollowUp.done_on.is_(None),
                FollowUp.deleted.is_(False),
            )
            .order_by(FollowUp.due)
        )
    )
    for followup in completed:
        followup.done_on = done_on
        followup.result = gift.reaction_note
    session.flush()
    after = (gift.reaction, gift.reaction_note)
    return ReactionResult(
        gift, Reacted(gift.id, before, after, done_on, tuple(f.id for f in completed)), completed
    )


def react(
    store: Store, gift_id: str, reaction: str | None, note: str = "", *, done_on: str | dt.date | None = None
) -> ReactionResult:
    """Record how a gift was received; its open ``ask_feedback`` follow-up is done (on ``done_on``, today)."""
    day = validate.date(done_on, "done date", default=dt.date.today())
    with store.session() as session:
        return react_in(session, get_live(session, Gift, gift_id, "gift"), reaction, note, day)


def set_reacted_in(session: Session, reacted: Reacted, *, taken_back: bool) -> None:
    """Take a recorded reaction back (the gift's reaction of before, its follow-ups open again) or
    record it again, in an open session."""
    gift = session.get(Gift, reacted.gift_id)
    if gift is not None:
        gift.reaction, gift.reaction_note = reacted.before if taken_back else reacted.after
    for followup_id in reacted.followup_ids:
        followup = session.get(FollowUp, followup_id)
        if followup is not None:
            followup.done_on = None if taken_back else reacted.done_on
            followup.result = "" if taken_back else reacted.after[1]


def set_reacted(store: Store, reacted: Reacted, *, taken_back: bool) -> None:
    """:func:`set_reacted_in` in its own transaction (undo and redo of :func:`react`)."""
    with store.session() as session:
        set_reacted_in(session, reacted, taken_back=taken_back)
