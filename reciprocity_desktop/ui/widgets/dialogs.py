"""Dialog helpers the pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


class OneDialogAtATime:
    """Mixin for a page: run its dialogs one at a time (a repeated shortcut never opens a second)."""

    _dialog: QDialog | None = None

    def _open_dialog(self, dialog: QDialog) -> bool:
        """Run ``dialog`` modally; True when accepted. Refused (False) while another one is open."""
        if self._dialog is not None:
            dialog.deleteLater()
            return False
        self._dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._dialog = None
            dialog.deleteLater()
