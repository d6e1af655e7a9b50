"""The printed day: a route overview (with the gift kit) and one visit sheet per stop, as PDF.

``render_day(store, date, path)`` gathers the day in one read session
(:func:`reciprocity_desktop.services.day_sheet.gather_day`) and lays it out with ReportLab
platypus. Everything is set in DejaVu Sans (embedded); labels, dates and amounts follow the
chosen language. Cancelled visits are left out of the route (the overview says how many).

Layout rules: each visit sheet starts on a new page and normally fills exactly one (the ruled
note lines take whatever room is left). When a sheet has to run on (many earlier gifts), its
sections are kept together and the continuation page is marked in the header ("continued"),
the page before it in the footer. Header and footer carry the date and "page x of y" (a
numbering canvas draws them once the page count is known).

The file is written to a temporary name beside the target and renamed at the end, so an
error never leaves half a PDF behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreakIfNotEmpty,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reciprocity_desktop.i18n import LANGUAGES
from reciprocity_desktop.reports.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from reciprocity_desktop.reports.text import ReportText
from reciprocity_desktop.services import validate
from reciprocity_desktop.services.day_sheet import DaySheet, NoVisits, Stop, gather_day
from reciprocity_desktop.services.errors import DomainError, ValidationError
from reciprocity_desktop.store import Store

__all__ = [
    "PAPERS",
    "NoVisits",
    "RenderResult",
    "ReportWriteError",
    "qr_payload",
    "render_day",
    "write_day_pdf",
]

PAPERS = {"a4": A4, "letter": LETTER}
QR_PREFIX = "reciprocity:visit:"

MARGIN_X = 15 * mm
MARGIN_TOP = 19 * mm
MARGIN_BOTTOM = 16 * mm

INK = colors.HexColor("#1F2328")
GREY = colors.HexColor("#5F6670")
RULE = colors.HexColor("#B8BEC6")
HEAD_BG = colors.HexColor("#E6E9ED")
STRIPE = colors.HexColor("#F5F6F8")
GIFT_BG = colors.HexColor("#FFF4CC")
GIFT_LINE = colors.HexColor("#D9B84A")
OPENING_BG = colors.HexColor("#E8F1FB")
OPENING_LINE = colors.HexColor("#8DB3DE")
ALERT = colors.HexColor("#B3261E")
ALERT_BG = colors.HexColor("#FBE3E1")
ASK = colors.HexColor("#A35200")

BOX = "\u2610"  # ☐
BOX_TICKED = "\u2612"  # ☒
STAR = "\u2605"  # ★
WARN = "\u26a0"  # ⚠


class ReportWriteError(DomainError):
    """The PDF could not be written where asked."""


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    stops: int


def qr_payload(visit_id: str) -> str:
    """What a visit sheet's QR code carries, for the debrief screen to open the visit."""
    return f"{QR_PREFIX}{visit_id}"


# -- styles -----------------------------------------------------------------------------------


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
        self.base = base
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=BOLD)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=BOLD, fontSize=8, leading=10)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=GREY)
        self.tiny = ParagraphStyle(
            "tiny", parent=base, fontSize=6, leading=7, textColor=GREY, alignment=TA_CENTER
        )
        self.title = ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=16, leading=19.5, spaceAfter=2
        )
        self.company = ParagraphStyle(
            "company", parent=base, fontName=BOLD, fontSize=15, leading=18, spaceAfter=2
        )
        self.h2 = ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3
        )
        self.opening = ParagraphStyle("opening", parent=base, fontName=OBLIQUE, fontSize=10, leading=13.5)
        self.gift = ParagraphStyle("gift", parent=base, fontSize=10, leading=13)
        self.check = ParagraphStyle("check", parent=base, fontSize=9.5, leading=13)


