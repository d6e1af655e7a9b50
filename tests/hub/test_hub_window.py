"""The window on an office hub (``reciprocity-desktop --db postgresql://…``): every page, saving, two windows.

The hub runs on a real PostgreSQL server the tests start; without the server binaries or psycopg the
tests skip, naming the reason.
"""

from __future__ import annotations

import sys

import pytest
from hub_helpers import copy_store
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from reciprocity_desktop.services import demo, followups, gifts, prospects
from reciprocity_desktop.services.today import today_overview
from reciprocity_desktop.store import HubStore, open_store
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.page_registry import KEYS


@pytest.fixture(autouse=True)
def _translators_taken_out_again(monkeypatch):
    """The entry point installs the window's catalogs (English plural forms too): out again after the test,
    so later tests read the texts as written."""
    from reciprocity_desktop.ui import app, translation

    installed: list = []

    def install(qt_app, lang=None):
        found = translation.install_translators(qt_app, lang)
        installed.extend(found)
        return found

    monkeypatch.setattr(app, "install_translators", install)
    yield
    translation.remove_translators(QApplication.instance(), installed)


@pytest.fixture
def demo_hub(tmp_path, hub) -> str:
    """A hub holding the demo tour (the rows of a demo store file copied into it): its address."""
    store = open_store(tmp_path / "rep.sqlite3")
    demo.load_demo(store)
    store.close()
    copy_store(tmp_path / "rep.sqlite3", hub)
    return hub


@pytest.fixture
def hub_store(demo_hub):
    store = open_store(demo_hub)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, hub_store):
    w = MainWindow(hub_store)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes record what they said instead of blocking."""
    said: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, title, text, *a, **k: said.append(f"{title}: {text}") or QMessageBox.Ok
        )
    return said


def _settled(qtbot) -> None:
    """Background loads (counts, Insights, the register) done and delivered."""
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)


def _column(model, column: int = 0) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _answer(monkeypatch, dialog_class, fill) -> None:
    """A dialog's exec(): the user fills it (``fill``) and confirms it."""

    def exec_(self):
        fill(self)
        self._on_accept()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_the_entry_point_opens_the_window_on_the_hub_and_every_page_shows_the_hubs_rows(
    qtbot, demo_hub, hub_store, boxes, monkeypatch
):
    from reciprocity_desktop.cli import main
    from reciprocity_desktop.ui import store_check

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # app.run sets its own: put back after the test
    monkeypatch.setattr(store_check, "store_lock", lambda _path: pytest.fail("a hub takes no lock"))
    seen: dict[str, object] = {}

    def exec_(_app) -> int:  # the event loop: the test looks at the window the entry point opened
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["title"] = window.windowTitle()
        seen["status"] = window.statusBar().currentMessage()
        seen["backup"] = (window.backup_action.isEnabled(), window.backups_action.isEnabled())
        seen["why"] = window.backup_action.toolTip()
        _settled(qtbot)
        today = window.today
        route = today.route.proxy
        cells = [" ".join(str(route.index(r, c).data()) for c in range(route.columnCount())) for r in range(route.rowCount())]
        seen["route"] = (today.route.title(), cells)
        seen["overdue"] = today.overdue.title()
        for key in KEYS:
            window.show_page(key)
            _settled(qtbot)
        prospects_page = window.pages["prospects"]
        seen["prospects"] = prospects_page.model.rowCount()
        prospects_page.search.setText("müller")  # as typed (keyClicks types ASCII only)
        qtbot.waitUntil(lambda: prospects_page.model.rowCount() < seen["prospects"], timeout=10_000)
        seen["found"] = _column(prospects_page.model)
        seen["gifts"] = window.pages["gifts"].model.rowCount()
        seen["register"] = window.pages["register"].model.rowCount()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert main(["--db", demo_hub]) == 0, boxes
    address = hub_store.address
    assert "rep-pw" not in address and address.startswith("postgresql://rep_")
    assert seen["title"] == f"Reciprocity Desktop — {address}"
    assert seen["status"] == f"Store: {address}"
    assert seen["backup"] == (False, False) and "pg_dump" in str(seen["why"])
    overview = today_overview(hub_store)
    assert seen["route"][0].endswith(f"({len(overview.visits)})") and overview.visits
    assert all(visit.prospect.name in cells for visit, cells in zip(overview.visits, seen["route"][1], strict=True))
    assert seen["overdue"].endswith(f"({overview.overdue_total})")
    assert seen["prospects"] == prospects.count_prospects(hub_store) > 0
    assert seen["found"] and all("müller" in name.lower() for name in seen["found"])
    assert seen["gifts"] == len(gifts.list_gifts(hub_store)) > 0
    assert seen["register"] > 0
    assert boxes == []  # no page said an error


