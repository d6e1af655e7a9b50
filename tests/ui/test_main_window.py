"""The main window as a whole: welcome on an empty store, menus and keys, remembering state, printing.

File → Import CSV… is tested in tests/ui/csv_import/."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from reciprocity_desktop.services import csv_io, demo, prospects
from reciprocity_desktop.ui import main_window as main_window_module
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.page_registry import Placeholder
from reciprocity_desktop.ui.planner import print_dialog
from reciprocity_desktop.ui.prospects.model import PAGE_SIZE
from reciprocity_desktop.ui.tasks import BackgroundTask


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_title_and_welcome_on_an_empty_store_then_demo(qtbot, window, store):
    assert "Reciprocity" in window.windowTitle()
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert 25 <= prospects.count_prospects(store) <= 40
    assert window.stack.currentWidget() is window.tabs
    assert window.current_page() is window.today
    assert window.today.route.model.rowCount() == 7  # tomorrow's demo route, shown as the next route


def test_menus_hold_the_file_actions(window):
    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    for wanted in ("Import CSV…", "Export CSV…", "Print day…", "Backup…", "Quit"):
        assert wanted in texts


def test_keys_ctrl_f_searches_and_ctrl_n_opens_the_new_prospect_dialog(qtbot, window, store, monkeypatch):
    demo.load_demo(store)
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.prospects
    assert QApplication.focusWidget() is window.prospects.search
    opened = []
    monkeypatch.setattr(window.prospects, "new_prospect", lambda: opened.append(True))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]


def test_del_deletes_the_selected_prospect_and_ctrl_z_brings_it_back(qtbot, window, store):
    demo.load_demo(store)
    window.refresh()
    window.show_page("prospects")
    table = window.prospects.table
    table.setFocus()
    table.selectRow(0)
    first = window.prospects.selected_id()
    before = prospects.count_prospects(store)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert prospects.count_prospects(store) == before - 1
    assert first not in {p.id for p in prospects.list_prospects(store)}
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert prospects.count_prospects(store) == before
    assert first in {p.id for p in prospects.list_prospects(store)}


def test_remembers_size_position_and_last_view(qtbot, store):
    demo.load_demo(store)
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.show_page("prospects")
    first.close()
    second = MainWindow(store)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 1 and not second.pages.built  # built once the window has painted
    second.show()
    qtbot.waitUntil(lambda: "prospects" in second.pages.built)
    assert set(second.pages.built) == {"prospects"}  # the page it starts on is the one built first
    assert second.current_page() is second.prospects
    assert (second.width(), second.height()) == (1100, 700)


def test_a_cancelled_background_task_stops_and_reports_it(qtbot):
    """The progress callback returns False once cancelled; the job sees it and stops."""
    started = threading.Event()
    seen = []

    def job(progress):
        started.set()
        for step in range(10_000):
            if not progress(step, 10_000):
                seen.append(step)
                raise csv_io.Cancelled()
            time.sleep(0.001)
        return "finished"

    task = BackgroundTask(None, "Working", "Working…", job, show_after_ms=0)
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        task.start()
        assert started.wait(5)
        task.cancel()
    assert isinstance(blocker.args[0], csv_io.Cancelled)
    assert seen and seen[0] < 10_000


def test_print_day_writes_the_pdf_of_the_chosen_day(qtbot, window, store, tmp_path, monkeypatch):
    demo.load_demo(store)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    target = tmp_path / "tomorrow.pdf"
    opened = []
    monkeypatch.setattr(
        print_dialog.PrintDayDialog, "exec", lambda self: (self.path.setText(str(target)), 1)[1]
    )
    monkeypatch.setattr(
        print_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    task = window.print_day(tomorrow)
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert opened == [str(target)]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Bäckerei Müller GmbH" in text and "Autohaus Straßer" in text


def test_print_dialog_says_when_the_day_has_no_visits(qtbot, window, store):
    dialog = print_dialog.PrintDayDialog(window.ctx, dt.date(2030, 1, 1), window)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert "No visits" in dialog.stops.text()


def test_pages_come_from_the_registry(window):
    """Each page of the registry is a tab, in order, with its title, class and View → Ctrl+N action."""
    expected = [
        ("today", "Today", "TodayView"),
        ("prospects", "Prospects", "ProspectsView"),
        ("gifts", "Gifts", "GiftsView"),
        ("followups", "Follow-ups", "FollowUpsView"),
        ("planner", "Visits", "PlannerView"),
        ("debrief", "Debrief", "DebriefView"),
        ("insights", "Insights", "InsightsView"),
        ("register", "Gift register", "GiftRegisterView"),
    ]
    registry = [(e.key, e.title.replace("&", ""), e.class_name) for e in main_window_module.PAGES]
    assert registry == expected
    assert list(window.pages) == [key for key, _title, _class in expected]
    assert window.tabs.count() == len(expected)
    assert not window.pages.built  # the store is empty (the welcome shows): no page built yet
    for number, (key, title, class_name) in enumerate(expected):
        page = window.pages[key]
        assert window.tabs.widget(number) is page
        assert type(page).__name__ == class_name
        assert window.tabs.tabText(number).replace("&", "") == title
        assert page.ctx is window.ctx  # built as PageClass(ctx, parent)
        action = window.findChild(QAction, f"view_{number}")
        assert action.text() == title
        assert action.shortcut() == QKeySequence(f"Ctrl+{number + 1}")
        action.trigger()
        assert window.current_page() is page


def _answer(monkeypatch, dialog_class, fill) -> None:
    """Replace a dialog's exec(): the user fills it (``fill``) and confirms it."""

    def exec_(self):
        fill(self)
        self._on_accept()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_a_day_in_the_window_new_prospect_search_gift_and_its_follow_up_completed(
    qtbot, window, store, monkeypatch
):
    """Create a prospect through the dialog, find it, log a gift (Ctrl+L), see the ask_feedback
    follow-up under Follow-ups and complete it with the gift's reaction."""
    from reciprocity_desktop.services import followups, gifts
    from reciprocity_desktop.ui.followups.dialogs import CompleteFollowUpDialog
    from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog
    from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog

    demo.load_demo(store)
    window.refresh()

    def new_prospect(dialog):
        qtbot.keyClicks(dialog.name, "Weingut Hofmann Erben")
        qtbot.keyClicks(dialog.city, "Wuerzburg")
        dialog.country.setCurrentIndex(dialog.country.findData("DE"))

    _answer(monkeypatch, ProspectDialog, new_prospect)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [created] = prospects.list_prospects(store, prospects.ProspectFilter(search="hofmann erben"))

    window.show_page("today")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.prospects.search, "hofmann erben")
    qtbot.waitUntil(lambda: window.prospects.model.rowCount() == 1)
    window.prospects.table.selectRow(0)
    assert window.prospects.selected_id() == created.id

    def log(dialog):
        assert dialog.prospect.prospect_id() == created.id
        qtbot.keyClicks(dialog.what.lineEdit(), "Tailored analysis of the wine list")
        dialog.kind.setCurrentIndex(dialog.kind.findData("analysis"))

    _answer(monkeypatch, LogGiftDialog, log)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [gift] = gifts.list_gifts(store, created.id)
    assert (gift.kind, gift.description) == ("analysis", "Tailored analysis of the wine list")

    page = window.show_page("followups")
    assert page.select_followup(followups.list_followups(store, prospect_id=created.id)[0].id)
    row = page.table.currentIndex().row()
    assert "Weingut Hofmann Erben" in page.proxy.index(row, page.COL_PROSPECT).data()

    def complete(dialog):
        qtbot.keyClicks(dialog.result_edit, "They will use it for the new season")
        dialog.reaction_combo.setCurrentIndex(dialog.reaction_combo.findText("Liked"))

    _answer(monkeypatch, CompleteFollowUpDialog, complete)
    page.complete_selected()
    [done] = followups.list_followups(store, followups.DONE, prospect_id=created.id)
    assert done.kind == "ask_feedback" and done.result == "They will use it for the new season"
    assert gifts.list_gifts(store, created.id)[0].reaction == "liked"


