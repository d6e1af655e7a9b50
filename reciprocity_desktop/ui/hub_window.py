"""The window on an office hub (``--db postgresql://…``): what it names, and the file's parts it turns off.

A hub is one store on a PostgreSQL server that several office users work in at once. The window reads and
writes it as a store file (every page, every save), but what belongs to a store *file* is not there:

- no check at open (``quick_check``: the server keeps its pages sound), no copied-store identity;
- no backups by the app (File → Backup… and Backups… are off, saying why): the hub is backed up on its
  server (``pg_dump``), and "Restore the last good backup" is never offered (a hub is never found damaged);
- no single-instance lock: several windows may be open on one hub (in one office, or on one machine), each
  a client of its own; the server's transactions keep their writes apart (see :func:`~.app.run`).

The title and the status line name the hub as ``postgresql://USER@HOST:PORT/DB``, never its password.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from reciprocity_desktop.store import HubStore, Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def is_hub(store: Store) -> bool:
    return isinstance(store, HubStore)


def store_name(store: Store) -> str:
    """How the title names the store: a file's name, a hub's address (without its password)."""
    return store.address if isinstance(store, HubStore) else store.path.name


def store_place(store: Store) -> str:
    """Where the store is, for the status line and About: a file's path, a hub's address."""
    return store.address if isinstance(store, HubStore) else str(store.path)


def tr(text: str) -> str:
    return QCoreApplication.translate("HubWindow", text)


def turn_off_file_actions(window: QMainWindow) -> None:
    """The actions that work on a store file alone, off on a hub, each saying why (menus show tooltips)."""
    why = tr("An office hub is backed up on its server (pg_dump), not by the app.")
    for action in (window.backup_action, window.backups_action):  # type: ignore[attr-defined]
        action.setEnabled(False)
        action.setToolTip(why)
        action.setStatusTip(why)
    window.file_menu.setToolTipsVisible(True)  # type: ignore[attr-defined]
