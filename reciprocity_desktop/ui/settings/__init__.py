"""Edit → Settings…: the store's settings in one dialog (:mod:`.dialog`), saved as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import translate

#: Where the platform has no Preferences shortcut (Windows, most Linux desktops): the common Ctrl+,.
FALLBACK_SHORTCUT = "Ctrl+,"


def add_settings_action(window: QWidget, menu: QMenu, ctx: UiContext) -> QAction:
    """Add "Settings…" with the platform's Preferences shortcut to ``menu``; it opens the dialog."""
    action = QAction(translate("Settings", "&Settings…"), window)
    action.setObjectName("settings")
    action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS puts it in the application menu
    shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    action.setShortcuts(shortcuts or [QKeySequence(FALLBACK_SHORTCUT)])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _checked=False: open_settings(window, ctx))
    menu.addAction(action)
    return action


def open_settings(parent: QWidget, ctx: UiContext) -> bool:
    """Show the Settings dialog; True when the user saved it."""
    from reciprocity_desktop.ui.settings.dialog import SettingsDialog

    return bool(SettingsDialog(ctx, parent).exec())
