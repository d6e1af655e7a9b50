"""The gift register as its page loads it (years, rows, settings) and its CSV, written atomically."""

from __future__ import annotations

import datetime as dt

import pytest

from reciprocity_desktop.services import gift_register, settings

TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def data(build):
    ids = {}
    ids["over"] = over = build.prospect("Brauhaus Weißbier KG", country="DE")
    build.gift(over, "2024-03-01", "personal", 3000, description="Wine")
    build.gift(over, "2024-09-01", "event", 2500, description="Fair; ticket")  # 55.00 in 2024: over 50
    ids["near"] = near = build.prospect("Bäckerei Müller GmbH", country="DE")
    build.gift(near, "2024-05-01", "personal", 4500, description="=Cheese basket")  # 45.00: near
    ids["nl"] = nl = build.prospect("Bakkerij de Vries", country="NL")
    build.gift(nl, "2022-05-01", "personal", 9000, description="Dinner")  # no limit for NL
    build.gift(nl, "2021-07-01", "sample", 100, deleted=True)
    return ids


def test_gift_years(store, build):
    p = build.prospect("Years")
    build.gift(p, "2023-05-01")
    build.gift(p, "2025-01-01")
    build.gift(p, "2025-02-01")
    build.gift(p, "2021-02-01", deleted=True)
    assert gift_register.gift_years(store) == [2025, 2023]


def test_load_register_offers_the_gift_years_and_this_year(store, data):
    page = gift_register.load_register(store, None, today=TODAY)
    assert page.years == [2025, 2024, 2022]  # this year although nothing was given yet; 2021 deleted
    assert page.year == 2025 and page.rows == []
    assert (page.over, page.near, page.total_cents) == (0, 0, 0)


def test_load_register_keeps_the_chosen_year_while_it_has_gifts(store, data):
    page = gift_register.load_register(store, 2024, today=TODAY)
    assert page.year == 2024
    assert [(r.recipient, r.total_cents, r.status) for r in page.rows] == [
        ("Brauhaus Weißbier KG", 5500, "over"),
        ("Bäckerei Müller GmbH", 4500, "near"),
    ]
    assert (page.over, page.near, page.total_cents) == (1, 1, 10000)
    assert (page.currency, page.limits, page.warn_ratio) == ("EUR", {"DE": 5000}, 0.8)
    assert gift_register.load_register(store, 2021, today=TODAY).year == 2025  # no gifts in 2021: this year


def test_load_year_reads_the_settings(store, data):
    settings.set_(store, "gift_limits_cents", {"DE": 5000, "NL": 8000})
    settings.set_(store, "currency", "CHF")
    year = gift_register.load_year(store, 2022)
    assert year.years is None  # the year alone, for a change of the year selector
    assert [(r.recipient, r.limit_cents, r.status) for r in year.rows] == [
        ("Bakkerij de Vries", 8000, "over")
    ]
    assert (year.currency, year.limits) == ("CHF", {"DE": 5000, "NL": 8000})


def test_export_writes_utf8_with_bom_semicolons_and_crlf(store, data, tmp_path):
    target = tmp_path / "register.csv"
    assert gift_register.export_register_csv(store, target, 2024) == 3
    assert (
        target.read_bytes()
        == (
            "\ufeffdate;recipient;organisation;country;kind;description;quantity;amount;"
            "recipient_year_total;limit;status\r\n"
            "2024-03-01;Brauhaus Weißbier KG;Brauhaus Weißbier KG;DE;personal;Wine;1;30.00;55.00;50.00;over\r\n"
            "2024-05-01;Bäckerei Müller GmbH;Bäckerei Müller GmbH;DE;personal;'=Cheese basket;1;45.00;45.00;50.00;near\r\n"
            '2024-09-01;Brauhaus Weißbier KG;Brauhaus Weißbier KG;DE;event;"Fair; ticket";1;25.00;55.00;50.00;over\r\n'
        ).encode()
    )
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite3" not in p.name) == ["register.csv"]


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(store, data, tmp_path, monkeypatch):
    target = tmp_path / "register.csv"
    target.write_bytes(b"the register of last week")
    calls = []

    def fail_on_the_second_gift(text: str) -> str:
        calls.append(text)
        if len(calls) > 2:
            raise OSError(28, "No space left on device")
        return text

    monkeypatch.setattr(gift_register, "neutralise_formula", fail_on_the_second_gift)
    with pytest.raises(OSError, match="No space left"):
        gift_register.export_register_csv(store, target, 2024)
    assert target.read_bytes() == b"the register of last week"
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite3" not in p.name) == ["register.csv"]


def test_export_to_a_missing_folder_fails_without_writing(store, data, tmp_path):
    missing = tmp_path / "no such folder" / "register.csv"
    with pytest.raises(FileNotFoundError):
        gift_register.export_register_csv(store, missing, 2024)
    assert not missing.parent.exists()