def _style(commands: list) -> TableStyle:
    """A table style that never falls back to ReportLab's default font (Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _e(text: str) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


# -- flowables ----------------------------------------------------------------------------------


class _SectionMark(Flowable):
    """Zero-size marker: from here on the pages belong to this section (overview or a stop)."""

    def __init__(self, stop: Stop | None) -> None:
        super().__init__()
        self.stop = stop
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        pass


class QrCode(Flowable):
    """The visit's QR code; the payload is also a link annotation (a click opens the visit)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.width = self.height = size
        self.widget = QrCodeWidget(payload, barLevel="M", barBorder=2)

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        x0, y0, x1, y1 = self.widget.getBounds()
        drawing = Drawing(
            self.size,
            self.size,
            transform=[self.size / (x1 - x0), 0, 0, self.size / (y1 - y0), -x0, -y0],
        )
        drawing.initialFontName = REGULAR  # the renderer would otherwise select Helvetica
        drawing.add(self.widget)
        renderPDF.draw(drawing, self.canv, 0, 0)
        self.canv.linkURL(self.payload, (0, 0, self.size, self.size), relative=1, thickness=0)


class RuledLines(Flowable):
    """Lines to write on, filling the rest of the page (at least ``min_lines``)."""

    def __init__(self, min_lines: int = 5, max_lines: int = 18, spacing: float = 7.5 * mm) -> None:
        super().__init__()
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.spacing = spacing
        self.lines = min_lines

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        fits = int((avail_height - 2) // self.spacing)
        self.lines = max(self.min_lines, min(self.max_lines, fits))
        self.height = self.lines * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.height - (i + 1) * self.spacing
            self.canv.line(0, y, self.width, y)


# -- page furniture (header, footer, page x of y) ------------------------------------------------


@dataclass
class _PageInfo:
    stop: Stop | None
    continued: bool


@dataclass
class _Furniture:
    sheet: DaySheet
    text: ReportText
    pagesize: tuple[float, float]
    pages: list[_PageInfo] = field(default_factory=list)
    total: int = 0


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def _canvas_class(furniture: _Furniture) -> type[pdfcanvas.Canvas]:
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
            info = furniture.pages[index] if index < len(furniture.pages) else _PageInfo(None, False)
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
                _fit(left, BOLD, 8.5, width - 2 * MARGIN_X - right_width - 8 * mm),
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
            self.drawString(MARGIN_X, 8 * mm, _fit(footer_left, REGULAR, 7.5, width / 2 - MARGIN_X))
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


class _DayDoc(BaseDocTemplate):
    def __init__(self, filename: str, furniture: _Furniture, **kwargs) -> None:
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
        if isinstance(flowable, _SectionMark):
            self._section = flowable.stop
            self._section_start = self.page

    def _page_end(self, canvas, doc) -> None:
        self.furniture.pages.append(_PageInfo(self._section, self.page > self._section_start))


# -- the route overview ----------------------------------------------------------------------------


def _table_style(header: bool = True, stripes: bool = True) -> list:
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY)]
    if stripes:
        style.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, STRIPE]))
    return style


