"""The Insights view: which gifts lead to what, how fast, at what cost — and what to do now.

``InsightsView(store)`` is a self-contained page: the window-days spin box and the
from/to dates choose the figures; charts show the reciprocation rate and the median days
by gift kind, gifted against not-gifted prospects and the outcomes per month; three lists
say whom to act on. Double-clicking (or Enter on) a row emits
``prospect_activated(prospect_id)``.

The figures come from :mod:`reciprocity_desktop.services.insights`. On a large store
they take longer than a GUI thread may block (about 0.5 s for 10,000 prospects and
30,000 gifts), so :meth:`InsightsView.refresh` computes them on the thread pool and
emits ``refreshed`` when the page shows them. Requests made while a computation runs are
merged into one more run with the latest settings.
"""

from __future__ import annotations

import datetime as dt
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QMargins,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import insights, settings
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import Store
from reciprocity_desktop.store.models import GiftKind, OutcomeKind
from reciprocity_desktop.ui.labels import fmt_date, fmt_money, message_text, value_label
from reciprocity_desktop.ui.widgets.style import MUTED_FG
from reciprocity_desktop.ui.widgets.tables import OBJECT_ROLE, Column, RecordTableModel, SortFilterProxy

_CONTEXT = "InsightsView"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: Column widths follow the contents of this many rows (all rows would take seconds on a big store).
_FIT_ROWS = 100
#: How many months the "outcomes per month" chart shows at most.
MAX_CHART_MONTHS = 24

# One colour per outcome kind (stacked bars) and for the two bar charts.
_OUTCOME_COLOURS = {
    OutcomeKind.CONVERSATION.value: "#8ecae6",
    OutcomeKind.REFERRAL.value: "#219ebc",
    OutcomeKind.MEETING.value: "#ffb703",
    OutcomeKind.ORDER.value: "#2a9d8f",
    OutcomeKind.OTHER.value: "#adb5bd",
}
_RATE_COLOUR = "#2a9d8f"
_DAYS_COLOUR = "#577590"
_GIFTED_COLOURS = ("#2a9d8f", "#adb5bd")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


# -- computing (runs on the thread pool) ---------------------------------------------------------------


@dataclass(frozen=True)
class InsightsQuery:
    window_days: int = insights.DEFAULT_WINDOW_DAYS
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    today: dt.date | None = None

    def chart_months(self, today: dt.date) -> tuple[dt.date, dt.date]:
        """First and last month of the outcomes chart: the period, at most MAX_CHART_MONTHS long."""
        end = self.date_to + dt.timedelta(days=self.window_days) if self.date_to else today
        end = insights.month_start(end)
        start = insights.month_start(self.date_from) if self.date_from else insights.add_months(end, -11)
        if start > end:
            start = end
        if insights.add_months(start, MAX_CHART_MONTHS) <= end:
            start = insights.add_months(end, -(MAX_CHART_MONTHS - 1))
        return start, end


@dataclass
class InsightsData:
    """Everything the view shows, computed in one go."""

    query: InsightsQuery
    report: insights.Report
    unfollowed: list[insights.UnfollowedRow]
    overdue: list[insights.OverdueReactionRow]
    next_steps: list[insights.NextStepRow]
    months: list[tuple[dt.date, dict[str, int]]]
    currency: str = "EUR"
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


def load_insights(store: Store, query: InsightsQuery) -> InsightsData:
    """Compute the figures, the lists and the chart series (no Qt; safe on any thread)."""
    today = query.today or dt.date.today()
    began = time.perf_counter()
    timings: dict[str, float] = {}

    def timed(name: str, func: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = func()
        timings[name] = time.perf_counter() - start
        return result

    window, start, end = query.window_days, query.date_from, query.date_to
    report = timed(
        "compute", lambda: insights.compute(store, window_days=window, date_from=start, date_to=end)
    )
    unfollowed = timed("unfollowed", lambda: insights.unfollowed_gifted(store, today=today))
    overdue = timed("overdue", lambda: insights.overdue_reactions(store, today=today))
    steps = timed(
        "next_steps", lambda: insights.next_steps(store, window_days=window, date_from=start, date_to=end)
    )
    first, last = query.chart_months(today)
    months = timed("months", lambda: insights.outcomes_per_month(store, first, last))
    return InsightsData(
        query=query,
        report=report,
        unfollowed=unfollowed,
        overdue=overdue,
        next_steps=steps,
        months=months,
        currency=str(settings.get(store, "currency")),
        seconds=time.perf_counter() - began,
        timings=timings,
    )


@dataclass(frozen=True)
class QualityRow:
    """One line of the quality table: the gifts with (or without) one quality."""

    quality: str
    present: bool
    label: str
    figures: insights.GroupFigures


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, str)


