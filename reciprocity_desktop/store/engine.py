"""Opening a store: the schema check, migrations, backups, and the store's sessions and plain reads.

``open_store(path)`` returns a :class:`Store`. It creates the file if needed, refuses a
store written by a newer version of the app, copies the file aside before migrating an
older one, and brings the schema to the current revision with Alembic.

An up-to-date store (every start but the first after an update) opens with one query on a plain
``sqlite3`` connection: the stored revision against the head named in the migration files, and the
replica id. Neither SQLAlchemy nor Alembic is imported for it; the SQLAlchemy side
(:mod:`~reciprocity_desktop.store.sessions`: the engine, the sessions, the change-stamp hook) is built
the first time the store's :attr:`~Store.engine` or a session is asked for, so the window paints its
first page on :meth:`Store.cursor` reads alone.

Sessions come from :meth:`Store.session` (one transaction per unit of work). A
``before_flush`` hook (:func:`~reciprocity_desktop.store.sessions.stamp_changes`) stamps every new or
changed record and refreshes the prospects' search text and the lists' sort keys, so no caller has to
remember to. Sync sets ``session.info["keep_stamps"] = True`` to write records with the stamps they
carried from another store.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reciprocity_desktop.paths import backup_dir_for, migrations_dir
from reciprocity_desktop.store import check_record, identity
from reciprocity_desktop.store.backups import (  # noqa: F401 - offered here too
    KEEP_BACKUPS,
    backup_file,
    copy_store,
    damaged,
    with_daily_backup,
)
from reciprocity_desktop.store.errors import (  # noqa: F401 - offered here too
    StoreDamaged,
    StoreError,
    StoreReadOnly,
    database_error,
    explain_database_error,
    is_damage,
    is_database_error,
    is_environment_error,
)
from reciprocity_desktop.store.hlc import MAX_LEAD_MS, HybridLogicalClock

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = migrations_dir()  # found like every shipped file (paths.py): installed, source or frozen


def writable(path: Path) -> bool:
    """Whether the store at ``path`` may be written: the file (when it exists) and its folder.

    ``os.access`` answers for the running user (root may write almost anything; a read-only mount
    refuses even root).
    """
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def check_store(path: Path, *, read_only: bool = False) -> None:
    """``PRAGMA quick_check`` of the store file: raises :class:`StoreDamaged` unless it answers ``ok``.

    Read through a connection of its own that writes nothing (``mode=ro``, ``query_only``); a locked or
    unopenable file is a plain :class:`StoreError`. On the office-sized store (100,000 prospects,
    1.1 GB) it costs about 2 s of CPU, so the window runs it right after its first paint, off the GUI
    thread, and holds every write until it has passed (:meth:`Store.verify`); the command line runs it
    before a command acts.

    Skipped while the store file and its ``-wal`` are exactly as they were when a check passed, at most a day
    ago (:mod:`~reciprocity_desktop.store.check_record`); a passed check is recorded.
    """
    if check_record.still_sound(path):
        return
    before = check_record.state(path)
    began = time.time_ns()
    try:
        connection = _plain_connection(path, reading=True, read_only=True, immutable=read_only)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError) as exc:
        check_record.forget(path)
        if is_damage(exc):
            raise damaged(path) from exc
        raise database_error(exc, path) from exc
    if rows != [("ok",)]:
        check_record.forget(path)
        raise damaged(path)
    check_record.remember(path, before, began)


@contextlib.contextmanager
def told_plainly(path: Path) -> Iterator[None]:
    """A damaged, locked, read-only or full store found while working is a StoreError too (a damaged one
    names its newest sound backup: :func:`~reciprocity_desktop.store.backups.damaged`)."""
    try:
        yield
    except Exception as exc:
        if not (is_database_error(exc) and is_environment_error(exc)):
            raise
        if is_damage(exc):
            raise damaged(path) from exc
        raise database_error(exc, path) from exc


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"^revision\s*(?::[^=]+)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]+)?=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def shipped_head() -> str | None:
    """The head revision read straight from the migration files, without importing Alembic.

    Opening an up-to-date store (every start of the window or the CLI) then costs one small
    query instead of Alembic's half-second import. None when the files do not name one head.
    """
    return _head_in(MIGRATIONS_DIR)


@cache
def _head_in(migrations_dir: Path) -> str | None:
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_dir / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(text))
        parents.update(_DOWN_REVISION.findall(text))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


# Why one connection writes. SQLite before 3.51.3 (2026-03-13; backports 3.44.6 and 3.50.7) has the
# WAL-reset bug (https://sqlite.org/wal.html#walresetbug, present since WAL came in 3.7.0): when two
# connections to one WAL file write or checkpoint at the same moment, a checkpoint can miss that another
# connection's commit reset the WAL, and a later checkpoint then skips part of a transaction, which
# corrupts the file or loses committed writes. The SQLite in Python 3.11 (``sqlite3.sqlite_version``:
# 3.40.1 in the project's venv) predates the fix, so a store is written through its one engine, one
# session (one transaction, BEGIN … COMMIT) at a time; every other connection of this program is a
# reader (``query_only``: :meth:`Store.cursor`, :func:`check_store`) and never checkpoints a write of
# its own. A command line writing while the window is open is a second writer in another process: rare
# (a user does not type in both at once), and the busy timeout makes one wait for the other.
def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _reader_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    """The pragmas of a read-only store's connections: nothing that writes (not even the journal mode).

    Not ``query_only``: the file is opened ``mode=ro`` already, and the reports' TEMP tables must be made.
    """
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _uri(path: Path, *, read_only: bool, immutable: bool = False) -> str:
    """The SQLite URI of the store file; ``read_only``: opened ``mode=ro`` (SQLite writes nothing to it).

    ``immutable``: for a store whose folder may not be written, when SQLite could not create the
    ``-shm`` file a reader of a WAL store needs (only when no ``-wal`` file is left beside it).
    """
    uri = Path(os.path.abspath(path)).as_uri()
    if not read_only:
        return uri
    if immutable and not Path(f"{path}-wal").exists() and not os.access(path.parent, os.W_OK):
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro"


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A DB-API connection to the store file (the creator of the store's SQLAlchemy engine too)."""
    return sqlite3.connect(
        _uri(path, read_only=read_only, immutable=read_only),
        uri=True,
        isolation_level=None if read_only else "",
        check_same_thread=False,
    )


