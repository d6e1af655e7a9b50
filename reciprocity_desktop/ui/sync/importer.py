"""File → Import sync file…: pick the file, (passphrase), preview what will change, confirm, import.

Both the preview and the import run off the GUI thread with a progress dialog that can cancel.
After an import the rep is told when a colleague already gave a gift to a prospect the rep plans
to visit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop import sync
from reciprocity_desktop.services.changes import Op
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import fmt_date, fmt_datetime, translate
from reciprocity_desktop.ui.sync.shared import (
    RIGHT,
    SYNC_SUFFIX,
    changed_everything,
    say_cancelled,
    show_status,
    sync_table,
    table_label,
)
from reciprocity_desktop.ui.tasks import BackgroundTask, run_in_background
from reciprocity_desktop.ui.widgets.dialog_parts import action_buttons
from reciprocity_desktop.ui.widgets.forms import WARNING_STYLE
from reciprocity_desktop.ui.widgets.tables import Column, RecordTableModel


def _totals(template: str, summary: sync.ImportSummary) -> str:
    """The translated "New: %1 · updated: %2 …" filled with the summary's counts."""
    return (
        template.replace("%1", str(summary.new))
        .replace("%2", str(summary.updated))
        .replace("%3", str(summary.deleted))
        .replace("%4", str(summary.unchanged))
        .replace("%5", str(summary.conflicts))
    )


class ImportPreviewDialog(QDialog):
    """What importing the file will change, per kind of record, before anything is written."""

    def __init__(self, summary: sync.ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import %1").replace("%1", Path(summary.file).name))
        self.setMinimumSize(640, 420)
        intro = QLabel(
            self.tr("From the store “%1”, written %2 by Reciprocity Desktop %3%4.")
            .replace("%1", summary.source_store_name)
            .replace("%2", fmt_date(summary.file_created_at.date()))
            .replace("%3", summary.app_version)
            .replace("%4", self.tr(", encrypted") if summary.encrypted else "")
        )
        intro.setWordWrap(True)
        self.totals = QLabel(
            _totals(self.tr("New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5"), summary)
        )
        self.totals.setObjectName("totals")
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        table = self._build_table(summary)
        self._build_notes(summary)
        nothing = summary.new + summary.updated + summary.deleted == 0
        self.buttons, self.import_button = action_buttons(
            self, self.tr("Nothing to import") if nothing else self.tr("&Import")
        )
        self.import_button.setEnabled(not nothing)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.totals)
        layout.addWidget(table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    def _build_table(self, summary: sync.ImportSummary):
        self.model = RecordTableModel(
            [
                Column(self.tr("Records"), lambda r: table_label(r[0])),
                Column(self.tr("New"), lambda r: str(r[1].new), align=RIGHT),
                Column(self.tr("Updated"), lambda r: str(r[1].updated), align=RIGHT),
                Column(self.tr("Deleted"), lambda r: str(r[1].deleted), align=RIGHT),
                Column(self.tr("Unchanged"), lambda r: str(r[1].unchanged), align=RIGHT),
                Column(self.tr("Conflicts"), lambda r: str(r[1].conflicts), align=RIGHT),
                Column(self.tr("Held back"), lambda r: str(r[1].held_back), align=RIGHT),
            ],
            self,
        )
        self.model.set_rows(list(summary.tables.items()))
        return sync_table(self.model, 0)

    def _build_notes(self, summary: sync.ImportSummary) -> None:
        notes = []
        if summary.conflicts:
            notes.append(
                self.tr("%Ln record(s) were changed here and in the other store since you last exchanged files. "
                        "The later change wins; the other version is kept in the conflict log, where you can "
                        "restore it.", "", summary.conflicts)
            )  # fmt: skip
        if summary.flagged:
            notes.append(
                self.tr(
                    "%Ln record(s) carry a time in the future (a laptop with a wrong clock?) and are held back:",
                    "",
                    len(summary.flagged),
                )
            )
            notes += [
                f"  • {table_label(f.table)}: {f.label} ({f.store_name}, {fmt_datetime(f.changed_at)})"
                for f in summary.flagged[:10]
            ]
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.notes.setVisible(bool(notes))


class SyncImporter:
    """File → Import sync file…: pick, (passphrase), preview in the background, confirm, import in the background."""

    def __init__(self, parent: QWidget, ctx: UiContext) -> None:
        self.parent = parent
        self.ctx = ctx
        self.task: BackgroundTask | None = None
        self.summary: sync.ImportSummary | None = None
        self.colleague_gifts: list[sync.ColleagueGift] = []

    def start(self, path: Path | None = None, passphrase: str | None = None) -> BackgroundTask | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent, translate("Sync", "Import sync file"), str(Path.home()),
                translate("Sync", "Sync files (*%1);;All files (*)").replace("%1", SYNC_SUFFIX),
            )  # fmt: skip
            if not name:
                return None
            path = Path(name)
        self.path, self.passphrase = path, passphrase
        store = self.ctx.store
        self.task = run_in_background(
            self.parent, translate("Sync", "Checking"), translate("Sync", "Checking %1…").replace("%1", path.name),
            lambda progress: sync.preview_import(store, path, passphrase, progress),
            self._previewed, self._preview_failed,
        )  # fmt: skip
        return self.task

    def _preview_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, sync.PassphraseError):
            if self.passphrase is not None:
                self.ctx.ops.failed(self.parent, exc, details, title=translate("Sync", "Cannot import"))
            passphrase, ok = QInputDialog.getText(
                self.parent, translate("Sync", "Passphrase"),
                translate("Sync", "%1 is encrypted. Passphrase:").replace("%1", self.path.name),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if ok and passphrase:
                self.start(self.path, passphrase)
            return
        self.ctx.ops.failed(
            self.parent, exc, details,
            title=translate("Sync", "Cannot import %1").replace("%1", self.path.name),
            on_cancelled=say_cancelled(self.parent),
        )  # fmt: skip

    def confirm(self, summary: sync.ImportSummary) -> bool:
        return bool(ImportPreviewDialog(summary, self.parent).exec())

    def _previewed(self, preview: sync.ImportSummary) -> None:
        if not self.confirm(preview):
            return
        store, path, passphrase = self.ctx.store, self.path, self.passphrase
        self.task = self.ctx.ops.run_in_background(
            self.parent, translate("Sync", "Importing"), translate("Sync", "Importing %1…").replace("%1", path.name),
            lambda progress: changed_everything(sync.import_file(store, path, passphrase, progress)),
            self._imported, on_cancelled=say_cancelled(self.parent),
        )  # fmt: skip

    def _imported(self, op: Op[sync.ImportSummary]) -> None:
        summary = op.value
        self.summary = summary
        totals = translate("Sync", "New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5")
        show_status(self.parent, _totals(totals, summary))
        self.colleague_gifts = sync.colleague_gifts_for_planned_visits(self.ctx.store, summary)
        if self.colleague_gifts:
            visit_on = translate("Sync", "visit on %1")
            lines = [
                translate("Sync", "A colleague already gave a gift to prospects you plan to visit:"),
                "",
                *(
                    f"• {g.prospect_name} ({visit_on.replace('%1', fmt_date(g.visit_date))}): "
                    f"{g.description} — {g.given_by}, {fmt_date(g.gift_date)}"
                    for g in self.colleague_gifts
                ),
                "",
                translate("Sync", "Consider asking how it was received instead of bringing another gift."),
            ]
            QMessageBox.information(self.parent, translate("Sync", "Gifts from colleagues"), "\n".join(lines))
