"""The lazy prospect model on 100,000 generated prospects: count, lazy pages, filtering, sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from reciprocity_desktop.services.prospects import ProspectFilter
from reciprocity_desktop.store.models import Prospect, new_id
from reciprocity_desktop.textutil import fold
from reciprocity_desktop.ui.prospects.model import PAGE_SIZE, ProspectTableModel
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE

ROWS = 100_000
CITIES = ["München", "Köln", "Ljubljana", "Utrecht", "Hamburg"]


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from reciprocity_desktop.store import open_store

    store = open_store(tmp_path_factory.mktemp("big") / "big.sqlite3")
    rows = []
    for i in range(ROWS):
        name = f"Firma {i:06d}"
        city = CITIES[i % len(CITIES)]
        postal = f"{10000 + i % 90000}"
        rows.append(
            {"id": new_id(), "name": name, "city": city, "postal_code": postal, "country": "DE",
             "stage": "customer" if i % 7 == 0 else "prospect", "search_text": fold(f"{name} {city} {postal}"),
             "sort_name": fold(name), "stamp": ""}
        )  # fmt: skip
    with store.session() as session:
        session.execute(insert(Prospect), rows)
    yield store
    store.close()


def test_row_count_without_loading_rows(big_store):
    model = ProspectTableModel(big_store)
    assert model.rowCount() == ROWS
    assert model.pages_loaded == 0


def test_only_the_pages_looked_at_are_fetched(big_store):
    model = ProspectTableModel(big_store)
    assert model.index(0, 0).data() == "Firma 000000"
    assert model.index(ROWS - 1, 0).data() == "Firma 099999"
    assert model.index(50_123, 0).data() == "Firma 050123"
    assert model.pages_loaded == 3
    model.index(50_124, 1).data()  # same page: no new query
    assert model.pages_loaded == 3
    assert ROWS // PAGE_SIZE > 100  # i.e. far fewer pages than the whole table


def test_filtering_happens_in_sql(big_store):
    model = ProspectTableModel(big_store)
    model.set_filter(ProspectFilter(search="ljubljana"))
    assert model.rowCount() == ROWS // len(CITIES)
    assert all(model.index(r, 1).data() == "Ljubljana" for r in range(0, 300))
    model.set_filter(ProspectFilter(search="firma 04242"))
    # every word must occur somewhere (substring): 0-04242 and 04242-0…9
    expected = ["Firma 004242"] + [f"Firma 04242{d}" for d in range(10)]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == expected
    model.set_filter(ProspectFilter(stage="customer", city="köln"))
    expected = sum(1 for i in range(ROWS) if i % 7 == 0 and CITIES[i % len(CITIES)] == "Köln")
    assert expected > 0 and model.rowCount() == expected
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"Köln"}


def test_sorting_descending_by_name(big_store):
    model = ProspectTableModel(big_store)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Firma 099999"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 1).data() == "Hamburg"


def test_locate_finds_any_row_with_one_query_not_by_paging(big_store):
    from reciprocity_desktop.services import prospects

    model = ProspectTableModel(big_store)
    [far] = prospects.list_prospects(big_store, ProspectFilter(search="firma 087654"))
    assert model.locate(far.id) == 87_654
    assert model.pages_loaded == 0
    assert model.index(87_654, 0).data() == "Firma 087654"
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.locate(far.id) == ROWS - 1 - 87_654
    model.set_filter(ProspectFilter(city="Köln"))
    assert model.locate(far.id) == -1  # 87654 % 5 == 4: Hamburg, filtered out


def test_a_search_keystroke_counts_then_fetches_one_page_of_plain_rows(big_store):
    """The model's page is plain rows (no ORM objects, the first contact from SQL), fetched when shown."""
    from reciprocity_desktop.services.prospects import ProspectRow

    model = ProspectTableModel(big_store)
    model.set_filter(ProspectFilter(search="ljubljana"))
    assert model.rowCount() == ROWS // len(CITIES) and model.pages_loaded == 0
    assert model.index(0, 1).data() == "Ljubljana" and model.pages_loaded == 1
    assert all(model.index(r, 1).data() == "Ljubljana" for r in range(PAGE_SIZE)) and model.pages_loaded == 1
    row = model.index(0, 0).data(OBJECT_ROLE)
    assert isinstance(row, ProspectRow) and row.contact == ""
    # Roles the table does not show are answered without fetching a page.
    fresh = ProspectTableModel(big_store)
    assert fresh.index(5, 0).data(Qt.ItemDataRole.DecorationRole) is None and fresh.pages_loaded == 0


