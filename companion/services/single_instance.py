"""One Companion per user: a second launch hands its actions to the first and exits.

The running copy listens on a Unix-domain socket in the user's runtime folder. It uses the
standard library's ``socket`` with a ``QSocketNotifier`` rather than QLocalServer: loading
QtNetwork for this one socket cost about 2.8 MB resident and 10 ms at every start, and the
protocol is one line each way (a JSON list of actions, then "ok").
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import tempfile

from PySide6.QtCore import QCryptographicHash, QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)
TIMEOUT_S = 2.0
MAX_MESSAGE = 64 * 1024  # a list of actions is a few dozen bytes


def server_name(home: str) -> str:
    """The socket's path, per user and per data folder (so tests' folders don't collide)."""
    user = os.environ.get("USER") or str(os.getuid())
    # Qt's own hash: Python's hashlib would load OpenSSL (megabytes) for one digest.
    digest = QCryptographicHash.hash(f"{user}:{home}".encode(),
                                     QCryptographicHash.Algorithm.Sha1).toHex().data().decode()[:12]
    # XDG_RUNTIME_DIR is the user's own (0700); without it, the temp folder as QLocalServer uses.
    folder = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return os.path.join(folder, f"companion-{digest}.sock")


class NoAnswer(Exception):
    """A running copy accepted the connection but did not answer (it may be hung)."""


def forward(name: str, actions: list[str], timeout: float = TIMEOUT_S) -> bool:
    """Send actions to a running copy; True if it took them, False if none is running."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(timeout)
        try:
            conn.connect(name)
        except (FileNotFoundError, ConnectionRefusedError, PermissionError):
            return False  # nobody there, or a socket file left by a copy that crashed
        reply = b""
        try:
            conn.sendall((json.dumps(actions or ["show"]) + "\n").encode())
            while not reply.endswith(b"\n"):
                chunk = conn.recv(64)
                if not chunk:
                    break
                reply += chunk
        except OSError as exc:  # includes the timeout
            raise NoAnswer(f"another Companion is running but did not answer ({exc})") from exc
    if reply.strip() != b"ok":
        raise NoAnswer(f"another Companion is running but did not answer ({reply!r})")
    return True


class InstanceServer(QObject):
    """Listens for later launches and emits their actions."""

    actions_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._clients: dict[socket.socket, tuple[QSocketNotifier, bytearray]] = {}
        self._retired: list[QSocketNotifier] = []
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._bind()
            self._socket.listen(8)
        except OSError:
            self._socket.close()
            raise
        self._socket.setblocking(False)
        self._watch = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)

    def _bind(self) -> None:
        try:
            self._socket.bind(self.name)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            # forward() found nobody answering there, so the file is a crashed copy's.
            os.unlink(self.name)
            self._socket.bind(self.name)
        os.chmod(self.name, 0o600)  # only this user may connect
        self._inode = os.stat(self.name).st_ino

    def _accept(self, *_) -> None:
        self._retired.clear()
        while True:
            try:
                conn, _ = self._socket.accept()
            except BlockingIOError:
                return
            except OSError as exc:
                log.warning("could not accept a connection from another launch: %s", exc)
                return
            conn.setblocking(False)
            # No Qt parent: Python owns it, and it goes with its entry in _clients/_retired.
            watch = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read)
            watch.activated.connect(lambda *_, c=conn: self._read(c))
            self._clients[conn] = (watch, bytearray())

    def _read(self, conn: socket.socket) -> None:
        if conn not in self._clients:
            return
        buffer = self._clients[conn][1]
        try:
            chunk = conn.recv(4096)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the other launch gave up
            self._drop(conn)
            return
        buffer += chunk
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                self._answer(conn, b"error\n")
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        try:
            message = json.loads(line)
            if not isinstance(message, list):
                raise TypeError("not a list")
            actions = [str(a) for a in message]
        except (ValueError, TypeError):
            log.warning("ignored a malformed message from another launch")
            self._answer(conn, b"error\n")
            return
        self._answer(conn, b"ok\n")
        self.actions_received.emit(actions)

    def _answer(self, conn: socket.socket, reply: bytes) -> None:
        try:
            conn.send(reply)  # a few bytes into an empty socket buffer: never blocks
        except OSError as exc:
            log.info("the other launch left before our answer: %s", exc)
        self._drop(conn)

    def _drop(self, conn: socket.socket) -> None:
        watch, _ = self._clients.pop(conn)
        watch.setEnabled(False)  # before the descriptor is closed and maybe reused
        self._retired.append(watch)  # freed later: this may be running inside its signal
        conn.close()

    def close(self) -> None:
        """Stop listening, drop clients and remove the socket file."""
        for conn in list(self._clients):
            self._drop(conn)
        self._retired.clear()
        if self._socket.fileno() == -1:
            return
        self._watch.setEnabled(False)
        self._socket.close()
        try:
            if os.stat(self.name).st_ino == self._inode:  # not a later copy's socket
                os.unlink(self.name)
        except OSError:
            pass
