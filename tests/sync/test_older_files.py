"""A sync file written before a table gained a field still imports: the field gets what its migration gave.

``prospects.coordinates_source`` (0007) and ``visits.fixed_time`` / ``visits.visit_minutes`` (0008) came
after the first sync files were written; a colleague's laptop that is not updated yet writes files without them.
"""

from __future__ import annotations

import pytest
from sync_helpers import record, row, stamp_at, write_file

from reciprocity_desktop.store.models import Prospect, Visit
from reciprocity_desktop.sync import SyncFileError, import_file

TYPED = "11111111-1111-4111-8111-111111111111"
BARE = "33333333-3333-4333-8333-333333333333"
VISIT = "22222222-2222-4222-8222-222222222222"


def _older(table: str, record_id: str, counter: int, *dropped: str, **fields) -> dict:
    out = record(table, record_id, stamp_at(counter=counter), **fields)
    for name in dropped:
        del out[name]
    return out


def test_a_file_without_the_fields_added_since_imports_with_their_migration_values(make_store, files):
    bob = make_store("bob")
    path = write_file(
        files / "older.rcsync",
        {
            "prospects": [
                _older("prospects", TYPED, 1, "coordinates_source", latitude=48.14, longitude=11.58),
                _older("prospects", BARE, 2, "coordinates_source"),
            ],
            "visits": [
                _older(
                    "visits", VISIT, 3, "fixed_time", "visit_minutes", prospect_id=TYPED, planned_time="10:30"
                )
            ],
        },
    )
    import_file(bob, path)
    assert row(bob, Prospect, TYPED).coordinates_source == "entered"
    assert row(bob, Prospect, BARE).coordinates_source is None
    visit = row(bob, Visit, VISIT)
    assert (visit.planned_time, visit.fixed_time, visit.visit_minutes) == ("10:30", False, None)


def test_an_unknown_coordinates_source_is_a_plain_record_error(make_store, files):
    bob = make_store("bob")
    path = write_file(
        files / "bad.rcsync",
        {"prospects": [record("prospects", TYPED, stamp_at(counter=1), coordinates_source="guessed")]},
    )
    with pytest.raises(SyncFileError, match="coordinates_source"):
        import_file(bob, path)
