"""Where things live on disk: the store, backups, and the shipped resources.

One module for paths so that tests and developers can redirect everything: the
``--db`` option and the ``RECIPROCITY_DB`` variable choose the store file, and
``RECIPROCITY_DATA_DIR`` moves the whole data folder.
"""

from __future__ import annotations

import importlib
import os
import sys
from functools import cache
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path

from platformdirs import user_data_dir

from reciprocity_desktop import APP_NAME

DB_ENV = "RECIPROCITY_DB"
DATA_DIR_ENV = "RECIPROCITY_DATA_DIR"
DB_FILENAME = "reciprocity.sqlite3"
PACKAGE = "reciprocity_desktop"


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


def url_scheme(value: str) -> str | None:
    """The scheme of ``value`` when it is an address (``postgresql://…``, ``https://…``), else None.

    Two letters at least before ``://``: ``C://data`` on Windows is a drive, not a scheme.
    """
    head, sep, _ = value.strip().partition("://")
    if not sep or len(head) < 2 or not head[0].isascii() or not head[0].isalpha():
        return None
    if not all(c.isascii() and (c.isalnum() or c in "+.-") for c in head):
        return None
    return head


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the store, in a folder of their own."""
    return db_path.parent / "backups"


def package_dir(package: str = PACKAGE) -> Path:
    """The folder of an importable package, as :func:`importlib.resources.files` gives it.

    That call answers for a source tree, an editable install, an installed wheel and a PyInstaller bundle
    (whose importer keeps a package's data files under ``sys._MEIPASS``, in one-folder builds the
    ``_internal`` folder). For a package loaded from plain files (a source or sourceless file loader:
    source trees, wheels, editable installs) ``files()`` is the folder of the loader's file, taken here
    without importing ``importlib.resources`` (~5 ms CPU at every start of the window and the CLI); every
    other loader (a frozen bundle's, a zip's) goes through ``files()`` itself. The program needs real files
    (ReportLab reads fonts by name, SQLite opens the postal-code table), so a zipped package is not supported.
    """
    module = sys.modules.get(package) or importlib.import_module(package)
    loader = getattr(module.__spec__, "loader", None)
    if isinstance(loader, (SourceFileLoader, SourcelessFileLoader)) and not getattr(sys, "frozen", False):
        return Path(loader.path).parent  # what importlib.resources' FileReader.files() returns
    from importlib.resources import files

    return Path(str(files(package)))


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, catalogs, icons, the postal-code table), wherever the program runs.

    Looked for in this order: inside the installed package (a wheel installs ``resources/`` as
    ``reciprocity_desktop/resources``, see setup.py; a frozen bundle may carry it there too), at the top of
    a frozen bundle (``sys._MEIPASS/resources``), beside the package (a source tree or an editable install).
    When none is there, the installed place is named, so that a message says where a file is missing.
    """
    return _resources_dir(getattr(sys, "_MEIPASS", None))


@cache
def _resources_dir(frozen_root: str | None) -> Path:
    package = package_dir()
    candidates = [package / "resources"]
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    else:
        candidates.append(package.parent / "resources")
    return next((folder for folder in candidates if folder.is_dir()), candidates[0])


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    """The Alembic scripts (``env.py``, ``script.py.mako``, ``versions/``): data of the ``store`` package.

    Alembic reads them as files, so a frozen bundle carries them as data under
    ``reciprocity_desktop/store/migrations`` (besides their compiled modules).
    """
    return package_dir(f"{PACKAGE}.store") / "migrations"
