"""The detail pane of the Prospects page: address and stage, contact persons, and one timeline."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.fileio import atomic_write
from reciprocity_desktop.services import prospects
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.ops import prospects as prospect_ops
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.gifts.log_gift_dialog import LogGiftDialog
from reciprocity_desktop.ui.labels import (
    QT_TRANSLATE_NOOP,
    colleague_notice,
    fmt_country,
    fmt_date,
    translate,
    value_label,
)
from reciprocity_desktop.ui.messages import show_error, show_write_failed
from reciprocity_desktop.ui.prospects.dialogs import ContactDialog, OutcomeDialog
from reciprocity_desktop.ui.prospects.parts import (
    BodyScroll,
    ElidedLink,
    button_grid,
    fitted_rows,
    section_title,
    table_view,
    timeline_detail,
)
from reciprocity_desktop.ui.prospects.timeline import FETCH_PAGE, TimelineModel
from reciprocity_desktop.ui.widgets.notice import NoticeArea, notice_label
from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, Column, RecordTableModel

_TIMELINE_KINDS = {
    "visit": QT_TRANSLATE_NOOP("Timeline", "Visit"),
    "gift": QT_TRANSLATE_NOOP("Timeline", "Gift"),
    "followup": QT_TRANSLATE_NOOP("Timeline", "Follow-up"),
    "outcome": QT_TRANSLATE_NOOP("Timeline", "Outcome"),
}


#: The pane shows this many characters of a prospect's notes.
_NOTES_SHOWN = 160
#: From this width on, the contacts table shows their roles too.
_ROLES_FROM = 380


class ProspectDetail(QFrame):
    """The selected prospect: address and stage, contacts, and one timeline of what happened."""

    #: The timeline shows this many newest entries, and this many more per "Show more".
    TIMELINE_PAGE = 100
    #: The timeline's rows in sight at least (a shorter window scrolls the pane).
    TIMELINE_ROWS = 4

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prospect_id = ""
        self._timeline_limit = self.TIMELINE_PAGE
        self._currency = "EUR"
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build_header()
        self._build_contacts()
        self._build_timeline()
        self._build_layout()
        self.show_prospect("")

    # -- layout -------------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.info = QLabel()  # the address, the stage and industry, tags and notes
        self.info.setObjectName("detail_info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        # a colleague's planned visits: two reps should not stand at one door (a few lines, then it scrolls)
        self.colleague_notice = notice_label("detail_colleague_notice")
        self.phone = QLabel()
        self.email = QLabel()
        for label, name in ((self.phone, "detail_phone"), (self.email, "detail_email")):
            label.setObjectName(name)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.website = ElidedLink()
        self.website.setObjectName("detail_website")
        self.reach = QGridLayout()  # phone, e-mail and website, each on its own line with its name
        self.reach.setContentsMargins(0, 0, 0, 0)
        self.reach.setColumnStretch(1, 1)
        self._reach_rows: list[tuple[QLabel, QWidget]] = []
        for row, (title, value) in enumerate(
            ((self.tr("Phone:"), self.phone), (self.tr("E-mail:"), self.email), (self.tr("Website:"), self.website))
        ):
            name = QLabel(title)
            name.setStyleSheet(f"color: {MUTED_FG.name()};")
            self.reach.addWidget(name, row, 0)
            self.reach.addWidget(value, row, 1)
            self._reach_rows.append((name, value))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.gift_button = QPushButton(self.tr("&Log gift…"))
        self.outcome_button = QPushButton(self.tr("Record &outcome…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.gift_button.clicked.connect(self._log_gift)
        self.outcome_button.clicked.connect(self._record_outcome)
        self.delete_button.clicked.connect(self.delete_requested)

    def _build_contacts(self) -> None:
        self.contacts_model = RecordTableModel(
            [
                Column(
                    self.tr("Name"),
                    lambda c: f"{c.name} ★" if c.is_decision_maker else c.name,
                    tooltip=lambda c: c.name,
                ),
                Column(self.tr("Role"), lambda c: c.role, tooltip=lambda c: c.role),
                Column(self.tr("Phone"), lambda c: c.phone, tooltip=lambda c: c.phone),
                Column(self.tr("E-mail"), lambda c: c.email, tooltip=lambda c: c.email),
            ],
            self,
        )
        self.contacts = table_view(self.contacts_model, 3)
        self.contacts.setObjectName("contacts_table")
        # The pane's width shared out (each cut cell whole in its tooltip), as tall as its contacts.
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fitted_rows(self.contacts, 0)
        self.contacts.doubleClicked.connect(lambda _i: self._edit_contact())
        self.add_contact_button = QPushButton(self.tr("Add &contact…"))
        self.edit_contact_button = QPushButton(self.tr("Edit contact…"))
        self.delete_contact_button = QPushButton(self.tr("Delete contact"))
        self.delete_contact_button.setToolTip(
            self.tr("Erases the person's data here, in the backups and, through sync, everywhere")
        )
        self.export_contact_button = QPushButton(self.tr("Export person's data…"))
        self.add_contact_button.clicked.connect(self._add_contact)
        self.edit_contact_button.clicked.connect(self._edit_contact)
        self.delete_contact_button.clicked.connect(self._delete_contact)
        self.export_contact_button.clicked.connect(self._export_contact)

    def _build_timeline(self) -> None:
        self.timeline_model = TimelineModel(
            self.ctx.store,
            [
                Column(self.tr("Date"), lambda e: fmt_date(e.date), sort_key=lambda e: e.date),
                Column(self.tr("What"), lambda e: translate("Timeline", _TIMELINE_KINDS[e.kind])),
                Column(self.tr("Kind"), lambda e: value_label(e.title)),
                Column(
                    self.tr("Details"),
                    lambda e: timeline_detail(e, self._currency),
                    foreground=lambda e: MUTED_FG if e.kind == "visit" else None,
                    tooltip=lambda e: timeline_detail(e, self._currency),
                ),
            ],
            self,
        )
        self.timeline = table_view(self.timeline_model, 3)
        self.timeline.setObjectName("timeline_table")
        metrics = self.fontMetrics()
        header = self.timeline.horizontalHeader()
        header.resizeSection(
            0, max(metrics.horizontalAdvance("30 Sept 2026") + 16, header.sectionSizeHint(0))
        )
        # "What" as wide as its longest word in the language shown ("Wiedervorlage"), and its title.
        kinds = (translate("Timeline", kind) for kind in _TIMELINE_KINDS.values())
        widest = max(metrics.horizontalAdvance(kind) for kind in kinds) + 16
        header.resizeSection(1, max(widest, header.sectionSizeHint(1)))
        self.timeline.setColumnHidden(2, True)  # the kind leads the Details: room for their text
        # One line a row (the whole text in its tooltip): even rows, and no text laid out to open a prospect.
        self.timeline.setWordWrap(False)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.more_button = QPushButton()
        self.more_button.setObjectName("timeline_more")
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()

    def _build_layout(self) -> None:
        self.placeholder = QLabel()
        self.placeholder.setObjectName("detail_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet(f"color: {MUTED_FG.name()};")
        self.set_hint("")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.info)
        body.addWidget(NoticeArea(self.colleague_notice))
        body.addLayout(self.reach)
        body.addLayout(button_grid(self.edit_button, self.gift_button, self.outcome_button, self.delete_button))
        body.addWidget(section_title(self.tr("Contacts")))
        body.addWidget(self.contacts)
        body.addLayout(
            button_grid(
                self.add_contact_button,
                self.edit_contact_button,
                self.delete_contact_button,
                self.export_contact_button,
            )
        )
        timeline_title = section_title(self.tr("Timeline"))
        timeline_title.setToolTip(self.tr("Visits, gifts, follow-ups and outcomes, newest first"))
        # "Show more" beside the title, not under the list: the timeline keeps that row
        timeline_row = QHBoxLayout()
        timeline_row.addWidget(timeline_title)
        timeline_row.addStretch(1)
        timeline_row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignBottom)
        body.addLayout(timeline_row)
        body.addWidget(self.timeline, 1)
        # the timeline shows a few rows at least; a window too short for that scrolls the pane
        rows = self.timeline.verticalHeader().defaultSectionSize()
        self.timeline.setMinimumHeight(
            self.timeline.horizontalHeader().sizeHint().height() + self.TIMELINE_ROWS * rows
            + 2 * self.timeline.frameWidth()
        )  # fmt: skip
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(BodyScroll(self.body))

    def minimum_width(self) -> int:
        """What the pane needs at least: its button grids side by side (their texts whole) and margins."""
        margins = self.layout().contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # (when it scrolls)
        body = self.body.minimumSizeHint().width() + scroll_bar
        return body + margins.left() + margins.right() + 2 * self.frameWidth()

    # -- what it shows ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        # A narrow pane leaves out the contacts' roles (in the Edit dialog): room for names and numbers.
        self.contacts.setColumnHidden(1, self.width() < _ROLES_FROM)

    def set_hint(self, text: str, *, choose: bool = True) -> None:
        """What the empty pane says: ``text`` (e.g. how many prospects are listed) and, when there are
        some to ``choose`` from, how to see one."""
        hint = self.tr(
            "Select a prospect in the list (click it, or the arrow keys) to see its address, contacts and "
            "timeline of visits, gifts, follow-ups and outcomes."
        )
        self.placeholder.setText("\n\n".join(part for part in (text, hint if choose else "") if part))

    def show_prospect(self, prospect_id: str, *, reload: bool = True) -> None:
        """Show a prospect ("" for none); ``reload`` false keeps what is shown when it is the same one."""
        if (
            prospect_id == self.prospect_id
            and not reload
            and (not prospect_id or self.body.isVisibleTo(self))
        ):
            return
        if prospect_id != self.prospect_id:
            self._timeline_limit = self.TIMELINE_PAGE
        self.prospect_id = prospect_id
        if not prospect_id:
            self.body.hide()
            self.placeholder.show()
            self.contacts_model.set_rows([])
            self.timeline_model.clear()
            self.more_button.hide()
            return
        try:
            # The prospect, its contacts, the currency and the timeline's first page: one read.
            read = prospects.read_detail(self.ctx.store, prospect_id, FETCH_PAGE)
        except DomainError:
            self.show_prospect("")
            return
        p = read.prospect
        self._currency = read.currency
        self.placeholder.hide()
        self.body.show()
        self.title.setText(p.name)
        lines = [
            ", ".join(part for part in (p.street, f"{p.postal_code} {p.city}".strip(), fmt_country(p.country)) if part),
            " · ".join(part for part in (value_label(p.stage), p.industry) if part),
        ]
        if p.tags:
            lines.append(self.tr("Tags: %1").replace("%1", p.tags))
        if p.notes:  # its start (the whole notes in the tooltip and the Edit dialog)
            lines.append(p.notes if len(p.notes) <= _NOTES_SHOWN else p.notes[:_NOTES_SHOWN].rstrip() + "…")
        self.info.setText("\n".join(line for line in lines if line))
        self.info.setToolTip(p.notes if len(p.notes) > _NOTES_SHOWN else "")
        planned = read.colleague_visits
        self.colleague_notice.setText("\n".join(colleague_notice(c.seller, c.seller_id, c.date) for c in planned))
        self.colleague_notice.setVisible(bool(planned))
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.website.set_url(p.website)
        for (name, value), shown in zip(self._reach_rows, (p.phone, p.email, p.website), strict=True):
            name.setVisible(bool(shown))
            value.setVisible(bool(shown))
        self.contacts_model.set_rows(read.contacts)
        fitted_rows(self.contacts, len(read.contacts))
        self.timeline_model.show(prospect_id, read.timeline, read.timeline_count, self._timeline_limit)
        self._show_more_button()

    def _show_more_button(self) -> None:
        """"Show more" under the timeline while it has older entries than it lists."""
        hidden = self.timeline_model.total - self.timeline_model.rowCount()
        self.more_button.setText(self.tr("Show more (%1 older)").replace("%1", str(hidden)))
        self.more_button.setVisible(hidden > 0)

    def show_more(self) -> None:
        """List the next older entries of the timeline (fetched when the view paints them)."""
        self._timeline_limit += self.TIMELINE_PAGE
        self.timeline_model.show_up_to(self._timeline_limit)
        self._show_more_button()

    def _selected_contact(self):
        index = self.contacts.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    # -- actions ------------------------------------------------------------------------------------

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
            self.tr("Delete %1? Their personal data is erased from this store, from its backup files and, "
                    "through sync, from the stores of colleagues. You can undo this in the store until you close "
                    "the program (the backups stay erased).").replace("%1", contact.name),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, contact_id = self.ctx.store, contact.id
        self.ctx.ops.run(
            self,
            self.tr("Delete contact %1").replace("%1", contact.name),
            lambda: prospect_ops.delete_contact(store, contact_id),
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
            with atomic_write(path, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
        except DomainError as error:
            show_error(self, error)
        except OSError as error:
            show_write_failed(self, self.tr("Export failed"), self.tr("Could not write %1: %2"), path, error)
