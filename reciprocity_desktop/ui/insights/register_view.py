"""The Gift register page, for tax: per recipient and year, the gifts and their total value.

``GiftRegisterView(ctx)`` shows one row per recipient (the contact a gift was given to,
or the organisation) for the chosen year, coloured and marked when the total is near or
over the deductible limit of the prospect's country (setting ``gift_limits_cents``,
Germany €50 by default; "near" from ``gift_limit_warn_ratio``, 80 %). "Export CSV…"
writes every gift of the year individually for the accountant
(:func:`reciprocity_desktop.services.gift_register.export_register_csv`).

A load is :func:`~reciprocity_desktop.services.gift_register.load_register` (years and the
year) or :func:`~reciprocity_desktop.services.gift_register.load_year` (another year), off the
GUI thread: it groups the year's gifts once; ``refreshed`` fires when the page shows it. The table
(:class:`~reciprocity_desktop.ui.widgets.lazy_table.LazyRecordModel`) then reads the pages it
paints, a header click's order and the filter's rows from that load, in SQL, on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.formatting import country_names
from reciprocity_desktop.services import gift_register
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.gift_register import STATUS_NEAR, STATUS_OVER, RegisterRow, RegisterYear
from reciprocity_desktop.services.snapshot import list_count, list_page, list_position
from reciprocity_desktop.store import StoreError
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.insights import parts
from reciprocity_desktop.ui.labels import fmt_country, fmt_percent, message_text, ui_locale
from reciprocity_desktop.ui.tasks import ProgressFn, run_in_background
from reciprocity_desktop.ui.widgets.forms import ALIGN_RIGHT
from reciprocity_desktop.ui.widgets.lazy_table import LazyRecordModel, LazySource
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.style import DANGER_BG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import Column

_STATUS_ORDER = {STATUS_OVER: 0, STATUS_NEAR: 1}
_STATUS_BACKGROUND = {STATUS_OVER: DANGER_BG, STATUS_NEAR: WARNING_BG}


class RegisterModel(LazyRecordModel):
    """The register rows (a page at a time), with a warning icon in the status column near or over the limit."""

    STATUS_COLUMN = 6

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, LazySource.empty(), gift_register.SORT_KEYS, parent)
        style = QApplication.style()
        self._icons = {
            STATUS_NEAR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            STATUS_OVER: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
        }

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.STATUS_COLUMN
        ):
            row = self.record(index.row())
            return self._icons.get(row.status) if row is not None else None
        return super().data(index, role)


class GiftRegisterView(Page):
    """Gifts per recipient and year, with the deductible limit's warnings and a CSV export."""

    watches = frozenset({"prospects", "contacts", "gifts", "settings"})

    prospect_activated = Signal(str)
    #: Emitted each time the page shows freshly loaded rows.
    refreshed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("giftRegisterView")
        self.stale = True  # loaded when first shown
        self.loaded: RegisterYear | None = None  # what the page shows: the first page, the count, the totals
        self.money = parts.MoneyText()
        self._serial = 0  # of the latest load; an earlier one's rows are not shown
        self._build()

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.addLayout(self._build_bar())
        self.summary_label = parts.bold(QLabel())
        self.summary_label.setObjectName("registerSummary")
        self.summary_label.setWordWrap(True)
        root.addWidget(self.summary_label)
        root.addWidget(self._build_table(), 1)
        self.legend_label = parts.mute(QLabel())
        self.legend_label.setObjectName("registerLegend")
        self.legend_label.setWordWrap(True)
        root.addWidget(self.legend_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("registerStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.status_label)
        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.export_button.clicked.connect(self.export_csv)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table.activated.connect(self._activate)

    def _build_bar(self) -> QHBoxLayout:
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("registerYear")
        self.year_combo.setMinimumContentsLength(6)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_combo)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("registerFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter recipients…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.setToolTip(
            self.tr("Every gift of the year with its recipient, for the accountant")
        )
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addSpacing(12)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.export_button)
        return bar

    def _build_table(self) -> QWidget:
        self.model = RegisterModel(self._columns(), self)
        self.table = parts.table_view(self.model, "registerTable")  # filtered and sorted in SQL
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(False)  # the colours mean something here
        return self.table

    def _columns(self) -> list[Column]:
        def background(row: RegisterRow) -> QColor | None:
            return _STATUS_BACKGROUND.get(row.status)

        def limit_text(row: RegisterRow) -> str:
            return self.money(row.limit_cents) if row.limit_cents is not None else self.tr("no limit")

        def right(
            header: str, text: Callable[[RegisterRow], str], key: Callable[[RegisterRow], object]
        ) -> Column:
            return Column(header, text, sort_key=key, align=ALIGN_RIGHT, background=background)

        return [
            Column(self.tr("Recipient"), lambda r: r.recipient, background=background),
            Column(self.tr("Organisation"), lambda r: r.prospect_name, background=background),
            Column(self.tr("Country"), lambda r: fmt_country(r.country), background=background),
            right(self.tr("Gifts"), lambda r: str(r.gifts), lambda r: r.gifts),
            right(self.tr("Total"), lambda r: self.money(r.total_cents), lambda r: r.total_cents),
            right(self.tr("Limit"), limit_text, lambda r: -1 if r.limit_cents is None else r.limit_cents),
            Column(
                self.tr("Status"),
                self.status_text,
                sort_key=lambda r: (_STATUS_ORDER.get(r.status, 2), -r.total_cents),
                background=background,
                tooltip=self.status_tooltip,
            ),
        ]

    # -- texts ------------------------------------------------------------------------------------

    def status_text(self, row: RegisterRow) -> str:
        if row.status == STATUS_OVER:
            return self.tr("Over the limit")
        if row.status == STATUS_NEAR:
            return self.tr("Near the limit")
        return self.tr("OK") if row.limit_cents is not None else ""

    def status_tooltip(self, row: RegisterRow) -> str:
        if row.limit_cents is None:
            return self.tr("No limit is set for {country}.").format(
                country=fmt_country(row.country) or self.tr("no country")
            )
        left = row.limit_cents - row.total_cents
        if left < 0:
            return self.tr("{amount} over the deductible limit of {limit}.").format(
                amount=self.money(-left), limit=self.money(row.limit_cents)
            )
        return self.tr("{amount} left below the deductible limit of {limit}.").format(
            amount=self.money(left), limit=self.money(row.limit_cents)
        )

    # -- data -------------------------------------------------------------------------------------

    def selected_year(self) -> int:
        year = self.year_combo.currentData()
        return int(year) if year is not None else dt.date.today().year

    def filter_text(self) -> str:
        return self.filter_edit.text().strip()

    def refresh(self) -> None:
        """Reload the years and the rows of the chosen year (kept when it still has gifts)."""
        self.stale = False
        store, current = self.ctx.store, self.year_combo.currentData()
        self._load(lambda _progress: gift_register.load_register(store, current))

    def set_year(self, year: int) -> None:
        """Show ``year`` (added to the selector when it has no gifts)."""
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.addItem(str(year), year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)

    def _year_changed(self, *_args) -> None:
        store, year = self.ctx.store, self.selected_year()
        self._load(lambda _progress: gift_register.load_year(store, year))

    def _filter_changed(self, *_args) -> None:
        """Count and show the rows naming the text (in SQL, over the year as loaded)."""
        if self.loaded is not None:  # before the first load, the first load shows it
            self.model.reload()

    def _load(self, job: Callable[[ProgressFn], RegisterYear]) -> None:
        self._serial += 1
        serial = self._serial
        task = run_in_background(
            self,
            self.tr("Gift register"),
            self.tr("Loading the gift register…"),
            job,
            lambda loaded: self._loaded(serial, loaded),
            lambda error, details: self.ctx.ops.failed(self, error, details),
        )
        task.finished.connect(task.deleteLater)

    def _loaded(self, serial: int, loaded: RegisterYear) -> None:
        latest = serial == self._serial
        if loaded.years is not None:
            self._set_years(loaded.years, loaded.year if latest else self.selected_year())
        if not latest:
            if loaded.pages is not None:
                loaded.pages.close()  # overtaken: another load is on its way
            return
        before = self.loaded
        self._show(loaded)
        if before is not None and before.pages is not None:
            before.pages.close()
        self.refreshed.emit()

    def _set_years(self, years: list[int], selected: int) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years if selected in years else [*years, selected]:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(selected), 0))
        self.year_combo.blockSignals(False)

    def _show(self, loaded: RegisterYear) -> None:
        self.money.reset(loaded.currency)  # the locale may have changed
        self.loaded = loaded
        if loaded.pages is not None:
            source = LazySource.over(
                loaded.pages.rows,
                self.filter_text,
                gift_register.register_sort,
                list_count,
                list_page,
                list_position,
            )
        else:
            source = LazySource.empty()
        self.model.set_source(source)
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(parts.content_width(self.table, column) + 8, 260))
        if not loaded.recipients:
            text = self.tr("No gifts recorded in {year}.").format(year=loaded.year)
        else:
            text = self.tr("{year}: %n recipient(s), {total} in gifts", "", loaded.recipients).format(
                year=loaded.year, total=self.money(loaded.total_cents)
            )
            if loaded.over or loaded.near:
                text += " — " + self.tr("{over} over the limit, {near} near it").format(
                    over=loaded.over, near=loaded.near
                )
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(parts.ERROR_STYLE if loaded.over else "")
        described = ", ".join(
            f"{name} {self.money(loaded.limits[code])}" for code, name in country_names(loaded.limits, ui_locale())
        )
        self.legend_label.setText(
            self.tr(
                "Deductible limit per recipient and year: {limits}. Amber: {percent} of the limit or more; "
                "red: over the limit. The recipient is the contact the gift was given to, or the organisation."
            ).format(limits=described or self.tr("none set"), percent=fmt_percent(loaded.warn_ratio))
        )
        self.export_button.setEnabled(bool(loaded.recipients))

    # -- actions ----------------------------------------------------------------------------------

    def export_csv(self) -> Path | None:
        """Ask where to save and write the year's register; returns the file written, if any."""
        year = self.selected_year()
        suggested = str(Path.home() / self.tr("gift-register-{year}.csv").format(year=year))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the gift register"), suggested, self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = (
                target.with_suffix(target.suffix + ".csv") if target.suffix else target.with_suffix(".csv")
            )
        try:
            count = gift_register.export_register_csv(self.ctx.store, target, year)
        except DomainError as error:
            self._show_status(message_text(error.message), error=True)
            return None
        except (OSError, StoreError) as error:
            self._show_status(
                self.tr("The register could not be written to {path}: {error}").format(
                    path=target, error=getattr(error, "strerror", None) or error
                ),
                error=True,
            )
            return None
        self._show_status(
            self.tr("Wrote %n gift(s) of {year} to {path}.", "", count).format(year=year, path=target)
        )
        return target

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(parts.ERROR_STYLE if error else "")

    def _activate(self, index) -> None:
        prospect_id = parts.prospect_of(index)
        if prospect_id:
            self.prospect_activated.emit(prospect_id)
