"""Ids and change stamps for many new rows at once (what ``models.new_id`` and ``Store.clock.now()`` give one by one)."""

from __future__ import annotations

import os

from reciprocity_desktop.store.hlc import HybridLogicalClock, Stamp

# Byte 6 of a version-4 UUID starts with the nibble 4, byte 8 with the bits 10 (RFC 4122's variant).
_VERSION = bytes((byte & 0x0F) | 0x40 for byte in range(256))
_VARIANT = bytes((byte & 0x3F) | 0x80 for byte in range(256))
_MAX_COUNTER = 999_999  # the stamp's six counter digits


#: Where the hex digits of a UUID's text go in its 36 characters (the dashes at 8, 13, 18 and 23).
_HEX_AT = tuple(at for at in range(36) if at not in (8, 13, 18, 23))
_WIDTH = 37  # a UUID's text and the space after it


def new_ids(count: int) -> list[str]:
    """``count`` random version-4 UUIDs as text, like ``str(uuid.uuid4())``, from one ``os.urandom`` call.

    The texts are put together a column at a time (one slice assignment per character position of
    all of them), not one formatted string per id."""
    if count <= 0:
        return []
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = raw[6::16].translate(_VERSION)  # the version nibble of every UUID at once
    raw[8::16] = raw[8::16].translate(_VARIANT)
    digits = raw.hex().encode("ascii")  # 32 hex digits per UUID
    text = bytearray(b"-" * (_WIDTH * count))
    text[36::_WIDTH] = b" " * count
    for digit, at in enumerate(_HEX_AT):
        text[at::_WIDTH] = digits[digit::32]
    return text.decode("ascii").split()


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
