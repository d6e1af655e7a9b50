"""The day planner, driven as a user would: search and add, reorder, auto-order, gifts, remove + undo."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit

from reciprocity_desktop.services import day_route, gifts, prospects, visits
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.planner.route_model import RouteModel
from reciprocity_desktop.ui.planner.view import PlannerView
from reciprocity_desktop.ui.widgets.style import DANGER_BG

DAY = dt.date.today() + dt.timedelta(days=3)
DEMO_DAY = dt.date.today() + dt.timedelta(days=1)  # the demo plans a route for tomorrow

# name, postal code, city, latitude, longitude — four stops along a line (west to east) and one far away
PLACES = [
    ("Alpha Bäckerei", "80331", "München", 48.10, 11.50),
    ("Beta Brauhaus", "80333", "München", 48.10, 11.60),
    ("Gamma Garage", "80335", "München", 48.10, 11.70),
    ("Delta Druckerei", "80339", "München", 48.10, 11.80),
    ("Epsilon Elektro", "10115", "Berlin", 52.52, 13.40),
]


@pytest.fixture
def ids(store):
    return {
        name: prospects.add_prospect(
            store, name=name, postal_code=postal, city=city, country="DE", latitude=lat, longitude=lon
        ).id
        for name, postal, city, lat, lon in PLACES
    }


@pytest.fixture
def view(ctx, qtbot):
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.set_day(DAY)
    widget.resize(1366, 768)
    widget.show()
    return widget


def stored_names(store, day=DAY) -> list[str]:
    return [v.prospect.name for v in visits.list_day(store, day)]


def shown_names(view) -> list[str]:
    model = view.route_model
    return [model.index(row, RouteModel.PROSPECT).data() for row in range(model.rowCount())]


def search(qtbot, view, text: str, expected_rows: int) -> None:
    view.pick.search.clear()
    qtbot.keyClicks(view.pick.search, text)
    qtbot.waitUntil(
        lambda: view.pick.results_proxy.rowCount() == expected_rows and not view.pick._search_timer.isActive()
    )


def plan_three_by_search(qtbot, view) -> None:
    # 1. type, select the row, click "Add to the day"
    search(qtbot, view, "alpha", 1)
    view.pick.results.selectRow(0)
    qtbot.mouseClick(view.pick.add_button, Qt.MouseButton.LeftButton)
    # 2. type, Enter in the search box adds the only match
    search(qtbot, view, "beta", 1)
    qtbot.keyClick(view.pick.search, Qt.Key.Key_Return)
    # 3. type, Down into the results, Enter adds the selected one
    search(qtbot, view, "gamma", 1)
    qtbot.keyClick(view.pick.search, Qt.Key.Key_Down)
    qtbot.keyClick(view.pick.results, Qt.Key.Key_Return)


def test_defaults_to_tomorrow_and_alt_arrows_change_day(ctx, qtbot):
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(widget.isActiveWindow)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert widget.day() == tomorrow
    widget.date_edit.setFocus()
    qtbot.keyClick(widget.date_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert widget.day() == tomorrow + dt.timedelta(days=1)
    qtbot.keyClick(widget.date_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(widget.date_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert widget.day() == dt.date.today()
    qtbot.mouseClick(widget.next_button, Qt.MouseButton.LeftButton)
    assert widget.day() == tomorrow


def test_plan_by_search_and_reorder(store, ids, view, qtbot, ctx):
    plan_three_by_search(qtbot, view)
    assert stored_names(store) == ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage"]
    assert shown_names(view) == ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage"]
    assert view.stop_count.text() == "Stops: 3"
    # Prospects on the day are no longer offered.
    search(qtbot, view, "e", 2)
    offered = {view.pick.results_proxy.index(r, 0).data() for r in range(view.pick.results_proxy.rowCount())}
    assert offered == {"Delta Druckerei", "Epsilon Elektro"}

    # Drag and drop: the first stop dropped below the last one.
    model = view.route_model
    mime = model.mimeData([model.index(0, RouteModel.PROSPECT)])
    assert mime.hasFormat(model.mimeTypes()[0])
    assert model.supportedDropActions() == Qt.DropAction.MoveAction
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = ["Beta Brauhaus", "Gamma Garage", "Alpha Bäckerei"]
    qtbot.waitUntil(lambda: stored_names(store) == expected)
    assert shown_names(view) == expected

    # Dropped onto an item: takes that item's place.
    mime = model.mimeData([model.index(2, RouteModel.PROSPECT)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, RouteModel.PROSPECT))
    expected = ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage"]
    qtbot.waitUntil(lambda: stored_names(store) == expected)

    # moveRows directly (what the view does for the keys).
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    expected = ["Gamma Garage", "Alpha Bäckerei", "Beta Brauhaus"]
    qtbot.waitUntil(lambda: stored_names(store) == expected)

    # Ctrl+Down moves the selected stop and keeps it selected.
    view.route.setFocus()
    view.route.selectRow(0)
    qtbot.keyClick(view.route, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    expected = ["Alpha Bäckerei", "Gamma Garage", "Beta Brauhaus"]
    qtbot.waitUntil(lambda: stored_names(store) == expected)
    assert shown_names(view) == expected
    assert view.selected_visit_id() == visits.list_day(store, DAY)[1].id
    qtbot.keyClick(view.route, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored_names(store)[0] == "Gamma Garage")

    # Every reorder is undoable.
    ctx.undo_stack.undo()
    assert stored_names(store) == expected
    assert shown_names(view) == expected


def test_add_everyone_in_a_postal_area(store, ids, view, qtbot):
    qtbot.keyClicks(view.pick.area, "8033")
    qtbot.waitUntil(lambda: view.pick.area_count.text() == "Postal code 8033…, not on this day yet: 4")
    assert view.pick.add_area_button.isEnabled()
    assert view.pick.add_area_button.text() == "Add a&ll 4"
    qtbot.mouseClick(view.pick.add_area_button, Qt.MouseButton.LeftButton)
    assert sorted(stored_names(store)) == [
        "Alpha Bäckerei",
        "Beta Brauhaus",
        "Delta Druckerei",
        "Gamma Garage",
    ]
    assert view.pick.area_count.text() == "Postal code 8033…, not on this day yet: 0"
    assert not view.pick.add_area_button.isEnabled()
    assert view.pick.add_area_button.text() == "Add a&ll"


def test_auto_order_by_distance_and_by_postal_code(store, ids, view, qtbot, ctx):
    scrambled = ["Alpha Bäckerei", "Delta Druckerei", "Beta Brauhaus", "Gamma Garage"]
    visits.plan_day(store, DAY, [ids[n] for n in scrambled])
    view.refresh()
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    assert stored_names(store) == ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage", "Delta Druckerei"]
    assert shown_names(view) == stored_names(store)
    assert "by distance" in view.route_info.text()
    km = day_route.plan_for_day(store, DAY).total_km
    assert f"{km:.1f} km by road" in view.route_info.text()
    ctx.undo_stack.undo()
    assert stored_names(store) == scrambled

    # Without a stop with coordinates: by country and postal code, the length unknown.
    other = DAY + dt.timedelta(days=1)
    nowhere = [
        prospects.add_prospect(store, name=name, postal_code=code, city="Nirgendwo", country="DE").id
        for name, code in (("Zeta Zahnarzt", "00002"), ("Eta Eisen", "00001"))
    ]
    visits.plan_day(store, other, nowhere)
    view.set_day(other)
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    assert stored_names(store, other) == ["Eta Eisen", "Zeta Zahnarzt"]
    assert "by country and postal code" in view.route_info.text()
    assert "Route:" not in view.route_info.text()
    assert "1 leg(s) of unknown length." in view.route_info.text()  # the route starts at the first


def open_editor(view, row: int, column: int, kind, name: str):
    """Start editing a route cell as F2 would and return the delegate's (visible) editor."""
    index = view.route_model.index(row, column)
    view.route.setCurrentIndex(index)
    view.route.edit(index)
    editors = [e for e in view.route.findChildren(kind, name) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def edit_gift(view, qtbot, row: int, item_id: str) -> None:
    combo = open_editor(view, row, RouteModel.GIFT, QComboBox, "gift_editor")
    combo.setCurrentIndex(combo.findData(item_id))
    combo.activated.emit(combo.currentIndex())


def test_choose_gift_from_stock_and_see_the_kit(store, ids, view, qtbot, ctx):
    coffee = gifts.add_stock_item(
        store, name="Coffee sample box", kind="sample", quantity=1, low_stock_level=0
    )
    book = gifts.add_stock_item(store, name="Printed e-book", kind="content", quantity=10)
    visits.plan_day(store, DAY, [ids["Alpha Bäckerei"], ids["Beta Brauhaus"]])
    view.refresh()

    edit_gift(view, qtbot, 0, coffee.id)
    first, second = visits.list_day(store, DAY)
    assert first.gift_stock_item_id == coffee.id
    assert view.route_model.index(0, RouteModel.GIFT).data() == "Coffee sample box"
    kit = {
        view.kit.kit_proxy.index(r, 0).data(): view.kit.kit_proxy.index(r, 1).data()
        for r in range(view.kit.kit_proxy.rowCount())
    }
    assert kit == {"Coffee sample box": "1", "Printed e-book": ""}
    assert "Not enough" not in view.kit.kit_warning.text()

    # The combo lists the stock with quantities on hand.
    combo = open_editor(view, 1, RouteModel.GIFT, QComboBox, "gift_editor")
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "Coffee sample box (1 in stock)",
        "Printed e-book (10 in stock)",
    ]
    combo.setCurrentIndex(combo.findData(coffee.id))
    combo.activated.emit(combo.currentIndex())
    assert visits.list_day(store, DAY)[1].gift_stock_item_id == coffee.id

    # Two stops need the coffee box, one is in stock: the kit warns and the cells are red.
    assert "Not enough in stock" in view.kit.kit_warning.text()
    assert "need 2, have 1" in view.kit.kit_warning.text()
    assert view.route_model.index(1, RouteModel.GIFT).data(Qt.ItemDataRole.BackgroundRole) == DANGER_BG
    row = next(
        r
        for r in range(view.kit.kit_proxy.rowCount())
        if view.kit.kit_proxy.index(r, 0).data() == "Coffee sample box"
    )
    assert view.kit.kit_proxy.index(row, 1).data() == "2"
    assert view.kit.kit_proxy.index(row, 2).data() == "1"
    assert view.kit.kit_proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == DANGER_BG

    # Undo puts the previous gift (none) back.
    ctx.undo_stack.undo()
    assert visits.list_day(store, DAY)[1].gift_stock_item_id is None
    assert "Not enough" not in view.kit.kit_warning.text()
    assert book.id not in {v.gift_stock_item_id for v in visits.list_day(store, DAY)}


