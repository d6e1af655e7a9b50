"""File → Conflict log… and File → Export for sync… opened through the window's real menu actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reciprocity_desktop import sync
from reciprocity_desktop.services import prospects
from reciprocity_desktop.store import open_store
from reciprocity_desktop.ui.main_window import MainWindow
from reciprocity_desktop.ui.sync.conflicts import ConflictLogDialog
from reciprocity_desktop.ui.sync.export import ExportDialog
from reciprocity_desktop.ui.widgets.lazy_table import LazyRecordModel

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store):
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def opened(monkeypatch):
    """The dialogs the menu actions open (their exec() returns at once, as if closed)."""
    shown = []
    for dialog in (ConflictLogDialog, ExportDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: shown.append(self) or 0)
    return shown


def _conflict_log(qtbot, window, opened) -> ConflictLogDialog:
    window.conflicts_action.trigger()
    dialog = opened[-1]
    assert isinstance(dialog, ConflictLogDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_the_empty_log_of_a_store_that_never_imported_says_so(qtbot, window, opened):
    dialog = _conflict_log(qtbot, window, opened)
    assert isinstance(dialog.model, LazyRecordModel)  # the shared lazy model, counted in SQL
    assert dialog.model.rowCount() == 0 and dialog.table.isHidden()
    assert dialog.empty.text() == "No conflicts: nothing has been imported into this store yet."
    assert "every import" not in dialog.empty.text()


def test_after_imports_without_conflicts_the_log_says_they_merged(qtbot, window, opened, store, tmp_path):
    colleague = open_store(tmp_path / "colleague.sqlite3")
    try:
        prospects.add_prospect(colleague, name="Café Central", city="Wien", country="AT")
        sync.export_file(colleague, tmp_path / "theirs.rcsync")
    finally:
        colleague.close()
    summary = sync.import_file(store, tmp_path / "theirs.rcsync")
    assert summary.new == 1 and summary.conflicts == 0
    dialog = _conflict_log(qtbot, window, opened)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.text() == (
        "No conflicts: every import so far merged without two changes to the same record."
    )


def test_the_log_lists_conflicts_lazily_and_sorts_through_its_header(qtbot, window, opened, store):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "insights"))
    import bulk

    bulk.conflicts(store, 450)
    dialog = _conflict_log(qtbot, window, opened)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 450 and dialog.empty.isHidden()
    assert dialog.model.pages_loaded <= 2  # only the pages on screen were read
    newest = dialog.model.index(0, 2).data()
    dialog.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert dialog.model.index(0, 2).data() != newest and dialog.model.index(0, 2).data() == "Kunde 00449"
    record = dialog.model.record(100)
    assert dialog.model.locate(record.id) == 100  # a conflict's row, counted in SQL


def test_export_for_sync_labels_have_no_literal_ampersand(qtbot, window, opened):
    window.export_sync_action.trigger()
    dialog = opened[-1]
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert labels, "the form's mnemonics are on its labels"
    for label in labels:  # an ampersand is a mnemonic only with a buddy; else it shows as "&"
        assert label.buddy() is not None, label.text()
    file_label = next(label for label in labels if label.text() == "&File:")
    assert file_label.buddy() is dialog.path
