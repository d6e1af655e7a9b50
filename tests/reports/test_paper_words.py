"""What a rep reads on paper, as pdftotext reads it, in English and German: contacts, stages, gift
kinds, addresses, amounts and distances that keep together, long e-mail addresses."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from daydata import DAY, flat, set_setting

from reciprocity_desktop.reports.day import render_day
from reciprocity_desktop.reports.fonts import REGULAR, register_fonts
from reciprocity_desktop.reports.styles import wrap_lines
from reciprocity_desktop.reports.text import ReportText
from reciprocity_desktop.services import day_route
from reciprocity_desktop.services.errors import Warning_
from reciprocity_desktop.store.models import Contact, Prospect, Visit

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed"
)


def pdf_text(path: Path) -> list[str]:
    """Each page as pdftotext reads it (cell by cell), whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    return [flat(page) for page in out.stdout.split("\f") if page.strip()]


def printed(store, tmp_path, lang: str) -> list[str]:
    path = tmp_path / f"day-{lang}.pdf"
    render_day(store, DAY, path, lang=lang)
    return pdf_text(path)


@pytest.mark.parametrize(
    ("lang", "more", "stage"),
    [("en", "and 1 more contact", "Stage: Prospect"), ("de", "und 1 weiterer Kontakt", "Phase: Interessent")],
)
def test_the_other_contacts_are_counted_in_words_and_the_stage_is_its_label(
    store, day, tmp_path, lang, more, stage
):
    overview, bakery, *_ = printed(store, tmp_path, lang)
    # The bakery has two contacts: the decision maker is named, the other counted, then the phones.
    role = "Geschäftsführerin"
    assert f"★ Käthe Müller ({role}) {more} ☎ +49 170 222 ☎ +49 30 1234567" in overview
    assert f"({role}) +1" not in overview and " +1 " not in overview
    assert stage in bakery
    assert "prospect" not in bakery.replace("About the prospect", "")


def test_more_contacts_has_plural_forms_on_paper(store, day, tmp_path):
    with store.session() as session:
        prospect_id = session.get(Visit, day.visit_ids[0]).prospect_id
        session.add_all(Contact(prospect_id=prospect_id, name=f"Kollege {n}") for n in range(2))
    assert "and 3 more contacts" in printed(store, tmp_path, "en")[0]
    assert "und 3 weitere Kontakte" in printed(store, tmp_path, "de")[0]


@pytest.mark.parametrize(
    ("lang", "gift"),
    [
        ("en", "Gift to bring: E-book: Darila, ki odpirajo vrata · content (e-book, article)"),
        ("de", "Geschenk zum Mitbringen: E-book: Darila, ki odpirajo vrata · Inhalt (E-Book, Artikel)"),
    ],
)
def test_a_gift_kind_with_brackets_is_not_put_in_brackets(store, day, tmp_path, lang, gift):
    pages = printed(store, tmp_path, lang)
    dutch = pages[3]
    assert gift in dutch
    assert "((" not in " ".join(pages) and "))" not in " ".join(pages)


def test_a_gift_note_on_a_stock_item_follows_a_dash(store, day, tmp_path):
    with store.session() as session:
        session.get(Visit, day.visit_ids[2]).gift_note = "für die Werkstatt"
    pages = printed(store, tmp_path, "en")
    assert "Gift to bring: E-book: Darila, ki odpirajo vrata – für die Werkstatt · content" in pages[3]


@pytest.mark.parametrize(
    ("lang", "slovenia", "netherlands"),
    [("en", "Slovenia", "Netherlands"), ("de", "Slowenien", "Niederlande")],
)
def test_addresses_put_the_postal_code_before_the_town_and_name_a_foreign_country(
    store, day, tmp_path, lang, slovenia, netherlands
):
    """The seller's home country is the default country (Germany) until a home base is set."""
    overview, bakery, zavod, dutch, fresh = printed(store, tmp_path, lang)
    assert "Straße des 17. Juni 135 10623 Berlin ☎ +49 30 1234567" in bakery  # no country line at home
    assert f"Žabja ulica 7 1000 Ljubljana {slovenia}" in zavod
    assert f"IJsselkade 12 7201 HC Zutphen {netherlands}" in dutch
    assert f"Žužemberk {slovenia}" in fresh  # no street, no postal code
    for address in ("10623 Berlin", f"1000 Ljubljana {slovenia}", f"7201 HC Zutphen {netherlands}"):
        assert address in overview
    assert not any(f"{code}-" in overview for code in ("DE", "SI", "NL"))


