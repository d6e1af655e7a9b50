"""The steps of a CSV import in the window: pick the file, check it, confirm, import.

The check (:func:`csv_io.preview_csv`) and the import both run off the GUI thread behind a progress
dialog with Cancel; the import takes the checked file as it was parsed and its row count, so the
file's rows are read twice in all (once each), never a third time to count them. Bad lines are
skipped when the user confirms a file that has some: the dialog lists them first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from reciprocity_desktop.services import csv_io
from reciprocity_desktop.services.changes import Op
from reciprocity_desktop.services.errors import Cancelled
from reciprocity_desktop.services.ops import store as store_ops
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.csv_import.dialog import CsvImportDialog
from reciprocity_desktop.ui.tasks import BackgroundTask, run_in_background


class CsvImporter(QObject):
    """One CSV import from the window: :meth:`start` it; ``on_imported`` runs once the rows are in."""

    def __init__(
        self, parent: QWidget, ctx: UiContext, on_imported: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.ctx = ctx
        self.on_imported = on_imported
        self.path: Path | None = None
        self.preview: csv_io.CsvPreview | None = None
        self.task: BackgroundTask | None = None

    def start(self, path: Path | None = None) -> BackgroundTask | None:
        """Check ``path`` (asked for when None) in the background; the confirmation follows."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import prospects from CSV"), "",
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )  # fmt: skip
            if not name:
                return None
            path = Path(name)
        self.path = path
        store = self.ctx.store
        self.task = run_in_background(
            self.window, self.tr("Checking"), self.tr("Checking %1…").replace("%1", path.name),
            lambda progress: csv_io.preview_csv(store, path, progress),
            self._checked, self._check_failed,
        )  # fmt: skip
        return self.task

    def confirm(self, preview: csv_io.CsvPreview) -> bool:
        """Ask with the preview dialog; True when the user chose Import."""
        assert self.path is not None
        dialog = CsvImportDialog(preview, self.path.name, self.window)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _check_failed(self, exc: BaseException, details: str) -> None:
        assert self.path is not None
        self.ctx.ops.failed(
            self.window, exc, details, title=self.tr("Cannot import %1").replace("%1", self.path.name),
            on_cancelled=self._cancelled,
        )  # fmt: skip

    def _cancelled(self, _exc: Cancelled) -> None:
        self.ctx.status(self.tr("Import cancelled; nothing was changed."))

    def _checked(self, preview: csv_io.CsvPreview) -> None:
        self.preview = preview
        if not self.confirm(preview):
            return
        assert self.path is not None
        store, path, report = self.ctx.store, self.path, preview.report
        skip_bad = bool(report.failed)  # the dialog listed them: confirming imports the others
        self.task = self.ctx.ops.run_in_background(
            self.window, self.tr("Importing"), self.tr("Importing %1…").replace("%1", path.name),
            lambda progress: store_ops.import_csv(
                store, preview.parsed, skip_bad=skip_bad, progress=progress, total=report.rows
            ),
            self._imported, on_cancelled=self._cancelled,
        )  # fmt: skip

    def _imported(self, op: Op[csv_io.ImportReport]) -> None:
        assert self.path is not None
        self.ctx.status(
            self.tr("Imported %Ln prospect(s) from %1.", "", op.value.created).replace("%1", self.path.name)
        )
        if self.on_imported is not None:
            self.on_imported()