def test_reciprocity_db_naming_a_hub_opens_the_window_on_it(qtbot, demo_hub, boxes, monkeypatch):
    from reciprocity_desktop.cli import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setenv("RECIPROCITY_DB", demo_hub)
    titles: list[str] = []

    def exec_(_app) -> int:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        titles.append(window.windowTitle())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert main([]) == 0, boxes
    assert titles == [f"Reciprocity Desktop — {demo_hub.replace(':rep-pw', '')}"]


def test_today_on_the_hub_lists_what_it_lists_on_the_same_store_file(tmp_path, hub):
    store = open_store(tmp_path / "rep.sqlite3")
    demo.load_demo(store)
    copy_store(tmp_path / "rep.sqlite3", hub)
    on_hub = open_store(hub)
    try:
        assert isinstance(on_hub, HubStore)
        assert today_overview(on_hub) == today_overview(store)
    finally:
        on_hub.close()
        store.close()


def test_a_prospect_added_a_gift_logged_and_its_follow_up_done_in_the_window_are_on_the_hub(
    qtbot, window, demo_hub, monkeypatch, boxes
):
    from reciprocity_desktop.ui.followups.dialogs import CompleteFollowUpDialog
    from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog
    from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog

    def new_prospect(dialog):
        qtbot.keyClicks(dialog.name, "Weingut Hofmann Erben")
        dialog.city.setText("Würzburg")
        dialog.country.setCurrentIndex(dialog.country.findData("DE"))

    _answer(monkeypatch, ProspectDialog, new_prospect)
    window.new_action.trigger()  # Edit → New prospect…
    other = open_store(demo_hub)  # another client of the hub sees the row
    try:
        [created] = prospects.list_prospects(other, prospects.ProspectFilter(search="hofmann erben"))
        assert created.city == "Würzburg"
        page = window.show_page("prospects")
        qtbot.keyClicks(page.search, "hofmann erben")
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        page.table.selectRow(0)
        assert page.selected_id() == created.id

        def log(dialog):
            qtbot.keyClicks(dialog.what.lineEdit(), "Tailored analysis of the wine list")
            dialog.kind.setCurrentIndex(dialog.kind.findData("analysis"))

        _answer(monkeypatch, LogGiftDialog, log)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        [gift] = gifts.list_gifts(other, created.id)
        assert gift.description == "Tailored analysis of the wine list"

        followups_page = window.show_page("followups")
        assert followups_page.select_followup(followups.list_followups(other, prospect_id=created.id)[0].id)

        def complete(dialog):
            qtbot.keyClicks(dialog.result_edit, "They will use it for the new season")
            dialog.reaction_combo.setCurrentIndex(dialog.reaction_combo.findText("Liked"))

        _answer(monkeypatch, CompleteFollowUpDialog, complete)
        followups_page.complete_selected()
        [done] = followups.list_followups(other, followups.DONE, prospect_id=created.id)
        assert done.result == "They will use it for the new season"
        assert gifts.list_gifts(other, created.id)[0].reaction == "liked"
    finally:
        other.close()
    assert boxes == []


def test_two_windows_on_one_hub_each_see_the_others_saves(qtbot, demo_hub, monkeypatch, boxes):
    from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog

    first_store, second_store = open_store(demo_hub), open_store(demo_hub)
    try:
        first, second = MainWindow(first_store), MainWindow(second_store)
        for w in (first, second):
            qtbot.addWidget(w)
            w.show()
        before = second.show_page("prospects").model.rowCount()

        _answer(monkeypatch, ProspectDialog, lambda dialog: qtbot.keyClicks(dialog.name, "Optik am Markt"))
        first.new_action.trigger()
        second.refresh()  # View → Refresh: the other office user's row is there
        _settled(qtbot)
        page = second.pages["prospects"]
        qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=10_000)
        assert "Optik am Markt" in _column(page.model)
    finally:
        first_store.close()
        second_store.close()