def test_edit_planned_time(store, ids, view, qtbot):
    visits.plan_day(store, DAY, [ids["Alpha Bäckerei"]])
    view.refresh()
    editor = open_editor(view, 0, RouteModel.TIME, QLineEdit, "time_editor")
    qtbot.keyClicks(editor, "25:00")  # the validator refuses the "5" of the impossible hour
    assert editor.text() == "2:00"
    editor.clear()
    qtbot.keyClicks(editor, "9:30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: visits.list_day(store, DAY)[0].planned_time == "09:30")
    assert view.route_model.index(0, RouteModel.TIME).data() == "09:30"


def test_remove_stop_with_delete_and_undo(store, ids, view, qtbot, ctx):
    visits.plan_day(store, DAY, [ids["Alpha Bäckerei"], ids["Beta Brauhaus"], ids["Gamma Garage"]])
    view.refresh()
    view.route.setFocus()
    view.route.selectRow(1)
    qtbot.keyClick(view.route, Qt.Key.Key_Delete)
    assert stored_names(store) == ["Alpha Bäckerei", "Gamma Garage"]
    assert shown_names(view) == ["Alpha Bäckerei", "Gamma Garage"]
    assert view.stop_count.text() == "Stops: 2"
    ctx.undo_stack.undo()
    assert stored_names(store) == ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage"]
    assert shown_names(view) == ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage"]
    ctx.undo_stack.redo()
    assert stored_names(store) == ["Alpha Bäckerei", "Gamma Garage"]


def test_undo_and_redo_adding(store, ids, view, qtbot, ctx):
    plan_three_by_search(qtbot, view)
    ctx.undo_stack.undo()
    assert stored_names(store) == ["Alpha Bäckerei", "Beta Brauhaus"]
    ctx.undo_stack.redo()
    assert stored_names(store) == ["Alpha Bäckerei", "Beta Brauhaus", "Gamma Garage"]


def test_print_requested_carries_the_day(store, ids, view, qtbot):
    assert not view.print_button.isEnabled()  # nothing to print yet
    visits.plan_day(store, DAY, [ids["Alpha Bäckerei"]])
    view.refresh()
    with qtbot.waitSignal(view.print_requested) as signal:
        qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert signal.args == [DAY]


def shown_results(view) -> list[str]:
    proxy = view.pick.results_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_screenshot_with_demo_store(demo_store, qtbot, tmp_path):
    ctx = UiContext(demo_store, StoreEvents(), QUndoStack())
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    everyone = len(shown_results(widget))
    qtbot.keyClicks(widget.pick.search, "ber")
    qtbot.keyClicks(widget.pick.area, "1")
    qtbot.waitUntil(
        lambda: not widget.pick._search_timer.isActive() and not widget.pick._area_timer.isActive()
    )
    # Typing "ber" narrowed the list to the demo prospects it matches (any word, any case, any
    # accent) that are not on tomorrow's route, sorted by name.
    assert shown_results(widget) == [
        "Berliner Tischlerei Holzwerk",
        "Frankfurter Steuerberatung Kühn",
        "Installatiebedrijf Van der Berg",
        "Kanzlei Weber & Söhne",
        "Leipziger Buchbinderei Gutenberg",
        "Nürnberger Lebkuchen Manufaktur",
        "Praxis für Ergotherapie Köpenick",
        "Spielwaren Dürer OHG",
    ]
    assert everyone > 8
    assert widget.pick.results_info.text() == "Matches not on this day yet: 8"
    # Typing "1" as the postal-code start found the two in Berlin and the one in Ljubljana.
    assert widget.pick.area_count.text() == "Postal code 1…, not on this day yet: 3"
    assert widget.pick.add_area_button.isEnabled() and widget.pick.add_area_button.text() == "Add a&ll 3"
    widget.route.selectRow(2)
    assert widget.route_model.rowCount() == 7  # the demo's route for tomorrow
    assert widget.stop_count.text() == "Stops: 7"
    assert widget.selected_visit_id() == visits.list_day(demo_store, DEMO_DAY)[2].id
    assert widget.kit.kit_warning.text() == "Gifts from stock to load: 7 — all in stock."
    qtbot.wait(100)  # let the layouts settle before the picture
    folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
    path = folder / "planner.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_multi_select_and_double_click(store, ids, view, qtbot):
    search(qtbot, view, "e", 5)
    view.pick.results.setFocus()
    view.pick.results.selectAll()
    view.pick.results.selectionModel().select(
        view.pick.results_proxy.index(0, 0),
        view.pick.results.selectionModel().SelectionFlag.Deselect
        | view.pick.results.selectionModel().SelectionFlag.Rows,
    )
    qtbot.mouseClick(view.pick.add_button, Qt.MouseButton.LeftButton)
    assert len(stored_names(store)) == 4
    first = view.pick.results_proxy.index(0, 0).data()
    assert first not in stored_names(store)
    rect = view.pick.results.visualRect(view.pick.results_proxy.index(0, 0))
    qtbot.mouseClick(
        view.pick.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # a double-click's
    qtbot.mouseDClick(
        view.pick.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # two halves
    assert sorted(stored_names(store)) == sorted(name for name, *_ in PLACES)
    assert view.pick.results_proxy.rowCount() == 0


def test_a_hidden_planner_catches_up_when_shown(store, ids, view, ctx):
    view.hide()
    visits.plan_day(store, DAY, [ids["Alpha Bäckerei"]])
    ctx.events.emit("visits")
    assert shown_names(view) == []  # not looked at: not recomputed
    assert view.stale
    view.show()
    assert shown_names(view) == ["Alpha Bäckerei"]
    assert view.stop_count.text() == "Stops: 1"
    ctx.events.emit("outcomes")  # a change the planner does not show
    assert not view.stale
