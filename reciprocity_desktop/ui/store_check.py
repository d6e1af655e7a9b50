"""The window's side of the check at open: a damaged store's refusal with "Restore the last good backup",
and the lock that keeps a second window off a store that is open already.

The check itself (``PRAGMA quick_check``, about 2 s of CPU on an office-sized store) runs off the GUI thread
right after the first paint (:meth:`MainWindow.check_store`); the store holds every write until it has passed.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from reciprocity_desktop.paths import data_dir
from reciprocity_desktop.store import StoreDamaged


def offer_restore(parent: QWidget | None, damage: StoreDamaged) -> bool:
    """Tell the user the store is damaged; True when they chose to restore its newest sound backup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StoreCheck", "The store is damaged"))
    if damage.backup is None:
        box.setText(
            QCoreApplication.translate(
                "StoreCheck", "The store %1 is damaged and was not used, and there is no sound backup of it."
            ).replace("%1", str(damage.path))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setText(
        QCoreApplication.translate(
            "StoreCheck", "The store %1 is damaged and was not used; its newest sound backup is %2."
        )
        .replace("%1", str(damage.path))
        .replace("%2", str(damage.backup))
    )
    restore = box.addButton(
        QCoreApplication.translate("StoreCheck", "Restore the last good backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def restore(damage: StoreDamaged) -> Path:
    """Put the newest sound backup in place of the damaged store (which is kept aside); the aside copy."""
    from reciprocity_desktop.store.backups import restore_backup

    assert damage.backup is not None
    return restore_backup(damage.path, damage.backup)


def store_lock(store_path: Path) -> QLockFile | None:
    """The lock of the window on ``store_path`` (held while it is open), or None when another window holds it.

    In the data folder (a store's own folder may be read-only), one file per store path. The command
    line takes no lock: its writes while the window is open keep working (SQLite serializes them).
    A lock left by a window that crashed is stale (its process is gone) and is taken over.
    """
    folder = data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(os.path.realpath(store_path).encode("utf-8")).hexdigest()[:24]
    lock = QLockFile(str(folder / f"{key}.lock"))
    lock.setStaleLockTime(0)  # only a lock whose process is gone is stale
    return lock if lock.tryLock(0) else None


def tell_already_open(store_path: Path) -> None:
    QMessageBox.information(
        None,
        QCoreApplication.translate("StoreCheck", "Already open"),
        QCoreApplication.translate(
            "StoreCheck",
            "The store %1 is already open in another Reciprocity Desktop window; switch to that window.",
        ).replace("%1", str(store_path)),
    )
