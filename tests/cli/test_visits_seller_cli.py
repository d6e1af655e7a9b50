"""``visits list DATE [--all] [--json]`` through the installed entry point: own visits, or the team's with
their seller (a colleague's visit as a sync import writes it)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from reciprocity_desktop.services import prospects, sellers, settings, visits
from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Visit

DAY = (dt.date.today() + dt.timedelta(days=1)).isoformat()
ANNA = "5d1c0c1e-4b7e-4d7a-9a55-0c01ea9e0001"


def _entry_point(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    source = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(source), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("RECIPROCITY_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "reciprocity_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "RECIPROCITY_LANG": "en"},
        timeout=120,
    )


def test_visits_list_gives_the_seller_and_all_lists_the_team(tmp_path):
    db = tmp_path / "bojan.sqlite3"
    store = open_store(db)
    try:
        settings.set_(store, "seller_name", "Bojan")
        shared = prospects.add_prospect(store, name="Bäckerei Müller", city="München").id
        own = visits.plan_day(store, DAY, [shared])[0].id
        with store.session() as session:
            anna = Visit(prospect_id=shared, date=dt.date.fromisoformat(DAY), seller_id=ANNA, seller="Anna")
            session.add(anna)
        bojan = sellers.seller_of(store).id
    finally:
        store.close()
    mine = _entry_point(db, "visits", "list", DAY, "--json")
    assert mine.returncode == 0, mine.stderr
    assert [(v["id"], v["seller"], v["seller_id"]) for v in json.loads(mine.stdout)] == [(own, "Bojan", bojan)]
    team = _entry_point(db, "visits", "list", DAY, "--all", "--json")
    assert team.returncode == 0, team.stderr
    assert [(v["seller"], v["seller_id"]) for v in json.loads(team.stdout)] == [("Anna", ANNA), ("Bojan", bojan)]
    table = _entry_point(db, "visits", "list", DAY, "--all")
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert header.split()[:2] == ["SELLER", "#"]
    assert [row.split()[0] for row in rows] == ["Anna", "Bojan"]
    plain = _entry_point(db, "visits", "list", DAY)
    assert "Anna" not in plain.stdout and "SELLER" not in plain.stdout and "Bäckerei Müller" in plain.stdout
