"""The fast decoder (sync/decoding.py) accepts only what the full check accepts, with the same values.

Whatever it does not accept goes the full way (``json`` + ``check_record``), which gives the messages;
so the one thing that must never happen is the fast decoder accepting a line the full check refuses,
or reading other values than it does.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sync_helpers import record, stamp_at

from reciprocity_desktop.sync.decoding import fast_record, fast_records
from reciprocity_desktop.sync.fields import FieldProblem
from reciprocity_desktop.sync.format import TABLES, TABLES_BY_NAME
from reciprocity_desktop.sync.incoming import check_record, loads_line

REF = "11111111-1111-4111-8111-111111111111"

#: values that sit on the edges of the rules (real and unreal dates, times, ids, numbers, text)
TRICKY: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2**63 - 1,
    2**63,
    -(2**63),
    10**400,
    0.0,
    -0.0,
    1.5,
    48.137,
    90,
    90.0,
    90.000001,
    -180,
    180.5,
    1e308,
    "",
    " ",
    "x",
    "abc\n",
    "a" * 36,
    "a" * 37,
    "../../etc/passwd",
    REF,
    REF + "\n",
    "2026-11-20",
    "2026-02-29",
    "2024-02-29",
    "2026-02-30",
    "2026-13-01",
    "0000-01-01",
    "2026-1-01",
    "٢٠٢٦-١١-٢٠",
    "2026-11-20\n",
    "2026-11-20T10:00:00.000000Z",
    "2026-11-20T24:00:00.000000Z",
    "2026-11-20T23:60:00.000000Z",
    "2026-11-20T23:59:60.000000Z",
    "2026-02-30T10:00:00.000000Z",
    "2026-11-20T10:00:00Z",
    "2026-11-20T10:00:00.000000Z\n",
    "2026-11-20T1٠:00:00.000000Z",
    "9999-12-31",
    "1899-12-31",
    "1900-01-01",
    "2199-12-31",
    "2200-01-01",
    "9999-12-31T23:59:59.999999Z",
    "a\x00b",
    "a\tb\nc",
    "a\x1bb",
    "\x85",
    "n" * 201,
    "n" * 200,
    "09:30",
    "9:30",
    "99:99",
    "DE",
    "de",
    "DEU",
    "prospect",
    "customer",
    "friend",
    "sample",
    "liked",
    "order",
    "entered",
    "postal_code",
    "planned",
    "1796172653701.000093.563c472019bc4150",
    "1796172653701.000093.bad replica",
    "yesterday",
    [],
    ["1796172653701.000093.aaaa"],
    {},
    "äöü",
    "\x00",
]


def _base(spec_name: str) -> dict[str, Any]:
    spec = TABLES_BY_NAME[spec_name]
    refs = {column: REF for column in spec.references}
    return record(spec_name, "22222222-2222-4222-8222-222222222222", stamp_at(counter=5), **refs)


def _slow(spec, raw: bytes):
    try:
        obj = loads_line(raw)
    except (ValueError, UnicodeDecodeError):
        return "not json"
    try:
        return check_record(spec, obj)
    except FieldProblem as problem:
        return f"problem: {problem}"


def _agrees(spec, raw: bytes) -> bool:
    """Check the two ways agree on ``raw``; True when the fast way took it."""
    try:
        fast = fast_record(spec, raw)
    except FieldProblem as problem:  # only a bad seen list, and the full check says the same
        assert _slow(spec, raw) == f"problem: {problem}"
        return False
    if fast is None:
        return False  # the full way decides
    slow = _slow(spec, raw)
    assert not isinstance(slow, str), f"the fast decoder accepted what the full check refuses: {slow}"
    assert fast.row == slow.row and list(fast.seen) == slow.seen
    assert [type(value) for value in fast.row] == [type(value) for value in slow.row]
    assert fast.values == slow.values and fast.to_json() == slow.to_json()
    return True


def test_every_valid_record_takes_the_fast_way_with_the_values_of_the_full_check():
    for spec in TABLES:
        raw = json.dumps(_base(spec.name)).encode()
        fast = fast_record(spec, raw)
        assert fast is not None, spec.name
        assert fast.row == check_record(spec, json.loads(raw)).row
        assert fast_record(spec, raw, checked_before=True).row == fast.row


def test_a_contact_tombstone_is_blanked_on_the_fast_way_too():
    spec = TABLES_BY_NAME["contacts"]
    obj = {**_base("contacts"), "deleted": True, "name": "Anna", "email": "a@b.c", "is_decision_maker": True}
    raw = json.dumps(obj).encode()
    fast = fast_record(spec, raw)
    assert fast is not None and fast.values["name"] == "" and fast.values["is_decision_maker"] is False
    assert fast.row == check_record(spec, json.loads(raw)).row


def test_every_tricky_value_in_every_field():
    accepted = 0
    for spec in TABLES:
        raws = []
        for name in (*spec.fields, "seen"):
            for value in TRICKY:
                obj = {**_base(spec.name), name: value}
                raw = json.dumps(obj, ensure_ascii=False).encode()
                accepted += _agrees(spec, raw)
                raws.append(raw)
        # a chunk at once (its shapes are checked together) takes exactly the lines taken one by one
        together = fast_records(spec, raws)
        for raw, fast in zip(raws, together, strict=True):
            alone = fast_record(spec, raw) if _slow_is_record(spec, raw) else None
            assert (fast is None) == (alone is None)
            assert fast is None or (fast.row, list(fast.seen)) == (alone.row, list(alone.seen))
    assert accepted > 500  # the fast way is taken for the good values among them


def _slow_is_record(spec, raw: bytes) -> bool:
    return not isinstance(_slow(spec, raw), str)


def test_a_chunk_with_bad_values_keeps_its_good_records_on_the_fast_way():
    spec = TABLES_BY_NAME["gifts"]
    good = [{**_base("gifts"), "id": f"gift-{i}"} for i in range(6)]
    lines = [json.dumps(obj).encode() for obj in good]
    lines[1] = json.dumps({**good[1], "id": "gift 1"}).encode()  # a space
    lines[3] = json.dumps({**good[3], "date": "2026-02-30"}).encode()
    lines[4] = json.dumps({**good[4], "contact_id": "x\ny"}).encode()
    got = fast_records(spec, lines)
    assert [rec is None for rec in got] == [False, True, False, True, True, False]
    assert [rec.id for rec in got if rec is not None] == ["gift-0", "gift-2", "gift-5"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    table=st.sampled_from([spec.name for spec in TABLES]),
    changes=st.lists(
        st.tuples(st.integers(min_value=0, max_value=40), st.sampled_from(TRICKY)), min_size=1, max_size=3
    ),
    extra=st.sampled_from([None, "seen", "unknown", "drop"]),
)
@example(table="prospects", changes=[(0, None)], extra="drop")
def test_the_fast_decoder_never_accepts_what_the_full_check_refuses(table, changes, extra):
    spec = TABLES_BY_NAME[table]
    obj = _base(table)
    for index, value in changes:
        obj[spec.fields[index % len(spec.fields)]] = value
    if extra == "seen":
        obj["seen"] = changes[0][1]
    elif extra == "unknown":
        obj["favourite_colour"] = "blue"
    elif extra == "drop":
        obj.pop(spec.fields[changes[0][0] % len(spec.fields)])
    _agrees(spec, json.dumps(obj, ensure_ascii=False).encode())


@settings(max_examples=200, deadline=None)
@given(table=st.sampled_from([spec.name for spec in TABLES]), data=st.data())
def test_any_json_value_in_any_field(table, data):
    spec = TABLES_BY_NAME[table]
    obj = _base(table)
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
        lambda children: (
            st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
        ),
        max_leaves=5,
    )
    name = data.draw(st.sampled_from(spec.fields))
    obj[name] = data.draw(json_values)
    _agrees(spec, json.dumps(obj, ensure_ascii=False).encode())


def test_lines_that_are_not_plain_records_go_the_full_way():
    spec = TABLES_BY_NAME["prospects"]
    good = json.dumps(_base("prospects")).encode()
    for raw in (
        b"{oops",
        b"[1, 2]",
        good[:-1] + b',"latitude":NaN}',
        good.replace(b'"name":', b'"name":"\\ud800","x":', 1),
        b"\xef\xbb\xbf" + good,
        good[:10] + b"\xff" + good[10:],
        good[:-1] + b',"seen":null}',
    ):
        _agrees(spec, raw)
    # a record of a file written before coordinates_source: the full way fills the field in
    older = _base("prospects")
    del older["coordinates_source"]
    raw = json.dumps(older).encode()
    assert (
        fast_record(spec, raw) is None
        and check_record(spec, json.loads(raw)).values["coordinates_source"] is None
    )


def test_the_date_shape_is_exactly_the_days_of_the_calendar():
    """The fast decoder knows a real date by its pattern alone: as date.fromisoformat, in the kept years."""
    import datetime as dt
    import re

    from reciprocity_desktop.sync.decoding import _DATE
    from reciprocity_desktop.sync.fields import FIRST_YEAR, LAST_YEAR

    pattern = re.compile(_DATE)
    years = [*range(0, 410), *range(1580, 2420), *range(9590, 10000)]
    for year in years:
        for month in range(14):
            for day in range(33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                try:
                    dt.date.fromisoformat(text)
                    real = True
                except ValueError:
                    real = False
                kept = real and FIRST_YEAR <= year <= LAST_YEAR  # the years every way in accepts
                assert (pattern.fullmatch(text) is not None) == kept, text


def test_a_control_character_in_a_chunk_sends_only_its_record_the_full_way():
    """The characters of a text are checked a chunk at a time; the one record holding a control
    character (an escape in a name, a NUL in free text) goes the full way, the others stay fast."""
    spec = TABLES_BY_NAME["prospects"]
    ids = [f"{i:08d}-1111-4111-8111-111111111111" for i in range(60)]
    lines = [
        json.dumps(record("prospects", pid, stamp_at(counter=i), name=f"Firma {i}", notes="a\nb\tc")).encode()
        for i, pid in enumerate(ids)
    ]
    bad = {7: {"name": "Firma\x1b[31m"}, 30: {"notes": "nul \x00 here"}, 44: {"city": "Köln\n"}}
    for at, fields in bad.items():
        lines[at] = json.dumps(record("prospects", ids[at], stamp_at(counter=at), **fields)).encode()
    records = fast_records(spec, lines)
    assert [i for i, rec in enumerate(records) if rec is None] == sorted(bad)
    assert records[0].notes == "a\nb\tc"
