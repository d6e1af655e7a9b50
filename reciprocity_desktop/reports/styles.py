"""The look of the printed day: page margins, colours, glyphs, type sizes, and the plain-text table.

Shared by every part of the paper (:mod:`.overview`, :mod:`.visit_sheet`, :mod:`.pages`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from reciprocity_desktop.reports.fonts import BOLD, REGULAR

MARGIN_X = 15 * mm
MARGIN_TOP = 19 * mm
MARGIN_BOTTOM = 16 * mm

#: Text, secondary text, rules, table heads and table stripes.
INK, GREY, RULE, HEAD_BG, STRIPE = map(
    colors.HexColor, ("#1F2328", "#5F6670", "#B8BEC6", "#E6E9ED", "#F5F6F8")
)
#: The gift-to-bring box and the opening-line box: background and border.
GIFT_BG, GIFT_LINE, OPENING_BG, OPENING_LINE = map(
    colors.HexColor, ("#FFF4CC", "#D9B84A", "#E8F1FB", "#8DB3DE")
)
#: Shortages and overdue dates (ink and background), and a reaction still to ask about.
ALERT, ALERT_BG, ASK = map(colors.HexColor, ("#B3261E", "#FBE3E1", "#A35200"))

BOX = "\u2610"  # ☐
BOX_TICKED = "\u2612"  # ☒
STAR = "\u2605"  # ★
WARN = "\u26a0"  # ⚠


CELL_SIZE = 8.5
CELL_LEADING = 10.5
HEAD_SIZE = 8
HEAD_LEADING = 10
PAD = 3


class Styles:
    """Paragraph styles (for text with mixed styles; plain text uses the cheaper PlainText), and a
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


def table_style(commands: list) -> TableStyle:
    """A table style that never falls back to ReportLab's default font (Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def markup_of(text: str) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


#: Spaces where a line may break. Not ``str.split()``: that also breaks at a no-break space, which
#: Babel puts in amounts and the paper in distances ("800,00\u00a0€", "12,3\u00a0km").
_SPACES = re.compile(r"[ \t]+")
#: Where a word too long for its line is cut, by preference: after an e-mail's "@", then after one
#: of these (a web address's slashes, a name's hyphens, a domain's dots), else where the line is full.
_CUT_AFTER = ("@", "/-._")


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than ``width`` in pieces that fit."""
    pieces = []
    while len(word) > 1 and stringWidth(word, font, size) > width:
        cut = len(word) - 1
        while cut > 1 and stringWidth(word[:cut], font, size) > width:
            cut -= 1
        for marks in _CUT_AFTER:
            at = max(word.rfind(mark, 0, cut) for mark in marks)
            if at + 1 >= max(2, cut // 3):  # not so early that the line stays nearly empty
                cut = at + 1
                break
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces


def wrap_lines(text: str, font: str, size: float, width: float) -> str:
    """Plain text broken into lines that fit ``width`` (long words are cut), joined by newlines.

    Table cells with plain text are far cheaper than Paragraphs; this gives them wrapping.
    """
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for part in (text or "").replace("\r\n", "\n").split("\n"):
        words = [word for word in _SPACES.split(part) if word]
        part = " ".join(words)
        if stringWidth(part, font, size) <= width:
            lines.append(part)
            continue
        line: list[str] = []
        used = 0.0
        for word in words:
            word_width = stringWidth(word, font, size)
            if line and used + space + word_width > width:
                lines.append(" ".join(line))
                line, used = [], 0.0
            if not line and word_width > width:
                *full, word = _cut(word, font, size, width)
                lines.extend(full)
                word_width = stringWidth(word, font, size)
            used += (space if line else 0.0) + word_width
            line.append(word)
        if line:
            lines.append(" ".join(line))
    return "\n".join(lines)


class GridCell(CellStyle):
    """A Grid cell's look, as the class defaults of its cell style: set once here instead of by a
    style command per table that ReportLab applies cell by cell (a fifth of building the day)."""

    fontname = REGULAR  # never ReportLab's default font (Helvetica)
    fontsize = CELL_SIZE
    leading = CELL_LEADING
    color = INK
    valign = "TOP"
    leftPadding = PAD
    rightPadding = PAD
    topPadding = 2.5
    bottomPadding = 3


class GridHead(GridCell):
    """A Grid's header cell (bold, smaller), as :class:`GridCell` is a body cell."""

    fontname = BOLD
    fontsize = HEAD_SIZE
    leading = HEAD_LEADING


@lru_cache(maxsize=128)
def _header_row(header: tuple[str, ...], widths: tuple[float, ...]) -> tuple[str, ...]:
    """A header's labels wrapped to their columns: the same few headers come on every visit sheet."""
    return tuple(wrap_lines(h, BOLD, HEAD_SIZE, w - 2 * PAD) for h, w in zip(header, widths, strict=True))


class Grid:
    """A table of mostly plain-text cells, wrapped to their columns, with a header row."""

    def __init__(self, width: float, fractions: tuple[float, ...], header: list[str] | None) -> None:
        self.widths = [f * width for f in fractions]
        self.rows: list[list] = []
        self.commands: list = [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]
        self.header = header is not None
        if header is not None:
            self.rows.append(list(_header_row(tuple(header), tuple(self.widths))))
            self.commands += [
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
                row.append(wrap_lines(value, font, CELL_SIZE, self.widths[col] - 2 * PAD))
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
        cells = [[GridCell("") for _ in row] for row in self.rows]
        if self.header:
            cells[0] = [GridHead("") for _ in self.rows[0]]
        table = Table(self.rows, colWidths=self.widths, repeatRows=1 if self.header else 0, cellStyles=cells)
        table.setStyle(TableStyle(commands))
        return table
