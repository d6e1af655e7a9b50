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
