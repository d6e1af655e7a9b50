"""Translations for the layers without Qt (printed reports, CLI output).

The window and the paper share one set of catalogs: Qt Linguist ``.ts`` files in
``resources/i18n/`` (``reciprocity_de.ts``, ``reciprocity_nl.ts``, ``reciprocity_sl.ts``).
The window loads them through ``QTranslator``; this module reads the same files with
the standard library, so reports can be printed without Qt.

Mark strings so ``pyside6-lupdate`` finds them: ``catalog.translate("Context", "Text")``.

Plurals work as in Qt: ``catalog.translate("Context", "%n stop(s)", "", n)`` (lupdate marks the
message ``numerus="yes"``) picks the ``<numerusform>`` for ``n`` by the language's plural rule and
puts ``n`` in place of ``%n``. The rule is CLDR's, from Babel: the language's categories in CLDR
order (zero, one, two, few, many, other) are the numerus forms in order, which is Qt's order for
the languages we ship (German and Dutch: one, other; Slovenian: one, two, few, other). English
plurals come from ``reciprocity_en.ts``, which holds only numerus messages (``lupdate -pluralonly``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from babel import Locale

from reciprocity_desktop.paths import resource

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "nl": "Nederlands", "sl": "Slovenščina"}


#: CLDR's plural categories in their order, which is the order of a language's numerus forms.
_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@cache
def _load(lang: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) → the translation, or the numerus forms of a plural message."""
    path = resource("i18n", f"reciprocity_{lang}.ts")
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    table[(name, source)] = forms
            elif translation.text:
                table[(name, source)] = translation.text
    return table


@cache
def plural_form(lang: str) -> Callable[[int], int]:
    """The language's plural rule: the index of the numerus form for a count."""
    rule = Locale.parse(lang).plural_form
    order = [category for category in _CATEGORIES if category in rule.tags or category == "other"]
    return lambda n: order.index(rule(n))


class Catalog:
    """The translations of one language; unknown strings come back untranslated (English)."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._table = _load(lang)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in this language; with ``n`` (0 or more) the plural form for ``n``, ``%n`` replaced
        by it (as ``QCoreApplication.translate``). ``disambiguation`` is for lupdate only."""
        found = self._table.get((context, text))
        if n < 0:
            return found if isinstance(found, str) else text
        if isinstance(found, tuple):
            found = found[min(plural_form(self.lang)(n), len(found) - 1)]
        return (found or text).replace("%n", str(n))
