"""What a page's user actions are made of: a QAction with its shortcut's reach, the push button and the
context menu that mirror it, and running an action on a record through an operation (``ctx.ops``),
straight away or with what a dialog asked for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QBoxLayout, QDialog, QMenu, QPushButton, QWidget

from reciprocity_desktop.services.changes import Op
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.widgets.forms import Submit

Shortcut = QKeySequence | QKeySequence.StandardKey | Qt.Key | str


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], Any],
    shortcut: Shortcut | None = None,
    *,
    within: QWidget | None = None,
) -> QAction:
    """An action of ``parent`` whose shortcut works while the focus is in ``parent`` (or its children).

    Pass ``within`` (a table) to have the key work only while that widget has the focus: then F2 or
    Del of two tables on one page each reach their own table's action.
    """
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if within else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
    action.triggered.connect(lambda _checked=False: slot())
    (within or parent).addAction(action)
    return action


def action_button(action: QAction) -> QPushButton:
    """A push button mirroring an action: its text and mnemonic, enabled state, tip and shortcut in the tip."""
    button = QPushButton(action.text())
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    tip = action.toolTip() if action.toolTip() != action.iconText() else ""
    if not action.shortcut().isEmpty():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({keys})" if tip else keys
    button.setToolTip(tip)
    action.enabledChanged.connect(button.setEnabled)
    button.setEnabled(action.isEnabled())
    return button


def add_action_buttons(
    layout: QBoxLayout, actions: Sequence[QAction | None], spacing: int = 12
) -> dict[QAction, QPushButton]:
    """A button for each action (None: a gap between groups); returns the buttons by action."""
    buttons: dict[QAction, QPushButton] = {}
    for action in actions:
        if action is None:
            layout.addSpacing(spacing)
        else:
            buttons[action] = action_button(action)
            layout.addWidget(buttons[action])
    return buttons


def show_context_menu(
    parent: QWidget, view: QAbstractItemView, pos: QPoint, actions: Sequence[QAction | None]
) -> None:
    """Pop up the ``actions`` (None: a separator) where the user right-clicked in ``view``."""
    menu = QMenu(parent)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.exec(view.viewport().mapToGlobal(pos))


def submit_op(
    ctx: UiContext, parent: QWidget | None, text: str, action: Callable[[dict[str, Any]], Op[Any]]
) -> Submit:
    """A dialog's ``submit``: run ``action(values)`` through ``ctx.ops.submit``.

    A refusal of the services (a DomainError) reaches the dialog, which shows it in place and stays
    open for the user to correct; a success is one step on the undo stack.
    """

    def submit(values: dict[str, Any]) -> None:
        ctx.ops.submit(text, lambda: action(values))

    return submit


class RecordActions:
    """Runs a page's actions as operations, on the selected record or with what a dialog asked for.

    ``open_dialog`` runs the page's dialogs one at a time (``OneDialogAtATime._open_dialog``).
    """

    def __init__(self, ctx: UiContext, parent: QWidget, open_dialog: Callable[[QDialog], bool]) -> None:
        self._ctx = ctx
        self._parent = parent
        self._open_dialog = open_dialog

    def run(self, text: str, record: Any, action: Callable[[Any], Op[Any]]) -> None:
        """Run ``action(record)`` through ``ctx.ops`` (nothing when no record is selected)."""
        if record is not None:
            self._ctx.ops.run(self._parent, text, lambda: action(record))

    def ask(
        self,
        text: str,
        dialog: Callable[[Submit], QDialog],
        action: Callable[[dict[str, Any]], Op[Any]],
    ) -> Op[Any] | None:
        """Open ``dialog(submit)``; what it submits runs as ``action(values)`` (see :func:`submit_op`).

        Returns the Op when the dialog was accepted after saving, else None.
        """
        done: list[Op[Any]] = []

        def act(values: dict[str, Any]) -> Op[Any]:
            done.append(action(values))
            return done[-1]

        accepted = self._open_dialog(dialog(submit_op(self._ctx, self._parent, text, act)))
        return done[-1] if accepted and done else None

    def edit(
        self,
        text: str,
        record: Any,
        dialog: Callable[[Any, Submit], QDialog],
        action: Callable[[Any, dict[str, Any]], Op[Any]],
    ) -> Op[Any] | None:
        """:meth:`ask` about ``record``: ``dialog(record, submit)``, then ``action(record, values)``."""
        if record is None:
            return None
        return self.ask(text, lambda submit: dialog(record, submit), lambda values: action(record, values))
