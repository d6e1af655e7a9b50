"""Hybrid logical clock stamps: strictly increasing, and sortable as text exactly like as tuples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reciprocity_desktop.store.hlc import HybridLogicalClock, Stamp

MAX_PHYSICAL = 10**13 - 2  # 13 digits; leaves room for one carry
MAX_COUNTER = 10**6 - 1  # 6 digits

replica_ids = st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)
stamps = st.builds(
    Stamp,
    physical_ms=st.integers(0, MAX_PHYSICAL),
    counter=st.integers(0, MAX_COUNTER),
    replica_id=replica_ids,
)

# A step is either a reading of the wall clock followed by a local stamp, or a remote stamp observed.
steps = st.lists(
    st.one_of(
        st.tuples(st.just("now"), st.integers(0, MAX_PHYSICAL)),
        st.tuples(st.just("observe"), stamps),
    ),
    min_size=1,
    max_size=60,
)


@given(stamps, stamps)
def test_text_order_is_tuple_order(a, b):
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@given(stamps)
def test_text_form_round_trips(stamp):
    assert Stamp.parse(str(stamp)) == stamp


@given(steps)
def test_local_stamps_strictly_increase_and_stay_sortable(script):
    wall = [0]
    clock = HybridLogicalClock("local", wall_clock=lambda: wall[0])
    issued: list[Stamp] = []
    observed: list[Stamp] = []
    for action, value in script:
        if action == "observe":
            clock.observe(value)
            observed.append(value)
            continue
        wall[0] = value
        stamp = clock.now()
        # Strictly after every stamp issued before, and after every remote stamp observed.
        assert all(stamp > earlier for earlier in issued)
        assert all((stamp.physical_ms, stamp.counter) > (o.physical_ms, o.counter) for o in observed)
        # Its text keeps the fixed form and sorts the same way.
        assert Stamp.parse(str(stamp)) == stamp
        assert all(str(stamp) > str(earlier) for earlier in issued)
        assert all(str(stamp) > str(o) for o in observed)
        issued.append(stamp)


def test_a_clock_set_back_does_not_go_back():
    wall = [5_000]
    clock = HybridLogicalClock("r1", wall_clock=lambda: wall[0])
    first = clock.now()
    wall[0] = 1_000  # someone set the laptop's time back
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert second.physical_ms == first.physical_ms and second.counter == first.counter + 1


def test_observing_a_stamp_with_a_full_counter_keeps_the_text_form():
    clock = HybridLogicalClock("r1", wall_clock=lambda: 1_000)
    remote = Stamp(1_000, MAX_COUNTER, "r2")
    clock.observe(remote)
    stamp = clock.now()
    assert stamp > remote
    assert str(stamp) > str(remote)
    assert Stamp.parse(str(stamp)) == stamp


@pytest.mark.parametrize(
    "text",
    ["", "abc", "1.2.x", "0000000000001.000001.", "0000000000001.0000001.r", "000000000001.000001.r", None],
)
def test_parse_rejects_malformed_text(text):
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_a_capped_clock_does_not_stamp_on_from_a_stamp_far_ahead():
    wall = [10_000_000]
    clock = HybridLogicalClock("r1", wall_clock=lambda: wall[0], max_lead_ms=60_000)
    clock.observe(Stamp(wall[0] + 30_000, 4, "r2"))  # half a minute ahead: followed
    assert (clock.now().physical_ms, clock.last.counter) == (wall[0] + 30_000, 5)
    clock.observe(Stamp(wall[0] + 86_400_000, 0, "r2"))  # a day ahead: not followed
    assert clock.now().physical_ms == wall[0] + 30_000
    # The clock's own last stamp from a time it ran a month ahead: once it is right, wall-clock stamps.
    ahead = HybridLogicalClock("r1", Stamp(wall[0] + 30 * 86_400_000, 9, "r1"), lambda: wall[0], 60_000)
    assert ahead.now() == Stamp(wall[0], 0, "r1")
    # A change of a version stamped ahead still sorts after it: that version's time, counter + 1.
    version = Stamp(wall[0] + 30 * 86_400_000, 9, "r2")
    assert ahead.after(str(version)) == Stamp(version.physical_ms, 10, "r1")
    assert ahead.after(str(Stamp(1, 0, "r2"))) > Stamp(1, 0, "r2")


@given(steps, st.integers(0, 120_000))
def test_a_capped_clock_stamps_after_every_version_it_edits(script, lead):
    wall = [0]
    clock = HybridLogicalClock("local", wall_clock=lambda: wall[0], max_lead_ms=lead)
    version = ""
    for action, value in script:
        if action == "observe":
            clock.observe(value)
            continue
        wall[0] = value
        stamp = clock.after(version or None)
        assert str(stamp) > version  # each change of one record sorts after the version it replaces
        assert stamp.physical_ms <= max(value + lead, Stamp.parse(version).physical_ms if version else 0)
        version = str(stamp)
