"""Pieces every view shares: translated labels, messages, a column-spec table model, events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from reciprocity_desktop.paths import resource
from reciprocity_desktop.services.errors import DomainError, Message, capitalise
from reciprocity_desktop.store import Store
from reciprocity_desktop.textutil import fold

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Display names of the domain's values (stored in English snake_case), marked for lupdate.
_VALUE_LABELS = {
    "suspect": QT_TRANSLATE_NOOP("Domain", "Suspect"),
    "prospect": QT_TRANSLATE_NOOP("Domain", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("Domain", "Customer"),
    "lost": QT_TRANSLATE_NOOP("Domain", "Lost"),
    "sample": QT_TRANSLATE_NOOP("Domain", "Sample"),
    "trial": QT_TRANSLATE_NOOP("Domain", "Free trial"),
    "content": QT_TRANSLATE_NOOP("Domain", "Content (e-book, article)"),
    "analysis": QT_TRANSLATE_NOOP("Domain", "Tailored analysis"),
    "event": QT_TRANSLATE_NOOP("Domain", "Event invitation"),
    "personal": QT_TRANSLATE_NOOP("Domain", "Personal present"),
    "other": QT_TRANSLATE_NOOP("Domain", "Other"),
    "liked": QT_TRANSLATE_NOOP("Domain", "Liked"),
    "neutral": QT_TRANSLATE_NOOP("Domain", "Neutral"),
    "not_liked": QT_TRANSLATE_NOOP("Domain", "Not liked"),
    "declined": QT_TRANSLATE_NOOP("Domain", "Declined"),
    "ask_feedback": QT_TRANSLATE_NOOP("Domain", "Ask for feedback"),
    "call": QT_TRANSLATE_NOOP("Domain", "Call"),
    "send_info": QT_TRANSLATE_NOOP("Domain", "Send information"),
    "visit": QT_TRANSLATE_NOOP("Domain", "Visit"),
    "ask_order": QT_TRANSLATE_NOOP("Domain", "Ask for an order"),
    "conversation": QT_TRANSLATE_NOOP("Domain", "Conversation"),
    "referral": QT_TRANSLATE_NOOP("Domain", "Referral"),
    "meeting": QT_TRANSLATE_NOOP("Domain", "Meeting with the decision maker"),
    "order": QT_TRANSLATE_NOOP("Domain", "Order"),
    "planned": QT_TRANSLATE_NOOP("Domain", "Planned"),
    "done": QT_TRANSLATE_NOOP("Domain", "Done"),
    "nobody_there": QT_TRANSLATE_NOOP("Domain", "Nobody there"),
    "cancelled": QT_TRANSLATE_NOOP("Domain", "Cancelled"),
    "overdue": QT_TRANSLATE_NOOP("Domain", "Overdue"),
    "due_today": QT_TRANSLATE_NOOP("Domain", "Due today"),
    "upcoming": QT_TRANSLATE_NOOP("Domain", "Upcoming"),
}


def value_label(value: str | None) -> str:
    """The translated display name of a stored value such as ``"ask_feedback"``."""
    if not value:
        return ""
    return translate("Domain", _VALUE_LABELS.get(value, value))


def message_text(message: Message) -> str:
    """A service message (error or warning) in the user's language."""
    params = dict(message.params)
    if "field" in params and isinstance(params["field"], str):
        params["field"] = translate("Fields", params["field"])
    return capitalise(translate("services", message.template).format(**params))


def show_error(parent: QWidget | None, error: DomainError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or translate("Common", "Cannot do that"), message_text(error.message))


def ui_locale() -> str:
    """The Babel locale of the user interface (e.g. ``de_DE``); English for the "C" locale."""
    name = QLocale().name()
    return "en_GB" if name in {"C", ""} else name


def fmt_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    try:
        return format_date(value, format="medium", locale=ui_locale())
    except Exception:  # an unknown locale falls back to ISO
        return value.isoformat()


def fmt_money(cents: int | None, currency: str = "EUR") -> str:
    if cents is None:
        return ""
    try:
        return format_currency(cents / 100, currency, locale=ui_locale())
    except Exception:
        return f"{cents / 100:.2f} {currency}"


def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


WARNING_BG = QColor("#fff3cd")
DANGER_BG = QColor("#f8d7da")
MUTED_FG = QColor("#6c757d")


class StoreEvents(QObject):
    """Tells every view that data changed, so each refreshes what it shows.

    ``changed`` carries the names of what changed: "prospects", "contacts", "gifts", "stock",
    "followups", "outcomes", "visits" (or "all").
    """

    changed = Signal(object)

    def emit(self, *what: str) -> None:
        self.changed.emit(set(what) or {"all"})


def touches(what: set[str], *names: str) -> bool:
    return "all" in what or bool(what.intersection(names))


@dataclass
class Column:
    """One column of a :class:`RecordTableModel`."""

    header: str  # already translated
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    background: Callable[[Any], QColor | None] | None = None
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str] | None = None
    checkable: Callable[[Any], bool | None] | None = None


