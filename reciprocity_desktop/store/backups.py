"""Copies of a store: consistent copies through SQLite's backup API, checked, thinned, and restored.

The automatic backups live in the store's backups folder (:func:`~reciprocity_desktop.paths.backup_dir_for`) as
``<store>-<stamp>-<reason>.sqlite3``: ``daily`` (the first open of a day, :func:`daily_backup_if_due`),
``before-migration-<rev>``, ``before-import`` (a sync import), ``before-restore`` (the store kept aside by
:func:`restore_backup`) and ``manual`` (the ``backup`` command). Each copy:

- is written through SQLite's backup API into a temporary file that is renamed into place only when complete
  (:func:`~reciprocity_desktop.fileio.atomic_path`): an attempt that fails writes none, and the ``.part``
  leftovers of a killed attempt are removed by the next backup (:func:`remove_leftovers`);
- gets a full ``PRAGMA integrity_check`` right after it is written; the result is kept beside it in a small
  sidecar ``<backup>.check`` (with the file's size and time, so a copy changed later is checked again). A copy
  that fails the check right away is removed (the store itself is damaged: the store's own
  :class:`~reciprocity_desktop.store.errors.StoreDamaged`, so a migration or a sync import refuses it as the
  check at open does); one that fails later is not *sound*: it never counts as a good
  copy and cannot be restored;
- is thinned (:func:`thin`): every backup of the last 24 hours, then the newest sound one of each of the last 7
  days, 4 weeks and 12 months that have backups; a copy that is not sound goes after 7 days. The newest sound
  backup is never deleted, so a run of backups of a damaged store never rotates the last good copy away.

File → Backup… writes ``<store> backup <date> <time>.sqlite3`` (another name): those are listed and checked too,
but never thinned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reciprocity_desktop.fileio import atomic_path, atomic_write, fsync_folder
from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.store.errors import StoreDamaged

#: How many of each kind of period thinning keeps (the newest sound backup in each).
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
#: Kept for the callers of the former keep-the-last-five rotation: the daily rule's count.
KEEP_BACKUPS = KEEP_DAILY
#: Backups this young are all kept, whatever the periods say (two sync imports on one day: both stay).
KEEP_ALL_WITHIN = dt.timedelta(hours=24)
#: A backup that is not sound is kept this long (to look at), then thinned.
KEEP_UNSOUND = dt.timedelta(days=7)

SIDECAR_SUFFIX = ".check"
_STAMP = "%Y%m%d-%H%M%S-%f"
_MANUAL = re.compile(r" backup (\d{4}-\d{2}-\d{2} \d{4})")
_LEFTOVER = re.compile(r"^\..+\.(\d+)-[0-9a-f]{8}\.part$")


class BackupError(Exception):
    """A backup cannot be made, checked or restored; told in one plain sentence. Nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of a store, as ``backups list`` shows it."""

    path: Path
    created: dt.datetime
    reason: str
    bytes: int
    sound: bool
    managed: bool = True  # an automatic backup (thinned); False: made with File → Backup…

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "bytes": self.bytes,
            "sound": self.sound,
        }


# -- copying and checking -----------------------------------------------------------------------------------


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of a store (WAL content included) through SQLite's backup API.

    Written through :func:`~reciprocity_desktop.fileio.atomic_path` (a temporary file beside
    ``target``, synced and renamed), so a failed copy leaves no half file. The copy is one file in
    rollback-journal mode (no ``-wal`` beside it), whatever the store's own journal mode.
    """
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(f"There is no store at {source} to copy.")
    source_db = sqlite3.connect(str(source), timeout=5)
    try:
        with atomic_path(target) as temp:
            dest = sqlite3.connect(str(temp))
            try:
                source_db.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            except (UnicodeDecodeError, ValueError) as exc:  # a damaged header can fail this way, not as sqlite3.Error
                raise sqlite3.DatabaseError(f"{source} is damaged: {exc}") from exc
            finally:
                dest.close()
    finally:
        source_db.close()
    return target


