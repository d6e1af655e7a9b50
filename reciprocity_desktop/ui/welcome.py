"""The page the window shows while the store is empty: load the demo tour, import a CSV, or start typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: The subtitle's width (px): lines easy to read; the window (at least 1024 px wide) centres it.
TEXT_WIDTH = 620


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
        self.subtitle = text
        text.setObjectName("subtitle")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # one width (the window is wider), centred between stretches: its row is as tall as its lines at that
        # width. (Centred by an alignment flag, the row got the height of the text at the window's width, and
        # the label showed two half lines, or one line of two.)
        text.setFixedWidth(TEXT_WIDTH)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
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
        layout.addSpacing(8)
        layout.addLayout(centred)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(2)
