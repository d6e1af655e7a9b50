"""DejaVu Sans for everything on paper (it covers ß ü ö ä č š ž ć đ and the check-box glyphs).

The fonts ship in ``resources/fonts/`` (licence in ``LICENSE-DejaVu.txt``) and are embedded
(subset) in every PDF; no built-in PDF font such as Helvetica is ever used.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reciprocity_desktop.paths import resource
from reciprocity_desktop.services.errors import DomainError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()
_registered = False


class FontMissing(DomainError):
    """The shipped fonts are not where they should be (a broken installation)."""


def register_fonts() -> None:
    """Register the DejaVu family with ReportLab once per process."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            if not path.is_file():
                raise FontMissing(
                    "The font {file} is missing from the installation; reinstall Reciprocity Desktop.",
                    file=str(path),
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, OBLIQUE)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
