"""The record of a store's passed ``quick_check``, so that a command on an unchanged store skips it.

``PRAGMA quick_check`` costs about 2 s of CPU on the office-sized store (1.1 GB): more than a whole
``prospects list --json``. After a check has passed, :func:`remember` writes what the store file and its
``-wal`` file looked like (size, modification time in nanoseconds, inode and device; the store file's
change time too) into a small file of the data folder, one per store (keyed by the store's real path: a
read-only store's folder may not be written). :func:`still_sound` answers True while both files look
exactly as recorded and the check is at most :data:`MAX_AGE_SECONDS` old; any change at all (a write of
this program or of any other, a copy or a restore over the file, flipped bytes, even with the modification
time put back: the change time moves anyway) means the store is checked again.

No record is written after the program's own writes: the next command checks again. A record is only
written when nothing changed while the check ran (the files looked the same before and after it) and
the files' times are older than the check's start by :data:`RACY_NS`: file times come from a coarse
clock, so a change made just after the check could otherwise carry the same times as the state it
replaced (git's "racily clean" index entries). Such a state is simply checked again next time.

A record that cannot be read or written is no record: the store is checked, never refused for it.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
import zlib
from pathlib import Path

from reciprocity_desktop.paths import data_dir

#: A passed check is trusted this long at most (then the store is checked again, changed or not).
MAX_AGE_SECONDS = 24 * 60 * 60
#: A state whose files changed this close before the check began is not recorded (coarse file clocks).
RACY_NS = 50_000_000

FileState = tuple[int, ...] | None
StoreState = tuple[FileState, FileState]


def _db_state(path: str) -> FileState:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)


def _wal_state(path: str) -> FileState:
    """The ``-wal`` file's size, modification time, inode and device; None when it is missing or empty.

    An empty ``-wal`` holds no frames (the store is its main file alone, as with none): SQLite makes one
    when a reader opens the store and leaves it behind a read-only connection. Not its change time: SQLite
    running as root gives a ``-wal`` it opens the owner of the store (``fchown``), which moves that time
    at every open without any change of content.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev) if info.st_size else None


def state(path: Path) -> StoreState:
    """What the store file and its ``-wal`` file look like now (see :func:`_db_state`, :func:`_wal_state`)."""
    return (_db_state(str(path)), _wal_state(f"{path}-wal"))


def record_path(path: Path) -> Path:
    """Where the record of the store at ``path`` is kept: ``checks/`` in the data folder."""
    real = os.path.realpath(path)
    # The file's name and a CRC of its real path (hashlib would load OpenSSL, 12 ms at every start); the
    # record holds the path too, so two paths of the same CRC never take each other's record.
    key = f"{Path(real).stem[:40]}-{zlib.crc32(real.encode('utf-8')):08x}"
    return data_dir() / "checks" / f"{key}.json"


def _as_state(value: object) -> StoreState | None:
    if not (isinstance(value, list) and len(value) == 2):
        return None
    files: list[FileState] = []
    for item, length in zip(value, (5, 4), strict=True):
        if item is None:
            files.append(None)
        elif isinstance(item, list) and len(item) == length and all(type(n) is int for n in item):
            files.append(tuple(item))
        else:
            return None
    return (files[0], files[1])


def still_sound(path: Path, now: float | None = None) -> bool:
    """Whether a passed check of the store at ``path`` is recorded for exactly its present state, ≤ 24 h ago."""
    try:
        data = json.loads(record_path(path).read_text(encoding="utf-8"))
        if data.get("path") != os.path.realpath(path):
            return False
        checked_at = float(data["checked_at"])
        recorded = _as_state(data["state"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return False
    age = (time.time() if now is None else now) - checked_at
    return (
        recorded is not None
        and recorded[0] is not None
        and 0 <= age <= MAX_AGE_SECONDS
        and (recorded == state(path))
    )


def _settled(found: StoreState, began_ns: int) -> bool:
    """Whether every time of the files is older than the check's start by :data:`RACY_NS`."""
    db, wal = found
    times = [*(db[1:3] if db else ()), *(wal[1:2] if wal else ())]
    return all(moment < began_ns - RACY_NS for moment in times)


def remember(path: Path, before: StoreState, began_ns: int) -> None:
    """Record a passed check of the store at ``path``: ``before`` its state, ``began_ns`` the check's start.

    Not when the files changed while it ran, nor when they changed just before it (see the module's text).
    """
    after = state(path)
    if after != before or after[0] is None or not _settled(after, began_ns):
        return
    record = {
        "path": os.path.realpath(path),
        "checked_at": began_ns / 1e9,
        "state": [list(f) if f else None for f in after],
    }
    from reciprocity_desktop.fileio import atomic_write

    target = record_path(path)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(target, "w", encoding="utf-8") as handle:
            json.dump(record, handle)


def forget(path: Path) -> None:
    """Drop the record of the store at ``path`` (it was found damaged)."""
    with contextlib.suppress(OSError):
        record_path(path).unlink(missing_ok=True)
