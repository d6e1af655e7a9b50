"""Ids and change stamps for many new rows at once (what ``models.new_id`` and ``Store.clock.now()`` give one by one)."""

from __future__ import annotations

import os

from reciprocity_desktop.store.hlc import HybridLogicalClock, Stamp

# Byte 6 of a version-4 UUID starts with the nibble 4, byte 8 with the bits 10 (RFC 4122's variant).
_VERSION = bytes((byte & 0x0F) | 0x40 for byte in range(256))
_VARIANT = bytes((byte & 0x3F) | 0x80 for byte in range(256))
_MAX_COUNTER = 999_999  # the stamp's six counter digits


def new_ids(count: int) -> list[str]:
    """``count`` random version-4 UUIDs as text, like ``str(uuid.uuid4())``, from one ``os.urandom`` call."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = raw[6::16].translate(_VERSION)  # the version nibble of every UUID at once
    raw[8::16] = raw[8::16].translate(_VARIANT)
    h = raw.hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-{h[i + 12 : i + 16]}-{h[i + 16 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
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
    if counter + count - 1 <= _MAX_COUNTER:  # the common case: all in the first one's millisecond
        prefix, suffix = f"{physical:013d}.", f".{replica}"
        stamps = [f"{prefix}{number:06d}{suffix}" for number in range(counter, counter + count)]
        clock.observe(Stamp(physical, counter + count - 1, replica))
        return stamps
    stamps = [str(first)]
    for _ in range(count - 1):
        if counter < _MAX_COUNTER:
            counter += 1
        else:  # the counter is full: carry into the next millisecond, as the clock does
            physical, counter = physical + 1, 0
        stamps.append(f"{physical:013d}.{counter:06d}.{replica}")
    clock.observe(Stamp(physical, counter, replica))
    return stamps
