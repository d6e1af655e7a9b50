"""The printed day is the seller's own route; a stop's prospect that a colleague is to visit says so on its
visit sheet ("Anna visits this prospect on 4 Mar"), in the paper's language."""

from __future__ import annotations

import datetime as dt

from daydata import pdf_pages

from reciprocity_desktop.reports.day import write_day_pdf
from reciprocity_desktop.services import day_sheet, prospects, visits
from reciprocity_desktop.store.models import Visit

DAY = dt.date.today() + dt.timedelta(days=2)
LATER = DAY + dt.timedelta(days=1)


def _colleagues_visit(store, prospect_id: str, day: dt.date, seller: str, seller_id: str) -> str:
    """A visit planned in another store, as importing its sync file writes it."""
    with store.session() as session:
        visit = Visit(prospect_id=prospect_id, date=day, seller_id=seller_id, seller=seller)
        session.add(visit)
        session.flush()
        return visit.id


def test_a_colleagues_visit_is_said_on_the_sheet_and_is_no_stop(store, tmp_path):
    shared = prospects.add_prospect(store, name="Bäckerei Müller", postal_code="80331", city="München").id
    alone = prospects.add_prospect(store, name="Hotel Zur Post", postal_code="50667", city="Köln").id
    theirs = prospects.add_prospect(store, name="Metallbau Schäfer", postal_code="80333", city="München").id
    visits.plan_day(store, DAY, [shared, alone])
    _colleagues_visit(store, shared, LATER, "Anna", "5d1c0c1e-4b7e-4d7a-9a55-0c01ea9e0001")
    _colleagues_visit(store, theirs, DAY, "Anna", "5d1c0c1e-4b7e-4d7a-9a55-0c01ea9e0001")
    _colleagues_visit(store, alone, LATER, "", "")  # from an older file: an unknown seller's

    sheet = day_sheet.gather_day(store, DAY)
    assert [stop.name for stop in sheet.stops] == ["Bäckerei Müller", "Hotel Zur Post"]  # not Anna's stop
    assert [(c.seller, c.date) for c in sheet.stops[0].colleague_visits] == [("Anna", LATER)]

    write_day_pdf(sheet, tmp_path / "en.pdf")
    text = " ".join(pdf_pages(tmp_path / "en.pdf"))
    assert f"Anna visits this prospect on {LATER.day} {LATER:%b}" in text
    assert f"A colleague visits this prospect on {LATER.day} {LATER:%b}" in text
    assert "Metallbau Schäfer" not in text
    write_day_pdf(sheet, tmp_path / "de.pdf", lang="de")
    german = " ".join(pdf_pages(tmp_path / "de.pdf"))
    assert f"Anna besucht diesen Interessenten am {LATER.day}." in german
