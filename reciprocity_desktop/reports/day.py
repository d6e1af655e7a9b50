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
import itertools
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
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
QR_MASK = 0

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

CELL_SIZE = 8.5
CELL_LEADING = 10.5
HEAD_SIZE = 8
HEAD_LEADING = 10
PAD = 3


class _Styles:
    """Paragraph styles (for text with mixed styles; plain text uses the cheaper _Text), and a
    cache of parsed paragraph markup for this render, so that repeated markup is parsed once."""

    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
        self.base = base
        self.cell = ParagraphStyle("cell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=16, leading=19.5, spaceAfter=2
        )
        self.gift = ParagraphStyle("gift", parent=base, fontSize=10, leading=13)
        self.alert = ParagraphStyle("alert", parent=base, textColor=ALERT)
        self.page_height = 0.0  # the body frame's height, set once the page size is known
        self._frags: dict[tuple[str, str], list] = {}

    def p(self, markup: str, style: ParagraphStyle) -> Paragraph:
        key = (markup, style.name)
        frags = self._frags.get(key)
        if frags is None:
            paragraph = Paragraph(markup, style)
            self._frags[key] = paragraph.frags
            return paragraph
        return Paragraph(markup, style, frags=frags)


def _style(commands: list) -> TableStyle:
    """A table style that never falls back to ReportLab's default font (Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _e(text: str) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def _wrap(text: str, font: str, size: float, width: float) -> str:
    """Plain text broken into lines that fit ``width`` (long words are cut), joined by newlines.

    Table cells with plain text are far cheaper than Paragraphs; this gives them wrapping.
    """
    lines: list[str] = []
    for part in (text or "").replace("\r\n", "\n").split("\n"):
        part = " ".join(part.split())
        if stringWidth(part, font, size) <= width:
            lines.append(part)
            continue
        for line in simpleSplit(part, font, size, width):
            while len(line) > 1 and stringWidth(line, font, size) > width:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return "\n".join(lines)


class _Grid:
    """A table of mostly plain-text cells, wrapped to their columns, with a header row."""

    def __init__(self, width: float, fractions: tuple[float, ...], header: list[str] | None) -> None:
        self.widths = [f * width for f in fractions]
        self.rows: list[list] = []
        self.commands: list = [
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        self.header = header is not None
        if header is not None:
            self.rows.append(
                [_wrap(h, BOLD, HEAD_SIZE, w - 2 * PAD) for h, w in zip(header, self.widths, strict=True)]
            )
            self.commands += [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTSIZE", (0, 0), (-1, 0), HEAD_SIZE),
                ("LEADING", (0, 0), (-1, 0), HEAD_LEADING),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
            ]

    def add(self, cells: list) -> int:
        """Add a row; a cell is plain text, ``(text, font)``, ``(text, font, colour)`` or a flowable."""
        row_index = len(self.rows)
        row = []
        for col, cell in enumerate(cells):
            if isinstance(cell, str | tuple):
                value, font, color = (cell, REGULAR, None) if isinstance(cell, str) else (*cell, None)[:3]
                row.append(_wrap(value, font, CELL_SIZE, self.widths[col] - 2 * PAD))
                if font != REGULAR:
                    self.commands.append(("FONTNAME", (col, row_index), (col, row_index), font))
                if color is not None:
                    self.commands.append(("TEXTCOLOR", (col, row_index), (col, row_index), color))
            else:
                row.append(cell)
        self.rows.append(row)
        return row_index

    def shade(self, row_index: int, background, color) -> None:
        self.commands += [
            ("BACKGROUND", (0, row_index), (-1, row_index), background),
            ("TEXTCOLOR", (0, row_index), (-1, row_index), color),
        ]

    def table(self, stripes: bool = True) -> Table:
        commands = list(self.commands)
        if stripes and len(self.rows) > 1:
            # Stripes first, so that a shaded row's own background wins.
            commands.insert(
                0, ("ROWBACKGROUNDS", (0, 1 if self.header else 0), (-1, -1), [colors.white, STRIPE])
            )
        table = Table(self.rows, colWidths=self.widths, repeatRows=1 if self.header else 0)
        table.setStyle(_style(commands))
        return table


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


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code modules for ``payload`` (error correction M), rows top to bottom.

    ReportLab's encoder tries all eight mask patterns and scores each in pure Python, which
    costs ~60 ms per code; any mask gives a valid code (the mask is written in the format
    information), so a fixed one keeps a 50-stop day fast.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    return [list(map(bool, row)) for row in code.modules]


class QrCode(Flowable):
    """The visit's QR code, drawn module by module; the payload is also a link on it."""

    def __init__(self, payload: str, size: float, border: int = 4) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.border = border
        self.width = self.height = size
        self.modules = qr_matrix(payload)

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.border)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.border + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((c + self.border) * box, y, length * box, box)
                c += length
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()
        self.canv.linkURL(self.payload, (0, 0, self.size, self.size), relative=1, thickness=0)


