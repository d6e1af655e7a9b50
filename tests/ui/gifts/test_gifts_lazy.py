"""The Gifts page over many gifts: it fetches only the pages it paints; the store sorts and filters."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import event, insert

from reciprocity_desktop.services import gift_list, gifts, prospects
from reciprocity_desktop.store.models import Gift
from reciprocity_desktop.textutil import fold
from reciprocity_desktop.ui.gifts.view import GiftsView
from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE

MANY = 5000


@pytest.fixture
def many_gifts(store):
    """MANY gifts to three prospects, written with one bulk insert."""
    owners = [
        prospects.add_prospect(store, name=n, city=c).id
        for n, c in (("Müller", "Köln"), ("Ábel", "Graz"), ("Zorn", "Bern"))
    ]
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    rows = [
        {
            "id": str(uuid.UUID(int=i + 1)),
            "created_at": now + dt.timedelta(seconds=i),
            "updated_at": now,
            "stamp": "",
            "deleted": False,
            "prospect_id": owners[i % 3],
            "date": dt.date(2024, 1, 1) + dt.timedelta(days=i % 700),
            "kind": ("sample", "content", "event")[i % 3 if i % 7 else 0],
            "description": f"Gift {i} {'Kaffeé' if i % 5 == 0 else 'Tee'}",
            "description_key": fold(f"Gift {i} {'Kaffeé' if i % 5 == 0 else 'Tee'}"),  # as bulk writers do
            "cost_cents": (i * 37) % 5000,
            "quantity": 1,
            "personal": i % 2 == 0,
            "unexpected": i % 3 == 0,
            "meaningful": False,
            "reaction": (None, "liked", "neutral")[i % 3],
            "reaction_note": "",
        }
        for i in range(MANY)
    ]
    with store.session() as session:
        session.execute(insert(Gift), rows)
    return store


def _selects(store) -> list[str]:
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "gifts" in statement:
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    return statements


def test_the_page_over_many_gifts_fetches_at_most_two_pages_after_showing(qtbot, ctx, many_gifts):
    view = GiftsView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    assert view.model.rowCount() == MANY
    assert view.totals()[0] == MANY
    assert 1 <= view.model.pages_loaded <= 2
    # Scrolling to the end fetches the last page, not the ones between.
    before = view.model.pages_loaded
    view.table.scrollToBottom()
    qtbot.wait(50)
    assert view.model.pages_loaded - before <= 2


def test_the_count_and_totals_load_no_rows(many_gifts):
    statements = _selects(many_gifts)
    assert gift_list.count_gifts(many_gifts) == MANY
    assert len(statements) == 1  # one count of the gifts
    assert gift_list.gift_totals(many_gifts) == (MANY, sum((i * 37) % 5000 for i in range(MANY)))
    assert len(statements) <= 3  # the sums, and those of deleted prospects' gifts taken off
    assert all("count(" in s.lower() and "limit" not in s.lower() for s in statements)


def _reference(store, key, descending, flt=lambda g: True):
    """The gifts sorted in Python as the page sorted them before (ties: newest first)."""
    rows = [g for g in gifts.list_gifts(store) if flt(g)]
    rows.sort(key=lambda g: (g.date, g.created_at, g.id), reverse=True)
    value = {
        "date": lambda g: (g.date, g.created_at, g.id),
        "prospect": lambda g: fold(g.prospect.name),
        "kind": lambda g: g.kind,
        "description": lambda g: fold(g.description),
        "personal": lambda g: g.personal,
        "unexpected": lambda g: g.unexpected,
        "cost": lambda g: g.cost_cents,
        "reaction": lambda g: g.reaction or "",
    }[key]
    if key == "date":
        return [g.id for g in sorted(rows, key=value, reverse=descending)]
    return [g.id for g in sorted(rows, key=value, reverse=descending)]


@pytest.mark.parametrize(
    "key", ["date", "prospect", "kind", "description", "personal", "unexpected", "cost", "reaction"]
)
@pytest.mark.parametrize("descending", [False, True])
def test_sorting_in_sql_equals_the_python_order(store, key, descending):
    owner = prospects.add_prospect(store, name="Özdemir Ltd").id
    other = prospects.add_prospect(store, name="Achim AG").id
    for i, (who, kind, cost, text) in enumerate(
        [
            (owner, "sample", 500, "Äpfel"),
            (other, "event", 500, "birnen"),
            (owner, "content", 100, "Zwetschgen"),
            (other, "sample", 900, "apfel"),
            (owner, "trial", 0, "Birne"),
        ]
    ):
        gift = gifts.log_gift(
            store,
            who,
            kind=kind,
            cost=str(cost / 100),
            description=text,
            date=dt.date(2025, 3, 1 + i % 3),
            personal=i % 2 == 0,
        ).gift
        if i % 2:
            gifts.set_reaction(store, gift.id, "liked")
    sort = gift_list.GiftSort(key, descending)
    assert [g.id for g in gift_list.list_gifts_page(store, sort=sort, limit=None)] == _reference(
        store, key, descending
    )
    # A page further on is the same slice of that order; the position of each gift is its row.
    assert [g.id for g in gift_list.list_gifts_page(store, sort=sort, offset=2, limit=2)] == _reference(
        store, key, descending
    )[2:4]
    for row, gift_id in enumerate(_reference(store, key, descending)):
        assert gift_list.gift_position(store, gift_id, sort=sort) == row


def test_filtering_in_sql_finds_what_the_search_found(many_gifts):
    flt = gift_list.GiftFilter(search="KAFFEE", kind="sample")
    expected = [
        g.id for g in gifts.list_gifts(many_gifts) if "kaffee" in fold(g.description) and g.kind == "sample"
    ]
    assert gift_list.count_gifts(many_gifts, flt) == len(expected) > 0
    assert {g.id for g in gift_list.list_gifts_page(many_gifts, flt, limit=None)} == set(expected)
    by_city = gift_list.GiftFilter(search="koln")  # accents and case ignored in the prospect's city
    assert gift_list.count_gifts(many_gifts, by_city) == len([i for i in range(MANY) if i % 3 == 0])
    labelled = gift_list.GiftFilter(search="gemocht", labels=(("liked", "Gemocht"),))
    assert gift_list.count_gifts(many_gifts, labelled) == len([i for i in range(MANY) if i % 3 == 1])


def test_the_selection_stays_on_its_gift_across_sorting_and_reloads(qtbot, ctx, many_gifts):
    view = GiftsView(ctx)
    qtbot.addWidget(view)
    view.show()
    target = str(uuid.UUID(int=1234))
    assert view.select_gift(target)
    assert view.selected_gift().id == target
    view.table.sortByColumn(view.COL_COST, view.table.horizontalHeader().sortIndicatorOrder())
    assert view.selected_gift().id == target
    view.refresh()
    assert view.selected_gift().id == target
    assert view.model.pages_loaded < MANY // PAGE_SIZE
