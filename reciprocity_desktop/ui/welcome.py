"""The page the window shows while the store is empty: load the demo tour, import a CSV, or start typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


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