class _Text(Flowable):
    """Plain text in one font, wrapped to the width: a much cheaper Paragraph for unstyled text."""

    def __init__(
        self,
        text: str,
        font: str = REGULAR,
        size: float = 9,
        leading: float | None = None,
        color=INK,
        align: str = "left",
        space_before: float = 0,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading or size * 1.28
        self.color = color
        self.align = align
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines: list[str] = []

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self._lines = _wrap(self.text, self.font, self.size, avail_width).split("\n")
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.leading)
        if fits < 1 or fits >= len(self._lines):
            return []
        head, tail = self._lines[:fits], self._lines[fits:]
        first = _Text(
            "\n".join(head), self.font, self.size, self.leading, self.color, self.align, self.spaceBefore
        )
        rest = _Text(
            "\n".join(tail), self.font, self.size, self.leading, self.color, self.align, 0, self.spaceAfter
        )
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        canv.setFont(self.font, self.size)
        canv.setFillColor(self.color)
        y = self.height - self.size * 0.93
        for line in self._lines:
            if self.align == "center":
                canv.drawCentredString(self.width / 2, y, line)
            elif self.align == "right":
                canv.drawRightString(self.width, y, line)
            else:
                canv.drawString(0, y, line)
            y -= self.leading


class _Checks(Flowable):
    """Check boxes (the ☐ glyph, large) with their labels, in a grid of ``columns``; long labels wrap."""

    def __init__(
        self, labels: list[str], columns: int = 1, ticked: tuple[bool, ...] = (), size: float = 9.5
    ) -> None:
        super().__init__()
        self.labels = labels
        self.columns = columns
        self.ticked = ticked
        self.size = size
        self.box_size = size * 1.25
        self.leading = size * 1.2
        self.row_gap = size * 0.3
        self.gap = stringWidth(BOX + " ", REGULAR, self.box_size)
        self._lines: list[list[str]] = []
        self._rows: list[float] = []

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        column_width = avail_width / self.columns
        self._lines = [
            _wrap(label, REGULAR, self.size, column_width - self.gap - 2).split("\n") for label in self.labels
        ]
        self._rows = []
        for start in range(0, len(self._lines), self.columns):
            most = max(len(lines) for lines in self._lines[start : start + self.columns])
            self._rows.append(max(self.box_size, most * self.leading) + self.row_gap)
        self.height = sum(self._rows)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(INK)
        column_width = self.width / self.columns
        top = self.height
        for index, lines in enumerate(self._lines):
            row, col = divmod(index, self.columns)
            row_top = top - sum(self._rows[:row])
            x = col * column_width
            baseline = row_top - self.box_size * 0.9
            glyph = BOX_TICKED if index < len(self.ticked) and self.ticked[index] else BOX
            canv.setFont(REGULAR, self.box_size)
            canv.drawString(x, baseline, glyph)
            canv.setFont(REGULAR, self.size)
            y = baseline + (self.box_size - self.size) * 0.12
            for line in lines:
                if line:
                    canv.drawString(x + self.gap, y, line)
                y -= self.leading


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


