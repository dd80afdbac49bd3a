"""One Companion per user: a second launch hands its actions to the first and exits."""

from __future__ import annotations

import hashlib
import json
import logging
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 2000


def server_name(home: str) -> str:
    """A per-user, per-data-folder socket name (tests with their own folder don't collide)."""
    user = os.environ.get("USER") or str(os.getuid() if hasattr(os, "getuid") else "")
    digest = hashlib.sha1(f"{user}:{home}".encode()).hexdigest()[:12]
    return f"companion-{digest}"


def forward(name: str, actions: list[str]) -> bool:
    """Send actions to a running copy; True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((json.dumps(actions or ["show"]) + "\n").encode())
    socket.flush()
    ok = socket.waitForBytesWritten(TIMEOUT_MS) and socket.waitForReadyRead(TIMEOUT_MS)
    reply = bytes(socket.readAll().data()).strip()
    socket.disconnectFromServer()
    return ok and reply == b"ok"


class InstanceServer(QObject):
    """Listens for later launches and emits their actions."""

    actions_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
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
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

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
        self._server.close()
