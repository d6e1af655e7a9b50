"""Follow-ups (things to do later for a prospect) and outcomes (what came back)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from reciprocity_desktop.services import gifts, settings, validate
from reciprocity_desktop.services.errors import ValidationError, Warning_
from reciprocity_desktop.services.followup_buckets import (  # noqa: F401 - the buckets, offered here too
    ALL,
    BUCKET_ORDER,
    DONE,
    DUE_TODAY,
    FILTER_BUCKETS,
    OPEN,
    OVERDUE,
    UPCOMING,
    bucket_of,
)
from reciprocity_desktop.services.prospects import get_live
from reciprocity_desktop.store import Store, portable
from reciprocity_desktop.store.models import (
    FollowUp,
    FollowUpKind,
    Gift,
    Outcome,
    OutcomeKind,
    Prospect,
    Visit,
)


@dataclass
class FollowUpResult:
    followup: FollowUp
    warnings: list[Warning_] = field(default_factory=list)


def cooldown_warning(
    store: Store, session: Session, prospect: Prospect, kind: str, due: dt.date
) -> Warning_ | None:
    """No ask right after a gift: an ``ask_order`` within the cool-down after a gift gets a gentle warning."""
    if kind != FollowUpKind.ASK_ORDER.value:
        return None
    cooldown = int(settings.get(store, "ask_cooldown_days"))
    last_gift = session.scalar(
        select(func.max(Gift.date)).where(
            Gift.prospect_id == prospect.id, Gift.deleted.is_(False), Gift.date <= due
        )
    )
    if last_gift is None or (due - last_gift).days >= cooldown:
        return None
    return Warning_(
        "ask_order_cooldown",
        "{name} received a gift on {gift_date}. Asking for an order only %n day(s) after it can spoil it: "
        "reciprocity works when nothing is asked in return. Consider asking how the gift was received first.",
        name=prospect.name,
        gift_date=last_gift.isoformat(),
        n=(due - last_gift).days,
    )


def add_followup_in(
    store: Store,
    session: Session,
    prospect_id: str,
    *,
    kind: str,
    due: str | dt.date | None,
    note: str = "",
    gift_id: str | None = None,
) -> FollowUpResult:
    prospect = get_live(session, Prospect, prospect_id, "prospect")
    kind_value = validate.choice(kind, FollowUpKind, "kind")
    due_date = validate.date(due, "due date")
    if gift_id:
        gift = get_live(session, Gift, gift_id, "gift")
        if gift.prospect_id != prospect.id:
            raise ValidationError("That gift was not given to {name}.", field="gift", name=prospect.name)
    followup = FollowUp(
        prospect_id=prospect.id,
        gift_id=gift_id or None,
        due=due_date,
        kind=kind_value,
        note=validate.text(note, "note", max_length=5000),
    )
    session.add(followup)
    session.flush()
    warning = cooldown_warning(store, session, prospect, kind_value, due_date)
    return FollowUpResult(followup, [warning] if warning else [])


def add_followup(store: Store, prospect_id: str, **values: Any) -> FollowUpResult:
    with store.session() as session:
        return add_followup_in(store, session, prospect_id, **values)


def check_followup(store: Store, prospect_id: str, kind: str, due: Any) -> list[Warning_]:
    """The warnings scheduling such a follow-up would give (for forms as you type)."""
    kind_value = validate.choice(kind, FollowUpKind, "kind")
    due_date = validate.date(due, "due date")
    with store.read() as session:
        prospect = get_live(session, Prospect, prospect_id, "prospect")
        warning = cooldown_warning(store, session, prospect, kind_value, due_date)
        return [warning] if warning else []


def _change(store: Store, followup_id: str, change: Callable[[FollowUp], None]) -> FollowUp:
    """Apply ``change`` to one live follow-up in one transaction."""
    with store.session() as session:
        followup = get_live(session, FollowUp, followup_id, "follow-up")
        change(followup)
        return followup


def _complete(followup: FollowUp, result: str, done_on: str | dt.date | None) -> None:
    followup.done_on = validate.date(done_on, "done date", default=dt.date.today())
    followup.result = validate.text(result, "result", max_length=5000)


def _reopen(followup: FollowUp) -> None:
    followup.done_on = None
    followup.result = ""


def complete_followup(
    store: Store, followup_id: str, *, result: str = "", done_on: str | dt.date | None = None
) -> FollowUp:
    return _change(store, followup_id, lambda followup: _complete(followup, result, done_on))


def reopen_followup(store: Store, followup_id: str) -> FollowUp:
    """Undo :func:`complete_followup`."""
    return _change(store, followup_id, _reopen)


def reschedule_followup(store: Store, followup_id: str, due: str | dt.date) -> FollowUpResult:
    with store.session() as session:
        followup = get_live(
            session, FollowUp, followup_id, "follow-up", options=[joinedload(FollowUp.prospect)]
        )
        if followup.done_on is not None:
            raise ValidationError(
                "That follow-up is already done; schedule a new one instead.", field="due date"
            )
        followup.due = validate.date(due, "due date")
        warning = cooldown_warning(store, session, followup.prospect, followup.kind, followup.due)
        return FollowUpResult(followup, [warning] if warning else [])


def earliest_due(due: dt.date, today: dt.date | None = None) -> dt.date:
    """Where moving a follow-up starts from: its due date, or today when it is overdue."""
    return max(due, today or dt.date.today())


def postponed_due(due: dt.date, days: int, today: dt.date | None = None) -> dt.date:
    """The due date ``days`` later; an overdue follow-up counts from today ("+1 day" means tomorrow)."""
    return validate.days_later(earliest_due(due, today), days, "due date")


def postpone_followup(
    store: Store, followup_id: str, days: int, *, today: dt.date | None = None
) -> FollowUpResult:
    """Move an open follow-up ``days`` later (see :func:`postponed_due`)."""
    due = postponed_due(get_followup(store, followup_id).due, days, today)
    return reschedule_followup(store, followup_id, due)


def update_followup_note(store: Store, followup_id: str, note: str) -> FollowUp:
    def change(followup: FollowUp) -> None:
        followup.note = validate.text(note, "note", max_length=5000)

    return _change(store, followup_id, change)


def delete_followup(store: Store, followup_id: str) -> FollowUp:
    def change(followup: FollowUp) -> None:
        followup.deleted = True

    return _change(store, followup_id, change)


def restore_followup(store: Store, followup_id: str) -> FollowUp:
    with store.session() as session:
        followup = session.get(FollowUp, followup_id)
        if followup is None:
            raise ValidationError("No follow-up with id {id}.", field="id", id=followup_id)
        followup.deleted = False
        return followup


def get_followup(store: Store, followup_id: str) -> FollowUp:
    """One live follow-up with its prospect and gift loaded."""
    loaded = [joinedload(FollowUp.prospect), joinedload(FollowUp.gift)]
    with store.read() as session:
        return get_live(session, FollowUp, followup_id, "follow-up", options=loaded)


def list_followups(
    store: Store, bucket: str = ALL, *, prospect_id: str | None = None, today: dt.date | None = None
) -> list[FollowUp]:
    """Live follow-ups of live prospects; open ones by due date, done ones newest first."""
    today = today or dt.date.today()
    query = (
        select(FollowUp)
        .join(Prospect, Prospect.id == FollowUp.prospect_id)
        .where(FollowUp.deleted.is_(False), Prospect.deleted.is_(False))
        .options(joinedload(FollowUp.prospect), joinedload(FollowUp.gift))
    )
    if prospect_id:
        query = query.where(FollowUp.prospect_id == prospect_id)
    open_ = FollowUp.done_on.is_(None)
    if bucket == OVERDUE:
        query = query.where(open_, FollowUp.due < today)
    elif bucket == DUE_TODAY:
        query = query.where(open_, FollowUp.due == today)
    elif bucket == UPCOMING:
        query = query.where(open_, FollowUp.due > today)
    elif bucket == OPEN:
        query = query.where(open_)
    elif bucket == DONE:
        query = query.where(FollowUp.done_on.is_not(None))
    if bucket == DONE:
        query = query.order_by(FollowUp.done_on.desc(), Prospect.name)
    else:
        query = query.order_by(FollowUp.done_on.is_not(None), FollowUp.due, Prospect.name)
    with store.read() as session:
        return list(session.scalars(query))


def bucket_counts(followups: Iterable[FollowUp], today: dt.date | None = None) -> dict[str, int]:
    """How many of ``followups`` each filter of :data:`FILTER_BUCKETS` shows."""
    today = today or dt.date.today()
    counts = Counter(bucket_of(f, today) for f in followups)
    return {key: sum(counts[b] for b in buckets) for key, buckets in FILTER_BUCKETS.items()}


def days_until_due(followup: FollowUp, today: dt.date | None = None) -> int:
    """Days from ``today`` to the due date: negative when overdue."""
    return (followup.due - (today or dt.date.today())).days


def asks_reaction(followup: FollowUp) -> bool:
    """A feedback follow-up about a gift is completed together with how the gift was received."""
    return followup.kind == FollowUpKind.ASK_FEEDBACK.value and followup.gift_id is not None


# -- outcomes -----------------------------------------------------------------------------------------


def add_outcome_in(
    session: Session,
    prospect_id: str,
    *,
    kind: str,
    date: str | dt.date | None = None,
    value: Any = None,
    note: str = "",
    visit_id: str | None = None,
    today: dt.date | None = None,
) -> Outcome:
    prospect = get_live(session, Prospect, prospect_id, "prospect")
    kind_value = validate.choice(kind, OutcomeKind, "kind")
    if visit_id:
        get_live(session, Visit, visit_id, "visit")
    outcome = Outcome(
        prospect_id=prospect.id,
        visit_id=visit_id,
        date=validate.date(date, "date", default=today or dt.date.today()),
        kind=kind_value,
        value_cents=_outcome_value(kind_value, value),
        note=validate.text(note, "note", max_length=5000),
    )
    session.add(outcome)
    session.flush()
    return outcome


def _outcome_value(kind: str, value: Any) -> int | None:
    """The outcome's value in cents; an order without one has an unknown value (None), not 0.00."""
    if kind == OutcomeKind.ORDER and (value is None or (isinstance(value, str) and not value.strip())):
        return None
    return validate.amount_cents(value, "value")


