"""Fixtures of the Debrief page's tests: a day of four planned visits and the page over it, shown."""

from __future__ import annotations

import datetime as dt

import pytest
from debrief_helpers import DAY, NAMES

from reciprocity_desktop.services import debrief as debriefs
from reciprocity_desktop.services import gifts, prospects, visits
from reciprocity_desktop.ui.debrief.view import DebriefView


@pytest.fixture
def day_plan(store):
    """Four planned visits two days ago; the first two bring a coffee box from stock (5 on hand)."""
    coffee = gifts.add_stock_item(
        store, name="Coffee sample box", kind="sample", quantity=5, unit_cost="4.50"
    )
    ids = [
        prospects.add_prospect(store, name=name, postal_code="8033" + str(i), city="München", country="DE").id
        for i, name in enumerate(NAMES)
    ]
    planned = visits.plan_day(store, DAY, ids)
    for visit in planned[:2]:
        visits.update_visit(store, visit.id, gift_stock_item_id=coffee.id)
    # An older day already debriefed, which must not be the default.
    old = visits.plan_day(store, DAY - dt.timedelta(days=5), [ids[0]])[0]
    debriefs.debrief_visit(store, old.id, debriefs.Debrief(status="done"))
    return {"coffee": coffee.id, "prospects": ids, "visits": [v.id for v in planned]}


@pytest.fixture
def view(ctx, qtbot, day_plan):
    widget = DebriefView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()  # Ctrl+Enter and Alt+Left/Right are window shortcuts
    qtbot.waitUntil(widget.isActiveWindow)
    return widget
