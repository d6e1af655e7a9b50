"""The conflict log over thousands of conflicts: counted in SQL, paged, restoring still works."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reciprocity_desktop import sync
from reciprocity_desktop.services import prospects
from reciprocity_desktop.sync import conflicts as log
from reciprocity_desktop.ui.sync.conflicts import ConflictLogDialog

sys.path.insert(0, str(Path(__file__).parents[2] / "services" / "insights"))

import bulk  # noqa: E402

pytestmark = pytest.mark.gui

COUNT = 3000


@pytest.fixture
def pages(monkeypatch):
    read = []
    real = log.conflict_page

    def recording(*args, **kwargs):
        entries = real(*args, **kwargs)
        read.append((kwargs.get("offset", 0), len(entries)))
        return entries

    monkeypatch.setattr(log, "conflict_page", recording)
    return read


@pytest.fixture
def dialog(qtbot, ctx, store, pages):
    bulk.conflicts(store, COUNT)
    widget = ConflictLogDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return widget


def test_the_count_reads_no_entry(store, pages):
    bulk.conflicts(store, COUNT)
    assert log.count_conflicts(store) == COUNT and pages == []
    assert len(log.conflict_page(store, offset=COUNT - 10, limit=50)) == 10


def test_showing_fetches_at_most_two_pages(dialog, pages):
    assert dialog.model.rowCount() == COUNT
    assert 1 <= len(pages) <= 2 and sum(rows for _offset, rows in pages) <= 400
    assert dialog.model.index(0, 2).data() == "Kunde 00000"  # newest first


def test_a_header_sorts_in_sql_and_restoring_works(qtbot, dialog, store, pages, no_message_boxes):
    dialog.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert dialog.model.index(0, 2).data() == f"Kunde {COUNT - 1:05d}"  # the oldest first
    dialog.table.selectRow(0)
    assert "Linz" in dialog.detail.toPlainText()
    record_id = dialog.selected().record_id
    dialog.restore_button.click()
    assert no_message_boxes == []
    assert prospects.get_prospect(store, record_id).city == "Linz"
    assert dialog.model.rowCount() == COUNT - 1
    assert log.count_conflicts(store, include_restored=True) == COUNT
    assert len(sync.list_conflicts(store)) == COUNT - 1
