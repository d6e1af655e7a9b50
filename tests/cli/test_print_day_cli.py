"""``reciprocity-desktop print-day``: writes the PDF, or says in one line why not (exit 2)."""

from __future__ import annotations

from daydata import pdf_pages
from pypdf import PdfReader

from reciprocity_desktop.cli import main


def test_print_day_writes_the_pdf(store, day, tmp_path, capsys):
    out = tmp_path / "route.pdf"
    code = main(["--db", str(store.path), "print-day", "2025-03-12", "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.out.strip() == f"Wrote {out} (pages: 5, stops: 4)."
    pages = pdf_pages(out)
    assert len(pages) == 5
    assert "Route overview – Wednesday, 12 March 2025" in pages[0]
    assert "Seller: Tomaž Žagar" in pages[0]


def test_options_language_paper_and_seller(store, day, tmp_path, capsys):
    out = tmp_path / "pot.pdf"
    code = main(
        [
            "--db",
            str(store.path),
            "print-day",
            "2025-03-12",
            "-o",
            str(out),
            "--lang",
            "sl",
            "--paper",
            "letter",
            "--seller",
            "Ana Kovač",
        ]
    )
    assert code == 0, capsys.readouterr().err
    reader = PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = " ".join(pdf_pages(out))
    assert "Prodajalec: Ana Kovač" in text and "Tomaž Žagar" not in text
    assert "Pregled poti" in text and "Stran 1 od 5" in text


def test_malformed_date_is_one_line_and_exit_2(store, day, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = main(["--db", str(store.path), "print-day", "12/03/2025", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "12/03/2025" in err and "YYYY-MM-DD" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_day_without_visits_is_one_line_and_exit_2(store, day, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = main(["--db", str(store.path), "print-day", "2025-03-13", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "reciprocity-desktop: There are no visits planned for 2025-03-13; nothing to print."
    ]
    assert not out.exists()


def test_missing_output_folder_is_one_line_and_exit_2(store, day, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "x.pdf"
    code = main(["--db", str(store.path), "print-day", "2025-03-12", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "does not exist" in err


def test_paper_choices_of_the_cli_match_the_report():
    from reciprocity_desktop.cli.print_day import PAPER_CHOICES
    from reciprocity_desktop.reports.day import PAPERS

    assert sorted(PAPER_CHOICES) == sorted(PAPERS)
