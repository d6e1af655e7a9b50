"""A stock item's movements (Gifts page → stock pane → Movements…): its opening, restocks, draws and
corrections, newest first (the date column turns the order), each with the quantity on hand after it.

The list is paged in SQL (:func:`services.stock_movements.movements_page`, counted by
:func:`~reciprocity_desktop.services.stock_movements.count_movements`) through the window's lazy table
model, so an item drawn for ten thousand gifts opens as fast as one drawn for ten.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from reciprocity_desktop.services import stock_movements
from reciprocity_desktop.services.stock_movements import MovementRow
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import StockItem
from reciprocity_desktop.ui.gifts.models import count_text, overdraw_text, signed_count
from reciprocity_desktop.ui.labels import fmt_datetime, value_label
from reciprocity_desktop.ui.widgets.lazy_table import LazyRecordModel, LazySource, LazyTable
from reciprocity_desktop.ui.widgets.style import DANGER_BG
from reciprocity_desktop.ui.widgets.tables import Column

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: Below zero: the on-hand figure in the red of an over-draw.
_OVERDRAWN_FG = QColor("#b02a37")
#: The warning's look: the out-of-stock red behind dark red words.
OVERDRAW_STYLE = (
    f"background: {DANGER_BG.name()}; color: {_OVERDRAWN_FG.name()}; font-weight: bold; border-radius: 3px;"
)
#: The sort key of each column (only the date sorts: newest or oldest first).
_SORT_KEYS = ("at", None, None, None, None, None)


def overdraw_label(name: str) -> QLabel:
    """The over-draw warning's label (hidden until it has something to say)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(OVERDRAW_STYLE)
    label.setMargin(5)  # the label's own room around its lines (its height for a width counts it)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class MovementsDialog(QDialog):
    """What changed the quantity of one stock item, newest first, with the running quantity on hand."""

    COL_DATE, COL_KIND, COL_CHANGE, COL_ON_HAND, COL_RECIPIENT, COL_NOTE = range(6)

    def __init__(self, store: Store, item: StockItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.item = item
        self.setWindowTitle(self.tr("Stock movements"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.warning = overdraw_label("overdraw_warning")
        layout.addWidget(self.warning)
        self._build_table()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No stock movements yet."))
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _build_table(self) -> None:
        self.model = LazyRecordModel(self._columns(), self._source(), _SORT_KEYS, self)
        self.table = LazyTable(self.model, self)
        self.table.setObjectName("movements")
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(0)  # fit the rows on screen, not the whole history
        for column in (self.COL_DATE, self.COL_KIND, self.COL_CHANGE, self.COL_ON_HAND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.COL_RECIPIENT, self.COL_NOTE):  # the long texts share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(self.COL_DATE, Qt.SortOrder.DescendingOrder)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda m: fmt_datetime(m.at.astimezone())),
            Column(self.tr("Kind"), lambda m: value_label(m.kind)),
            Column(self.tr("Change"), lambda m: signed_count(m.delta), align=_RIGHT),
            Column(
                self.tr("On hand"),
                lambda m: count_text(m.on_hand),
                align=_RIGHT,
                foreground=lambda m: _OVERDRAWN_FG if m.on_hand < 0 else None,
            ),
            Column(self.tr("Recipient"), self.recipient_text, tooltip=self.recipient_text),
            Column(self.tr("Note"), lambda m: m.note, tooltip=lambda m: m.note),
        ]

    def _source(self) -> LazySource:
        """The item's movements as the store counts and pages them: the date column descending (or not
        sorted yet) is newest first."""
        store, item_id = self.store, self.item.id
        return LazySource(
            count=lambda: stock_movements.count_movements(store, item_id),
            page=lambda key, descending, offset, limit: stock_movements.movements_page(
                store, item_id, offset, limit, newest_first=descending or not key
            ),
            position=lambda *_args: None,
        )

    def recipient_text(self, movement: MovementRow) -> str:
        """Who a drawn gift went to: the contact at the prospect, or the prospect."""
        if movement.contact_name:
            return self.tr("{contact} ({prospect})").format(
                contact=movement.contact_name, prospect=movement.prospect_name
            )
        return movement.prospect_name

    def refresh(self) -> None:
        """Read the item's count again and show its first page."""
        self.model.reload()
        count = self.model.rowCount()
        self.heading.setText(
            self.tr("%n movement(s) of “{item}”; on hand now: {quantity}", "", count).format(
                item=self.item.name, quantity=count_text(self.item.quantity)
            )
        )
        warning = overdraw_text([self.item])
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
