"""Screenshots of every page and of the dialogs the menus open, in one language at one window size.

For looking at layouts in longer languages (issue 12)::

    RECIPROCITY_LANG=de QT_QPA_PLATFORM=offscreen python scripts/layout_shots.py --size 1024x640 --out shots/

A demo store in a temp folder; each page is grabbed after its data has arrived; each dialog a menu opens is
shown, grabbed and closed (file pickers answer with a demo CSV or nothing, message boxes are skipped).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--out", type=Path, default=Path("shots"))
    parser.add_argument("--only", default="", help="comma-separated page keys / dialog class names")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    lang = os.environ.get("RECIPROCITY_LANG", "en")
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="shots-"))
    os.environ["RECIPROCITY_DATA_DIR"] = str(data)

    from reciprocity_desktop.services import demo
    from reciprocity_desktop.store import open_store
    from reciprocity_desktop.ui.app import install_translators
    from reciprocity_desktop.ui.main_window import MainWindow
    from reciprocity_desktop.ui.page_registry import KEYS

    app = QApplication.instance() or QApplication(sys.argv)
    store = open_store(data / "store.sqlite3")
    demo.load_demo(store)
    install_translators(app, lang)
    window = MainWindow(store)
    window.resize(width, height)
    window.show()
    settle()
    only = {part for part in args.only.split(",") if part}
    prefix = f"{lang}-{args.size}"
    for number, key in enumerate(KEYS):
        if only and key not in only:
            continue
        window.tabs.setCurrentIndex(number)
        settle()
        window.grab().save(str(out / f"{prefix}-page-{number}-{key}.png"))

    def dialog_exec(dialog):
        name = type(dialog).__name__
        dialog.show()
        settle()
        if not only or name in only:
            dialog.grab().save(str(out / f"{prefix}-dialog-{name}.png"))
        dialog.close()
        return QDialog.DialogCode.Rejected

    QDialog.exec = dialog_exec
    QMessageBox.exec = lambda box: QMessageBox.StandardButton.Ok
    for name in ("information", "warning", "critical", "about", "question"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    csv = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "csv" / "de_excel_cp1252.csv"
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(csv), ""))
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: "")
    window.show_page("prospects")
    settle()
    for action_name in ("import_csv", "print_day", "export_sync", "conflicts", "new", "log_gift", "settings"):
        action = next(
            a for a in window.findChildren(type(window.print_action)) if a.objectName() == action_name
        )
        action.trigger()
        settle()
    page_button_dialogs(window)
    window.close()
    store.close()
    return 0


def page_button_dialogs(window) -> None:
    """The dialogs the pages' buttons open, each over its page's first row (as tests/i18n/test_window_texts.py)."""

    def first_row(table) -> None:
        table.setFocus()
        table.selectRow(0)
        table.setCurrentIndex(table.model().index(0, 0))
        settle()

    prospects = window.show_page("prospects")
    settle()
    first_row(prospects.table)
    first_row(prospects.detail.contacts)
    detail = prospects.detail
    for open_dialog in (prospects.edit_prospect, detail._add_contact, detail._record_outcome):
        open_dialog()
        settle()
    gifts = window.show_page("gifts")
    settle()
    first_row(gifts.table)
    first_row(gifts.stock.table)
    for action in (gifts.reaction_action, gifts.edit_action, gifts.stock.add_action, gifts.stock.restock_action):
        action.trigger()
        settle()
    followups = window.show_page("followups")
    settle()
    first_row(followups.table)
    for action in (followups.new_action, followups.complete_action, followups.reschedule_action,
                   followups.edit_note_action):  # fmt: skip
        action.trigger()
        settle()


if __name__ == "__main__":
    raise SystemExit(main())
