"""The ``list`` commands stream their rows: the same bytes as before, no ORM objects, the first row out early.

The expected output is built here the way the commands built it before they streamed: the ORM
lists of the services, each record turned into its JSON object or table cells, then
``json.dumps(..., indent=2)`` or one aligned table.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import sys

import pytest
from sqlalchemy import event

from reciprocity_desktop import formatting
from reciprocity_desktop.cli import base
from reciprocity_desktop.services import followups, gifts, listing, prospects, visits
from reciprocity_desktop.store.models import Base, Record


def _money(cents):
    return round(cents / 100, 2)


def _prospect(p):
    return (
        {
            **{
                k: getattr(p, k)
                for k in ["id", "name", "street", "postal_code", "city", "country", "phone", "email", "website"]
            },
            **{k: getattr(p, k) for k in ["industry", "stage"]},
            "tags": p.tag_list,
            **{k: getattr(p, k) for k in ["notes", "latitude", "longitude", "coordinates_source"]},
            "created_at": p.created_at.isoformat(),
            "updated_at": p.updated_at.isoformat(),
        },
        [p.id, p.name, p.postal_code, p.city, p.country, p.stage],
    )


def _gift(g):
    return (
        {
            **{k: getattr(g, k) for k in ["id", "prospect_id", "contact_id", "stock_item_id"]},
            "date": g.date.isoformat(),
            "kind": g.kind,
            "description": g.description,
            "cost": _money(g.cost_cents),
            **{k: getattr(g, k) for k in ["quantity", "personal", "unexpected", "meaningful", "reaction", "reaction_note"]},
        },
        [g.id, g.date.isoformat(), g.prospect.name, g.kind, g.description, formatting.amount(g.cost_cents),
         g.reaction or ""],
    )  # fmt: skip


def _followup(f):
    state = "done" if f.done_on else followups.bucket_of(f)
    return (
        {
            **{k: getattr(f, k) for k in ["id", "prospect_id", "gift_id"]},
            "due": f.due.isoformat(),
            "kind": f.kind,
            "note": f.note,
            "done": f.done_on is not None,
            "done_on": f.done_on.isoformat() if f.done_on else None,
            "result": f.result,
        },
        [f.id, f.due.isoformat(), f.prospect.name, f.kind, state, f.note],
    )


def _outcome(o):
    return (
        {"id": o.id, "prospect_id": o.prospect_id, "date": o.date.isoformat(), "kind": o.kind,
         "value": _money(o.value_cents), "note": o.note},
        [o.id, o.date.isoformat(), o.prospect.name, o.kind, formatting.amount(o.value_cents), o.note],
    )  # fmt: skip


def _visit(v):
    return (
        {"id": v.id, "prospect_id": v.prospect_id, "prospect_name": v.prospect.name, "date": v.date.isoformat(),
         "position": v.position + 1, "planned_time": v.planned_time or None, "status": v.status,
         "gift_stock_item_id": v.gift_stock_item_id, "gift_note": v.gift_note, "notes": v.notes,
         "fixed_time": v.fixed_time, "visit_minutes": v.visit_minutes,
         # Issue 15: each visit names the seller who planned it (null: not known)
         "seller": v.seller or None, "seller_id": v.seller_id or None},
        [v.position + 1, v.planned_time, v.prospect.name, v.prospect.city, v.status, v.id],
    )  # fmt: skip


HEADERS = {
    "prospects": ["ID", "NAME", "POSTAL", "CITY", "CC", "STAGE"],
    "gifts": ["ID", "DATE", "PROSPECT", "KIND", "DESCRIPTION", "COST", "REACTION"],
    "followups": ["ID", "DUE", "PROSPECT", "KIND", "STATE", "NOTE"],
    "outcomes": ["ID", "DATE", "PROSPECT", "KIND", "VALUE", "NOTE"],
    "visits": ["#", "TIME", "PROSPECT", "CITY", "STATUS", "ID"],
}


def _expected(store, args: list[str]) -> tuple[str, str]:
    """(the JSON, the table) the command printed before it streamed."""
    group, extra = args[0], args[2:]
    if group == "prospects":
        search = extra[1] if extra[:1] == ["--search"] else ""
        records = [
            _prospect(p) for p in prospects.list_prospects(store, prospects.ProspectFilter(search=search))
        ]
    elif group == "gifts":
        records = [_gift(g) for g in gifts.list_gifts(store)]
    elif group == "followups":
        status = extra[1] if extra else followups.ALL
        records = [_followup(f) for f in followups.list_followups(store, status)]
    elif group == "outcomes":
        records = [_outcome(o) for o in followups.list_outcomes(store)]
    else:
        records = [_visit(v) for v in visits.list_day(store, extra[0])]
    as_json = json.dumps([j for j, _ in records], ensure_ascii=False, indent=2, default=str) + "\n"
    return as_json, base.table(HEADERS[group], [row for _, row in records]) + "\n"


def _commands(db_path) -> list[list[str]]:
    with sqlite3.connect(db_path) as connection:
        days = [d for (d,) in connection.execute("SELECT DISTINCT date FROM visits ORDER BY date")]
    commands = [
        ["prospects", "list"],
        ["prospects", "list", "--search", "gmbh"],
        ["prospects", "list", "--search", "münchen"],
        ["gifts", "list"],
        ["outcomes", "list"],
        *(["followups", "list", "--status", status] for status in (followups.ALL, *followups.FILTER_BUCKETS)),
        *(["visits", "list", day] for day in [*days[:3], "2020-02-29"]),
    ]
    return [*dict.fromkeys(tuple(c) for c in commands)]


def _store_at(db):
    from reciprocity_desktop.store import open_store

    return open_store(db)


@pytest.mark.parametrize("demo", [True, False], ids=["demo store", "empty store"])
def test_every_list_prints_what_it_printed_before(run, db, demo):
    assert run("demo").code == 0 if demo else run("prospects", "list").code == 0
    store = _store_at(db)
    try:
        for command in _commands(db):
            expected_json, expected_table = _expected(store, list(command))
            result = run(*command, "--json")
            assert (result.code, result.err) == (0, ""), command
            assert result.out == expected_json, command
            result = run(*command)
            assert (result.code, result.err) == (0, ""), command
            assert result.out == expected_table, command
            if demo and command[0] != "visits":
                assert len(result.lines) > 2, command  # the comparison compared rows
    finally:
        store.close()


def test_listing_loads_no_orm_object(run, db):
    assert run("demo").code == 0
    loaded = []

    def count(target, context):
        if isinstance(target, Record):  # not the store's Meta, read when it opens
            loaded.append(type(target).__name__)

    event.listen(Base, "load", count, propagate=True)
    try:
        for command in _commands(db):
            assert run(*command, "--json").code == 0
            assert run(*command).code == 0
        assert loaded == []
        prospect_id = run("prospects", "list", "--json").json[0]["id"]
        assert run("gifts", "add", prospect_id, "--kind", "sample", "--description", "x").code == 0
        assert "Prospect" in loaded  # the check sees the ORM loads of a command that uses records
    finally:
        event.remove(Base, "load", count)


def test_first_row_is_printed_before_the_last_is_fetched(run, db, monkeypatch):
    assert run("demo").code == 0
    events: list[str] = []
    real = listing.stream

    def recording(store, query):
        for n, row in enumerate(real(store, query)):
            events.append(f"fetched {n}")
            yield row
        events.append("fetched all")

    class Out(io.StringIO):
        def write(self, text):
            events.append("wrote")
            return super().write(text)

    monkeypatch.setattr(listing, "stream", recording)
    from reciprocity_desktop.cli import main

    for command in (["prospects", "list", "--json"], ["gifts", "list", "--json"], ["outcomes", "list"]):
        events.clear()
        monkeypatch.setattr(sys, "stdout", Out())
        assert main(["--db", str(db), *command]) == 0
        monkeypatch.setattr(sys, "stdout", sys.__stdout__)
        fetched = [e for e in events if e.startswith("fetched ")]
        assert len(fetched) > 3, command
        last_pass = events[len(events) - 1 - events[::-1].index("fetched 0") :]
        assert last_pass.index("wrote") < last_pass.index(fetched[-1]), command


def test_listing_yields_plain_tuples_lazily(demo_store):
    rows = listing.prospect_rows(demo_store, ["id", "name", "created_at"])
    assert hasattr(rows, "__next__") and not isinstance(rows, list)
    first = next(rows)
    assert isinstance(first, tuple) and first._fields == ("id", "name", "created_at")
    assert isinstance(first.created_at, str)  # the stored text, parsed only when printed
    record = prospects.get_prospect(demo_store, first.id)
    assert listing.utc_isoformat(first.created_at) == record.created_at.isoformat()
    rows.close()  # closes its session


def test_visit_rows_check_the_date_at_once(demo_store):
    from reciprocity_desktop.services.errors import ValidationError

    with pytest.raises(ValidationError):
        listing.visit_rows(demo_store, ["id"], "31.02.2025")
    assert list(listing.visit_rows(demo_store, ["id"], dt.date(1999, 1, 1))) == []
