"""File → Backups…: the store's backups (date, reason, size, sound) and restoring one of them.

A restore (after a question) keeps the current store aside as a backup, writes the chosen one into the store
(:func:`reciprocity_desktop.services.backups.restore_backup`) and reopens it in this window: the store's
connections are closed, the store is opened again (an older backup's schema is migrated), the undo history
is cleared (it belongs to the store as it was) and every page shows the restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import backups
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store.backups import BackupInfo
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import fmt_datetime
from reciprocity_desktop.ui.messages import show_error


def size_text(size: int) -> str:
    """A file's size as the user's language writes it, numbers and units ("412 kB", "3,4 MB", "1,2 GB",
    "400 Bytes"): whole kilobytes, a tenth of the larger units."""
    return QLocale().formattedDataSize(size, 0 if size < 1_000_000 else 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsDialog(QDialog):
    """The backups of the window's store, newest first; Restore… puts the selected one in its place."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backups"))
        self.infos: list[BackupInfo] = []
        self.restored: Path | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr("Backups are made on the first start of a day, before a migration, a sync import and a "
                    "restore. A backup that fails its integrity check is not sound and cannot be restored.")
        )  # fmt: skip
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("Sound")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self.load()

    def reason_text(self, reason: str) -> str:
        known = {
            "daily": self.tr("daily"),
            "manual": self.tr("made by hand"),
            "before-import": self.tr("before a sync import"),
            "before-restore": self.tr("before a restore"),
        }
        if reason.startswith("before-migration"):
            return self.tr("before a migration")
        return known.get(reason, reason)

    def load(self) -> None:
        self.infos = backups.list_backups(self.ctx.store.path)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            cells = (
                fmt_datetime(info.created),
                self.reason_text(info.reason),
                size_text(info.bytes),
                self.tr("yes") if info.sound else self.tr("no (damaged)"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        if self.infos:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.infos[rows.pop()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.sound)

    def restore_selected(self) -> Path | None:
        info = self.selected()
        if info is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr("Restore the backup of %1? The store as it is now is kept aside as a backup first; "
                    "changes made since the backup are then no longer in the store.")
            .replace("%1", fmt_datetime(info.created)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            aside = restore_into_window(self.ctx, info.path)
        except DomainError as error:
            show_error(self, error)
            self.load()
            return None
        self.restored = info.path
        text = self.tr("Restored the backup of %1.").replace("%1", fmt_datetime(info.created))
        if aside is not None:
            text += " " + self.tr("The store as it was is kept as %1.").replace("%1", str(aside))
        self.ctx.status(text)
        self.accept()
        return aside


def restore_into_window(ctx: UiContext, backup: Path) -> Path | None:
    """Restore ``backup`` into the window's store and reopen it there. Returns the copy kept aside."""
    store = ctx.store
    store.close()  # the pooled connections go; the engine reconnects when next asked
    aside = backups.restore_backup(store.path, backup)
    backups.reopen(store.path)  # an older backup's schema is migrated here
    store.close()
    ctx.undo_stack.clear()  # the steps belong to the store as it was
    ctx.events.emit()  # everything changed
    return aside


def show_backups(parent: QWidget, ctx: UiContext) -> BackupsDialog:
    dialog = BackupsDialog(ctx, parent)
    dialog.exec()
    return dialog
