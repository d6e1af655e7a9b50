"""The day's gift kit: one rule for the planner, the printed day and the visits service."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import gifts, prospects, visits
from reciprocity_desktop.services.day_sheet import gather_day
from reciprocity_desktop.services.gift_kit import KitLine, gift_kit, needed_from_stock, shortages
from reciprocity_desktop.store.models import StockItem, Visit

#: Each test runs on a store file and on an office hub (tests/services/conftest.py).
pytestmark = pytest.mark.both_backends

DAY = dt.date(2025, 6, 3)


def _line(name, needed, in_stock, low=3, kind="sample", item_id=None) -> KitLine:
    return KitLine(item_id or name, name, kind, needed, in_stock, low)


def test_missing_and_left_after_never_go_below_zero():
    short = _line("Coffee", needed=5, in_stock=2)
    assert (short.missing, short.left_after, short.low_after) == (3, 0, False)
    enough = _line("Coffee", needed=2, in_stock=5, low=3)
    assert (enough.missing, enough.left_after, enough.low_after) == (0, 3, True)
    plenty = _line("Coffee", needed=2, in_stock=9, low=3)
    assert (plenty.missing, plenty.left_after, plenty.low_after) == (0, 7, False)
    unneeded = _line("Coffee", needed=0, in_stock=1, low=3)
    assert (unneeded.missing, unneeded.left_after, unneeded.low_after) == (0, 1, False)
    empty = _line("Coffee", needed=1, in_stock=0, low=0)
    assert (empty.missing, empty.left_after, empty.low_after) == (1, 0, False)


def _item(item_id, name, quantity, low=3, kind="sample") -> StockItem:
    return StockItem(id=item_id, name=name, kind=kind, quantity=quantity, low_stock_level=low)


def _stop(item_id, status="planned") -> Visit:
    return Visit(gift_stock_item_id=item_id, status=status)


def test_only_stops_still_to_make_count_and_shortages_come_first():
    coffee, book, pen = _item("c", "coffee box", 1), _item("b", "Book", 10), _item("p", "Pen", 50)
    stops = [
        _stop("c"),
        _stop("c"),
        _stop("b"),
        _stop("b", "done"),
        _stop("b", "nobody_there"),
        _stop("b", "cancelled"),
        _stop(None),
    ]
    assert needed_from_stock(stops) == {"c": 2, "b": 1}
    kit = gift_kit(stops, [book, coffee, pen])
    assert kit == [_line("coffee box", 2, 1, item_id="c"), _line("Book", 1, 10, item_id="b")]
    assert [line.name for line in shortages(kit)] == ["coffee box"]
    # The whole stock: unneeded items too, with nothing needed.
    assert gift_kit(stops, [coffee], stock=[book, pen]) == [
        _line("coffee box", 2, 1, item_id="c"),
        _line("Book", 1, 10, item_id="b"),
        _line("Pen", 0, 50, item_id="p"),
    ]
    assert gift_kit([], [], stock=[]) == []


@pytest.fixture
def planned_day(store):
    """Four stops: two bring the one coffee box in stock, one a book, one brings chocolates (free text)."""
    coffee = gifts.add_stock_item(store, name="Coffee box", kind="sample", quantity=1, low_stock_level=0)
    book = gifts.add_stock_item(store, name="Book", kind="content", quantity=4, low_stock_level=3)
    spare = gifts.add_stock_item(store, name="Calendar", kind="other", quantity=7)
    ids = [prospects.add_prospect(store, name=name).id for name in ("Alpha", "Beta", "Gamma", "Delta")]
    stops = visits.plan_day(store, DAY, ids)
    for stop, item in zip(stops, (coffee, coffee, book), strict=False):
        visits.update_visit(store, stop.id, gift_stock_item_id=item.id)
    visits.update_visit(store, stops[3].id, gift_note="Chocolates")
    return {"coffee": coffee.id, "book": book.id, "spare": spare.id, "stops": [s.id for s in stops]}


def test_the_visits_service_and_the_printed_day_give_the_same_kit(store, planned_day):
    expected = [
        KitLine(planned_day["coffee"], "Coffee box", "sample", 2, 1, 0),
        KitLine(planned_day["book"], "Book", "content", 1, 4, 3),
    ]
    assert visits.day_gift_kit(store, DAY) == expected
    assert list(gather_day(store, DAY).kit) == expected
    assert [line.missing for line in expected] == [1, 0]
    assert expected[1].low_after  # 3 left, the reorder level
    # The planner's view of it: the whole live stock.
    assert visits.day_gift_kit(store, DAY, whole_stock=True) == [
        *expected,
        KitLine(planned_day["spare"], "Calendar", "other", 0, 7, 3),
    ]


def test_a_done_stop_no_longer_needs_its_gift_anywhere(store, planned_day):
    with store.session() as session:
        session.get(Visit, planned_day["stops"][0]).status = "done"
    expected = [
        KitLine(planned_day["book"], "Book", "content", 1, 4, 3),
        KitLine(planned_day["coffee"], "Coffee box", "sample", 1, 1, 0),
    ]
    assert visits.day_gift_kit(store, DAY) == expected
    assert list(gather_day(store, DAY).kit) == expected


def test_removed_stops_and_deleted_prospects_do_not_count(store, planned_day):
    visits.remove_visit(store, planned_day["stops"][0])
    prospects.delete_prospect(store, visits.get_visit(store, planned_day["stops"][2]).prospect_id)
    expected = [KitLine(planned_day["coffee"], "Coffee box", "sample", 1, 1, 0)]
    assert visits.day_gift_kit(store, DAY) == expected
    assert list(gather_day(store, DAY).kit) == expected
