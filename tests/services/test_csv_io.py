"""CSV import and export of prospects: real-world shaped files, bad rows, re-imports, export safety."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from reciprocity_desktop.services import prospects as prospect_service
from reciprocity_desktop.services import settings
from reciprocity_desktop.services.csv_io import (
    EXPORT_COLUMNS,
    Cancelled,
    RowError,
    RowsFailed,
    country_from_text,
    export_csv,
    import_csv,
    read_csv,
)
from reciprocity_desktop.services.errors import DomainError, ValidationError
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Contact, Prospect

FIXTURES = Path(__file__).parents[1] / "fixtures" / "csv"


@pytest.fixture
def s(tmp_path):
    store = open_store(tmp_path / "s.sqlite3")
    yield store
    store.close()


def stored(store) -> dict[str, Prospect]:
    """Live prospects by name, with their live contacts loaded."""
    with store.read() as session:
        rows = session.scalars(
            select(Prospect).where(Prospect.deleted.is_(False)).options(selectinload(Prospect.contacts))
        ).all()
        return {p.name: p for p in rows}


def count(store, model=Prospect) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def contact_names(prospect: Prospect) -> list[str]:
    return sorted(c.name for c in prospect.contacts if not c.deleted)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# -- real-world files ------------------------------------------------------------------------


def test_german_excel_export_in_windows_1252_with_semicolons(s):
    report = import_csv(s, FIXTURES / "de_excel_cp1252.csv")

    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    assert report.columns == {
        "name": "Firma",
        "street": "Straße",
        "postal_code": "PLZ",
        "city": "Ort",
        "country": "Land",
        "phone": "Telefon",
        "email": "E-Mail",
        "contact": "Ansprechpartner",
        "industry": "Branche",
    }
    assert (report.created, report.already_present, report.failed, report.imported) == (5, 0, [], True)
    assert report.rows == 5  # the ";;;;;;;;" padding row is not a row
    rows = stored(s)
    assert set(rows) == {
        "Bäckerei Müller GmbH",
        "Schröder & Söhne KG",
        "Weißbräu Döbeln",
        "Möbelhaus Groß; Filiale Süd",
        "Café Sacher-Ähnlich",
    }
    mueller = rows["Bäckerei Müller GmbH"]
    assert (mueller.street, mueller.postal_code, mueller.city, mueller.country) == (
        "Hauptstraße 5",
        "80331",
        "München",
        "DE",
    )
    assert (mueller.phone, mueller.email) == ("+49 89 123456", "info@baeckerei-mueller.de")
    assert mueller.industry == "Lebensmittel"
    assert contact_names(mueller) == ["Jürgen Weiß"]
    assert rows["Weißbräu Döbeln"].postal_code == "04720"  # leading zero kept
    assert rows["Weißbräu Döbeln"].country == "DE"  # "deutschland", lower case
    assert rows["Weißbräu Döbeln"].contacts == []
    # the en dash is 0x96 in Windows-1252 (a control character in Latin-1)
    assert rows["Möbelhaus Groß; Filiale Süd"].industry == "Möbel & Küchen – Einzelhandel"
    assert rows["Café Sacher-Ähnlich"].country == "AT"  # "Österreich"


def test_slovenian_utf8_with_bom(s):
    report = import_csv(s, FIXTURES / "sl_utf8_bom.csv")

    assert (report.encoding, report.delimiter) == ("utf-8-sig", ",")
    assert report.columns["name"] == "Naziv podjetja"  # no BOM glued to the first header
    assert report.columns["postal_code"] == "Poštna številka"
    assert report.columns["country"] == "Država"
    assert report.columns["email"] == "E-pošta"
    assert report.columns["contact"] == "Kontaktna oseba"
    assert report.columns["industry"] == "Dejavnost"
    assert report.created == 4
    rows = stored(s)
    zagar = rows["Čebelarstvo Žagar d.o.o."]
    assert (zagar.street, zagar.postal_code, zagar.city, zagar.country) == (
        "Šmartinska cesta 152",
        "1000",
        "Ljubljana",
        "SI",
    )
    assert contact_names(zagar) == ["Špela Žagar"]
    assert rows["Kovinoplastika Novak, d.o.o."].city == "Žalec"
    assert rows["Vinoteka Šuštar"].country == "HR"  # "Hrvaška"
    assert contact_names(rows["Vinoteka Šuštar"]) == ["Željko Šuštar"]


def test_dutch_tab_separated_with_one_row_per_contact(s):
    report = import_csv(s, FIXTURES / "nl_tab.csv")

    assert (report.encoding, report.delimiter) == ("utf-8", "\t")
    assert report.columns["name"] == "Bedrijfsnaam"
    assert report.columns["city"] == "Plaats"
    assert report.columns["contact_role"] == "Functie"
    # "bakkerij De Vries / 1234ab / nederland" is the same prospect as "Bakkerij de Vries / 1234 AB"
    assert (report.created, report.duplicates, report.contacts_created) == (3, 1, 3)
    rows = stored(s)
    assert set(rows) == {"Bakkerij de Vries", "Café 't Hoekje", "Fietsenmaker IJzerman"}
    bakery = rows["Bakkerij de Vries"]
    assert (bakery.postal_code, bakery.city, bakery.country) == ("1234 AB", "Amsterdam", "NL")
    assert bakery.phone == "020 123 4567"  # the first row wins, the repeat adds its contact
    assert {(c.name, c.role) for c in bakery.contacts} == {
        ("Jan de Vries", "Eigenaar"),
        ("Piet de Vries", "Inkoper"),
    }
    assert rows["Fietsenmaker IJzerman"].country == "BE"  # "België"


def test_quotes_delimiters_and_newlines_inside_fields(s):
    report = import_csv(s, FIXTURES / "quoted.csv")

    assert report.created == 4
    rows = stored(s)
    smith = rows['Smith, Jones & Co "The Best"']
    assert smith.street == "12 Main St, Suite 5"
    assert smith.country == "GB"  # "United Kingdom"
    assert smith.notes == 'Met at the fair.\r\nLikes "dark" chocolate, not milk.'
    assert [(c.name, c.role) for c in smith.contacts] == [("Mary Smith", "Buyer, purchasing")]
    assert rows["O'Brien Ltd"].notes == "=1+1 is not a formula here"  # kept: it was not neutralised
    assert rows["O'Brien Ltd"].country == "IE"
    assert "Multi Line Name Holdings" in rows  # a line break in a name becomes a space, like in the form
    assert rows["Plain Co"].country == "GB"  # "gb"


# -- bad rows ------------------------------------------------------------------------------------


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(s):
    with pytest.raises(RowsFailed) as caught:
        import_csv(s, FIXTURES / "bad_rows.csv")

    # line 2-3 is one record (a quoted line break), line 5 is blank
    failed = caught.value.report.failed
    assert [(e.line, e.field) for e in failed] == [(4, "email"), (6, "country"), (7, "name")]
    assert str(failed[0]) == "line 4: e-mail 'keine-mail' is not an e-mail address."
    assert str(failed[2]) == "line 7: name must not be empty."
    message = str(caught.value)
    assert message.startswith("3 rows cannot be imported, so nothing was imported")
    assert "line 4: e-mail 'keine-mail'" in message
    assert "line 6: country 'Atlantis'" in message
    assert "line 7: name must not be empty" in message
    assert isinstance(caught.value, DomainError)
    assert count(s) == 0
    assert count(s, Contact) == 0


def test_skip_bad_imports_the_good_rows(s):
    report = import_csv(s, FIXTURES / "bad_rows.csv", skip_bad=True)

    assert report.imported
    assert report.created == 2
    assert report.failed_lines == [4, 6, 7]
    rows = stored(s)
    assert set(rows) == {"Gut GmbH", "Auch Gut OHG"}
    assert rows["Gut GmbH"].notes == "zwei\nZeilen"
    assert rows["Auch Gut OHG"].country == "DE"


def test_dry_run_reports_and_writes_nothing(s):
    report = import_csv(s, FIXTURES / "bad_rows.csv", dry_run=True)
    assert (report.dry_run, report.imported, report.created) == (True, False, 2)
    assert report.failed_lines == [4, 6, 7]
    assert count(s) == 0

    report = import_csv(s, FIXTURES / "de_excel_cp1252.csv", dry_run=True)
    assert (report.created, report.contacts_created, report.failed) == (5, 3, [])
    assert str(report.summary()) == (
        "Rows read: 5; prospects that would be created: 5; already present: 0; repeated rows: 0; "
        "rows with errors: 0."
    )
    assert count(s) == 0
    assert count(s, Contact) == 0


def test_several_errors_in_one_row_and_a_row_with_too_many_cells(s, tmp_path):
    path = write(
        tmp_path,
        "x.csv",
        "Company,Email,Country,Contact,Contact e-mail\n"
        "A Ltd,nope,Narnia,Ann,also-nope\n"
        "B Ltd,b@example.com,GB,Bob,bob@example.com,stray\n"
        "C Ltd,,,,\n",
    )
    report = import_csv(s, path, dry_run=True)
    assert [(e.line, e.field) for e in report.failed] == [
        (2, "country"),
        (2, "email"),
        (2, "contact_email"),
        (3, "row"),
    ]
    assert "6 cells but the header has 5" in report.failed[3].message
    assert report.created == 1

    with pytest.raises(RowsFailed, match=r"^2 rows cannot be imported"):
        import_csv(s, path)
    assert count(s) == 0


def test_the_message_lists_the_first_five_failing_rows(s, tmp_path):
    body = "".join(f"Firma {i};x{i}\n" for i in range(8))
    with pytest.raises(RowsFailed) as caught:
        import_csv(s, write(tmp_path, "x.csv", "Firma;E-Mail\nGood;good@example.com\n" + body))
    message = str(caught.value)
    assert message.startswith("8 rows cannot be imported")
    assert [f"line {n}:" in message for n in range(3, 11)] == [True] * 5 + [False] * 3
    assert "3 more rows have errors too." in message
    assert len(caught.value.report.failed) == 8
    assert count(s) == 0


def test_row_errors_agree_with_the_prospect_form(s, tmp_path):
    too_long = "1" * 21
    with pytest.raises(ValidationError) as form:
        prospect_service.add_prospect(s, name="X GmbH", postal_code=too_long)
    report = import_csv(s, write(tmp_path, "x.csv", f"Firma;PLZ\nX GmbH;{too_long}\n"), dry_run=True)
    (row_error,) = report.failed
    assert row_error.template == form.value.template
    assert row_error.params == form.value.params
    assert (row_error.line, row_error.field) == (2, "postal_code")


def test_cells_of_the_wrong_stage_are_row_errors(s, tmp_path):
    path = write(tmp_path, "x.csv", "name,stage\nA,customer\nB,\nC,maybe\n")
    report = import_csv(s, path, skip_bad=True)
    assert [(e.line, e.field) for e in report.failed] == [(4, "stage")]
    assert {p.name: p.stage for p in stored(s).values()} == {"A": "customer", "B": "prospect"}


# -- re-import ---------------------------------------------------------------------------------


def test_importing_the_same_file_again_creates_no_duplicates_and_keeps_user_edits(s):
    import_csv(s, FIXTURES / "de_excel_cp1252.csv")
    mueller = stored(s)["Bäckerei Müller GmbH"]
    prospect_service.update_prospect(s, mueller.id, phone="+49 89 999", notes="visited")

    report = import_csv(s, FIXTURES / "de_excel_cp1252.csv")

    assert (report.created, report.already_present, report.contacts_created) == (0, 5, 0)
    assert count(s) == 5
    assert count(s, Contact) == 3
    again = stored(s)["Bäckerei Müller GmbH"]
    assert (again.phone, again.notes) == ("+49 89 999", "visited")


def test_the_key_ignores_case_accents_and_postal_code_spacing(s, tmp_path):
    prospect_service.add_prospect(s, name="Café Noord", postal_code="1011 AB", country="NL")
    path = write(
        tmp_path, "x.csv", "Bedrijf,Postcode,Land\nCAFE NOORD,1011ab,Nederland\nCafé Noord,1011 AB,BE\n"
    )
    report = import_csv(s, path)
    assert (report.created, report.already_present) == (1, 1)
    with s.read() as session:
        rows = session.execute(select(Prospect.name, Prospect.country).order_by(Prospect.country)).all()
    assert [tuple(row) for row in rows] == [("Café Noord", "BE"), ("Café Noord", "NL")]


# -- refused files --------------------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("prospects.csv", "Firma;Ort\nA;B\n")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        _zip_bytes(),
        b"Firma;Ort\nA\x00B;C\n",
        bytes(range(256)) * 4,
    ],
    ids=["pdf", "zip", "nul-byte", "random-binary"],
)
def test_a_binary_file_is_refused(s, tmp_path, content):
    path = tmp_path / "prospects.csv"
    path.write_bytes(content)
    with pytest.raises(DomainError, match="is not a text \\(CSV\\) file"):
        import_csv(s, path)
    assert count(s) == 0


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \n"])
def test_an_empty_file_is_refused(s, tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(DomainError, match="is empty"):
        import_csv(s, path)


def test_a_file_without_a_name_column_is_refused(s):
    with pytest.raises(DomainError) as caught:
        import_csv(s, FIXTURES / "no_name_column.csv")
    message = str(caught.value)
    assert "has no column for the company name" in message
    assert "'Street', 'City', 'Phone'" in message
    assert count(s) == 0


def test_a_missing_file_is_refused(s, tmp_path):
    with pytest.raises(DomainError, match="does not exist"):
        import_csv(s, tmp_path / "nowhere.csv")
    with pytest.raises(DomainError, match="is a folder"):
        import_csv(s, tmp_path)


def test_text_in_neither_utf8_nor_windows_1252_is_refused(s, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("Firma;Ort\nMüller;Köln\n".encode("cp1252") + b"\x81\n")
    with pytest.raises(DomainError, match="neither UTF-8 nor Windows-1252"):
        import_csv(s, path)


def test_the_first_byte_windows_1252_lacks_is_named_even_far_into_the_file(s, tmp_path, monkeypatch):
    from reciprocity_desktop.services.csv_io import decoding

    monkeypatch.setattr(decoding, "CHUNK", 64)  # the bad bytes come chunks after the first
    head = ("Firma;Ort\n" + "Müller;Köln\n" * 20).encode("cp1252")
    path = tmp_path / "x.csv"
    path.write_bytes(head + b"x;\x9d y \x81\n")
    with pytest.raises(DomainError, match=rf"byte 0x9D at position {len(head) + 2}\)"):
        import_csv(s, path)


# -- reading details -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "FIRMENNAME;Strasse;Postleitzahl;Stadt;Land;Telefonnummer;E-Mail-Adresse;Kontaktperson;Branche",
            ["name", "street", "postal_code", "city", "country", "phone", "email", "contact", "industry"],
        ),
        (
            "Unternehmen;Adresse;PLZ;Ort;Land;Tel.;E-Mail;Ansprechpartner;Branche;Bemerkungen;Webseite",
            [
                "name",
                "street",
                "postal_code",
                "city",
                "country",
                "phone",
                "email",
                "contact",
                "industry",
                "notes",
                "website",
            ],
        ),
        (
            "Bedrijf;Straat;Postcode;Woonplaats;Land;Telefoon;E-mail;Contactpersoon;Branche;Opmerkingen",
            [
                "name",
                "street",
                "postal_code",
                "city",
                "country",
                "phone",
                "email",
                "contact",
                "industry",
                "notes",
            ],
        ),
        (
            "Podjetje;Ulica;Pošta št.;Mesto;Država;Telefon;E-Pošta;Kontaktna oseba;Dejavnost;Opombe",
            ["name", "street", None, "city", "country", "phone", "email", "contact", "industry", "notes"],
        ),
        (
            "Naziv;Naslov;POŠTNA ŠTEVILKA;Kraj;DRZAVA;tel;e_posta;kontakt;Panoga",
            ["name", "street", "postal_code", "city", "country", "phone", "email", "contact", "industry"],
        ),
        (
            "Company Name;Street Address;ZIP Code;Town;Country;Phone number;e-mail address;Contact person;Sector",
            ["name", "street", "postal_code", "city", "country", "phone", "email", "contact", "industry"],
        ),
    ],
    ids=["de-1", "de-2", "nl", "sl-1", "sl-2", "en"],
)
def test_header_names_in_four_languages(header, expected):
    parsed = read_csv(f"{header}\nA;B;C;D;E;F;G;H;I\n".encode())
    by_index = {index: name for name, index in parsed.indexes.items()}
    assert [by_index.get(i) for i in range(len(expected))] == expected


def test_name_is_a_weak_header_next_to_a_company_column():
    parsed = read_csv(b"Name,Firma,Ort\nHans Huber,Huber Holz GmbH,Linz\n")
    assert parsed.columns["name"] == "Firma"
    assert parsed.ignored_columns == ["Name"]
    assert read_csv(b"Name,City\nX,Y\n").columns["name"] == "Name"


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("DE", "DE"),
        ("de", "DE"),
        (" nl ", "NL"),
        ("Deutschland", "DE"),
        ("Duitsland", "DE"),
        ("Nemčija", "DE"),
        ("nemcija", "DE"),
        ("Germany", "DE"),
        ("Niederlande", "NL"),
        ("Nederland", "NL"),
        ("Netherlands", "NL"),
        ("Slovenija", "SI"),
        ("Slowenien", "SI"),
        ("Slovenië", "SI"),
        ("Österreich", "AT"),
        ("OESTERREICH".replace("OE", "Ö"), "AT"),
        ("Avstrija", "AT"),
        ("Schweiz", "CH"),
        ("Bosnia & Herzegovina", "BA"),
        ("", ""),
    ],
)
def test_country_names_and_codes(cell, code):
    assert country_from_text(cell) == code


@pytest.mark.parametrize("cell", ["Atlantis", "XX", "Deutschlandd", "D"])
def test_unknown_countries_are_errors(cell):
    with pytest.raises(ValidationError) as caught:
        country_from_text(cell)
    assert caught.value.field == "country"


def test_excel_sep_hint_title_lines_and_line_numbers(tmp_path):
    parsed = read_csv(b"sep=;\r\nFirma;PLZ\r\nA GmbH;1\r\n\r\nB GmbH;2\r\n")
    assert (parsed.delimiter, parsed.header_line) == (";", 2)
    assert [line for line, _cells in parsed.records] == [3, 5]

    parsed = read_csv("Kundenliste 2024;;\nStand: März;;\nFirma;Ort;PLZ\nA;B;1\n".encode())
    assert (parsed.delimiter, parsed.header_line, parsed.records) == (";", 3, [(4, ["A", "B", "1"])])


def test_excel_unicode_text_utf16_and_excel_text_formulas():
    data = 'Firma\tPLZ\tOrt\r\nŽagar d.o.o.\t="01067"\tDresden\r\n'.encode("utf-16")
    parsed = read_csv(data)
    assert (parsed.encoding, parsed.delimiter) == ("utf-16", "\t")
    assert parsed.preview() == [{"name": "Žagar d.o.o.", "postal_code": "01067", "city": "Dresden"}]


def test_separate_house_number_and_first_and_last_name_columns(s, tmp_path):
    path = write(
        tmp_path,
        "x.csv",
        "Firma;Straße;Hausnummer;PLZ;Vorname;Nachname;Funktion;Mobil\n"
        "Huber Holz GmbH;Lindenweg;12a;4020;Hans;Huber;Geschäftsführer;+43 660 1234\n",
    )
    import_csv(s, path)
    huber = stored(s)["Huber Holz GmbH"]
    assert huber.street == "Lindenweg 12a"
    assert [(c.name, c.role, c.phone) for c in huber.contacts] == [
        ("Hans Huber", "Geschäftsführer", "+43 660 1234")
    ]


# -- progress and cancel ---------------------------------------------------------------------------


def _many_rows(tmp_path: Path, n: int) -> Path:
    lines = ["Firma;PLZ;Ort;Land;Ansprechpartner"]
    lines += [f"Firma {i};{10000 + i};Berlin;DE;Person {i}" for i in range(n)]
    return write(tmp_path, "many.csv", "\n".join(lines) + "\n")


def test_progress_is_reported_every_200_rows(s, tmp_path):
    calls: list[tuple[int, int]] = []
    report = import_csv(
        s, _many_rows(tmp_path, 450), progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(200, 450), (400, 450), (450, 450)]
    assert report.created == 450
    assert count(s) == 450


def test_cancel_rolls_everything_back(s, tmp_path):
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 400  # cancel on the second report, after 200 rows were already flushed

    with pytest.raises(Cancelled, match="cancelled; nothing was imported"):
        import_csv(s, _many_rows(tmp_path, 450), progress=progress)
    assert calls == [200, 400]
    assert count(s) == 0
    assert count(s, Contact) == 0
    assert isinstance(Cancelled(), DomainError)


# -- export -------------------------------------------------------------------------------------------


def _add(store, name: str, **values) -> str:
    contacts = values.pop("contacts", [])
    deleted = values.pop("deleted", False)
    with store.session() as session:
        prospect = Prospect(name=name, deleted=deleted, **values)
        session.add(prospect)
        for contact_name, decides in contacts:
            prospect.contacts.append(Contact(name=contact_name, is_decision_maker=decides))
        session.flush()
        return prospect.id


def _read_export(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_has_bom_english_header_neutralised_formulas_and_name_order(s, tmp_path):
    _add(s, "zeta", phone="+49 30 1", contacts=[("Anna", False), ("Zoe", True)])
    _add(s, "Ärzte am Markt", notes='=HYPERLINK("http://evil")', contacts=[("Bert", False), ("Carl", False)])
    _add(s, "@home Shop", industry="-minus", tags="a, b", country="DE", stage="customer")
    _add(s, "Gone GmbH", deleted=True)
    _add(s, "apfel", email="'=quoted@example.com")
    out = tmp_path / "export.csv"

    assert export_csv(s, out) == 4

    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8 + b"name,street,postal_code,city,country,")
    assert raw.decode("utf-8-sig").splitlines()[0] == ",".join(EXPORT_COLUMNS)
    rows = _read_export(out)
    assert [r["name"] for r in rows] == ["'@home Shop", "apfel", "Ärzte am Markt", "zeta"]
    assert rows[0]["industry"] == "'-minus"
    assert (rows[0]["tags"], rows[0]["country"], rows[0]["stage"]) == ("a, b", "DE", "customer")
    assert rows[1]["email"] == "''=quoted@example.com"  # so that the import gives back exactly "'=quoted…"
    assert rows[2]["notes"] == '\'=HYPERLINK("http://evil")'
    assert rows[2]["contact"] == "Bert"  # no decision maker: the first contact
    assert rows[3]["phone"] == "'+49 30 1"
    assert rows[3]["contact"] == "Zoe"  # the decision maker
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "export.csv",
        "s.sqlite3",
        "s.sqlite3-shm",
        "s.sqlite3-wal",
    ]


def test_export_replaces_an_existing_file_and_refuses_a_folder(s, tmp_path):
    _add(s, "A")
    out = tmp_path / "export.csv"
    out.write_text("old content\n" * 100)
    assert export_csv(s, out) == 1
    assert [r["name"] for r in _read_export(out)] == ["A"]
    with pytest.raises(DomainError, match="is a folder"):
        export_csv(s, tmp_path)
    with pytest.raises(DomainError, match="cannot be written"):
        export_csv(s, tmp_path / "no" / "such" / "folder.csv")


def test_importing_an_export_gives_the_same_prospects(s, tmp_path):
    for name in ("de_excel_cp1252.csv", "sl_utf8_bom.csv", "nl_tab.csv", "quoted.csv"):
        import_csv(s, FIXTURES / name)
    _add(s, "=cmd|' /C calc'!A0", phone="+1 555", email="-x@example.com", notes="@SUM(1)\nline two")
    out = tmp_path / "export.csv"
    written = export_csv(s, out)

    other = open_store(tmp_path / "other.sqlite3")
    try:
        settings.set_(other, "default_country", "")  # a row without a country stays without one
        report = import_csv(other, out)
        assert (report.created, report.failed, report.encoding, report.delimiter) == (
            written,
            [],
            "utf-8-sig",
            ",",
        )
        assert set(report.columns) == set(EXPORT_COLUMNS)

        def snapshot(store):
            fields = EXPORT_COLUMNS[:-1]
            return sorted(
                (*(getattr(p, f) for f in fields), contact_names(p)[:1]) for p in stored(store).values()
            )

        # the export carries one contact per prospect (here: none is a decision maker, so the first)
        assert snapshot(other) == snapshot(s)
        assert stored(other)["=cmd|' /C calc'!A0"].notes == "@SUM(1)\nline two"
        assert stored(other)["=cmd|' /C calc'!A0"].phone == "+1 555"
    finally:
        other.close()


def test_read_csv_gives_a_preview_for_the_window():
    parsed = read_csv(FIXTURES / "de_excel_cp1252.csv")
    assert len(parsed) == 5
    assert parsed.preview(1) == [
        {
            "name": "Bäckerei Müller GmbH",
            "street": "Hauptstraße 5",
            "postal_code": "80331",
            "city": "München",
            "country": "Deutschland",
            "phone": "+49 89 123456",
            "email": "info@baeckerei-mueller.de",
            "contact": "Jürgen Weiß",
            "industry": "Lebensmittel",
        }
    ]
    assert RowError(7, "email", "e-mail 'x' is not an e-mail address.").__str__() == (
        "line 7: e-mail 'x' is not an e-mail address."
    )


def test_rows_without_a_country_get_the_default_country_and_their_postal_codes_coordinates(s, tmp_path):
    """The settings' default_country fills an empty country cell (and a file with no country column)
    before the duplicate key is made; a known postal code gives the new prospect its coordinates."""
    settings.set_(s, "default_country", "AT")
    prospect_service.add_prospect(s, name="Kaffeehaus Wien", postal_code="1010", country="AT")
    with_column = tmp_path / "with.csv"
    with_column.write_text(
        "name;postal_code;country\nKaffeehaus Wien;1010;\nNeu GmbH;1010;\n", encoding="utf-8"
    )
    without = tmp_path / "without.csv"
    without.write_text("name;postal_code\nOhne Land KG;8010\n", encoding="utf-8")
    first = import_csv(s, with_column)
    import_csv(s, without)
    assert (first.created, first.already_present) == (1, 1)  # the stored Kaffeehaus Wien (AT) is the same one
    rows = {
        p.name: (p.country, p.coordinates_source, p.latitude is not None)
        for p in prospect_service.list_prospects(s)
    }
    assert rows == {
        "Kaffeehaus Wien": ("AT", "postal_code", True),
        "Neu GmbH": ("AT", "postal_code", True),
        "Ohne Land KG": ("AT", "postal_code", True),
    }
