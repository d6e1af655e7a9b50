"""Ids and change stamps for many new rows at once (what ``models.new_id`` and ``Store.clock.now()`` give one by one)."""

from __future__ import annotations

import os

from reciprocity_desktop.store.hlc import HybridLogicalClock, Stamp

# The variant digit of an RFC 4122 UUID: 8, 9, a or b (the top bits 10), from any hex digit.
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_MAX_COUNTER = 999_999  # the stamp's six counter digits


def new_ids(count: int) -> list[str]:
    """``count`` random version-4 UUIDs as text, like ``str(uuid.uuid4())``, from one ``os.urandom`` call."""
    hexes = os.urandom(16 * count).hex()
    return [
        f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"
        for h in (hexes[i : i + 32] for i in range(0, 32 * count, 32))
    ]


def new_stamps(clock: HybridLogicalClock, count: int) -> list[str]:
    """``count`` increasing stamps from ``clock``, as ``count`` calls of ``clock.now()`` in one millisecond give.

    The first is ``clock.now()``; the clock is then moved past the last (``observe``), so every later
    stamp sorts after them all.
    """
    if count <= 0:
        return []
    first = clock.now()
    physical, counter, replica = first.physical_ms, first.counter, first.replica_id
    stamps = [str(first)]
    for _ in range(count - 1):
        if counter < _MAX_COUNTER:
            counter += 1
        else:  # the counter is full: carry into the next millisecond, as the clock does
            physical, counter = physical + 1, 0
        stamps.append(f"{physical:013d}.{counter:06d}.{replica}")
    clock.observe(Stamp(physical, counter, replica))
    return stamps
