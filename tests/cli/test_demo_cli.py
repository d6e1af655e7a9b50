"""``demo``: loads once into an empty store, again only with --force."""

from __future__ import annotations

import datetime as dt


def test_demo_loads_once_unless_forced(run, dump, user_error):
    result = run("demo")
    assert result.code == 0 and "Demo data loaded" in result.out
    listed = run("prospects", "list", "--json").json
    assert 25 <= len(listed) <= 40
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert run("visits", "list", tomorrow, "--json").json
    before = dump()
    user_error(run("demo"), "already holds data", "--force")
    assert dump() == before
    forced = run("demo", "--force")
    assert forced.code == 0
    assert len(run("prospects", "list", "--json").json) == 2 * len(listed)


def test_demo_prospects_builds_an_office_sized_store(run, dump, user_error):
    result = run("demo", "--prospects", "40")
    assert result.code == 0, result
    assert result.out.strip() == (
        "Demo data loaded: 40 prospects, 120 gifts, 120 follow-ups, 20 outcomes, 40 visits."
    )
    listed = run("prospects", "list", "--json").json
    assert len(listed) == 40
    assert {p["country"] for p in listed} <= {"DE", "AT", "CH", "NL", "SI"}
    before = dump()
    user_error(run("demo", "--prospects", "40"), "already holds data", "--force")
    assert dump() == before
    assert run("demo", "--prospects", "10", "--force").code == 0
    assert len(run("prospects", "list", "--json").json) == 50


def test_demo_prospects_must_be_at_least_one(run, user_error):
    user_error(run("demo", "--prospects", "0"), "at least 1")
    assert run("prospects", "list", "--json").json == []
