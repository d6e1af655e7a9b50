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
