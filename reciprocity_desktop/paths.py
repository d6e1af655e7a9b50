"""Where things live on disk: the store, backups, and the shipped resources.

One module for paths so that tests and developers can redirect everything: the
``--db`` option and the ``RECIPROCITY_DB`` variable choose the store file, and
``RECIPROCITY_DATA_DIR`` moves the whole data folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from reciprocity_desktop import APP_NAME

DB_ENV = "RECIPROCITY_DB"
DATA_DIR_ENV = "RECIPROCITY_DATA_DIR"
DB_FILENAME = "reciprocity.sqlite3"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The store file: ``RECIPROCITY_DB`` if set, else the user data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the store, in a folder of their own."""
    return db_path.parent / "backups"


def resources_dir() -> Path:
    """The ``resources/`` folder, from a source tree, an editable install, a wheel or a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"  # a wheel installs the folder inside the package (setup.py)
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
