"""The pieces the printed day is laid out with: plain text, check boxes, ruled lines (the QR code is
:mod:`.qr`), section marks (which stop a page belongs to) and sections kept together on a page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from reciprocity_desktop.reports.fonts import BOLD, REGULAR
from reciprocity_desktop.reports.styles import BOX, BOX_TICKED, INK, RULE, Styles, table_style, wrap_lines
from reciprocity_desktop.services.day_sheet import Stop


class SectionMark(Flowable):
    """Zero-size marker: from here on the pages belong to this section (overview or a stop)."""

    def __init__(self, stop: Stop | None) -> None:
        super().__init__()
        self.stop = stop
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        pass


class PlainText(Flowable):
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
        self._lines = wrap_lines(self.text, self.font, self.size, avail_width).split("\n")
        self.height = len(self._lines) * self.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.leading)
        if fits < 1 or fits >= len(self._lines):
            return []
        head, tail = self._lines[:fits], self._lines[fits:]
        first = PlainText(
            "\n".join(head), self.font, self.size, self.leading, self.color, self.align, self.spaceBefore
        )
        rest = PlainText(
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


class Checks(Flowable):
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
            wrap_lines(label, REGULAR, self.size, column_width - self.gap - 2).split("\n")
            for label in self.labels
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


def heading(text: str) -> PlainText:
    return PlainText(text, BOLD, 10.5, 13, space_before=7, space_after=3)


def boxed(
    content: list[Flowable],
    width: float,
    background,
    line,
    padding: tuple[float, float, float, float] = (6, 4, 6, 6),
) -> Table:
    """``content`` in a coloured box across the width; ``padding`` is left, top, right, bottom."""
    left, top, right, bottom = padding
    table = Table([[content]], colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("BOX", (0, 0), (-1, -1), 0.8, line),
                ("LEFTPADDING", (0, 0), (-1, -1), left),
                ("RIGHTPADDING", (0, 0), (-1, -1), right),
                ("TOPPADDING", (0, 0), (-1, -1), top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ]
        )
    )
    return table


class KeepIfFits(KeepTogether):
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


def section(title: str, body: list[Flowable] | Flowable, st: Styles) -> list[Flowable]:
    """A heading and its content, kept on one page; a table too long for any page splits, its
    header row repeated, and the heading never stays alone at the foot of a page."""
    items = body if isinstance(body, list) else [body]
    return [CondPageBreak(22 * mm), KeepIfFits([heading(title), *items], st.page_height)]
