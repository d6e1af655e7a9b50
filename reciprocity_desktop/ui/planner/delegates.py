"""Editing a stop in place: the planned time (HH:MM), the visit's length and the gift to bring."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from reciprocity_desktop.services import settings
from reciprocity_desktop.store.models import StockItem
from reciprocity_desktop.ui.widgets.visit_table import TwoLineDelegate

_TIME_PATTERN = r"^$|^([01]?\d|2[0-3]):[0-5]\d$"


class TimeDelegate(TwoLineDelegate):
    """Shows the time over the km of the leg to the stop; edits it as HH:MM (a fixed appointment;
    empty: the route gives the stop its time). An unfinished entry is dropped, not saved."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("time_editor")
        editor.setPlaceholderText(self.tr("HH:MM"))
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(_TIME_PATTERN), editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if editor.hasAcceptableInput():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class GiftDelegate(QStyledItemDelegate):
    """Chooses the gift to bring from the stock, showing how many of each are on hand."""

    def __init__(self, stock: Callable[[], list[StockItem]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stock = stock

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("gift_editor")
        combo.addItem(self.tr("(no gift from stock)"), "")
        for item in self._stock():
            combo.addItem(
                self.tr("%1 (%2 in stock)").replace("%1", item.name).replace("%2", str(item.quantity)),
                item.id,
            )
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    """Edits how long a visit takes, in minutes (the range of the ``visit_minutes`` setting)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setObjectName("minutes_editor")
        low, high = settings.bounds("visit_minutes")
        editor.setRange(low, high)
        editor.setSingleStep(5)
        editor.setSuffix(self.tr(" min"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if value is not None else editor.minimum())
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
