"""File → Export for sync…: where to write the file, what to include, a passphrase; then write it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop import sync
from reciprocity_desktop.services.changes import NOTHING, Op
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import translate, translate_n
from reciprocity_desktop.ui.sync.shared import SYNC_SUFFIX, say_cancelled, show_status
from reciprocity_desktop.ui.tasks import BackgroundTask
from reciprocity_desktop.ui.widgets.dialog_parts import action_buttons
from reciprocity_desktop.ui.widgets.forms import ERROR_STYLE, date_edit


class ExportDialog(QDialog):
    """Where to write the sync file, what to include, and an optional passphrase."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for sync"))
        self.setMinimumWidth(560)
        today = dt.date.today()
        form = QFormLayout()
        path_row = self._build_path(ctx, today)
        file_label = QLabel(self.tr("&File:"))  # a label with a buddy: Alt+F goes to the path
        file_label.setBuddy(self.path)
        form.addRow(file_label, path_row)
        form.addRow("", self._build_since(today))
        self._build_passphrase(form)
        self.buttons, self.export_button = action_buttons(self, self.tr("E&xport"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (
            self.encrypt.toggled,
            self.passphrase.textChanged,
            self.repeat.textChanged,
            self.path.textChanged,
        ):
            signal.connect(self._validate)
        self._validate()

    def _build_path(self, ctx: UiContext, today: dt.date) -> QHBoxLayout:
        default = Path.home() / f"{ctx.store.name}-{today.isoformat()}{SYNC_SUFFIX}"
        self.path = QLineEdit(str(default))
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        return row

    def _build_since(self, today: dt.date) -> QHBoxLayout:
        self.only_since = QCheckBox(self.tr("Only &changes since"))
        self.since = date_edit(QDate(today.year, today.month, today.day).addDays(-14), "since")
        self.since.setEnabled(False)
        self.only_since.toggled.connect(self.since.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.only_since)
        row.addWidget(self.since)
        row.addStretch(1)
        return row

    def _build_passphrase(self, form: QFormLayout) -> None:
        self.encrypt = QCheckBox(
            self.tr("&Encrypt with a passphrase (recommended: the file holds personal data)")
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeat")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setObjectName("error")
        form.addRow("", self.encrypt)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.error)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for sync"),
            self.path.text(),
            self.tr("Sync files (*%1)").replace("%1", SYNC_SUFFIX),
        )
        if path:
            self.path.setText(path if path.endswith(SYNC_SUFFIX) else path + SYNC_SUFFIX)

    def _validate(self, *_args) -> None:
        encrypt = self.encrypt.isChecked()
        self.passphrase.setEnabled(encrypt)
        self.repeat.setEnabled(encrypt)
        problem = ""
        if not self.path.text().strip():
            problem = self.tr("Choose where to write the file.")
        elif encrypt and not self.passphrase.text():
            problem = self.tr("Type a passphrase, or untick encryption.")
        elif encrypt and self.passphrase.text() != self.repeat.text():
            problem = self.tr("The two passphrases differ.")
        self.error.setText(problem)
        self.export_button.setEnabled(not problem)

    def values(self) -> tuple[Path, dt.date | None, str | None]:
        since = self.since.date().toPython() if self.only_since.isChecked() else None
        passphrase = self.passphrase.text() if self.encrypt.isChecked() else None
        return Path(self.path.text()).expanduser(), since, passphrase


def export_for_sync(parent: QWidget, ctx: UiContext, *, ask=True, values=None) -> BackgroundTask | None:
    """File → Export for sync…"""
    if values is None:
        dialog = ExportDialog(ctx, parent)
        if not dialog.exec():
            return None
        values = dialog.values()
    path, since, passphrase = values
    store = ctx.store

    def job(progress) -> Op[sync.ExportSummary]:
        summary = sync.export_file(store, path, since=since, passphrase=passphrase, progress=progress)
        return Op(NOTHING, summary)  # the store is only read

    def done(op: Op[sync.ExportSummary]) -> None:
        summary = op.value
        text = translate_n("Sync", "%Ln record(s) written to %1.", summary.records).replace(
            "%1", str(summary.path)
        )
        if summary.deleted:
            text += " " + translate_n("Sync", "This includes %Ln deletion(s).", summary.deleted)
        show_status(parent, text)
        if ask:
            QMessageBox.information(parent, translate("Sync", "Exported"), text)

    return ctx.ops.run_in_background(
        parent, translate("Sync", "Exporting"), translate("Sync", "Writing the sync file…"), job, done,
        on_cancelled=say_cancelled(parent),
    )  # fmt: skip
