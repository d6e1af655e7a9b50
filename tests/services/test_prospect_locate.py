"""Finding a prospect in the list with the page holding it (``locate_rows``), read by its sort key.

The rows it hands back are exactly the rows ``list_prospect_rows`` lists at the same offset, and its
position is ``position_of``'s, for every sortable column in both directions, with ties on the column
and on the name, under a search and a filter; the page bounds follow the margin; a prospect the
filter hides is not found.
"""

from __future__ import annotations

import pytest
from sqlalchemy import insert, update

from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.prospects import ProspectFilter
from reciprocity_desktop.store.models import Prospect, new_id
from reciprocity_desktop.textutil import fold

ROWS = 530
PAGE = 50


@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    from reciprocity_desktop.store import open_store

    store = open_store(tmp_path_factory.mktemp("locate") / "locate.sqlite3")
    rows = []
    for i in range(ROWS):
        name = f"Firma {i % 180:03d}"  # the same name up to three times: ties broken by the id
        city = ("Köln", "Bonn", "Aachen", "Zell")[i % 4]
        rows.append(
            {"id": new_id(), "name": name, "city": city, "postal_code": f"{50000 + i % 37}", "country": "DE",
             "stage": ("prospect", "customer", "lost")[i % 3], "industry": ("", "Bau", "Druck")[i % 3 - 1],
             "search_text": fold(f"{name} {city}"), "sort_name": fold(name), "stamp": ""}
        )  # fmt: skip
    with store.session() as session:
        session.execute(insert(Prospect), rows)
        session.execute(update(Prospect).where(Prospect.name == "Firma 007").values(deleted=True))
    yield store
    store.close()


@pytest.mark.parametrize("sort", sorted(prospects.SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("flt", [ProspectFilter(), ProspectFilter(search="firma 1"), ProspectFilter(city="Köln")])
def test_the_rows_around_a_prospect_are_the_listed_rows_at_its_page(listed, sort, descending, flt):
    every = prospects.list_prospect_rows(listed, flt, sort=sort, descending=descending)
    assert len(every) > 2 * PAGE
    for position in (0, 1, PAGE - 1, PAGE, PAGE + 7, PAGE + PAGE // 2, len(every) // 2, len(every) - 2, len(every) - 1):
        target = every[position]
        found = prospects.locate_rows(
            listed, target.id, flt, sort=sort, descending=descending, page_size=PAGE, margin=10
        )
        assert found is not None and found.position == position
        assert found.position == prospects.position_of(listed, target.id, flt, sort=sort, descending=descending)
        assert found.rows == every[found.offset : found.offset + len(found.rows)]
        assert found.offset % PAGE == 0 and found.offset <= position < found.offset + len(found.rows)
        within = position % PAGE
        start = position - within - (PAGE if within < 10 and position >= PAGE else 0)
        end = min(position - within + PAGE + (PAGE if within >= PAGE - 10 else 0), len(every))
        assert (found.offset, found.offset + len(found.rows)) == (start, end)


def test_a_prospect_the_filter_hides_or_a_deleted_one_is_not_found(listed):
    bonn = prospects.list_prospect_rows(listed, ProspectFilter(search="firma 001 bonn"))[0]
    assert prospects.locate_rows(listed, bonn.id, ProspectFilter(city="Köln")) is None
    with listed.read() as session:
        deleted = session.query(Prospect.id).filter(Prospect.deleted.is_(True)).first()[0]
    assert prospects.locate_rows(listed, deleted) is None
    assert prospects.locate_rows(listed, "no-such-id") is None
