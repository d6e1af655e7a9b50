"""One window per store: a second start brings the first window to the front (and hands it its sync file).

The window that holds a store's lock (:func:`~reciprocity_desktop.ui.store_check.store_lock`) listens on a
local socket named after the store (:func:`server_name`: a hash of the store's real path and the user's data
folder, so two users or two stores never meet). A second start on the same store finds the lock taken and
asks that window (:func:`ask_running`): one line of JSON, ``{"raise": true, "open": FILE}`` (``open`` only when
it was started with ``FILE.rcsync``, as an absolute path), answered ``ok``. The running window comes to the
front and starts the file's sync import; the second start exits 0. When no window answers (an older version
holds the lock, or it hangs), the second start refuses plainly as before
(:func:`~reciprocity_desktop.ui.store_check.tell_already_open`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reciprocity_desktop.paths import data_dir

#: How long a second start waits for the running window to answer (a busy GUI thread answers late).
ANSWER_MS = 5000
_MAX_REQUEST = 64 * 1024  # a request is one short line; anything longer is no request of ours

#: ``handler(file)``: bring the window to the front; ``file`` is the sync file to import, or None.
Handler = Callable[[Path | None], None]


def server_name(store_path: Path) -> str:
    """The local socket's name for the store at ``store_path`` (the same for every spelling of its path)."""
    key = f"{os.path.realpath(data_dir())}\0{os.path.realpath(store_path)}"
    return "reciprocity-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class _Request:
    """A second start's request: bring the window to the front, and the file to open (or None)."""

    __slots__ = ("file",)

    def __init__(self, file: Path | None) -> None:
        self.file = file


def _parse(line: bytes) -> _Request | None:
    """A second start's request, or None when the line is none (it is refused: the connection is cut)."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(request, dict) or request.get("raise") is not True:
        return None
    opened = request.get("open")
    return _Request(Path(opened) if isinstance(opened, str) and opened else None)


class InstanceServer(QObject):
    """The running window's end: answers a second start's request and hands it to :attr:`handler`.

    ``handler`` is set to the window's once it is up (None meanwhile: the request is answered, and the
    window that is being opened comes up in front anyway).
    """

    def __init__(self, store_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handler: Handler | None = None
        self.name = server_name(store_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket file left by a window that crashed is removed first.

        Called only while holding the store's lock, so no live window owns that name.
        """
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            buffer = bytearray()
            connection.readyRead.connect(lambda c=connection, b=buffer: self._read(c, b))
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection, buffer)

    def _read(self, connection: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(connection.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > _MAX_REQUEST:
                connection.abort()
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        buffer.clear()
        request = _parse(line)
        if request is None:
            connection.abort()
            return
        connection.write(b"ok\n")
        connection.flush()
        connection.disconnectFromServer()
        if self.handler is not None:
            self.handler(request.file)


def listen(store_path: Path, handler: Handler | None = None) -> InstanceServer | None:
    """The running window's server on ``store_path`` (None when the socket cannot be made: no harm, a
    second start then refuses plainly)."""
    server = InstanceServer(store_path)
    server.handler = handler
    if server.listen():
        return server
    server.deleteLater()
    return None


def ask_running(store_path: Path, open_file: Path | None = None, timeout_ms: int = ANSWER_MS) -> bool:
    """Ask the window running on ``store_path`` to come to the front (and to import ``open_file``).

    True when it answered; False when none listens or it did not answer in time.
    """
    request: dict[str, object] = {"raise": True}
    if open_file is not None:
        request["open"] = os.path.abspath(open_file)  # the running window's folder is another
    socket = QLocalSocket()
    socket.connectToServer(server_name(store_path))
    try:
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(json.dumps(request).encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        answer = bytearray()
        while b"\n" not in answer:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(timeout_ms):
                break
            answer += bytes(socket.readAll().data())
        return bytes(answer).startswith(b"ok\n")
    finally:
        socket.abort()


def bring_to_front(window, file: Path | None) -> None:
    """What the running window does for a second start: come to the front; import ``file`` when one came."""
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()
    if file is not None:
        window.open_file_at_start(file)
