"""The paper's and the CLI's catalog without Qt: plural forms per language, service messages, and the
pseudo-locale that keeps every placeholder working."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
import update_catalogs

from reciprocity_desktop import i18n
from reciprocity_desktop.i18n import Catalog, pseudo

STOPS = {
    "en": ("%n stop", "%n stops"),
    "de": ("%n Besuch", "%n Besuche"),
    "nl": ("%n bezoek", "%n bezoeken"),
    "sl": ("%n obisk", "%n obiska", "%n obiski", "%n obiskov"),
}


@pytest.fixture
def stops(own_catalogs):
    own_catalogs({lang: {"Report": {"%n stop(s)": forms}} for lang, forms in STOPS.items()})


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", {1: "1 stop", 2: "2 stops", 0: "0 stops", 21: "21 stops", 101: "101 stops"}),
        ("de", {1: "1 Besuch", 2: "2 Besuche", 0: "0 Besuche", 101: "101 Besuche"}),
        ("nl", {1: "1 bezoek", 2: "2 bezoeken", 0: "0 bezoeken", 11: "11 bezoeken"}),
        (
            "sl",
            {
                1: "1 obisk", 2: "2 obiska", 3: "3 obiski", 4: "4 obiski", 5: "5 obiskov", 0: "0 obiskov",
                11: "11 obiskov", 101: "101 obisk", 102: "102 obiska", 103: "103 obiski", 111: "111 obiskov",
            },
        ),
    ],
)  # fmt: skip
def test_counts_take_the_languages_plural_form(stops, lang, expected):
    catalog = Catalog(lang)
    assert {n: catalog.translate_n("Report", "%n stop(s)", n) for n in expected} == expected
    assert {
        n: catalog.translate("Report", "%n stop(s)", None, n) for n in expected
    } == expected  # Qt's spelling


def test_a_count_not_translated_yet_reads_as_english(own_catalogs):
    own_catalogs({"en": {"Report": {"%n stop(s)": STOPS["en"]}}, "sl": {"Report": {}}})
    assert (
        Catalog("sl").translate_n("Report", "%n stop(s)", 101) == "101 stops"
    )  # English rules, not Slovenian
    assert Catalog("sl").translate_n("Report", "%n visit(s)", 2) == "2 visit(s)"  # in no catalog: the source


def test_the_shipped_english_catalog_spells_out_the_plural_forms():
    catalog = Catalog("en")
    assert catalog.translate_n("PrintDayDialog", "%n stop(s) on the route.", 1) == "1 stop on the route."
    assert catalog.translate_n("PrintDayDialog", "%n stop(s) on the route.", 7) == "7 stops on the route."


def test_service_messages_are_translated_with_their_field(own_catalogs):
    own_catalogs(
        {
            "de": {
                "services": {"{field} must not be empty.": "{field} darf nicht leer sein."},
                "Fields": {"postal code": "Postleitzahl"},
            }
        }
    )
    message = Catalog("de").message("{field} must not be empty.", {"field": "postal code"})
    assert message == "Postleitzahl darf nicht leer sein."
    assert Catalog("en").message("{field} must not be empty.", {"field": "postal code"}) == (
        "Postal code must not be empty."
    )


def test_unfinished_translations_are_not_used(own_catalogs, tmp_path):
    folder = own_catalogs({})
    (folder / "reciprocity_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="de_DE"><context><name>Report</name>'
        '<message><source>Back home</source><translation type="unfinished">Zurück</translation></message>'
        "</context></TS>\n",
        encoding="utf-8",
    )
    assert Catalog("de").translate("Report", "Back home") == "Back home"


# -- the pseudo-locale -----------------------------------------------------------------------------------

_PLACEHOLDERS = re.compile(r"%L?(?:n|\d{1,2})|\{[^{}]*\}|<[^<>]+>")


def _shipped_sources() -> list[str]:
    root = ET.parse(update_catalogs.ROOT / update_catalogs.I18N / "reciprocity_de.ts").getroot()
    return [message.findtext("source") or "" for message in root.iter("message")]


def _mnemonics(text: str) -> list[str]:
    return re.findall(r"&(&|.)", text)


def test_pseudo_keeps_placeholders_mnemonics_and_markup_in_every_shipped_string():
    sources = _shipped_sources()
    assert len(sources) > 500
    for source in sources:
        text = pseudo(source)
        assert _PLACEHOLDERS.findall(text) == _PLACEHOLDERS.findall(source), source
        assert _mnemonics(text) == _mnemonics(source), source
        assert text.startswith("⟦") and text.endswith("⟧"), source


def test_pseudo_is_about_forty_percent_longer_with_accents():
    source = "Ask about a gift after:"
    text = pseudo(source)
    assert 1.3 <= len(text) / len(source) <= 1.6
    assert re.search(r"[À-ž]", text) and not re.search(r"[a-zA-Z]{4}", text.strip("⟦⟧"))
    assert pseudo("Printed %1 to %2.").count("%1") == 1 and "%2" in pseudo("Printed %1 to %2.")
    assert pseudo("Stop {number} of {count}").replace("⟦", "").startswith("Šţöp {number} öf {count}")
    assert "(*.pdf)" in pseudo("PDF files (*.pdf)") and "Ctrl+F" in pseudo("Press Ctrl+F to search")
    assert pseudo("") == ""


def test_the_pseudo_catalog_fills_counts_and_formats_like_the_others():
    catalog = Catalog(i18n.PSEUDO)
    assert "3" in catalog.translate_n("Report", "%n stop(s)", 3) and "%n" not in catalog.translate_n(
        "Report", "%n stop(s)", 3
    )
    assert catalog.translate("Report", "Page {page} of {pages}").format(page=1, pages=2).count("1") == 1
    assert catalog.message("{field} must not be empty.", {"field": "name"}).startswith("⟦⟦ñåmé")
