"""Starting the window: the QApplication, translations, the store, and a safety net for errors."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from reciprocity_desktop import APP_NAME, __version__
from reciprocity_desktop.services import start_reads
from reciprocity_desktop.store import StoreDamaged, StoreError, backups, is_hub_address, open_store
from reciprocity_desktop.store.hub import HubError
from reciprocity_desktop.ui import single_instance, store_check
from reciprocity_desktop.ui.labels import store_error_text
from reciprocity_desktop.ui.messages import show_unexpected_error
from reciprocity_desktop.ui.translation import install_translators, window_language
from reciprocity_desktop.ui.widgets.style import icon

__all__ = ["QUIT_AFTER_PAINT_ENV", "install_translators", "run"]

#: Set (to anything) it makes the window quit once its first page has painted: the smoke test of a built
#: bundle starts the real program offscreen with it (tests/packaging/test_bundle.py).
QUIT_AFTER_PAINT_ENV = "RECIPROCITY_QUIT_AFTER_PAINT"


#: The installed desktop entry's name without ".desktop" (packaging/linux/), the AppStream id.
DESKTOP_FILE_NAME = "org.reciprocity.ReciprocityDesktop"


#: Where damage met outside the window's triage goes (a page's first read in its showEvent, say): the
#: window's damaged-store offer, not the unexpected-error box (set while a window runs).
_damage_handler = None


def _excepthook(exc_type, exc, tb) -> None:
    if isinstance(exc, StoreDamaged) and _damage_handler is not None:  # told plainly, no traceback
        _damage_handler(exc)
        return
    if isinstance(exc, HubError) and QApplication.instance() is not None:  # a lost hub met by a page's read
        sys.__stderr__.write(f"reciprocity-desktop: {store_error_text(exc)}\n")
        QMessageBox.warning(
            QApplication.activeWindow(), QCoreApplication.translate("App", "Cannot open the store"), store_error_text(exc)
        )
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.__stderr__.write(details)
    if QApplication.instance() is not None:
        show_unexpected_error(exc, details, QApplication.activeWindow())


#: The exit code of the window asking to be started again on its store (after restoring a backup).
RESTART_EXIT = 1000


def run(db_path: Path | str, open_file: Path | None = None) -> int:
    """The window on the store ``db_path``; with ``open_file``, starting that sync file's import.

    ``db_path`` may be an office hub's address (``postgresql://…``): then there is no lock and no
    single-instance server (several windows, of one user or of several, share a hub; each is a client of
    the server, whose transactions keep their writes apart), no check and no backups (ui/hub_window.py).

    A second start on the same store (:func:`~reciprocity_desktop.ui.store_check.store_lock`) brings the first
    window to the front, handing it ``open_file``, and exits 0 (:mod:`~reciprocity_desktop.ui.single_instance`);
    when no window answers, it is refused plainly.
    The store opens without its check; the window runs it right after its first paint, and a damaged store
    (found then, or at open) is refused with "Restore the last good backup" offered.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Reciprocity")
    app.setDesktopFileName(DESKTOP_FILE_NAME)  # Wayland matches the window to its desktop entry and icon by it
    app.setWindowIcon(icon("reciprocity"))
    sys.excepthook = _excepthook
    if is_hub_address(db_path):
        return _run_once(app, db_path, open_file)
    db_path = Path(db_path)
    lock = store_check.store_lock(Path(db_path))
    if lock is None:
        if single_instance.ask_running(Path(db_path), open_file):
            return 0  # the window on the store came to the front (and imports the file)
        install_translators(app)
        store_check.tell_already_open(Path(db_path))
        return 2
    server = single_instance.listen(Path(db_path))  # None: a second start then refuses plainly
    backups.defer_daily_backups()  # the day's backup runs once the first page has painted (below)
    try:
        while True:
            code = _run_once(app, db_path, open_file, server)
            if code != RESTART_EXIT:
                return code
            open_file = None
    finally:
        backups.stop_deferring_daily_backups()
        if server is not None:
            server.close()
        lock.unlock()


def _open(app: QApplication, db_path: Path | str):
    """The store, opened unchecked (the window checks it after its first paint); None when refused.

    An office hub that cannot be used (unreachable, a refused login, missing rights …) is one sentence, in
    a message box and on stderr (no traceback)."""
    while True:
        try:
            return open_store(db_path, check=False)
        except StoreDamaged as damage:
            install_translators(app)
            if not store_check.offer_restore(None, damage):
                return None
            store_check.restore(damage)
        except StoreError as error:
            install_translators(app)  # no store, no setting: $RECIPROCITY_LANG or the system's language
            if is_hub_address(db_path):
                print(f"reciprocity-desktop: {store_error_text(error)}", file=sys.stderr)
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Cannot open the store"), store_error_text(error)
            )
            return None


def _run_once(
    app: QApplication,
    db_path: Path | str,
    open_file: Path | None,
    server: single_instance.InstanceServer | None = None,
) -> int:
    store = _open(app, db_path)
    if store is None:
        return 2
    install_translators(app, window_language(start_reads.stored_setting(store, "language")))
    from reciprocity_desktop.ui.main_window import MainWindow

    window = MainWindow(store)
    global _damage_handler
    _damage_handler = window.damage_met
    window.tabs.first_page_painted.connect(lambda _key: backups.start_deferred_daily_backups())
    if os.environ.get(QUIT_AFTER_PAINT_ENV):
        window.tabs.first_page_painted.connect(lambda _key: app.quit())
    window.restore_requested.connect(lambda: app.exit(RESTART_EXIT))
    window.show()
    if open_file is not None:
        window.open_file_at_start(open_file)
    if server is not None:
        server.handler = lambda file: single_instance.bring_to_front(window, file)
    try:
        return app.exec()
    finally:
        if server is not None:
            server.handler = None
        # Background work (a count, a computation, an import, the check) finishes before the store closes.
        pool = QThreadPool.globalInstance()
        pool.clear()
        pool.waitForDone()
        store.close()
        _damage_handler = None
        if window.restore_chosen is not None:  # the damaged store is closed: put the backup in its place
            store_check.restore(window.restore_chosen)
        window.deleteLater()
