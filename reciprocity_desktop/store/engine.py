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
import re
import sqlite3
import sys
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reciprocity_desktop.paths import backup_dir_for, migrations_dir
from reciprocity_desktop.store.backups import KEEP_BACKUPS, backup_file, copy_store, with_daily_backup  # noqa: F401 - offered here too
from reciprocity_desktop.store.hlc import HybridLogicalClock

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = migrations_dir()  # found like every shipped file (paths.py): installed, source or frozen


class StoreError(Exception):
    """A problem with the store file itself (locked, read-only, corrupt, too new), told plainly."""


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


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def explain_database_error(exc: BaseException, path: Path) -> str:
    """Turn an environment error from SQLite into one plain sentence."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return f"The store {path} is in use by another program. Close it and try again."
    if "readonly" in text or "read-only" in text:
        return f"The store {path} cannot be written (read-only file or folder)."
    if "disk" in text and ("full" in text or "i/o" in text):
        return f"The disk holding {path} is full or failing; free some space and try again."
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"The file {path} is not a Reciprocity store or it is damaged. Restore a backup from {backup_dir_for(path)}."
    if "unable to open" in text:
        return f"The store {path} cannot be opened (does the folder exist and may it be written?)."
    return f"The store {path} could not be used: {getattr(exc, 'orig', exc)}"


_ENVIRONMENT_WORDS = (
    "locked", "busy", "readonly", "read-only", "disk", "full", "i/o",
    "not a database", "malformed", "corrupt", "unable to open",
)  # fmt: skip


def is_environment_error(exc: BaseException) -> bool:
    """True for SQLite errors about the file or the machine (not about the SQL or the data)."""
    if isinstance(exc, sqlite3.IntegrityError) or isinstance(
        getattr(exc, "orig", None), sqlite3.IntegrityError
    ):
        return False
    text = str(getattr(exc, "orig", exc)).lower()
    return any(word in text for word in _ENVIRONMENT_WORDS)


def _is_database_error(exc: BaseException) -> bool:
    """An error of SQLite: raised by ``sqlite3`` itself, or wrapped by SQLAlchemy (once it is loaded)."""
    if isinstance(exc, sqlite3.DatabaseError):
        return True
    wrapped = sys.modules.get("sqlalchemy.exc")  # no SQLAlchemy error exists before it is imported
    return wrapped is not None and isinstance(exc, (wrapped.OperationalError, wrapped.DatabaseError))


@contextlib.contextmanager
def told_plainly(path: Path) -> Iterator[None]:
    """A damaged, locked, read-only or full store found while working is a StoreError too."""
    try:
        yield
    except Exception as exc:
        if not (_is_database_error(exc) and is_environment_error(exc)):
            raise
        raise StoreError(explain_database_error(exc, path)) from exc


def _plain_connection(path: Path, *, reading: bool = False) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection to the store (autocommit: transactions are begun by hand).

    With the pragmas of the store's engine; ``reading``: only those a reader needs (the journal mode
    is the file's own, kept by the connection that opened the store) and ``query_only``.
    """
    connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if reading:
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

    def __init__(self, path: Path, engine: Engine | None = None, *, replica_id: str | None = None) -> None:
        """``replica_id`` as read when the store was opened; without one, it is read (or made) through ``engine``."""
        self.path = path
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._building = threading.Lock()  # the engine is built once, whichever thread asks first
        if replica_id is None:
            from reciprocity_desktop.store import sessions

            replica_id = sessions.replica_of(self.engine, path)
        self.replica_id = replica_id
        self.clock = HybridLogicalClock(replica_id)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (SQLAlchemy is imported, and the engine built, the first time it is asked for)."""
        if self._engine is None:
            with self._building:
                if self._engine is None:
                    from reciprocity_desktop.store import sessions

                    self._engine = sessions.new_engine(self.path, _set_sqlite_pragmas)
        return self._engine

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
        """One unit of work: commits at the end, rolls everything back on any error."""
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
            connection = _plain_connection(self.path, reading=True)
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

    def backup(self, reason: str = "manual") -> Path:
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


def _replica_at_head(path: Path) -> str | None:
    """The replica id of an up-to-date store, from one query on a plain connection (no SQLAlchemy, no Alembic).

    None when the store needs the full open: a new or empty file, a schema older or newer than the head
    named in the migration files, or no replica id yet.
    """
    head = shipped_head()
    if head is None:
        return None
    connection = _plain_connection(path)
    try:
        row = connection.execute(
            "SELECT (SELECT version_num FROM alembic_version),"
            " (SELECT value FROM meta WHERE key = 'replica_id')"
        ).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc).lower():
            return None
        raise
    finally:
        connection.close()
    return row[1] if row[0] == head and row[1] else None


def open_store(path: Path | str) -> Store:
    """Open (creating and migrating as needed) the store at ``path``."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"The folder for the store {path} cannot be created: {exc.strerror}.") from exc
    try:
        replica_id = _replica_at_head(path)
    except sqlite3.Error as exc:
        raise StoreError(explain_database_error(exc, path)) from exc
    if replica_id is not None:
        return Store(path, replica_id=replica_id)
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
        return Store(path, engine)  # reads (or makes) the replica id through the engine
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        engine.dispose()
        raise StoreError(explain_database_error(exc, path)) from exc
    except StoreError:
        engine.dispose()
        raise
open_store = with_daily_backup(open_store)  # the day's backup, once the store has opened (and passed its check)
