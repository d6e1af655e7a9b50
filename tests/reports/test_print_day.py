"""The printed day read back from the PDF: content, Unicode, pages, fonts, layout and safety."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from daydata import DAY, flat, pdf_pages
from pypdf import PdfReader

from reciprocity_desktop.reports import day as day_module
from reciprocity_desktop.reports.day import NoVisits, ReportWriteError, qr_payload, render_day
from reciprocity_desktop.reports.qr import QrCode, qr_matrix
from reciprocity_desktop.reports.styles import Styles
from reciprocity_desktop.reports.text import ReportText
from reciprocity_desktop.reports.visit_sheet import visit_sheet
from reciprocity_desktop.services.day_sheet import gather_day
from reciprocity_desktop.services.errors import ValidationError
from reciprocity_desktop.store.models import Gift, Prospect, Visit


@pytest.fixture
def pdf(store, day, tmp_path):
    path = tmp_path / "day.pdf"
    result = render_day(store, DAY, path)
    return path, result


def test_overview_lists_every_stop_in_route_order(pdf, day):
    path, result = pdf
    overview = pdf_pages(path)[0]
    assert "Route overview – Wednesday, 12 March 2025" in overview
    assert "Seller: Tomaž Žagar" in overview
    places = [overview.index(name.split()[0]) for name in day.names]
    assert places == sorted(places)
    for name in day.names:
        assert flat(name) in overview
    assert day.cancelled_name not in overview
    assert "Cancelled visits (not shown): 1" in overview
    # Planned time, address, contact (decision maker), phone, gift and the check boxes.
    assert "09:00" in overview and "15:00" in overview
    assert "Straße des 17. Juni 135" in overview
    assert "★ Käthe Müller" in overview
    assert "+49 170 222" in overview
    assert "Lesena škatla z ročno izdelanim logotipom" in overview
    assert overview.count("☐ done") == 4 and overview.count("☐ nobody there") == 4


def test_one_sheet_per_stop_and_page_count(pdf, day):
    path, result = pdf
    pages = pdf_pages(path)
    assert len(pages) == result.pages == 1 + len(day.names)
    assert result.stops == 4
    for number, (name, page) in enumerate(zip(day.names, pages[1:], strict=True), start=1):
        assert f"Stop {number} of 4" in page
        assert flat(name) in page
        assert "Outcome of the visit" in page
        for label in ("nobody there", "talked", "gift handed over", "meeting agreed", "referral", "order"):
            assert f"☐ {label}" in page


def test_unicode_survives(pdf):
    path, _ = pdf
    text = " ".join(pdf_pages(path))
    for word in ("Čebelarstvo Šušteršič", "Größe", "Žužemberk", "Đurđa Ćosić", "Weiß", "Käthe", "ročno"):
        assert word in text
    for char in "čšžßüöäćđ":
        assert char in text


def test_page_x_of_y_on_every_page(pdf):
    path, result = pdf
    pages = pdf_pages(path)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Wednesday, 12 March 2025" in page


def test_sheet_shows_history_and_the_gift_to_bring(pdf):
    path, _ = pdf
    bakery = pdf_pages(path)[1]
    assert "Probierpaket Sauerteig-Starter × 2" in bakery
    assert "for Käthe Müller" in bakery
    assert "Leitfaden Energiesparen in der Backstube" in bakery
    assert "not known yet – ask" in bakery and "liked it" in bakery
    assert "Same-day gift" not in bakery and "Deleted gift" not in bakery
    assert "3 Mar 2025" in bakery  # date of the earlier gift
    assert "Kurzes Gespräch an der Theke" in bakery  # earlier outcome
    assert "Wie war der Starter?" in bakery and "overdue" in bakery  # open follow-up
    assert "Done already" not in bakery  # done follow-up left out
    assert "Frau Müller prefers mornings before 10." in bakery
    assert "Last visit (31 Jan 2025): Laden war voll; später kommen." in bakery
    assert "Gift to bring: Pralinen-Box „Süß“ · personal present" in bakery
    assert "★ Käthe Müller" in bakery


def test_opening_line_asks_about_the_earlier_gift_not_for_an_order(store, day, pdf):
    path, _ = pdf
    stops = gather_day(store, DAY).stops
    text = ReportText("en")
    line = text.opening_line(stops[0], "Tomaž Žagar")
    assert "Probierpaket Sauerteig-Starter" in line
    assert "How was it received" in line
    assert "order" not in line.lower() and "buy" not in line.lower()
    assert flat(line) in pdf_pages(path)[1]
    # Liked before: ask what they liked, naming the gift.
    dutch = text.opening_line(stops[2], "Tomaž Žagar")
    assert "Energiescan van de werkplaats" in dutch and "well received" in dutch
    assert "order" not in dutch.lower()
    # First visit: introduce yourself and give, asking nothing.
    first = text.opening_line(stops[3], "Tomaž Žagar")
    assert "my name is Tomaž Žagar" in first
    assert "Lesena škatla" in first and "nothing is expected in return" in first
    assert "order" not in first.lower()
    # Met before but never given anything: refer to the last conversation.
    slovene = text.opening_line(stops[1], "")
    assert slovene.startswith("Good day, let me introduce myself.")


def test_opening_line_variants_by_reaction(store, day):
    stop = gather_day(store, DAY).stops[0]
    text = ReportText("en")
    gift = stop.earlier_gifts[0]
    for reaction, expected in (
        ("liked", "well received"),
        ("neutral", "more useful to you next time"),
        ("not_liked", "not quite right for you"),
        ("declined", "not quite right for you"),
    ):
        variant = type(stop)(
            **{**stop.__dict__, "earlier_gifts": (type(gift)(**{**gift.__dict__, "reaction": reaction}),)}
        )
        line = text.opening_line(variant)
        assert expected in line and "Probierpaket Sauerteig-Starter" in line
        assert "order" not in line.lower()


def test_qr_code_carries_the_visit_id(store, day, pdf):
    path, _ = pdf
    assert qr_payload(day.visit_ids[0]) == f"reciprocity:visit:{day.visit_ids[0]}"
    sheet = gather_day(store, DAY)
    flowables = visit_sheet(sheet.stops[0], sheet, ReportText("en"), Styles(), 500)
    codes = [
        cell
        for flowable in flowables
        for row in getattr(flowable, "_cellvalues", [])
        for col in row
        for cell in (col if isinstance(col, list) else [col])
        if isinstance(cell, QrCode)
    ]
    assert [code.payload for code in codes] == [qr_payload(day.visit_ids[0])]
    # The drawn modules are the encoder's for that payload (a version-4 code: 33 x 33, finder corners).
    modules = codes[0].modules
    assert modules == qr_matrix(qr_payload(day.visit_ids[0]))
    assert len(modules) == 33 and all(len(row) == 33 for row in modules)
    for r, c in ((0, 0), (0, 26), (26, 0)):
        assert all(modules[r][c + i] and modules[r + 6][c + i] for i in range(7))
    assert modules != qr_matrix(qr_payload(day.visit_ids[1]))
    # The payload is also a link on the code, one per sheet, in route order.
    reader = PdfReader(str(path))
    uris = []
    for page in reader.pages[1:]:
        annots = [a.get_object() for a in page.get("/Annots", [])]
        uris.append([a["/A"]["/URI"] for a in annots if "/A" in a])
    assert uris == [[qr_payload(visit_id)] for visit_id in day.visit_ids]


def test_gift_kit_figures_and_shortage(pdf):
    path, _ = pdf
    overview = pdf_pages(path)[0]
    assert "Gift kit – load into the car" in overview
    assert "⚠ Not enough in stock for today: Pralinen-Box „Süß“" in overview
    assert "Pralinen-Box „Süß“ personal present 2 1 ⚠ Missing: 1" in overview
    assert "1 40 Left after today: 39" in overview
    assert "Also bring (not from stock)" in overview
    assert "Stop 4 · Žužemberk Mizarstvo s.p." in overview


def test_no_visits_is_an_error_and_writes_nothing(store, day, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NoVisits):
        render_day(store, DAY + dt.timedelta(days=1), out / "empty.pdf")
    assert list(out.iterdir()) == []


def test_bad_options_are_validation_errors(store, day, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="(?i)date"):
        render_day(store, "2025-02-30", out / "x.pdf")
    with pytest.raises(ValidationError, match="(?i)paper"):
        render_day(store, DAY, out / "x.pdf", paper="a3")
    with pytest.raises(ValidationError, match="(?i)language"):
        render_day(store, DAY, out / "x.pdf", lang="fr")
    assert list(out.iterdir()) == []


def test_only_embedded_dejavu_fonts(pdf):
    path, _ = pdf
    reader = PdfReader(str(path))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert "DejaVuSans" in name, name
        descriptor = (
            font["/FontDescriptor"]
            if "/FontDescriptor" in font
            else font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        )
        assert "/FontFile2" in descriptor.get_object(), f"{name} is not embedded"
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all("DejaVuSans" in row and " yes " in row for row in rows)
        assert "Helvetica" not in listing


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_qpdf_check_passes(pdf):
    path, _ = pdf
    run = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No syntax or stream encoding errors" in run.stdout


@pytest.mark.parametrize(("paper", "size"), [("a4", (595.28, 841.89)), ("letter", (612.0, 792.0))])
def test_paper_sizes(store, day, tmp_path, paper, size):
    path = tmp_path / f"{paper}.pdf"
    result = render_day(store, DAY, path, paper=paper)
    reader = PdfReader(str(path))
    assert result.pages == len(reader.pages) == 5  # both sizes keep one sheet per stop
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == size


def _text_positions(path, page_index):
    """(x, y, text) of every text run on a page, in page coordinates."""
    page = PdfReader(str(path)).pages[page_index]
    runs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            runs.append((x, text))

    page.extract_text(visitor_text=visit)
    return float(page.mediabox.width), runs


def test_long_names_and_addresses_wrap_inside_the_page(store, day, tmp_path):
    long_name = "Gostinsko podjetje Šentjernejsko Čudežno Žganjekuhanje in Pivovarstvo Đakovič & Sinovi " * 2
    long_street = (
        "Ulica heroja Šaranoviča Žiga Zoisa in Jurija Vege ob Ljubljanici pri Čevljarskem mostu 123b"
    )
    with store.session() as session:
        visit = session.get(Visit, day.visit_ids[0])
        prospect = session.get(Prospect, visit.prospect_id)
        prospect.name = long_name.strip()
        prospect.street = long_street
    path = tmp_path / "long.pdf"
    render_day(store, DAY, path, paper="letter")
    pages = pdf_pages(path)
    assert flat(long_name) in pages[0] and flat(long_name) in pages[1]
    assert long_street in pages[0]
    for index in (0, 1):
        width, runs = _text_positions(path, index)
        assert runs
        # Every run starts inside the margins and none is as long as a whole unwrapped name.
        assert all(0 < x < width - 30 for x, _ in runs)
        assert all(len(t) < len(long_name.strip()) for _, t in runs)


def test_many_earlier_gifts_overflow_onto_a_marked_continuation(store, day, tmp_path):
    with store.session() as session:
        prospect_id = session.get(Visit, day.visit_ids[1]).prospect_id
        for n in range(45):
            session.add(
                Gift(
                    prospect_id=prospect_id,
                    date=DAY - dt.timedelta(days=7 * (n + 1)),
                    kind="content",
                    description=f"Priročnik št. {n + 1}: Čebelji pridelki in žlahtna darila",
                    reaction="liked" if n % 2 else None,
                )
            )
    path = tmp_path / "long.pdf"
    result = render_day(store, DAY, path)
    pages = pdf_pages(path)
    assert result.pages == len(pages) > 5
    sheet_pages = [
        i for i, text in enumerate(pages) if "Čebelarstvo Šušteršič" in text and "Stop 2 of 4" in text
    ]
    assert len(sheet_pages) >= 2
    first, *rest = sheet_pages
    assert "continued" not in pages[first].replace("continued on the next page", "")
    assert "continued on the next page" in pages[first]
    for index in rest:
        assert "Stop 2 of 4 · Čebelarstvo Šušteršič d.o.o. – continued" in pages[index]
    # The gifts table keeps its header on the continuation, and every gift is printed once.
    assert "Date Kind Gift Reaction" in pages[rest[0]]
    all_text = " ".join(pages[i] for i in sheet_pages)
    # (the newest one is also named in the opening line, which asks how it was received)
    assert all_text.count("Priročnik št. 1:") == 2
    for n in range(1, 45):
        assert all_text.count(f"Priročnik št. {n + 1}:") == 1
    # The outcome boxes come once, after the gifts; the next stop starts on a fresh page.
    assert all_text.count("Outcome of the visit") == 1
    assert pages[sheet_pages[-1] + 1].startswith("Stop 3 of 4")


def test_failed_render_leaves_no_half_file(store, day, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "day.pdf"
    path.write_bytes(b"old content")

    def broken(*args, **kwargs):
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(day_module, "visit_sheet", broken)
    with pytest.raises(RuntimeError):
        render_day(store, DAY, path)
    assert path.read_bytes() == b"old content"
    assert [p.name for p in out.iterdir()] == ["day.pdf"]


def test_a_file_that_cannot_be_written_is_a_clear_error_and_leaves_nothing(store, day, tmp_path, monkeypatch):
    from reciprocity_desktop import fileio

    out = tmp_path / "out"
    out.mkdir()
    (out / "day.pdf").write_bytes(b"old content")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fileio.os, "replace", refuse)
    with pytest.raises(ReportWriteError, match="cannot be written: Permission denied"):
        render_day(store, DAY, out / "day.pdf")
    assert [p.name for p in out.iterdir()] == ["day.pdf"]
    assert (out / "day.pdf").read_bytes() == b"old content"


def test_missing_folder_is_a_clear_error(store, day, tmp_path):
    with pytest.raises(ReportWriteError, match="does not exist"):
        render_day(store, DAY, tmp_path / "nowhere" / "day.pdf")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "de",
            [
                "Routenübersicht – Mittwoch, 12. März 2025",
                "Seite 1 von 5",
                "Frühere Geschenke",
                "Fehlmenge: 1",
                "Geschenk übergeben",
                "Termin vereinbart",
                "hat gefallen",
                "Gespräch",
                "Auftrag",
                "1.234,50 €",
                "Besuch 1 von 4",
                "Am 03.03.2025 habe ich Ihnen „Probierpaket Sauerteig-Starter“ dagelassen.",
            ],
        ),
        (
            "nl",
            [
                "Routeoverzicht – woensdag 12 maart 2025",
                "Pagina 2 van 5",
                "Eerdere cadeaus",
                "Tekort: 1",
                "cadeau overhandigd",
                "afspraak gemaakt",
                "viel in de smaak",
                "bestelling",
                "€ 1.234,50",
                "Bezoek 3 van 4",
                "niemand aanwezig",
            ],
        ),
        (
            "sl",
            [
                "Pregled poti – sreda, 12. marec 2025",
                "Stran 3 od 5",
                "Prejšnja darila",
                "Manjka: 1",
                "darilo izročeno",
                "sestanek dogovorjen",
                "je bilo všeč",
                "naročilo",
                "1.234,50 €",
                "Obisk 4 od 4",
                "Dne 3. mar. 2025 ste od mene prejeli darilo »Probierpaket Sauerteig-Starter«.",
            ],
        ),
    ],
)
def test_languages(store, day, tmp_path, lang, expected):
    path = tmp_path / f"day-{lang}.pdf"
    render_day(store, DAY, path, lang=lang)
    text = " ".join(pdf_pages(path))
    for phrase in expected:
        assert flat(phrase) in text, phrase
    assert "Earlier gifts" not in text and "Route overview" not in text
