"""File → Backup…: a copy of the store, written where the user says (its backups folder offered first)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.store import StoreError
from reciprocity_desktop.store.backups import copy_store
from reciprocity_desktop.ui.context import UiContext
from reciprocity_desktop.ui.labels import store_error_text, translate
from reciprocity_desktop.ui.messages import show_write_failed


def suggested_backup(store_path: Path, now: dt.datetime | None = None) -> Path:
    """Where File → Backup… offers to write: the store's backups folder (made if missing, else the store's
    own folder), as "<store> backup <date> <time>.sqlite3".

    The name does not start with "<store>-" as the automatic copies do (store.engine.backup_file), so
    keeping only the last few of those never deletes a backup the user made.
    """
    now = now or dt.datetime.now()
    folder = backup_dir_for(store_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = store_path.parent
    return folder / f"{store_path.stem} backup {now:%Y-%m-%d %H%M}{store_path.suffix or '.sqlite3'}"


def back_up(parent: QWidget, ctx: UiContext) -> Path | None:
    """Ask where (offering :func:`suggested_backup`), copy the store there; the copy's path, or None."""
    suggested = str(suggested_backup(ctx.store.path))
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("MainWindow", "Back up the store"),
        suggested,
        translate("MainWindow", "Store files (*.sqlite3)"),
    )
    if not path:
        return None
    try:
        ctx.store.verify()  # the check at open first: no backup of a damaged store (it would pass for a good one)
        copy_store(ctx.store.path, Path(path))
    except StoreError as error:
        QMessageBox.warning(parent, translate("MainWindow", "Backup failed"), store_error_text(error))
        return None
    except OSError as error:
        show_write_failed(
            parent,
            translate("MainWindow", "Backup failed"),
            translate("MainWindow", "Could not write %1: %2"),
            path,
            error,
        )
        return None
    ctx.status(translate("MainWindow", "Backup written to %1.").replace("%1", path))
    return Path(path)
