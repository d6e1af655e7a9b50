"""Fixtures of the Gifts page tests: a small store of gifts and stock, and the page showing it."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import gifts, prospects
from reciprocity_desktop.ui.gifts.view import GiftsView

TODAY = dt.date.today()


@pytest.fixture
def data(ctx):
    """Two prospects, a coffee stock item, three gifts (one drawn from stock)."""
    store = ctx.store
    muller = prospects.add_prospect(store, name="Bäckerei Müller", city="München", country="DE")
    anna = prospects.add_contact(store, muller.id, name="Anna Müller", role="Owner")
    optik = prospects.add_prospect(store, name="Optik Schönblick", city="Köln", country="DE")
    coffee = gifts.add_stock_item(
        store, name="Coffee sample box", kind="sample", unit_cost="8.50", quantity=5
    )
    sample = gifts.log_gift(
        store,
        muller.id,
        stock_item_id=coffee.id,
        contact_id=anna.id,
        date=TODAY - dt.timedelta(days=2),
        unexpected=True,
        meaningful=True,
    ).gift
    ebook = gifts.log_gift(
        store,
        optik.id,
        kind="content",
        description="Printed e-book",
        cost="3.00",
        date=TODAY - dt.timedelta(days=5),
    ).gift
    invite = gifts.log_gift(
        store, optik.id, kind="event", description="Customer evening", cost="25", personal=True
    ).gift
    return {
        "muller": muller,
        "optik": optik,
        "coffee": coffee,
        "sample": sample,
        "ebook": ebook,
        "invite": invite,
    }


@pytest.fixture
def view(qtbot, ctx, data):
    widget = GiftsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
