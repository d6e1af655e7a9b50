"""Telling the user something went wrong: a plain message for what they can act on, details for bugs."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.ui.labels import message_text, translate


def show_error(parent: QWidget | None, error: DomainError, title: str | None = None) -> None:
    """A service's refusal (bad input, a record gone) as a plain warning in the user's language."""
    QMessageBox.warning(parent, title or translate("Common", "Cannot do that"), message_text(error.message))


def show_write_failed(
    parent: QWidget | None, title: str, text: str, path: str | os.PathLike[str], error: OSError
) -> None:
    """A file could not be written: ``text`` is the caller's "Could not write %1: %2" (path, OS reason)."""
    reason = error.strerror or str(error)
    QMessageBox.warning(parent, title, text.replace("%1", str(path)).replace("%2", reason))


def show_unexpected_error(exc: BaseException, details: str, parent: QWidget | None = None) -> None:
    """A dialog with the details instead of a window that silently dies."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "App",
            "Something went wrong that the program did not expect. Your data is safe: every change is saved in "
            "one piece or not at all. The details below help the developers fix it.",
        )
    )
    box.setInformativeText(f"{type(exc).__name__}: {exc}")
    box.setDetailedText(details)
    box.exec()
