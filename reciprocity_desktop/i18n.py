"""Translations for the layers without Qt (printed reports, CLI messages), and which language to use.

The window and the paper share one set of catalogs: Qt Linguist ``.ts`` files in ``resources/i18n/``
(``reciprocity_de.ts``, ``reciprocity_nl.ts``, ``reciprocity_sl.ts``, and ``reciprocity_en.ts``, which
holds only the English plural forms). The window loads their compiled ``.qm`` files through
``QTranslator``; this module reads the ``.ts`` files with the standard library, so reports and the CLI
are translated without Qt. ``scripts/update_catalogs.py`` extracts the strings into them.

Mark strings so the catalog script finds them:

* ``catalog.translate("Context", "Text")`` (or any function named ``translate``) and
  ``QT_TRANSLATE_NOOP("Context", "Text")`` for a text translated later;
* ``catalog.translate_n("Context", "%n stop(s)", n)`` for a count: the form follows the language's
  plural rules (English, German, Dutch: one/other; Slovenian: one/two/few/other) and ``%n`` becomes
  ``n``. ``catalog.translate("Context", "%n stop(s)", None, n)`` is the same, spelt as Qt spells it;
* the templates of ``DomainError``, ``ValidationError``, ``Warning_``… are found by the script itself
  (context ``"services"``, their literal ``field=`` names in ``"Fields"``): :meth:`Catalog.message`
  translates them. A template with ``%n`` counts its parameter ``n`` (a plural message), and a
  parameter that is itself a message is translated inside it (services/errors.py).

The language (:func:`choose_language`): ``$RECIPROCITY_LANG`` for one run, else the ``language``
setting, else the system's language, else English. ``pseudo`` is a development language that makes
every text about 40 % longer, with accents (:func:`pseudo`).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from reciprocity_desktop.paths import resource

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "nl": "Nederlands", "sl": "Slovenščina"}
#: The development language of :func:`pseudo` (``RECIPROCITY_LANG=pseudo``); never a setting.
PSEUDO = "pseudo"
#: The ``language`` setting's value that follows the system.
SYSTEM = "system"
LANG_ENV = "RECIPROCITY_LANG"
#: The Babel locale of each language where the system's own locale does not speak it.
LOCALES: dict[str, str] = {"en": "en_GB", "de": "de_DE", "nl": "nl_NL", "sl": "sl_SI", PSEUDO: "en_GB"}
#: The plural categories (Babel's, CLDR's) in the order of the ``.ts`` numerus forms (Qt's order).
PLURAL_FORMS: dict[str, tuple[str, ...]] = {
    "en": ("one", "other"),
    "de": ("one", "other"),
    "nl": ("one", "other"),
    "sl": ("one", "two", "few", "other"),
}

Entry = str | tuple[str, ...]


def catalog_path(lang: str):
    return resource("i18n", f"reciprocity_{lang}.ts")


@cache
def _load(lang: str) -> dict[tuple[str, str, str], Entry]:
    """``(context, source, disambiguation)`` → the finished translation (a tuple of numerus forms)."""
    import xml.etree.ElementTree as ET  # not at start-up: the window reads the compiled .qm files

    path = catalog_path(lang)
    if not path.exists():
        return {}
    table: dict[tuple[str, str, str], Entry] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):  # unfinished, vanished…
                continue
            key = (name, source, message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
                if forms and all(forms):
                    table[key] = forms
            elif translation.text:
                table[key] = translation.text
    return table


@cache
def _plural_rule(lang: str):
    from babel import Locale  # only when a count is translated

    return Locale.parse(LOCALES.get(lang, "en_GB")).plural_form


def plural_index(lang: str, n: int) -> int:
    """Which numerus form of ``lang``'s catalog fits ``n`` (English ``1`` → 0, ``2`` → 1)."""
    order = PLURAL_FORMS.get(lang, PLURAL_FORMS["en"])
    category = _plural_rule(lang)(abs(n))
    return order.index(category) if category in order else len(order) - 1


def capitalise(sentence: str) -> str:
    """Upper-case the first letter (message templates may start with a lower-case field name)."""
    return sentence[:1].upper() + sentence[1:]


class Catalog:
    """The translations of one language; strings it does not have come back as given (English)."""

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGUAGES and lang != PSEUDO:
            raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._table = {} if lang == PSEUDO else _load(lang)
        # The English catalog's plural forms stand in for a count the language has not translated yet.
        self._english = {} if lang in ("en", PSEUDO) else _load("en")

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in this language; with ``n`` (0 or more) the plural form for ``n``, ``%n`` filled in.

        The arguments are those of ``QCoreApplication.translate``, so lupdate reads a call as Qt's.
        """
        lang = self.lang
        if lang == PSEUDO:
            found: Entry = pseudo(text)
        else:
            key = (context, text, disambiguation or "")
            found = self._table.get(key) or text
            if found is text and key in self._english:
                found, lang = self._english[key], "en"
        if isinstance(found, tuple):
            index = plural_index(lang, n) if n >= 0 else 0
            found = found[min(index, len(found) - 1)]
        if n >= 0:
            found = found.replace("%Ln", self._number(n)).replace("%n", str(n))
        return found

    def translate_n(self, context: str, text: str, n: int) -> str:
        """A text with a count: ``translate_n("Report", "%n stop(s)", 3)`` → ``"3 stops"``."""
        return self.translate(context, text, None, n)

    def message(self, text: str, params: Mapping[str, Any], *, capitalised: bool = True) -> str:
        """A service message (a DomainError's or a Warning_'s template and parameters) in this language.

        A parameter that is a message (it has ``template`` and ``params``) is put in translated; a
        template with ``%n`` takes the plural form for the parameter ``n``.
        """
        sentence = render_message(  # ``text``: a template marked where it was written
            text,
            params,
            lambda text, n: self.translate("services", text, None, -1 if n is None else n),
            lambda name: self.translate("Fields", name),
        )
        return capitalise(sentence) if capitalised else sentence

    def _number(self, n: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(n, locale=LOCALES.get(self.lang, "en_GB"))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for the catalogs (context ``context``) where it is written; it is translated later."""
    return text


