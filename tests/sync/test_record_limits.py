"""A sync file's records follow the rules of every other way in (services.validate): the same
lengths, no control characters in one-line fields, dates within the years the app keeps, long
numbers cut in messages. A bad record is refused naming its member, line and field; nothing changes."""

from __future__ import annotations

import pytest
from sync_helpers import dump_everything, new_store, record, stamp_at, write_file

from reciprocity_desktop.services import validate
from reciprocity_desktop.store.models import Prospect
from reciprocity_desktop.sync import NewerFormatError, RecordError, import_file
from reciprocity_desktop.sync.format import TABLES

PID = "11111111-1111-4111-8111-111111111111"
VID = "22222222-2222-4222-8222-222222222222"


@pytest.fixture
def store(tmp_path):
    opened = new_store(tmp_path, "limits")
    yield opened
    opened.close()


def _refused(store, path, *fragments: str) -> None:
    before = dump_everything(store.path)
    with pytest.raises(RecordError) as caught:
        import_file(store, path)
    for fragment in fragments:
        assert fragment in str(caught.value), (fragment, str(caught.value))
    assert "nothing was imported" in str(caught.value)
    assert dump_everything(store.path) == before


@pytest.mark.parametrize(
    ("fields", "fragments"),
    [
        ({"name": "N" * 10_000}, ["prospects.jsonl line 1", "field name is too long (10000 characters, at most 200)"]),
        ({"name": "N" * 201}, ["field name is too long (201 characters, at most 200)"]),
        ({"city": "K" * 101}, ["field city is too long (101 characters, at most 100)"]),
        ({"notes": "n" * 20_001}, ["field notes is too long (20001 characters, at most 20000)"]),
        ({"name": "Bell\x07 GmbH"}, ["field name holds a control character (U+0007)"]),
        ({"name": "Two\nlines"}, ["field name holds a control character (U+000A)"]),
        ({"email": "a\x00@b.de"}, ["field email holds a control character (U+0000)"]),
        ({"phone": "+49\x1b[31m"}, ["field phone holds a control character (U+001B)"]),
        ({"notes": "esc \x1b here"}, ["field notes holds a control character (U+001B)"]),
        ({"country": "DE\n"}, ["field country"]),
        ({"created_at": "9999-12-31T23:59:59.999999Z"}, ["field created_at", "outside the years 1900 to 2199"]),
    ],
)
def test_a_bad_prospect_field_is_refused_naming_record_and_field(store, tmp_path, fields, fragments):
    path = write_file(tmp_path / "bad.rcsync", {"prospects": [record("prospects", PID, stamp_at(counter=1), **fields)]})
    _refused(store, path, *fragments)


def test_free_text_keeps_tabs_and_line_breaks(store, tmp_path):
    notes = "first line\n\tindented\r\nlast"
    path = write_file(
        tmp_path / "ok.rcsync", {"prospects": [record("prospects", PID, stamp_at(counter=1), notes=notes)]}
    )
    import_file(store, path)
    with store.read() as session:
        assert session.get(Prospect, PID).notes == notes


@pytest.mark.parametrize("day", ["9999-12-31", "1899-12-31", "0001-01-01"])
def test_a_visit_out_of_the_kept_years_is_refused(store, tmp_path, day):
    path = write_file(
        tmp_path / "visit.rcsync",
        {
            "prospects": [record("prospects", PID, stamp_at(counter=1))],
            "visits": [record("visits", VID, stamp_at(counter=2), prospect_id=PID, date=day)],
        },
    )
    _refused(store, path, "visits.jsonl line 1", "field date", "outside the years 1900 to 2199")


def test_a_huge_number_is_cut_in_the_message(store, tmp_path):
    path = write_file(
        tmp_path / "big.rcsync",
        {
            "prospects": [record("prospects", PID, stamp_at(counter=1))],
            "visits": [record("visits", VID, stamp_at(counter=2), prospect_id=PID, visit_minutes=10**400)],
        },
    )
    _refused(store, path, "field visit_minutes", "1000000000…(401 digits)")
    with pytest.raises(RecordError) as caught:
        import_file(store, path)
    assert "0" * 30 not in str(caught.value)


def test_a_manifest_version_of_ten_to_the_400_is_cut(store, tmp_path):
    path = write_file(tmp_path / "newer.rcsync", {}, format_version=10**400)
    with pytest.raises(NewerFormatError) as caught:
        import_file(store, path)
    message = str(caught.value)
    assert "1000000000…(401 digits)" in message
    assert len(message) < 300


def test_every_text_field_has_the_services_limit():
    """A String(n) column is one line of n characters; a Text column free text of its FREE_TEXT_LIMITS."""
    for spec in TABLES:
        for name, longest, _fits in spec.text_checks:
            column = spec.table.c[name]
            length = getattr(column.type, "length", None)
            rule = spec.rules[name]
            if length is not None:
                assert (longest, rule.single_line) == (length, True), (spec.name, name)
            else:
                assert longest == validate.FREE_TEXT_LIMITS[(spec.name, name)], (spec.name, name)
                assert not rule.single_line


@pytest.mark.parametrize(
    ("changes", "detail"),
    [
        ({"created_at": "0001-01-01T00:00:00+14:00"}, "created_at"),
        ({"created_at": "9999-12-31T23:59:59+00:00"}, "created_at"),
        ({"since": "9999-12-31"}, "since"),
        ({"store": {"id": "abc", "name": "N" * 10_000}}, "store name"),
        ({"store": {"id": "abc", "name": "Laptop\x1b[2J"}}, "store name"),
        ({"replicas": {"abc": "Laptop\x00"}}, "replicas"),
    ],
)
def test_a_manifest_out_of_range_is_damaged_not_an_overflow(store, tmp_path, changes, detail):
    from reciprocity_desktop.sync import SyncFileError

    path = write_file(tmp_path / "manifest.rcsync", {}, **changes)
    before = dump_everything(store.path)
    with pytest.raises(SyncFileError) as caught:
        import_file(store, path)
    assert "is damaged" in str(caught.value) and detail in str(caught.value)
    assert dump_everything(store.path) == before
