"""The gift register for tax: per recipient and year, the gifts and their total value.

``GiftRegisterView(store)`` shows one row per recipient (the contact a gift was given to,
or the organisation) for the chosen year, coloured and marked when the total is near or
over the deductible limit of the prospect's country (setting ``gift_limits_cents``,
Germany €50 by default; "near" from ``gift_limit_warn_ratio``, 80 %). "Export CSV…"
writes every gift of the year individually for the accountant
(:func:`reciprocity_desktop.services.gift_register.export_register_csv`).

The figures are one grouped query, quick even on a large store, so they are computed on
the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import gift_register, settings
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.gift_register import STATUS_NEAR, STATUS_OVER, RegisterRow
from reciprocity_desktop.store import Store, StoreError
from reciprocity_desktop.ui.insights_view import content_width
from reciprocity_desktop.ui.labels import fmt_money, message_text
from reciprocity_desktop.ui.widgets.style import DANGER_BG, MUTED_FG, WARNING_BG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, Column, RecordTableModel, SortFilterProxy

_CONTEXT = "GiftRegisterView"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_STATUS_ORDER = {STATUS_OVER: 0, STATUS_NEAR: 1}
#: Column widths follow the contents of this many rows (all rows would take seconds on a big store).
_FIT_ROWS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class _RegisterModel(RecordTableModel):
    """The register rows, with a warning icon in the status column near or over the limit."""

    STATUS_COLUMN = 6

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
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
            return self._icons.get(self.record(index.row()).status)
        return super().data(index, role)


class GiftRegisterView(QWidget):
    """Gifts per recipient and year, with the deductible limit's warnings and a CSV export."""

    prospect_activated = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("giftRegisterView")
        self.rows: list[RegisterRow] = []
        self.currency = "EUR"
        self._money_cache: dict[tuple[int | None, str], str] = {}
        self._build()

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.year_combo = QComboBox()
        self.year_combo.setObjectName("registerYear")
        self.year_combo.setMinimumContentsLength(6)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_combo)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("registerFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter recipients…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.setToolTip(
            self.tr("Every gift of the year with its recipient, for the accountant")
        )
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addSpacing(12)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.export_button)
        root.addLayout(bar)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("registerSummary")
        self.summary_label.setWordWrap(True)
        bold = QFont(self.summary_label.font())
        bold.setBold(True)
        self.summary_label.setFont(bold)
        root.addWidget(self.summary_label)

        self.model = _RegisterModel(self._columns(), self)
        self.proxy = SortFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setResizeContentsPrecision(_FIT_ROWS)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(False)  # the colours mean something here
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        root.addWidget(self.table, 1)

        self.legend_label = QLabel()
        self.legend_label.setObjectName("registerLegend")
        self.legend_label.setWordWrap(True)
        palette = self.legend_label.palette()
        palette.setColor(self.legend_label.foregroundRole(), MUTED_FG)
        self.legend_label.setPalette(palette)
        root.addWidget(self.legend_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("registerStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.status_label)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.export_button.clicked.connect(self.export_csv)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.activated.connect(self._activate)

    def _columns(self) -> list[Column]:
        def background(row: RegisterRow) -> QColor | None:
            return {STATUS_OVER: DANGER_BG, STATUS_NEAR: WARNING_BG}.get(row.status)

        def limit_text(row: RegisterRow) -> str:
            return self._money(row.limit_cents) if row.limit_cents is not None else self.tr("no limit")

        return [
            Column(self.tr("Recipient"), lambda r: r.recipient, background=background),
            Column(self.tr("Organisation"), lambda r: r.prospect_name, background=background),
            Column(self.tr("Country"), lambda r: r.country, background=background),
            Column(
                self.tr("Gifts"),
                lambda r: str(r.gifts),
                sort_key=lambda r: r.gifts,
                align=_RIGHT,
                background=background,
            ),
            Column(
                self.tr("Total"),
                lambda r: self._money(r.total_cents),
                sort_key=lambda r: r.total_cents,
                align=_RIGHT,
                background=background,
            ),
            Column(
                self.tr("Limit"),
                limit_text,
                sort_key=lambda r: -1 if r.limit_cents is None else r.limit_cents,
                align=_RIGHT,
                background=background,
            ),
            Column(
                self.tr("Status"),
                self.status_text,
                sort_key=lambda r: (_STATUS_ORDER.get(r.status, 2), -r.total_cents),
                background=background,
                tooltip=self.status_tooltip,
            ),
        ]

    # -- texts ------------------------------------------------------------------------------------

    def _money(self, cents: int | None) -> str:
        key = (cents, self.currency)
        text = self._money_cache.get(key)
        if text is None:  # Babel formatting is slow enough to matter over thousands of cells
            text = self._money_cache[key] = fmt_money(cents, self.currency)
        return text

    def status_text(self, row: RegisterRow) -> str:
        if row.status == STATUS_OVER:
            return self.tr("Over the limit")
        if row.status == STATUS_NEAR:
            return self.tr("Near the limit")
        return self.tr("OK") if row.limit_cents is not None else ""

    def status_tooltip(self, row: RegisterRow) -> str:
        if row.limit_cents is None:
            return self.tr("No limit is set for {country}.").format(
                country=row.country or self.tr("no country")
            )
        left = row.limit_cents - row.total_cents
        if left < 0:
            return self.tr("{amount} over the deductible limit of {limit}.").format(
                amount=self._money(-left), limit=self._money(row.limit_cents)
            )
        return self.tr("{amount} left below the deductible limit of {limit}.").format(
            amount=self._money(left), limit=self._money(row.limit_cents)
        )

    # -- data -------------------------------------------------------------------------------------

    def selected_year(self) -> int:
        year = self.year_combo.currentData()
        return int(year) if year is not None else dt.date.today().year

    def refresh(self) -> None:
        """Reload the years and the rows of the chosen year (kept when it still exists)."""
        current = self.year_combo.currentData()
        years = gift_register.gift_years(self.store)
        this_year = dt.date.today().year
        if this_year not in years:
            years = sorted({*years, this_year}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current if current in years else this_year)
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)
        self._load()

    def set_year(self, year: int) -> None:
        index = self.year_combo.findData(year)
        if index < 0:
            self.year_combo.addItem(str(year), year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)

    def _year_changed(self, _index: int) -> None:
        self._load()

    def _load(self) -> None:
        year = self.selected_year()
        self.currency = str(settings.get(self.store, "currency"))
        self._money_cache.clear()  # the locale may have changed
        self.rows = gift_register.yearly_totals(self.store, year)
        self.model.set_rows(self.rows)
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(content_width(self.table, column) + 8, 260))
        over = sum(1 for r in self.rows if r.status == STATUS_OVER)
        near = sum(1 for r in self.rows if r.status == STATUS_NEAR)
        total = sum(r.total_cents for r in self.rows)
        if not self.rows:
            text = self.tr("No gifts recorded in {year}.").format(year=year)
        else:
            text = self.tr("{year}: {recipients} recipients, {total} in gifts").format(
                year=year, recipients=len(self.rows), total=self._money(total)
            )
            if over or near:
                text += " — " + self.tr("{over} over the limit, {near} near it").format(over=over, near=near)
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet("color: #b02a37;" if over else "")
        limits: dict[str, int] = settings.get(self.store, "gift_limits_cents")
        ratio = float(settings.get(self.store, "gift_limit_warn_ratio"))
        described = ", ".join(f"{country} {self._money(cents)}" for country, cents in sorted(limits.items()))
        self.legend_label.setText(
            self.tr(
                "Deductible limit per recipient and year: {limits}. Amber: {percent} % of the limit or more; "
                "red: over the limit. The recipient is the contact the gift was given to, or the organisation."
            ).format(limits=described or self.tr("none set"), percent=round(ratio * 100))
        )
        self.export_button.setEnabled(bool(self.rows))

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
            count = gift_register.export_register_csv(self.store, target, year)
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
            self.tr("Wrote {count} gifts of {year} to {path}.").format(count=count, year=year, path=target)
        )
        return target

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b02a37;" if error else "")

    def _activate(self, index) -> None:
        row = index.data(OBJECT_ROLE)
        if row is not None:
            self.prospect_activated.emit(row.prospect_id)
