"""File → Conflict log…: versions that lost a conflict during an import, and restoring one of them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop import sync
from reciprocity_desktop.sync import conflicts as log
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import fmt_datetime
from reciprocity_desktop.ui.sync.shared import changed_everything, sync_table, table_label
from reciprocity_desktop.ui.widgets.lazy_table import LazyRecordModel, LazySource
from reciprocity_desktop.ui.widgets.tables import Column

#: Each column's sort key in :data:`sync.conflicts.SORT_KEYS` (None: it keeps the log's order).
_SORT_KEYS = ("found", "record", None, "lost", None, None, "restored")


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
        self._build_table()
        self._build_layout()
        self.refresh()

    def _build_table(self) -> None:
        self.model = LazyRecordModel(
            [
                Column(self.tr("Found"), lambda c: fmt_datetime(c.detected_at), sort_key=lambda c: c.detected_at),
                Column(self.tr("Record"), lambda c: table_label(c.table)),
                Column(self.tr("Name"), lambda c: c.label),
                Column(self.tr("Lost"), lambda c: self.tr("this store's change") if c.losing_side == "local" else self.tr("the file's change")),
                Column(self.tr("Lost change by"), lambda c: c.lost_by),
                Column(self.tr("Differs in"), lambda c: ", ".join(c.differences)),
                Column(self.tr("Restored"), lambda c: fmt_datetime(c.restored_at)),
            ],
            self._source(),
            _SORT_KEYS,
            self,
        )  # fmt: skip
        self.table = sync_table(self.model, 5)  # paged: sorted and counted in SQL, only the rows shown read
        self.table.horizontalHeader().setResizeContentsPrecision(0)  # fit the rows on screen, not all
        self.table.setObjectName("conflicts")
        self.table.setSortingEnabled(True)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setObjectName("detail")
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    def _build_layout(self) -> None:
        self.restore_button = QPushButton(self.tr("R&estore this version"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
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

    def _source(self) -> LazySource:
        """The log as the store counts, sorts and pages it (restored entries when the box is ticked)."""
        store = self.ctx.store

        def page(key: str, descending: bool, offset: int, limit: int):
            return log.conflict_page(
                store,
                self.show_restored.isChecked(),
                offset=offset,
                limit=limit,
                sort=key or None,
                descending=descending,
            )

        def position(conflict_id, key: str, descending: bool):
            return log.conflict_position(
                store, conflict_id, self.show_restored.isChecked(), sort=key or None, descending=descending
            )

        return LazySource(
            count=lambda: log.count_conflicts(store, self.show_restored.isChecked()), page=page, position=position
        )  # fmt: skip

    def refresh(self, *_args) -> None:
        log.tidy_log(self.ctx.store)
        self.model.reload()
        count = self.model.rowCount()
        self.empty.setText(self._empty_text() if not count else "")
        self.empty.setVisible(not count)
        self.table.setVisible(bool(count))
        self.detail.setVisible(bool(count))
        self.detail.clear()
        self.restore_button.setEnabled(False)

    def _empty_text(self) -> str:
        store = self.ctx.store
        if not log.imports_so_far(store):
            return self.tr("No conflicts: nothing has been imported into this store yet.")
        if not self.show_restored.isChecked() and log.count_conflicts(store, include_restored=True):
            return self.tr("No conflicts left to look at: every one found so far was restored.")
        return self.tr("No conflicts: every import so far merged without two changes to the same record.")

    def selected(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

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
        store, conflict_id = self.ctx.store, entry.id
        self.ctx.ops.run(
            self,
            "",  # not undoable: no text for the undo stack
            lambda: changed_everything(sync.restore_conflict(store, conflict_id)),
            on_success=self._restored,
        )

    def _restored(self, _op) -> None:
        self.restored.emit()
        self.refresh()
