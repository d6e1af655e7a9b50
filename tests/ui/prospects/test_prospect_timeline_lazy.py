"""The detail pane's timeline is read lazily: opening a prospect with years of history fetches a page of
it, the rows the view paints, and the rows fetched later are the right ones in the right order."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import followups, prospects
from reciprocity_desktop.store.models import Gift
from reciprocity_desktop.ui.prospects.parts import timeline_detail
from reciprocity_desktop.ui.prospects.timeline import FETCH_PAGE
from reciprocity_desktop.ui.prospects.view import ProspectsView

GIFTS = 500


@pytest.fixture
def busy(ctx):
    """A prospect with 500 gifts (two a day at times: ties in stored order) and an outcome among them."""
    p = prospects.add_prospect(ctx.store, name="Years GmbH")
    start = dt.date(2020, 1, 1)
    with ctx.store.session() as session:
        session.add_all(
            Gift(
                prospect_id=p.id,
                date=start + dt.timedelta(days=n // 2 * 3),
                kind="sample",
                description=f"Gift {n}",
            )
            for n in range(GIFTS)
        )
    followups.add_outcome(
        ctx.store, p.id, kind="order", date=start + dt.timedelta(days=30), value="12", note="Order"
    )
    return p


def _view(qtbot, ctx) -> ProspectsView:
    view = ProspectsView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_opening_a_prospect_fetches_one_page_of_its_timeline_and_the_rest_as_it_is_shown(qtbot, ctx, busy):
    view = _view(qtbot, ctx)
    assert view.select_prospect(busy.id)
    qtbot.wait(10)  # the view paints the rows it shows
    model, detail = view.detail.timeline_model, view.detail
    # Painted: its first rows, all of them from the one page read with the prospect.
    assert model.rowCount() == detail.TIMELINE_PAGE and model.total == GIFTS + 1
    assert model.fetched <= 2 * FETCH_PAGE
    assert detail.more_button.text() == f"Show more ({GIFTS + 1 - detail.TIMELINE_PAGE} older)"

    whole = prospects.timeline(ctx.store, busy.id)  # every entry, newest first
    assert [e.detail for e in whole[:3]] == [
        "Gift 498",
        "Gift 499",
        "Gift 496",
    ]  # a day's gifts in stored order
    day = [(e.kind, e.detail) for e in whole if e.date == dt.date(2020, 1, 31)]
    assert day == [
        ("outcome", "Order"),
        ("gift", "Gift 20"),
        ("gift", "Gift 21"),
    ]  # an outcome first on its day

    def shown(column: int = 3) -> list[str]:
        return [model.index(row, column).data() for row in range(model.rowCount())]

    detail.more_button.click()
    detail.more_button.click()
    assert model.rowCount() == 3 * detail.TIMELINE_PAGE
    assert model.fetched <= 2 * FETCH_PAGE  # more rows listed, none fetched until shown
    view.detail.timeline.scrollToBottom()
    qtbot.wait(10)
    assert model.fetched < 3 * detail.TIMELINE_PAGE  # the rows painted and a page before them, not all
    for _ in range(3):
        detail.more_button.click()
    assert not detail.more_button.isVisible()
    assert shown() == [timeline_detail(e, "EUR") for e in whole]  # every row right, fetched when asked
    assert shown(0)[:2] == [model.index(0, 0).data()] * 2  # the two gifts of the newest day
    assert model.fetched == GIFTS + 1