def _overview(sheet: DaySheet, text: ReportText, st: _Styles, width: float) -> list[Flowable]:
    translate = text.catalog.translate
    story: list[Flowable] = [_SectionMark(None)]
    story.append(
        st.p(
            _e(translate("Report", "Route overview")) + " \u2013 " + _e(text.long_date(sheet.date)), st.title
        )
    )
    facts = [translate("Report", "Seller") + ": " + (sheet.seller or "\u2014")]
    facts.append(translate("Report", "Stops: {count}").format(count=len(sheet.stops)))
    if sheet.cancelled_count:
        facts.append(
            translate("Report", "Cancelled visits (not shown): {count}").format(count=sheet.cancelled_count)
        )
    story.append(_Text("   \u00b7   ".join(facts), size=7.5, color=GREY))
    story.append(Spacer(0, 4 * mm))

    grid = _Grid(
        width,
        (0.045, 0.085, 0.275, 0.215, 0.2, 0.18),
        [
            "#",
            translate("Report", "Time"),
            translate("Report", "Company and address"),
            translate("Report", "Contact and phone"),
            translate("Report", "Gift to bring"),
            translate("Report", "Result"),
        ],
    )
    done_label = translate("Report", "done")
    nobody_label = translate("Report", "nobody there")
    for stop in sheet.stops:
        company = [_Text(stop.name, BOLD, CELL_SIZE, CELL_LEADING)]
        if stop.address_lines:
            company.append(_Text("\n".join(stop.address_lines), REGULAR, CELL_SIZE, CELL_LEADING))
        contact_lines = []
        main = stop.main_contact
        if main is not None:
            line = (STAR + " " if main.is_decision_maker else "") + main.name
            if main.role:
                line += f" ({main.role})"
            if len(stop.contacts) > 1:
                line += f" +{len(stop.contacts) - 1}"
            contact_lines.append(line)
        phones = [p for p in ((main.phone if main else ""), stop.phone) if p]
        contact_lines += ["\u260e " + phone for phone in dict.fromkeys(phones)]
        gift: list[Flowable] | str = ""
        if stop.gift is not None:
            gift = [_Text(stop.gift.name, REGULAR, CELL_SIZE, CELL_LEADING)]
            if stop.gift.kind:
                gift.append(_Text(text.enum("gift", stop.gift.kind), size=7, color=GREY))
        checks = _Checks(
            [done_label, nobody_label],
            ticked=(stop.status == "done", stop.status == "nobody_there"),
            size=8.5,
        )
        grid.add(
            [
                (str(stop.number), BOLD),
                stop.planned_time,
                company,
                "\n".join(contact_lines),
                gift,
                checks,
            ]
        )
    story.append(grid.table())
    if any(stop.main_contact and stop.main_contact.is_decision_maker for stop in sheet.stops):
        story.append(Spacer(0, 1.5 * mm))
        story.append(_Text(STAR + " = " + translate("Report", "decision maker"), size=7.5, color=GREY))
    story.extend(_gift_kit(sheet, text, st, width))
    return story


def _gift_kit(sheet: DaySheet, text: ReportText, st: _Styles, width: float) -> list[Flowable]:
    translate = text.catalog.translate
    block: list[Flowable] = [_heading(translate("Report", "Gift kit \u2013 load into the car"))]
    if not sheet.kit and not sheet.loose_gifts:
        block.append(_Text(translate("Report", "No gifts to bring today.")))
        return [CondPageBreak(25 * mm), KeepTogether(block)]
    if sheet.shortages:
        warning = (
            "<b>"
            + WARN
            + " "
            + _e(translate("Report", "Not enough in stock for today"))
            + ":</b> "
            + _e(", ".join(line.name for line in sheet.shortages))
        )
        banner = Table([[st.p(warning, st.alert)]], colWidths=[width])
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
        grid = _Grid(
            width,
            (0.29, 0.19, 0.1, 0.1, 0.2, 0.12),
            [
                translate("Report", "Item"),
                translate("Report", "Kind"),
                translate("Report", "Needed"),
                translate("Report", "In stock"),
                translate("Report", "Status"),
                translate("Report", "Loaded"),
            ],
        )
        for line in sheet.kit:
            if line.missing:
                status = (
                    WARN + " " + translate("Report", "Missing: {count}").format(count=line.missing),
                    BOLD,
                )
            else:
                status = translate("Report", "Left after today: {count}").format(count=line.left_after)
                if line.low_after:
                    status = (status + " (" + translate("Report", "low") + ")", BOLD)
            row = grid.add(
                [
                    (line.name, BOLD),
                    text.enum("gift", line.kind),
                    (str(line.needed), BOLD),
                    str(line.in_stock),
                    status,
                    _Checks([""]),
                ]
            )
            if line.missing:
                grid.shade(row, ALERT_BG, ALERT)
        block.append(grid.table())
    if sheet.loose_gifts:
        block.append(Spacer(0, 2.5 * mm))
        block.append(_Text(translate("Report", "Also bring (not from stock)"), BOLD))
        grid = _Grid(
            width,
            (0.06, 0.44, 0.1, 0.4),
            [
                "",
                translate("Report", "Gift"),
                translate("Report", "Needed"),
                translate("Report", "For stops"),
            ],
        )
        for gift in sheet.loose_gifts:
            if len(gift.stops) == 1:
                number, name = gift.stops[0]
                where = translate("Report", "Stop {number}").format(number=number) + " \u00b7 " + name
            else:
                where = ", ".join(str(number) for number, _ in gift.stops)
            grid.add([_Checks([""]), gift.description, (str(gift.needed), BOLD), where])
        block.append(grid.table(stripes=False))
    return [CondPageBreak(40 * mm), KeepTogether(block)]


