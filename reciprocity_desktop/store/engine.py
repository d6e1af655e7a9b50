"""Opening a store: the SQLite engine, migrations, backups and the change-stamp hook.

``open_store(path)`` returns a :class:`Store`. It creates the file if needed, refuses a
store written by a newer version of the app, copies the file aside before migrating an
older one, and brings the schema to the current revision with Alembic.

Sessions come from :meth:`Store.session` (one transaction per unit of work). A
``before_flush`` hook stamps every new or changed record with ``updated_at`` and a
hybrid-logical-clock ``stamp`` and refreshes the prospects' search text and the lists' sort
keys (:mod:`~reciprocity_desktop.store.sort_keys`), so no caller has to remember to. Sync sets ``session.info["keep_stamps"] = True`` to write
records with the stamps they carried from another store.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reciprocity_desktop.fileio import atomic_path
from reciprocity_desktop.paths import backup_dir_for
from reciprocity_desktop.store.hlc import HybridLogicalClock, Stamp
from reciprocity_desktop.store.models import Meta, Record, utcnow
from reciprocity_desktop.store.search import refresh_touched
from reciprocity_desktop.store.sort_keys import KEY_COLUMNS, refresh_keys

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
KEEP_BACKUPS = 5


class StoreError(Exception):
    """A problem with the store file itself (locked, read-only, corrupt, too new), told plainly."""


if TYPE_CHECKING:
    from alembic.config import Config


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


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of a store (WAL content included) through SQLite's backup API.

    Written through :func:`~reciprocity_desktop.fileio.atomic_path` (a temporary file beside
    ``target``, synced and renamed), so a failed copy leaves no half file.
    """
    target = Path(target)
    source_db = sqlite3.connect(str(source))
    try:
        with atomic_path(target) as temp:
            dest = sqlite3.connect(str(temp))
            try:
                source_db.backup(dest)
            finally:
                dest.close()
    finally:
        source_db.close()
    return target


_ENVIRONMENT_WORDS = (
    "locked", "busy", "readonly", "read-only", "disk", "full", "i/o",
    "not a database", "malformed", "corrupt", "unable to open",
)  # fmt: skip


def is_environment_error(exc: BaseException) -> bool:
    """True for SQLite errors about the file or the machine (not about the SQL or the data)."""
    if isinstance(exc, IntegrityError):
        return False
    text = str(getattr(exc, "orig", exc)).lower()
    return any(word in text for word in _ENVIRONMENT_WORDS)


def backup_file(path: Path, reason: str) -> Path:
    """Copy the store aside into its backups folder, keeping the last few copies. Returns the copy's path."""
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = copy_store(path, folder / f"{path.stem}-{stamp}-{reason}{path.suffix}")
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


@contextlib.contextmanager
def told_plainly(path: Path) -> Iterator[None]:
    """A damaged, locked, read-only or full store found while working is a StoreError too."""
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        if not is_environment_error(exc):
            raise
        raise StoreError(explain_database_error(exc, path)) from exc


class Store:
    """An open store file: its engine, its sessions and its clock."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        with self._sessions.begin() as session:
            replica = session.get(Meta, "replica_id")
            if replica is None:
                replica = Meta(key="replica_id", value=uuid.uuid4().hex[:16])
                session.add(replica)
                session.add(Meta(key="store_name", value=path.stem))
            self.replica_id = replica.value
        self.clock = HybridLogicalClock(self.replica_id)
        event.listen(self._sessions, "before_flush", self._before_flush)

    # -- sessions -------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls everything back on any error."""
        with self._told_plainly(), self._sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries only."""
        with self._told_plainly(), self._sessions() as session:
            yield session

    def _told_plainly(self) -> contextlib.AbstractContextManager[None]:
        return told_plainly(self.path)

    def close(self) -> None:
        self.engine.dispose()

    # -- meta -------------------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        with self.read() as session:
            row = session.get(Meta, key)
            return row.value if row else default

    @property
    def name(self) -> str:
        return self.meta("store_name", self.path.stem)

    def backup(self, reason: str = "manual") -> Path:
        return backup_file(self.path, reason)

    # -- the stamping hook -------------------------------------------------------------------

    def _before_flush(self, session: Session, _context, _instances) -> None:
        # session.new / session.dirty build a fresh collection on every access: take them once.
        new = set(session.new)
        dirty = set(session.dirty)
        changed = [obj for obj in (*new, *dirty) if isinstance(obj, Record)]
        refresh_keys(changed)
        for prospect in refresh_touched(session, new, dirty):
            if prospect not in new and prospect not in dirty:
                changed.append(prospect)
        if session.info.get("keep_stamps"):
            return
        stamped = [obj for obj in changed if obj in new or _edited(obj)]
        if not stamped:
            return
        clock_row = session.get(Meta, "hlc")
        if clock_row is not None:
            with contextlib.suppress(ValueError):
                self.clock.observe(Stamp.parse(clock_row.value))
        now = utcnow()
        for obj in stamped:
            if obj in new and obj.created_at is None:
                obj.created_at = now
            obj.updated_at = now
            obj.stamp = str(self.clock.now())
        if clock_row is None:
            session.add(Meta(key="hlc", value=str(self.clock.last)))
        else:
            clock_row.value = str(self.clock.last)


_DERIVED_COLUMNS = frozenset({"search_text", "sort_name", "updated_at", "stamp", *KEY_COLUMNS})


def _edited(obj: Record) -> bool:
    """True when a column the user or sync cares about changed (not only derived ones)."""
    state = inspect(obj)
    return any(
        attr.key not in _DERIVED_COLUMNS and attr.history.has_changes()
        for attr in state.attrs
        if attr.key in state.mapper.columns
    )


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


def open_store(path: Path | str) -> Store:
    """Open (creating and migrating as needed) the store at ``path``."""
    path = Path(path).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"The folder for the store {path} cannot be created: {exc.strerror}.") from exc
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchall()
        current = _stored_revision(engine)
        if current is None or current != shipped_head():
            migrate(engine, path)
        store = Store(path, engine)
        with store.read() as session:
            session.scalars(select(Meta).limit(1)).all()
        return store
    except (OperationalError, DatabaseError, sqlite3.Error) as exc:
        engine.dispose()
        raise StoreError(explain_database_error(exc, path)) from exc
    except StoreError:
        engine.dispose()
        raise
