"""What goes wrong with a store file, told plainly: the store's errors and the words of SQLite's that mean them.

:class:`StoreError` is a problem with the store file itself (locked, read-only, damaged, too new);
:class:`StoreDamaged` a file SQLite cannot read as a sound store (refused naming the newest sound backup, never
written nor backed up), :class:`StoreReadOnly` a write to a store opened read-only; and the sentences that say
SQLite's environment errors plainly. (:mod:`~reciprocity_desktop.store.engine` offers them too.)

The refusal of a damaged store names its newest sound backup, so it is made where the backups are known:
:func:`reciprocity_desktop.store.backups.damaged`; :func:`~reciprocity_desktop.store.engine.told_plainly` turns
SQLite's errors met while working into these (this module imports neither: both raise its errors).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from reciprocity_desktop.i18n import QT_TRANSLATE_NOOP
from reciprocity_desktop.paths import backup_dir_for


class StoreError(Exception):
    """A problem with the store file itself (locked, read-only, corrupt, too new), told plainly.

    One made by :func:`database_error` also carries its English ``template`` (marked for the catalogs,
    context ``"Store"``) and ``params``, so the window and the command line can say it in their language.
    """

    def __init__(self, *args: object, template: str | None = None, params: dict[str, object] | None = None) -> None:
        super().__init__(*args)
        self.template = template
        self.params = params or {}


class StoreDamaged(StoreError):
    """The store file is damaged (its ``quick_check`` fails, or SQLite cannot read it at all).

    A damaged store is never written and never backed up (a backup of it would rotate a good one out).
    ``path`` is the store, ``backup`` the newest sound backup beside it (None when there is none): the
    window offers to restore it, the command line names ``reciprocity-desktop restore FILE``.
    """

    def __init__(self, path: Path, backup: Path | None = None) -> None:
        self.path = path
        self.backup = backup
        if backup is not None:
            template = QT_TRANSLATE_NOOP(
                "Store",
                "The file {path} is not a Reciprocity store or it is damaged, so it was not used; restore "
                "its newest sound backup with `reciprocity-desktop restore {backup}`.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Store",
                "The file {path} is not a Reciprocity store or it is damaged, so it was not used, and "
                "there is no sound backup of it in {folder}.",
            )
        params = {"path": path, "backup": backup, "folder": backup_dir_for(path)}
        super().__init__(template.format(**params), template=template, params=params)


class StoreReadOnly(StoreError):
    """A write to a store opened read-only (its file or its folder may not be written)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        template = QT_TRANSLATE_NOOP(
            "Store", "The store {path} is read-only (its file or folder may not be written), so nothing was changed."
        )
        super().__init__(template.format(path=path), template=template, params={"path": path})


#: What SQLite says about a file it cannot read as a database (as against a locked, full or unopenable one).
#: (A flipped byte inside a row's text passes quick_check, which does not decode text; reading it then fails.)
_DAMAGE_WORDS = (
    "not a database", "malformed", "corrupt", "encrypted", "unsupported file format", "could not decode to utf-8",
)  # fmt: skip


def is_damage(exc: BaseException) -> bool:
    """True for an error that means the file itself is damaged.

    A damaged header or page can also surface as text SQLite hands back undecodable
    (``UnicodeDecodeError`` while reading a pragma's answer or the schema), or as a ``ValueError``.
    """
    if isinstance(exc, (UnicodeDecodeError, ValueError)):
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return any(word in text for word in _DAMAGE_WORDS)


_SENTENCES = {
    "in use": QT_TRANSLATE_NOOP("Store", "The store {path} is in use by another program. Close it and try again."),
    "read-only": QT_TRANSLATE_NOOP("Store", "The store {path} cannot be written (read-only file or folder)."),
    "disk": QT_TRANSLATE_NOOP("Store", "The disk holding {path} is full or failing; free some space and try again."),
    "damaged": QT_TRANSLATE_NOOP(
        "Store", "The file {path} is not a Reciprocity store or it is damaged. Restore a backup from {folder}."
    ),
    "cannot open": QT_TRANSLATE_NOOP(
        "Store", "The store {path} cannot be opened (does the folder exist and may it be written?)."
    ),
    "other": QT_TRANSLATE_NOOP("Store", "The store {path} could not be used: {reason}"),
}


def _explained(exc: BaseException, path: Path) -> tuple[str, dict[str, object]]:
    """The sentence (its English template) and parameters that say what SQLite's error means."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        kind = "in use"
    elif "readonly" in text or "read-only" in text:
        kind = "read-only"
    elif "disk" in text and ("full" in text or "i/o" in text):
        kind = "disk"
    elif "not a database" in text or "malformed" in text or "corrupt" in text:
        kind = "damaged"
    elif "unable to open" in text:
        kind = "cannot open"
    else:
        kind = "other"
    return _SENTENCES[kind], {"path": path, "folder": backup_dir_for(path), "reason": getattr(exc, "orig", exc)}


def explain_database_error(exc: BaseException, path: Path) -> str:
    """Turn an environment error from SQLite into one plain sentence (English; see :func:`database_error`)."""
    template, params = _explained(exc, path)
    return template.format(**params)


def database_error(exc: BaseException, path: Path) -> StoreError:
    """An environment error from SQLite as a :class:`StoreError`: its English sentence, and the template and
    parameters to say it in another language."""
    template, params = _explained(exc, path)
    return StoreError(template.format(**params), template=template, params=params)


_ENVIRONMENT_WORDS = (
    "locked", "busy", "readonly", "read-only", "disk", "full", "i/o",
    "not a database", "malformed", "corrupt", "unable to open", "could not decode to utf-8",
)  # fmt: skip


def is_environment_error(exc: BaseException) -> bool:
    """True for SQLite errors about the file or the machine (not about the SQL or the data)."""
    if isinstance(exc, sqlite3.IntegrityError) or isinstance(
        getattr(exc, "orig", None), sqlite3.IntegrityError
    ):
        return False
    text = str(getattr(exc, "orig", exc)).lower()
    return any(word in text for word in _ENVIRONMENT_WORDS)


def is_database_error(exc: BaseException) -> bool:
    """An error of SQLite: raised by ``sqlite3`` itself, or wrapped by SQLAlchemy (once it is loaded)."""
    if isinstance(exc, sqlite3.DatabaseError):
        return True
    wrapped = sys.modules.get("sqlalchemy.exc")  # no SQLAlchemy error exists before it is imported
    return wrapped is not None and isinstance(exc, (wrapped.OperationalError, wrapped.DatabaseError))