def _is_message(value: object) -> bool:
    return hasattr(value, "template") and hasattr(value, "params") and hasattr(value, "render")


def render_message(
    template: str,
    params: Mapping[str, Any],
    translate: Callable[[str, int | None], str],
    field: Callable[[str], str] = lambda name: name,
) -> str:
    """A service message's sentence through ``translate(template, n)`` (``n`` for a template with ``%n``,
    else None), not capitalised; ``field`` names the field. A parameter that is a message (a
    ``services.errors.Message``), or a tuple of them (joined with "; "), is rendered the same way.
    Here rather than on the message class, so that this module needs nothing from the services."""
    rendered: dict[str, Any] = {}
    for key, value in params.items():
        if _is_message(value):
            value = value.render(translate, field)
        elif isinstance(value, tuple) and value and all(_is_message(v) for v in value):
            value = "; ".join(v.render(translate, field).rstrip(".") for v in value) + "."
        rendered[key] = value
    if isinstance(rendered.get("field"), str):
        rendered["field"] = field(rendered["field"])
    counted = "%n" in template and "n" in rendered
    return translate(template, int(rendered["n"]) if counted else None).format(**rendered)


# -- which language ----------------------------------------------------------------------------------


def supported(value: object) -> str | None:
    """The language a name stands for (``"de_AT.UTF-8"`` → ``"de"``, ``"pseudo"``), or None."""
    text = str(value or "").strip().lower()
    if text == PSEUDO:
        return PSEUDO
    code = re.split(r"[_\-.@]", text, maxsplit=1)[0]
    if code in LANGUAGES:
        return code
    return _WINDOWS_NAMES.get(code)


#: Windows writes locales as "German_Germany": the languages by their English names.
_WINDOWS_NAMES = {"english": "en", "german": "de", "dutch": "nl", "slovenian": "sl"}


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The user's preferred languages as the system names them, best first (no Qt needed).

    ``LANGUAGE`` (a colon-separated list), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; on Windows, the user's
    display language; then Python's own locale. The window asks Qt instead (``QLocale.uiLanguages``).
    """
    import locale

    environ = os.environ if environ is None else environ
    names: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        names.extend(part for part in environ.get(variable, "").split(":") if part)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            import ctypes

            names.append(locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), ""))
        except (AttributeError, OSError):
            pass
    with contextlib.suppress(ValueError):  # a locale Python cannot name
        names.append(locale.getlocale()[0] or "")
    return [name for name in names if name]


def choose_language(
    setting: object = None,
    *,
    environ: Mapping[str, str] | None = None,
    system: Iterable[str] | None = None,
) -> str:
    """The language of this run: ``$RECIPROCITY_LANG``, else the ``language`` setting, else the system's.

    A setting of ``"system"`` (the default) or a value that is no language passes to the next;
    the first supported language among ``system`` (default: :func:`system_languages`) wins, else
    English. ``C`` and ``POSIX`` are no language.
    """
    environ = os.environ if environ is None else environ
    for candidate in (environ.get(LANG_ENV), setting):
        chosen = supported(candidate)
        if chosen:
            return chosen
    for name in system_languages(environ) if system is None else system:
        chosen = supported(name)
        if chosen and chosen != PSEUDO:
            return chosen
    return "en"


def printable_language(lang: str) -> str:
    """The language for paper: the chosen one, English for the pseudo-locale."""
    return lang if lang in LANGUAGES else "en"


# -- the pseudo-locale -------------------------------------------------------------------------------

#: What the pseudo-locale keeps as written: %1 %n %Ln %L1, {name} {count:>3}, HTML tags and entities,
#: && and the mnemonic letter after &, file patterns (*.pdf), and key names of shortcuts (Ctrl+F).
_KEEP = (
    r"%L?(?:n|\d{1,2})|\{[^{}]*\}|<[^<>]+>|&[a-zA-Z]+;|&&|&.|\*\.\w+|\b(?:Ctrl|Shift|Alt|Meta|F\d{1,2})\+\S+"
)
_ACCENTS = str.maketrans(
    "AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåƁÇçĐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÜüŴŵÝýŽž",
)
#: Letters appended to make a text about 40 % longer (a German sentence runs about a third longer).
_PAD = "ẋẏẑ"


@cache
def _kept() -> re.Pattern[str]:
    return re.compile(_KEEP)


def pseudo(text: str | None) -> str:
    """``text`` with accents and about 40 % longer, in brackets: ``"&Save"`` → ``"⟦&Šåvé ẋẏ⟧"``.

    Placeholders, mnemonics, markup and file patterns stay as they are, so the text still works;
    the brackets show where a label is cut off.
    """
    if not text:
        return text or ""
    pieces: list[str] = []
    position = 0
    letters = 0
    for match in _kept().finditer(text):
        plain = text[position : match.start()]
        pieces.append(plain.translate(_ACCENTS))
        pieces.append(match.group(0))
        letters += len(plain)
        position = match.end()
    plain = text[position:]
    pieces.append(plain.translate(_ACCENTS))
    letters += len(plain)
    extra = max(1, round(letters * 0.4) - 2)  # the brackets count
    padding = (_PAD * (extra // len(_PAD) + 1))[:extra]
    return f"⟦{''.join(pieces)} {padding}⟧" if letters else text
