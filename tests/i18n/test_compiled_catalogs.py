"""The committed .qm files say what their .ts files say, and Qt picks the same plural form as the
paper and the CLI (Babel's rules in i18n.PLURAL_FORMS)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
import update_catalogs
from i18n_helpers import needs_qt_tools, ts_text
from PySide6.QtCore import QTranslator

from reciprocity_desktop import i18n

I18N = update_catalogs.ROOT / update_catalogs.I18N
#: Counts that tell the rules apart (Slovenian: 1, 101 one; 2, 102 two; 3, 4, 103 few; the rest other).
COUNTS = [*range(0, 30), 99, 100, 101, 102, 103, 104, 105, 111, 112, 113, 121, 201, 1001, 1002, 1003]


def _load(path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(path)), path
    return translator


@pytest.mark.parametrize("lang", update_catalogs.LANGS)
def test_each_qm_file_holds_the_finished_translations_of_its_ts_file(lang):
    """Run ``python scripts/update_catalogs.py`` when this fails: a .ts was edited, its .qm not rebuilt."""
    ts = I18N / f"reciprocity_{lang}.ts"
    translator = _load(ts.with_suffix(".qm"))
    checked = 0
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            comment = message.findtext("comment")
            translation = message.find("translation")
            finished = translation.get("type") is None
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                for n in COUNTS:
                    expected = forms[i18n.plural_index(lang, n)] if finished else ""
                    assert translator.translate(name, source, comment, n) == expected, (name, source, n)
            else:
                expected = (translation.text or "") if finished else ""
                assert translator.translate(name, source, comment) == expected, (name, source)
            checked += finished
    assert checked > 0


@needs_qt_tools
@pytest.mark.parametrize("lang", update_catalogs.LANGS)
def test_qt_and_the_paper_pick_the_same_plural_form(lang, tmp_path, own_catalogs):
    forms = tuple(f"form {index} of %n" for index in range(len(i18n.PLURAL_FORMS[lang])))
    contexts = {"Test": {"%n thing(s)": forms}}
    ts = tmp_path / f"plural_{lang}.ts"
    ts.write_text(ts_text(update_catalogs.FULL.get(lang, "en_GB"), contexts), encoding="utf-8")
    subprocess.run([update_catalogs.tool("pyside6-lrelease"), "-silent", str(ts)], check=True)
    translator = _load(ts.with_suffix(".qm"))
    own_catalogs({lang: contexts})
    catalog = i18n.Catalog(lang)
    for n in COUNTS:
        qt = translator.translate("Test", "%n thing(s)", None, n)  # Qt's form, before %n is filled
        assert qt.replace("%n", str(n)) == catalog.translate_n("Test", "%n thing(s)", n), (lang, n)
    assert len({catalog.translate_n("Test", "%n thing(s)", n).split(" of")[0] for n in COUNTS}) == len(forms)


def test_every_catalog_has_the_number_of_plural_forms_its_language_needs():
    for lang in update_catalogs.LANGS:
        root = ET.parse(I18N / f"reciprocity_{lang}.ts").getroot()
        assert root.get("language", "").split("_")[0] == lang
        for message in root.iter("message"):
            if message.get("numerus") == "yes":
                count = len(list(message.find("translation").iter("numerusform")))
                assert count == len(i18n.PLURAL_FORMS[lang]), (lang, message.findtext("source"))
