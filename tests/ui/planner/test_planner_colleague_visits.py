"""Each rep's own route in the window: a colleague's visit (as a sync import brings it) stays off the
planner's route and is said as a notice in the planner and in the prospect's detail."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel

from reciprocity_desktop.services import prospects, settings, visits
from reciprocity_desktop.store.models import Visit
from reciprocity_desktop.ui.planner.route_model import RouteModel
from reciprocity_desktop.ui.planner.view import PlannerView
from reciprocity_desktop.ui.prospects.detail import ProspectDetail

DAY = dt.date.today() + dt.timedelta(days=3)
COLLEAGUE = "5d1c0c1e-4b7e-4d7a-9a55-0c01ea9e0001"


def _colleagues_visit(store, prospect_id: str, day: dt.date = DAY, seller: str = "Anna", seller_id=COLLEAGUE):
    """A visit Anna planned in her store, as importing her sync file writes it into this one."""
    with store.session() as session:
        session.add(Visit(prospect_id=prospect_id, date=day, seller_id=seller_id, seller=seller))


@pytest.fixture
def shared(store):
    settings.set_(store, "seller_name", "Bojan")
    prospect = prospects.add_prospect(store, name="Bäckerei Müller", postal_code="80331", city="München")
    _colleagues_visit(store, prospect.id)
    return prospect.id


@pytest.fixture
def view(ctx, qtbot, shared):
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.set_day(DAY)
    widget.resize(1366, 768)
    widget.show()
    widget.refresh()
    return widget


def _shown(view) -> list[str]:
    model = view.route_model
    return [model.index(row, RouteModel.PROSPECT).data() for row in range(model.rowCount())]


def test_the_colleagues_visit_is_not_on_the_route_but_its_prospect_can_be_added(view, store, shared, qtbot):
    assert _shown(view) == []
    assert view.colleague_notice.isHidden()
    # the prospect is offered; selecting it says who visits it when
    view.pick.search.setText("Bäckerei")
    view.pick._refresh_results()
    assert view.pick.results_proxy.rowCount() == 1
    view.pick.results.selectionModel().select(
        view.pick.results_proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    notice = view.pick.colleague_notice
    assert notice.isVisibleTo(view) and "Bäckerei Müller: Anna visits this prospect on" in notice.text()
    view.pick.add_button.click()
    qtbot.waitUntil(lambda: len(_shown(view)) == 1)
    assert [v.seller for v in visits.list_day(store, DAY)] == ["Bojan"]
    # now on the own route, the colleague's visit is said under it
    text = view.colleague_notice.text()
    assert view.colleague_notice.isVisibleTo(view)
    assert text.startswith("Bäckerei Müller: Anna visits this prospect on ")


def test_the_notice_names_the_date_in_the_locales_short_form_and_an_unknown_seller(view, store, shared):
    prospect = prospects.add_prospect(store, name="Hotel Zur Post", city="Köln")
    _colleagues_visit(store, prospect.id, DAY + dt.timedelta(days=1), seller="", seller_id="")
    visits.plan_day(store, DAY, [shared, prospect.id])
    view.refresh()
    lines = view.colleague_notice.text().splitlines()
    assert lines == [
        f"Bäckerei Müller: Anna visits this prospect on {DAY.day} {DAY:%b}",
        f"Hotel Zur Post: A colleague visits this prospect on {(DAY + dt.timedelta(days=1)).day} "
        f"{DAY + dt.timedelta(days=1):%b}",
    ]


def test_the_prospect_detail_says_a_colleagues_planned_visit(ctx, qtbot, store, shared, monkeypatch):
    detail = ProspectDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    reads, real_read = [], store.read

    def counted_read():
        reads.append(1)
        return real_read()

    monkeypatch.setattr(store, "read", counted_read)
    detail.show_prospect(shared)
    assert len(reads) == 1  # the pane, its timeline's first page and the notice: one read
    assert detail.colleague_notice.isVisibleTo(detail)
    assert detail.colleague_notice.text() == f"Anna visits this prospect on {DAY.day} {DAY:%b}"
    other = prospects.add_prospect(store, name="Metallbau Schäfer").id
    visits.plan_day(store, DAY, [other])  # one's own visit is no notice
    detail.show_prospect(other)
    assert not detail.colleague_notice.isVisibleTo(detail)


def _timeline(detail) -> list[str]:
    model = detail.timeline_model
    return [
        " | ".join(str(model.index(row, column).data()) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_prospects_timeline_says_whose_route_a_colleagues_visit_is_on(ctx, qtbot, store, shared):
    detail = ProspectDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_prospect(shared)
    assert any("Planned: on Anna's route" in row for row in _timeline(detail)), _timeline(detail)
    unknown = prospects.add_prospect(store, name="Tischlerei Novak").id
    _colleagues_visit(store, unknown, seller="", seller_id="")  # an older file that did not say whose
    detail.show_prospect(unknown)
    assert any("Planned: on a colleague's route" in row for row in _timeline(detail))
    own = prospects.add_prospect(store, name="Metallbau Schäfer").id
    visits.plan_day(store, DAY, [own])
    detail.show_prospect(own)
    rows = _timeline(detail)
    assert any("Visit" in row for row in rows) and not any("route" in row for row in rows)
