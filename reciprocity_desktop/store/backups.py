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