def test_a_search_keystroke_shows_the_first_page_then_the_count_arrives_and_matches(qtbot, big_store):
    """``count_later``: the first page's rows at once, the count off the GUI thread a moment later."""
    from reciprocity_desktop.services import prospects

    model = ProspectTableModel(big_store)
    with qtbot.waitSignal(model.counted, timeout=10_000) as arrived:
        model.set_filter(ProspectFilter(search="m"), count_later=True)  # "München": 1 of 5, and more
        assert model.counting and model.rowCount() == PAGE_SIZE and model.pages_loaded == 1
        assert model.index(0, 0).data() == "Firma 000000"  # painted from the page fetched already
    exact = prospects.count_prospects(big_store, ProspectFilter(search="m"))
    assert arrived.args == [exact] and model.rowCount() == exact and not model.counting
    # A list that fits its first page is counted by it: nothing left for later.
    model.set_filter(ProspectFilter(search="firma 00004"), count_later=True)
    assert not model.counting and model.rowCount() == 11  # 000040…000049, and 000004 (postal code 10004)


def test_a_count_overtaken_by_another_keystroke_or_a_reload_is_dropped(qtbot, big_store):
    from reciprocity_desktop.services import prospects

    model = ProspectTableModel(big_store)
    seen: list[int] = []
    model.counted.connect(seen.append)
    model.set_filter(ProspectFilter(search="k"), count_later=True)  # "Köln", "Hamburg"
    model.set_filter(ProspectFilter(search="lj"), count_later=True)  # "Ljubljana"
    qtbot.waitUntil(lambda: not model.counting, timeout=10_000)
    assert seen == [ROWS // len(CITIES)] and model.rowCount() == ROWS // len(CITIES)
    # The store changed (a reload counts at once): the count of the load before it never lands.
    model.set_filter(ProspectFilter(search="m"), count_later=True)
    model.set_filter(ProspectFilter(search="ha"))
    assert model.rowCount() == prospects.count_prospects(big_store, ProspectFilter(search="ha"))
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the overtaken count's signal, had it been kept
    assert seen == [ROWS // len(CITIES)] and model.rowCount() == ROWS // len(CITIES)


def test_locating_a_deep_row_reads_its_page_by_key_and_finishes_a_count_on_its_way(qtbot, big_store):
    from reciprocity_desktop.services import prospects

    model = ProspectTableModel(big_store)
    [far] = prospects.list_prospects(big_store, ProspectFilter(search="firma 087654"))
    assert model.locate(far.id) == 87_654 and model.pages_loaded == 0
    # The page holding it came with the location: painting around the row fetches nothing more.
    assert [model.index(row, 0).data() for row in (87_600, 87_654, 87_699)] == [
        "Firma 087600", "Firma 087654", "Firma 087699",
    ]  # fmt: skip
    assert model.pages_loaded == 0
    model.set_filter(ProspectFilter(search="firma"), count_later=True)
    assert model.counting and model.rowCount() == PAGE_SIZE
    assert model.locate(far.id) == 87_654 and not model.counting and model.rowCount() == ROWS


def test_the_count_label_fills_in_when_the_count_of_the_search_typed_arrives(qtbot, big_store):
    from PySide6.QtGui import QUndoStack

    from reciprocity_desktop.services import prospects
    from reciprocity_desktop.ui.context import StoreEvents, UiContext
    from reciprocity_desktop.ui.prospects.view import ProspectsView

    view = ProspectsView(UiContext(big_store, StoreEvents(), QUndoStack()))
    qtbot.addWidget(view)
    view.show()
    assert view.count_label.text() == f"{ROWS} prospect(s)"
    view.search.setText("mü")  # "München", through the debounce as typed
    qtbot.waitUntil(lambda: view.model.filter.search == "mü", timeout=5_000)
    assert view.model.index(0, 1).data() == "München"
    exact = prospects.count_prospects(big_store, ProspectFilter(search="mü"))
    qtbot.waitUntil(lambda: view.count_label.text() == f"{exact} prospect(s)", timeout=10_000)
    assert view.model.rowCount() == exact


def test_a_search_count_waits_for_the_first_paint_or_its_moment(qtbot, big_store, monkeypatch):
    """The count of a search starts once the view has painted its first page (``painted``), or
    ``COUNT_AFTER_MS`` after the load when nothing paints; never beside the paint, never twice."""
    from reciprocity_desktop.ui.prospects import model as model_module

    model = ProspectTableModel(big_store)
    asked: list[int] = []
    monkeypatch.setattr(model._later._counter, "request", lambda: asked.append(model._later._generation))
    model.set_filter(ProspectFilter(search="m"), count_later=True)
    assert model.counting and asked == []  # not while the keystroke's page is being painted
    model.painted()
    qtbot.waitUntil(lambda: asked == [model._later._generation], timeout=1_000)
    model.painted()  # a later paint of the same load asks nothing more
    qtbot.wait(model_module.COUNT_AFTER_MS * 2)
    assert asked == [model._later._generation]
    # No paint at all (a hidden list): the moment after the load starts it.
    model.set_filter(ProspectFilter(search="mu"), count_later=True)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=2_000)
    assert asked[-1] == model._later._generation
