"""The main window: the pages as tabs, the menus and shortcuts, and the empty-store welcome.

The window paints first and builds its pages after: at start every tab holds a light placeholder, and
the page on show (the last view, Today at first) is built and filled right after the placeholder's
first paint; every other page the first time its tab is shown. What the menus need (CSV, backups,
sync, printing, the demo) is imported when the action runs, so none of it delays the start.
"""

from __future__ import annotations

import contextlib
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from reciprocity_desktop.paths import data_dir
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.today import any_prospects
from reciprocity_desktop.store import Store, StoreDamaged
from reciprocity_desktop.ui import hub_window
from reciprocity_desktop.ui.context import StoreEvents, UiContext
from reciprocity_desktop.ui.messages import show_error, show_write_failed
from reciprocity_desktop.ui.page_registry import KEYS as _KEYS
from reciprocity_desktop.ui.page_registry import PAGES, PageTabs, import_ahead
from reciprocity_desktop.ui.settings import add_settings_action
from reciprocity_desktop.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from reciprocity_desktop.services.changes import Changes
    from reciprocity_desktop.ui.tasks import BackgroundTask


def settings_file() -> QSettings:
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    # The store's check (after the first paint, off the GUI thread) found it damaged.
    store_damaged = Signal(object)
    # The user chose to restore the last good backup: the window is to be started again on the store.
    restore_requested = Signal()
    #: The other pages' modules are imported (from the thread pool, after the first paint).
    imported_ahead = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = UiContext(store, StoreEvents(self), QUndoStack(self))
        self.ctx.status = lambda text: self.statusBar().showMessage(text, 8000)
        self.restore_chosen: StoreDamaged | None = None
        self._damage_told = False  # the damaged-store offer is made once
        name = hub_window.store_name(store)  # a file's name; an office hub's address (no password)
        if store.read_only:
            self.setWindowTitle(self.tr("Reciprocity Desktop — %1 (read-only)").replace("%1", name))
        else:
            self.setWindowTitle(self.tr("Reciprocity Desktop — %1").replace("%1", name))
        self.setMinimumSize(1024, 640)
        self.tabs = PageTabs(self._build_page)  # a placeholder in every tab until its page is shown
        self.pages = self.tabs.pages
        self._build_welcome()
        self._build_menus()
        self.ctx.events.changed.connect(self._on_store_changed)
        self._update_empty_state()
        self.statusBar().showMessage(self.tr("Store: %1").replace("%1", hub_window.store_place(store)))
        self._restore_state()
        self.tabs.follow_current()  # only now: restoring the last view builds nothing before the first paint
        self.tabs.first_page_painted.connect(self._prepare_store)
        self.imported_ahead.connect(self._freeze_start_objects)
        self.store_damaged.connect(self._on_store_damaged)
        if store.read_only:
            self._disable_editing()
        if hub_window.is_hub(store):  # no file: no backups by the app (ui/hub_window.py)
            hub_window.turn_off_file_actions(self)

    def _disable_editing(self) -> None:
        """A read-only or damaged store: the actions that write are off (a write elsewhere says why)."""
        for action in (
            self.import_csv_action,
            self.import_sync_action,
            self.new_action,
            self.log_gift_action,
            self.delete_action,
            self.settings_action,
        ):
            action.setEnabled(False)
        for button in (self.welcome.demo_button, self.welcome.import_button, self.welcome.new_button):
            button.setEnabled(False)

    def damage_met(self, damage: StoreDamaged) -> None:
        """Damage met by a read outside the window's triage (a page's first read): told as the check's is,
        once (the check after the paint may find it too)."""
        self._on_store_damaged(damage)

    def _on_store_damaged(self, damage: StoreDamaged) -> None:
        """The check after the first paint failed: nothing more is written; offer the last good backup."""
        from reciprocity_desktop.ui import store_check

        if self._damage_told:
            return
        self._damage_told = True

        self._disable_editing()
        self.backup_action.setEnabled(False)  # no backup of a damaged store
        self.setWindowTitle(self.tr("Reciprocity Desktop — %1 (damaged)").replace("%1", self.ctx.store.path.name))
        if store_check.offer_restore(self, damage):
            self.restore_chosen = damage
            self.restore_requested.emit()

    def _prepare_store(self, _key: str) -> None:
        """Once the first page has painted, the store is checked and its SQLAlchemy side built, off the GUI thread.

        The check (``PRAGMA quick_check``, :meth:`Store.verify`) comes first: every write waits for it, and
        a damaged store is told (:meth:`_on_store_damaged`) and never written. The first page reads plain SQL (services.today); the other pages use sessions. Importing
        SQLAlchemy and the models while the user looks at the first page spares the first switch to
        another page that wait; so does importing the other pages' modules after it. (A failure there shows when a session is first used, through the
        window's one triage.)
        """
        store, built = self.ctx.store, set(self.pages.built)
        damaged, imported = self.store_damaged, self.imported_ahead

        def check() -> None:
            try:
                store.verify()  # the check at open: every write waits for it (about 2 s on an office store)
            except StoreDamaged as damage:
                damaged.emit(damage)
            except Exception:  # noqa: S110 - a locked store or the like shows at its first use
                pass

        def prepare() -> None:
            with contextlib.suppress(Exception):
                store.prepare()

        def ahead() -> None:
            with contextlib.suppress(Exception):  # the other pages' modules (a failure shows on their visit)
                import_ahead(built)
            imported.emit()

        pool = QThreadPool.globalInstance()
        # Side by side: SQLite lets go of the GIL while it checks, and the SQLAlchemy import needs it.
        pool.start(check)
        pool.start(prepare)
        # On the next turn of the event loop: what was due at the first paint runs before it.
        QTimer.singleShot(0, self, lambda: pool.start(ahead))

    @staticmethod
    def _freeze_start_objects() -> None:
        """On the GUI thread, once the modules are in: every object there is now (modules, SQLAlchemy's
        mappings, the pages) leaves the garbage collector's generations (``gc.freeze``; no collection runs,
        nothing is freed). A full collection walked them all, ~40-50 ms on the office store, and fell due
        in whatever the user did then (opening a prospect, a keystroke); now it walks what came after.
        Closing the window gives them back (``gc.unfreeze``)."""
        gc.freeze()

    # -- layout ---------------------------------------------------------------------------------------

    def _build_page(self, key: str) -> QWidget:
        """Build one page as PageClass(ctx, parent), wired to the window (PageTabs puts it in its tab)."""
        page = PAGES[_KEYS.index(key)].page_class()(self.ctx, self)
        if hasattr(page, "prospect_activated"):
            page.prospect_activated.connect(self.show_prospect)
        if key == "planner" and hasattr(page, "print_requested"):
            page.print_requested.connect(self.print_day)
        if key == "prospects":  # Del deletes the selected prospect while the list has the focus
            page.addAction(self.delete_action)
        return page

    @property
    def today(self) -> QWidget:
        """The Today page (built now if it was not yet)."""
        return self.pages["today"]

    @property
    def prospects(self) -> QWidget:
        """The Prospects page (built now if it was not yet)."""
        return self.pages["prospects"]

    def _shown(self, key: str) -> QWidget | None:
        """The page ``key`` when it is built and the current tab, else None (building nothing)."""
        page = self.pages.built.get(key)
        return page if page is not None and self.current_page() is page else None

    def _build_welcome(self) -> None:
        self.welcome = WelcomePage(self)
        self.welcome.demo_button.clicked.connect(self.load_demo)
        self.welcome.import_button.clicked.connect(self.import_csv)
        self.welcome.new_button.clicked.connect(self.new_prospect)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

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
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._build_file_menu(self.file_menu)
        self._build_edit_menu(bar.addMenu(self.tr("&Edit")))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._build_view_menu(self.view_menu)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.help_menu, self.tr("&About Reciprocity Desktop"), self.about, name="about")

    def _build_file_menu(self, menu) -> None:
        self.import_csv_action = self._action(
            menu, self.tr("&Import CSV…"), self.import_csv, name="import_csv"
        )
        self.export_csv_action = self._action(
            menu, self.tr("&Export CSV…"), self.export_csv, name="export_csv"
        )
        menu.addSeparator()
        self.print_action = self._action(
            menu, self.tr("&Print day…"), self.print_day, QKeySequence.StandardKey.Print, "print_day"
        )
        menu.addSeparator()
        self.export_sync_action = self._action(
            menu, self.tr("Export for &sync…"), self.export_for_sync, name="export_sync"
        )
        self.import_sync_action = self._action(
            menu, self.tr("Import s&ync file…"), self.import_sync_file, name="import_sync"
        )
        self.conflicts_action = self._action(
            menu, self.tr("&Conflict log…"), self.show_conflicts, name="conflicts"
        )
        menu.addSeparator()
        self.backup_action = self._action(menu, self.tr("&Backup…"), self.backup, name="backup")
        self.backups_action = self._action(menu, self.tr("Back&ups…"), self.show_backups, name="backups")
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")

    def _build_edit_menu(self, menu) -> None:
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("undo")
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("redo")
        menu.addAction(undo)
        menu.addAction(redo)
        self.undo_action = undo
        menu.addSeparator()
        self.new_action = self._action(menu, self.tr("&New prospect…"), self.new_prospect, "Ctrl+N", "new")
        self.log_gift_action = self._action(menu, self.tr("&Log gift…"), self.log_gift, "Ctrl+L", "log_gift")
        self.find_action = self._action(menu, self.tr("&Find prospect"), self.find, "Ctrl+F", "find")
        self.delete_action = self._action(
            menu, self.tr("&Delete prospect"), self.delete_prospect, QKeySequence.StandardKey.Delete, "delete"
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        menu.addSeparator()
        self.settings_action = add_settings_action(self, menu, self.ctx)

    def _build_view_menu(self, menu) -> None:
        for number in range(self.tabs.count()):
            title = self.tabs.tabText(number).replace("&", "")
            self._action(
                menu,
                title,
                lambda n=number: self.tabs.setCurrentIndex(n),
                f"Ctrl+{number + 1}",
                f"view_{number}",
            )
        menu.addSeparator()
        self._action(menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh, "refresh")

    # -- state ----------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = settings_file()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        last = settings.value("window/view", "today")
        if last in _KEYS:
            self.tabs.setCurrentIndex(_KEYS.index(last))

    def save_state(self) -> None:
        settings = settings_file()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/view", _KEYS[self.tabs.currentIndex()])
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.save_state()
        gc.unfreeze()  # what was frozen at the start is collected again (a test process opens many windows)
        super().closeEvent(event)

    def _update_empty_state(self) -> None:
        empty = not any_prospects(self.ctx.store)
        self.stack.setCurrentWidget(self.welcome if empty else self.tabs)

    def _on_store_changed(self, what: Changes) -> None:
        if what.touches("prospects"):
            self._update_empty_state()

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
        prospect_id = ""
        if (page := self._shown("prospects")) is not None:
            prospect_id = page.selected_id()
        elif (page := self._shown("today")) is not None:
            prospect_id = page.selected_prospect_id()
        from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog

        dialog = LogGiftDialog(self.ctx, prospect_id or None, parent=self)
        if dialog.exec() and dialog.result_warnings:
            QMessageBox.information(self, self.tr("Gift logged"), "\n\n".join(dialog.result_warnings))

    def delete_prospect(self) -> None:
        page = self._shown("prospects")
        if page is not None and page.table.hasFocus():
            page.delete_selected()

    def load_demo(self) -> None:
        from reciprocity_desktop.services.ops import store as store_ops

        store = self.ctx.store
        self.ctx.ops.run(self, "", lambda: store_ops.load_demo(store), lambda _op: self.show_page("today"))

    def import_csv(self) -> None:
        self.start_csv_import()

    def start_csv_import(self, path: Path | None = None) -> BackgroundTask | None:
        """Check the file (asked for when None) off the GUI thread; confirm with a preview; import (ui/csv_import)."""
        from reciprocity_desktop.ui.csv_import import CsvImporter

        self.csv_importer = CsvImporter(self, self.ctx, lambda: self.show_page("prospects"))
        return self.csv_importer.start(path)

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export prospects as CSV"), "prospects.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        from reciprocity_desktop.services import csv_io

        try:
            count = csv_io.export_csv(self.ctx.store, Path(path))
        except DomainError as error:
            show_error(self, error)
            return
        except OSError as error:
            show_write_failed(self, self.tr("Export failed"), self.tr("Could not write %1: %2"), path, error)
            return
        self.ctx.status(
            self.tr("Exported %Ln prospect(s) to %1.", "", count).replace("%1", path)
        )

    def backup(self) -> None:
        """File → Backup…: a copy of the store where the user says, in its backups folder unless they choose."""
        from reciprocity_desktop.ui.backup import back_up

        back_up(self, self.ctx)

    def show_backups(self):
        """File → Backups…: the store's backups, and restoring one (the store is reopened in this window)."""
        from reciprocity_desktop.ui.backups import show_backups

        return show_backups(self, self.ctx)

    def print_day(self, day=None):
        """File → Print day…: the route overview and visit sheets as a PDF, opened in the system viewer."""
        from reciprocity_desktop.ui.planner.print_dialog import print_day

        return print_day(self, self.ctx, day)

    def export_for_sync(self) -> BackgroundTask | None:
        from reciprocity_desktop.ui.sync.export import export_for_sync

        return export_for_sync(self, self.ctx)

    def import_sync_file(self, path: Path | None = None) -> BackgroundTask | None:
        from reciprocity_desktop.ui.sync.importer import SyncImporter

        self.sync_importer = SyncImporter(self, self.ctx)
        return self.sync_importer.start(path)

    def open_file_at_start(self, path: Path) -> None:
        """A file handed over at start (``reciprocity-desktop FILE.rcsync``: the file manager's Open): its
        sync import — the passphrase if it is encrypted, the preview, the import — once the window is up.

        A file that is missing or cannot be read is said so by the import, in the window, like any other.
        """
        QTimer.singleShot(0, lambda: self.import_sync_file(path))

    def show_conflicts(self) -> None:
        from reciprocity_desktop.ui.sync.conflicts import ConflictLogDialog

        ConflictLogDialog(self.ctx, self).exec()

    def about(self) -> None:
        from reciprocity_desktop import APP_NAME, package_version

        QMessageBox.about(
            self,
            self.tr("About Reciprocity Desktop"),
            self.tr(
                "%1 %2\n\nGive first, record it, follow up: an offline tool for field sellers.\n\nStore: %3"
            )
            .replace("%1", APP_NAME)
            .replace("%2", package_version())
            .replace("%3", hub_window.store_place(self.ctx.store))
            + "\n\n"
            + self.tr(
                "Postal-code coordinates: GeoNames (https://www.geonames.org/), licensed under"
                " CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
            ),
        )
