"""The Insights page's charts: rate and median days by gift kind, gifted against not gifted, outcomes per month."""

from __future__ import annotations

import html
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
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QToolTip, QWidget

from reciprocity_desktop.services.insights import MonthCounts, Report, busiest_month, month_labels
from reciprocity_desktop.store.models import OutcomeKind
from reciprocity_desktop.ui.insights.texts import count, kind_labels, outcome_label
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


#: The least size of a chart (px); a bar chart is taller when it has more bars (:meth:`ChartView.need_rows`).
MIN_WIDTH, MIN_HEIGHT = 200, 220
#: A chart's width when three stand side by side (their titles fit); narrower, they stand two by two.
WIDE_CHART = 240
#: The least width of a chart two by two: a longer title takes two lines, longer labels a smaller font.
NARROW_CHART = 210
#: What a horizontal bar chart needs besides its bars' labels: title, value axis, its title, margins (px).
CHART_FRAME = 112
#: Room between two category labels of a horizontal bar chart (px).
ROW_GAP = 7
#: The most of a bar chart's width its category labels may take (Qt cuts a wider label to "...").
LABEL_SHARE = 0.36
#: What Qt takes from that share beside a label set smaller to fit (its padding and the ticks; px, found by trying).
LABEL_PAD = 8
#: The smallest point size a label or axis title is set in to fit its room (smaller, it is cut with a tooltip).
SMALLEST_POINTS = 7.0
#: The room a chart's title leaves at its sides (the chart's margins and layout; px).
TITLE_SIDES = 24
#: The room a vertical axis title needs beside its text along the axis (px).
AXIS_TITLE_ENDS = 10
#: The months chart's width besides its bars (the outcomes axis, margins), and the room a month's label needs
#: beside its text on one line, beside the longer of month and year on two, and so when the year stands under
#: the first month and each January only (px, found by trying: with less, Qt writes "...").
MONTHS_AXIS_ROOM, LABEL_GAP, PART_GAP, YEARLY_GAP = 72, 18, 11, 14


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
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.on_resize = None  # what a chart adjusts to its width (the months' labels), if anything
        self.title = ""  # the whole title; the chart draws it on as many lines as its width needs
        self.title_lines = 1
        self.rows = 0  # the category labels one above the other (bar charts)
        self.axis_fonts: dict[int, QFont] = {}  # each axis's title font before it was made to fit
        chart.plotAreaChanged.connect(self._resized)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_title()
        self._resized()

    def _resized(self, *_area) -> None:
        if self.on_resize is not None:
            self.on_resize()
        self._fit_axis_titles()

    # -- longer words: the title on two lines, axis titles in a smaller font, the chart taller ------------

    def _fit_title(self) -> None:
        """The title on as many lines as the width needs (word by word); the whole title in the tooltip
        when it does not stand on one line."""
        chart = self.chart()
        lines = wrap_words(self.title, QFontMetrics(chart.titleFont()), self.width() - TITLE_SIDES)
        text = "<center>" + "<br>".join(map(html.escape, lines)) + "</center>" if len(lines) > 1 else self.title
        if chart.title() != text:
            chart.setTitle(text)
        self.setToolTip(self.title if len(lines) > 1 else "")
        if len(lines) != self.title_lines:
            self.title_lines = len(lines)
            self._fit_height()

    def _fit_axis_titles(self) -> None:
        """A horizontal axis title in a smaller font while it is wider than the plot (down to
        :data:`SMALLEST_POINTS`); the chart taller while a vertical one is longer than the plot is high."""
        area = self.chart().plotArea()
        if area.width() <= 0:
            return
        for axis in self.chart().axes():
            title = axis.titleText()
            if not title:
                continue
            base = self.axis_fonts.setdefault(id(axis), QFont(axis.titleFont()))
            needed = QFontMetrics(base).horizontalAdvance(title)
            if axis.orientation() == Qt.Orientation.Horizontal:
                font = fitted_font(base, needed, area.width())
                if axis.titleFont() != font:
                    axis.setTitleFont(font)
            elif needed + AXIS_TITLE_ENDS > area.height():
                self.setMinimumHeight(self.height() + needed + AXIS_TITLE_ENDS - int(area.height()))

    def _fit_height(self) -> None:
        extra = (self.title_lines - 1) * QFontMetrics(self.chart().titleFont()).lineSpacing()
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(max(MIN_HEIGHT, self.rows * (line + ROW_GAP) + CHART_FRAME) + extra)

    def plot_width(self, besides: int) -> float:
        """The width of the plot: as the chart laid it out, or, before it did, the view's less ``besides``."""
        laid_out = self.chart().plotArea().width()
        return laid_out if laid_out > 0 else self.width() - besides

    def need_rows(self, rows: int) -> None:
        """Be tall enough for ``rows`` category labels one above the other (shorter, Qt writes them as "...")."""
        self.rows = rows
        self._fit_height()

    def reset(self, title: str) -> QChart:
        self.on_resize = None
        chart = self.chart()
        chart.removeAllSeries()
        # the bars' values and the axes' numbers as the language writes them ("14,5"; Qt's own: "14.5")
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.axis_fonts.clear()
        self.rows = 0
        self.title = title
        self._fit_title()
        self._fit_height()
        return chart


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` as ``metrics`` measures, broken between words (a word
    wider than ``width`` stands on a line of its own), the lines about as long as each other."""

    def greedy(room: int) -> list[str]:
        lines: list[str] = []
        for word in text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [text]

    lines = greedy(width)
    if len(lines) > 1:  # as narrow as the same number of lines allows: "Gifts reciprocated / by kind"
        room = max(metrics.horizontalAdvance(line) for line in lines)
        while room > 0 and len(narrower := greedy(room - 4)) == len(lines):
            lines, room = narrower, room - 4
    return lines


def fitted_font(base: QFont, needed: float, room: float) -> QFont:
    """``base``, or a smaller size of it (not below :data:`SMALLEST_POINTS`) when ``needed`` px exceed ``room``."""
    font = QFont(base)
    if needed > room > 0 and base.pointSizeF() > 0:
        font.setPointSizeF(max(SMALLEST_POINTS, base.pointSizeF() * room / needed))
    return font


def _value_axis(title: str, maximum: float, *, tick_step: float | None = None) -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(0, maximum)
    axis.setLabelFormat("%.0f")  # with the chart's numbers localized, Qt writes no "%d" label
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
    view.need_rows(len(spec.categories))
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
    base_font = QFont(category_axis.labelsFont())
    metrics = QFontMetrics(base_font)

    def widest(texts: Sequence[str]) -> int:
        return max((metrics.horizontalAdvance(part) for text in texts for part in text.split("<br>")), default=0)

    wrapped = [name.replace(" (", "<br>(", 1) for name in categories]  # "Not gifted<br>(5007)": rich text

    def fit_labels() -> None:
        """A label wider than Qt gives the axis goes on two lines, its count under it; one still too wide
        (a long word: "Veranstaltung") has the labels set smaller."""
        room = view.width() * LABEL_SHARE
        wanted = wrapped if widest(categories) > room else categories
        if category_axis.categories() != wanted:
            category_axis.setCategories(wanted)
        font = fitted_font(base_font, widest(wanted), room - LABEL_PAD)
        if category_axis.labelsFont() != font:
            category_axis.setLabelsFont(font)

    view.on_resize = fit_labels
    fit_labels()

    def hovered(status: bool, index: int, _bars: QBarSet) -> None:  # the whole name and value of a bar
        if status and 0 <= index < len(categories):
            value = spec.label_format.replace("@value", QLocale().toString(float(values[index]), "g", 6))
            QToolTip.showText(QCursor.pos(), f"{categories[index]}: {value}", view)
        else:
            QToolTip.hideText()

    series.hovered.connect(hovered)


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
        (translate("InsightsView", "Gifted ({n})").format(n=count(report.gifted.prospects)), report.gifted.rate),
        (
            translate("InsightsView", "Not gifted ({n})").format(n=count(report.not_gifted.prospects)),
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


ZERO_WIDTH = "\u200b"


def month_axis_labels(view: ChartView, axis: QBarCategoryAxis, months: list, locale: QLocale):
    """The months' labels as the chart's width allows (a function to call again when it changes).

    The first way that fits, never cut to "...": "Jan 26" on one line; month over year; the year only
    under the first month and each January; the months' initials so. (Qt writes the labels as rich text
    and wants them unique: invisible zero-width spaces tell two Februaries apart.)
    """
    labels = month_labels(months)
    short = [locale.monthName(label.month, QLocale.FormatType.ShortFormat) for label in labels]
    narrow = [locale.monthName(label.month, QLocale.FormatType.NarrowFormat) for label in labels]

    def yearly(names: list[str]) -> list[str]:
        return [
            f"{name}<br>{label.year}" if n == 0 or label.month == 1 else f"{name}<br>{ZERO_WIDTH * (n + 1)}"
            for n, (name, label) in enumerate(zip(names, labels, strict=True))
        ]

    metrics = QFontMetrics(axis.labelsFont())

    def widest(texts: list[str]) -> int:
        return max(
            (metrics.horizontalAdvance(part) for text in texts for part in text.split("<br>")), default=0
        )

    one_line = [f"{name} {label.year}" for name, label in zip(short, labels, strict=True)]
    two_lines = [f"{name}<br>{label.year}" for name, label in zip(short, labels, strict=True)]
    ways = [
        (one_line, widest(one_line) + LABEL_GAP),
        (two_lines, widest(two_lines) + PART_GAP),
        *((texts, widest([t.replace(ZERO_WIDTH, "") for t in texts]) + YEARLY_GAP) for texts in
          (yearly(short), yearly(narrow))),
    ]  # fmt: skip

    def fit() -> None:
        room = view.plot_width(MONTHS_AXIS_ROOM) / max(1, len(labels))
        wanted = next((texts for texts, needed in ways if needed <= room), ways[-1][0])
        if axis.categories() != wanted:
            axis.setCategories(wanted)

    return fit


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
    x_axis = _category_axis([], translate("InsightsView", "Month"))
    fit_labels = month_axis_labels(view, x_axis, [month for month, _ in months], locale)
    view.on_resize = fit_labels
    fit_labels()
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


class ChartGrid(QWidget):
    """The page's four charts: three bar charts side by side over the months, or, when that is too narrow
    for their titles and labels, two side by side over the months and the third (the page scrolls them
    when they are taller than it)."""

    def __init__(self, rate: ChartView, days: ChartView, gifted: ChartView, months: ChartView) -> None:
        super().__init__()
        self.charts = (rate, days, gifted, months)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.columns = 0
        self.setMinimumWidth(2 * NARROW_CHART + self.grid.spacing())  # two by two
        self._place(3)

    def wide_enough(self, width: int) -> bool:
        return width >= 3 * WIDE_CHART + 2 * self.grid.spacing()

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for chart in self.charts:
            self.grid.removeWidget(chart)
        rate, days, gifted, months = self.charts
        if columns == 3:
            places = ((rate, 0, 0, 1), (days, 0, 1, 1), (gifted, 0, 2, 1), (months, 1, 0, 3))
        else:  # the months keep the whole width: their twelve labels need it
            places = ((rate, 0, 0, 1), (days, 0, 1, 1), (months, 1, 0, 2), (gifted, 2, 0, 2))
        for chart, row, column, span in places:
            self.grid.addWidget(chart, row, column, 1, span)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place(3 if self.wide_enough(event.size().width()) else 2)
