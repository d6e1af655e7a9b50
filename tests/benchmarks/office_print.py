"""The print-day step of bench_office.py: the app printing a 50-stop day beside ReportLab alone."""

from __future__ import annotations

import time
from pathlib import Path

REPEAT = 3


def measure(folder: Path, repeat: int = REPEAT) -> tuple[float, int, float, int]:
    """Best seconds and pages of the app printing a 50-stop day, and of ReportLab alone."""
    from daydata import DAY, seed_many
    from pypdf import PdfReader

    from reciprocity_desktop.reports.day import write_day_pdf
    from reciprocity_desktop.reports.fonts import register_fonts
    from reciprocity_desktop.services.day_sheet import gather_day
    from reciprocity_desktop.store import open_store

    store = open_store(folder / "print.sqlite3")
    try:
        seed_many(store, 50, 3)
        register_fonts()
        app_best = anchor_best = float("inf")
        pages = 0
        for _ in range(repeat):
            started = time.perf_counter()
            write_day_pdf(gather_day(store, DAY), folder / "day.pdf", lang="de")
            app_best = min(app_best, time.perf_counter() - started)
        pages = len(PdfReader(str(folder / "day.pdf")).pages)
        sheet = gather_day(store, DAY)
        for _ in range(repeat):
            seconds, anchor_pages = reportlab_alone(sheet, folder / "anchor.pdf")
            anchor_best = min(anchor_best, seconds)
    finally:
        store.close()
    return app_best, pages, anchor_best, anchor_pages


def reportlab_alone(sheet, path: Path) -> tuple[float, int]:
    """ReportLab alone laying out the same pages: the app's own flowables for the day (built untimed)
    laid out and written by a plain SimpleDocTemplate. Returns (seconds, pages)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from reciprocity_desktop.reports.overview import overview
    from reciprocity_desktop.reports.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, Styles
    from reciprocity_desktop.reports.text import ReportText
    from reciprocity_desktop.reports.visit_sheet import visit_sheet

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    text, st = ReportText("de", sheet.currency), Styles()
    st.page_height = doc.height
    story = overview(sheet, text, st, doc.width)
    for stop in sheet.stops:
        story.extend(visit_sheet(stop, sheet, text, st, doc.width))
    started = time.perf_counter()
    doc.build(story)
    return time.perf_counter() - started, doc.page
