"""Hybrid logical clock stamps that order edits across laptops.

A stamp is ``(physical_ms, counter, replica_id)``. Its text form
``"{physical_ms:013d}.{counter:06d}.{replica_id}"`` sorts as text in the same order
as the tuple, so the store can compare and index stamps as plain strings. The
replica id breaks ties between two machines that stamped in the same millisecond
with the same counter.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

_PHYSICAL_DIGITS = 13
_COUNTER_DIGITS = 6
_MAX_COUNTER = 10**_COUNTER_DIGITS - 1
#: How far ahead of its wall clock a store's clock may stamp (``HybridLogicalClock(max_lead_ms=...)``): a
#: last stamp (its own, kept in ``meta``, or one seen in a file) further ahead is from a clock that ran
#: ahead; once the wall clock is right again the clock stamps wall-clock time, not on from that stamp.
MAX_LEAD_MS = 60_000


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    physical_ms: int
    counter: int
    replica_id: str

    def __str__(self) -> str:
        return f"{self.physical_ms:0{_PHYSICAL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.replica_id}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        try:
            physical, counter, replica = text.split(".", 2)
            if len(physical) != _PHYSICAL_DIGITS or len(counter) != _COUNTER_DIGITS or not replica:
                raise ValueError
            return cls(int(physical), int(counter), replica)
        except (ValueError, AttributeError):
            raise ValueError(f"not a change stamp: {text!r}") from None


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Issues strictly increasing stamps for one replica.

    ``now()`` stamps a local change; ``observe()`` folds in a stamp received from
    another replica so that later local changes sort after it.

    With ``max_lead_ms`` (the store's clock: :data:`MAX_LEAD_MS`) the clock never runs on from a stamp
    more than that far ahead of the wall clock: ``observe()`` ignores such a stamp, and ``now()``
    after one (a wall clock set back from a time that was wrong) starts again from the wall clock.
    A change of one record must still sort after that record's version: :meth:`after`.
    """

    def __init__(
        self,
        replica_id: str,
        last: Stamp | None = None,
        wall_clock=wall_clock_ms,
        max_lead_ms: int | None = None,
    ) -> None:
        self.replica_id = replica_id
        self._physical = last.physical_ms if last else 0
        self._counter = last.counter if last else 0
        self._wall_clock = wall_clock
        self.max_lead_ms = max_lead_ms

    @property
    def last(self) -> Stamp:
        return Stamp(self._physical, self._counter, self.replica_id)

    def now(self) -> Stamp:
        wall = self._wall_clock()
        if self.max_lead_ms is not None and self._physical > wall + self.max_lead_ms:
            # The last stamp was made (or seen) while a clock ran ahead: do not stamp on in the future.
            self._physical, self._counter = wall, 0
        elif wall > self._physical:
            self._physical, self._counter = wall, 0
        elif self._counter < _MAX_COUNTER:
            self._counter += 1
        else:  # the counter is full: carry into the next millisecond, keeping the fixed text form
            self._physical, self._counter = self._physical + 1, 0
        return self.last

    def observe(self, remote: Stamp) -> None:
        """Make every later ``now()`` sort after ``remote`` (unless it is too far ahead: ``max_lead_ms``)."""
        if self.max_lead_ms is not None and remote.physical_ms > self._wall_clock() + self.max_lead_ms:
            return
        if (remote.physical_ms, remote.counter) > (self._physical, self._counter):
            self._physical, self._counter = remote.physical_ms, remote.counter

    def after(self, previous: str | None) -> Stamp:
        """The stamp of a change made on a version stamped ``previous``: ``now()``, or, when
        ``previous`` is later (a version stamped ahead of this clock), its time with the counter + 1,
        so that the change still sorts after the version it replaces."""
        stamp = self.now()
        if not previous:
            return stamp
        try:
            before = Stamp.parse(previous)
        except ValueError:
            return stamp
        if (before.physical_ms, before.counter) < (stamp.physical_ms, stamp.counter):
            return stamp
        if before.counter < _MAX_COUNTER:
            return Stamp(before.physical_ms, before.counter + 1, self.replica_id)
        return Stamp(before.physical_ms + 1, 0, self.replica_id)
