"""The planner's route with real times, driven as a rep would: Order automatically, a typed appointment,
dragging, a visit's length, the flags in the rows, the day as the other pages write it, the layout."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit, QSpinBox

from reciprocity_desktop.services import prospects, settings, visits
from reciprocity_desktop.store.models import Visit
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.planner.route_model import FLAGS_ROLE, RouteModel
from reciprocity_desktop.ui.planner.view import PlannerView
from reciprocity_desktop.ui.widgets.visit_table import SECOND_LINE_ROLE, day_display_format, two_lines_of

DAY = dt.date.today() + dt.timedelta(days=3)
DEMO_DAY = dt.date.today() + dt.timedelta(days=1)

#: name -> (postal code, latitude, longitude): Munich, around the Marienplatz
MUNICH = {
    "Pasing Metallbau": ("81241", 48.148, 11.461),
    "Marienplatz Bäckerei": ("80331", 48.137, 11.575),
    "Schwabing Buchhandlung": ("80801", 48.160, 11.585),
    "Giesing Gärtnerei": ("81539", 48.110, 11.590),
}


@pytest.fixture
def ids(store):
    settings.update(store, {"home_country": "DE", "home_postal_code": "80331"})
    return {
        name: prospects.add_prospect(
            store, name=name, country="DE", postal_code=code, city="München", latitude=lat, longitude=lon
        ).id
        for name, (code, lat, lon) in MUNICH.items()
    }


@pytest.fixture
def view(ctx, qtbot):
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.set_day(DAY)
    widget.resize(1366, 768)
    widget.show()
    return widget


def cell(view, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return view.route_model.index(row, column).data(role)


def shown(view, column: int) -> list:
    return [cell(view, row, column) for row in range(view.route_model.rowCount())]


def stored(store, day=DAY) -> list[tuple[str, str]]:
    return [(v.prospect.name, v.planned_time) for v in visits.list_day(store, day)]


def plan_issue_route(store, ids) -> None:
    """The route of the issue: typed times that read 10:30, 09:00, 12:30, 11:00 (not fixed)."""
    visits.plan_day(store, DAY, list(ids.values()))
    with store.session() as session:
        for visit, time in zip(
            visits.list_day(store, DAY), ("10:30", "09:00", "12:30", "11:00"), strict=True
        ):
            session.get(Visit, visit.id).planned_time = time


def test_order_automatically_puts_the_times_in_order(store, ids, view, qtbot, ctx):
    plan_issue_route(store, ids)
    view.refresh()
    assert shown(view, RouteModel.TIME) == ["10:30", "09:00", "12:30", "11:00"]
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    times = shown(view, RouteModel.TIME)
    assert times == sorted(times) and len(set(times)) == 4 and times[0] > "09:00"
    assert [time for _, time in stored(store)] == times
    info = view.route_info.text()
    assert "Ordered by distance from home and back; times computed." in info
    assert (
        "km by road (estimated: 1.3 × the straight line)." in info
        and "From home at 09:00, back home at " in info
    )
    # The km of each leg under its time.
    assert all(cell(view, row, RouteModel.TIME, SECOND_LINE_ROLE) for row in range(4))
    ctx.undo_stack.undo()
    assert shown(view, RouteModel.TIME) == ["10:30", "09:00", "12:30", "11:00"]


def open_editor(view, row: int, column: int, kind, name: str):
    index = view.route_model.index(row, column)
    view.route.setCurrentIndex(index)
    view.route.edit(index)
    editors = [e for e in view.route.findChildren(kind, name) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_a_typed_time_is_a_fixed_appointment_the_automatic_order_keeps(store, ids, view, qtbot):
    plan_issue_route(store, ids)
    view.refresh()
    row = shown(view, RouteModel.PROSPECT).index("Schwabing Buchhandlung")
    editor = open_editor(view, row, RouteModel.TIME, QLineEdit, "time_editor")
    editor.clear()
    qtbot.keyClicks(editor, "15:00")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    schwabing = next(v for v in visits.list_day(store, DAY) if v.prospect.name == "Schwabing Buchhandlung")
    qtbot.waitUntil(lambda: visits.get_visit(store, schwabing.id).fixed_time)
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    row = view.route_model.row_of(schwabing.id)
    assert cell(view, row, RouteModel.TIME) == "15:00"
    assert cell(view, row, RouteModel.TIME, Qt.ItemDataRole.FontRole).bold()
    assert "fixed appointment" in cell(view, row, RouteModel.TIME, Qt.ItemDataRole.ToolTipRole)
    times = shown(view, RouteModel.TIME)
    assert all(time > "15:45" for time in times[row + 1 :])
    assert all(time < "15:00" for time in times[:row])
    assert not cell(view, 0 if row else 1, RouteModel.TIME, Qt.ItemDataRole.FontRole)  # computed: plain


def test_dragging_a_stop_recomputes_the_times_after_it(store, ids, view, qtbot):
    visits.plan_day(store, DAY, list(ids.values()))
    visits.auto_order_day(store, DAY)
    view.refresh()
    before = shown(view, RouteModel.TIME)
    names = shown(view, RouteModel.PROSPECT)
    model = view.route_model
    # The second stop dropped below the last one.
    model.dropMimeData(
        model.mimeData([model.index(1, RouteModel.PROSPECT)]), Qt.DropAction.MoveAction, 4, 0, QModelIndex()
    )
    expected = [names[0], names[2], names[3], names[1]]
    qtbot.waitUntil(lambda: [name for name, _ in stored(store)] == expected)  # saved on the next turn
    qtbot.waitUntil(lambda: shown(view, RouteModel.TIME) == [time for _, time in stored(store)])
    assert shown(view, RouteModel.PROSPECT) == expected
    after = shown(view, RouteModel.TIME)
    assert after[0] == before[0]  # before the moved stop: as it was
    assert after == sorted(after) and after != before
    assert after[1] < before[2]  # one visit and one drive fewer before it now
    assert [time for _, time in stored(store)] == after
    # Ctrl+Up moves a stop too, with the same effect.
    view.route.setFocus()
    view.route.selectRow(3)
    qtbot.keyClick(view.route, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [name for name, _ in stored(store)][2] == names[1])
    qtbot.waitUntil(lambda: shown(view, RouteModel.TIME) == [time for _, time in stored(store)])
    moved = shown(view, RouteModel.TIME)
    assert moved[:2] == after[:2] and moved == sorted(moved)


def test_a_visits_own_length_moves_the_times_after_it(store, ids, view, qtbot, ctx):
    visits.plan_day(store, DAY, list(ids.values()))
    visits.auto_order_day(store, DAY)
    view.refresh()
    before = shown(view, RouteModel.TIME)
    assert shown(view, RouteModel.MINUTES) == ["45"] * 4
    editor = open_editor(view, 0, RouteModel.MINUTES, QSpinBox, "minutes_editor")
    assert (editor.minimum(), editor.maximum()) == settings.bounds("visit_minutes")
    editor.setValue(105)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visits.list_day(store, DAY)[0].visit_minutes == 105)
    assert cell(view, 0, RouteModel.MINUTES) == "105"
    assert cell(view, 0, RouteModel.MINUTES, Qt.ItemDataRole.FontRole).bold()
    after = shown(view, RouteModel.TIME)
    assert after[0] == before[0] and all(a > b for a, b in zip(after[1:], before[1:], strict=True))
    ctx.undo_stack.undo()
    assert shown(view, RouteModel.TIME) == before and shown(view, RouteModel.MINUTES)[0] == "45"


def test_a_vienna_stop_is_flagged_in_its_row_and_not_first(store, ids, view, qtbot):
    vienna = prospects.add_prospect(store, name="Café Wien", country="AT", postal_code="1010", city="Wien").id
    visits.plan_day(store, DAY, [vienna, *ids.values()])
    view.refresh()
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    names = shown(view, RouteModel.PROSPECT)
    assert names[0] != "Café Wien" and names[-1] == "Café Wien"
    row = names.index("Café Wien")
    assert not cell(view, row, RouteModel.PROSPECT, Qt.ItemDataRole.DecorationRole).isNull()
    tip = cell(view, row, RouteModel.PROSPECT, Qt.ItemDataRole.ToolTipRole)
    assert "In AT, while most stops are in DE: far from the others." in tip
    assert "km from the day's centre: far from the others." in tip
    assert cell(view, row, RouteModel.PROSPECT, FLAGS_ROLE) == ["far_country", "far_distance"]
    for other in range(row):
        assert cell(view, other, RouteModel.PROSPECT, Qt.ItemDataRole.DecorationRole) is None
        assert cell(view, other, RouteModel.PROSPECT, FLAGS_ROLE) == []
    assert "1 stop(s) flagged ⚠: their tooltips say why." in view.route_info.text()


def test_a_stop_without_coordinates_is_placed_by_postal_code_and_flagged(store, ids, view, qtbot):
    aubing = prospects.add_prospect(store, name="Aubing Apotheke", country="DE", postal_code="81242").id
    visits.plan_day(store, DAY, [aubing, *ids.values()])
    view.refresh()
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    names = shown(view, RouteModel.PROSPECT)
    row = names.index("Aubing Apotheke")
    assert abs(row - names.index("Pasing Metallbau")) == 1
    assert cell(view, row, RouteModel.PROSPECT, FLAGS_ROLE) == ["placed_by_postal_code"]
    tip = cell(view, row, RouteModel.PROSPECT, Qt.ItemDataRole.ToolTipRole)
    assert "No coordinates: placed by postal code near Pasing Metallbau." in tip
    assert cell(view, row, RouteModel.TIME)  # it has its time like the others


def test_without_a_home_base_the_page_says_so_once(store, view, qtbot):
    for name, lon in (("Ost", 11.6), ("West", 11.4)):
        pid = prospects.add_prospect(store, name=name, country="DE", latitude=48.1, longitude=lon).id
        visits.plan_day(store, DAY, [pid])
    view.refresh()
    qtbot.mouseClick(view.auto_button, Qt.MouseButton.LeftButton)
    info = view.route_info.text()
    assert "Ordered by distance from the first stop; times computed." in info
    assert info.count("No home base in the settings: the route starts at the first stop.") == 1
    assert shown(view, RouteModel.TIME)[0] == "09:00"


@pytest.fixture
def german():
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_day_reads_as_on_the_other_pages(ctx, qtbot):
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.set_day(dt.date(2026, 12, 2))
    assert widget.date_edit.text() == "Wed, 2 Dec 2026"
    assert widget.date_edit.text().endswith(fmt_date(dt.date(2026, 12, 2)))


def test_the_day_reads_as_on_the_other_pages_in_german(ctx, qtbot, german):
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.set_day(dt.date(2026, 12, 2))
    assert widget.date_edit.text() == "Mi., 02.12.2026"
    assert widget.date_edit.text().endswith(fmt_date(dt.date(2026, 12, 2)))
    assert day_display_format("sl_SI") == "ddd, d. MMM yyyy"


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_every_column_is_in_view_and_nothing_is_cut_at_a_laptops_size(demo_store, qtbot, size):
    ctx = UiContext(demo_store, StoreEvents(), QUndoStack())
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    route, header = widget.route, widget.route.horizontalHeader()
    assert widget.route_model.rowCount() == 7
    # "Gift to bring" and "Status" end inside the table: nothing scrolls away.
    status_end = header.sectionViewportPosition(RouteModel.STATUS) + header.sectionSize(RouteModel.STATUS)
    assert status_end <= route.viewport().width()
    assert header.sectionSize(RouteModel.GIFT) >= 140
    # Every name and gift fits its cell's two lines (a name too long for one line takes both).
    metrics = route.fontMetrics()
    for column in (RouteModel.PROSPECT, RouteModel.GIFT):
        width = header.sectionSize(column) - 10
        for text in shown(widget, column):
            assert "…" not in " ".join(two_lines_of(text, metrics, width)), (column, text, width)
    # All seven stops in view, every row of the route and of the kit the same height.
    last = route.visualRect(widget.route_model.index(6, 0))
    assert last.bottom() <= route.viewport().height()
    assert len({route.rowHeight(r) for r in range(7)}) == 1
    kit = widget.kit.kit
    assert len({kit.rowHeight(r) for r in range(widget.kit.kit_proxy.rowCount())}) == 1
    assert kit.rowHeight(0) >= 2 * kit.fontMetrics().lineSpacing()
    # Every stock item's name is whole in the lines its row has (two, or three at 1024 px).
    lines = kit.rowHeight(0) // kit.fontMetrics().lineSpacing()
    name_width = kit.horizontalHeader().sectionSize(0) - 8
    for row in range(widget.kit.kit_proxy.rowCount()):
        name = widget.kit.kit_proxy.index(row, 0).data()
        assert len(wrapped(name, kit.fontMetrics(), name_width)) <= lines, (name, name_width, lines)
    # The fields of the pick pane show their hints whole.
    for field in (widget.pick.search, widget.pick.area):
        hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() >= hint + 8, (field.placeholderText(), field.width(), hint)  # frame, margins


def wrapped(text: str, metrics, width: int) -> list[str]:
    """``text`` broken at spaces into lines of ``width`` (a word too long for a line is a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


@pytest.mark.parametrize("lang", ["en", "de"])
def test_screenshots_with_the_demo_store(demo_store, qtbot, tmp_path, lang, request):
    if lang == "de":
        request.getfixturevalue("german")
    settings.update(demo_store, {"home_country": "DE", "home_postal_code": "80331", "home_city": "München"})
    visits.auto_order_day(demo_store, DEMO_DAY)
    ctx = UiContext(demo_store, StoreEvents(), QUndoStack())
    widget = PlannerView(ctx)
    qtbot.addWidget(widget)
    folder = Path(os.environ.get("RECIPROCITY_SCREENSHOTS", tmp_path))
    for width, height in ((1366, 768), (1024, 640)):
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        qtbot.wait(50)
        times = shown(widget, RouteModel.TIME)
        assert times == sorted(times)
        path = folder / f"planner-route-{lang}-{width}.png"
        assert widget.grab().save(str(path))
        assert path.stat().st_size > 10_000
