"""Page furniture of the printed day: the header and footer of every page, with "page x of y".

A numbering canvas keeps every page until the end, when the page count is known, and then
draws each page's header (the section it belongs to, "continued" on a continuation) and footer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from reciprocity_desktop.reports.flowables import SectionMark
from reciprocity_desktop.reports.fonts import BOLD, REGULAR
from reciprocity_desktop.reports.styles import GREY, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, RULE
from reciprocity_desktop.reports.text import ReportText
from reciprocity_desktop.services.day_sheet import DaySheet, Stop


@dataclass
class PageInfo:
    stop: Stop | None
    continued: bool


@dataclass
class Furniture:
    sheet: DaySheet
    text: ReportText
    pagesize: tuple[float, float]
    pages: list[PageInfo] = field(default_factory=list)
    total: int = 0


def fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def canvas_class(furniture: Furniture) -> type[pdfcanvas.Canvas]:
    class NumberedCanvas(pdfcanvas.Canvas):
        """Keeps every page until the end so each can say "page x of y"."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            furniture.total = len(self._page_states)
            for index, state in enumerate(self._page_states):
                self.__dict__.update(state)
                self._draw_furniture(index)
                super().showPage()
            super().save()

        def _draw_furniture(self, index: int) -> None:
            text, sheet = furniture.text, furniture.sheet
            translate = text.catalog.translate
            width, height = furniture.pagesize
            info = furniture.pages[index] if index < len(furniture.pages) else PageInfo(None, False)
            nxt = furniture.pages[index + 1] if index + 1 < len(furniture.pages) else None
            right = text.long_date(sheet.date)
            if info.stop is None:
                left = translate("Report", "Route overview")
            else:
                left = (
                    translate("Report", "Stop {number} of {count}").format(
                        number=info.stop.number, count=len(sheet.stops)
                    )
                    + " \u00b7 "
                    + info.stop.name
                )
            if info.continued:
                left += " \u2013 " + translate("Report", "continued")
            self.saveState()
            self.setFillColor(INK)
            self.setFont(REGULAR, 8.5)
            right_width = stringWidth(right, REGULAR, 8.5)
            self.drawRightString(width - MARGIN_X, height - 12 * mm, right)
            self.setFont(BOLD, 8.5)
            self.drawString(
                MARGIN_X,
                height - 12 * mm,
                fit(left, BOLD, 8.5, width - 2 * MARGIN_X - right_width - 8 * mm),
            )
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, height - 13.8 * mm, width - MARGIN_X, height - 13.8 * mm)
            self.line(MARGIN_X, 11.5 * mm, width - MARGIN_X, 11.5 * mm)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(GREY)
            footer_left = "Reciprocity Desktop"
            if sheet.seller:
                footer_left += " \u00b7 " + translate("Report", "Seller") + ": " + sheet.seller
            footer_left += " \u00b7 " + text.date(sheet.date)
            self.drawString(MARGIN_X, 8 * mm, fit(footer_left, REGULAR, 7.5, width / 2 - MARGIN_X))
            page_label = translate("Report", "Page {page} of {pages}").format(
                page=index + 1, pages=furniture.total
            )
            self.setFillColor(INK)
            self.drawRightString(width - MARGIN_X, 8 * mm, page_label)
            if nxt is not None and nxt.continued:
                self.setFont(BOLD, 7.5)
                self.drawRightString(
                    width - MARGIN_X, 12.6 * mm, translate("Report", "continued on the next page") + " \u2192"
                )
            self.restoreState()

    return NumberedCanvas


class DayDoc(BaseDocTemplate):
    def __init__(self, filename: str, furniture: Furniture, **kwargs) -> None:
        super().__init__(filename, **kwargs)
        self.furniture = furniture
        self._section: Stop | None = None
        self._section_start = 1
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.pagesize[0] - 2 * MARGIN_X,
            self.pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._page_end)])

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab's name
        if isinstance(flowable, SectionMark):
            self._section = flowable.stop
            self._section_start = self.page

    def _page_end(self, canvas, doc) -> None:
        self.furniture.pages.append(PageInfo(self._section, self.page > self._section_start))