#: What reading a damaged file can raise: besides SQLite's errors, a damaged header or text encoding ends
#: in Python's decoding of a pragma's text (``UnicodeDecodeError``) or a ``ValueError``.
UNREADABLE = (sqlite3.Error, UnicodeDecodeError, ValueError)


def integrity_ok(path: Path) -> bool:
    """True when ``path`` is an SQLite database whose full ``PRAGMA integrity_check`` says ok."""
    try:
        connection = _connect_read_only(path)
    except UNREADABLE:
        return False
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        return rows == [("ok",)]
    except UNREADABLE:
        return False
    finally:
        connection.close()


def _sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def _fingerprint(backup: Path) -> tuple[int, int]:
    stat = backup.stat()
    return stat.st_size, stat.st_mtime_ns


def check_backup(backup: Path) -> bool:
    """Run the full integrity check of ``backup`` and note the result in its sidecar; True when sound."""
    sound = integrity_ok(backup)
    size, mtime = _fingerprint(backup)
    with contextlib.suppress(OSError), atomic_write(_sidecar(backup), "w", encoding="utf-8") as handle:
        json.dump({"sound": sound, "bytes": size, "mtime_ns": mtime}, handle)
    return sound


def is_sound(backup: Path) -> bool:
    """Whether ``backup`` passed its integrity check, from its sidecar while the file is unchanged since;
    checked (again) when there is no sidecar or the file changed."""
    try:
        noted = json.loads(_sidecar(backup).read_text(encoding="utf-8"))
        if (noted["bytes"], noted["mtime_ns"]) == _fingerprint(backup):
            return bool(noted["sound"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        return check_backup(backup)
    except OSError:
        return False


# -- the backups folder ------------------------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(store_path: Path) -> list[Path]:
    """Remove the temporary ``.part`` files of backups whose process is gone (killed mid-copy). Returns them."""
    folder = backup_dir_for(Path(store_path))
    removed = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        match = _LEFTOVER.match(entry.name)
        if match and not _pid_alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def _parse(store_path: Path, path: Path) -> tuple[dt.datetime, str, bool] | None:
    """(created, reason, managed) from a backup's name, or None when it is no backup of this store."""
    stem, suffix = store_path.stem, store_path.suffix
    name = path.name
    if not name.endswith(suffix) or not name.startswith(stem):
        return None
    rest = name[len(stem) : len(name) - len(suffix)] if suffix else name[len(stem) :]
    if rest.startswith("-"):
        parts = rest[1:].split("-", 3)
        if len(parts) == 4:
            with contextlib.suppress(ValueError):
                return dt.datetime.strptime("-".join(parts[:3]), _STAMP), parts[3], True
    match = _MANUAL.fullmatch(rest)
    if match:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(match.group(1), "%Y-%m-%d %H%M"), "manual", False
    return None


def _backup_paths(store_path: Path) -> list[tuple[Path, dt.datetime, str, bool]]:
    folder = backup_dir_for(store_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        if entry.name.startswith(".") or not entry.is_file():
            continue
        parsed = _parse(store_path, entry)
        if parsed is not None:
            found.append((entry, *parsed))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def created_of(store_path: Path, backup: Path) -> dt.datetime:
    """When ``backup`` was made: from its name, else the file's time."""
    parsed = _parse(Path(store_path), Path(backup))
    return parsed[0] if parsed else dt.datetime.fromtimestamp(Path(backup).stat().st_mtime)


def list_backups(store_path: Path) -> list[BackupInfo]:
    """The store's backups, newest first (a backup not checked yet, or changed since, is checked now)."""
    store_path = Path(store_path)
    infos = []
    for path, created, reason, managed in _backup_paths(store_path):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        infos.append(BackupInfo(path, created, reason, size, is_sound(path), managed))
    return infos


def newest_sound_backup(store_path: Path) -> Path | None:
    """The newest backup of the store that passes its integrity check, or None."""
    for path, _created, _reason, _managed in _backup_paths(Path(store_path)):
        if is_sound(path):
            return path
    return None


def damaged(store_path: Path) -> StoreDamaged:
    """The refusal of the damaged store at ``store_path``, naming its newest sound backup (looked up now)."""
    try:
        backup = newest_sound_backup(store_path)
    except (OSError, sqlite3.Error):
        backup = None
    return StoreDamaged(Path(store_path), backup)


def _remove(backup: Path) -> None:
    backup.unlink(missing_ok=True)
    _sidecar(backup).unlink(missing_ok=True)


def to_keep(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """The backups thinning keeps (see the module's description)."""
    infos = sorted(backups, key=lambda info: (info.created, info.path.name), reverse=True)
    keep = {info.path for info in infos if not info.managed or now - info.created < KEEP_ALL_WITHIN}
    keep |= {info.path for info in infos if not info.sound and now - info.created < KEEP_UNSOUND}
    sound = [info for info in infos if info.sound]
    if sound:
        keep.add(sound[0].path)  # the newest sound backup, always
    periods = (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for count, period in periods:
        seen: set[object] = set()
        for info in sound:
            key = period(info.created)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(info.path)
    return keep


def thin(store_path: Path, now: dt.datetime | None = None, protect: Iterable[Path] = ()) -> list[Path]:
    """Delete the automatic backups :func:`to_keep` does not keep (never one in ``protect``). Returns them."""
    now = now or dt.datetime.now()
    infos = [info for info in list_backups(store_path) if info.managed]
    keep = to_keep(infos, now) | {Path(p) for p in protect}
    removed = [info.path for info in infos if info.path not in keep]
    for path in removed:
        _remove(path)
    if removed:
        fsync_folder(backup_dir_for(Path(store_path)))
    return removed


def backup_file(
    path: Path, reason: str, *, now: dt.datetime | None = None, protect: Iterable[Path] = ()
) -> Path:
    """Copy the store into its backups folder, check the copy, thin the folder. Returns the copy's path.

    A copy that fails its integrity check is removed again and the store refused as damaged
    (:class:`~reciprocity_desktop.store.errors.StoreDamaged`, naming its newest sound backup): a damaged store
    is never backed up. A backup that fails its check later (changed on disk) is marked not sound.
    """
    path = Path(path)
    now = now or dt.datetime.now()
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path)
    target = folder / f"{path.stem}-{now.strftime(_STAMP)}-{reason}{path.suffix}"
    copy_store(path, target)
    if not check_backup(target):  # a damaged store is never backed up: its copy would only push good ones out
        _remove(target)
        raise damaged(path)
    thin(path, now, protect=(target, *protect))
    return target


def backed_up_today(store_path: Path, today: dt.date | None = None) -> bool:
    """True when the store has a sound automatic backup made today."""
    today = today or dt.date.today()
    return any(
        managed and created.date() == today and is_sound(path)
        for path, created, _reason, managed in _backup_paths(Path(store_path))
    )


def daily_backup_if_due(store_path: Path, now: dt.datetime | None = None) -> Path | None:
    """The day's backup, on the first open of a day (after the store opened, so after its check at open).

    Returns the new backup, or None when the day has one already, there is no store file yet, or the copy
    cannot be written (a full disk must not keep the store from opening; nothing half is left).
    """
    store_path = Path(store_path)
    now = now or dt.datetime.now()
    try:
        if not store_path.is_file() or store_path.stat().st_size == 0 or backed_up_today(store_path, now.date()):
            return None
        return backup_file(store_path, "daily", now=now)
    except (OSError, sqlite3.Error, BackupError, StoreDamaged):
        return None


#: The stores whose day's backup waits for :func:`start_deferred_daily_backups` (None: none waits, it runs
#: at once). The window defers it until its first page has painted: the copy and the full check of an
#: office-sized store take many seconds.
_deferred: list[Path] | None = None


def defer_daily_backups() -> None:
    """From now on, :func:`with_daily_backup` notes the store instead of backing it up at once."""
    global _deferred
    if _deferred is None:
        _deferred = []


def start_deferred_daily_backups() -> threading.Thread | None:
    """Back up the noted stores in a background thread (daemon: a window closed meanwhile leaves at most a
    ``.part`` file, removed by the next backup). Later opens back up at once again. Returns the thread."""
    global _deferred
    due, _deferred = _deferred or [], None
    if not due:
        return None
    thread = threading.Thread(
        target=lambda: [daily_backup_if_due(path) for path in due], name="daily-backup", daemon=True
    )
    thread.start()
    return thread


def stop_deferring_daily_backups() -> None:
    """Opens back up at once again; a noted store whose window closed before its first paint is left for
    its next open (the window's run ends with this, so no deferral outlives it)."""
    global _deferred
    _deferred = None


def with_daily_backup(open_store):
    """Wrap ``open_store``: the store it opened gets its day's backup (see :func:`daily_backup_if_due`)."""

    def opened(path, *args, **kwargs):
        existed = Path(path).expanduser().is_file()  # a store made by this open has nothing to back up yet
        store = open_store(path, *args, **kwargs)
        if getattr(store, "scratch", False):  # thrown away after one action: never backed up
            return store
        if existed and _deferred is not None:
            _deferred.append(store.path)
        elif existed:
            daily_backup_if_due(store.path)
        return store

    opened.__doc__ = open_store.__doc__
    opened.__wrapped__ = open_store  # type: ignore[attr-defined]
    return opened


# -- restoring --------------------------------------------------------------------------------------------


def _keep_aside(store_path: Path, protect: Path) -> Path | None:
    """The current store as a ``before-restore`` backup (a plain copy of the file when SQLite cannot read it)."""
    if not store_path.is_file():
        return None
    try:
        return backup_file(store_path, "before-restore", protect=(protect,))
    except (sqlite3.Error, StoreDamaged):  # a damaged store: keep its bytes as they are (not sound)
        folder = backup_dir_for(store_path)
        target = folder / f"{store_path.stem}-{dt.datetime.now().strftime(_STAMP)}-before-restore{store_path.suffix}"
        with atomic_write(target, "wb") as handle, open(store_path, "rb") as source:
            while chunk := source.read(1 << 20):
                handle.write(chunk)
        check_backup(target)
        return target


def restore_backup(store_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in the store's place. Returns the copy of the store kept aside first.

    The backup's integrity is checked first (a damaged one is refused, nothing changes); the current store is
    then kept aside as a ``before-restore`` backup, and the backup is written into the store through SQLite's
    backup API, in one transaction: killed halfway, the store is as it was before. None is returned only when
    there was no store file to keep aside. An open window must reopen the store afterwards.
    """
    store_path, backup = Path(store_path), Path(backup)
    if not backup.is_file():
        raise BackupError(f"There is no backup {backup}.")
    if not integrity_ok(backup):
        raise BackupError(f"The backup {backup} is damaged (its integrity check failed); nothing was restored.")
    aside = _keep_aside(store_path, backup)
    source = _connect_read_only(backup)
    try:
        try:
            dest = sqlite3.connect(str(store_path))
            try:
                dest.execute("PRAGMA busy_timeout=5000")
                source.backup(dest)
            finally:
                dest.close()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise BackupError(f"The store {store_path} is in use; close the program and try again.") from exc
            _replace_file(source, store_path)  # the store itself is damaged: a new file in its place
    finally:
        source.close()
    return aside


def _replace_file(source: sqlite3.Connection, store_path: Path) -> None:
    for extra in ("-wal", "-shm", "-journal"):
        Path(f"{store_path}{extra}").unlink(missing_ok=True)
    with atomic_path(store_path) as temp:
        dest = sqlite3.connect(str(temp))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        finally:
            dest.close()


# -- erasing a person ---------------------------------------------------------------------------------------

#: The contact's columns a person's erasure empties (services/contacts.py ``delete_contact``), and their keys.
_ERASED_CONTACT_COLUMNS = ("name", "name_key", "role", "phone", "email", "notes")


def _columns(connection: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


def erase_contact_in_file(path: Path, contact_id: str) -> bool:
    """Apply a person's erasure to one store file (a backup): the same fields emptied as in the store, the
    gifts no longer naming them, their prospect's search text without their name; then the freed space is
    overwritten (``secure_delete``; the search index merged), so no byte of them is left in the file.

    Plain SQL on the file's own schema (a backup may be of an older one). True when the person was in it.
    """
    from reciprocity_desktop.textutil import fold

    connection = sqlite3.connect(str(path), isolation_level=None, timeout=5)
    try:
        connection.execute("PRAGMA secure_delete=ON")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "contacts" not in tables:
            return False
        row = connection.execute("SELECT prospect_id FROM contacts WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            return False
        prospect_id = row[0]
        contact_columns = _columns(connection, "contacts")
        connection.execute("BEGIN IMMEDIATE")
        try:
            sets = [f"{name} = ''" for name in _ERASED_CONTACT_COLUMNS if name in contact_columns]
            sets += [f"{name} = 0" for name in ("is_decision_maker",) if name in contact_columns]
            sets += [f"{name} = 1" for name in ("deleted",) if name in contact_columns]
            connection.execute(f"UPDATE contacts SET {', '.join(sets)} WHERE id = ?", (contact_id,))
            if "gifts" in tables and "contact_id" in _columns(connection, "gifts"):
                connection.execute("UPDATE gifts SET contact_id = NULL WHERE contact_id = ?", (contact_id,))
            if "prospects" in tables and "search_text" in _columns(connection, "prospects"):
                prospect = connection.execute(
                    "SELECT name, city, postal_code FROM prospects WHERE id = ?", (prospect_id,)
                ).fetchone()
                if prospect is not None:
                    live = "AND deleted = 0" if "deleted" in contact_columns else ""
                    people = [r[0] for r in connection.execute(
                        f"SELECT name FROM contacts WHERE prospect_id = ? {live} ORDER BY rowid", (prospect_id,)
                    )]  # fmt: skip
                    text = fold(" ".join((prospect[0] or "", prospect[1] or "", prospect[2] or "", " ".join(people))))
                    connection.execute("UPDATE prospects SET search_text = ? WHERE id = ?", (text, prospect_id))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        if "prospects_fts" in tables:  # the index keeps deleted terms in old segments until they are merged
            connection.execute("INSERT INTO prospects_fts(prospects_fts) VALUES ('optimize')")
        # secure_delete has zeroed what the statements freed (old cells, freed pages); no VACUUM, whose
        # rewrite of an office-sized backup would cost many seconds for each backup file.
        return True
    finally:
        connection.close()


def erase_contact_in_backups(store_path: Path, contact_id: str) -> list[Path]:
    """Apply a person's erasure to every backup file of the store (automatic and File → Backup… ones).

    Each changed backup is checked again; a damaged one the erasure cannot be applied to is deleted (it could
    not be restored anyway). Returns the backups the person was erased from.
    """
    erased = []
    remove_leftovers(Path(store_path))
    for path, _created, _reason, _managed in _backup_paths(Path(store_path)):
        try:
            changed = erase_contact_in_file(path, contact_id)
        except sqlite3.DatabaseError:  # damaged: it cannot be restored, and it must not keep the person either
            _remove(path)
            erased.append(path)
            continue
        if changed:
            check_backup(path)
            erased.append(path)
    return erased