def test_the_app_icon_is_found_in_resources():
    from reciprocity_desktop.ui.widgets.style import icon

    assert not icon("reciprocity").isNull()
    assert icon("no-such-icon").isNull()


def test_on_a_big_store_the_window_shows_without_an_unbounded_query_and_builds_pages_when_shown(qtbot, store):
    """3,000 gifted prospects: the window shows Today's first rows and the list's first page, no more."""
    from ui.today.bulk_rows import QueryLog, bulk_gifted

    bulk_gifted(store, 3000)
    with QueryLog(store) as log:
        w = MainWindow(store)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: "today" in w.pages.built)  # built by the window, after its first paint
        today = w.pages.built["today"]
        qtbot.waitUntil(lambda: today.waiting.title().endswith("(3000)"))  # counted after the rows
    assert w.current_page() is today
    assert set(w.pages.built) == {"today"}
    assert log.unbounded() == []
    # Today's three lists of 50 (with their prospects) and nothing of the 12,000 rows besides.
    assert log.total_loaded <= 400, log.loaded
    with QueryLog(store) as log:
        w.findChild(QAction, "view_1").trigger()  # Prospects: the first page of the list
    assert log.loaded.get("prospects", 0) <= 2 * PAGE_SIZE and log.unbounded() == []
    with QueryLog(store) as log:
        w.findChild(QAction, "view_5").trigger()  # Debrief: only the chosen day
    assert set(w.pages.built) == {"today", "prospects", "debrief"}
    assert log.unbounded() == [] and log.total_loaded == 0


