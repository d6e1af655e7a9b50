"""After an import: gifts colleagues gave to prospects this seller is about to visit."""

from __future__ import annotations

import datetime as dt

from sync_helpers import add_gift, add_prospect, add_visit, delete, edit

from reciprocity_desktop.store.models import Gift, Visit
from reciprocity_desktop.sync import colleague_gifts_for_planned_visits, export_file, import_file

TODAY = dt.date.today()


def send(source, target, files, name):
    path = files / f"{name}.rcsync"
    export_file(source, path)
    return import_file(target, path)


def test_gifts_by_colleagues_for_planned_visits(make_store, files):
    anna, bob, carl = make_store("anna"), make_store("bob"), make_store("carl")
    visited = add_prospect(anna, "Bäckerei Müller")
    visited_today = add_prospect(anna, "Hotel Zur Post")
    not_planned = add_prospect(anna, "Metallbau Schäfer")
    past_visit = add_prospect(anna, "Gärtnerei Grünwald")
    cancelled = add_prospect(anna, "Autohaus Straßer")
    send(anna, bob, files, "a0")
    send(anna, carl, files, "a0c")
    add_visit(bob, visited, TODAY + dt.timedelta(days=1), position=2)
    add_visit(bob, visited, TODAY + dt.timedelta(days=8))  # a second visit: listed once
    add_visit(bob, visited_today, TODAY, position=1)
    add_visit(bob, past_visit, TODAY - dt.timedelta(days=1))
    add_visit(bob, cancelled, TODAY + dt.timedelta(days=1), status="cancelled")
    add_gift(bob, visited, "Bob's own gift")  # by this store: not a colleague's
    old_gift = add_gift(anna, visited, "Anna's earlier gift", date=dt.date(2026, 10, 1))
    send(anna, bob, files, "a1")

    add_gift(anna, visited, "Anna's espresso sample", date=dt.date(2026, 11, 18), kind="sample")
    add_gift(anna, visited_today, "Anna's e-book", kind="content")
    add_gift(anna, not_planned, "Not visited")
    add_gift(anna, past_visit, "Visited yesterday")
    add_gift(anna, cancelled, "Cancelled visit")
    gone = add_gift(anna, visited, "Recorded by mistake")
    delete(anna, Gift, gone)
    carl_gift = add_gift(carl, visited, "Carl's invitation", kind="event")
    send(carl, anna, files, "c1")  # anna relays carl's gift, and carl's name
    summary = send(anna, bob, files, "a2")

    found = colleague_gifts_for_planned_visits(bob, summary)
    assert [(g.prospect_name, g.description, g.given_by) for g in found] == [
        ("Hotel Zur Post", "Anna's e-book", "anna"),
        ("Bäckerei Müller", "Anna's espresso sample", "anna"),
        ("Bäckerei Müller", "Carl's invitation", "carl"),
    ]
    first = found[1]
    assert (first.visit_date, first.gift_date, first.kind) == (
        TODAY + dt.timedelta(days=1),
        dt.date(2026, 11, 18),
        "sample",
    )
    assert found[2].gift_id == carl_gift and found[2].replica_id == carl.replica_id
    # Without the import's summary: every colleague gift, older ones included.
    everything = {g.description for g in colleague_gifts_for_planned_visits(bob)}
    assert everything == {
        "Anna's e-book",
        "Anna's espresso sample",
        "Carl's invitation",
        "Anna's earlier gift",
    }
    assert old_gift in {g.gift_id for g in colleague_gifts_for_planned_visits(bob)}


def test_an_import_without_new_gifts_lists_nothing_and_changes_follow(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Bäckerei Müller")
    gift = add_gift(anna, pid, "Sample")
    send(anna, bob, files, "a0")
    visit = add_visit(bob, pid, TODAY + dt.timedelta(days=2))
    again = send(anna, bob, files, "a0-again")
    assert colleague_gifts_for_planned_visits(bob, again) == []
    edit(anna, Gift, gift, reaction="liked")  # a changed gift counts as news
    changed = send(anna, bob, files, "a1")
    assert [g.gift_id for g in colleague_gifts_for_planned_visits(bob, changed)] == [gift]
    edit(bob, Visit, visit, status="done")
    assert colleague_gifts_for_planned_visits(bob, changed) == []
