"""An office hub: the same models and migrations on a PostgreSQL server (``postgresql://USER@HOST[:PORT]/DB``).

:func:`open_hub` connects with psycopg 3 (the optional extra ``pip install ".[hub]"``), brings the
database to the head revision with Alembic (in one transaction, under an advisory lock, so two clients
opening a new hub at once do not both migrate it) and returns a :class:`HubStore`: a
:class:`~reciprocity_desktop.store.engine.Store` whose sessions are the server's. What belongs to a
store *file* is not there: no pragmas, no ``quick_check`` (the server keeps its own pages sound), no
backup copies (the server's are ``pg_dump``'s); its plain reads (:meth:`HubStore.cursor`) are the
store file's SQL said in PostgreSQL's words.

An unreachable server, a refused login, missing rights or a missing database are each one plain
sentence (:class:`HubUnreachable`, :class:`HubLoginRefused`, :class:`HubNoRights`,
:class:`HubNoDatabase`); the address they name never holds the password.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reciprocity_desktop.i18n import QT_TRANSLATE_NOOP
from reciprocity_desktop.paths import url_scheme
from reciprocity_desktop.store.engine import Store, StoreError, _alembic_config

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine
    from sqlalchemy.orm import Session

    from reciprocity_desktop.store.portable import PlainCursor

#: Seconds to wait for the server before calling it unreachable.
CONNECT_TIMEOUT = 10
#: The advisory lock two clients take to migrate one hub in turn (any fixed number; "RCPR").
_MIGRATION_LOCK = 0x52435052


def is_hub_address(value: object) -> bool:
    """True for ``postgresql://…``, ``postgres://…`` and ``postgresql+psycopg://…``."""
    scheme = url_scheme(value) if isinstance(value, str) else None
    return scheme is not None and scheme.lower() in {"postgresql", "postgres", "postgresql+psycopg"}


class HubError(StoreError):
    """A hub that cannot be used, said in one sentence naming its address without the password."""

    TEMPLATE = ""

    def __init__(self, address: str, reason: str = "") -> None:
        self.address = address
        params = {"address": address, "reason": reason}
        super().__init__(self.TEMPLATE.format(**params), template=self.TEMPLATE, params=params)


class HubUnreachable(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store",
        "The office hub {address} cannot be reached (is the server running, and are the host and port right?).",
    )


class HubLoginRefused(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store", "The office hub {address} refused the login: the user name or the password is wrong."
    )


class HubNoRights(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store",
        "The user of the office hub {address} lacks the rights it needs (to connect, or to create and change "
        "the tables); ask the hub's administrator.",
    )


class HubNoDatabase(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store", "The office hub {address} has no such database; ask the hub's administrator to create it."
    )


class HubNotUsable(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP("Store", "The office hub {address} could not be used: {reason}")


class HubBadAddress(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store",
        "{address} is not an office hub's address: write it postgresql://USER@HOST[:PORT]/DATABASE "
        "(a password's special characters percent-encoded).",
    )


class HubTooNew(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store",
        "The office hub {address} was written by a newer version of Reciprocity Desktop (schema {reason}); "
        "install the newer version to use it. Nothing was changed.",
    )


class HubNoFileBackup(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store", "The office hub {address} is backed up on its server (pg_dump), not by the app."
    )


class HubDriverMissing(HubError):
    TEMPLATE = QT_TRANSLATE_NOOP(
        "Store",
        "The office hub {address} needs the PostgreSQL driver, which is not installed "
        '(pip install "reciprocity-desktop[hub]").',
    )


def hub_url(address: str) -> URL:
    """The SQLAlchemy URL of ``address`` with the psycopg 3 driver (``postgres://`` and ``postgresql://`` too)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = address.strip()
    scheme = url_scheme(text) or ""
    try:
        url = make_url("postgresql+psycopg" + text[len(scheme) :])
    except (ArgumentError, ValueError) as exc:
        raise HubBadAddress(scheme + "://…") from exc
    if not url.database:
        raise HubBadAddress(shown(url))
    return url


def shown(url: URL) -> str:
    """The address to show: ``postgresql://USER@HOST:PORT/DB`` and its options, never the password."""
    from sqlalchemy.engine import URL

    bare = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)


def _reason(exc: BaseException, password: str | None) -> str:
    """The server's own first line (for an error the sentences above do not cover), without the password."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    text = lines[0] if lines else type(exc).__name__
    return text.replace(password, "***") if password else text


def told(exc: BaseException, url: URL) -> HubError:
    """psycopg's error (bare or wrapped by SQLAlchemy) as the one sentence that says what it means."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    sqlstate = getattr(orig, "sqlstate", None) or ""
    address = shown(url)
    if sqlstate:  # the server answered: its code says what went wrong (its text may name anything)
        kind = {"28P01": HubLoginRefused, "3D000": HubNoDatabase, "42501": HubNoRights, "28000": HubNoRights}.get(
            sqlstate, HubUnreachable if sqlstate.startswith("08") else None
        )
        return kind(address) if kind is not None else HubNotUsable(address, _reason(exc, url.password))
    # No code: libpq failed while connecting, and says why in words.
    if "password authentication failed" in text or ("role" in text and "does not exist" in text):
        return HubLoginRefused(address)
    if "database" in text and "does not exist" in text:
        return HubNoDatabase(address)
    if "permission denied" in text or "pg_hba.conf" in text:
        return HubNoRights(address)
    if any(
        words in text
        for words in ("connection refused", "could not translate host name", "timeout expired", "no route to host",
                      "network is unreachable", "server closed the connection", "connection timed out",
                      "could not connect", "name or service not known", "is the server running")
    ):  # fmt: skip
        return HubUnreachable(address)
    return HubNotUsable(address, _reason(exc, url.password))


