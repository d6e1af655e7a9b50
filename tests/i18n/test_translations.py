"""What a translation must keep of its source: the placeholders (%1, %n, {name}), one mnemonic, the
plural forms its language needs. Checked for every finished translation of every catalog."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
import update_catalogs

from reciprocity_desktop.i18n import PLURAL_FORMS

I18N = update_catalogs.ROOT / update_catalogs.I18N
_QT_ARGS = re.compile(r"%L?\d{1,2}")
_NAMED = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")
_MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def messages(lang: str) -> Iterator[tuple[str, str, list[str], bool]]:
    """``(context, source, translations, finished)`` of every message (a plural: each form)."""
    root = ET.parse(I18N / f"reciprocity_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            finished = translation.get("type") is None
            yield context.findtext("name") or "", message.findtext("source") or "", texts, finished


def placeholder_problems(source: str, text: str) -> list[str]:
    problems = []
    if set(_QT_ARGS.findall(text)) != set(_QT_ARGS.findall(source)):
        problems.append("%1…")
    if ("%n" in source or "%Ln" in source) and "%n" not in text and "%Ln" not in text:
        problems.append("%n")
    if sorted(_NAMED.findall(text)) != sorted(_NAMED.findall(source)):
        problems.append("{name}")
    if (
        len(_MNEMONIC.findall(source.replace("&&", ""))) == 1
        and len(_MNEMONIC.findall(text.replace("&&", ""))) != 1
    ):
        problems.append("the & mnemonic")
    return problems


@pytest.mark.parametrize("lang", update_catalogs.LANGS)
def test_finished_translations_keep_their_placeholders(lang):
    wrong = [
        f"{context}: {source!r} → {text!r} ({', '.join(problems)})"
        for context, source, texts, finished in messages(lang)
        if finished
        for text in texts
        if (problems := placeholder_problems(source, text))
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", update_catalogs.LANGS)
def test_finished_plurals_have_every_form_filled(lang):
    for context, source, texts, finished in messages(lang):
        if finished and "%n" in source:
            assert len(texts) == len(PLURAL_FORMS[lang]) and all(texts), (context, source)


def test_the_check_catches_what_a_translator_can_get_wrong():
    assert placeholder_problems("Printed %1 to %2.", "%2: %1 gedruckt.") == []
    assert placeholder_problems("Printed %1 to %2.", "%1 gedruckt.") == ["%1…"]
    assert placeholder_problems("%n stop(s)", "ein Besuch") == ["%n"]
    assert placeholder_problems("Stop {number} of {count}", "Besuch {nummer} von {count}") == ["{name}"]
    assert placeholder_problems("&Save to:", "Speichern &unter:") == []
    assert placeholder_problems("&Save to:", "Speichern unter:") == ["the & mnemonic"]
    assert placeholder_problems("Tom && Jerry", "Tom && Jerry") == []
