"""Version vectors per record: which changes a record's version already includes.

A change stamp (``store/hlc.py``) names one change: ``physical.counter.replica``. A replica's
changes to one record form a chain, so "this version includes replica R's change S" is
"the version's latest stamp from R is at or after S". A version vector maps each replica to
that latest stamp; it is written as the list of those stamps (the record's own stamp is
implied and left out), in the file (``seen``) and in ``sync_record_versions``.

* ``covers(vv, stamp)``: the version with vector ``vv`` includes the change ``stamp`` (it
  was derived from it, or the change lost to it in a logged conflict).
* ``effective(...)``: the vector of a store row: the row's own stamp, plus what sync
  recorded for the version it last wrote, plus (after a local edit) the edit's stamp.
"""

from __future__ import annotations

REPLICA_OFFSET = 21  # len("0000000000000.000000.")

VersionVector = dict[str, str]


def replica_of(stamp: str) -> str:
    return stamp[REPLICA_OFFSET:]


def add(vv: VersionVector, stamp: str) -> None:
    """Fold one stamp into a vector (keeps the later stamp per replica)."""
    replica = stamp[REPLICA_OFFSET:]
    known = vv.get(replica)
    if known is None or stamp > known:
        vv[replica] = stamp


def from_stamps(stamps) -> VersionVector:
    vv: VersionVector = {}
    for stamp in stamps:
        if stamp:
            add(vv, stamp)
    return vv


def covers(vv: VersionVector, stamp: str) -> bool:
    known = vv.get(stamp[REPLICA_OFFSET:])
    return known is not None and known >= stamp


def union(a: VersionVector, b: VersionVector) -> VersionVector:
    out = dict(a)
    for stamp in b.values():
        add(out, stamp)
    return out


def of_record(stamp: str, seen) -> VersionVector:
    """The vector of a version with its own ``stamp`` and the ``seen`` list beside it."""
    vv = from_stamps(seen)
    add(vv, stamp)
    return vv


def effective(row_stamp: str, entry: tuple[str, str] | None) -> VersionVector:
    """The vector of a store row, given the sync entry (``(stamp, seen text)``) kept for it, if any.

    When the row's stamp differs from the entry's, the row was edited here after sync wrote
    it: the edit is on top of the recorded version, so it includes that version's vector.
    """
    if entry is None:
        return {row_stamp[REPLICA_OFFSET:]: row_stamp} if row_stamp else {}
    entry_stamp, seen_text = entry
    vv = from_stamps(seen_text.split())
    add(vv, entry_stamp)
    if row_stamp:
        add(vv, row_stamp)
    return vv


def seen_list(vv: VersionVector, own_stamp: str) -> list[str]:
    """The vector as written beside a version: every replica's stamp except the version's own."""
    own = own_stamp[REPLICA_OFFSET:]
    if len(vv) == 1:  # the common case: a version that includes nothing but itself
        return [] if own in vv else list(vv.values())
    return sorted(stamp for replica, stamp in vv.items() if replica != own)


def needs_entry(vv: VersionVector, own_stamp: str, local_replica: str) -> bool:
    """Whether a row needs a ``sync_record_versions`` entry to remember its vector.

    A row whose vector is only its own stamp, made here, can be described from the row
    alone; anything else (a colleague's change, or a vector with more than one replica)
    must be recorded, or a later local edit would forget what the version included.
    """
    return len(vv) > 1 or own_stamp[REPLICA_OFFSET:] != local_replica
