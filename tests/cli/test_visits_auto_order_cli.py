"""``visits auto-order DATE``: the route from home and back, with its times, from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reciprocity_desktop.store import open_store
from reciprocity_desktop.store.models import Visit

DAY = "2026-12-03"
#: name -> (postal code, latitude, longitude)
MUNICH = {
    "Pasing Metallbau": ("81241", "48.148", "11.461"),
    "Marienplatz Bäckerei": ("80331", "48.137", "11.575"),
    "Schwabing Buchhandlung": ("80801", "48.160", "11.585"),
    "Giesing Gärtnerei": ("81539", "48.110", "11.590"),
}


def plan_munich(run, add, db) -> list[str]:
    """The issue's route: four stops planned with typed times 10:30, 09:00, 12:30, 11:00 (not fixed)."""
    ids = [
        add(
            name,
            "--country",
            "DE",
            "--city",
            "München",
            "--postal-code",
            code,
            "--latitude",
            lat,
            "--longitude",
            lon,
        )
        for name, (code, lat, lon) in MUNICH.items()
    ]
    planned = run("visits", "plan", DAY, *ids).lines
    store = open_store(db)
    try:
        with store.session() as session:
            for visit_id, time in zip(planned, ("10:30", "09:00", "12:30", "11:00"), strict=True):
                session.get(Visit, visit_id).planned_time = time
    finally:
        store.close()
    return planned


def listed_times(run) -> list[str]:
    return [v["planned_time"] for v in run("visits", "list", DAY, "--json").json]


def test_times_come_out_in_order_from_home(run, add, db):
    plan_munich(run, add, db)
    assert listed_times(run) == ["10:30", "09:00", "12:30", "11:00"]
    run("settings", "set", "home_postal_code", "80331")
    run("settings", "set", "home_country", "DE")
    result = run("visits", "auto-order", DAY)
    assert result.code == 0 and result.err == ""
    times = listed_times(run)
    assert times == sorted(times) and len(set(times)) == 4 and times[0] > "09:00"
    assert result.lines[0] == "Ordered 4 stops of 2026-12-03 by distance from home (80331 (DE)) and back."
    assert result.lines[1].split() == ["#", "TIME", "PROSPECT", "CITY", "KM", "NOTE"]
    assert [line.split()[1] for line in result.lines[2:6]] == times
    assert result.lines[6].startswith("Home: ") and result.lines[6].endswith(" km")
    assert result.lines[7].startswith("Total ") and "km by road (1.3 × the straight line)" in result.lines[7]
    assert result.lines[7].endswith(".") and "back home at " in result.lines[7]


def test_json_and_without_a_home_base_it_says_so_once(run, add, db):
    planned = plan_munich(run, add, db)
    result = run("visits", "auto-order", DAY, "--json")
    assert result.code == 0
    assert result.err.splitlines() == [
        "warning: No home base in the settings: the route starts at the first stop."
    ]
    plan = result.json
    assert plan["from_home"] is False and plan["home"] is None and plan["back_km"] is None
    assert plan["method"] == "distance" and plan["road_factor"] == 1.3
    stops = plan["stops"]
    assert [s["position"] for s in stops] == [1, 2, 3, 4]
    assert stops[0]["id"] == planned[0]  # the day's first stop stays first
    assert stops[0]["planned_time"] == "09:00" and stops[0]["leg_km"] == 0.0
    assert [s["planned_time"] for s in stops] == listed_times(run)
    fields = "id prospect_id prospect_name position planned_time fixed_time visit_minutes leg_km flags notes"
    assert list(stops[0]) == fields.split()
    assert plan["end_of_day"] > stops[-1]["planned_time"]
    assert abs(plan["total_km"] - sum(s["leg_km"] for s in stops[1:])) < 0.2  # the legs, each rounded


def test_a_vienna_stop_is_flagged_and_not_first(run, add, db):
    plan_munich(run, add, db)
    vienna = add("Café Wien", "--country", "AT", "--postal-code", "1010", "--city", "Wien")
    run("visits", "plan", DAY, vienna)
    # Put Vienna first, as the postal-code order once did.
    ids = [v["id"] for v in run("visits", "list", DAY, "--json").json]
    store = open_store(db)
    try:
        from reciprocity_desktop.services import visits

        visits.reorder_day(store, DAY, [ids[-1], *ids[:-1]])
    finally:
        store.close()
    result = run("visits", "auto-order", DAY)
    rows = result.lines[2:7]
    assert "Café Wien" not in rows[0]
    wien = next(row for row in rows if "Café Wien" in row)
    assert "In AT, while most stops are in DE: far from the others. 355 km from the day's centre" in wien


def test_user_errors_change_nothing(run, dump, user_error):
    run("visits", "list", DAY)  # the store exists
    before = dump()
    user_error(run("visits", "auto-order", "2026-13-01"), "Date '2026-13-01' is not a date")
    assert dump() == before
    empty = run("visits", "auto-order", DAY)
    assert empty.code == 0 and empty.lines == ["No visits on the route of 2026-12-03: nothing to order."]


def test_through_the_installed_entry_point(run, add, db):
    plan_munich(run, add, db)
    env = dict(os.environ)
    source = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join([str(source), *filter(None, [env.get("PYTHONPATH")])])
    result = subprocess.run(
        [sys.executable, "-m", "reciprocity_desktop", "--db", str(db), "visits", "auto-order", DAY],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Ordered 4 stops of 2026-12-03 by distance.")
    times = listed_times(run)
    assert times == sorted(times)


def test_kilometres_in_german(run, add, db, monkeypatch):
    """The km column and the totals line as German writes numbers ("2,9"); English keeps "2.9"."""
    from reciprocity_desktop import i18n
    from reciprocity_desktop.cli import base

    plan_munich(run, add, db)
    english = run("visits", "auto-order", DAY).lines
    monkeypatch.setenv(i18n.LANG_ENV, "de")
    try:
        german = run("visits", "auto-order", DAY).lines
    finally:
        base._set_language("en")
    total = next(line for line in english if line.startswith("Total "))
    km = total.split()[1]
    assert "." in km and "," not in km
    gesamt = next(line for line in german if line.startswith("Insgesamt "))
    assert gesamt.split()[1] == km.replace(".", ",") and "(1,3 × die Luftlinie)" in gesamt
    legs = [line.split()[-1] for line in german[2:] if line.split()[-1][-2:-1] == ","]
    assert legs, german
