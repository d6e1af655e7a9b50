"""Colours and icons the views share."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from reciprocity_desktop.paths import resource


def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


WARNING_BG = QColor("#fff3cd")
DANGER_BG = QColor("#f8d7da")
MUTED_FG = QColor("#6c757d")