def _overview(sheet: DaySheet, text: ReportText, st: _Styles, width: float) -> list[Flowable]:
    translate = text.catalog.translate
    story: list[Flowable] = [_SectionMark(None)]
    story.append(
        _p(_e(translate("Report", "Route overview")) + " \u2013 " + _e(text.long_date(sheet.date)), st.title)
    )
    facts = [translate("Report", "Seller") + ": " + (sheet.seller or "\u2014")]
    facts.append(translate("Report", "Stops: {count}").format(count=len(sheet.stops)))
    if sheet.cancelled_count:
        facts.append(
            translate("Report", "Cancelled visits (not shown): {count}").format(count=sheet.cancelled_count)
        )
    story.append(_p(_e("   \u00b7   ".join(facts)), st.small))
    story.append(Spacer(0, 4 * mm))

    fractions = (0.045, 0.075, 0.285, 0.215, 0.2, 0.18)
    widths = [f * width for f in fractions]
    head = [
        _p("#", st.cell_head),
        _p(_e(translate("Report", "Time")), st.cell_head),
        _p(_e(translate("Report", "Company and address")), st.cell_head),
        _p(_e(translate("Report", "Contact and phone")), st.cell_head),
        _p(_e(translate("Report", "Gift to bring")), st.cell_head),
        _p(_e(translate("Report", "Result")), st.cell_head),
    ]
    rows = [head]
    done_label = _e(translate("Report", "done"))
    nobody_label = _e(translate("Report", "nobody there"))
    for stop in sheet.stops:
        company = "<b>" + _e(stop.name) + "</b>"
        if stop.address_lines:
            company += "<br/>" + "<br/>".join(_e(line) for line in stop.address_lines)
        contact_parts = []
        main = stop.main_contact
        if main is not None:
            star = STAR + " " if main.is_decision_maker else ""
            contact_parts.append(
                star + _e(main.name) + (f" <font size=7>({_e(main.role)})</font>" if main.role else "")
            )
            if len(stop.contacts) > 1:
                contact_parts[-1] += f" <font size=7 color='#5F6670'>+{len(stop.contacts) - 1}</font>"
        phones = [p for p in ((main.phone if main else ""), stop.phone) if p]
        for phone in dict.fromkeys(phones):
            contact_parts.append("\u260e " + _e(phone))
        gift = ""
        if stop.gift is not None:
            gift = _e(stop.gift.name)
            if stop.gift.kind:
                gift += f"<br/><font size=7 color='#5F6670'>{_e(text.enum('gift', stop.gift.kind))}</font>"
        done = BOX_TICKED if stop.status == "done" else BOX
        nobody = BOX_TICKED if stop.status == "nobody_there" else BOX
        checks = f"<font size=11>{done}</font> {done_label}<br/><font size=11>{nobody}</font> {nobody_label}"
        rows.append(
            [
                _p(f"<b>{stop.number}</b>", st.cell),
                _p(_e(stop.planned_time), st.cell),
                _p(company, st.cell),
                _p("<br/>".join(contact_parts), st.cell),
                _p(gift, st.cell),
                _p(checks, st.check),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_style(_table_style()))
    story.append(table)
    if any(stop.main_contact and stop.main_contact.is_decision_maker for stop in sheet.stops):
        story.append(Spacer(0, 1.5 * mm))
        story.append(_p(STAR + " = " + _e(translate("Report", "decision maker")), st.small))
    story.extend(_gift_kit(sheet, text, st, width))
    return story


def _gift_kit(sheet: DaySheet, text: ReportText, st: _Styles, width: float) -> list[Flowable]:
    translate = text.catalog.translate
    block: list[Flowable] = [_p(_e(translate("Report", "Gift kit \u2013 load into the car")), st.h2)]
    if not sheet.kit and not sheet.loose_gifts:
        block.append(_p(_e(translate("Report", "No gifts to bring today.")), st.base))
        return [CondPageBreak(25 * mm), KeepTogether(block)]
    if sheet.shortages:
        banner = Table(
            [
                [
                    _p(
                        "<b>"
                        + WARN
                        + " "
                        + _e(translate("Report", "Not enough in stock for today"))
                        + ":</b> "
                        + _e(", ".join(line.name for line in sheet.shortages)),
                        ParagraphStyle("alert", parent=st.base, textColor=ALERT),
                    )
                ]
            ],
            colWidths=[width],
        )
        banner.setStyle(
            _style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
                    ("BOX", (0, 0), (-1, -1), 0.8, ALERT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        block += [banner, Spacer(0, 2 * mm)]
    if sheet.kit:
        rows = [
            [
                _p(_e(translate("Report", "Item")), st.cell_head),
                _p(_e(translate("Report", "Kind")), st.cell_head),
                _p(_e(translate("Report", "Needed")), st.cell_head),
                _p(_e(translate("Report", "In stock")), st.cell_head),
                _p(_e(translate("Report", "Status")), st.cell_head),
                _p(_e(translate("Report", "Loaded")), st.cell_head),
            ]
        ]
        style = _table_style()
        for row_index, line in enumerate(sheet.kit, start=1):
            if line.missing:
                status = (
                    "<b>"
                    + WARN
                    + " "
                    + _e(translate("Report", "Missing: {count}").format(count=line.missing))
                    + "</b>"
                )
                style += [
                    ("BACKGROUND", (0, row_index), (-1, row_index), ALERT_BG),
                    ("TEXTCOLOR", (0, row_index), (-1, row_index), ALERT),
                ]
            else:
                status = _e(translate("Report", "Left after today: {count}").format(count=line.left_after))
                if line.low_after:
                    status += " <b>(" + _e(translate("Report", "low")) + ")</b>"
            alert = ParagraphStyle("kit_alert", parent=st.cell, textColor=ALERT) if line.missing else st.cell
            rows.append(
                [
                    _p(("<b>" + _e(line.name) + "</b>"), alert),
                    _p(_e(text.enum("gift", line.kind)), alert),
                    _p(f"<b>{line.needed}</b>", alert),
                    _p(str(line.in_stock), alert),
                    _p(status, alert),
                    _p(f"<font size=11>{BOX}</font>", st.check),
                ]
            )
        fractions = (0.29, 0.19, 0.1, 0.1, 0.2, 0.12)
        table = Table(rows, colWidths=[f * width for f in fractions], repeatRows=1)
        table.setStyle(_style(style))
        block.append(table)
    if sheet.loose_gifts:
        block.append(Spacer(0, 2.5 * mm))
        block.append(_p("<b>" + _e(translate("Report", "Also bring (not from stock)")) + "</b>", st.base))
        rows = [
            [
                _p(f"<font size=11>{BOX}</font>", st.check),
                _p(_e(gift.description), st.cell),
                _p(
                    _e(translate("Report", "Stop {number}").format(number=gift.stop_number))
                    + " \u00b7 "
                    + _e(gift.prospect_name),
                    st.cell,
                ),
            ]
            for gift in sheet.loose_gifts
        ]
        table = Table(rows, colWidths=[0.06 * width, 0.5 * width, 0.44 * width])
        table.setStyle(_style(_table_style(header=False, stripes=False)))
        block.append(table)
    return [CondPageBreak(40 * mm), KeepTogether(block)]


# -- a visit sheet --------------------------------------------------------------------------------------


def _boxed(content: list[Flowable], width: float, background, line) -> Table:
    table = Table([[content]], colWidths=[width])
    table.setStyle(
        _style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("BOX", (0, 0), (-1, -1), 0.8, line),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _section(heading: str, body: list[Flowable] | Flowable, st: _Styles) -> list[Flowable]:
    """A heading and its content, kept on one page (a long table still splits, header repeated)."""
    items = body if isinstance(body, list) else [body]
    return [CondPageBreak(22 * mm), KeepTogether([_p(_e(heading), st.h2), *items])]


def _visit_sheet(stop: Stop, sheet: DaySheet, text: ReportText, st: _Styles, width: float) -> list[Flowable]:
    translate = text.catalog.translate
    story: list[Flowable] = [PageBreakIfNotEmpty(), _SectionMark(stop)]

    # Who and where, with the QR code for the debrief screen.
    place = [
        translate("Report", "Stop {number} of {count}").format(number=stop.number, count=len(sheet.stops))
    ]
    if stop.planned_time:
        place.append(stop.planned_time)
    left: list[Flowable] = [
        _p(_e(" \u00b7 ".join(place)), st.small),
        _p(_e(stop.name), st.company),
    ]
    if stop.address_lines:
        left.append(_p("<br/>".join(_e(line) for line in stop.address_lines), st.base))
    reach = [("\u260e " + _e(stop.phone)) if stop.phone else "", _e(stop.email)]
    if any(reach):
        left.append(_p("   ".join(part for part in reach if part), st.base))
    facts = [translate("Report", "Stage") + ": <b>" + _e(text.enum("stage", stop.stage)) + "</b>"]
    if stop.industry:
        facts.append(translate("Report", "Industry") + ": " + _e(stop.industry))
    left.append(Spacer(0, 1 * mm))
    left.append(_p("   \u00b7   ".join(facts), st.base))
    qr_size = 26 * mm
    right = [
        QrCode(qr_payload(stop.visit_id), qr_size),
        _p(_e(translate("Report", "Scan for the debrief")), st.tiny),
    ]
    top = Table([[left, right]], colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm])
    top.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    story.append(top)
    story.append(Spacer(0, 3 * mm))

    # The gift to bring and how to open the conversation.
    if stop.gift is not None:
        gift = "<b>" + _e(translate("Report", "Gift to bring")) + ":</b> " + _e(stop.gift.name)
        if stop.gift.kind:
            gift += " <font color='#5F6670'>(" + _e(text.enum("gift", stop.gift.kind)) + ")</font>"
    else:
        gift = (
            "<b>"
            + _e(translate("Report", "Gift to bring"))
            + ":</b> "
            + _e(translate("Report", "none chosen for this visit"))
        )
    story.append(_boxed([_p(gift, st.gift)], width, GIFT_BG, GIFT_LINE))
    story.append(Spacer(0, 2 * mm))
    opening = [
        _p(
            "<b>" + _e(translate("Report", "Suggested opening")) + "</b>",
            ParagraphStyle("lbl", parent=st.small, textColor=INK),
        ),
        _p(_e(text.opening_line(stop, sheet.seller)), st.opening),
        _p(_e(translate("Report", "Give first: ask for nothing in return today.")), st.small),
    ]
    story.append(_boxed(opening, width, OPENING_BG, OPENING_LINE))

    # Contacts.
    if stop.contacts:
        rows = [
            [
                _p(_e(translate("Report", "Name")), st.cell_head),
                _p(_e(translate("Report", "Role")), st.cell_head),
                _p(_e(translate("Report", "Phone")), st.cell_head),
                _p(_e(translate("Report", "E-mail")), st.cell_head),
            ]
        ]
        for contact in stop.contacts:
            name = _e(contact.name)
            if contact.is_decision_maker:
                name = f"<b>{STAR} {name}</b>"
            rows.append(
                [
                    _p(name, st.cell),
                    _p(_e(contact.role), st.cell),
                    _p(_e(contact.phone), st.cell),
                    _p(_e(contact.email), st.cell),
                ]
            )
        table = Table(rows, colWidths=[w * width for w in (0.3, 0.22, 0.2, 0.28)], repeatRows=1)
        table.setStyle(_style(_table_style()))
        body: list[Flowable] = [table]
        if any(c.is_decision_maker for c in stop.contacts):
            body.append(_p(STAR + " = " + _e(translate("Report", "decision maker")), st.small))
        story += _section(translate("Report", "Contacts"), body, st)
    else:
        story += _section(
            translate("Report", "Contacts"),
            _p(_e(translate("Report", "No contacts yet \u2013 ask who decides.")), st.base),
            st,
        )

    # Earlier gifts, newest first.
    if stop.earlier_gifts:
        rows = [
            [
                _p(_e(translate("Report", "Date")), st.cell_head),
                _p(_e(translate("Report", "Kind")), st.cell_head),
                _p(_e(translate("Report", "Gift")), st.cell_head),
                _p(_e(translate("Report", "Reaction")), st.cell_head),
            ]
        ]
        for gift_row in stop.earlier_gifts:
            what = _e(gift_row.description)
            if gift_row.quantity > 1:
                what += f" \u00d7 {gift_row.quantity}"
            if gift_row.contact_name:
                what += (
                    "<br/><font size=7 color='#5F6670'>"
                    + _e(translate("Report", "for {name}").format(name=gift_row.contact_name))
                    + "</font>"
                )
            if gift_row.reaction:
                reaction = _e(text.enum("reaction", gift_row.reaction))
            else:
                reaction = (
                    "<font color='#A35200'><b>"
                    + _e(translate("Report", "not known yet \u2013 ask"))
                    + "</b></font>"
                )
            if gift_row.reaction_note:
                reaction += "<br/><font size=7 color='#5F6670'>" + _e(gift_row.reaction_note) + "</font>"
            rows.append(
                [
                    _p(_e(text.date(gift_row.date)), st.cell),
                    _p(_e(text.enum("gift", gift_row.kind)), st.cell),
                    _p(what, st.cell),
                    _p(reaction, st.cell),
                ]
            )
        table = Table(rows, colWidths=[w * width for w in (0.15, 0.18, 0.4, 0.27)], repeatRows=1)
        table.setStyle(_style(_table_style()))
        story += _section(translate("Report", "Earlier gifts"), table, st)
    else:
        story += _section(
            translate("Report", "Earlier gifts"),
            _p(_e(translate("Report", "None yet \u2013 this is the first gift.")), st.base),
            st,
        )

    # Earlier outcomes.
    if stop.earlier_outcomes:
        rows = [
            [
                _p(_e(translate("Report", "Date")), st.cell_head),
                _p(_e(translate("Report", "What came back")), st.cell_head),
                _p(_e(translate("Report", "Value")), st.cell_head),
                _p(_e(translate("Report", "Note")), st.cell_head),
            ]
        ]
        for outcome in stop.earlier_outcomes:
            rows.append(
                [
                    _p(_e(text.date(outcome.date)), st.cell),
                    _p(_e(text.enum("outcome", outcome.kind)), st.cell),
                    _p(_e(text.money(outcome.value_cents)) if outcome.value_cents else "", st.cell),
                    _p(_e(outcome.note), st.cell),
                ]
            )
        table = Table(rows, colWidths=[w * width for w in (0.15, 0.25, 0.15, 0.45)], repeatRows=1)
        table.setStyle(_style(_table_style()))
        story += _section(translate("Report", "Earlier outcomes"), table, st)

    # Open follow-ups.
    if stop.open_followups:
        rows = [
            [
                _p(_e(translate("Report", "Due")), st.cell_head),
                _p(_e(translate("Report", "To do")), st.cell_head),
                _p(_e(translate("Report", "Note")), st.cell_head),
            ]
        ]
        for followup in stop.open_followups:
            due = _e(text.date(followup.due))
            if followup.due < sheet.date:
                overdue = _e(translate("Report", "overdue"))
                due = f"<font color='#B3261E'><b>{due}</b><br/>{overdue}</font>"
            rows.append(
                [
                    _p(due, st.cell),
                    _p(_e(text.enum("followup", followup.kind)), st.cell),
                    _p(_e(followup.note), st.cell),
                ]
            )
        table = Table(rows, colWidths=[w * width for w in (0.15, 0.3, 0.55)], repeatRows=1)
        table.setStyle(_style(_table_style()))
        story += _section(translate("Report", "Open follow-ups"), table, st)

    # Notes so far.
    notes: list[Flowable] = []
    if stop.prospect_notes:
        notes.append(
            _p(
                "<b>" + _e(translate("Report", "About the prospect")) + ":</b> " + _e(stop.prospect_notes),
                st.base,
            )
        )
    if stop.last_visit_notes and stop.last_visit_date:
        label = translate("Report", "Last visit ({date})").format(date=text.date(stop.last_visit_date))
        notes.append(_p("<b>" + _e(label) + ":</b> " + _e(stop.last_visit_notes), st.base))
    if stop.visit_notes:
        notes.append(
            _p("<b>" + _e(translate("Report", "For this visit")) + ":</b> " + _e(stop.visit_notes), st.base)
        )
    if notes:
        story += _section(translate("Report", "Notes so far"), notes, st)

    # What happened: ticks and room to write.
    labels = [
        translate("Report", "nobody there"),
        translate("Report", "talked"),
        translate("Report", "gift handed over"),
        translate("Report", "meeting agreed"),
        translate("Report", "referral"),
        translate("Report", "order"),
    ]
    cells = [_p(f"<font size=12>{BOX}</font> " + _e(label), st.check) for label in labels]
    boxes = Table([cells[:3], cells[3:]], colWidths=[width / 3] * 3)
    boxes.setStyle(
        _style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ]
        )
    )
    ruled = RuledLines(min_lines=3, max_lines=24)
    outcome_block = [
        _p(_e(translate("Report", "Outcome of the visit")), st.h2),
        boxes,
        _p(
            _e(translate("Report", "Notes and next step")),
            ParagraphStyle("lbl2", parent=st.small, spaceBefore=3),
        ),
    ]
    story.append(CondPageBreak(26 * mm + ruled.min_lines * ruled.spacing))
    story.append(KeepTogether(outcome_block))
    story.append(ruled)
    return story


# -- building ---------------------------------------------------------------------------------------------


def _check_options(paper: str, lang: str) -> tuple[str, str]:
    paper = (paper or "a4").strip().lower()
    if paper not in PAPERS:
        raise ValidationError(
            "{field} '{value}' is not one of: {allowed}.",
            field="paper",
            value=paper,
            allowed=", ".join(PAPERS),
        )
    lang = (lang or "en").strip().lower()
    if lang not in LANGUAGES:
        raise ValidationError(
            "{field} '{value}' is not one of: {allowed}.",
            field="language",
            value=lang,
            allowed=", ".join(LANGUAGES),
        )
    return paper, lang


def write_day_pdf(sheet: DaySheet, path: Path | str, *, paper: str = "a4", lang: str = "en") -> RenderResult:
    """Lay out ``sheet`` and write it to ``path`` (atomically). Returns the page and stop counts."""
    paper, lang = _check_options(paper, lang)
    register_fonts()
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportWriteError("The folder {folder} does not exist.", field="output", folder=str(folder))
    text = ReportText(lang, sheet.currency)
    st = _Styles()
    pagesize = PAPERS[paper]
    furniture = _Furniture(sheet=sheet, text=text, pagesize=pagesize)
    translate = text.catalog.translate
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ReportWriteError(
            "The file {path} cannot be written: {reason}.",
            field="output",
            path=str(target),
            reason=exc.strerror,
        ) from exc
    os.close(handle)
    try:
        doc = _DayDoc(
            temp_name,
            furniture,
            pagesize=pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=translate("Report", "Route overview") + " \u2013 " + text.long_date(sheet.date),
            author=sheet.seller,
            subject=sheet.store_name,
            creator="Reciprocity Desktop",
            initialFontName=REGULAR,
            initialFontSize=9,
            lang=lang,
        )
        width = doc.width
        story = _overview(sheet, text, st, width)
        for stop in sheet.stops:
            story.extend(_visit_sheet(stop, sheet, text, st, width))
        doc.build(story, canvasmaker=_canvas_class(furniture))
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise ReportWriteError(
            "The file {path} cannot be written: {reason}.",
            field="output",
            path=str(target),
            reason=exc.strerror or exc,
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return RenderResult(path=target, pages=furniture.total, stops=len(sheet.stops))


def render_day(
    store: Store,
    date: dt.date | str,
    path: Path | str,
    paper: str = "a4",
    lang: str = "en",
    seller: str | None = None,
) -> RenderResult:
    """Print the day ``date`` to the PDF ``path``: route overview, gift kit and one sheet per visit.

    Raises ValidationError for a malformed date, paper or language, NoVisits when the day has
    nothing to print, ReportWriteError when the file cannot be written.
    """
    day = validate.date(date, "date")
    paper, lang = _check_options(paper, lang)
    sheet = gather_day(store, day, seller=seller)
    return write_day_pdf(sheet, path, paper=paper, lang=lang)
