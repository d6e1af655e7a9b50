"""The Gifts page over many gifts: it fetches only the pages it paints; the store sorts and filters."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView
from sqlalchemy import event, insert

from reciprocity_desktop.services import gift_list, gifts, prospects
from reciprocity_desktop.store.models import Gift
from reciprocity_desktop.textutil import fold
from reciprocity_desktop.ui.gifts.view import GiftsView
from reciprocity_desktop.ui.labels import fmt_date, fmt_money
from reciprocity_desktop.ui.widgets.lazy_table import PAGE_SIZE, LazyRecordModel

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
    qtbot.waitUntil(lambda: not view.counting, timeout=10_000)  # the count comes after the paint
    qtbot.wait(50)
    assert view.model.rowCount() == MANY
    assert view.totals()[0] == MANY
    assert 1 <= view.model.pages_loaded <= 2
    # Scrolling to the end fetches the last page, not the ones between.
    before = view.model.pages_loaded
    view.table.scrollToBottom()
    qtbot.wait(50)
    assert view.model.pages_loaded - before <= 2


def test_the_count_and_cost_come_off_the_gui_thread_after_the_first_page_painted(
    qtbot, ctx, many_gifts, monkeypatch
):
    """The page shows its first page at once; the count and the cost of all the gifts arrive after its
    paint, computed on the thread pool; a list that fits one page is summed from its rows, no count."""
    counted_on: list[bool] = []
    real = gift_list.gift_totals

    def totals(store, flt):
        counted_on.append(threading.current_thread() is threading.main_thread())
        return real(store, flt)

    monkeypatch.setattr(gift_list, "gift_totals", totals)
    view = GiftsView(ctx)
    qtbot.addWidget(view)
    assert view.counting and view.model.rowCount() == PAGE_SIZE and view.model.pages_loaded == 1
    assert counted_on == [] and view.totals_label.text() == f"More than {PAGE_SIZE} gift(s), counting…"
    view.resize(1000, 700)
    with qtbot.waitSignal(view.model.counted, timeout=10_000):
        view.show()
    assert counted_on == [False]  # once, on a thread of the pool
    cost = sum((i * 37) % 5000 for i in range(MANY))
    assert view.totals() == (MANY, cost) and view.model.rowCount() == MANY and not view.counting
    assert view.totals_label.text() == f"{MANY} gift(s), total cost {fmt_money(cost)}"
    # A search that fits one page: its count and cost are its rows', no count asked.
    view.search_edit.setText("Gift 4999 ")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5_000)
    assert not view.counting and view.totals() == (1, (4999 * 37) % 5000) and counted_on == [False]
    # Selecting a gift past the first page while counting counts at once (on this thread).
    view.search_edit.setText("")
    qtbot.waitUntil(lambda: view.counting, timeout=5_000)
    assert view.select_gift(str(uuid.UUID(int=1))) and view.selected_gift().id == str(uuid.UUID(int=1))
    assert not view.counting and view.model.rowCount() == MANY


def test_the_columns_are_sized_without_reading_the_rows(qtbot, ctx, many_gifts, monkeypatch):
    """The narrow columns take their widths from the headers and the formats: showing the page asks
    the model for about what one paint of the cells on screen asks (sizing the columns to their
    contents asked for every row on screen again, per column and role: about six paints' worth)."""
    calls = [0]
    real = LazyRecordModel.data

    def data(model, index, role=Qt.ItemDataRole.DisplayRole):
        calls[0] += 1
        return real(model, index, role)

    monkeypatch.setattr(LazyRecordModel, "data", data)
    view = GiftsView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    shown = calls[0]
    view.table.viewport().grab()  # one paint of the cells on screen
    one_paint = calls[0] - shown
    assert one_paint > 0 and shown <= 2 * one_paint
    header = view.table.horizontalHeader()
    assert all(
        header.sectionResizeMode(c) != QHeaderView.ResizeMode.ResizeToContents for c in range(header.count())
    )
    # The widest date and cost show whole.
    metrics = view.table.fontMetrics()
    assert header.sectionSize(view.COL_DATE) > metrics.horizontalAdvance(fmt_date(dt.date(2026, 12, 28)))
    assert header.sectionSize(view.COL_COST) > metrics.horizontalAdvance(fmt_money(99_999_99))
    assert not view.table.horizontalScrollBar().isVisible()


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
