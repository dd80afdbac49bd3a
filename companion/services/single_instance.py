"""One Companion per user: a second launch hands its actions to the first and exits."""

from __future__ import annotations

import json
import logging
import os

from PySide6.QtCore import QCryptographicHash, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000


def server_name(home: str) -> str:
    """A per-user, per-data-folder socket name (tests with their own folder don't collide)."""
    user = os.environ.get("USER") or str(os.getuid() if hasattr(os, "getuid") else "")
    # Qt's own hash: Python's hashlib would load OpenSSL (megabytes) for one digest.
    digest = QCryptographicHash.hash(f"{user}:{home}".encode(),
                                     QCryptographicHash.Algorithm.Sha1).toHex().data().decode()[:12]
    return f"companion-{digest}"


class NoAnswer(Exception):
    """A running copy accepted the connection but did not answer (it may be hung)."""


def forward(name: str, actions: list[str]) -> bool:
    """Send actions to a running copy; True if it took them, False if none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((json.dumps(actions or ["show"]) + "\n").encode())
    socket.flush()  # writes now; waitForBytesWritten would then report nothing pending
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if reply.strip() != b"ok":
        raise NoAnswer(f"another Companion is running but did not answer ({reply!r})")
    return True


class InstanceServer(QObject):
    """Listens for later launches and emits their actions."""

    actions_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._clients: set[QLocalSocket] = set()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(name):
            # A socket file left by a crashed copy: nobody answered, so take it over.
            QLocalServer.removeServer(name)
            if not self._server.listen(name):
                raise OSError(f"cannot listen on {name}: {self._server.errorString()}")

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            # Keep our own reference: PySide must not collect a wrapper Qt still uses.
            self._clients.add(socket)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._clients.discard(socket)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            actions = [str(a) for a in json.loads(line)]
        except (ValueError, TypeError):
            log.warning("ignored a malformed message from another launch")
            socket.write(b"error\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.actions_received.emit(actions)

    def close(self) -> None:
        """Stop listening and drop clients (quietly: their signals must not reach a dying self)."""
        for socket in self._clients:
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
            socket.deleteLater()
        self._clients.clear()
        self._server.close()