def add_outcome(store: Store, prospect_id: str, **values: Any) -> Outcome:
    with store.session() as session:
        return add_outcome_in(session, prospect_id, **values)


def delete_outcome(store: Store, outcome_id: str) -> Outcome:
    with store.session() as session:
        outcome = get_live(session, Outcome, outcome_id, "outcome")
        outcome.deleted = True
        return outcome


def list_outcomes(store: Store, prospect_id: str | None = None) -> list[Outcome]:
    query = (
        select(Outcome)
        .join(Prospect, Prospect.id == Outcome.prospect_id)
        .where(Outcome.deleted.is_(False), Prospect.deleted.is_(False))
        .options(joinedload(Outcome.prospect))
        .order_by(Outcome.date.desc(), Outcome.created_at.desc(), portable.rowid("outcomes").desc())
    )
    if prospect_id:
        query = query.where(Outcome.prospect_id == prospect_id)
    with store.read() as session:
        return list(session.scalars(query))


# -- completing a feedback follow-up together with the gift's reaction (one user action) -------------


def complete_followup_with_reaction(
    store: Store,
    followup_id: str,
    *,
    reaction: str | None,
    reaction_note: str = "",
    result: str = "",
    done_on: str | dt.date | None = None,
) -> FollowUp:
    """Complete a follow-up about a gift and record how the gift was received, in one transaction.

    ``reaction`` is a :class:`Reaction` value, or None when it is still not known.
    """
    value = gifts.reaction_value(reaction)
    with store.session() as session:
        followup = get_live(session, FollowUp, followup_id, "follow-up")
        if followup.gift_id is None:
            raise ValidationError("That follow-up is not about a gift.", field="reaction")
        gift = get_live(session, Gift, followup.gift_id, "gift")
        _complete(followup, result, done_on)
        gifts.record_reaction(gift, value, reaction_note)
        return followup


def reopen_followup_with_reaction(
    store: Store, followup_id: str, *, reaction: str | None, reaction_note: str = ""
) -> FollowUp:
    """Undo :func:`complete_followup_with_reaction`: reopen it and put the gift's earlier reaction back."""
    value = gifts.reaction_value(reaction)
    with store.session() as session:
        followup = get_live(session, FollowUp, followup_id, "follow-up")
        _reopen(followup)
        if followup.gift_id is not None:
            gifts.record_reaction(get_live(session, Gift, followup.gift_id, "gift"), value, reaction_note)
        return followup
