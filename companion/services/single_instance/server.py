"""The running copy's side: serve later launches' requests from Qt's event loop.

It uses the standard library's ``socket`` with a ``QSocketNotifier`` rather than
QLocalServer: loading QtNetwork for this one socket cost about 2.8 MB resident and 10 ms
at every start. The socket itself is bound before Qt loads (``listener``); a request is
carried out only after ``accepted`` reached the launch (see ``protocol``).
"""

from __future__ import annotations

import errno
import logging
import socket
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from companion.core.i18n import translate

from .client import Claim, forward_or_claim
from .credentials import is_stranger, peer_credentials
from .listener import Listener
from .lock import StartLock
from .protocol import (
    ACCEPTED,
    MAX_MESSAGE,
    OK,
    RESULT_TIMEOUT_S,
    START_TIMEOUT_S,
    TIMEOUT_S,
    Handler,
    error_line,
    parse_request,
)

log = logging.getLogger(__name__)

MAX_CLIENTS = 32  # connections served at once; the oldest goes when another arrives
IDLE_S = 2.0  # a launch sends its request at once; a silent connection is dropped
ACCEPT_BATCH = 64  # accepted per wake-up, so a flood cannot starve the rest of the app
ACCEPT_PAUSE_MS = 200  # after running out of file descriptors, before trying again


@dataclass
class _Client:
    notifier: QSocketNotifier
    since: float
    buffer: bytearray


