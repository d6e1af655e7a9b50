"""Every action of the real main window's menu bar, triggered with every question answered "cancel".

File pickers, message boxes, input dialogs and modal dialogs are answered "cancel"; the test fails on any
exception, also one raised inside a Qt slot (which Qt itself would only print), and on any
unexpected-error dialog. It walks the menus, so an action added later is covered without a change here.
(It caught File → Import sync file… handing the menu's ``checked`` flag to the slot as the path.)
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMenuBar, QMessageBox

from reciprocity_desktop.services import demo, prospects
from reciprocity_desktop.services.ops import prospects as prospect_ops
from reciprocity_desktop.ui import app
from reciprocity_desktop.ui.main_window import MainWindow

#: The menu actions the window has today (object names); the walk must meet at least these.
KNOWN = {
    "import_csv", "export_csv", "print_day", "export_sync", "import_sync", "conflicts", "backup", "backups", "quit",
    "undo", "redo", "new", "log_gift", "find", "delete", "settings",
    *(f"view_{n}" for n in range(8)), "refresh", "about",
}  # fmt: skip


class Asked:
    """What the window asked the user while the actions ran, every answer being "cancel"."""

    def __init__(self) -> None:
        self.questions: list[str] = []  # pickers, questions, inputs, dialogs: answered "cancel"
        self.messages: list[str] = []  # warnings and notes: acknowledged
        self.unexpected: list[str] = []  # the unexpected-error dialog: a failure

    def cancel(self, kind: str, answer):
        def answer_(*args, **_kwargs):
            self.questions.append(f"{kind}: {next((a for a in args if isinstance(a, str)), '')}")
            return answer

        return answer_

    def acknowledge(self, kind: str):
        def acknowledge_(_parent, title, text="", *_args, **_kwargs):
            self.messages.append(f"{kind}: {title}: {text}")
            return QMessageBox.StandardButton.Ok

        return acknowledge_


@pytest.fixture
def asked(monkeypatch):
    asked = Asked()
    for name, answer in (
        ("getOpenFileName", ("", "")),
        ("getOpenFileNames", ([], "")),
        ("getSaveFileName", ("", "")),
        ("getExistingDirectory", ""),
    ):
        monkeypatch.setattr(QFileDialog, name, asked.cancel(f"QFileDialog.{name}", answer))
    monkeypatch.setattr(
        QMessageBox, "question", asked.cancel("QMessageBox.question", QMessageBox.StandardButton.No)
    )
    for name in ("getText", "getMultiLineText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, asked.cancel(f"QInputDialog.{name}", ("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", asked.cancel("QInputDialog.getInt", (0, False)))
    monkeypatch.setattr(QInputDialog, "getDouble", asked.cancel("QInputDialog.getDouble", (0.0, False)))
    for name in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, asked.acknowledge(f"QMessageBox.{name}"))

    def dialog_exec(dialog):
        asked.questions.append(f"{type(dialog).__name__}.exec: {dialog.windowTitle()}")
        return QDialog.DialogCode.Rejected

    def box_exec(box):  # only show_unexpected_error builds its own box
        asked.unexpected.append(f"{box.windowTitle()}: {box.informativeText()}\n{box.detailedText()}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    return asked


def menu_actions(bar: QMenuBar) -> list[tuple[str, QAction]]:
    """Every action of the menu bar, submenus walked recursively, as ("File → Import CSV…", action)."""
    found: list[tuple[str, QAction]] = []

    def walk(actions, path: tuple[str, ...]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            label = (*path, action.text().replace("&", ""))
            if action.menu() is not None:
                walk(action.menu().actions(), label)
            else:
                found.append((" → ".join(label), action))

    walk(bar.actions(), ())
    return found


def _settle() -> None:
    """Let background jobs started by an action finish and deliver their results."""
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


@pytest.mark.parametrize("content", ["demo", "empty"])
def test_every_menu_action_runs_without_an_error(qtbot, store, asked, content):
    if content == "demo":
        demo.load_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if content == "demo":  # something to undo and redo
        victim = prospects.list_prospects(store, limit=1)[0].id
        window.ctx.ops.run(window, "Delete", lambda: prospect_ops.delete_prospect(store, victim))
    actions = menu_actions(window.menuBar())
    actions.sort(key=lambda item: item[1].objectName() == "quit")  # closing the window comes last
    assert {action.objectName() for _label, action in actions} >= KNOWN

    failures: list[str] = []
    with qtbot.capture_exceptions() as exceptions:
        assert sys.excepthook is not app._excepthook  # the app's handler would turn an error into a dialog
        for label, action in actions:
            action.trigger()
            _settle()
            failures += [f"{label}: {exc_type.__name__}: {exc}" for exc_type, exc, _tb in exceptions]
            failures += [f"{label}: unexpected-error dialog: {text}" for text in asked.unexpected]
            exceptions.clear()
            asked.unexpected.clear()
    assert failures == []
    assert [m.split(":")[0] for m in asked.messages] == ["QMessageBox.about"]  # no warning on the way
    assert not window.isVisible()  # File → Quit closed it
    if content == "demo":
        assert victim not in {p.id for p in prospects.list_prospects(store)}  # undone, then redone
    assert "QFileDialog.getOpenFileName: Import sync file" in asked.questions
    assert "ExportDialog.exec: Export for sync" in asked.questions
    assert "SettingsDialog.exec: Settings" in asked.questions
