"""Recognising a store file that was copied: it takes a new replica id before it writes anything.

Two stores with one replica id would stamp different changes alike (the same clock state, the same
replica), and a third store would take one for the other. So the store keeps, in ``meta``, the identity
of the file it was last opened as (``store_identity``: the machine's name and the file's inode). A file
opened under another identity is a copy (copied to another laptop, or beside the original, or restored
from elsewhere): before its first write it takes a new replica id. The old ids stay known in
``replica_history`` (and as a store in ``sync_replicas``), so the changes stamped before the copy are
still this store's own history and still name their store.

A file that only moved keeps its inode, and its id. A false alarm (a file system that gives new inodes)
costs nothing but a new id; what is recognised is a copy made after the store was first opened with this
version.

An office hub (PostgreSQL, ``store/hub.py``) has no file, so none of this runs for it: it is one store
with one replica id in ``meta``, and a hub database restored elsewhere from a ``pg_dump`` is not
recognised as a copy (docs/hub.md).
"""

from __future__ import annotations

import socket
import sqlite3
import uuid
from pathlib import Path

IDENTITY_KEY = "store_identity"
HISTORY_KEY = "replica_history"


def file_identity(path: Path) -> str:
    """Which file this is: the machine's name and the file's inode (kept by a rename, not by a copy)."""
    return f"{socket.gethostname()}:{path.stat().st_ino}"


def new_replica_id() -> str:
    return uuid.uuid4().hex[:16]


def _meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def _set(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def confirm(connection: sqlite3.Connection, path: Path, replica_id: str, stored: str | None) -> str:
    """The replica id the store at ``path`` writes under (``connection``: a plain autocommit one to it).

    ``stored``: the identity the store holds, as read at open. The same as the file's: ``replica_id``,
    nothing written. None (a store opened by an older version): the identity is recorded. Another one
    (a copy): a new replica id, the old one kept in the history.
    """
    current = file_identity(path)
    if stored == current:
        return replica_id
    connection.execute("BEGIN IMMEDIATE")
    try:
        replica_id = _meta(connection, "replica_id") or replica_id
        stored = _meta(connection, IDENTITY_KEY)
        if stored is not None and stored != current:
            old = replica_id
            replica_id = new_replica_id()
            history = " ".join(filter(None, [_meta(connection, HISTORY_KEY) or "", old]))
            _set(connection, HISTORY_KEY, history)
            _set(connection, "replica_id", replica_id)
            name = _meta(connection, "store_name") or path.stem
            connection.execute(
                "INSERT INTO sync_replicas (replica_id, store_name, last_seen_at) "
                "VALUES (?, ?, strftime('%Y-%m-%d %H:%M:%f000', 'now')) ON CONFLICT (replica_id) DO NOTHING",
                (old, name),
            )
        _set(connection, IDENTITY_KEY, current)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return replica_id


def replica_history(connection: sqlite3.Connection) -> tuple[str, ...]:
    """The replica ids this store wrote under before it was copied (oldest first)."""
    return tuple((_meta(connection, HISTORY_KEY) or "").split())