def test_a_seller_at_home_in_slovenia_sees_germany_named_instead(store, day, tmp_path):
    set_setting(store, "home_country", "SI")
    overview, bakery, zavod, *_ = printed(store, tmp_path, "de")
    assert "10623 Berlin Deutschland" in bakery
    assert "1000 Ljubljana" in zavod and "Slowenien" not in zavod


def test_amounts_and_distances_do_not_break_inside(store, day):
    register_fonts()
    # A no-break space (Babel puts one in "1.234,50 €") keeps number and unit on one line.
    for text in ("1.234,50\u00a0€", "1,024.1\u00a0km"):
        lines = wrap_lines(f"Wert {text} heute", REGULAR, 8.5, 50).split("\n")
        assert text in lines, lines


def test_a_long_e_mail_address_is_cut_after_the_at_sign():
    register_fonts()
    address = "florian.berger.geschaeftsfuehrung@backereiberger.example"
    assert wrap_lines(address, REGULAR, 8.5, 180).split("\n") == [
        "florian.berger.geschaeftsfuehrung@",
        "backereiberger.example",
    ]
    # Narrower: after a dot of the name, then after the "@".
    assert wrap_lines(address, REGULAR, 8.5, 120).split("\n") == [
        "florian.berger.",
        "geschaeftsfuehrung@",
        "backereiberger.example",
    ]
    # A word without a place to cut is cut where the line is full; nothing is lost.
    word = "Donaudampfschifffahrtsgesellschaftskapitänswitwe"
    pieces = wrap_lines(word, REGULAR, 8.5, 80).split("\n")
    assert "".join(pieces) == word and len(pieces) > 1


def test_a_name_ending_in_a_full_stop_ends_the_sentence_once():
    flag = Warning_(day_route.FLAG_PLACED, "", neighbour="Physiotherapie Müller e.K.")
    assert (
        ReportText("en").route_flag(flag)
        == "No coordinates: placed by postal code near Physiotherapie Müller e.K."
    )
    far = Warning_(day_route.FLAG_FAR_COUNTRY, "", country="AT", main="DE")
    assert ReportText("de").route_flag(far).startswith("In Österreich, die meisten Halte sind in Deutschland")


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "20:10 (+18 days)"), ("de", "20:10 (+18 Tage)"), ("sl", "01:10 (+1 dan)")]
)
def test_a_route_past_midnight_says_how_many_days_later(lang, expected):
    clock = expected.split(" ")[0] + (" (+18)" if "18" in expected else " (+1)")
    assert ReportText(lang).clock(clock) == expected
    assert ReportText(lang).clock("17:59") == "17:59"


def test_the_long_route_overview_on_an_office_day_prints_no_prefixes(store, tmp_path):
    """Stops in four countries, from a German home base."""
    set_setting(store, "home_country", "DE")
    with store.session() as session:
        for n, (country, code, city) in enumerate(
            (
                ("DE", "80331", "München"),
                ("AT", "1010", "Wien"),
                ("CH", "8001", "Zürich"),
                ("SI", "1000", "Ljubljana"),
            )
        ):
            prospect = Prospect(name=f"Firma {n}", postal_code=code, city=city, country=country)
            session.add(prospect)
            session.flush()
            session.add(Visit(prospect_id=prospect.id, date=DAY, position=n))
    overview = printed(store, tmp_path, "de")[0]
    for address in (
        "80331 München",
        "1010 Wien Österreich",
        "8001 Zürich Schweiz",
        "1000 Ljubljana Slowenien",
    ):
        assert address in overview
    assert "Deutschland" not in overview.replace("in Deutschland", "")