def test_an_unreachable_hub_is_one_sentence_in_a_box_and_on_stderr(qtbot, pg_server, boxes, capsys, monkeypatch):
    from reciprocity_desktop.cli import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    address = pg_server.url("rep", "s3cret", "nowhere", port=1)
    assert main(["--db", address]) == 2
    err = capsys.readouterr().err
    [said] = boxes
    assert "cannot be reached" in said and "cannot be reached" in err
    assert "s3cret" not in said + err and "Traceback" not in err
    assert "postgresql://rep@127.0.0.1:1/nowhere" in said


def test_a_wrong_password_is_one_sentence(qtbot, pg_server, boxes, capsys, monkeypatch):
    from reciprocity_desktop.cli import main

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    database, role, _password = pg_server.new_database()
    assert main(["--db", pg_server.url(role, "not-the-password", database)]) == 2
    [said] = boxes
    assert "refused the login" in said and "not-the-password" not in said + capsys.readouterr().err


def test_the_sync_export_of_the_window_on_a_hub_gives_a_rep_its_records(qtbot, window, hub_store, tmp_path):
    from reciprocity_desktop import sync
    from reciprocity_desktop.ui.sync import export

    path = tmp_path / "team.rcsync"
    task = export.export_for_sync(window, window.ctx, ask=False, values=(path, None, None))
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    laptop = open_store(tmp_path / "laptop.sqlite3")
    try:
        sync.import_file(laptop, path)
        assert prospects.count_prospects(laptop) == prospects.count_prospects(hub_store)
    finally:
        laptop.close()


def test_a_reps_sync_file_imported_in_the_window_lands_on_the_hub(qtbot, window, hub_store, tmp_path, monkeypatch):
    from reciprocity_desktop import sync
    from reciprocity_desktop.ui.sync import importer

    monkeypatch.setattr(importer.SyncImporter, "confirm", lambda _self, _summary: True)  # the preview: Import
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    laptop = open_store(tmp_path / "rep.sqlite3")
    try:
        prospects.add_prospect(laptop, name="Bäckerei am Hang", city="Passau", country="DE")
        path = tmp_path / "rep.rcsync"
        sync.export_file(laptop, path)
    finally:
        laptop.close()
    before = prospects.count_prospects(hub_store)
    assert window.import_sync_file(path) is not None
    qtbot.waitUntil(lambda: window.sync_importer.summary is not None,
                    timeout=60_000)  # fmt: skip
    _settled(qtbot)
    assert prospects.count_prospects(hub_store) == before + 1
    [found] = prospects.list_prospects(hub_store, prospects.ProspectFilter(search="am hang"))
    assert found.city == "Passau"


def test_a_hub_lost_while_a_page_reads_is_its_sentence_not_the_unexpected_error_box(qtbot, boxes, monkeypatch):
    from reciprocity_desktop.store.hub import HubUnreachable
    from reciprocity_desktop.ui import app

    lost = HubUnreachable("postgresql://rep@office:5432/team")
    app._excepthook(HubUnreachable, lost, None)
    assert boxes == [f"Cannot open the store: {lost}"]


def test_a_csv_file_imported_through_the_file_menu_lands_on_the_hub(qtbot, window, hub_store, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from reciprocity_desktop.ui.csv_import.dialog import CsvImportDialog

    path = tmp_path / "kunden.csv"
    path.write_text("name,city,country\r\nOptik Brillant,Regensburg,DE\r\nBäckerei Sonnenschein,Passau,DE\r\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    before = prospects.count_prospects(hub_store)

    def confirm() -> None:  # the dialog with its preview: Import
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CsvImportDialog):
            QTimer.singleShot(20, confirm)
            return
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, confirm)
    assert window.import_csv_action.isEnabled()
    with qtbot.waitSignal(window.ctx.events.changed, timeout=30_000):
        window.import_csv_action.trigger()
    _settled(qtbot)
    assert prospects.count_prospects(hub_store) == before + 2
    assert window.show_page("prospects").model.rowCount() == before + 2
