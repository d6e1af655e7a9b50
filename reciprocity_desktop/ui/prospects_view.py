"""The Prospects view: instant search and filters, the list, and a detail pane with contacts and one timeline."""

from __future__ import annotations

import json

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.changes import Changes
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store.models import Stage
from reciprocity_desktop.ui._legacy import ServiceCommand
from reciprocity_desktop.ui.context import UiContext, touches
from reciprocity_desktop.ui.dialogs import ContactDialog, LogGiftDialog, OutcomeDialog, ProspectDialog
from reciprocity_desktop.ui.labels import fmt_date, value_label
from reciprocity_desktop.ui.messages import show_error
from reciprocity_desktop.ui.prospect_model import ProspectTableModel
from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.tables import ID_ROLE, OBJECT_ROLE, Column, RecordTableModel


def _table(model, stretch_column: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return view


class ProspectsView(QWidget):
    """Search, filter and edit prospects; the selected one's contacts and timeline on the right."""

    selection_changed = Signal(str)  # the selected prospect's id, "" when none

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ProspectTableModel(ctx.store, self)

        # -- search and filters
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, city, postal code or contact (Ctrl+F)"))
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
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.stage, self.city, self.tag):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.waiting.toggled.connect(self.apply_filter)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.stage, 1)
        filters.addWidget(self.city, 1)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.waiting)

        # -- the list
        self.table = _table(self.model, len(ProspectTableModel.COLUMNS) - 1)
        self.table.setObjectName("prospect_table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for column, width in ((0, 230), (1, 115), (2, 78), (3, 58), (4, 80), (5, 110), (6, 140)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_prospect())

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New prospect…"))
        self.new_button.clicked.connect(self.new_prospect)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        # -- the detail pane
        self.detail = ProspectDetail(ctx, self)
        self.detail.edit_requested.connect(self.edit_prospect)
        self.detail.delete_requested.connect(self.delete_selected)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        ctx.events.changed.connect(self._on_store_changed)
        self.refresh_filter_choices()
        self._update_count()

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
        selected = self.selected_id()
        self.model.set_filter(self.current_filter())
        self._update_count()
        self._reselect(selected)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n prospect(s)", "", self.model.rowCount()))

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
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _clear_filters(self) -> None:
        for widget in (self.search, self.stage, self.city, self.tag, self.waiting):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.stage, self.city, self.tag):
            combo.setCurrentIndex(0)
        self.waiting.setChecked(False)
        for widget in (self.search, self.stage, self.city, self.tag, self.waiting):
            widget.blockSignals(False)
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _reselect(self, prospect_id: str) -> None:
        """After a reload, keep the same prospect selected (wherever it now is), else show nothing."""
        row = self.model.locate(prospect_id) if prospect_id else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.show_prospect("")

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        prospect_id = current.data(ID_ROLE) if current.isValid() else ""
        self.detail.show_prospect(prospect_id or "")
        self.selection_changed.emit(prospect_id or "")

    def _on_store_changed(self, what: set[str]) -> None:
        if touches(what, "prospects", "contacts", "gifts", "followups", "outcomes", "visits"):
            selected = self.selected_id()
            self.model.reload()
            self.refresh_filter_choices()
            self._update_count()
            self._reselect(selected)

    def refresh(self) -> None:
        self._on_store_changed(Changes.everything())

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
        store = self.ctx.store
        row = self.table.currentIndex().row()
        done = self.ctx.push(
            ServiceCommand(
                self.tr("Delete %1").replace("%1", prospect.name),
                self.ctx.events,
                ["prospects"],
                lambda: prospects.delete_prospect(store, prospect_id),
                lambda: prospects.restore_prospect(store, prospect_id),
            ),
            self,
        )
        if done and self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def log_gift(self) -> None:
        prospect_id = self.selected_id()
        dialog = LogGiftDialog(self.ctx, prospect_id or None, parent=self)
        if dialog.exec() and dialog.result_warnings:
            QMessageBox.information(self, self.tr("Gift logged"), "\n\n".join(dialog.result_warnings))


