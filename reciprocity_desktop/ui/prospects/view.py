"""The Prospects page: instant search and filters, the list, a detail pane with contacts and one timeline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.ops import prospects as prospect_ops
from reciprocity_desktop.store.models import Stage
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import value_label
from reciprocity_desktop.ui.prospects.detail import ProspectDetail
from reciprocity_desktop.ui.prospects.dialogs import ProspectDialog
from reciprocity_desktop.ui.prospects.model import ProspectTableModel
from reciprocity_desktop.ui.prospects.parts import table_view
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.tables import ID_ROLE, OBJECT_ROLE

#: What each of the list's columns is wide enough for, by column number (the last one, the tags,
#: takes the rest; a cut cell shows its whole text in its tooltip).
_COLUMN_SAMPLES = (
    (0, "Augsburger Druckerei Fugger"), (1, "Frankfurt am Main"), (2, "Postal code"), (3, "Deutschland"),
    (4, "Customer"), (5, "Office furniture"), (6, "Jeroen van der Berg"),
)  # fmt: skip
#: The detail pane's share of the page's width (the list takes the rest), and its narrowest.
_DETAIL_SHARE = 0.3
_DETAIL_MIN = 300


class _PaintWatch(QObject):
    """Calls ``painted()`` after each paint of the widget it watches."""

    def __init__(self, painted, parent: QObject) -> None:
        super().__init__(parent)
        self._painted = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self._painted()
        return False


class ProspectsView(Page):
    """Search, filter and edit prospects; the selected one's contacts and timeline on the right."""

    watches = frozenset({"prospects", "contacts", "gifts", "followups", "outcomes", "visits", "settings"})

    selection_changed = Signal(str)  # the selected prospect's id, "" when none

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._reload_detail = True  # false while a filter change reselects the prospect the pane shows
        self.model = ProspectTableModel(ctx.store, self)
        self.model.counted.connect(self._show_count)
        filters = self._build_filters()
        self._build_table()
        self._build_layout(filters)
        self.refresh_filter_choices()
        self._update_count()

    # -- layout -------------------------------------------------------------------------------------

    def _build_filters(self) -> QVBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Name, city, postal code, contact (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.stage = QComboBox()
        self.stage.setObjectName("stage_filter")
        self.stage.addItem(self.tr("All stages"), "")
        for stage in Stage:
            self.stage.addItem(value_label(stage.value), stage.value)
        self.city = QComboBox()
        self.city.setObjectName("city_filter")
        self.tag = QComboBox()
        self.tag.setObjectName("tag_filter")
        self.waiting = QCheckBox(self.tr("&Gifted, no follow-up yet"))
        self.waiting.setObjectName("waiting_filter")
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.stage, self.city, self.tag):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.waiting.toggled.connect(self.apply_filter)
        # Two rows: the search and the check box, then the choices each as wide as its longest item
        # (in German "Alle Schlagwörter" and "Beschenkt, ohne Wiedervorlage" leave one row no room).
        filters = QVBoxLayout()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.waiting)
        filters.addLayout(search_row)
        choices = QHBoxLayout()
        for combo in (self.stage, self.city, self.tag):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            choices.addWidget(combo)
        choices.addStretch(1)
        filters.addLayout(choices)
        return filters

    def _build_table(self) -> None:
        self.table = table_view(self.model, len(ProspectTableModel.COLUMNS) - 1)
        self.table.setObjectName("prospect_table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in _COLUMN_SAMPLES:
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Tags") + 24)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._painted = _PaintWatch(self.model.painted, self)  # a search's count waits for its first page
        self.table.viewport().installEventFilter(self._painted)
        self.table.doubleClicked.connect(lambda _i: self.edit_prospect())

    def _build_layout(self, filters: QVBoxLayout) -> None:
        self.new_button = QPushButton(self.tr("&New prospect…"))
        self.new_button.clicked.connect(self.new_prospect)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        # Of a fixed size, as wide as the widest count it has shown (at least a six-digit one), not as
        # its text: a keystroke clears it and its count fills it in, and a label whose size may change
        # asks the page for a new layout, which repaints the whole window (more than the table costs).
        self.count_label.setFixedHeight(self.count_label.sizeHint().height())
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._fit_count_label(self.tr("%n prospect(s)", "", 888888))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.detail = ProspectDetail(self.ctx, self)
        self.detail.edit_requested.connect(self.edit_prospect)
        self.detail.delete_requested.connect(self.delete_selected)
        # Never narrower than its buttons need in the language shown (two German ones side by side).
        self.detail.setMinimumWidth(max(_DETAIL_MIN, self.detail.minimum_width()))
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 7)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._proportioned = False

    # -- filtering ----------------------------------------------------------------------------------

    def refresh_filter_choices(self) -> None:
        for combo, everything, values in (
            (self.city, self.tr("All cities"), prospects.list_cities(self.ctx.store)),
            (self.tag, self.tr("All tags"), prospects.list_tags(self.ctx.store)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)

    def current_filter(self) -> prospects.ProspectFilter:
        return prospects.ProspectFilter(
            search=self.search.text(),
            stage=self.stage.currentData() or "",
            city=self.city.currentData() or "",
            tag=self.tag.currentData() or "",
            gifted_no_followup=self.waiting.isChecked(),
        )

    def apply_filter(self) -> None:
        """The list under the filters as typed: its first page at once, its count a moment later (off
        the GUI thread, see :class:`ProspectTableModel`). The selected prospect stays selected when it
        is among the first rows (the ones shown), else the pane says so."""
        selected = self.selected_id()
        self.model.set_filter(self.current_filter(), count_later=True)
        self._update_count()
        row = self.model.row_in_first_page(selected) if selected else -1
        if row >= 0:
            self._select_row(row, reload=False)
        else:
            self.detail.show_prospect("")

    def _show_count(self, count: int) -> None:
        text = self.tr("%n prospect(s)", "", count)
        self._fit_count_label(text)
        self.count_label.setText(text)

    def _fit_count_label(self, text: str) -> None:
        """Widen the count's label when ``text`` needs more room than it has (it never narrows)."""
        width = self.count_label.fontMetrics().horizontalAdvance(text) + 2 * self.count_label.margin() + 4
        if width > self.count_label.minimumWidth():
            self.count_label.setFixedWidth(width)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.counting:  # filled in when the count arrives (never the count of another filter)
            self.count_label.clear()
        else:
            self._show_count(count)
        # The pane's hint changes with the list's state only, not its count: a keystroke does not lay
        # out a word-wrapped label again.
        if count:
            self.detail.set_hint("")
        elif self.model.filter != prospects.ProspectFilter():
            self.detail.set_hint(self.tr("No prospect matches the search and filters."), choose=False)
        else:
            self.detail.set_hint(self.tr("No prospects yet: add one with New prospect… (Ctrl+N)."), choose=False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection ----------------------------------------------------------------------------------

    def selected_id(self) -> str:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) or "" if index.isValid() else ""

    def select_prospect(self, prospect_id: str) -> bool:
        """Select a prospect by id; clears the filters when they hide it."""
        if not prospect_id:
            return False
        row = self.model.locate(prospect_id)
        if row < 0 and self.model.filter != prospects.ProspectFilter():
            self._clear_filters()
            row = self.model.locate(prospect_id)
        if row < 0:
            return False
        self._select_row(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _select_row(self, row: int, *, reload: bool = True) -> None:
        """Make ``row`` the current, selected row; ``reload`` false: the pane keeps a prospect it shows."""
        self._reload_detail = reload
        try:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._reload_detail = True

    def _clear_filters(self) -> None:
        widgets = (self.search, self.stage, self.city, self.tag, self.waiting)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.stage, self.city, self.tag):
            combo.setCurrentIndex(0)
        self.waiting.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _reselect(self, prospect_id: str) -> None:
        """After a reload, keep the same prospect selected (wherever it now is), else show nothing."""
        row = self.model.locate(prospect_id) if prospect_id else -1
        if row >= 0:
            self._select_row(row)
        else:
            self.detail.show_prospect("")

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        prospect_id = current.data(ID_ROLE) if current.isValid() else ""
        self.detail.show_prospect(prospect_id or "", reload=self._reload_detail)
        self.selection_changed.emit(prospect_id or "")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._proportioned:  # the first time: the list gets most of the width, the pane the rest
            self._proportioned = True
            width = max(self.splitter.width(), self.width())
            detail = max(self.detail.minimumWidth(), int(width * _DETAIL_SHARE))
            self.splitter.setSizes([max(width - detail, 1), detail])
            QTimer.singleShot(0, self._select_first)  # unless the page opened to show a prospect

    def _select_first(self) -> None:
        """Select the first row when nothing is selected: a prospect to look at, not an empty pane."""
        if not self.selected_id() and self.model.rowCount():
            self._select_row(0)

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        self.refresh_filter_choices()
        self._update_count()
        self._reselect(selected)

    # -- actions ------------------------------------------------------------------------------------

    def new_prospect(self) -> None:
        dialog = ProspectDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved_id:
            self.select_prospect(dialog.saved_id)

    def edit_prospect(self) -> None:
        prospect_id = self.selected_id()
        if prospect_id:
            ProspectDialog(self.ctx, prospect_id, parent=self).exec()

    def delete_selected(self) -> None:
        prospect_id = self.selected_id()
        if not prospect_id:
            return
        prospect = self.table.currentIndex().data(OBJECT_ROLE)
        row = self.table.currentIndex().row()
        store = self.ctx.store
        done = self.ctx.ops.run(
            self,
            self.tr("Delete %1").replace("%1", prospect.name),
            lambda: prospect_ops.delete_prospect(store, prospect_id),
        )
        if done is not None and self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
