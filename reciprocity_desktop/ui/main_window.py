"""The main window: the views as tabs, the menus and shortcuts, and the empty-store welcome."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop import APP_NAME, __version__
from reciprocity_desktop.paths import data_dir
from reciprocity_desktop.services import demo, prospects
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import Store
from reciprocity_desktop.ui.context import StoreEvents, UiContext, touches
from reciprocity_desktop.ui.messages import show_error
from reciprocity_desktop.ui.prospects_view import ProspectsView
from reciprocity_desktop.ui.tasks import run_in_background
from reciprocity_desktop.ui.today_view import TodayView

#: The pages after Today and Prospects: (key, module, class). Views take (ctx, parent); the
#: read-only reports in _STORE_PAGES take (store, parent) and are refreshed when shown.
_MORE_PAGES = (
    ("gifts", "reciprocity_desktop.ui.gifts_view", "GiftsView"),
    ("followups", "reciprocity_desktop.ui.followups_view", "FollowUpsView"),
    ("planner", "reciprocity_desktop.ui.planner_view", "PlannerView"),
    ("debrief", "reciprocity_desktop.ui.debrief_view", "DebriefView"),
    ("insights", "reciprocity_desktop.ui.insights_view", "InsightsView"),
    ("register", "reciprocity_desktop.ui.gift_register_view", "GiftRegisterView"),
)
_STORE_PAGES = frozenset({"insights", "register"})


def settings_file() -> QSettings:
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class WelcomePage(QWidget):
    """Shown while the store is empty: load the demo tour, import a CSV, or start typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Reciprocity Desktop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Give first, record it, follow up. Your store is empty: load the demo tour of German businesses "
                "to look around, import your prospects from a spreadsheet (CSV), or add the first one by hand."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(620)
        self.demo_button = QPushButton(self.tr("Load &demo data"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.new_button = QPushButton(self.tr("&New prospect…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.demo_button, self.import_button, self.new_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = UiContext(store, StoreEvents(self), QUndoStack(self))
        self.ctx.status = lambda text: self.statusBar().showMessage(text, 8000)
        self.setWindowTitle(self.tr("Reciprocity Desktop — %1").replace("%1", store.path.name))
        self.setMinimumSize(1024, 640)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.today = TodayView(self.ctx, self)
        self.prospects = ProspectsView(self.ctx, self)
        self.pages: dict[str, QWidget] = {"today": self.today, "prospects": self.prospects}
        self.tabs.addTab(self.today, self.tr("&Today"))
        self.tabs.addTab(self.prospects, self.tr("&Prospects"))
        titles = {
            "gifts": self.tr("&Gifts"),
            "followups": self.tr("&Follow-ups"),
            "planner": self.tr("&Visits"),
            "debrief": self.tr("&Debrief"),
            "insights": self.tr("&Insights"),
            "register": self.tr("Gift &register"),
        }
        self._stale: set[str] = set()
        for key, module_name, class_name in _MORE_PAGES:
            page_class = getattr(importlib.import_module(module_name), class_name)
            page = page_class(store if key in _STORE_PAGES else self.ctx, self)
            self.pages[key] = page
            self.tabs.addTab(page, titles[key])
            if hasattr(page, "prospect_activated"):
                page.prospect_activated.connect(self.show_prospect)
        self._stale.update(_STORE_PAGES & self.pages.keys())
        self.today.prospect_activated.connect(self.show_prospect)
        planner = self.pages.get("planner")
        if planner is not None and hasattr(planner, "print_requested"):
            planner.print_requested.connect(self.print_day)

        self.welcome = WelcomePage(self)
        self.welcome.demo_button.clicked.connect(self.load_demo)
        self.welcome.import_button.clicked.connect(self.import_csv)
        self.welcome.new_button.clicked.connect(self.new_prospect)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self._build_menus()
        self.ctx.events.changed.connect(self._on_store_changed)
        self.tabs.currentChanged.connect(self._refresh_if_stale)
        self._update_empty_state()
        self.statusBar().showMessage(self.tr("Store: %1").replace("%1", str(store.path)))
        self._restore_state()

    # -- menus and shortcuts -------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(name)
        # triggered(bool) would hand its "checked" flag to the slot as its first argument (it once
        # arrived as the path of File → Import sync file…): the slots take no arguments from menus.
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_csv_action = self._action(
            file_menu, self.tr("&Import CSV…"), self.import_csv, name="import_csv"
        )
        self.export_csv_action = self._action(
            file_menu, self.tr("&Export CSV…"), self.export_csv, name="export_csv"
        )
        file_menu.addSeparator()
        self.print_action = self._action(
            file_menu,
            self.tr("&Print day…"),
            self.print_day,
            QKeySequence.StandardKey.Print,
            "print_day",
        )
        file_menu.addSeparator()
        self.export_sync_action = self._action(
            file_menu, self.tr("Export for &sync…"), self.export_for_sync, name="export_sync"
        )
        self.import_sync_action = self._action(
            file_menu, self.tr("Import s&ync file…"), self.import_sync_file, name="import_sync"
        )
        self.conflicts_action = self._action(
            file_menu, self.tr("&Conflict log…"), self.show_conflicts, name="conflicts"
        )
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Backup…"), self.backup, name="backup")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("redo")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action = undo
        edit_menu.addSeparator()
        self.new_action = self._action(
            edit_menu, self.tr("&New prospect…"), self.new_prospect, "Ctrl+N", "new"
        )
        self.log_gift_action = self._action(
            edit_menu, self.tr("&Log gift…"), self.log_gift, "Ctrl+L", "log_gift"
        )
        self.find_action = self._action(edit_menu, self.tr("&Find prospect"), self.find, "Ctrl+F", "find")
        self.delete_action = self._action(
            edit_menu,
            self.tr("&Delete prospect"),
            self.delete_prospect,
            QKeySequence.StandardKey.Delete,
            "delete",
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.prospects.addAction(self.delete_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for number in range(self.tabs.count()):
            title = self.tabs.tabText(number).replace("&", "")
            self._action(
                view_menu,
                title,
                lambda _=False, n=number: self.tabs.setCurrentIndex(n),
                f"Ctrl+{number + 1}",
                f"view_{number}",
            )
        view_menu.addSeparator()
        self._action(
            view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "refresh"
        )
        self.view_menu = view_menu

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Reciprocity Desktop"), self.about, name="about")
        self.help_menu = help_menu

    # -- state ----------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = settings_file()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        last = settings.value("window/view", "today")
        keys = list(self.pages)
        if last in keys:
            self.tabs.setCurrentIndex(keys.index(last))

    def save_state(self) -> None:
        settings = settings_file()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/view", list(self.pages)[self.tabs.currentIndex()])
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)

    def _update_empty_state(self) -> None:
        empty = prospects.count_prospects(self.ctx.store) == 0
        self.stack.setCurrentWidget(self.welcome if empty else self.tabs)

    def _on_store_changed(self, what: set[str]) -> None:
        if touches(what, "prospects"):
            self._update_empty_state()
        # The report pages recompute only when they are looked at.
        for key in _STORE_PAGES & self.pages.keys():
            self._stale.add(key)
        self._refresh_if_stale()

    def _refresh_if_stale(self, *_args) -> None:
        for key in list(self._stale):
            page = self.pages[key]
            if page is self.tabs.currentWidget():
                self._stale.discard(key)
                page.refresh()

    def refresh(self) -> None:
        self.ctx.events.emit("all")

    def current_page(self) -> QWidget:
        return self.tabs.currentWidget()

    def show_page(self, key: str) -> QWidget:
        self.stack.setCurrentWidget(self.tabs)
        page = self.pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def show_prospect(self, prospect_id: str) -> None:
        self.show_page("prospects")
        self.prospects.select_prospect(prospect_id)

    # -- actions --------------------------------------------------------------------------------------

    def new_prospect(self) -> None:
        self.show_page("prospects")
        self.prospects.new_prospect()

    def find(self) -> None:
        self.show_page("prospects")
        self.prospects.focus_search()

    def log_gift(self) -> None:
        if self.stack.currentWidget() is self.welcome:
            return
        page = self.current_page()
        prospect_id = ""
        if page is self.prospects:
            prospect_id = self.prospects.selected_id()
        elif page is self.today:
            prospect_id = self.today.selected_prospect_id()
        from reciprocity_desktop.ui.dialogs import LogGiftDialog

        dialog = LogGiftDialog(self.ctx, prospect_id or None, parent=self)
        if dialog.exec() and dialog.result_warnings:
            QMessageBox.information(self, self.tr("Gift logged"), "\n\n".join(dialog.result_warnings))

    def delete_prospect(self) -> None:
        if self.current_page() is self.prospects and self.prospects.table.hasFocus():
            self.prospects.delete_selected()

    def load_demo(self) -> None:
        try:
            demo.load_demo(self.ctx.store)
        except DomainError as error:
            show_error(self, error)
            return
        self.ctx.events.emit("all")
        self.show_page("today")

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import prospects from CSV"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.start_csv_import(Path(path))

    def start_csv_import(self, path: Path):
        """Check the file first (dry run), show what would happen, then import off the GUI thread."""
        from reciprocity_desktop.services import csv_io

        store = self.ctx.store
        try:
            preview = csv_io.import_csv(store, path, dry_run=True, skip_bad=True)
        except DomainError as error:
            show_error(self, error, self.tr("Cannot import %1").replace("%1", path.name))
            return None
        lines = [
            self.tr("%1 new prospect(s), %2 already present.")
            .replace("%1", str(preview.created))
            .replace("%2", str(preview.already_present))
        ]
        skip_bad = False
        if preview.failed:
            lines.append(self.tr("%n row(s) cannot be imported:", "", len(preview.failed)))
            lines += [f"  {error}" for error in preview.failed[:8]]
            if len(preview.failed) > 8:
                lines.append("  …")
            lines.append(self.tr("Import the other rows?"))
            skip_bad = True
        answer = QMessageBox.question(self, self.tr("Import %1").replace("%1", path.name), "\n".join(lines))
        if answer != QMessageBox.StandardButton.Yes:
            return None

        def job(progress):
            return csv_io.import_csv(store, path, skip_bad=skip_bad, progress=progress)

        def done(report) -> None:
            self.ctx.events.emit("all")
            self.statusBar().showMessage(
                self.tr("Imported %1 prospect(s) from %2.")
                .replace("%1", str(report.created))
                .replace("%2", path.name),
                8000,
            )
            self.show_page("prospects")

        return run_in_background(
            self,
            self.tr("Importing"),
            self.tr("Importing %1…").replace("%1", path.name),
            job,
            done,
            self._task_failed,
        )

    def _task_failed(self, exc: BaseException, details: str) -> None:
        from reciprocity_desktop.services import csv_io

        if isinstance(exc, csv_io.Cancelled):
            self.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 8000)
        elif isinstance(exc, DomainError):
            show_error(self, exc)
        else:
            from reciprocity_desktop.ui.messages import show_unexpected_error

            show_unexpected_error(exc, details, self)

    def export_csv(self) -> None:
        from reciprocity_desktop.services import csv_io

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export prospects as CSV"), "prospects.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        try:
            count = csv_io.export_csv(self.ctx.store, Path(path))
        except DomainError as error:
            show_error(self, error)
            return
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", path)
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.statusBar().showMessage(
            self.tr("Exported %1 prospect(s) to %2.").replace("%1", str(count)).replace("%2", path), 8000
        )

    def backup(self) -> None:
        suggested = f"{self.ctx.store.path.stem}-backup.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the store"), suggested, self.tr("Store files (*.sqlite3)")
        )
        if not path:
            return
        try:
            from reciprocity_desktop.store.engine import copy_store

            copy_store(self.ctx.store.path, Path(path))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Backup failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", path)
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.statusBar().showMessage(self.tr("Backup written to %1.").replace("%1", path), 8000)

    def print_day(self, day=None):
        """File → Print day…: the route overview and visit sheets as a PDF, opened in the system viewer."""
        from reciprocity_desktop.ui.print_dialog import print_day

        return print_day(self, self.ctx, day)

    def export_for_sync(self):
        from reciprocity_desktop.ui.sync_dialogs import export_for_sync

        return export_for_sync(self, self.ctx)

    def import_sync_file(self, path: Path | None = None):
        from reciprocity_desktop.ui.sync_dialogs import SyncImporter

        self.sync_importer = SyncImporter(self, self.ctx)
        return self.sync_importer.start(path)

    def show_conflicts(self) -> None:
        from reciprocity_desktop.ui.sync_dialogs import ConflictLogDialog

        ConflictLogDialog(self.ctx, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Reciprocity Desktop"),
            self.tr(
                "%1 %2\n\nGive first, record it, follow up: an offline tool for field sellers.\n\nStore: %3"
            )
            .replace("%1", APP_NAME)
            .replace("%2", __version__)
            .replace("%3", str(self.ctx.store.path)),
        )
