"""Each rep's own route: a colleague's planned visits arrive with a sync file but stay the colleague's.

A plans tomorrow, B imports A's file: B's planner, Today, the debrief and the printed day show none
of A's visits; B sees a notice on that prospect; ``visits list DATE --all --json`` lists A's with
their seller, without ``--all`` only B's own.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sync_helpers import add_gift, add_prospect, record, row, stamp_at, write_file

from reciprocity_desktop.cli import main
from reciprocity_desktop.services import day_sheet, debrief_day, sellers, settings, today, visits
from reciprocity_desktop.store.models import Visit
from reciprocity_desktop.sync import colleague_gifts_for_planned_visits, export_file, import_file

TOMORROW = dt.date.today() + dt.timedelta(days=1)


@pytest.fixture
def team(make_store, files):
    """Anna (A) and Bojan (B): Anna plans tomorrow with two prospects, Bojan imports her file."""
    anna, bojan = make_store("anna"), make_store("bojan")
    settings.set_(anna, "seller_name", "Anna")
    settings.set_(bojan, "seller_name", "Bojan")
    shared = add_prospect(anna, "Bäckerei Müller")
    other = add_prospect(anna, "Hotel Zur Post")
    planned = visits.plan_day(anna, TOMORROW, [shared, other])
    path = files / "anna.rcsync"
    export_file(anna, path)
    import_file(bojan, path)
    return anna, bojan, shared, other, [v.id for v in planned], files


def _cli_json(store, *args: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(store.path), "visits", "list", TOMORROW.isoformat(), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_each_store_has_its_own_seller_that_a_copy_keeps(team):
    anna, bojan, *_ = team
    a, b = sellers.seller_of(anna), sellers.seller_of(bojan)
    assert a.id and b.id and a.id != b.id
    assert (a.name, b.name) == ("Anna", "Bojan")
    assert a.id != anna.replica_id


def test_a_colleagues_visits_stay_off_the_own_route(team):
    anna, bojan, shared, _other, planned_ids, _files = team
    # A's visits arrived in B's store, with A as their seller
    assert {row(bojan, Visit, vid).seller for vid in planned_ids} == {"Anna"}
    assert {row(bojan, Visit, vid).seller_id for vid in planned_ids} == {sellers.seller_of(anna).id}
    # A still sees her own route
    assert [v.id for v in visits.list_day(anna, TOMORROW)] == planned_ids
    # B's planner, Today, debrief and printed day: none of A's visits
    assert visits.list_day(bojan, TOMORROW) == []
    overview = today.today_overview(bojan)
    assert overview.visits == [] and not overview.next_route
    assert debrief_day.debrief_default_day(bojan, TOMORROW) == TOMORROW  # (today: no own visits)
    assert debrief_day.debrief_default_day(bojan, TOMORROW + dt.timedelta(days=1)) == TOMORROW + dt.timedelta(
        days=1
    )
    with pytest.raises(day_sheet.NoVisits):
        day_sheet.gather_day(bojan, TOMORROW)
    # the prospect is still a candidate for B's own route, and B can plan it
    assert shared in {p.id for p in visits.candidates_for_day(bojan, TOMORROW)}
    own = visits.plan_day(bojan, TOMORROW, [shared])
    assert [v.id for v in visits.list_day(bojan, TOMORROW)] == [own[0].id]
    assert own[0].position == 0 and own[0].seller == "Bojan"
    assert [stop.visit_id for stop in day_sheet.gather_day(bojan, TOMORROW).stops] == [own[0].id]
    assert [v.id for v in today.today_overview(bojan).visits] == [own[0].id]


def test_the_colleagues_visit_is_a_notice_on_the_prospect(team):
    anna, bojan, shared, other, _planned, _files = team
    found = sellers.colleague_visits(bojan, [shared, other])
    assert [(c.seller, c.date) for c in found[shared]] == [("Anna", TOMORROW)]
    assert [(c.seller, c.date) for c in found[other]] == [("Anna", TOMORROW)]
    # one's own visits are no notice
    assert sellers.colleague_visits(anna, [shared]) == {}
    # a past or cancelled visit is none either
    assert sellers.colleague_visits(bojan, [shared], since=TOMORROW + dt.timedelta(days=1)) == {}


def test_visits_list_shows_own_visits_and_the_team_with_all(team, capsys):
    anna, bojan, shared, _other, planned_ids, _files = team
    own = visits.plan_day(bojan, TOMORROW, [shared])[0]
    mine = _cli_json(bojan, capsys=capsys)
    assert [(v["id"], v["seller"], v["seller_id"]) for v in mine] == [
        (own.id, "Bojan", sellers.seller_of(bojan).id)
    ]
    everyone = _cli_json(bojan, "--all", capsys=capsys)
    assert sorted((v["seller"], v["id"]) for v in everyone) == sorted(
        [("Anna", vid) for vid in planned_ids] + [("Bojan", own.id)]
    )
    assert {v["seller_id"] for v in everyone if v["seller"] == "Anna"} == {sellers.seller_of(anna).id}
    capsys.readouterr()
    assert main(["--db", str(bojan.path), "visits", "list", TOMORROW.isoformat(), "--all"]) == 0
    table = capsys.readouterr().out
    assert "SELLER" in table and "Anna" in table and "Bojan" in table


def test_colleague_gifts_are_listed_for_the_own_planned_visits_only(team):
    anna, bojan, shared, _other, _planned, files = team
    add_gift(anna, shared, "Anna's espresso sample")
    path = files / "anna2.rcsync"
    export_file(anna, path)
    summary = import_file(bojan, path)
    assert colleague_gifts_for_planned_visits(bojan, summary) == []  # A's visit is not B's
    visits.plan_day(bojan, TOMORROW, [shared])
    listed = colleague_gifts_for_planned_visits(bojan, summary)
    assert [g.description for g in listed] == ["Anna's espresso sample"]


def test_an_older_file_without_sellers_takes_the_manifests_or_none(make_store, files):
    bojan = make_store("bojan")
    prospect_id = "11111111-1111-4111-8111-111111111111"
    visit_id = "22222222-2222-4222-8222-222222222222"

    def older_visit() -> dict:
        out = record("visits", visit_id, stamp_at(counter=2), prospect_id=prospect_id, date=TOMORROW.isoformat())
        del out["seller_id"], out["seller"]
        return out

    prospect = record("prospects", prospect_id, stamp_at(counter=1), name="Metallbau Schäfer")
    unknown = write_file(files / "old.rcsync", {"prospects": [prospect], "visits": [older_visit()]})
    import_file(bojan, unknown)
    visit = row(bojan, Visit, visit_id)
    assert (visit.seller_id, visit.seller) == ("", "")
    assert visits.list_day(bojan, TOMORROW) == []  # an unknown seller's: not shown as one's own
    assert [c.seller_id for c in sellers.colleague_visits(bojan, [prospect_id])[prospect_id]] == [""]

    carl = make_store("carl")
    named = write_file(
        files / "named.rcsync",
        {"prospects": [prospect], "visits": [older_visit()]},
        seller={"id": "seller-of-anna", "name": "Anna"},
    )
    import_file(carl, named)
    visit = row(carl, Visit, visit_id)
    assert (visit.seller_id, visit.seller) == ("seller-of-anna", "Anna")
    assert visits.list_day(carl, TOMORROW) == []
