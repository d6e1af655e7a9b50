"""The Insights page: which gifts lead to what, how fast, at what cost — and what to do now.

``InsightsView(ctx)`` is a page of the main window: the window-days spin box and the
from/to dates choose the figures; charts show the reciprocation rate and the median days
by gift kind, gifted against not-gifted prospects and the outcomes per month; three lists
say whom to act on. Double-clicking (or Enter on) a row emits
``prospect_activated(prospect_id)``.

What it shows is :func:`reciprocity_desktop.services.insights_lists_sql.load_page`: the figures, and
the lists to act on and the balance per prospect each computed once into a temporary table of the
load. On a large store that takes longer than a GUI thread may block, so :meth:`InsightsView.refresh`
runs it on the thread pool (:mod:`reciprocity_desktop.ui.widgets.recompute`) and emits ``refreshed``
when the page shows the result; the long tables then read the pages they paint from that load.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reciprocity_desktop.services import insights
from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.services.insights_lists_sql import (
    NEXT_STEPS_LIST,
    OVERDUE,
    UNFOLLOWED,
    InsightsPage,
    list_sort,
    load_page,
)
from reciprocity_desktop.services.snapshot import list_count, list_page, list_position
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.insights import charts, lists
from reciprocity_desktop.ui.insights.act import ActLists
from reciprocity_desktop.ui.insights.charts import ChartGrid, ChartView
from reciprocity_desktop.ui.insights.figures import Headlines
from reciprocity_desktop.ui.insights.help import HelpWindow
from reciprocity_desktop.ui.insights.parts import (
    ERROR_STYLE,
    KeepFitted,
    MoneyText,
    bold,
    fit_columns,
    prospect_of,
    record_table,
    table_view,
)
from reciprocity_desktop.ui.insights.texts import period_text
from reciprocity_desktop.ui.labels import message_text
from reciprocity_desktop.ui.widgets.forms import date_edit, to_date, to_qdate
from reciprocity_desktop.ui.widgets.lazy_table import LazyRecordModel, LazySource
from reciprocity_desktop.ui.widgets.page import Page
from reciprocity_desktop.ui.widgets.recompute import Recompute
from reciprocity_desktop.ui.widgets.tables import Column, RecordTableModel, SortFilterProxy


class InsightsView(Page):
    """Reciprocity figures, charts and the lists to act on."""

    watches = frozenset({"prospects", "contacts", "gifts", "followups", "outcomes", "settings"})

    prospect_activated = Signal(str)
    #: Emitted each time the page shows freshly computed figures.
    refreshed = Signal()
    #: Emitted when computing failed (the message is also shown on the page).
    failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("insightsView")
        self.stale = True  # computed when first shown
        self.data: InsightsPage | None = None
        self.today: dt.date | None = None  # tests fix "today"; None = the real date
        self.money = MoneyText()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.refresh)
        self._recompute = Recompute(self.query, partial(load_page, ctx.store), self._accept, self)
        self._recompute.started.connect(self._on_started)
        self._recompute.done.connect(self._on_done)
        self._recompute.failed.connect(self._on_failed)
        self._build()

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 8, 8, 8)
        root.setSpacing(6)
        root.addLayout(self._build_bar())
        self._build_help()
        figures = QHBoxLayout()
        figures.setSpacing(6)
        headlines = Headlines(figures)
        self.gifts_figure, self.gifted_figure = headlines.gifts, headlines.gifted
        self.not_gifted_figure, self.value_figure = headlines.not_gifted, headlines.value
        self._headlines = headlines
        root.addLayout(figures)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("insightsTabs")
        root.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_overview(), self.tr("Overview"))
        self.tabs.addTab(self._build_tables(), self.tr("Figures"))
        self._fitted = (
            (self.unfollowed_view, 0),
            (self.overdue_view, 1),
            (self.steps_view, 2),
            (self.kind_view, None),
            (self.quality_view, None),
            (self.outcome_view, None),
            (self.balance_view, None),
        )
        for view, stretch in self._fitted:  # and again when a table changes width
            KeepFitted(view, stretch)
        self._connect()

    def _build_bar(self) -> QHBoxLayout:
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
        self.from_check = QCheckBox(self.tr("Gifts fro&m"))
        self.from_edit = date_edit(to_qdate(dt.date.today().replace(month=1, day=1)), "dateFrom")
        self.to_check = QCheckBox(self.tr("&to"))
        self.to_edit = date_edit(to_qdate(dt.date.today()), "dateTo")
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
        bar = QHBoxLayout()
        bar.addWidget(window_label)
        bar.addWidget(self.window_spin)
        bar.addSpacing(16)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            bar.addWidget(widget)
        bar.addSpacing(16)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.help_button)
        return bar

    def _build_help(self) -> None:
        """The help opens in a window of its own beside the page: it takes no room from the charts."""
        self.help_window = HelpWindow(self)
        self.help_panel = self.help_window.browser
        self.help_window.finished.connect(lambda _result: self.help_button.setChecked(False))

    def _build_overview(self) -> QWidget:
        """Charts on the left, the lists to act on on the right."""
        overview = QSplitter(Qt.Orientation.Horizontal)
        overview.setChildrenCollapsible(False)
        overview.addWidget(self._build_charts())
        overview.addWidget(self._build_act())
        overview.setStretchFactor(0, 3)
        overview.setStretchFactor(1, 2)
        overview.setSizes([780, 560])
        return overview

    def _build_charts(self) -> QWidget:
        """The four charts, each tall enough for its labels; on a short window they scroll as one."""
        self.rate_chart = ChartView("rateChart")
        self.days_chart = ChartView("daysChart")
        self.gifted_chart = ChartView("giftedChart")
        self.months_chart = ChartView("monthsChart")
        charts_widget = ChartGrid(self.rate_chart, self.days_chart, self.gifted_chart, self.months_chart)
        scroll = QScrollArea()
        scroll.setObjectName("chartsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(charts_widget)
        # the splitter keeps the charts two by two at least
        scroll.setMinimumWidth(charts_widget.minimumWidth() + scroll.verticalScrollBar().sizeHint().width())
        self.charts_scroll, self.chart_grid = scroll, charts_widget
        return scroll

    def _build_act(self) -> QWidget:
        """The lists to act on (lazy: counted and paged in SQL), with their filter."""
        self.act = ActLists(self.money, self)
        self.filter_edit, self.act_tabs = self.act.filter_edit, self.act.tabs
        models, views = self.act.models, self.act.views
        self.unfollowed_model, self.unfollowed_view = models[UNFOLLOWED], views[UNFOLLOWED]
        self.overdue_model, self.overdue_view = models[OVERDUE], views[OVERDUE]
        self.steps_model, self.steps_view = models[NEXT_STEPS_LIST], views[NEXT_STEPS_LIST]
        for view in views.values():
            self._style_table(view)
        self.steps_view.setWordWrap(True)  # the suggested step may take two lines: every row has room for two
        self.steps_view.verticalHeader().setDefaultSectionSize(
            2 * self.steps_view.fontMetrics().lineSpacing() + 8
        )
        return self.act

    def _build_tables(self) -> QWidget:
        """The report's tables, two by two."""
        tables = QWidget()
        grid = QGridLayout(tables)
        grid.setContentsMargins(0, 6, 0, 0)
        self.kind_model, self.kind_view, self.kind_proxy = self._table(
            lists.kind_columns(self.money), "byKindTable"
        )
        self.quality_model, self.quality_view, self.quality_proxy = self._table(
            lists.quality_columns(self.money), "byQualityTable"
        )
        self.outcome_model, self.outcome_view, self.outcome_proxy = self._table(
            lists.outcome_columns(self.money), "byOutcomeTable"
        )
        # one row per prospect: lazy, sorted in SQL over the load's balance
        self.balance_model = LazyRecordModel(
            lists.balance_columns(self.money), LazySource.empty(), lists.BALANCE_SORT_KEYS, self
        )
        self.balance_view = table_view(self.balance_model, "balanceTable")
        self._style_table(self.balance_view)
        for row, column, title, view in (
            (0, 0, self.tr("By gift kind"), self.kind_view),
            (0, 1, self.tr("With and without each quality"), self.quality_view),
            (1, 0, self.tr("By outcome kind"), self.outcome_view),
            (1, 1, self.tr("Balance per prospect (order value − gift cost)"), self.balance_view),
        ):
            box = QVBoxLayout()
            box.addWidget(bold(QLabel(title)))
            box.addWidget(view, 1)
            grid.addLayout(box, row, column)
        return tables

    def _table(
        self, columns: list[Column], name: str
    ) -> tuple[RecordTableModel, QTableView, SortFilterProxy]:
        model = RecordTableModel(columns, self)
        view, proxy = record_table(model, name)
        self._style_table(view)
        return model, view, proxy

    @staticmethod
    def _style_table(view: QTableView) -> None:
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setHighlightSections(False)

    def _connect(self) -> None:
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
        self.help_button.toggled.connect(self._show_help)

    def _show_help(self, shown: bool) -> None:
        if shown:
            self.help_window.show_beside(self.help_button)
        else:
            self.help_window.hide()

    # -- refreshing ----------------------------------------------------------------------------------

    def query(self) -> insights.InsightsQuery:
        return insights.InsightsQuery(
            window_days=self.window_spin.value(),
            date_from=to_date(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=to_date(self.to_edit.date()) if self.to_check.isChecked() else None,
            today=self.today,
        )

    def _schedule(self, *_args: object) -> None:
        self._debounce.start()

    @Slot()
    def refresh(self) -> None:
        """Recompute the figures off the GUI thread; ``refreshed`` fires when they are shown."""
        self.stale = False
        self._debounce.stop()
        self._recompute.request()

    def _accept(self, query: insights.InsightsQuery) -> bool:
        if query.starts_after_end:
            self._show_error(self.tr("The start date is after the end date."))
            return False
        return True

    def _on_started(self, _query: insights.InsightsQuery) -> None:
        self.status_label.setText(self.tr("Computing…"))

    def _on_done(self, data: InsightsPage) -> None:
        self.show_data(data)
        self.refreshed.emit()

    def _on_failed(self, error: object, _details: str) -> None:
        if isinstance(error, DomainError):
            text = message_text(error.message)
        else:
            text = self.tr("The figures could not be computed: {error}").format(error=error)
        self._show_error(text)

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.failed.emit(text)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until no computation is running (for tests and closing)."""
        return self._recompute.wait_idle(timeout_ms) and self.act.wait_idle(timeout_ms)

    # -- showing -------------------------------------------------------------------------------------

    def show_data(self, data: InsightsPage) -> None:
        """Show a load: its figures, and its lists and balance (read a page at a time from the load)."""
        shown, self.data = self.data, data
        self.money.reset(data.currency)  # the locale or currency may have changed
        report = data.report
        self.status_label.setStyleSheet("")
        self.status_label.setText(period_text(data.query))
        self._headlines.show(report, self.money)
        charts.show_by_kind(self.rate_chart, self.days_chart, report)
        charts.show_gifted(self.gifted_chart, report)
        charts.show_months(self.months_chart, data.months, self.locale())
        self.act.show_lists(data.lists)
        balance = data.balance
        self.balance_model.set_source(
            LazySource.over(balance, lambda: "", list_sort, list_count, list_page, list_position)
            if balance is not None
            else LazySource.empty()
        )
        for model, rows in (
            (self.kind_model, report.by_kind),
            (self.quality_model, lists.quality_rows(report)),
            (self.outcome_model, report.by_outcome_kind),
        ):
            model.set_rows(rows)
        if shown is not None and shown is not data:
            shown.close()  # its tables are no longer read
        for view, stretch in self._fitted:
            fit_columns(view, stretch)

    # -- acting --------------------------------------------------------------------------------------

    def _activate(self, index) -> None:
        prospect_id = prospect_of(index)
        if prospect_id:
            self.prospect_activated.emit(prospect_id)
