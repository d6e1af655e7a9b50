"""The bars at the top of a page's panes: titles, bold text and the search field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit


def bold_font(font: QFont, scale: float = 1.0) -> QFont:
    """A bold copy of ``font``, ``scale`` times its size."""
    font = QFont(font)
    font.setBold(True)
    if scale != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    return font


def pane_title(text: str) -> QLabel:
    """The title of a pane of a page: bold, a little larger than the text."""
    title = QLabel(text)
    title.setFont(bold_font(title.font(), 1.15))
    return title


def add_search_field(
    bar: QBoxLayout, label: str, placeholder: str, on_change: Callable[[str], object], min_width: int
) -> QLineEdit:
    """A search field with its label (``label`` carries the mnemonic) at the end of ``bar``."""
    caption = QLabel(label)
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(min_width)
    caption.setBuddy(edit)
    edit.textChanged.connect(on_change)
    bar.addWidget(caption)
    bar.addWidget(edit)
    return edit
