"""The printed day: a route overview (with the gift kit) and one visit sheet per stop, as PDF.

``render_day(store, date, path)`` gathers the day in one read session
(:func:`reciprocity_desktop.services.day_sheet.gather_day`) and lays it out with ReportLab
platypus: :mod:`.overview` (the route and the gift kit), :mod:`.visit_sheet` (one per stop),
:mod:`.pages` (header, footer, "page x of y"), built from :mod:`.flowables` in the look of
:mod:`.styles`. Everything is set in DejaVu Sans (embedded); labels, dates and amounts follow the
chosen language. Cancelled visits are left out of the route (the overview says how many).

Layout rules: each visit sheet starts on a new page and normally fills exactly one (the ruled
note lines take whatever room is left). When a sheet has to run on (many earlier gifts), its
sections are kept together and the continuation page is marked in the header ("continued"),
the page before it in the footer.

The file is written through :func:`reciprocity_desktop.fileio.atomic_path`, so an error never
leaves half a PDF behind.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER

from reciprocity_desktop.fileio import atomic_path
from reciprocity_desktop.i18n import LANGUAGES
from reciprocity_desktop.reports.fonts import REGULAR, register_fonts
from reciprocity_desktop.reports.overview import overview
from reciprocity_desktop.reports.pages import DayDoc, Furniture, canvas_class
from reciprocity_desktop.reports.qr import qr_payload
from reciprocity_desktop.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Styles
from reciprocity_desktop.reports.text import ReportText
from reciprocity_desktop.reports.visit_sheet import visit_sheet
from reciprocity_desktop.services import validate
from reciprocity_desktop.services.day_sheet import DaySheet, NoVisits, gather_day
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


class ReportWriteError(DomainError):
    """The PDF could not be written where asked."""


@dataclass(frozen=True)
class RenderResult:
    path: Path
    pages: int
    stops: int


def _one_of(value: str, default: str, allowed: Iterable[str], field: str) -> str:
    cleaned = (value or default).strip().lower()
    if cleaned not in allowed:
        raise ValidationError(
            "{field} '{value}' is not one of: {allowed}.",
            field=field,
            value=cleaned,
            allowed=", ".join(allowed),
        )
    return cleaned


def check_options(paper: str, lang: str) -> tuple[str, str]:
    """The paper size and language, cleaned; a ValidationError names one that is not offered."""
    return _one_of(paper, "a4", PAPERS, "paper"), _one_of(lang, "en", LANGUAGES, "language")


def _build(sheet: DaySheet, filename: Path, furniture: Furniture, lang: str) -> None:
    """Lay out the whole day and write it to ``filename``."""
    text = furniture.text
    translate = text.catalog.translate
    doc = DayDoc(
        str(filename),
        furniture,
        pagesize=furniture.pagesize,
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
    st = Styles()
    st.page_height = doc.height
    story = overview(sheet, text, st, doc.width)
    for stop in sheet.stops:
        story.extend(visit_sheet(stop, sheet, text, st, doc.width))
    doc.build(story, canvasmaker=canvas_class(furniture))


def write_day_pdf(sheet: DaySheet, path: Path | str, *, paper: str = "a4", lang: str = "en") -> RenderResult:
    """Lay out ``sheet`` and write it to ``path`` (atomically). Returns the page and stop counts."""
    paper, lang = check_options(paper, lang)
    register_fonts()
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportWriteError("The folder {folder} does not exist.", field="output", folder=str(folder))
    furniture = Furniture(sheet=sheet, text=ReportText(lang, sheet.currency), pagesize=PAPERS[paper])
    try:
        with atomic_path(target) as temp:
            _build(sheet, temp, furniture, lang)
            os.chmod(temp, 0o644)  # readable like any other document, whatever the umask
    except OSError as exc:
        raise ReportWriteError(
            "The file {path} cannot be written: {reason}.",
            field="output",
            path=str(target),
            reason=exc.strerror or exc,
        ) from exc
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
    paper, lang = check_options(paper, lang)
    sheet = gather_day(store, day, seller=seller)
    return write_day_pdf(sheet, path, paper=paper, lang=lang)
