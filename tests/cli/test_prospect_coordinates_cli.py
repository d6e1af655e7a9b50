"""``prospects add/update --latitude --longitude`` and ``coordinates_source`` in ``prospects list --json``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reciprocity_desktop.services import geo

MUNICH = geo.lookup("DE", "80331")
DRESDEN = geo.lookup("DE", "01067")


def _coordinates(run, pid):
    [row] = [p for p in run("prospects", "list", "--json").json if p["id"] == pid]
    return row["latitude"], row["longitude"], row["coordinates_source"]


def test_coordinates_come_from_the_postal_code_and_follow_it(run, add):
    pid = add("Marienplatz Café", "--postal-code", "80331", "--country", "DE")
    assert _coordinates(run, pid) == (*MUNICH, "postal_code")
    moved = run("prospects", "update", pid, "--postal-code", "1067")  # as a spreadsheet wrote 01067
    assert (moved.code, moved.err, moved.last_line) == (0, "", pid)
    assert _coordinates(run, pid) == (*DRESDEN, "postal_code")
    keys = list(run("prospects", "list", "--json").json[0])
    assert keys[keys.index("longitude") + 1] == "coordinates_source"  # beside the coordinates


def test_typed_coordinates_win_and_stay_when_the_postal_code_changes(run, add):
    pid = add(
        "Typed GmbH", "--postal-code", "80331", "--country", "DE", "--latitude", "48.2", "--longitude", "11.6"
    )
    assert _coordinates(run, pid) == (48.2, 11.6, "entered")
    assert run("prospects", "update", pid, "--postal-code", "01067").code == 0
    assert _coordinates(run, pid) == (48.2, 11.6, "entered")
    assert run("prospects", "update", pid, "--latitude", "-33.9", "--longitude=-18.4").code == 0  # negatives
    assert _coordinates(run, pid) == (-33.9, -18.4, "entered")
    cleared = run("prospects", "update", pid, "--latitude", "", "--longitude", "")
    assert cleared.code == 0
    assert _coordinates(run, pid) == (*DRESDEN, "postal_code")


def test_no_postal_code_or_an_uncovered_country_gives_null(run, add):
    pid = add("Somewhere Ltd", "--postal-code", "94107", "--country", "US")
    assert _coordinates(run, pid) == (None, None, None)
    assert run("prospects", "update", pid, "--phone", "+1 415").err == ""  # no table for US: no warning


def test_bad_coordinates_are_one_line_naming_the_field_and_change_nothing(run, add, dump, user_error):
    pid = add("Stays KG", "--postal-code", "80331", "--country", "DE")
    before = dump()
    for args, fragment in [
        (("--latitude", "95", "--longitude", "11"), "Latitude must be between -90 and 90"),
        (("--latitude", "48", "--longitude", "200"), "Longitude must be between -180 and 180"),
        (("--latitude", "north", "--longitude", "11"), "Latitude 'north' is not a number"),
        (("--latitude", "48.1"), "Longitude is needed too"),
    ]:
        user_error(run("prospects", "update", pid, *args), fragment)
        user_error(run("prospects", "add", "--name", "Never", *args), fragment)
    assert dump() == before


def test_an_unknown_postal_code_warns_and_still_saves(run, add):
    result = run("prospects", "add", "--name", "Nowhere GmbH", "--postal-code", "00000", "--country", "DE")
    assert result.code == 0
    assert (
        result.err == "warning: Postal code 00000 is not known in DE: it gives the prospect no coordinates.\n"
    )
    pid = result.last_line
    assert _coordinates(run, pid) == (None, None, None)
    assert run("prospects", "update", pid, "--city", "Irgendwo").err == ""  # the address did not change
    again = run("prospects", "update", pid, "--postal-code", "99999")
    assert again.code == 0 and again.err.startswith("warning: Postal code 99999 is not known in DE")
    fixed = run("prospects", "update", pid, "--postal-code", "80331")
    assert (fixed.code, fixed.err) == (0, "")
    assert _coordinates(run, pid) == (*MUNICH, "postal_code")


def test_the_installed_command_warns_on_an_unknown_postal_code(tmp_path):
    """The real entry point in its own process (this source tree), as a script would run it."""
    source = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(source), os.environ.get("PYTHONPATH")])),
    }
    db = str(tmp_path / "store.sqlite3")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "reciprocity_desktop", "--db", db, *args],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        )  # fmt: skip

    added = cli("prospects", "add", "--name", "Wien Nirgends", "--postal-code", "9999", "--country", "AT")
    assert added.returncode == 0, added.stderr
    assert (
        added.stderr
        == "warning: Postal code 9999 is not known in AT: it gives the prospect no coordinates.\n"
    )
    typed = cli("prospects", "add", "--name", "Wien Mitte", "--postal-code", "1010", "--country", "AT")
    assert (typed.returncode, typed.stderr) == (0, "")
    listed = {p["name"]: p for p in json.loads(cli("prospects", "list", "--json").stdout)}
    assert listed["Wien Nirgends"]["coordinates_source"] is None
    assert (listed["Wien Mitte"]["latitude"], listed["Wien Mitte"]["longitude"]) == geo.lookup("AT", "1010")
    assert listed["Wien Mitte"]["coordinates_source"] == "postal_code"
    bad = cli("prospects", "add", "--name", "X", "--latitude", "91", "--longitude", "0")
    assert bad.returncode == 2
    assert bad.stderr == "reciprocity-desktop: Latitude must be between -90 and 90.\n"
