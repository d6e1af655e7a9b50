"""``gift-register``: each recipient's year against the country's limit, as JSON, a table or the CSV."""

from __future__ import annotations

import csv
import datetime as dt

FIELDS = ["recipient", "prospect_id", "contact_id", "country", "year", "gifts", "total", "limit", "near_limit",
          "over_limit"]  # fmt: skip


def _gift(run, pid: str, cost: str, date: str, *more: str) -> None:
    result = run(
        "gifts", "add", pid, "--kind", "other", "--description", "Gift", "--cost", cost, "--date", date, *more
    )
    assert result.code == 0, result


def test_the_register_of_a_year(run, add, tmp_path):
    bakery = add("Bäckerei Müller", "--country", "DE")
    julia = run("contacts", "add", bakery, "--name", "Julia Müller").last_line
    dutch = add("Bakkerij", "--country", "NL")
    _gift(run, bakery, "45", "2025-03-01")  # the company: 45 of 50, near
    _gift(run, bakery, "30", "2025-04-01", "--contact", julia)
    _gift(run, bakery, "25", "2025-05-01", "--contact", julia)  # Julia: 55, over
    _gift(run, dutch, "500", "2025-05-01")  # no limit in NL
    _gift(run, bakery, "49", "2024-12-31")  # another year

    rows = run("gift-register", "--year", "2025", "--json").json
    assert all(list(row) == FIELDS for row in rows)
    assert rows == [
        {"recipient": "Bakkerij", "prospect_id": dutch, "contact_id": None, "country": "NL", "year": 2025,
         "gifts": 1, "total": 500.0, "limit": None, "near_limit": False, "over_limit": False},
        {"recipient": "Julia Müller", "prospect_id": bakery, "contact_id": julia, "country": "DE", "year": 2025,
         "gifts": 2, "total": 55.0, "limit": 50.0, "near_limit": False, "over_limit": True},
        {"recipient": "Bäckerei Müller", "prospect_id": bakery, "contact_id": None, "country": "DE",
         "year": 2025, "gifts": 1, "total": 45.0, "limit": 50.0, "near_limit": True, "over_limit": False},
    ]  # fmt: skip
    assert [r["total"] for r in run("gift-register", "--year", "2024", "--json").json] == [49.0]
    assert run("gift-register", "--year", "2023", "--json").json == []
    this_year = run("gift-register", "--json").json  # default: this year
    assert this_year == [] or {r["year"] for r in this_year} == {dt.date.today().year}

    text = run("gift-register", "--year", "2025")
    assert text.lines[0].split() == ["RECIPIENT", "ORGANISATION", "CC", "GIFTS", "TOTAL", "LIMIT", "STATUS"]
    assert "OVER LIMIT" in text.lines[2] and "Julia Müller" in text.lines[2]
    assert text.lines[3].endswith("near limit") and "—" in text.lines[1]

    # The limit follows the settings.
    run("settings", "set", "gift_limit.NL", "100")
    assert run("gift-register", "--year", "2025", "--json").json[0]["over_limit"] is True

    target = tmp_path / "register-2025.csv"
    written = run("gift-register", "--year", "2025", "-o", str(target))
    assert (written.code, written.out) == (0, f"Wrote 4 gifts of 2025 to {target}.\n")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0][:3] == ["date", "recipient", "organisation"] and len(lines) == 5
    as_json = run("gift-register", "--year", "2024", "--json", "--output", str(tmp_path / "r.csv")).json
    assert as_json == {"file": str(tmp_path / "r.csv"), "year": 2024, "gifts": 1}


def test_gift_register_user_errors(run, add, tmp_path, user_error):
    _gift(run, add("A", "--country", "DE"), "10", "2025-01-01")
    user_error(run("gift-register", "--year", "last"), "--year 'last' is not a year like 2025.")
    user_error(run("gift-register", "--year", "25"), "--year '25' is not a year")
    missing = tmp_path / "no such folder" / "r.csv"
    user_error(
        run("gift-register", "--year", "2025", "-o", str(missing)), f"The file {missing} cannot be written"
    )
    assert not missing.parent.exists()