# -- a visit sheet --------------------------------------------------------------------------------------


def _heading(text: str) -> _Text:
    return _Text(text, BOLD, 10.5, 13, space_before=7, space_after=3)


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


class _KeepIfFits(KeepTogether):
    """Keeps its content on one page when it fits on one; content taller than a page is split
    where it stands (ReportLab's KeepTogether would first break the page and leave a gap)."""

    def __init__(self, flowables: list[Flowable], page_height: float) -> None:
        super().__init__(flowables)
        self._page_height = page_height

    def split(self, avail_width, avail_height):
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        if self._page_height < self._H:
            return list(self._content)
        return super().split(avail_width, avail_height)


def _section(heading: str, body: list[Flowable] | Flowable, st: _Styles) -> list[Flowable]:
    """A heading and its content, kept on one page; a table too long for any page splits, its
    header row repeated, and the heading never stays alone at the foot of a page."""
    items = body if isinstance(body, list) else [body]
    return [CondPageBreak(22 * mm), _KeepIfFits([_heading(heading), *items], st.page_height)]


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
        _Text(" \u00b7 ".join(place), size=7.5, color=GREY),
        _Text(stop.name, BOLD, 15, 18, space_after=2),
    ]
    if stop.address_lines:
        left.append(_Text("\n".join(stop.address_lines), leading=11.5))
    reach = [("\u260e " + stop.phone) if stop.phone else "", stop.email]
    if any(reach):
        left.append(_Text("   ".join(part for part in reach if part), leading=11.5))
    facts = [_e(translate("Report", "Stage")) + ": <b>" + _e(text.enum("stage", stop.stage)) + "</b>"]
    if stop.industry:
        facts.append(_e(translate("Report", "Industry")) + ": " + _e(stop.industry))
    left.append(Spacer(0, 1 * mm))
    left.append(st.p("   \u00b7   ".join(facts), st.base))
    qr_size = 26 * mm
    right = [
        QrCode(qr_payload(stop.visit_id), qr_size),
        _Text(translate("Report", "Scan for the debrief"), size=6, color=GREY, align="center"),
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
    gift = "<b>" + _e(translate("Report", "Gift to bring")) + ":</b> "
    if stop.gift is not None:
        gift += _e(stop.gift.name)
        if stop.gift.kind:
            gift += " <font color='#5F6670'>(" + _e(text.enum("gift", stop.gift.kind)) + ")</font>"
    else:
        gift += _e(translate("Report", "none chosen for this visit"))
    story.append(_boxed([st.p(gift, st.gift)], width, GIFT_BG, GIFT_LINE))
    story.append(Spacer(0, 2 * mm))
    opening = [
        _Text(translate("Report", "Suggested opening"), BOLD, 7.5),
        _Text(text.opening_line(stop, sheet.seller), OBLIQUE, 10, 13.5),
        _Text(translate("Report", "Give first: ask for nothing in return today."), size=7.5, color=GREY),
    ]
    story.append(_boxed(opening, width, OPENING_BG, OPENING_LINE))

    # Contacts, decision makers first.
    if stop.contacts:
        grid = _Grid(
            width,
            (0.3, 0.22, 0.2, 0.28),
            [
                translate("Report", "Name"),
                translate("Report", "Role"),
                translate("Report", "Phone"),
                translate("Report", "E-mail"),
            ],
        )
        for contact in stop.contacts:
            name = (STAR + " " + contact.name, BOLD) if contact.is_decision_maker else contact.name
            grid.add([name, contact.role, contact.phone, contact.email])
        body: list[Flowable] = [grid.table()]
        if any(c.is_decision_maker for c in stop.contacts):
            body.append(_Text(STAR + " = " + translate("Report", "decision maker"), size=7.5, color=GREY))
        story += _section(translate("Report", "Contacts"), body, st)
    else:
        story += _section(
            translate("Report", "Contacts"),
            _Text(translate("Report", "No contacts yet \u2013 ask who decides.")),
            st,
        )

    # Earlier gifts, newest first.
    if stop.earlier_gifts:
        grid = _Grid(
            width,
            (0.15, 0.18, 0.4, 0.27),
            [
                translate("Report", "Date"),
                translate("Report", "Kind"),
                translate("Report", "Gift"),
                translate("Report", "Reaction"),
            ],
        )
        for past in stop.earlier_gifts:
            what: Flowable | str = past.description + (
                f" \u00d7 {past.quantity}" if past.quantity > 1 else ""
            )
            if past.contact_name:
                recipient = translate("Report", "for {name}").format(name=past.contact_name)
                what = st.p(
                    _e(what) + "<br/><font size=7 color='#5F6670'>" + _e(recipient) + "</font>", st.cell
                )
            if not past.reaction:
                reaction: Flowable | str | tuple = (
                    translate("Report", "not known yet \u2013 ask"),
                    BOLD,
                    ASK,
                )
            elif past.reaction_note:
                reaction = st.p(
                    _e(text.enum("reaction", past.reaction))
                    + "<br/><font size=7 color='#5F6670'>"
                    + _e(past.reaction_note)
                    + "</font>",
                    st.cell,
                )
            else:
                reaction = text.enum("reaction", past.reaction)
            grid.add([text.date(past.date), text.enum("gift", past.kind), what, reaction])
        story += _section(translate("Report", "Earlier gifts"), grid.table(), st)
    else:
        story += _section(
            translate("Report", "Earlier gifts"),
            _Text(translate("Report", "None yet \u2013 this is the first gift.")),
            st,
        )

    # Earlier outcomes.
    if stop.earlier_outcomes:
        grid = _Grid(
            width,
            (0.15, 0.25, 0.15, 0.45),
            [
                translate("Report", "Date"),
                translate("Report", "What came back"),
                translate("Report", "Value"),
                translate("Report", "Note"),
            ],
        )
        for outcome in stop.earlier_outcomes:
            value = text.money(outcome.value_cents) if outcome.value_cents else ""
            grid.add([text.date(outcome.date), text.enum("outcome", outcome.kind), value, outcome.note])
        story += _section(translate("Report", "Earlier outcomes"), grid.table(), st)

    # Open follow-ups.
    if stop.open_followups:
        grid = _Grid(
            width,
            (0.15, 0.3, 0.55),
            [translate("Report", "Due"), translate("Report", "To do"), translate("Report", "Note")],
        )
        overdue = translate("Report", "overdue")
        for followup in stop.open_followups:
            due: str | tuple = text.date(followup.due)
            if followup.due < sheet.date:
                due = (due + "\n" + overdue, BOLD, ALERT)
            grid.add([due, text.enum("followup", followup.kind), followup.note])
        story += _section(translate("Report", "Open follow-ups"), grid.table(), st)

    # Notes so far.
    notes: list[Flowable] = []
    if stop.prospect_notes:
        notes.append(
            st.p(
                "<b>" + _e(translate("Report", "About the prospect")) + ":</b> " + _e(stop.prospect_notes),
                st.base,
            )
        )
    if stop.last_visit_notes and stop.last_visit_date:
        label = translate("Report", "Last visit ({date})").format(date=text.date(stop.last_visit_date))
        notes.append(st.p("<b>" + _e(label) + ":</b> " + _e(stop.last_visit_notes), st.base))
    if stop.visit_notes:
        notes.append(
            st.p("<b>" + _e(translate("Report", "For this visit")) + ":</b> " + _e(stop.visit_notes), st.base)
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
    boxes = _Checks(labels, columns=3)
    ruled = RuledLines(min_lines=3, max_lines=24)
    outcome_block = [
        _heading(translate("Report", "Outcome of the visit")),
        boxes,
        _Text(translate("Report", "Notes and next step"), size=7.5, color=GREY, space_before=3),
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
        st.page_height = doc.height
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