def _plain_connection(
    path: Path, *, reading: bool = False, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection to the store (autocommit: transactions are begun by hand).

    With the pragmas of the store's engine; ``reading``: only those a reader needs (the journal mode
    is the file's own, kept by the connection that opened the store) and ``query_only``;
    ``read_only``: opened ``mode=ro`` (see :func:`_uri`).
    """
    connection = sqlite3.connect(
        _uri(path, read_only=read_only, immutable=immutable),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        if reading or read_only:
            connection.execute("PRAGMA busy_timeout=5000")
            connection.execute("PRAGMA query_only=ON")
        else:
            _set_sqlite_pragmas(connection, None)
    except BaseException:
        connection.close()
        raise
    return connection


class Store:
    """An open store file: its clock, its plain reads, and (built when first asked for) its engine and sessions."""

    def __init__(
        self,
        path: Path,
        engine: Engine | None = None,
        *,
        replica_id: str | None = None,
        read_only: bool = False,
        checked: bool = False,
        scratch: bool = False,
    ) -> None:
        """``replica_id`` as read when the store was opened; without one, it is read (or made) through ``engine``.

        ``read_only``: the file or its folder may not be written; reads work, a write raises
        :class:`StoreReadOnly`. ``checked``: its ``quick_check`` has passed already (else :meth:`verify`
        runs it before the first write or backup). ``scratch``: a file the program wrote a moment ago and
        throws away after one action (an office hub's copy, ``sync/hub_staging.py``): it is never checked
        and :meth:`backup` writes nothing.
        """
        self.path = path
        self.read_only = read_only
        self.scratch = scratch
        self._engine = engine
        self._verifying = threading.Lock()
        self._checked = checked or scratch
        self._damage: StoreDamaged | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._building = threading.Lock()  # the engine is built once, whichever thread asks first
        if replica_id is None:
            from reciprocity_desktop.store import sessions

            replica_id = sessions.replica_of(self.engine, path)
        self.replica_id = replica_id
        self.clock = HybridLogicalClock(replica_id, max_lead_ms=MAX_LEAD_MS)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (SQLAlchemy is imported, and the engine built, the first time it is asked for)."""
        if self._engine is None:
            with self._building:
                if self._engine is None:
                    from reciprocity_desktop.store import sessions

                    if self.read_only:
                        path = self.path
                        self._engine = sessions.new_engine(
                            path, _reader_pragmas, lambda: connect(path, read_only=True)
                        )
                    else:
                        self._engine = sessions.new_engine(self.path, _set_sqlite_pragmas)
        return self._engine

    # -- the check at open ----------------------------------------------------------------------

    def verify(self) -> None:
        """The store's ``quick_check`` (:func:`check_store`), run once: raises :class:`StoreDamaged` if it fails.

        The window calls it off the GUI thread right after its first paint; every write and backup calls it
        first, so a write waits until the check has passed (and a damaged store is never written).
        """
        with self._verifying:
            if not self._checked:
                try:
                    check_store(self.path, read_only=self.read_only)
                except StoreDamaged as damage:
                    self._damage = damage
                self._checked = True
        if self._damage is not None:
            raise self._damage

    @property
    def damage(self) -> StoreDamaged | None:
        """The damage :meth:`verify` found (None while unchecked or sound)."""
        return self._damage

    def _before_write(self) -> None:
        if self.read_only:
            raise StoreReadOnly(self.path)
        self.verify()

    def _sessionmaker(self) -> sessionmaker[Session]:
        if self._sessions is None:
            engine = self.engine
            with self._building:
                if self._sessions is None:
                    from reciprocity_desktop.store import sessions

                    self._sessions = sessions.new_sessions(engine, self.clock)
        return self._sessions

    def prepare(self) -> None:
        """Build the SQLAlchemy side now (its import, the engine, the sessions, the mapped models), so that
        the first session needs none of it: the window calls it off the GUI thread after its first paint."""
        self._sessionmaker()
        from sqlalchemy.orm import configure_mappers

        configure_mappers()

    # -- sessions -------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls everything back on any error.

        Not before the store's check has passed; never on a read-only or damaged store.
        """
        self._before_write()
        with self._told_plainly():
            sessions = self._sessionmaker()
            with sessions.begin() as session:
                yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only."""
        with self._told_plainly():
            sessions = self._sessionmaker()
            with sessions() as session:
                yield session

    @contextlib.contextmanager
    def cursor(self) -> Iterator[sqlite3.Cursor]:
        """A plain ``sqlite3`` cursor for a few reads in one transaction (one snapshot), without SQLAlchemy.

        On a connection of its own, opened for the block and closed after it (a few hundred microseconds),
        so any thread may use it; ``query_only``: nothing can be written through it. For the quick limited
        queries of what the window shows first (:mod:`~reciprocity_desktop.services.today`).
        """
        with self._told_plainly():
            connection = _plain_connection(
                self.path, reading=True, read_only=self.read_only, immutable=self.read_only
            )
            try:
                connection.execute("BEGIN")
                yield connection.cursor()
            finally:
                connection.close()  # ends the read transaction

    def _told_plainly(self) -> contextlib.AbstractContextManager[None]:
        return told_plainly(self.path)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    # -- meta -------------------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        with self.cursor() as cursor:
            row = cursor.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            return row[0] if row else default

    @property
    def name(self) -> str:
        return self.meta("store_name", self.path.stem)

    def backup(self, reason: str = "manual") -> Path | None:
        """A backup of the store into its backups folder: only once its check has passed (never of damage).

        None for a scratch file (see :class:`Store`): it is thrown away, a copy of it would be too."""
        if self.scratch:
            return None
        self.verify()
        return backup_file(self.path, reason)


def _current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    return bool(rows)


def migrate(engine: Engine, path: Path) -> Path | None:
    """Bring the schema to the head revision. Returns the backup taken, if any."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    current = _current_revision(engine)
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(
            f"The store {path} was written by a newer version of Reciprocity Desktop "
            f"(schema {current}). Install the newer version to open it; nothing was changed."
        )
    backup = backup_file(path, f"before-migration-{current or 'none'}") if _has_user_tables(engine) else None
    config = _alembic_config()
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        connection.commit()
        # Python's sqlite3 commits DDL statements on its own, so a migration failing halfway
        # would leave a half-changed schema that the next open cannot migrate again. Issue
        # BEGIN ourselves so that the whole upgrade (DDL included) is one transaction.
        dbapi_connection = connection.connection.driver_connection
        dbapi_connection.isolation_level = None
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            dbapi_connection.isolation_level = ""
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
    return backup


def _replica_at_head(path: Path, *, read_only: bool = False) -> tuple[str | None, str | None]:
    """The replica id of an up-to-date store and the file identity it holds (:mod:`.identity`), from one
    query on a plain connection (no SQLAlchemy, no Alembic).

    No replica id when the store needs the full open: a new or empty file, a schema older or newer than the
    head named in the migration files, or no replica id yet.
    """
    head = shipped_head()
    if head is None:
        return None, None
    connection = _plain_connection(path, read_only=read_only, immutable=read_only)
    try:
        row = connection.execute(
            "SELECT (SELECT version_num FROM alembic_version),"
            " (SELECT value FROM meta WHERE key = 'replica_id'),"
            f" (SELECT value FROM meta WHERE key = '{identity.IDENTITY_KEY}')"
        ).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc).lower():
            return None, None
        raise
    finally:
        connection.close()
    return (row[1] if row[0] == head and row[1] else None), row[2]


def _confirmed(path: Path, replica_id: str, stored_identity: str | None) -> str:
    """The replica id a writable store writes under: a new one if the file is a copy (:mod:`.identity`)."""
    if stored_identity is not None and stored_identity == identity.file_identity(path):
        return replica_id
    connection = _plain_connection(path)
    try:
        return identity.confirm(connection, path, replica_id, stored_identity)
    finally:
        connection.close()


def _has_backups(path: Path) -> bool:
    folder = backup_dir_for(path)
    return folder.is_dir() and any(folder.glob(f"{path.stem}-*{path.suffix}"))


def open_store(path: Path | str, *, check: bool = True, scratch: bool = False) -> Store:
    """Open (creating and migrating as needed) the store at ``path``.

    ``check``: run its ``quick_check`` now (the command line, before a command acts). The window opens
    with ``check=False`` and runs it right after its first paint (:meth:`Store.verify`), holding writes
    until it has passed; a store that must be migrated is checked first either way (a migration writes a
    backup, and no backup of a damaged store may be written).

    Refused with :class:`StoreDamaged`: a damaged file, and an empty (0-byte) file beside backups of the
    store (it was truncated: its backups hold what it had). Only a missing file, or an empty one with no
    backups (nothing to lose and nothing to restore), starts a new store. A store whose file or folder may
    not be written opens read-only (:attr:`Store.read_only`). (``reciprocity_desktop.store.open_store``
    opens a ``postgresql://`` address as an office hub: :func:`reciprocity_desktop.store.hub.open_hub`.)

    ``scratch``: a file this program wrote a moment ago and throws away after one action (see
    :class:`Store`): opened without the check, the day's backup and backups before an import.
    """
    path = Path(path).expanduser()
    if path.is_file() and path.stat().st_size == 0 and _has_backups(path):
        raise damaged(path)
    read_only = path.exists() and not writable(path)
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"The folder for the store {path} cannot be created: {exc.strerror}.") from exc
    has_content = path.is_file() and path.stat().st_size > 0
    try:
        if check and has_content and not scratch:
            check_store(path, read_only=read_only)
        replica_id, stored_identity = _replica_at_head(path, read_only=read_only)
        if replica_id is not None and not read_only:  # a copy takes a new replica id before it writes
            replica_id = _confirmed(path, replica_id, stored_identity)
    except (sqlite3.Error, UnicodeDecodeError, ValueError) as exc:
        if is_damage(exc):
            raise damaged(path) from exc
        raise database_error(exc, path) from exc
    if replica_id is not None:
        return Store(
            path, replica_id=replica_id, read_only=read_only, checked=check or not has_content, scratch=scratch
        )
    if read_only:
        raise StoreError(
            f"The store {path} is read-only (its file or folder may not be written) and must first be "
            "updated by this version: make it writable once and open it again."
        )
    if has_content and not check and not scratch:
        check_store(path)
    return _open_and_migrate(path)


def _open_and_migrate(path: Path) -> Store:
    """The full open through SQLAlchemy: check the file, migrate it to the head (with a backup first)."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    from reciprocity_desktop.store import sessions

    engine = sessions.new_engine(path, _set_sqlite_pragmas)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
        current = _stored_revision(engine)
        if current is None or current != shipped_head():
            migrate(engine, path)
        store = Store(path, engine, checked=True)  # reads (or makes) the replica id through the engine
        store.replica_id = _confirmed(path, store.replica_id, None)
        store.clock.replica_id = store.replica_id
        return store
    except (OperationalError, DatabaseError, sqlite3.Error, UnicodeDecodeError, ValueError) as exc:
        engine.dispose()
        if is_damage(exc):
            raise damaged(path) from exc
        raise database_error(exc, path) from exc
    except StoreError:
        engine.dispose()
        raise
open_store = with_daily_backup(open_store)  # the day's backup, once the store has opened (and passed its check)