def _is_server_error(exc: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    return isinstance(exc, psycopg.Error) or isinstance(getattr(exc, "orig", None), psycopg.Error)


@contextlib.contextmanager
def told_plainly(url: URL) -> Iterator[None]:
    """An error of the connection or its rights met while working is a :class:`HubError` too; an error
    of the data (a constraint, bad SQL) stays what it is."""
    try:
        yield
    except HubError:
        raise
    except Exception as exc:
        if not _is_server_error(exc):
            raise
        error = told(exc, url)
        if isinstance(error, HubNotUsable) and not _is_connection_error(exc):
            raise
        raise error from exc


def _is_connection_error(exc: BaseException) -> bool:
    import psycopg

    orig = getattr(exc, "orig", exc)
    return isinstance(orig, psycopg.OperationalError)


#: The advisory lock of a hub's writes ("RCPW"): every save holds it shared for its transaction, the write of
#: an import alone (sync/hub_staging.py). A save waits for an import under way (seconds), an import for the
#: saves under way: no save is overwritten by an import, and no two transactions wait for each other's rows.
WRITE_LOCK = 0x52435057


class HubStore(Store):
    """A store on an office hub (PostgreSQL): the sessions of :class:`Store`, none of a file's parts."""

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """:meth:`Store.session`, holding the hub's write lock shared (:data:`WRITE_LOCK`)."""
        from sqlalchemy import text

        with super().session() as session:
            session.execute(text(f"SELECT pg_advisory_xact_lock_shared({WRITE_LOCK})"))
            yield session

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.address = shown(url)
        super().__init__(Path(url.database or "hub"), engine, checked=True)

    @property
    def engine(self) -> Engine:
        assert self._engine is not None
        return self._engine

    def verify(self) -> None:
        """Nothing to check: the server keeps its own pages sound (there is no file to quick_check)."""

    def _told_plainly(self) -> contextlib.AbstractContextManager[None]:
        return told_plainly(self.url)

    @contextlib.contextmanager
    def cursor(self) -> Iterator[PlainCursor]:
        """A cursor for a few plain reads in one transaction, as :meth:`Store.cursor` gives on a file.

        On one of the engine's pooled connections, in a ``REPEATABLE READ, READ ONLY`` transaction (one
        snapshot; nothing can be written through it), rolled back after the block. It takes the store
        file's SQL and gives its rows as a file's cursor does (:class:`~.portable.PlainCursor`): Today's
        first screen and the window's start reads run unchanged on a hub.
        """
        from reciprocity_desktop.store.portable import PlainCursor, sqlite_shaped

        with self._told_plainly():
            connection = self.engine.raw_connection()
            try:
                raw = sqlite_shaped(connection.cursor())
                raw.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                yield PlainCursor(raw)
            finally:
                with contextlib.suppress(Exception):
                    connection.rollback()
                connection.close()  # back to the pool

    def meta(self, key: str, default: str = "") -> str:
        from reciprocity_desktop.store.models import Meta

        with self.read() as session:
            row = session.get(Meta, key)
            return row.value if row is not None else default

    def backup(self, reason: str = "manual") -> Path:
        raise HubNoFileBackup(self.address)


def new_hub_engine(url: URL) -> Engine:
    """The engine of the hub at ``url`` (psycopg 3; a connection checked before each use)."""
    from sqlalchemy import create_engine

    query = dict(url.query)
    connect_args: dict[str, object] = {"application_name": "reciprocity-desktop"}
    if "connect_timeout" not in query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def migrate_hub(engine: Engine, address: str) -> None:
    """Bring the hub to the head revision: one transaction (PostgreSQL's DDL is transactional), so a
    failing migration leaves the hub as it was; clients opening it at once migrate it in turn."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        current = MigrationContext.configure(connection).get_current_revision()
        if current == script.get_current_head():
            return
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise HubTooNew(address, current)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_hub(address: str) -> HubStore:
    """Open the hub at ``address`` (``postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=…]``), migrating it."""
    url = hub_url(address)
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise HubDriverMissing(shown(url)) from exc
    engine = new_hub_engine(url)
    try:
        with told_plainly(url):
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
            migrate_hub(engine, shown(url))
            return HubStore(url, engine)
    except HubError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if _is_server_error(exc):  # the migration failed on the server: rolled back, said in a sentence
            raise told(exc, url) from exc
        raise
    except BaseException:
        engine.dispose()
        raise
