"""The confirmation before a CSV import: the question, what the file holds, its first rows and its bad lines.

Everything it shows comes from the check that ran before (:func:`csv_io.preview_csv`): the counts,
the first :data:`csv_io.PREVIEW_ROWS` rows as the import would take them (with what each does) and
every line that cannot be imported with its reason. Import is the default button; it is disabled
when the file has nothing new.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import csv_io
from reciprocity_desktop.services.errors import Message
from reciprocity_desktop.ui.labels import message_text
from reciprocity_desktop.ui.widgets.dialog_parts import action_buttons
from reciprocity_desktop.ui.widgets.forms import WARNING_STYLE
from reciprocity_desktop.ui.widgets.style import MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: The size the dialog asks for, at most (it stays within the screen's free area).
WIDTH, HEIGHT = 1200, 680
#: The colour of a count that needs attention (the lines with errors).
WARNING_TEXT = "color: #8a6d00;"


class _Table(QTableView):
    """A read-only table of short rows: the ``fitted`` columns as wide as their contents, the others
    sharing the rest of the width in proportion to what their contents need (a long name gets more
    than a short street), so that every column is on screen."""

    def __init__(self, model: RecordTableModel, fitted: tuple[int, ...]) -> None:
        super().__init__()
        self._fitted = fitted
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def share_width(self) -> None:
        header = self.horizontalHeader()
        shared = [c for c in range(header.count()) if c not in self._fitted]
        free = self.viewport().width() - sum(header.sectionSize(c) for c in self._fitted)
        wants = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c), 1) for c in shared}
        total = sum(wants.values())
        if not shared or free <= 0:
            return
        for c in shared[:-1]:
            header.resizeSection(c, int(wants[c] * free / total))
        header.resizeSection(shared[-1], free - sum(header.sectionSize(c) for c in shared[:-1]))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.share_width()


class CsvImportDialog(QDialog):
    """Asks whether to import the checked file, showing what the import would do."""

    def __init__(self, preview: csv_io.CsvPreview, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        report = preview.report
        self.setWindowTitle(self.tr("Import %1").replace("%1", file_name))
        self.question = QLabel(
            self.tr("Import %Ln new prospect(s)?", "", report.created)
            if report.created
            else self.tr(
                "There is nothing new to import: every prospect in the file is in the store already."
            )
        )
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.question.setFont(font)
        self.file_note = QLabel(self._file_text(report, file_name))
        self.file_note.setObjectName("file_note")
        self.file_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self._build_counts(report))
        layout.addWidget(self.file_note)
        layout.addWidget(self._build_tables(report), 1)
        self.buttons, self.import_button = action_buttons(self, self.tr("&Import"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(report.created > 0)
        layout.addWidget(self.buttons)
        (self.import_button if report.created else self.cancel_button).setFocus()
        self.setMinimumSize(560, 420)
        self._fit_to_screen()

    # -- parts ----------------------------------------------------------------------------------

    def _build_counts(self, report: csv_io.ImportReport) -> QWidget:
        """One line per kind of row that the file has: how many, and what happens to them."""
        bad = len(report.failed_lines)
        lines = {
            "new": self.tr("%Ln new prospect(s)", "", report.created)
            + self.tr(", with %Ln contact person(s)", "", report.contacts_created),
            "present": self.tr("%Ln already in the store (left unchanged)", "", report.already_present),
            "repeated": self.tr("%Ln row(s) repeating an earlier one (a new contact person joins that prospect)", "",
                                report.duplicates),
            "bad": self.tr("%Ln line(s) with errors (skipped, see below)", "", bad),
        }  # fmt: skip
        shown = {"new": True, "present": report.already_present, "repeated": report.duplicates, "bad": bad}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.counts: dict[str, QLabel] = {}
        for key, text in lines.items():
            label = QLabel("• " + text)
            label.setObjectName(f"count_{key}")
            label.setWordWrap(True)
            label.setVisible(bool(shown[key]))
            if key == "bad":
                label.setStyleSheet(WARNING_TEXT)
            column.addWidget(label)
            self.counts[key] = label
        return box

    def _file_text(self, report: csv_io.ImportReport, file_name: str) -> str:
        separators = {
            ";": self.tr("semicolons"), ",": self.tr("commas"), "\t": self.tr("tabs"), "|": self.tr("vertical bars"),
        }  # fmt: skip
        encodings = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252"}
        text = (
            self.tr("%Ln row(s) read from %1 (%2, separated by %3).", "", report.rows)
            .replace("%1", file_name)
            .replace("%2", encodings.get(report.encoding, report.encoding))
            .replace("%3", separators.get(report.delimiter, repr(report.delimiter)))
        )
        if report.ignored_columns:
            text += " " + self.tr("Columns not imported: %1.").replace(
                "%1", ", ".join(report.ignored_columns)
            )
        return text

    def _build_tables(self, report: csv_io.ImportReport) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_rows(report))
        self.problems_table: QTableView | None = None
        if report.failed:
            splitter.addWidget(self._build_problems(report))
            splitter.setStretchFactor(0, 3)  # the rows first: the problems are one line each
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([300, 200])
        return splitter

    def _build_rows(self, report: csv_io.ImportReport) -> QWidget:
        status = {
            csv_io.report.CREATED: self.tr("New"),
            csv_io.report.PRESENT: self.tr("In the store already"),
            csv_io.report.REPEATED: self.tr("Repeats an earlier row"),
        }
        muted = {csv_io.report.PRESENT, csv_io.report.REPEATED}

        def field(name: str):
            return lambda r: r.values.get(name, "")

        columns = [
            Column(self.tr("Line"), lambda r: str(r.line), align=RIGHT),
            Column(self.tr("What happens"), lambda r: status[r.status],
                   foreground=lambda r: MUTED_FG if r.status in muted else None),
            Column(self.tr("Name"), field("name"), tooltip=field("name")),
            Column(self.tr("Street"), field("street"), tooltip=field("street")),
            Column(self.tr("Postal code"), field("postal_code")),
            Column(self.tr("City"), field("city"), tooltip=field("city")),
            Column(self.tr("Country"), field("country")),
            Column(self.tr("Contact person"), lambda r: r.contact, tooltip=lambda r: r.contact),
        ]  # fmt: skip
        self.rows_model = RecordTableModel(columns, self)
        self.rows_model.set_rows(report.preview)
        self.rows_table = _Table(self.rows_model, fitted=(0, 1, 4, 6))
        self.rows_table.setObjectName("rows")
        shown = len(report.preview)
        self.rows_label = QLabel(
            self.tr("The first %Ln row(s) of the file, as the import takes them:", "", shown)
            if shown < report.rows - len(report.failed_lines)
            else self.tr("The row(s) of the file, as the import takes them:", "", shown)
        )
        return _titled(self.rows_label, self.rows_table)

    def _build_problems(self, report: csv_io.ImportReport) -> QWidget:
        def problem(error: csv_io.RowError) -> str:
            return _stored_message(error.template, error.params) if error.template else error.message

        model = RecordTableModel(
            [
                Column(self.tr("Line"), lambda e: str(e.line), align=RIGHT, background=lambda _e: WARNING_BG),
                Column(self.tr("Problem"), problem, tooltip=problem),
            ],
            self,
        )
        model.set_rows(report.failed)
        self.problems_model = model
        self.problems_table = _Table(model, fitted=(0,))
        self.problems_table.setObjectName("problems")
        bad = len(report.failed_lines)
        self.problems_label = QLabel(self.tr("%Ln line(s) cannot be imported and will be skipped:", "", bad))
        self.problems_label.setStyleSheet(WARNING_STYLE)
        return _titled(self.problems_label, self.problems_table)

    def _fit_to_screen(self) -> None:
        """As large as the rows want, within the free area of the screen the window is on."""
        screen = (
            self.parentWidget().screen()
            if self.parentWidget() is not None
            else QGuiApplication.primaryScreen()
        )
        free = screen.availableGeometry()
        self.resize(min(WIDTH, free.width() - 40), min(HEIGHT, free.height() - 60))


def _titled(title: QLabel, table: QTableView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(title)
    layout.addWidget(table, 1)
    return box


def _stored_message(stored: str, params: dict) -> str:
    """A row error's message in the window's language. Its template was marked where the import made it
    (services/csv_io), so it is passed on here, not written."""
    return message_text(Message(stored, **params))