class _Job(QRunnable):
    def __init__(self, serial: int, store: Store, query: InsightsQuery, signals: _Signals) -> None:
        super().__init__()
        self._serial = serial
        self._store = store
        self._query = query
        self._signals = signals

    def run(self) -> None:
        try:
            data = load_insights(self._store, self._query)
        except Exception as exc:  # shown in the view, never lost on the worker thread
            self._signals.failed.emit(self._serial, exc, traceback.format_exc())
        else:
            self._signals.done.emit(self._serial, data)


# -- the page ------------------------------------------------------------------------------------------


def _table(model: RecordTableModel, name: str) -> tuple[QTableView, SortFilterProxy]:
    proxy = SortFilterProxy(model)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the services' order first
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(_FIT_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return view, proxy


def content_width(view: QTableView, column: int, rows: int = _FIT_ROWS) -> int:
    """The width column ``column`` needs for its header and its first ``rows`` rows.

    Measured on the display texts directly: Qt's own resizeColumnsToContents asks the model
    for every role of every cell and takes seconds on a large store.
    """
    model = view.model()
    metrics = view.fontMetrics()
    header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or ""
    bold = QFont(view.horizontalHeader().font())
    bold.setBold(True)
    widest = QFontMetrics(bold).horizontalAdvance(str(header)) + 24  # room for the sort arrow
    for row in range(min(rows, model.rowCount())):
        text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        if text:
            extra = 24 if model.index(row, column).data(Qt.ItemDataRole.DecorationRole) is not None else 0
            widest = max(widest, metrics.horizontalAdvance(str(text)) + 14 + extra)
    return widest


class _ChartView(QChartView):
    """A chart with a title and no frame, drawn antialiased."""

    def __init__(self, name: str) -> None:
        chart = QChart()
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.5))
        chart.setTitleFont(title_font)
        super().__init__(chart)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(240, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def reset(self, title: str) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        return chart


class _Figure(QFrame):
    """One headline figure: a big number and a line of explanation under it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.caption = QLabel()
        self.value = QLabel()
        self.detail = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        for label in (self.caption, self.detail):
            palette = label.palette()
            palette.setColor(label.foregroundRole(), MUTED_FG)
            label.setPalette(palette)
        self.detail.setWordWrap(True)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, caption: str, value: str, detail: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)

    def text(self) -> str:
        return " ".join(label.text() for label in (self.caption, self.value, self.detail))


class InsightsView(QWidget):
    """Reciprocity figures, charts and the lists to act on."""

    prospect_activated = Signal(str)
    #: Emitted each time the page shows freshly computed figures.
    refreshed = Signal()
    #: Emitted when computing failed (the message is also shown on the page).
    failed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("insightsView")
        self.data: InsightsData | None = None
        self.today: dt.date | None = None  # tests fix "today"; None = the real date
        self._serial = 0
        self._running = False
        self._again = False
        self._pending: dict[int, _Signals] = {}
        self._running_query: InsightsQuery | None = None
        self._ever_refreshed = False
        self._money_cache: dict[tuple[int | None, str], str] = {}
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self._build()

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)

        bar = QHBoxLayout()
        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("windowDays")
        self.window_spin.setRange(0, insights.MAX_WINDOW_DAYS)
        self.window_spin.setValue(insights.DEFAULT_WINDOW_DAYS)
        self.window_spin.setSuffix(self.tr(" days"))
        self.window_spin.setToolTip(
            self.tr("An outcome up to this many days after a gift counts as reciprocating it.")
        )
        window_label = QLabel(self.tr("Reciprocity &window:"))
        window_label.setBuddy(self.window_spin)
        this_year = dt.date.today().replace(month=1, day=1)
        self.from_check = QCheckBox(self.tr("Gifts &from"))
        self.from_edit = self._date_edit("dateFrom", this_year)
        self.to_check = QCheckBox(self.tr("&to"))
        self.to_edit = self._date_edit("dateTo", dt.date.today())
        self.from_edit.setEnabled(False)
        self.to_edit.setEnabled(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.help_button = QToolButton()
        self.help_button.setObjectName("helpButton")
        self.help_button.setText("?")
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("What the figures mean"))
        self.help_button.setAccessibleName(self.tr("Help on the figures"))
        for widget in (window_label, self.window_spin):
            bar.addWidget(widget)
        bar.addSpacing(16)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.help_button)
        root.addLayout(bar)

        self.help_panel = QTextBrowser()
        self.help_panel.setObjectName("helpPanel")
        self.help_panel.setOpenExternalLinks(False)
        self.help_panel.setHtml(self.help_html())
        self.help_panel.setVisible(False)
        self.help_panel.setMaximumHeight(260)
        root.addWidget(self.help_panel)

        figures = QHBoxLayout()
        figures.setSpacing(6)
        self.gifts_figure = _Figure("figureGifts")
        self.gifted_figure = _Figure("figureGifted")
        self.not_gifted_figure = _Figure("figureNotGifted")
        self.value_figure = _Figure("figureValue")
        for figure in (self.gifts_figure, self.gifted_figure, self.not_gifted_figure, self.value_figure):
            figures.addWidget(figure, 1)
        root.addLayout(figures)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("insightsTabs")
        root.addWidget(self.tabs, 1)

        # Overview: charts on the left, the lists to act on on the right.
        overview = QSplitter(Qt.Orientation.Horizontal)
        overview.setChildrenCollapsible(False)
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.rate_chart = _ChartView("rateChart")
        self.days_chart = _ChartView("daysChart")
        self.gifted_chart = _ChartView("giftedChart")
        self.months_chart = _ChartView("monthsChart")
        grid.addWidget(self.rate_chart, 0, 0)
        grid.addWidget(self.days_chart, 0, 1)
        grid.addWidget(self.gifted_chart, 0, 2)
        grid.addWidget(self.months_chart, 1, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        overview.addWidget(charts)

        act = QWidget()
        act_layout = QVBoxLayout(act)
        act_layout.setContentsMargins(0, 0, 0, 0)
        act_header = QHBoxLayout()
        act_title = QLabel(self.tr("To act on"))
        title_font = QFont(act_title.font())
        title_font.setBold(True)
        act_title.setFont(title_font)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("listFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter the lists…"))
        self.filter_edit.setClearButtonEnabled(True)
        act_header.addWidget(act_title)
        act_header.addWidget(self.filter_edit, 1)
        act_layout.addLayout(act_header)
        self.act_tabs = QTabWidget()
        self.act_tabs.setObjectName("actTabs")
        act_layout.addWidget(self.act_tabs, 1)
        hint = QLabel(self.tr("Double-click a row to open the prospect."))
        palette = hint.palette()
        palette.setColor(hint.foregroundRole(), MUTED_FG)
        hint.setPalette(palette)
        act_layout.addWidget(hint)
        overview.addWidget(act)
        overview.setStretchFactor(0, 3)
        overview.setStretchFactor(1, 2)
        overview.setSizes([780, 560])

        self.unfollowed_model = RecordTableModel(self._unfollowed_columns(), self)
        self.overdue_model = RecordTableModel(self._overdue_columns(), self)
        self.steps_model = RecordTableModel(self._steps_columns(), self)
        self.unfollowed_view, self.unfollowed_proxy = _table(self.unfollowed_model, "unfollowedList")
        self.overdue_view, self.overdue_proxy = _table(self.overdue_model, "overdueList")
        self.steps_view, self.steps_proxy = _table(self.steps_model, "nextStepsList")
        self.steps_view.setWordWrap(True)  # the suggested step may take two lines: every row has room for two
        self.steps_view.verticalHeader().setDefaultSectionSize(
            2 * self.steps_view.fontMetrics().lineSpacing() + 8
        )
        self.act_tabs.addTab(self.unfollowed_view, "")
        self.act_tabs.addTab(self.overdue_view, "")
        self.act_tabs.addTab(self.steps_view, "")
        self.act_tabs.setTabToolTip(
            0, self.tr("Gifted prospects nobody has followed up since their latest gift")
        )
        self.act_tabs.setTabToolTip(1, self.tr("Gifts whose reaction is still unknown after asking was due"))
        self.act_tabs.setTabToolTip(
            2, self.tr("Prospects who gave something back, with a suggested next step")
        )
        self.tabs.addTab(overview, self.tr("Overview"))

        # Figures: the report's tables.
        tables = QWidget()
        tables_grid = QGridLayout(tables)
        tables_grid.setContentsMargins(0, 6, 0, 0)
        self.kind_model = RecordTableModel(self._kind_columns(), self)
        self.quality_model = RecordTableModel(self._quality_columns(), self)
        self.outcome_model = RecordTableModel(self._outcome_columns(), self)
        self.balance_model = RecordTableModel(self._balance_columns(), self)
        self.kind_view, self.kind_proxy = _table(self.kind_model, "byKindTable")
        self.quality_view, self.quality_proxy = _table(self.quality_model, "byQualityTable")
        self.outcome_view, self.outcome_proxy = _table(self.outcome_model, "byOutcomeTable")
        self.balance_view, self.balance_proxy = _table(self.balance_model, "balanceTable")
        for row, column, title, view in (
            (0, 0, self.tr("By gift kind"), self.kind_view),
            (0, 1, self.tr("With and without each quality"), self.quality_view),
            (1, 0, self.tr("By outcome kind"), self.outcome_view),
            (1, 1, self.tr("Balance per prospect (order value − gift cost)"), self.balance_view),
        ):
            box = QVBoxLayout()
            label = QLabel(title)
            label.setFont(title_font)
            box.addWidget(label)
            box.addWidget(view, 1)
            tables_grid.addLayout(box, row, column)
        self.tabs.addTab(tables, self.tr("Figures"))

        for view in (self.unfollowed_view, self.overdue_view, self.steps_view, self.balance_view):
            view.activated.connect(self._activate)

        self.window_spin.valueChanged.connect(self._schedule)
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        for signal in (
            self.from_check.toggled,
            self.to_check.toggled,
            self.from_edit.dateChanged,
            self.to_edit.dateChanged,
        ):
            signal.connect(self._schedule)
        self.filter_edit.textChanged.connect(self._filter)
        self.help_button.toggled.connect(self.help_panel.setVisible)
        self._update_tab_titles()

    def _date_edit(self, name: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(to_qdate(value))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # -- columns -------------------------------------------------------------------------------------

    def _money(self, cents: int | None) -> str:
        currency = self.data.currency if self.data else "EUR"
        text = self._money_cache.get((cents, currency))
        if text is None:  # Babel formatting is slow enough to matter over thousands of cells
            text = self._money_cache[(cents, currency)] = fmt_money(cents, currency)
        return text

    @staticmethod
    def _pct(rate: float | None) -> str:
        return "–" if rate is None else f"{rate * 100:.0f} %"

    @staticmethod
    def _days(days: float | None) -> str:
        return "–" if days is None else f"{days:g}"

    @staticmethod
    def _num(value: float | None) -> float:
        return -1.0 if value is None else float(value)

    def _unfollowed_columns(self) -> list[Column]:
        return [
            Column(self.tr("Prospect"), lambda r: r.name, tooltip=lambda r: f"{r.name}, {r.city}"),
            Column(
                self.tr("Latest gift"),
                lambda r: self._kind_label(r.gift_kind),
                tooltip=lambda r: f"{r.description} ({fmt_date(r.gift_date)})",
            ),
            Column(
                self.tr("Days since"),
                lambda r: str(r.days_since),
                sort_key=lambda r: r.days_since,
                align=_RIGHT,
                tooltip=lambda r: fmt_date(r.gift_date),
            ),
            Column(
                self.tr("Next follow-up"),
                lambda r: fmt_date(r.next_due) if r.next_due else self.tr("none planned"),
                sort_key=lambda r: r.next_due.toordinal() if r.next_due else 0,
            ),
        ]

    def _overdue_columns(self) -> list[Column]:
        return [
            Column(self.tr("Prospect"), lambda r: r.name),
            Column(
                self.tr("Gift"),
                lambda r: r.description,
                tooltip=lambda r: f"{value_label(r.gift_kind)}: {r.description} ({fmt_date(r.gift_date)})",
            ),
            Column(self.tr("Due"), lambda r: fmt_date(r.due), sort_key=lambda r: r.due.toordinal()),
            Column(
                self.tr("Overdue"),
                lambda r: self.tr("{n} d").format(n=r.days_overdue),
                sort_key=lambda r: r.days_overdue,
                align=_RIGHT,
                tooltip=lambda r: self.tr("{n} days overdue").format(n=r.days_overdue),
            ),
            Column(
                self.tr("Asked"),
                lambda r: self.tr("yes") if r.asked else self.tr("no"),
                tooltip=lambda r: (
                    self.tr("Asked, but the reaction was not recorded")
                    if r.asked
                    else self.tr("Not asked yet")
                ),
            ),
        ]

    def _steps_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Prospect"),
                lambda r: r.name,
                tooltip=lambda r: self.tr("{name}, {city} · {outcomes} outcomes, orders {orders}").format(
                    name=r.name, city=r.city, outcomes=r.outcomes, orders=self._money(r.order_value_cents)
                ),
            ),
            Column(
                self.tr("Latest outcome"),
                lambda r: self._outcome_label(r.last_outcome_kind),
                sort_key=lambda r: r.last_outcome_date.toordinal(),
                tooltip=lambda r: f"{value_label(r.last_outcome_kind)}, {fmt_date(r.last_outcome_date)}",
            ),
            Column(self.tr("Suggested next step"), self.step_text, tooltip=self.step_text),
        ]

    def _kind_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Gift kind"),
                lambda k: self._kind_label(k.kind),
                tooltip=lambda k: value_label(k.kind),
            ),
            Column(self.tr("Gifts"), lambda k: str(k.gifts), sort_key=lambda k: k.gifts, align=_RIGHT),
            Column(
                self.tr("Prospects"), lambda k: str(k.prospects), sort_key=lambda k: k.prospects, align=_RIGHT
            ),
            Column(
                self.tr("Reciprocated"),
                lambda k: str(k.reciprocated),
                sort_key=lambda k: k.reciprocated,
                align=_RIGHT,
            ),
            Column(
                self.tr("Rate"),
                lambda k: self._pct(k.rate),
                sort_key=lambda k: self._num(k.rate),
                align=_RIGHT,
            ),
            Column(
                self.tr("Median days"),
                lambda k: self._days(k.median_days),
                sort_key=lambda k: self._num(k.median_days),
                align=_RIGHT,
            ),
            Column(
                self.tr("Cost"),
                lambda k: self._money(k.cost_cents),
                sort_key=lambda k: k.cost_cents,
                align=_RIGHT,
            ),
            Column(
                self.tr("Order value"),
                lambda k: self._money(k.order_value_cents),
                sort_key=lambda k: k.order_value_cents,
                align=_RIGHT,
            ),
        ]

    def _quality_columns(self) -> list[Column]:
        return [
            Column(self.tr("Gifts that were…"), lambda q: q.label),
            Column(
                self.tr("Gifts"),
                lambda q: str(q.figures.gifts),
                sort_key=lambda q: q.figures.gifts,
                align=_RIGHT,
            ),
            Column(
                self.tr("Reciprocated"),
                lambda q: str(q.figures.reciprocated),
                sort_key=lambda q: q.figures.reciprocated,
                align=_RIGHT,
            ),
            Column(
                self.tr("Rate"),
                lambda q: self._pct(q.figures.rate),
                sort_key=lambda q: self._num(q.figures.rate),
                align=_RIGHT,
            ),
            Column(
                self.tr("Median days"),
                lambda q: self._days(q.figures.median_days),
                sort_key=lambda q: self._num(q.figures.median_days),
                align=_RIGHT,
            ),
            Column(
                self.tr("Cost"),
                lambda q: self._money(q.figures.cost_cents),
                sort_key=lambda q: q.figures.cost_cents,
                align=_RIGHT,
            ),
            Column(
                self.tr("Order value"),
                lambda q: self._money(q.figures.order_value_cents),
                sort_key=lambda q: q.figures.order_value_cents,
                align=_RIGHT,
            ),
        ]

    def quality_rows(self, report: insights.Report) -> list[QualityRow]:
        """Two rows per quality: the gifts with it and the gifts without it."""
        rows = []
        for quality in report.by_quality:
            label = self.quality_label(quality.quality)
            rows.append(QualityRow(quality.quality, True, label, quality.with_))
            rows.append(
                QualityRow(
                    quality.quality,
                    False,
                    self.tr("not {quality}").format(quality=label.lower()),
                    quality.without,
                )
            )
        return rows

    def _outcome_columns(self) -> list[Column]:
        return [
            Column(
                self.tr("Outcome kind"),
                lambda o: self._outcome_label(o.kind),
                tooltip=lambda o: value_label(o.kind),
            ),
            Column(
                self.tr("All"), lambda o: str(o.all_outcomes), sort_key=lambda o: o.all_outcomes, align=_RIGHT
            ),
            Column(
                self.tr("After a gift"),
                lambda o: str(o.outcomes),
                sort_key=lambda o: o.outcomes,
                align=_RIGHT,
            ),
            Column(
                self.tr("Median days from gift"),
                lambda o: self._days(o.median_days),
                sort_key=lambda o: self._num(o.median_days),
                align=_RIGHT,
            ),
            Column(
                self.tr("Value after a gift"),
                lambda o: self._money(o.value_cents),
                sort_key=lambda o: o.value_cents,
                align=_RIGHT,
            ),
        ]

    def _balance_columns(self) -> list[Column]:
        return [
            Column(self.tr("Prospect"), lambda b: b.name, tooltip=lambda b: f"{b.name}, {b.city}"),
            Column(self.tr("Gifts"), lambda b: str(b.gifts), sort_key=lambda b: b.gifts, align=_RIGHT),
            Column(
                self.tr("Gift cost"),
                lambda b: self._money(b.gift_cost_cents),
                sort_key=lambda b: b.gift_cost_cents,
                align=_RIGHT,
            ),
            Column(
                self.tr("Outcomes"), lambda b: str(b.outcomes), sort_key=lambda b: b.outcomes, align=_RIGHT
            ),
            Column(
                self.tr("Order value"),
                lambda b: self._money(b.order_value_cents),
                sort_key=lambda b: b.order_value_cents,
                align=_RIGHT,
            ),
            Column(
                self.tr("Net"),
                lambda b: self._money(b.net_cents),
                sort_key=lambda b: b.net_cents,
                align=_RIGHT,
                foreground=lambda b: QColor("#b02a37") if b.net_cents < 0 else None,
            ),
        ]

    # -- texts ---------------------------------------------------------------------------------------

    def quality_label(self, quality: str) -> str:
        return {
            "personal": self.tr("Personal"),
            "unexpected": self.tr("Unexpected"),
            "meaningful": self.tr("Meaningful"),
        }.get(quality, quality)

    def step_text(self, row: insights.NextStepRow) -> str:
        """The suggested next step in the user's language (the rules are in services.insights)."""
        texts = {
            "thank_order": self.tr("Thank them for the order; ask how it works and whom else it could help."),
            "thank_referral": self.tr("Thank them for the referral; report back how it went."),
            "offer_after_meeting": self.tr("Send what you promised at the meeting, then ask for the order."),
            "meet_decision_maker": self.tr("Ask for a meeting with {name}, the decision maker."),
            "find_decision_maker": self.tr("Find out who decides and ask for a meeting."),
            "thank_send_info": self.tr("Thank them; send useful information."),
        }
        return texts.get(row.step, row.step_text).format(name=row.decision_maker)

    def help_html(self) -> str:
        return self.tr(
            "<h3>What the figures mean</h3>"
            "<p>A gift is <b>reciprocated</b> when its prospect has an outcome of any kind (conversation, "
            "referral, meeting, order, other) dated on or after the gift's date and at most the "
            "<b>window</b> (default 90 days) after it. An outcome <i>reciprocates</i> the gifts it follows "
            "in that way.</p>"
            "<ul>"
            "<li><b>Rate</b> = reciprocated gifts ÷ gifts (shown as – when there are no gifts).</li>"
            "<li><b>Median days</b>: over the reciprocated gifts, the days from the gift to the first outcome "
            "on or after it.</li>"
            "<li><b>Cost</b>: what the gifts cost. <b>Order value</b>: the value of the orders that "
            "reciprocate at least one gift of the group, each order counted once per group.</li>"
            "<li><b>Gifted</b>: prospects with at least one gift in the period, and how many of them have a "
            "reciprocated gift. <b>Not gifted</b>: prospects who never got a gift, and how many of them have "
            "any outcome in the period.</li>"
            "<li><b>From/To</b> choose the gifts by gift date; their outcomes may come after <i>To</i>, within "
            "the window. Outcomes counted on their own (not gifted, per outcome kind, balance) are those from "
            "<i>From</i> to <i>To</i> plus the window.</li>"
            "<li><b>Balance</b> per prospect: order value minus gift cost.</li>"
            "<li>Deleted records never count.</li>"
            "</ul>"
            "<h3>The lists to act on</h3>"
            "<ul>"
            "<li><b>No follow-up yet</b>: gifted prospects for whom, since their latest gift, no follow-up was "
            "done, no reaction recorded and no outcome recorded.</li>"
            "<li><b>Reaction overdue</b>: gifts without a recorded reaction after their feedback follow-up was "
            "due (or, without one, the feedback delay after the gift).</li>"
            "<li><b>Next steps</b>: prospects with a reciprocated gift. The step follows their latest outcome: "
            "an order → thank them, ask how it works and whom else it could help; a referral → thank them and "
            "report back; a meeting → send what you promised, then ask for the order; a conversation → ask "
            "for a meeting with the decision maker (or find out who decides); anything else → thank them and "
            "send useful information.</li>"
            "</ul>"
            "<p>Remember: give first and do not ask for an immediate return.</p>"
        )

    # -- refreshing ----------------------------------------------------------------------------------

    def query(self) -> InsightsQuery:
        return InsightsQuery(
            window_days=self.window_spin.value(),
            date_from=to_date(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=to_date(self.to_edit.date()) if self.to_check.isChecked() else None,
            today=self.today,
        )

    def _schedule(self, *_args: object) -> None:
        self._debounce.start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._ever_refreshed:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Recompute the figures off the GUI thread; ``refreshed`` fires when they are shown."""
        self._ever_refreshed = True
        self._debounce.stop()
        if self._running:
            # one more run after this one, unless it computes exactly what is asked for now
            self._again = self.query() != self._running_query or self._again
            return
        self._start()

    def _start(self) -> None:
        query = self.query()
        if query.date_from and query.date_to and query.date_from > query.date_to:
            self._show_error(self.tr("The start date is after the end date."))
            return
        self._running = True
        self._running_query = query
        self._serial += 1
        signals = _Signals()
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)
        self._pending[self._serial] = signals
        self.status_label.setText(self.tr("Computing…"))
        QThreadPool.globalInstance().start(_Job(self._serial, self.store, query, signals))

    def _finish_job(self, serial: int) -> bool:
        """Forget the job; True when another run was asked for meanwhile (this result is stale)."""
        self._pending.pop(serial, None)
        self._running = False
        if self._again:
            self._again = False
            self._start()
            return True
        return False

    @Slot(int, object)
    def _on_done(self, serial: int, data: InsightsData) -> None:
        if self._finish_job(serial):
            return
        self.show_data(data)
        self.refreshed.emit()

    @Slot(int, object, str)
    def _on_failed(self, serial: int, error: object, details: str) -> None:
        if self._finish_job(serial):
            return
        if isinstance(error, DomainError):
            text = message_text(error.message)
        else:
            text = self.tr("The figures could not be computed: {error}").format(error=error)
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b02a37;")
        self.failed.emit(text)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until no computation is running (for tests and closing)."""
        return QThreadPool.globalInstance().waitForDone(timeout_ms)

    # -- showing -------------------------------------------------------------------------------------

    def show_data(self, data: InsightsData) -> None:
        self.data = data
        self._money_cache.clear()  # the locale or currency may have changed
        report = data.report
        self.status_label.setStyleSheet("")
        self.status_label.setText(self._period_text(data.query))
        self._show_figures(report)
        self._chart_by_kind(report)
        self._chart_gifted(report)
        self._chart_months(data.months)
        self.unfollowed_model.set_rows(data.unfollowed)
        self.overdue_model.set_rows(data.overdue)
        self.steps_model.set_rows(data.next_steps)
        self.kind_model.set_rows(report.by_kind)
        self.quality_model.set_rows(self.quality_rows(report))
        self.outcome_model.set_rows(report.by_outcome_kind)
        self.balance_model.set_rows(report.balance)
        for view, stretch in (
            (self.unfollowed_view, 0),
            (self.overdue_view, 1),
            (self.steps_view, 2),
            (self.kind_view, None),
            (self.quality_view, None),
            (self.outcome_view, None),
            (self.balance_view, None),
        ):
            self._fit_columns(view, stretch)
        self._update_tab_titles()

    @staticmethod
    def _fit_columns(view: QTableView, stretch: int | None) -> None:
        """Columns as wide as their contents (at most 170 px); ``stretch`` takes the rest of the width."""
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(header.count()):
            if column == stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(content_width(view, column), 170))
        header.setStretchLastSection(stretch is None)

    def _period_text(self, query: InsightsQuery) -> str:
        if query.date_from and query.date_to:
            period = self.tr("gifts from {start} to {end}").format(
                start=fmt_date(query.date_from), end=fmt_date(query.date_to)
            )
        elif query.date_from:
            period = self.tr("gifts since {start}").format(start=fmt_date(query.date_from))
        elif query.date_to:
            period = self.tr("gifts until {end}").format(end=fmt_date(query.date_to))
        else:
            period = self.tr("all gifts")
        return self.tr("{period}; outcomes within {days} days count").format(
            period=period, days=query.window_days
        )

    def _show_figures(self, report: insights.Report) -> None:
        total = report.total
        self.gifts_figure.set(
            self.tr("Gifts given"),
            str(total.gifts),
            self.tr("to {prospects} prospects · {rate} reciprocated").format(
                prospects=report.gifted.prospects, rate=self._pct(total.rate)
            ),
        )
        self.gifted_figure.set(
            self.tr("Gifted prospects who gave something back"),
            self._pct(report.gifted.rate),
            self.tr("{n} of {total} · median {days} days after the gift").format(
                n=report.gifted.reciprocated,
                total=report.gifted.prospects,
                days=self._days(total.median_days),
            ),
        )
        self.not_gifted_figure.set(
            self.tr("Prospects without a gift who gave something"),
            self._pct(report.not_gifted.rate),
            self.tr("{n} of {total} had an outcome").format(
                n=report.not_gifted.reciprocated, total=report.not_gifted.prospects
            ),
        )
        self.value_figure.set(
            self.tr("Orders after gifts"),
            self._money(total.order_value_cents),
            self.tr("for gifts that cost {cost}").format(cost=self._money(total.cost_cents)),
        )

    def _update_tab_titles(self) -> None:
        self.act_tabs.setTabText(
            0, self.tr("No follow-up yet ({n})").format(n=self.unfollowed_model.rowCount())
        )
        self.act_tabs.setTabText(1, self.tr("Reaction overdue ({n})").format(n=self.overdue_model.rowCount()))
        self.act_tabs.setTabText(2, self.tr("Next steps ({n})").format(n=self.steps_model.rowCount()))

    # -- charts --------------------------------------------------------------------------------------

    @staticmethod
    def _value_axis(title: str, maximum: float, *, tick_step: float | None = None) -> QValueAxis:
        axis = QValueAxis()
        axis.setTitleText(title)
        axis.setRange(0, maximum)
        axis.setLabelFormat("%d")
        if tick_step:
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(0)
            axis.setTickInterval(tick_step)
        else:
            axis.applyNiceNumbers()
        return axis

    @staticmethod
    def _category_axis(categories: Sequence[str], title: str = "") -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(list(categories))
        if title:
            axis.setTitleText(title)
        return axis

    def _bar_chart(
        self,
        view: _ChartView,
        title: str,
        categories: Sequence[str],
        values: Sequence[float],
        set_name: str,
        colour: str,
        y_title: str,
        y_max: float,
        label_format: str,
        *,
        tick_step: float | None = None,
        second_colour: str | None = None,
        horizontal: bool = False,
    ) -> None:
        chart = view.reset(title)
        if horizontal:  # categories top to bottom, long names readable
            categories, values = list(reversed(categories)), list(reversed(values))
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        bars = QBarSet(set_name)
        bars.append([float(v) for v in values])
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(colour))
        bars.setLabelColor(QColor("#212529"))
        if second_colour and len(values) > 1:  # QtCharts colours single bars through "selection"
            bars.setSelectedColor(QColor(second_colour))
            bars.selectBar(len(values) - 2 if horizontal else 1)
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat(label_format)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        category_axis = self._category_axis(categories)
        value_axis = self._value_axis(y_title, y_max, tick_step=tick_step)
        chart.addAxis(
            category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.legend().setVisible(False)

    def _kind_labels(self, kinds: Sequence[str]) -> list[str]:
        short = {
            GiftKind.SAMPLE.value: self.tr("Sample"),
            GiftKind.TRIAL.value: self.tr("Trial"),
            GiftKind.CONTENT.value: self.tr("Content"),
            GiftKind.ANALYSIS.value: self.tr("Analysis"),
            GiftKind.EVENT.value: self.tr("Event"),
            GiftKind.PERSONAL.value: self.tr("Present"),
            GiftKind.OTHER.value: self.tr("Other"),
        }
        return [short.get(kind, value_label(kind)) for kind in kinds]

    def _outcome_label(self, kind: str) -> str:
        short = {
            OutcomeKind.CONVERSATION.value: self.tr("Conversation"),
            OutcomeKind.REFERRAL.value: self.tr("Referral"),
            OutcomeKind.MEETING.value: self.tr("Meeting"),
            OutcomeKind.ORDER.value: self.tr("Order"),
            OutcomeKind.OTHER.value: self.tr("Other"),
        }
        return short.get(kind, value_label(kind))

    def _kind_label(self, kind: str) -> str:
        return self._kind_labels([kind])[0]

    def _chart_by_kind(self, report: insights.Report) -> None:
        kinds = [k.kind for k in report.by_kind]
        labels = self._kind_labels(kinds)
        rates = [round((k.rate or 0) * 100) for k in report.by_kind]
        days = [k.median_days or 0 for k in report.by_kind]
        rate_title = self.tr("Gifts reciprocated, by kind")
        days_title = self.tr("Median days to outcome")
        if not kinds:
            rate_title += " — " + self.tr("no gifts in this period")
            days_title += " — " + self.tr("no gifts in this period")
        self._bar_chart(
            self.rate_chart,
            rate_title,
            labels,
            rates,
            self.tr("Reciprocated (%)"),
            _RATE_COLOUR,
            self.tr("Reciprocated (%)"),
            115,
            "@value %",
            tick_step=25,
            horizontal=True,
        )
        top = max(days, default=0)
        self._bar_chart(
            self.days_chart,
            days_title,
            labels,
            days,
            self.tr("Median days"),
            _DAYS_COLOUR,
            self.tr("Days"),
            max(10, top * 1.25),
            "@value",
            horizontal=True,
        )

    def _chart_gifted(self, report: insights.Report) -> None:
        groups = (
            (self.tr("Gifted ({n})").format(n=report.gifted.prospects), report.gifted.rate),
            (self.tr("Not gifted ({n})").format(n=report.not_gifted.prospects), report.not_gifted.rate),
        )
        self._bar_chart(
            self.gifted_chart,
            self.tr("Gave something back"),
            [name for name, _ in groups],
            [round((rate or 0) * 100) for _, rate in groups],
            self.tr("Gave something back (%)"),
            _GIFTED_COLOURS[0],
            self.tr("Prospects (%)"),
            115,
            "@value %",
            tick_step=25,
            second_colour=_GIFTED_COLOURS[1],
            horizontal=True,
        )

    def _chart_months(self, months: list[tuple[dt.date, dict[str, int]]]) -> None:
        chart = self.months_chart.reset(self.tr("Outcomes per month"))
        series = QStackedBarSeries()
        locale_months = [self._month_label(month, len(months)) for month, _ in months]
        for kind in OutcomeKind:
            bars = QBarSet(self._outcome_label(kind.value))
            bars.append([float(counts.get(kind.value, 0)) for _, counts in months])
            bars.setColor(QColor(_OUTCOME_COLOURS[kind.value]))
            bars.setBorderColor(QColor(_OUTCOME_COLOURS[kind.value]))
            series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        x_axis = self._category_axis(locale_months, self.tr("Month"))
        x_axis.setLabelsAngle(-45 if len(months) > 12 else 0)
        top = max((sum(counts.values()) for _, counts in months), default=0)
        y_axis = self._value_axis(self.tr("Outcomes"), max(4, top + 1))
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(max(1, round(max(4, top + 1) / 4)))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        legend = chart.legend()
        legend.setVisible(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        font = QFont(legend.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        legend.setFont(font)

    def _month_label(self, month: dt.date, count: int) -> str:
        locale = self.locale()
        name = locale.monthName(month.month, locale.FormatType.ShortFormat)
        return f"{name} {month.year % 100:02d}" if count > 1 else f"{name} {month.year}"

    # -- acting --------------------------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        for proxy in (self.unfollowed_proxy, self.overdue_proxy, self.steps_proxy):
            proxy.setFilterFixedString(text)
        self._update_tab_titles_filtered()

    def _update_tab_titles_filtered(self) -> None:
        if not self.filter_edit.text():
            self._update_tab_titles()
            return
        for index, (proxy, model) in enumerate(
            (
                (self.unfollowed_proxy, self.unfollowed_model),
                (self.overdue_proxy, self.overdue_model),
                (self.steps_proxy, self.steps_model),
            )
        ):
            title = self.act_tabs.tabText(index).rsplit(" (", 1)[0]
            self.act_tabs.setTabText(index, f"{title} ({proxy.rowCount()}/{model.rowCount()})")

    def _activate(self, index) -> None:
        record = index.data(OBJECT_ROLE)
        prospect_id = getattr(record, "prospect_id", None)
        if prospect_id:
            self.prospect_activated.emit(prospect_id)
