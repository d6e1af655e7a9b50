"""What the sync dialogs share: the file suffix, the names of record kinds, tables, buttons, status notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from reciprocity_desktop.services.changes import Changes, Op
from reciprocity_desktop.services.errors import Cancelled
from reciprocity_desktop.ui.labels import QT_TRANSLATE_NOOP, message_text, translate

SYNC_SUFFIX = ".rcsync"

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_TABLE_LABELS = {
    "prospects": QT_TRANSLATE_NOOP("Sync", "Prospects"),
    "contacts": QT_TRANSLATE_NOOP("Sync", "Contacts"),
    "stock_items": QT_TRANSLATE_NOOP("Sync", "Gift stock"),
    "visits": QT_TRANSLATE_NOOP("Sync", "Visits"),
    "gifts": QT_TRANSLATE_NOOP("Sync", "Gifts"),
    "followups": QT_TRANSLATE_NOOP("Sync", "Follow-ups"),
    "outcomes": QT_TRANSLATE_NOOP("Sync", "Outcomes"),
    "stock_movements": QT_TRANSLATE_NOOP("Sync", "Stock movements"),
}


def table_label(table: str) -> str:
    return translate("Sync", _TABLE_LABELS.get(table, table))


def sync_table(model, stretch: int) -> QTableView:
    """A read-only table whose columns fit their contents, ``stretch`` taking the rest."""
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


def show_status(parent: QWidget, text: str) -> None:
    """A note in the window's status bar, long enough to read a count of records."""
    status = getattr(parent, "statusBar", None)
    if status is not None:
        status().showMessage(text, 15000)


def say_cancelled(parent: QWidget):
    """For ``OpRunner``: a cancelled sync job says so in its own words (the export's or the import's)."""

    def note(exc: Cancelled) -> None:
        show_status(parent, message_text(exc.message))

    return note


def changed_everything(value: object) -> Op[object]:
    """A sync job's result as an operation: it may change any record, and cannot be undone."""
    return Op(Changes.everything(), value)
