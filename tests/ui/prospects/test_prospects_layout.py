"""The Prospects page at 1366×768 and 1024×640: what it shows fits, and the pane is never idle.

On the demo data: the list gets most of the width (the detail pane a third at most), its cities
and tags show whole, a cut cell shows its text in its tooltip; the website is one short link; the
pane shows the first prospect when the page opens and says what to do when nothing is selected;
the timeline shows amounts with the currency setting and reactions by name. Typing a search
keeps a prospect that is still among the first rows selected, without reloading its pane.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from reciprocity_desktop.services import demo, followups, gifts, prospects, settings
from reciprocity_desktop.ui.labels import fmt_money
from reciprocity_desktop.ui.prospects.model import ProspectTableModel
from reciprocity_desktop.ui.prospects.view import ProspectsView

KEYS = [key for key, _title in ProspectTableModel.COLUMNS]


@pytest.fixture
def demo_store(store):
    demo.load_demo(store)
    return store


def _view(qtbot, ctx, width: int, height: int) -> ProspectsView:
    view = ProspectsView(ctx)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.selected_id() != "")  # the first prospect, once shown
    return view


@pytest.mark.parametrize("size", [(1366, 730), (1024, 600)], ids=["1366x768", "1024x640"])
def test_the_list_gets_the_room_and_the_pane_shows_the_first_prospect(qtbot, ctx, demo_store, size):
    view = _view(qtbot, ctx, *size)
    first = prospects.list_prospects(demo_store, limit=1)[0]
    assert view.selected_id() == first.id and view.detail.title.text() == first.name
    assert view.detail.body.isVisible() and not view.detail.placeholder.isVisible()
    pane, whole = view.detail.width(), view.splitter.width()
    assert 300 <= pane <= whole * 0.35, (pane, whole)
    # The pane is as narrow as that because nothing in it asks for more.
    assert view.detail.minimumSizeHint().width() <= 320


def test_at_1366_cities_and_tags_show_whole(qtbot, ctx, demo_store):
    view = _view(qtbot, ctx, 1366, 730)
    header = view.table.horizontalHeader()
    metrics = QFontMetrics(view.table.font())
    listed = prospects.list_prospects(demo_store)
    for key in ("city", "postal_code", "country", "stage", "industry", "contact"):
        column = KEYS.index(key)
        widths = sorted(metrics.horizontalAdvance(view.model.index(r, column).data() or "") for r in range(len(listed)))
        whole = widths[-1] if key in ("city", "postal_code", "country", "stage") else widths[-2]  # one may be cut
        assert header.sectionSize(column) >= whole + 6, key
    tags = KEYS.index("tags")
    first_tags = {p.tags.split(",")[0] for p in listed if p.tags}
    assert header.sectionSize(tags) >= max(metrics.horizontalAdvance(t) for t in first_tags) + 6
    assert header.sectionViewportPosition(tags) + header.sectionSize(tags) <= view.table.viewport().width()


def test_a_cut_cell_shows_its_whole_text_in_its_tooltip(qtbot, ctx, demo_store):
    view = _view(qtbot, ctx, 1024, 600)
    row = next(r for r, p in enumerate(prospects.list_prospects(demo_store)) if "," in p.tags)
    tags = view.model.index(row, KEYS.index("tags"))
    assert tags.data(Qt.ItemDataRole.ToolTipRole) == tags.data() and "," in tags.data()
    city = view.model.index(row, KEYS.index("city"))
    assert city.data(Qt.ItemDataRole.ToolTipRole) == city.data()


def test_the_website_is_one_short_link_and_each_way_to_reach_them_a_line(qtbot, ctx, store):
    long_site = "https://www.baeckerei-mueller-und-soehne.example/filialen/muenchen/schwabing/"
    p = prospects.add_prospect(
        store, name="Bäckerei Müller", phone="+49 89 1234", email="info@mueller.example", website=long_site
    )
    view = _view(qtbot, ctx, 1024, 600)
    view.select_prospect(p.id)
    link = view.detail.website
    assert link.isVisible() and link.toolTip() == long_site
    assert f'href="{long_site}"' in link.text() and "https://" not in link.text().split(">", 1)[1]
    assert link.sizeHint().height() <= link.fontMetrics().height() + 6  # one line, not "https:// / …"
    assert link.width() <= view.detail.width()
    assert (view.detail.phone.text(), view.detail.email.text()) == ("+49 89 1234", "info@mueller.example")
    plain = prospects.add_prospect(store, name="Ohne Netz")
    view.refresh()
    view.select_prospect(plain.id)
    assert not view.detail.website.isVisible() and not view.detail.phone.isVisible()


def test_nothing_selected_says_what_to_do(qtbot, ctx, demo_store):
    view = _view(qtbot, ctx, 1366, 730)
    view.search.setText("zzzz-nothing")
    view.apply_filter()
    assert view.detail.placeholder.isVisible() and not view.detail.body.isVisible()
    assert view.detail.placeholder.text() == "No prospect matches the search and filters."
    view.search.setText("gmbh")
    view.apply_filter()
    assert view.detail.placeholder.text().startswith("Select a prospect in the list")
    assert view.count_label.text() == f"{view.model.rowCount()} prospect(s)" and view.model.rowCount() > 1


def test_the_timeline_shows_amounts_with_the_currency_and_reactions_by_name(qtbot, ctx, store):
    p = prospects.add_prospect(store, name="Timeline GmbH")
    gift = gifts.log_gift(store, p.id, kind="sample", description="Notebook", date=dt.date(2026, 1, 10)).gift
    gifts.set_reaction(store, gift.id, "not_liked")
    followups.add_outcome(store, p.id, kind="order", date=dt.date(2026, 2, 1), value="1234.50", note="First order")
    view = _view(qtbot, ctx, 1366, 730)
    view.select_prospect(p.id)
    model = view.detail.timeline_model

    def details() -> list[str]:
        return [model.index(r, 3).data() for r in range(model.rowCount())]

    assert details()[0] == f"Order: First order — {fmt_money(123450, 'EUR')}"
    assert "€" in details()[0] and "(1234.50)" not in details()[0]
    assert details()[-1] == "Sample: Notebook — Not liked"
    settings.set_(store, "currency", "CHF")
    ctx.events.emit("settings")
    assert details()[0] == f"Order: First order — {fmt_money(123450, 'CHF')}" and "CHF" in details()[0]
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == details()[0]


def test_typing_keeps_a_prospect_among_the_first_rows_selected_without_reloading_its_pane(
    qtbot, ctx, demo_store, monkeypatch
):
    view = _view(qtbot, ctx, 1366, 730)
    target = prospects.list_prospects(demo_store, prospects.ProspectFilter(search="müller"))[0]
    view.select_prospect(target.id)
    loaded: list[str] = []
    monkeypatch.setattr(prospects, "get_prospect", lambda store, pid: loaded.append(pid) or None)
    for text in ("m", "mü", "mül", "müller"):
        view.search.setText(text)
        view.apply_filter()
        assert view.selected_id() == target.id and view.detail.title.text() == target.name, text
    assert loaded == []  # the pane kept what it showed
    view.search.setText("zzzz")
    view.apply_filter()
    assert view.selected_id() == "" and view.detail.placeholder.isVisible()
