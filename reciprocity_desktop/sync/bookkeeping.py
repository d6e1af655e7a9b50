"""What an import pass remembers about a file, in a few bytes per record instead of whole rows.

* :class:`LineSet`: line numbers of one member (the lines the checking pass found something to
  do for), one bit per line.
* :class:`FileIds`: which ids each member holds, so that a later member's references can be
  checked against it, and so that an id appearing twice is caught. An id is kept as its 64-bit
  hash in a sorted array (8 bytes per record); while a member is being read, its hashes are in
  a set. A hash can stand for two ids: an apparent repetition is confirmed on the ids
  themselves before it is reported (see :class:`~reciprocity_desktop.sync.merge.MergePass`),
  and a reference is only ever accepted wrongly with the odds of a 64-bit collision, with
  SQLite's foreign keys as the net under it.
"""

from __future__ import annotations

import bisect
from array import array


class LineSet:
    """A set of line numbers (1, 2, ...) of one member, one bit per line."""

    def __init__(self) -> None:
        self._bits = bytearray()
        self.count = 0

    def add(self, line: int) -> None:
        byte, bit = divmod(line, 8)
        if byte >= len(self._bits):
            self._bits.extend(bytes(byte - len(self._bits) + 1024))
        mask = 1 << bit
        if not self._bits[byte] & mask:
            self._bits[byte] |= mask
            self.count += 1

    def __contains__(self, line: int) -> bool:
        byte, bit = divmod(line, 8)
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << bit))

    def __len__(self) -> int:
        return self.count


#: The 64-bit key an id is kept as: this process's string hash (a builtin, for speed).
id_key = hash


class FileIds:
    """The ids of the file's members read so far, as hashes."""

    def __init__(self) -> None:
        self._done: dict[str, array] = {}
        self._reading: dict[str, set[int]] = {}
        self.key = id_key

    def reading(self, table: str) -> set[int]:
        """The keys of the ids read so far of the member being read (the reader adds to it)."""
        return self._reading.setdefault(table, set())

    def finish(self, table: str) -> None:
        """The member is read: keep its ids compactly for the references of later members."""
        self._done[table] = array("q", sorted(self._reading.pop(table, ())))

    def held_of(self, table: str, rids: set[str]) -> set[str]:
        """Those of ``rids`` that the (finished) member ``table`` holds (up to a hash collision)."""
        keys = self._done.get(table)
        if not keys:
            return set()
        key_of, end, found = self.key, len(keys), set()
        for rid in rids:
            key = key_of(rid)
            at = bisect.bisect_left(keys, key)
            if at < end and keys[at] == key:
                found.add(rid)
        return found

    def holds(self, table: str, rid: str) -> bool:
        """Whether the (finished) member ``table`` holds ``rid`` (up to a hash collision)."""
        keys = self._done.get(table)
        if not keys:
            return False
        key = self.key(rid)
        at = bisect.bisect_left(keys, key)
        return at < len(keys) and keys[at] == key
