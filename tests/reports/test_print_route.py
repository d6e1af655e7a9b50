"""The route on paper: kilometres (in all and per leg), the end of the day, flagged stops (pdftotext)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from daydata import flat

from reciprocity_desktop.reports.day import render_day
from reciprocity_desktop.services import day_route, prospects, settings, visits

DAY = dt.date(2026, 12, 3)
pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler) is not installed"
)


def pdf_text(path: Path) -> list[str]:
    """The text of each page as pdftotext reads it (cell by cell), whitespace collapsed."""
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True)
    return [flat(page) for page in out.stdout.split("\f") if page.strip()]


@pytest.fixture
def route(store):
    """Home at the Marienplatz; four Munich stops, one with a fixed appointment, a Vienna café
    planned first, and a pharmacy whose postal code gives no coordinates."""
    settings.update(store, {"home_country": "DE", "home_postal_code": "80331", "home_city": "München"})
    places = {
        "Pasing Metallbau": ("81241", 48.148, 11.461),
        "Schwabing Buchhandlung": ("80801", 48.160, 11.585),
        "Giesing Gärtnerei": ("81539", 48.110, 11.590),
        "Grünwald Hotel": ("82031", 48.040, 11.525),
    }
    ids = {
        name: prospects.add_prospect(
            store, name=name, country="DE", postal_code=code, city="München", latitude=lat, longitude=lon
        ).id
        for name, (code, lat, lon) in places.items()
    }
    ids["Café Wien"] = prospects.add_prospect(
        store, name="Café Wien", country="AT", postal_code="1010", city="Wien"
    ).id
    ids["Aubing Apotheke"] = prospects.add_prospect(
        store, name="Aubing Apotheke", country="DE", postal_code="81242", city="München"
    ).id
    visits.plan_day(store, DAY, [ids["Café Wien"], *(ids[n] for n in places), ids["Aubing Apotheke"]])
    giesing = next(v for v in visits.list_day(store, DAY) if v.prospect.name == "Giesing Gärtnerei")
    visits.update_visit(store, giesing.id, planned_time="15:00")
    visits.auto_order_day(store, DAY)
    return ids


def on_paper(end_text: str, day: str = "day") -> str:
    """The route's clock as the paper writes it: past midnight with the days after it spelt out."""
    return end_text.replace("(+1)", f"(+1 {day})")


def test_the_overview_prints_the_kilometres_and_the_end_of_the_day(store, route, tmp_path):
    path = tmp_path / "day.pdf"
    render_day(store, DAY, path)
    overview = pdf_text(path)[0]
    plan = day_route.plan_for_day(store, DAY)
    total = f"{plan.total_km:,.1f}"
    assert f"Route: {total} km by road (estimated: 1.3 × the straight line)" in overview
    assert "From home (80331 München) at 09:00" in overview  # the home country goes without saying
    assert plan.end_text == "11:00 (+1)"  # Vienna and back
    assert "Back home at 11:00 (+1 day)" in overview
    # Every leg's km under its time, and the way home as the last row.
    for stop in plan.stops:
        assert f"{stop.leg_km:,.1f} km" in overview, stop.name
    assert f"⌂ {on_paper(plan.end_text)} {plan.back_km:,.1f} km Back home 80331 München" in overview
    # The fixed appointment is marked.
    assert "15:00 fixed time" in overview


def test_the_far_stop_and_the_stop_placed_by_postal_code_are_flagged_on_paper(store, route, tmp_path):
    path = tmp_path / "day.pdf"
    render_day(store, DAY, path)
    pages = pdf_text(path)
    overview, sheets = pages[0], pages[1:]
    order = [v.prospect.name for v in visits.list_day(store, DAY)]
    assert order[0] != "Café Wien" and order[-1] == "Café Wien"
    assert "⚠ In Austria, while most stops are in Germany: far from the others." in overview
    assert "km from the day's centre: far from the others." in overview
    assert "⚠ No coordinates: placed by postal code near Pasing Metallbau." in overview
    # Addresses as written at home: postal code and town, the country only when it is another one.
    assert "Café Wien 1010 Wien Austria" in overview
    vienna = next(page for page in sheets if "Café Wien 1010 Wien Austria" in page)
    assert "⚠ In Austria, while most stops are in Germany: far from the others." in vienna
    pharmacy = next(page for page in sheets if "Aubing Apotheke 81242 München" in page)
    assert "⚠ No coordinates: placed by postal code near Pasing Metallbau." in pharmacy
    unflagged = next(page for page in sheets if "Schwabing Buchhandlung 80801 München" in page)
    assert "⚠" not in unflagged
    assert "DE-" not in " ".join(pages) and "Germany" not in unflagged + pharmacy


def test_the_route_in_german(store, route, tmp_path):
    path = tmp_path / "tag.pdf"
    render_day(store, DAY, path, lang="de")
    overview = pdf_text(path)[0]
    plan = day_route.plan_for_day(store, DAY)
    total = f"{plan.total_km:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
    assert f"Strecke: {total} km auf der Straße (geschätzt: 1,3 × Luftlinie)" in overview
    assert f"Zurück zu Hause um {on_paper(plan.end_text, 'Tag')}" in overview
    assert "In Österreich, die meisten Halte sind in Deutschland: weit von den anderen entfernt." in overview
    assert "Café Wien 1010 Wien Österreich" in overview
    assert "15:00 fester Termin" in overview


def test_without_a_home_base_the_paper_says_so_and_when_the_last_visit_ends(store, tmp_path):
    ids = [
        prospects.add_prospect(store, name=name, country="DE", latitude=48.1, longitude=lon).id
        for name, lon in (("Erste", 11.5), ("Zweite", 11.6))
    ]
    visits.plan_day(store, DAY, ids)
    path = tmp_path / "day.pdf"
    render_day(store, DAY, path)
    overview = pdf_text(path)[0]
    assert "No home base in the settings: the route starts at the first stop." in overview
    plan = day_route.plan_for_day(store, DAY)
    assert (
        f"Last visit ends at {plan.end_text}" in overview and plan.end_text == "10:45"
    )  # 9:00, 45 min, 9.7 km, 45 min
    assert "Back home" not in overview