class ProspectDetail(QFrame):
    """The selected prospect: address and stage, contacts, and one timeline of what happened."""

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prospect_id = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.info = QLabel()
        self.info.setObjectName("detail_info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)

        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.gift_button = QPushButton(self.tr("&Log gift…"))
        self.outcome_button = QPushButton(self.tr("Record &outcome…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.gift_button.clicked.connect(self._log_gift)
        self.outcome_button.clicked.connect(self._record_outcome)
        self.delete_button.clicked.connect(self.delete_requested)
        for button in (self.edit_button, self.gift_button, self.outcome_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.contacts_model = RecordTableModel(
            [
                Column(self.tr("Name"), lambda c: f"{c.name} ★" if c.is_decision_maker else c.name),
                Column(self.tr("Role"), lambda c: c.role),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("E-mail"), lambda c: c.email),
            ],
            self,
        )
        self.contacts = _table(self.contacts_model, 3)
        self.contacts.setObjectName("contacts_table")
        for column in range(3):
            self.contacts.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.contacts.setMaximumHeight(130)
        self.contacts.doubleClicked.connect(lambda _i: self._edit_contact())
        contact_buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Add &contact…"))
        self.edit_contact_button = QPushButton(self.tr("Edit contact…"))
        self.delete_contact_button = QPushButton(self.tr("Delete contact"))
        self.delete_contact_button.setToolTip(
            self.tr("Erases the person's data here and, through sync, everywhere")
        )
        self.export_contact_button = QPushButton(self.tr("Export person's data…"))
        self.add_contact_button.clicked.connect(self._add_contact)
        self.edit_contact_button.clicked.connect(self._edit_contact)
        self.delete_contact_button.clicked.connect(self._delete_contact)
        self.export_contact_button.clicked.connect(self._export_contact)
        for button in (
            self.add_contact_button,
            self.edit_contact_button,
            self.delete_contact_button,
            self.export_contact_button,
        ):
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)

        self.timeline_model = RecordTableModel(
            [
                Column(self.tr("Date"), lambda e: fmt_date(e.date), sort_key=lambda e: e.date),
                Column(self.tr("What"), lambda e: _timeline_kind(e.kind)),
                Column(self.tr("Kind"), lambda e: value_label(e.title)),
                Column(
                    self.tr("Details"),
                    lambda e: e.detail,
                    foreground=lambda e: MUTED_FG if e.kind == "visit" else None,
                ),
            ],
            self,
        )
        self.timeline = _table(self.timeline_model, 3)
        self.timeline.setObjectName("timeline_table")
        self.timeline.horizontalHeader().resizeSection(0, 100)
        self.timeline.horizontalHeader().resizeSection(1, 80)
        self.timeline.horizontalHeader().resizeSection(2, 140)
        self.timeline.setWordWrap(True)

        self.placeholder = QLabel(self.tr("Select a prospect to see its contacts and history."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #6c757d;")

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.info)
        body.addLayout(actions)
        body.addWidget(_section(self.tr("Contacts")))
        body.addWidget(self.contacts)
        body.addLayout(contact_buttons)
        body.addWidget(_section(self.tr("Timeline: visits, gifts, follow-ups and outcomes")))
        body.addWidget(self.timeline, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_prospect("")

    def show_prospect(self, prospect_id: str) -> None:
        self.prospect_id = prospect_id
        if not prospect_id:
            self.body.hide()
            self.placeholder.show()
            self.contacts_model.set_rows([])
            self.timeline_model.set_rows([])
            return
        try:
            p = prospects.get_prospect(self.ctx.store, prospect_id)
        except DomainError:
            self.show_prospect("")
            return
        self.placeholder.hide()
        self.body.show()
        self.title.setText(p.name)
        lines = [
            ", ".join(part for part in (p.street, f"{p.postal_code} {p.city}".strip(), p.country) if part),
            " · ".join(
                part for part in (value_label(p.stage), p.industry, p.phone, p.email, p.website) if part
            ),
        ]
        if p.tags:
            lines.append(self.tr("Tags: %1").replace("%1", p.tags))
        if p.notes:
            lines.append(p.notes)
        self.info.setText("\n".join(line for line in lines if line))
        self.contacts_model.set_rows(prospects.list_contacts(self.ctx.store, prospect_id))
        self.timeline_model.set_rows(prospects.timeline(self.ctx.store, prospect_id))
        self.timeline.resizeRowsToContents()

    def _selected_contact(self):
        index = self.contacts.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def _log_gift(self) -> None:
        if self.prospect_id:
            dialog = LogGiftDialog(self.ctx, self.prospect_id, parent=self)
            if dialog.exec() and dialog.result_warnings:
                QMessageBox.information(self, self.tr("Gift logged"), "\n\n".join(dialog.result_warnings))

    def _record_outcome(self) -> None:
        if self.prospect_id:
            OutcomeDialog(self.ctx, self.prospect_id, parent=self).exec()

    def _add_contact(self) -> None:
        if self.prospect_id:
            ContactDialog(self.ctx, self.prospect_id, parent=self).exec()

    def _edit_contact(self) -> None:
        contact = self._selected_contact()
        if contact is not None:
            ContactDialog(self.ctx, self.prospect_id, contact.id, parent=self).exec()

    def _delete_contact(self) -> None:
        contact = self._selected_contact()
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete contact"),
            self.tr("Delete %1? Their personal data is erased from this store and, through sync, from the "
                    "stores of colleagues. You can undo this until you close the program.").replace("%1", contact.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.ctx.store
        erased: dict = {}

        def do() -> None:
            erased.update(prospects.delete_contact(store, contact.id))

        self.ctx.push(
            ServiceCommand(
                self.tr("Delete contact %1").replace("%1", contact.name),
                self.ctx.events,
                ["contacts", "prospects"],
                do,
                lambda: prospects.restore_contact(store, contact.id, erased),
            ),
            self,
        )

    def _export_contact(self) -> None:
        contact = self._selected_contact()
        if contact is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export person's data"), f"{contact.name}.json", self.tr("JSON files (*.json)")
        )
        if not path:
            return
        try:
            data = prospects.export_person(self.ctx.store, contact.id)
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
        except DomainError as error:
            show_error(self, error)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write %1: %2")
                .replace("%1", path)
                .replace("%2", error.strerror or str(error)),
            )


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _timeline_kind(kind: str) -> str:
    from reciprocity_desktop.ui.labels import translate

    return {
        "visit": translate("Timeline", "Visit"),
        "gift": translate("Timeline", "Gift"),
        "followup": translate("Timeline", "Follow-up"),
        "outcome": translate("Timeline", "Outcome"),
    }[kind]
