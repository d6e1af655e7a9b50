"""Copies of a store: a consistent copy through SQLite's backup API, and the backups folder's rotation.

:func:`backup_file` copies the store into its backups folder (beside it, :func:`~reciprocity_desktop.paths.backup_dir_for`)
as ``<store>-<stamp>-<reason>.sqlite3`` — before a migration, or when asked — and keeps the last
:data:`KEEP_BACKUPS` of those; other files in the folder (File → Backup… names its own differently) are left alone.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from reciprocity_desktop.fileio import atomic_path
from reciprocity_desktop.paths import backup_dir_for

KEEP_BACKUPS = 5


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of a store (WAL content included) through SQLite's backup API.

    Written through :func:`~reciprocity_desktop.fileio.atomic_path` (a temporary file beside
    ``target``, synced and renamed), so a failed copy leaves no half file.
    """
    target = Path(target)
    source_db = sqlite3.connect(str(source))
    try:
        with atomic_path(target) as temp:
            dest = sqlite3.connect(str(temp))
            try:
                source_db.backup(dest)
            finally:
                dest.close()
    finally:
        source_db.close()
    return target


def backup_file(path: Path, reason: str) -> Path:
    """Copy the store aside into its backups folder, keeping the last few copies. Returns the copy's path."""
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = copy_store(path, folder / f"{path.stem}-{stamp}-{reason}{path.suffix}")
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def _sound(path: Path) -> bool:
    """Whether the backup file at ``path`` passes SQLite's full ``integrity_check`` (read-only, writes nothing)."""
    try:
        # immutable: a backup is not written while it is checked, and no -wal/-shm file is left beside it
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError):
        return False


def newest_sound_backup(store_path: Path) -> Path | None:
    """The newest backup of the store in its backups folder that passes ``integrity_check``; None if none does."""
    folder = backup_dir_for(store_path)
    if not folder.is_dir():
        return None
    candidates = [
        file for file in folder.glob(f"{store_path.stem}-*{store_path.suffix}") if file.stat().st_size > 0
    ]
    for backup in sorted(candidates, key=lambda file: file.stat().st_mtime_ns, reverse=True):
        if _sound(backup):
            return backup
    return None


def restore_backup(store_path: Path, backup: Path) -> Path:
    """Put ``backup`` in place of the store; the current store file is moved aside first. Returns the aside copy.

    The current file (damaged, maybe) is moved, not copied through SQLite, with its ``-wal`` file, so no
    stale write-ahead log is applied to the restored copy.
    """
    folder = backup_dir_for(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = folder / f"{store_path.stem}-{stamp}-before-restore{store_path.suffix}"
    copy_store(backup, folder / f".{aside.name}.restoring")
    if store_path.exists():
        store_path.replace(aside)
    for extra in ("-wal", "-shm"):
        side = Path(f"{store_path}{extra}")
        if side.exists():
            if extra == "-wal":
                side.replace(Path(f"{aside}{extra}"))
            else:
                side.unlink()
    (folder / f".{aside.name}.restoring").replace(store_path)
    return aside
