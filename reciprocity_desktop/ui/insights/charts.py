"""The Insights page's charts: rate and median days by gift kind, gifted against not gifted, outcomes per month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QSizePolicy

from reciprocity_desktop.services.insights import MonthCounts, Report, busiest_month, month_labels
from reciprocity_desktop.store.models import OutcomeKind
from reciprocity_desktop.ui.insights.texts import kind_labels, outcome_label
from reciprocity_desktop.ui.labels import translate

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
_LABEL_COLOUR = "#212529"


class ChartView(QChartView):
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


def _category_axis(categories: Sequence[str], title: str = "") -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    if title:
        axis.setTitleText(title)
    return axis


@dataclass(frozen=True)
class Bars:
    """One horizontal bar chart: a bar per category, top to bottom, labelled with its value."""

    title: str
    categories: Sequence[str]
    values: Sequence[float]
    set_name: str
    colour: str
    axis_title: str
    axis_max: float
    label_format: str
    tick_step: float | None = None
    #: The colour of the second bar, when it differs (QtCharts colours single bars through "selection").
    second_colour: str | None = None


def show_bars(view: ChartView, spec: Bars) -> None:
    chart = view.reset(spec.title)
    categories, values = list(reversed(spec.categories)), list(reversed(spec.values))  # long names readable
    series = QHorizontalBarSeries()
    bars = QBarSet(spec.set_name)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(spec.colour))
    bars.setBorderColor(QColor(spec.colour))
    bars.setLabelColor(QColor(_LABEL_COLOUR))
    if spec.second_colour and len(values) > 1:
        bars.setSelectedColor(QColor(spec.second_colour))
        bars.selectBar(len(values) - 2)
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat(spec.label_format)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    category_axis = _category_axis(categories)
    value_axis = _value_axis(spec.axis_title, spec.axis_max, tick_step=spec.tick_step)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    chart.legend().setVisible(False)


def show_by_kind(rate_chart: ChartView, days_chart: ChartView, report: Report) -> None:
    """The reciprocation rate and the median days to an outcome, per gift kind."""
    labels = kind_labels([k.kind for k in report.by_kind])
    rates = [round((k.rate or 0) * 100) for k in report.by_kind]
    days = [k.median_days or 0 for k in report.by_kind]
    rate_title = translate("InsightsView", "Gifts reciprocated, by kind")
    days_title = translate("InsightsView", "Median days to outcome")
    if not report.by_kind:
        rate_title += " — " + translate("InsightsView", "no gifts in this period")
        days_title += " — " + translate("InsightsView", "no gifts in this period")
    rate_name = translate("InsightsView", "Reciprocated (%)")
    show_bars(
        rate_chart, Bars(rate_title, labels, rates, rate_name, _RATE_COLOUR, rate_name, 115, "@value %", 25)
    )
    show_bars(
        days_chart,
        Bars(
            days_title,
            labels,
            days,
            translate("InsightsView", "Median days"),
            _DAYS_COLOUR,
            translate("InsightsView", "Days"),
            max(10, max(days, default=0) * 1.25),
            "@value",
        ),
    )


def show_gifted(view: ChartView, report: Report) -> None:
    """How many gifted and not gifted prospects gave something back."""
    groups = (
        (translate("InsightsView", "Gifted ({n})").format(n=report.gifted.prospects), report.gifted.rate),
        (
            translate("InsightsView", "Not gifted ({n})").format(n=report.not_gifted.prospects),
            report.not_gifted.rate,
        ),
    )
    show_bars(
        view,
        Bars(
            translate("InsightsView", "Gave something back"),
            [name for name, _ in groups],
            [round((rate or 0) * 100) for _, rate in groups],
            translate("InsightsView", "Gave something back (%)"),
            _GIFTED_COLOURS[0],
            translate("InsightsView", "Prospects (%)"),
            115,
            "@value %",
            tick_step=25,
            second_colour=_GIFTED_COLOURS[1],
        ),
    )


def show_months(view: ChartView, months: MonthCounts, locale: QLocale) -> None:
    """Outcomes per month, stacked by kind, with the month names of ``locale``."""
    chart = view.reset(translate("InsightsView", "Outcomes per month"))
    series = QStackedBarSeries()
    for kind in OutcomeKind:
        bars = QBarSet(outcome_label(kind.value))
        bars.append([float(counts.get(kind.value, 0)) for _, counts in months])
        bars.setColor(QColor(_OUTCOME_COLOURS[kind.value]))
        bars.setBorderColor(QColor(_OUTCOME_COLOURS[kind.value]))
        series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    names = [
        f"{locale.monthName(label.month, QLocale.FormatType.ShortFormat)} {label.year}"
        for label in month_labels([month for month, _ in months])
    ]
    x_axis = _category_axis(names, translate("InsightsView", "Month"))
    x_axis.setLabelsAngle(-45 if len(months) > 12 else 0)
    top = max(4, busiest_month(months) + 1)
    y_axis = _value_axis(translate("InsightsView", "Outcomes"), top)
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setTickAnchor(0)
    y_axis.setTickInterval(max(1, round(top / 4)))
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
