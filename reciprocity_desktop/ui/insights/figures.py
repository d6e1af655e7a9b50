"""The four headline figures above the Insights page's tabs: gifts, gifted, not gifted, orders."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from reciprocity_desktop.services.insights import Report
from reciprocity_desktop.ui.insights.parts import MoneyText, mute
from reciprocity_desktop.ui.insights.texts import count, days, percent
from reciprocity_desktop.ui.labels import translate, translate_n


class HeadlineFigure(QFrame):
    """One headline figure: a caption, a big number and a line of explanation under it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.caption = mute(QLabel())
        self.value = QLabel()
        self.detail = mute(QLabel())
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.caption.setWordWrap(True)  # a longer caption takes two lines rather than the others' width
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


class Headlines:
    """The row of headline figures and what each says about a report."""

    def __init__(self, layout: QHBoxLayout) -> None:
        self.gifts = HeadlineFigure("figureGifts")
        self.gifted = HeadlineFigure("figureGifted")
        self.not_gifted = HeadlineFigure("figureNotGifted")
        self.value = HeadlineFigure("figureValue")
        for figure in (self.gifts, self.gifted, self.not_gifted, self.value):
            layout.addWidget(figure, 1)

    def show(self, report: Report, money: MoneyText) -> None:
        total = report.total
        self.gifts.set(
            translate("InsightsView", "Gifts given"),
            count(total.gifts),
            translate_n("InsightsView", "to %n prospect(s) · {rate} reciprocated", report.gifted.prospects).format(
                rate=percent(total.rate)
            ),
        )
        self.gifted.set(
            translate("InsightsView", "Gifted prospects who gave something back"),
            percent(report.gifted.rate),
            translate("InsightsView", "{n} of {total} · median {days} days after the gift").format(
                n=count(report.gifted.reciprocated),
                total=count(report.gifted.prospects),
                days=days(total.median_days),
            ),
        )
        self.not_gifted.set(
            translate("InsightsView", "Prospects without a gift who gave something"),
            percent(report.not_gifted.rate),
            translate("InsightsView", "{n} of {total} had an outcome").format(
                n=count(report.not_gifted.reciprocated), total=count(report.not_gifted.prospects)
            ),
        )
        self.value.set(
            translate("InsightsView", "Orders after gifts"),
            money(total.order_value_cents),
            translate("InsightsView", "for gifts that cost {cost}").format(cost=money(total.cost_cents)),
        )
