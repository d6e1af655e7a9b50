"""The visit sheet notes a recipient near or over the yearly gift limit (issue 11 item 5), read back from the PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from reciprocity_desktop.reports.day import write_day_pdf
from reciprocity_desktop.services import day_sheet, gifts, prospects, settings, visits

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

DAY = dt.date(2026, 6, 10)


def _text(store, tmp_path, lang: str = "en") -> str:
    pdf = tmp_path / f"day-{lang}.pdf"
    write_day_pdf(day_sheet.gather_day(store, DAY), pdf, lang=lang)
    return " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )


def _prospect_with_gifts(store, name: str, cents: list[int]):
    prospect = prospects.add_prospect(store, name=name, city="München", postal_code="80331", country="DE")
    for cost in cents:
        gifts.log_gift(
            store,
            prospect.id,
            kind="sample",
            description="Wine",
            date=DAY - dt.timedelta(days=30),
            cost=f"{cost / 100:.2f}",
        )
    return prospect


def test_the_sheet_says_when_the_recipient_is_over_near_or_fine(store, tmp_path):
    settings.set_(store, "gift_limit.DE", "50")
    planned = [
        _prospect_with_gifts(store, "Over GmbH", [4500, 1200]),  # 57.00 > 50
        _prospect_with_gifts(store, "Near KG", [4600]),  # 46.00 >= 50 × the warn ratio
        _prospect_with_gifts(store, "Fine AG", [500]),
    ]
    visits.plan_day(store, DAY, [p.id for p in planned])
    sheet = day_sheet.gather_day(store, DAY)
    flags = {stop.name: stop.limit_flag.code if stop.limit_flag else None for stop in sheet.stops}
    assert flags == {"Over GmbH": "gift_limit_over", "Near KG": "gift_limit_near", "Fine AG": None}
    text = _text(store, tmp_path)
    assert "Gift limit: €57.00 given in 2026 with the gift to bring, over the €50.00" in text
    assert "close to the €50.00 a recipient may receive in Germany" in text
    assert text.count("Gift limit:") == 2
    german = _text(store, tmp_path, "de")
    assert "Freigrenze für Geschenke: 57,00 € im Jahr 2026" in german
