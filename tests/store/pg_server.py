"""A throw-away PostgreSQL server for the tests: initdb in a temporary folder, started on 127.0.0.1.

The server binaries are looked for where Debian puts them (``/usr/lib/postgresql/N/bin``, newest first)
and on the PATH; without them (or without psycopg) :func:`missing` says why, and the tests that need a
server skip with that reason. PostgreSQL refuses to run as root, so under root the cluster belongs to an
unprivileged system user (``postgres`` when it exists, else ``nobody``) and every server command runs
through ``runuser -u USER --``.

The cluster has a superuser (``postgres``, password :data:`SUPERUSER_PASSWORD`) that makes the tests'
roles and databases; TCP logins need a password (scram-sha-256), so a wrong one is refused as on an
office's server.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "super-secret-pw"


def binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (the newest Debian version first), or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: [int(part) if part.isdigit() else 0 for part in Path(p).parts[-3].split(".")],
        reverse=True,
    )
    for initdb in found:
        folder = Path(initdb).parent
        if (folder / "pg_ctl").exists():
            return folder
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    return None


def missing() -> str | None:
    """Why no test server can be started here (None: it can)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return 'psycopg is not installed (pip install ".[hub]")'
    if binaries() is None:
        return "the PostgreSQL server binaries (initdb, pg_ctl) are not installed (apt-get install postgresql)"
    if os.geteuid() == 0 and (_server_user() is None or shutil.which("runuser") is None):
        return "running as root without an unprivileged user (postgres or nobody) and runuser for the server"
    return None


def _server_user() -> str | None:
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    """A running test cluster on 127.0.0.1:``port``."""

    folder: Path
    port: int
    bin: Path
    user: str | None  # the system user the server runs as (None: the current one)
    databases: list[str] = field(default_factory=list)

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    def url(self, user: str, password: str | None, database: str, *, port: int | None = None) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{port or self.port}/{database}"

    def admin(self, sql: str, *, database: str = "postgres") -> None:
        """Run ``sql`` as the superuser (autocommit: CREATE DATABASE may not run in a transaction)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, password=SUPERUSER_PASSWORD,
            dbname=database, autocommit=True,
        ) as connection:  # fmt: skip
            connection.execute(sql)

    def new_database(self, owner: str = "rep", password: str = "rep-pw") -> tuple[str, str, str]:
        """A new, empty database owned by a new login role: (database, role, password)."""
        suffix = uuid.uuid4().hex[:10]
        role, database = f"{owner}_{suffix}", f"hub_{suffix}"
        self.admin(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        self.admin(f"CREATE DATABASE {database} OWNER {role}")
        self.databases.append(database)
        return database, role, password

    def start(self) -> None:
        data = self.folder / "data"
        pwfile = self.folder / "pwfile"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            for path in (self.folder, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o700)
        done = self._run(
            "initdb", "-D", str(data), "-U", SUPERUSER, f"--pwfile={pwfile}", "--auth-local=trust",
            "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        done = self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        if done.returncode != 0:
            log = (self.folder / "log").read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"pg_ctl start failed: {done.stderr or done.stdout}\n{log}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_server() -> Server:
    """initdb in a new temporary folder and start the server on a free port of 127.0.0.1."""
    folder_bin = binaries()
    assert folder_bin is not None
    user = _server_user() if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="reciprocity-pg-"))
    server = Server(folder=folder, port=_free_port(), bin=folder_bin, user=user)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
