"""Parts of the dialogs that do one thing with a file: the path with Browse…, and Cancel + the action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton


def path_field(browse_text: str, browse: Callable[[], None], text: str = "") -> tuple[QLineEdit, QHBoxLayout]:
    """A path to type (object name "path") with a ``browse_text`` button (e.g. "&Browse…") beside it."""
    path = QLineEdit(text)
    path.setObjectName("path")
    button = QPushButton(browse_text)
    button.clicked.connect(browse)
    row = QHBoxLayout()
    row.addWidget(path, 1)
    row.addWidget(button)
    return path, row


def action_buttons(dialog: QDialog, text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the default ``text`` button (e.g. "&Print to PDF"), wired to the dialog's reject/accept."""
    # In the dialog from the start: a button made default before it is in its dialog is not the
    # dialog's default, and the dialog makes its first button (e.g. Browse…) the default instead.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    button.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, button
