"""The store's backups as user actions: make one, list them, restore one, and a person's erasure in them.

The work is done by :mod:`reciprocity_desktop.store.backups` (plain ``sqlite3`` and files); here its refusals
become :class:`~reciprocity_desktop.services.errors.DomainError` messages the window and the command line
translate. These run on the store's path, without opening it, so that a damaged store can still be restored.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reciprocity_desktop.services.errors import DomainError
from reciprocity_desktop.store import StoreDamaged
from reciprocity_desktop.store import backups as store_backups
from reciprocity_desktop.store.backups import BackupInfo

__all__ = [
    "BackupInfo",
    "erase_contact_in_backups",
    "list_backups",
    "make_backup",
    "newest_sound_backup",
    "reopen",
    "restore_backup",
]


def _no_store(store_path: Path) -> DomainError:
    return DomainError("there is no store at {path}", path=store_path)


def make_backup(store_path: Path, output: Path | None = None) -> BackupInfo:
    """A checked copy of the store: into its backups folder (thinned), or to ``output``.

    An attempt that fails writes nothing. A copy that fails its integrity check is refused and removed (the
    store itself is damaged).
    """
    store_path = Path(store_path)
    if not store_path.is_file():
        raise _no_store(store_path)
    try:
        if output is None:
            path = store_backups.backup_file(store_path, "manual")
            sound = True
        else:
            output = Path(output)
            if output.resolve() == store_path.resolve():
                raise DomainError("the backup cannot be written over the store itself ({path})", path=output)
            path = store_backups.copy_store(store_path, output)
            sound = store_backups.integrity_ok(path)
            if not sound:
                path.unlink(missing_ok=True)
    except StoreDamaged:  # its copy fails the integrity check (none is kept)
        sound = False
    except (OSError, sqlite3.Error) as exc:
        raise DomainError(
            "the backup of {path} could not be written: {reason}", path=store_path, reason=_reason(exc)
        ) from exc
    if not sound:
        raise DomainError(
            "the store {path} is damaged: its copy fails the integrity check; restore a sound backup", path=store_path
        )
    return BackupInfo(path, store_backups.created_of(store_path, path), "manual", path.stat().st_size, True)


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


def list_backups(store_path: Path) -> list[BackupInfo]:
    """The store's backups, newest first, each with whether it passes its integrity check."""
    return store_backups.list_backups(Path(store_path))


def newest_sound_backup(store_path: Path) -> Path | None:
    return store_backups.newest_sound_backup(Path(store_path))


def restore_backup(store_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in the store's place (see :func:`reciprocity_desktop.store.backups.restore_backup`).

    Returns the copy of the store kept aside first (None when there was no store file).
    """
    backup = Path(backup)
    if not backup.is_file():
        raise DomainError("there is no backup {path}", path=backup)
    if not store_backups.integrity_ok(backup):
        raise DomainError(
            "the backup {path} is damaged (it fails the integrity check); nothing was restored", path=backup
        )
    try:
        return store_backups.restore_backup(Path(store_path), backup)
    except store_backups.BackupError as exc:
        raise DomainError("the backup could not be restored: {reason}", reason=str(exc)) from exc
    except (OSError, sqlite3.Error) as exc:
        raise DomainError(
            "the backup could not be restored, the store {path} is as it was: {reason}",
            path=store_path,
            reason=_reason(exc),
        ) from exc


def erase_contact_in_backups(store_path: Path, contact_id: str) -> list[Path]:
    """A person's erasure applied to every backup file of the store; the backups it changed."""
    return store_backups.erase_contact_in_backups(Path(store_path), contact_id)


def reopen(store_path: Path) -> None:
    """Open the restored store once (a backup of an older schema is migrated), as a window does after a restore."""
    from reciprocity_desktop.store import StoreError, open_store

    try:
        open_store(store_path).close()
    except StoreError as exc:
        raise DomainError("the backup was restored, but the store cannot be opened: {reason}", reason=str(exc)) from exc
