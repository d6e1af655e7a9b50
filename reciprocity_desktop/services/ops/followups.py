"""Undoable follow-up actions over :mod:`reciprocity_desktop.services.followups`; each returns an Op."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reciprocity_desktop.services import followups
from reciprocity_desktop.services.changes import NOTHING, Changes, Op, added, reversible, run_reversible
from reciprocity_desktop.services.followups import FollowUpResult
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import FollowUp


def _changed(followup_id: str, *more: str) -> Changes:
    return Changes.of("followups", *more, ids=[followup_id])


def add_followup(store: Store, prospect_id: str, **values: Any) -> Op[FollowUpResult]:
    """Schedule a follow-up (``kind``, ``due``, ``note``, ``gift_id`` as :func:`services.followups.add_followup`)
    with the cool-down warning; undo deletes it, redo brings back the same one."""
    result = followups.add_followup(store, prospect_id, **values)
    followup_id = result.followup.id
    return added(
        _changed(followup_id),
        result,
        delete=lambda: followups.delete_followup(store, followup_id),
        restore=lambda: followups.restore_followup(store, followup_id),
        warnings=result.warnings,
    )


def complete_followup(
    store: Store, followup_id: str, *, result: str = "", done_on: str | dt.date | None = None
) -> Op[FollowUp]:
    """Mark a follow-up done with its result; undo reopens it."""
    return run_reversible(
        _changed(followup_id),
        lambda: followups.complete_followup(store, followup_id, result=result, done_on=done_on),
        lambda: followups.reopen_followup(store, followup_id),
    )


def complete_followup_with_reaction(store: Store, followup_id: str, **values: Any) -> Op[FollowUp]:
    """Complete a feedback follow-up and record the gift's reaction (the arguments of
    :func:`services.followups.complete_followup_with_reaction`); undo reopens it and puts the old
    reaction back."""
    gift = followups.get_followup(store, followup_id).gift
    old_reaction, old_note = (gift.reaction, gift.reaction_note) if gift else (None, "")
    return run_reversible(
        _changed(followup_id, "gifts"),
        lambda: followups.complete_followup_with_reaction(store, followup_id, **values),
        lambda: followups.reopen_followup_with_reaction(
            store, followup_id, reaction=old_reaction, reaction_note=old_note
        ),
    )


def reopen_followup(store: Store, followup_id: str) -> Op[FollowUp]:
    """Open a done follow-up again (its result is cleared); undo completes it as it was."""
    before = followups.get_followup(store, followup_id)
    old_result, old_done_on = before.result, before.done_on
    return run_reversible(
        _changed(followup_id),
        lambda: followups.reopen_followup(store, followup_id),
        lambda: followups.complete_followup(store, followup_id, result=old_result, done_on=old_done_on),
    )


def _moved(store: Store, followup_id: str, old_due: dt.date, result: FollowUpResult) -> Op[FollowUpResult]:
    """The Op of a follow-up just moved from ``old_due``: undo moves it back, redo to the same new date."""
    new_due = result.followup.due
    return reversible(
        _changed(followup_id),
        lambda: followups.reschedule_followup(store, followup_id, new_due),
        lambda: followups.reschedule_followup(store, followup_id, old_due),
        result,
        result.warnings,
    )


def reschedule_followup(store: Store, followup_id: str, due: dt.date) -> Op[FollowUpResult]:
    """Give an open follow-up a new due date; nothing happens (no undo step) when the date stays."""
    before = followups.get_followup(store, followup_id)
    if due == before.due:
        return Op(NOTHING, FollowUpResult(before))
    return _moved(store, followup_id, before.due, followups.reschedule_followup(store, followup_id, due))


def postpone_followup(
    store: Store, followup_id: str, days: int, *, today: dt.date | None = None
) -> Op[FollowUpResult]:
    """Move an open follow-up ``days`` later, an overdue one counted from today (services.followups)."""
    old_due = followups.get_followup(store, followup_id).due
    return _moved(
        store, followup_id, old_due, followups.postpone_followup(store, followup_id, days, today=today)
    )


def update_followup_note(store: Store, followup_id: str, note: str) -> Op[FollowUp]:
    """Change a follow-up's note; nothing happens (no undo step) when it stays the same."""
    before = followups.get_followup(store, followup_id)
    if note == before.note:
        return Op(NOTHING, before)
    old = before.note
    return run_reversible(
        _changed(followup_id),
        lambda: followups.update_followup_note(store, followup_id, note),
        lambda: followups.update_followup_note(store, followup_id, old),
    )


def delete_followup(store: Store, followup_id: str) -> Op[FollowUp]:
    """Delete a follow-up; undo restores it."""
    return run_reversible(
        _changed(followup_id),
        lambda: followups.delete_followup(store, followup_id),
        lambda: followups.restore_followup(store, followup_id),
    )
