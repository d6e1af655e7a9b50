"""File → Print day…: choose the day, paper and language, write the PDF off the GUI thread, then open it.

Enter prints (Print to PDF is the default button; Browse… never takes Enter over), every label's
"&" is a mnemonic for its field, and a PDF the system cannot open is said in the window, with where
it was written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.i18n import LANGUAGES
from reciprocity_desktop.paths import data_dir
from reciprocity_desktop.services import visits
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store.models import VisitStatus
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import fmt_date
from reciprocity_desktop.ui.messages import show_error, show_unexpected_error
from reciprocity_desktop.ui.tasks import run_in_background
from reciprocity_desktop.ui.widgets.dialog_parts import action_buttons, path_field
from reciprocity_desktop.ui.widgets.forms import date_edit


def default_pdf_path(day: dt.date) -> Path:
    return data_dir() / "prints" / f"visits-{day.isoformat()}.pdf"


class PrintDayDialog(QDialog):
    """Which day to print, on what paper, in which language, and where to."""

    def __init__(self, ctx: UiContext, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Print day"))
        self.setMinimumWidth(520)
        day = day or dt.date.today() + dt.timedelta(days=1)
        layout = QVBoxLayout(self)
        self._default_path = ""
        layout.addLayout(self._build_form(day))
        self.buttons, self.print_button = action_buttons(self, self.tr("&Print to PDF"))
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._on_date_changed)
        self._on_date_changed()

    def _build_form(self, day: dt.date) -> QFormLayout:
        # as the Visits page and the other pages write days
        self.date = date_edit(QDate(day.year, day.month, day.day), "date", weekday=True)
        self.stops = QLabel()
        self.stops.setObjectName("stops")
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.paper.setCurrentIndex(1)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        ui_lang = QLocale().name().split("_")[0]
        self.language.setCurrentIndex(max(self.language.findData(ui_lang), 0))
        self.path, path_row = path_field(self.tr("&Browse…"), self._browse)
        # Room for the whole default path (the prints folder, the day's file name), within a small screen.
        sample = str(default_pdf_path(dt.date(2000, 12, 31)))
        self.path.setMinimumWidth(min(self.path.fontMetrics().horizontalAdvance(sample) + 16, 640))
        self.browse_button = path_row.itemAt(1).widget()
        self.browse_button.setAutoDefault(False)  # Enter prints, even with the focus beside Browse…
        # A row whose field is a layout gets no buddy from the form: its label's "&" would show.
        save_to = QLabel(self.tr("&Save to:"))
        save_to.setBuddy(self.path)
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.date)
        form.addRow("", self.stops)
        form.addRow(self.tr("Pape&r:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(save_to, path_row)
        return form

    def day(self) -> dt.date:
        return self.date.date().toPython()

    def _on_date_changed(self, *_args) -> None:
        day = self.day()
        count = sum(
            1 for v in visits.list_day(self.ctx.store, day) if v.status != VisitStatus.CANCELLED.value
        )
        if count:
            # A plural form (Qt numerus): the English catalog says "1 stop", "2 stops".
            self.stops.setText(self.tr("%n stop(s) on the route.", "", count))
            self.stops.setStyleSheet("")
        else:
            self.stops.setText(self.tr("No visits planned for this day."))
            self.stops.setStyleSheet("color: #b02a37;")
        self.print_button.setEnabled(bool(count))
        # The file follows the day until the user chooses one (Enter in the day field re-reads the
        # day, and must not throw the chosen file away).
        if self.path.text() in ("", self._default_path):
            self.path.setText(str(default_pdf_path(day)))
        self._default_path = str(default_pdf_path(day))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the day's PDF"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.path.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")


def print_day(parent: QWidget, ctx: UiContext, day: dt.date | None = None, *, open_when_done: bool = True):
    """Ask for the options, write the PDF in the background, then open it in the system viewer."""
    from reciprocity_desktop.reports.day import render_day  # ReportLab loads on the first print, not at start

    dialog = PrintDayDialog(ctx, day, parent)
    if not dialog.exec():
        return None
    chosen_day, paper, lang = dialog.day(), dialog.paper.currentData(), dialog.language.currentData()
    path = Path(dialog.path.text()).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        QMessageBox.warning(parent, dialog.tr("Cannot print"), f"{path.parent}: {error.strerror}")
        return None
    store = ctx.store

    def job(_progress):
        return render_day(store, chosen_day, path, paper=paper, lang=lang)

    def done(result) -> None:
        status = getattr(parent, "statusBar", None)
        if status is not None:
            status().showMessage(
                dialog.tr("Printed %1 to %2.").replace("%1", fmt_date(chosen_day)).replace("%2", str(path)),
                10000,
            )
        if open_when_done and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                parent,
                dialog.tr("PDF not opened"),
                dialog.tr(
                    "The day is printed: the PDF is written at\n%1\n\n"
                    "It could not be opened because no program to show PDF files answered. "
                    "Open the file from its folder, or set up a PDF viewer as the default for PDF files."
                ).replace("%1", str(path)),
            )

    def failed(exc: BaseException, details: str) -> None:
        if isinstance(exc, DomainError):
            show_error(parent, exc, dialog.tr("Cannot print"))
        else:
            show_unexpected_error(exc, details, parent)

    return run_in_background(
        parent, dialog.tr("Printing"), dialog.tr("Writing the visit sheets…"), job, done, failed
    )
