"""Driving modal dialogs from GUI tests as a user would (shared by the view tests)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.exceptions import TimeoutError


def with_dialog(qtbot, open_it: Callable[[], object], interact: Callable[[QWidget], None]) -> None:
    """Do what opens a modal dialog, then ``interact`` with it as a user would.

    A dialog ``interact`` leaves open is cancelled, so a failing test never hangs.
    """
    state: dict[str, object] = {}

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        state["dialog"] = dialog
        try:
            dialog.activateWindow()  # keys typed into it must not reach the view's shortcuts
            with contextlib.suppress(TimeoutError):  # not every platform plugin activates windows
                qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
            interact(dialog)
        except BaseException as exc:  # re-raised below, after the dialog is gone
            state["error"] = exc
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handle)
    open_it()
    assert "dialog" in state, "no dialog opened"
    if "error" in state:
        raise state["error"]  # type: ignore[misc]


def focus(qtbot, widget: QWidget) -> None:
    """Give ``widget`` the keyboard focus in its (again) active window, so its shortcuts work."""
    widget.window().activateWindow()
    with contextlib.suppress(TimeoutError):
        qtbot.waitUntil(widget.window().isActiveWindow, timeout=1000)
    widget.setFocus()


def ok(dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled(), "OK is disabled"
    button.click()
