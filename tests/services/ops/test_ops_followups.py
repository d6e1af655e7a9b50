"""The undoable follow-up actions: each does, says what changed, undoes and redoes (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import followups, gifts, prospects
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.services.ops import followups as ops

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

TODAY = dt.date.today()


@pytest.fixture
def prospect(store):
    return prospects.add_prospect(store, name="Autohaus Straßer", country="DE")


@pytest.fixture
def call(store, prospect):
    return followups.add_followup(store, prospect.id, kind="call", due=TODAY, note="Call back").followup


def get(store, followup_id: str):
    return followups.get_followup(store, followup_id)


def test_add_followup_undo_and_redo_bring_back_the_same_one(store, prospect):
    op = ops.add_followup(store, prospect.id, kind="call", due=TODAY, note="Ring")
    followup_id = op.value.followup.id
    assert op.changes.kinds == {"followups"} and op.changes.ids == {followup_id}
    redo = op.undo()
    assert followups.list_followups(store) == []
    redo.undo()
    assert [f.id for f in followups.list_followups(store)] == [followup_id]


def test_add_followup_carries_the_cooldown_warning(store, prospect):
    gifts.log_gift(store, prospect.id, kind="sample", description="Coffee", date=TODAY)
    op = ops.add_followup(store, prospect.id, kind="ask_order", due=TODAY + dt.timedelta(days=2))
    assert [w.code for w in op.warnings] == ["ask_order_cooldown"]


def test_complete_and_reopen_and_their_undo(store, call):
    op = ops.complete_followup(store, call.id, result="Visit agreed", done_on=TODAY)
    assert (get(store, call.id).done_on, get(store, call.id).result) == (TODAY, "Visit agreed")
    op.undo()
    assert (get(store, call.id).done_on, get(store, call.id).result) == (None, "")

    followups.complete_followup(store, call.id, result="Visit agreed", done_on=TODAY - dt.timedelta(1))
    reopen = ops.reopen_followup(store, call.id)
    assert get(store, call.id).done_on is None
    reopen.undo()  # completed again as it was, result and date
    assert (get(store, call.id).done_on, get(store, call.id).result) == (
        TODAY - dt.timedelta(1),
        "Visit agreed",
    )


def test_complete_with_reaction_undo_puts_the_earlier_reaction_back(store, prospect):
    result = gifts.log_gift(store, prospect.id, kind="sample", description="Coffee")
    gifts.set_reaction(store, result.gift.id, "neutral", "Polite")
    op = ops.complete_followup_with_reaction(
        store, result.followup.id, reaction="liked", reaction_note="Shared it", result="Talked", done_on=TODAY
    )
    assert op.changes.kinds == {"followups", "gifts"}
    gift = gifts.get_gift(store, result.gift.id)
    assert (gift.reaction, gift.reaction_note, get(store, result.followup.id).done_on) == (
        "liked",
        "Shared it",
        TODAY,
    )
    redo = op.undo()
    gift = gifts.get_gift(store, result.gift.id)
    assert (gift.reaction, gift.reaction_note, get(store, result.followup.id).done_on) == (
        "neutral",
        "Polite",
        None,
    )
    redo.undo()
    assert gifts.get_gift(store, result.gift.id).reaction == "liked"


def test_reschedule_undo_redo_and_no_step_for_the_same_date(store, call):
    op = ops.reschedule_followup(store, call.id, TODAY + dt.timedelta(days=3))
    assert get(store, call.id).due == TODAY + dt.timedelta(days=3)
    redo = op.undo()
    assert get(store, call.id).due == TODAY
    redo.undo()
    assert get(store, call.id).due == TODAY + dt.timedelta(days=3)
    same = ops.reschedule_followup(store, call.id, TODAY + dt.timedelta(days=3))
    assert not same.undoable and not same.changes


def test_postpone_an_overdue_followup_counts_from_today_and_undo_moves_it_back(store, prospect):
    late = followups.add_followup(store, prospect.id, kind="call", due=TODAY - dt.timedelta(days=3)).followup
    op = ops.postpone_followup(store, late.id, 1)
    assert get(store, late.id).due == TODAY + dt.timedelta(days=1)
    assert op.changes.kinds == {"followups"}
    redo = op.undo()
    assert get(store, late.id).due == TODAY - dt.timedelta(days=3)
    redo.undo()  # redo: the same date again, not one day more
    assert get(store, late.id).due == TODAY + dt.timedelta(days=1)


def test_postponing_a_done_followup_is_refused(store, call):
    followups.complete_followup(store, call.id)
    with pytest.raises(ValidationError, match="already done"):
        ops.postpone_followup(store, call.id, 7)


def test_note_edit_and_delete_and_their_undo(store, call):
    op = ops.update_followup_note(store, call.id, "Ask about the fleet")
    assert get(store, call.id).note == "Ask about the fleet"
    op.undo()
    assert get(store, call.id).note == "Call back"
    assert not ops.update_followup_note(store, call.id, "Call back").undoable

    delete = ops.delete_followup(store, call.id)
    assert followups.list_followups(store) == []
    delete.undo()
    assert [f.id for f in followups.list_followups(store)] == [call.id]
