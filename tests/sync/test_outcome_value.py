"""An order's unknown value (NULL) travels as null; files written before (with 0) still import."""

from __future__ import annotations

import json

from sync_helpers import add_prospect, read_members, record, stamp_at, write_file

from reciprocity_desktop.services import followups
from reciprocity_desktop.store.models import Outcome
from reciprocity_desktop.sync import export_file, import_file


def _value(store, outcome_id):
    with store.read() as session:
        return session.get(Outcome, outcome_id).value_cents


def test_an_unknown_order_value_round_trips_as_null(make_store, files):
    anna, bob = make_store("anna"), make_store("bob")
    pid = add_prospect(anna, "Brauerei Früh")
    unknown = followups.add_outcome(anna, pid, kind="order").id
    known = followups.add_outcome(anna, pid, kind="order", value="12,50").id
    export_file(anna, files / "a.rcsync")
    lines = [
        json.loads(line) for line in read_members(files / "a.rcsync")["records/outcomes.jsonl"].splitlines()
    ]
    assert {line["id"]: line["value_cents"] for line in lines} == {unknown: None, known: 1250}
    summary = import_file(bob, files / "a.rcsync")
    assert summary.new == 3
    assert (_value(bob, unknown), _value(bob, known)) == (None, 1250)
    assert import_file(bob, files / "a.rcsync").new == 0  # the same versions: nothing to do


def test_a_file_written_before_with_zero_still_imports(make_store, files):
    bob = make_store("bob")
    pid = "11111111-1111-4111-8111-111111111111"
    oid = "22222222-2222-4222-8222-222222222222"
    write_file(
        files / "old.rcsync",
        {
            "prospects": [record("prospects", pid, stamp_at(counter=1), name="Alt")],
            "outcomes": [
                record("outcomes", oid, stamp_at(counter=2), prospect_id=pid, kind="order", value_cents=0)
            ],
        },
    )
    assert import_file(bob, files / "old.rcsync").new == 2
    assert _value(bob, oid) == 0
