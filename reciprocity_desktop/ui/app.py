"""Starting the window: the QApplication, translations, the store, and a safety net for errors."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from reciprocity_desktop import APP_NAME, __version__
from reciprocity_desktop.paths import resource
from reciprocity_desktop.store import StoreError, open_store
from reciprocity_desktop.ui.messages import show_unexpected_error
from reciprocity_desktop.ui.widgets.style import icon

LANG_ENV = "RECIPROCITY_LANG"


def install_translators(app: QApplication, lang: str | None = None) -> list[QTranslator]:
    """Load our catalog and Qt's own for ``lang`` (default: $RECIPROCITY_LANG or the system language)."""
    lang = lang or os.environ.get(LANG_ENV) or QLocale.system().name().split("_")[0]
    if lang != "en":
        QLocale.setDefault(QLocale(lang))
    translators = []
    for path, name in (
        (str(resource("i18n")), f"reciprocity_{lang}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, path):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def _excepthook(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    sys.__stderr__.write(details)
    if QApplication.instance() is not None:
        show_unexpected_error(exc, details, QApplication.activeWindow())


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Reciprocity")
    app.setWindowIcon(icon("reciprocity"))
    install_translators(app)
    sys.excepthook = _excepthook
    try:
        store = open_store(db_path)
    except StoreError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the store"), str(error))
        return 2
    from reciprocity_desktop.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        # Background work (a count, a computation, an import) finishes before the store closes.
        pool = QThreadPool.globalInstance()
        pool.clear()
        pool.waitForDone()
        store.close()
