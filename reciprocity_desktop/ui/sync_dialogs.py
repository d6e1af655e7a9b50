"""Sync by file in the window: export, import with a preview of what will change, and the conflict log.

All file work runs off the GUI thread with a progress dialog that can cancel; the import is
shown (new / updated / deleted / unchanged / conflicts, per kind of record) before it is
applied. After an import the rep is told when a colleague already gave a gift to a prospect
the rep plans to visit.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop import sync
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import fmt_date, message_text, translate
from reciprocity_desktop.ui.messages import show_error
from reciprocity_desktop.ui.tasks import run_in_background
from reciprocity_desktop.ui.widgets.forms import ERROR_STYLE, WARNING_STYLE
from reciprocity_desktop.ui.widgets.tables import Column, RecordTableModel, SortFilterProxy

SYNC_SUFFIX = ".rcsync"

_TABLE_LABELS = {
    "prospects": "Prospects",
    "contacts": "Contacts",
    "stock_items": "Gift stock",
    "visits": "Visits",
    "gifts": "Gifts",
    "followups": "Follow-ups",
    "outcomes": "Outcomes",
}


def table_label(table: str) -> str:
    return translate("Sync", _TABLE_LABELS.get(table, table))


def _table(model, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


# -- export -------------------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Where to write the sync file, what to include, and an optional passphrase."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for sync"))
        self.setMinimumWidth(560)
        today = dt.date.today()
        default = Path.home() / f"{ctx.store.name}-{today.isoformat()}{SYNC_SUFFIX}"
        self.path = QLineEdit(str(default))
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.only_since = QCheckBox(self.tr("Only &changes since"))
        self.since = QDateEdit(QDate(today.year, today.month, today.day).addDays(-14))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setEnabled(False)
        self.only_since.toggled.connect(self.since.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.only_since)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
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
        form = QFormLayout()
        form.addRow(self.tr("&File:"), path_row)
        form.addRow("", since_row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
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


def export_for_sync(parent: QWidget, ctx: UiContext, *, ask=True, values=None):
    """File → Export for sync…"""
    if values is None:
        dialog = ExportDialog(ctx, parent)
        if not dialog.exec():
            return None
        values = dialog.values()
    path, since, passphrase = values
    store = ctx.store

    def job(progress):
        return sync.export_file(store, path, since=since, passphrase=passphrase, progress=progress)

    def done(summary) -> None:
        text = translate("Sync", "%1 record(s) written to %2 (%3 deletion(s) included).")
        text = (
            text.replace("%1", str(summary.records))
            .replace("%2", str(summary.path))
            .replace("%3", str(summary.deleted))
        )
        _status(parent, text)
        if ask:
            QMessageBox.information(parent, translate("Sync", "Exported"), text)

    return run_in_background(
        parent, translate("Sync", "Exporting"), translate("Sync", "Writing the sync file…"), job, done,
        lambda exc, details: _failed(parent, exc, details),
    )  # fmt: skip


# -- import -------------------------------------------------------------------------------------------


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
            self.tr("New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5")
            .replace("%1", str(summary.new))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.deleted))
            .replace("%4", str(summary.unchanged))
            .replace("%5", str(summary.conflicts))
        )
        self.totals.setObjectName("totals")
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        rows = [(table, counts) for table, counts in summary.tables.items()]
        self.model = RecordTableModel(
            [
                Column(self.tr("Records"), lambda r: table_label(r[0])),
                Column(self.tr("New"), lambda r: str(r[1].new), align=_RIGHT),
                Column(self.tr("Updated"), lambda r: str(r[1].updated), align=_RIGHT),
                Column(self.tr("Deleted"), lambda r: str(r[1].deleted), align=_RIGHT),
                Column(self.tr("Unchanged"), lambda r: str(r[1].unchanged), align=_RIGHT),
                Column(self.tr("Conflicts"), lambda r: str(r[1].conflicts), align=_RIGHT),
                Column(self.tr("Held back"), lambda r: str(r[1].held_back), align=_RIGHT),
            ],
            self,
        )
        self.model.set_rows(rows)
        table = _table(self.model, 0)
        notes = []
        if summary.conflicts:
            notes.append(
                self.tr("%1 record(s) were changed here and in the other store since you last exchanged files. "
                        "The later change wins; the other version is kept in the conflict log, where you can "
                        "restore it.").replace("%1", str(summary.conflicts))
            )  # fmt: skip
        if summary.flagged:
            notes.append(
                self.tr(
                    "%1 record(s) carry a time in the future (a laptop with a wrong clock?) and are held back:"
                ).replace("%1", str(len(summary.flagged)))
            )
            notes += [
                f"  • {table_label(f.table)}: {f.label} ({f.store_name}, {f.changed_at:%Y-%m-%d %H:%M})"
                for f in summary.flagged[:10]
            ]
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.notes.setVisible(bool(notes))
        nothing = summary.new + summary.updated + summary.deleted == 0
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Nothing to import") if nothing else self.tr("&Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(not nothing)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.totals)
        layout.addWidget(table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)


class SyncImporter:
    """File → Import sync file…: pick, (passphrase), preview in the background, confirm, import in the background."""

    def __init__(self, parent: QWidget, ctx: UiContext) -> None:
        self.parent = parent
        self.ctx = ctx
        self.task = None
        self.summary: sync.ImportSummary | None = None
        self.colleague_gifts: list[sync.ColleagueGift] = []

    def start(self, path: Path | None = None, passphrase: str | None = None):
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
                show_error(self.parent, exc, translate("Sync", "Cannot import"))
            passphrase, ok = QInputDialog.getText(
                self.parent, translate("Sync", "Passphrase"),
                translate("Sync", "%1 is encrypted. Passphrase:").replace("%1", self.path.name),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if ok and passphrase:
                self.start(self.path, passphrase)
            return
        _failed(
            self.parent, exc, details, translate("Sync", "Cannot import %1").replace("%1", self.path.name)
        )

    def confirm(self, summary: sync.ImportSummary) -> bool:
        return bool(ImportPreviewDialog(summary, self.parent).exec())

    def _previewed(self, preview: sync.ImportSummary) -> None:
        if not self.confirm(preview):
            return
        store, path, passphrase = self.ctx.store, self.path, self.passphrase
        self.task = run_in_background(
            self.parent, translate("Sync", "Importing"), translate("Sync", "Importing %1…").replace("%1", path.name),
            lambda progress: sync.import_file(store, path, passphrase, progress),
            self._imported, lambda exc, details: _failed(self.parent, exc, details),
        )  # fmt: skip

    def _imported(self, summary: sync.ImportSummary) -> None:
        self.summary = summary
        self.ctx.events.emit("all")
        text = (
            translate("Sync", "New: %1 · updated: %2 · deleted: %3 · unchanged: %4 · conflicts: %5")
            .replace("%1", str(summary.new))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.deleted))
            .replace("%4", str(summary.unchanged))
            .replace("%5", str(summary.conflicts))
        )
        _status(self.parent, text)
        self.colleague_gifts = sync.colleague_gifts_for_planned_visits(self.ctx.store, summary)
        if self.colleague_gifts:
            lines = [
                translate("Sync", "A colleague already gave a gift to prospects you plan to visit:"),
                "",
                *(
                    f"• {g.prospect_name} ({translate('Sync', 'visit on %1').replace('%1', fmt_date(g.visit_date))}): "
                    f"{g.description} — {g.given_by}, {fmt_date(g.gift_date)}"
                    for g in self.colleague_gifts
                ),
                "",
                translate("Sync", "Consider asking how it was received instead of bringing another gift."),
            ]
            QMessageBox.information(self.parent, translate("Sync", "Gifts from colleagues"), "\n".join(lines))


# -- conflict log -------------------------------------------------------------------------------------


class ConflictLogDialog(QDialog):
    """Versions that lost a conflict during an import: look at them and restore one if it was the right one."""

    restored = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Conflict log"))
        self.resize(1000, 560)
        self.show_restored = QCheckBox(self.tr("Show &restored ones too"))
        self.show_restored.toggled.connect(self.refresh)
        self.model = RecordTableModel(
            [
                Column(self.tr("Found"), lambda c: f"{c.detected_at:%Y-%m-%d %H:%M}", sort_key=lambda c: c.detected_at),
                Column(self.tr("Record"), lambda c: table_label(c.table)),
                Column(self.tr("Name"), lambda c: c.label),
                Column(self.tr("Lost"), lambda c: self.tr("this store's change") if c.losing_side == "local" else self.tr("the file's change")),
                Column(self.tr("Lost change by"), lambda c: c.lost_by),
                Column(self.tr("Differs in"), lambda c: ", ".join(c.differences)),
                Column(self.tr("Restored"), lambda c: f"{c.restored_at:%Y-%m-%d %H:%M}" if c.restored_at else ""),
            ],
            self,
        )  # fmt: skip
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, 5)
        self.table.setObjectName("conflicts")
        self.table.setSortingEnabled(True)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setObjectName("detail")
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.restore_button = QPushButton(self.tr("R&estore this version"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty = QLabel(
            self.tr("No conflicts: every import so far merged without two changes to the same record.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 170])
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_restored)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self, *_args) -> None:
        rows = sync.list_conflicts(self.ctx.store, include_restored=self.show_restored.isChecked())
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.detail.setVisible(bool(rows))
        self.detail.clear()
        self.restore_button.setEnabled(False)

    def selected(self):
        index = self.table.currentIndex()
        return self.model.record(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def _show_detail(self, *_args) -> None:
        entry = self.selected()
        if entry is None:
            return
        lines = [self.tr("Field: lost version → current version"), ""]
        current = entry.current or {}
        for name in entry.differences or tuple(entry.lost):
            lines.append(f"{name}: {entry.lost.get(name)!r} → {current.get(name)!r}")
        self.detail.setPlainText("\n".join(lines))
        self.restore_button.setEnabled(entry.restored_at is None)

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            sync.restore_conflict(self.ctx.store, entry.id)
        except DomainError as error:
            show_error(self, error)
            return
        self.ctx.events.emit("all")
        self.restored.emit()
        self.refresh()


# -- shared -------------------------------------------------------------------------------------------

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _status(parent: QWidget, text: str) -> None:
    status = getattr(parent, "statusBar", None)
    if status is not None:
        status().showMessage(text, 15000)


def _failed(parent: QWidget, exc: BaseException, details: str, title: str | None = None) -> None:
    if isinstance(exc, sync.ImportCancelled | sync.ExportCancelled):
        _status(parent, message_text(exc.message))
    elif isinstance(exc, DomainError):
        show_error(parent, exc, title)
    else:
        from reciprocity_desktop.ui.messages import show_unexpected_error

        show_unexpected_error(exc, details, parent)
