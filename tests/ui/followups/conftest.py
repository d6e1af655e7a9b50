"""Fixtures of the Follow-ups page tests: the page, and a prospect who just got a gift."""

from __future__ import annotations

import pytest

from reciprocity_desktop.services import gifts, prospects
from reciprocity_desktop.ui.followups.view import FollowUpsView


@pytest.fixture
def view(qtbot, ctx):
    widget = FollowUpsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def gifted(ctx):
    """A prospect who got a gift today (with its automatic ask_feedback follow-up)."""
    prospect = prospects.add_prospect(ctx.store, name="Bäckerei Müller", city="München", country="DE")
    result = gifts.log_gift(
        ctx.store, prospect.id, kind="sample", description="Coffee sample box", cost="8.50"
    )
    ctx.events.emit("gifts", "followups")
    return prospect, result.gift, result.followup