class RecordTableModel(QAbstractTableModel):
    """A read-only table over a list of records described by :class:`Column` specs.

    ``OBJECT_ROLE`` gives the record, ``ID_ROLE`` its id, ``SORT_ROLE`` a sort key (so
    dates and amounts sort as values, not text).
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        for row, record in enumerate(self._rows):
            if getattr(record, "id", None) == record_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == OBJECT_ROLE:
            return record
        if role == ID_ROLE:
            return getattr(record, "id", None)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.display(record).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            checked = column.checkable(record)
            if checked is None:
                return None
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None


class SortFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; filters case-insensitively on every column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return (a is None, a) < (b is None, b)
        except TypeError:
            return str(a) < str(b)


class ServiceCommand(QUndoCommand):
    """An undoable user action: ``do``/``undo`` call services, then the views are told.

    The action itself runs in :meth:`UiContext.execute` *before* the command goes on the
    stack (so a failing action raises there and never lands on the stack); Qt's first
    ``redo`` call on push is skipped. Errors during a later undo/redo are shown, not lost.
    """

    def __init__(
        self,
        text: str,
        events: StoreEvents,
        what: Sequence[str],
        do: Callable[[], Any],
        undo: Callable[[], Any],
    ) -> None:
        super().__init__(text)
        self._events = events
        self._what = tuple(what)
        self._do = do
        self._undo = undo
        self._done_once = False

    def first_run(self) -> None:
        self._do()
        self._done_once = True
        self._events.emit(*self._what)

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False  # Qt calls redo() on push: the action already ran
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except DomainError as error:  # e.g. the record changed meanwhile; C++ would swallow it
            show_error(None, error, translate("Common", "Cannot undo"))
        self._events.emit(*self._what)


@dataclass
class UiContext:
    """What every view needs: the store, the change events, the undo stack."""

    store: Store
    events: StoreEvents
    undo_stack: QUndoStack

    def execute(self, command: ServiceCommand) -> None:
        """Run an undoable action and put it on the undo stack; a DomainError propagates."""
        command.first_run()
        self.undo_stack.push(command)

    def push(self, command: ServiceCommand, parent: QWidget | None = None) -> bool:
        """Run an undoable action; a DomainError becomes a message box. True when it was done."""
        try:
            self.execute(command)
        except DomainError as error:
            show_error(parent, error)
            return False
        return True

    def run(self, parent: QWidget | None, action: Callable[[], Any], *what: str) -> Any:
        """Run a (not undoable) service call; a DomainError becomes a message box and returns None."""
        try:
            result = action()
        except DomainError as error:
            show_error(parent, error)
            return None
        self.events.emit(*what)
        return result


class SortedRecordModel(RecordTableModel):
    """A :class:`RecordTableModel` that sorts its own rows (one Python sort, not a Python call per comparison).

    Used under a :class:`FoldedSearchProxy`, which hands sorting down to it: thousands of rows
    then sort in milliseconds.
    """

    def __init__(self, columns, parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def _sorted(self, rows: list[Any]) -> list[Any]:
        if not 0 <= self.sort_column < len(self._columns):
            return rows
        column = self._columns[self.sort_column]

        def key(record: Any) -> tuple[bool, Any]:
            value = column.sort_key(record) if column.sort_key else fold(column.display(record))
            return (value is None, value)

        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(rows, key=key, reverse=reverse)
        except TypeError:  # mixed types in one column: compare as text
            return sorted(rows, key=lambda r: str(key(r)), reverse=reverse)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(before)
        moved = {id(record): row for row, record in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(moved[id(before[index.row()])], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class FoldedSearchProxy(SortFilterProxy):
    """Search that ignores case and accents ("muller" finds "Müller"); sorting is done by the source model.

    Subclasses add their own condition in :meth:`accepts_record` and may say what is searched
    in :meth:`search_text` (default: the text of every column).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._texts: dict[int, str] = {}

    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt API
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._texts.clear)
        model.layoutChanged.connect(self._texts.clear)
        model.dataChanged.connect(self._texts.clear)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, SortedRecordModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802 - Qt API
        source = self.sourceModel()
        return source.sort_column if isinstance(source, SortedRecordModel) else super().sortColumn()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text)
        self.endFilterChange()

    def accepts_record(self, record: Any) -> bool:
        return True

    def search_text(self, source_row: int) -> str:
        model = self.sourceModel()
        return " ".join(
            str(model.index(source_row, column).data() or "") for column in range(model.columnCount())
        )

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if not self.accepts_record(self.sourceModel().record(source_row)):
            return False
        if not self._needle:
            return True
        text = self._texts.get(source_row)
        if text is None:
            text = self._texts[source_row] = fold(self.search_text(source_row))
        return self._needle in text


class RecordViewActions:
    """For views over a UiContext (``self.ctx``): undoable commands and one dialog at a time."""

    ctx: UiContext
    _dialog: QDialog | None = None

    def _command(
        self, text: str, what: Sequence[str], do: Callable[[], Any], undo: Callable[[], Any]
    ) -> ServiceCommand:
        return ServiceCommand(text, self.ctx.events, what, do, undo)

    def _open_dialog(self, dialog: QDialog) -> bool:
        """Run one of this view's dialogs (never two at once, e.g. from a repeated shortcut)."""
        if self._dialog is not None:
            dialog.deleteLater()
            return False
        self._dialog = dialog
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._dialog = None
            dialog.deleteLater()
