"""Translations for the layers without Qt (printed reports, CLI output).

The window and the paper share one set of catalogs: Qt Linguist ``.ts`` files in
``resources/i18n/`` (``reciprocity_de.ts``, ``reciprocity_nl.ts``, ``reciprocity_sl.ts``).
The window loads them through ``QTranslator``; this module reads the same files with
the standard library, so reports can be printed without Qt.

Mark strings so ``pyside6-lupdate`` finds them: ``catalog.translate("Context", "Text")``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from reciprocity_desktop.paths import resource

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "nl": "Nederlands", "sl": "Slovenščina"}


@cache
def _load(lang: str) -> dict[tuple[str, str], str]:
    path = resource("i18n", f"reciprocity_{lang}.ts")
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return table


class Catalog:
    """The translations of one language; unknown strings come back untranslated (English)."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._table = _load(lang) if lang != "en" else {}

    def translate(self, context: str, text: str) -> str:
        return self._table.get((context, text), text)