@pytest.mark.parametrize("last_view", ["today", "gifts"])
def test_the_window_paints_first_then_builds_and_fills_only_the_page_it_starts_on(qtbot, store, last_view):
    """At start no page is built and nothing is queried for one; after the first paint only the page the
    window starts on (the last view) is built, and it is filled before it is painted."""
    from ui.today.bulk_rows import QueryLog

    demo.load_demo(store)
    main_window_module.settings_file().setValue("window/view", last_view)
    number = main_window_module._KEYS.index(last_view)
    with QueryLog(store) as log:
        w = MainWindow(store)
        qtbot.addWidget(w)
        assert not w.pages.built and w.tabs.currentIndex() == number
        seen: list[str] = []
        asked_before_paint: list[str] = []

        def painted() -> None:
            seen.append(f"painted, built: {sorted(w.pages.built)}")
            asked_before_paint[:] = asked_before_paint or list(log.statements)

        w.tabs.widget(number).painted.connect(painted)
        w.tabs.page_built.connect(lambda key: seen.append(f"built {key}"))
        w.show()
        qtbot.waitUntil(lambda: last_view in w.pages.built)
    # The window painted before the page was built, and asked the store nothing for a page until then.
    assert seen[:2] == ["painted, built: []", f"built {last_view}"]
    assert asked_before_paint and not [
        s for s in asked_before_paint if re.search(r"FROM (followups|gifts|visits)", s)
    ]
    assert set(w.pages.built) == {last_view}
    page = w.current_page()
    assert page is w.pages.built[last_view] and w.tabs.widget(number) is page
    if last_view == "today":
        assert page.headline.text().startswith("Today, ")  # filled when shown, before its first paint
        assert page.route.model.rowCount() == 7  # tomorrow's demo route
    else:
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    # The other pages are still placeholders, and come when their tab is chosen (Ctrl+2).
    others = [w.tabs.widget(n) for n in range(w.tabs.count()) if n != number]
    assert all(isinstance(tab, Placeholder) for tab in others)
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() is w.pages.built["prospects"]
    assert w.prospects.model.rowCount() > 0


def test_opening_a_prospect_fetches_only_its_own_rows(qtbot, store):
    from ui.today.bulk_rows import QueryLog, bulk_gifted

    ids = bulk_gifted(store, 3000)
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    with QueryLog(store) as log:
        w.show_prospect(ids[2500])
    assert w.prospects.selected_id() == ids[2500]
    assert w.prospects.detail.title.text() == "Bulk 02500"
    assert w.prospects.detail.timeline_model.rowCount() == 2  # its gift and its follow-up
    assert log.unbounded() == []
    detail = [s for s in log.statements if "prospect_id = ?" in s or "prospects.id = ?" in s]
    assert detail  # the pane asked for this prospect's rows by its id
    # Its timeline: one query of plain rows (no ORM objects), this prospect's two entries only.
    assert "gifts" not in log.loaded and "followups" not in log.loaded
    assert w.prospects.detail.timeline_model.fetched == 2
    assert len([s for s in log.statements if "UNION ALL" in s]) == 1