class InstanceServer(QObject):
    """Listens for later launches and has ``handler`` carry out their actions.

    ``listening`` is the socket path (bound here) or a Listener bound already, by the
    launch that claimed the running copy's place before it loaded Qt.
    """

    def __init__(self, listening: str | Listener, handler: Handler | None = None,
                 parent: QObject | None = None, *, uid: int | None = None,
                 idle_timeout: float = IDLE_S, max_clients: int = MAX_CLIENTS,
                 start_lock: StartLock | None = None):
        super().__init__(parent)
        self.listener = listening if isinstance(listening, Listener) else Listener(listening, uid)
        self.name = self.listener.name
        self.uid = self.listener.uid if uid is None else uid
        self.handler = handler
        self._start_lock = start_lock  # let go once serve() says the app is ready
        self.idle_timeout = idle_timeout
        self.max_clients = max_clients
        self._clients: dict[socket.socket, _Client] = {}
        self._socket = self.listener.socket
        self._watch = QSocketNotifier(self._socket.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)
        # One timer for every connection's idle limit; it runs only while some are open.
        self._sweep = QTimer(self)
        self._sweep.setInterval(max(20, int(idle_timeout * 1000 / 4)))
        self._sweep.timeout.connect(self._drop_idle)
        self._resume = QTimer(self)
        self._resume.setSingleShot(True)
        self._resume.setInterval(ACCEPT_PAUSE_MS)
        self._resume.timeout.connect(lambda: self._watch.setEnabled(True))

    @classmethod
    def from_claim(cls, claim: Claim, parent: QObject | None = None) -> InstanceServer:
        """The server of the launch that claimed the running copy's place."""
        return cls(claim.listener, parent=parent, start_lock=claim.lock)

    def serve(self, handler: Handler) -> None:
        """Carry out launches' requests with ``handler`` from now on; let launches in."""
        self.handler = handler
        self._let_go()

    def _let_go(self) -> None:
        if self._start_lock is not None:
            self._start_lock.release()
            self._start_lock = None

    @property
    def client_count(self) -> int:
        """Connections waiting to be read."""
        return len(self._clients)

    def _accept(self, *_) -> None:
        for _attempt in range(ACCEPT_BATCH):
            try:
                conn, _ = self._socket.accept()
            except BlockingIOError:
                return
            except OSError as exc:
                if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    # The queue stays readable, so retrying now would spin at full CPU.
                    self._watch.setEnabled(False)
                    self._resume.start()
                    log.warning("cannot take more launches for now: %s", exc)
                    return
                continue  # that one launch gave up (ECONNABORTED...)
            if is_stranger(conn, self.uid):
                log.warning("refused a connection from another user (peer %s)",
                            peer_credentials(conn))
                conn.close()  # before reading a byte of it
                continue
            if len(self._clients) >= self.max_clients:
                oldest = min(self._clients, key=lambda c: self._clients[c].since)
                busy = translate("commands", "Companion is busy with other launches, so nothing was "
                                             "done; try again")
                self._drop(oldest, error_line(busy))
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
            notifier.activated.connect(lambda *_, c=conn: self._read(c))
            self._clients[conn] = _Client(notifier, time.monotonic(), bytearray())
            if not self._sweep.isActive():
                self._sweep.start()
            self._read(conn)  # a launch sends its request right away: serve it now
        # More may be queued: the notifier fires again after other events had their turn.

    def _read(self, conn: socket.socket) -> None:
        client = self._clients.get(conn)
        if client is None:
            return
        try:
            chunk = conn.recv(MAX_MESSAGE)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the launch gave up before finishing its request: nothing to do
            self._drop(conn)
            return
        client.buffer += chunk
        end = client.buffer.find(b"\n")
        if end == -1 and len(client.buffer) <= MAX_MESSAGE:
            return  # more to come
        if end == -1 or end > MAX_MESSAGE:
            self._drop(conn, error_line(f"the request is longer than {MAX_MESSAGE} bytes, "
                                         "so nothing was done"))
            return
        try:
            actions = parse_request(bytes(client.buffer[:end]))
        except ValueError as exc:
            log.warning("refused a request from another launch: %s", exc)
            self._drop(conn, error_line(f"{exc}, so nothing was done"))
            return
        self._forget(conn)  # no longer idle, and its notifier must not fire again
        try:
            self._serve(conn, actions)
        finally:
            conn.close()

    def _serve(self, conn: socket.socket, actions: list[str]) -> None:
        if self.handler is None:
            self._send(conn, error_line(translate("commands", "Companion is still starting, so nothing "
                                                  "was done; try again")))
            return
        if not self._send(conn, ACCEPTED):
            log.info("a launch stopped waiting before its request was taken: %s", actions)
            return  # it was told nothing was done, so do nothing
        try:
            problem = self.handler(actions)
        except Exception as exc:  # a bad action must not take the app down
            log.exception("could not carry out %s", actions)
            problem = f"it failed ({exc})"
        if not self._send(conn, OK if problem is None else error_line(problem)):
            log.warning("a launch left before hearing how %s went", actions)

    @staticmethod
    def _send(conn: socket.socket, data: bytes) -> bool:
        """Send a short line; False if the launch is gone or has stopped listening."""
        try:
            # A few bytes into an empty socket buffer: never blocks. No SIGPIPE either way.
            return conn.send(data, socket.MSG_NOSIGNAL) == len(data)
        except OSError:
            return False

    def _drop_idle(self) -> None:
        now = time.monotonic()
        for conn, client in list(self._clients.items()):
            if now - client.since > self.idle_timeout:
                self._drop(conn, error_line("the request took too long to arrive, so nothing "
                                             "was done"))

    def _forget(self, conn: socket.socket) -> None:
        client = self._clients.pop(conn)
        client.notifier.setEnabled(False)  # before the descriptor is closed and maybe reused
        client.notifier.deleteLater()  # later: this may be running inside its signal
        if not self._clients:
            self._sweep.stop()

    def _drop(self, conn: socket.socket, reply: bytes | None = None) -> None:
        self._forget(conn)
        if reply is not None:
            self._send(conn, reply)
        conn.close()

    def close(self) -> None:
        """Stop listening, drop clients and remove the socket file."""
        self._let_go()
        for conn in list(self._clients):
            self._drop(conn)
        if self.listener.closed:
            return
        self._watch.setEnabled(False)
        self._resume.stop()
        self.listener.close()


def forward_or_serve(name: str, actions: list[str], timeout: float = TIMEOUT_S, *,
                     start_timeout: float = START_TIMEOUT_S,
                     result_timeout: float = RESULT_TIMEOUT_S) -> InstanceServer | None:
    """client.forward_or_claim, with the claim made a server at once (for a process that
    has Qt loaded already)."""
    claim = forward_or_claim(name, actions, timeout, start_timeout=start_timeout,
                                    result_timeout=result_timeout)
    return None if claim is None else InstanceServer.from_claim(claim)
