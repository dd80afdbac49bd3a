"""One Companion per user: a second launch hands its actions to the first and exits.

The running copy listens on a Unix-domain socket in a folder only the user can enter. It
uses the standard library's ``socket`` with a ``QSocketNotifier`` rather than QLocalServer:
loading QtNetwork for this one socket cost about 2.8 MB resident and 10 ms at every start.

Protocol (one connection per launch, lines of UTF-8):

* launch -> running copy: a JSON list of 1 to ``MAX_ACTIONS`` action strings, then "\\n".
* running copy -> launch: ``accepted`` right before carrying the actions out, then ``ok``
  once they are done and saved, or ``error: <why>`` (nothing was done, or, if the history
  could not be written, that it was done but not saved yet). A request that cannot be read
  gets ``error: <why>`` without ``accepted``.

Both sides first check with SO_PEERCRED that the other end runs as the same user.

Launches made at the same moment (a double click, a login that starts two) must not both
become the running copy: the second would replace the first's socket and leave it running
unreachable, reminding twice from then on. So "is one running? if not, I am the one" is
done under an flock on a file beside the socket (``StartLock``), held by the new copy
until it is ready to serve; and a socket file is removed only when nobody listens on it.

Guarantee: the running copy acts on a request only if its ``accepted`` line reached the
launch's socket. A launch that stops waiting first shuts its socket for reading, which
makes that send fail (the kernel decides, under one lock, which came first), so the copy
drops the request. So a launch that says "did not answer" knows nothing was done, and one
that got ``ok`` knows the actions were carried out and written to the history. Uncertain
(and said so, as Unconfirmed) are only ``accepted`` arriving in the microseconds between
the launch's time running out and its shutdown, and a copy that took the request but then
died or took over RESULT_TIMEOUT_S (say, a modal dialog) before answering.
"""

from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import socket
import stat
import struct
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCryptographicHash, QObject, QSocketNotifier, QTimer

from companion.core.kinds import Request

log = logging.getLogger(__name__)

TIMEOUT_S = 5.0  # to connect and have the running copy take the request
START_TIMEOUT_S = 30.0  # for a copy that is starting (on a busy machine) to get ready
RESULT_TIMEOUT_S = 10.0  # once taken, to carry it out (a glass takes milliseconds)
MAX_MESSAGE = 4096  # bytes in a request line; the command line makes a few dozen
MAX_ACTIONS = 20
MAX_CLIENTS = 32  # connections served at once; the oldest goes when another arrives
IDLE_S = 2.0  # a launch sends its request at once; a silent connection is dropped
ACCEPT_BATCH = 64  # accepted per wake-up, so a flood cannot starve the rest of the app
ACCEPT_PAUSE_MS = 200  # after running out of file descriptors, before trying again
_SUN_PATH_MAX = 107  # AF_UNIX path limit (108 bytes with the final NUL)

#: Carries out a request's actions: None once all are done and saved, else why not.
Handler = Callable[[list[str]], "str | None"]
#: The same, given the actions as Requests (``commands.Commands.run_all``).
RequestsHandler = Callable[[list[Request]], "str | None"]


def reading_requests(handler: RequestsHandler) -> Handler:
    """A Handler that reads a launch's action lines as Requests and hands them to ``handler``.

    The one place the running copy reads actions from text. A line that names no action
    refuses the whole request, before anything is done.
    """
    def handle(lines: list[str]) -> str | None:
        requests = [Request.parse(line) for line in lines]
        unknown = [line for line, request in zip(lines, requests) if request is None]
        if unknown:
            return f"Companion cannot do {', '.join(map(repr, unknown))}, so nothing was done"
        return handler([request for request in requests if request is not None])
    return handle


class NoPrivateFolder(OSError):
    """No folder that only this user can enter was found for the socket."""


class ForwardError(Exception):
    """A running copy exists but did not confirm that it carried out the actions."""


class NoAnswer(ForwardError):
    """The running copy did not take the request: nothing was done."""


class Refused(ForwardError):
    """The running copy said no: nothing was done (or, the message says, not saved yet)."""


class Unconfirmed(ForwardError):
    """The running copy took the request but did not say whether it was done."""


# -- where the socket lives ------------------------------------------------------------
def _unsafe(folder: str, uid: int) -> str | None:
    """Why ``folder`` is not private to ``uid``; None if it is."""
    try:
        info = os.lstat(folder)  # lstat: a symlink could point anywhere, even if ours
    except OSError as exc:
        return f"{folder}: {exc.strerror}"
    if stat.S_ISLNK(info.st_mode):
        return f"{folder} is a symbolic link"
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder"
    if info.st_uid != uid:
        return f"{folder} belongs to another user"
    if info.st_mode & 0o077:
        return f"other users can enter {folder}"
    return None


def _candidates(home: str, uid: int) -> Iterator[str]:
    """Folders for the socket, best first (a generator: later ones are made only if asked)."""
    if runtime := os.environ.get("XDG_RUNTIME_DIR"):
        yield runtime  # the session's own tmpfs; never created or changed by us
    shared = os.path.join(tempfile.gettempdir(), f"companion-{uid}")
    try:
        os.mkdir(shared, 0o700)
    except OSError:
        pass  # already there (checked by the caller) or the temp folder is not writable
    yield shared
    # The data folder is 0700 (paths.resolve): used when someone else took the name above.
    yield home


def server_name(home: str) -> str:
    """The socket's path, per user and per data folder (so tests' folders don't collide).

    Raises NoPrivateFolder when no candidate folder is private to this user.
    """
    uid = os.getuid()
    # Qt's own hash: Python's hashlib would load OpenSSL (megabytes) for one digest.
    digest = QCryptographicHash.hash(f"{uid}:{home}".encode(),
                                     QCryptographicHash.Algorithm.Sha1).toHex().data().decode()[:12]
    problems = []
    for folder in _candidates(home, uid):
        path = os.path.join(folder, f"companion-{digest}.sock")
        if (problem := _unsafe(folder, uid)) is None:
            if len(os.fsencode(path)) <= _SUN_PATH_MAX:
                return path
            problem = f"{folder} has too long a path for a socket"
        problems.append(problem)
    raise NoPrivateFolder("no private folder for the socket: " + "; ".join(problems))


# Linux (and the BSDs' Linux-like layers) say who is at the other end of a socket. Where
# the system cannot, the private folder is the only guard.
_CAN_CHECK_PEER = hasattr(socket, "SO_PEERCRED")


def peer_credentials(conn: socket.socket) -> tuple[int, int] | None:
    """(pid, uid) of the process at the other end, or None if the system cannot tell."""
    try:
        size = struct.calcsize("3i")
        pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET,
                                                             socket.SO_PEERCRED, size))
    except (AttributeError, OSError):
        return None
    return pid, uid


# -- who becomes the running copy ---------------------------------------------------------
class StartLock:
    """An exclusive flock on ``companion-<hash>.lock`` beside the socket: held while a launch
    decides whether it is the running copy, and by the new copy until it serves. The kernel
    lets go if its process dies."""

    def __init__(self, fd: int | None):
        self._fd = fd

    @classmethod
    def take(cls, name: str, timeout: float = START_TIMEOUT_S) -> StartLock:
        """Wait for the lock; raises NoAnswer if a starting copy holds it past ``timeout``.

        Where the lock file cannot be opened, the launch goes on without it (said in the
        log): two launches at the same moment could then both start, as before.
        """
        path = os.path.splitext(name)[0] + ".lock"  # companion-<hash>.lock
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
        try:
            fd = os.open(path, flags, 0o600)  # in the private folder; never removed, since
        except OSError as exc:              # a launch may be waiting on this very file
            log.warning("cannot use %s (%s); going on without it", path, exc.strerror or exc)
            return cls(None)
        deadline = time.monotonic() + timeout
        delay = 0.002
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return cls(fd)
            except BlockingIOError:
                pass  # another launch is deciding, or a copy is starting
            except OSError as exc:  # e.g. a file system without locks
                os.close(fd)
                log.warning("cannot lock %s (%s); going on without it", path, exc.strerror or exc)
                return cls(None)
            if time.monotonic() + delay > deadline:
                os.close(fd)
                raise NoAnswer(f"another Companion is starting but was not ready within "
                               f"{timeout:g} s, so nothing was done; try again")
            time.sleep(delay)  # a launch decides in microseconds, a copy starts in a second
            delay = min(delay * 2, 0.05)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let the next launch decide (closing the file drops the flock)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


# -- the launch's side -------------------------------------------------------------------
def _connect(name: str, deadline: float) -> socket.socket | None:
    """Connect, waiting while the copy's queue is full; None if nobody listens there."""
    delay = 0.005
    while True:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.setblocking(False)  # a full queue then says EAGAIN instead of blocking
        try:
            conn.connect(name)
            return conn
        except BlockingIOError:
            conn.close()  # the copy is busy accepting others: try again shortly
        except OSError as exc:
            conn.close()
            # Missing, refused (a crashed copy's file), not ours, not a socket: nobody there.
            log.info("no running Companion at %s (%s)", name, exc)
            return None
        if time.monotonic() + delay > deadline:
            raise NoAnswer("another Companion is running but too busy to take this, so "
                           "nothing was done; try again")
        time.sleep(delay)
        delay = min(delay * 2, 0.1)


def _wait_lines(conn: socket.socket, buffer: bytearray, lines: int, until: float) -> str:
    """Read into ``buffer`` until it has ``lines`` lines: 'lines', 'closed' or 'late'."""
    while buffer.count(b"\n") < lines:
        left = until - time.monotonic()
        if left <= 0:
            return "late"
        conn.settimeout(left)
        try:
            chunk = conn.recv(256)
        except TimeoutError:
            return "late"
        except OSError:
            return "closed"
        if not chunk:
            return "closed"
        buffer += chunk
    return "lines"


def _result(line: bytes) -> bool:
    if line == b"ok":
        return True
    text = line.decode("utf-8", "replace")
    if text.startswith("error"):
        raise Refused(f"the running Companion refused this: {text.partition(':')[2].strip()}")
    raise Unconfirmed(f"the running Companion answered {text!r}, so it is not known whether "
                      "this was done; look in Companion before trying again")


def _connect_ours(name: str, deadline: float, uid: int) -> socket.socket | None:
    """A connection to this user's running copy, or None if none listens at ``name``."""
    conn = _connect(name, deadline)
    if conn is None:
        return None
    peer = peer_credentials(conn)
    if _CAN_CHECK_PEER and (peer is None or peer[1] != uid):
        # Someone else's socket: never tell it anything. Our server takes its place.
        log.warning("ignored %s: it is not this user's Companion (peer %s)", name, peer)
        conn.close()
        return None
    return conn


def forward(name: str, actions: list[str], timeout: float = TIMEOUT_S, *,
            uid: int | None = None, result_timeout: float = RESULT_TIMEOUT_S) -> bool:
    """Hand actions to a running copy: True once done and saved, False if none is running.

    Raises NoAnswer or Refused when nothing was done, Unconfirmed when that is not known.
    ``uid`` is whom the running copy must run as (this user unless a test says otherwise).
    """
    uid = os.getuid() if uid is None else uid
    deadline = time.monotonic() + timeout
    conn = _connect_ours(name, deadline, uid)
    if conn is None:
        return False
    _hand_over(conn, actions, deadline, timeout, result_timeout)
    return True


def forward_or_serve(name: str, actions: list[str], timeout: float = TIMEOUT_S, *,
                     start_timeout: float = START_TIMEOUT_S,
                     result_timeout: float = RESULT_TIMEOUT_S) -> InstanceServer | None:
    """Hand actions to the running copy (None once done), or become it (its server).

    "Is one running? If not, I am the one" happens under the start lock, so of launches
    made at the same moment exactly one becomes the running copy; it holds the lock until
    its ``serve()`` says it is ready, and the others then hand their actions to it.
    Raises ForwardError as forward() does, and OSError if the server cannot listen.
    """
    uid = os.getuid()
    lock = StartLock.take(name, start_timeout)
    try:
        deadline = time.monotonic() + timeout  # the running copy is ready: the usual limit
        conn = _connect_ours(name, deadline, uid)
        if conn is None:
            server = InstanceServer(name, start_lock=lock)
            lock = None  # the server lets go of it once it is ready
            return server
    finally:
        if lock is not None:
            lock.release()
    _hand_over(conn, actions, deadline, timeout, result_timeout)
    return None


def _hand_over(conn: socket.socket, actions: list[str], deadline: float, timeout: float,
               result_timeout: float) -> None:
    """Send the request on ``conn`` and return once the running copy says it is done."""
    request = (json.dumps(actions or ["show"]) + "\n").encode()
    with conn:
        peer = peer_credentials(conn)
        pid = peer[0] if peer else "?"
        buffer = bytearray()
        try:
            conn.settimeout(max(0.001, deadline - time.monotonic()))
            conn.sendall(request)
        except OSError as exc:
            raise NoAnswer(f"the running Companion (process {pid}) dropped the connection "
                           f"({exc}), so nothing was done; try again") from exc
        state = _wait_lines(conn, buffer, 1, deadline)
        if state == "late":
            # Stop the copy from taking the request from now on, then see whether it
            # already had: 'accepted' is either in our buffer or its send fails.
            conn.setblocking(False)
            try:
                conn.shutdown(socket.SHUT_RD)
                while chunk := conn.recv(256):
                    buffer += chunk
            except OSError:
                pass
            if not buffer:
                raise NoAnswer(
                    f"another Companion (process {pid}) is running but did not answer "
                    f"within {timeout:g} s, so nothing was done. If it stays stuck, end it "
                    f"(kill {pid}) and start Companion again.")
        first, _, rest = bytes(buffer).partition(b"\n")
        if first != b"accepted":
            if not first and state == "closed":
                raise NoAnswer(f"the running Companion (process {pid}) closed the connection "
                               "without taking this (too busy?), so nothing was done; try again")
            _result(first)
            return
        if state == "late" and b"\n" not in rest:
            raise Unconfirmed("the running Companion started on this just as this launch "
                              "stopped waiting; look in Companion before trying again")
        if b"\n" not in rest:
            state = _wait_lines(conn, buffer, 2, time.monotonic() + result_timeout)
            if state != "lines":
                raise Unconfirmed(f"the running Companion (process {pid}) started on this but "
                                  "did not say whether it was done; look in Companion before "
                                  "trying again")
            rest = bytes(buffer).split(b"\n")[1] + b"\n"
        _result(rest.partition(b"\n")[0])


# -- the running copy's side --------------------------------------------------------------
def parse_request(line: bytes) -> list[str]:
    """The actions in one request line; ValueError saying why it is not a request."""
    try:
        message = json.loads(line)
    except (ValueError, RecursionError) as exc:  # RecursionError: "[[[[..." nested deep
        raise ValueError("the request is not readable") from exc
    if not isinstance(message, list) or not all(isinstance(a, str) for a in message):
        raise ValueError("the request is not a list of actions")
    if not message:
        raise ValueError("the request has no actions")
    if len(message) > MAX_ACTIONS:
        raise ValueError(f"the request has {len(message)} actions; at most {MAX_ACTIONS} "
                         "are taken at once")
    return message


def _error_line(text: str) -> bytes:
    return ("error: " + " ".join(text.split())[:300] + "\n").encode()


@dataclass
class _Client:
    notifier: QSocketNotifier
    since: float
    buffer: bytearray


class InstanceServer(QObject):
    """Listens for later launches and has ``handler`` carry out their actions."""

    def __init__(self, name: str, handler: Handler | None = None, parent: QObject | None = None,
                 *, uid: int | None = None, idle_timeout: float = IDLE_S,
                 max_clients: int = MAX_CLIENTS, start_lock: StartLock | None = None):
        super().__init__(parent)
        self.name = name
        self.handler = handler
        self._start_lock = start_lock  # let go once serve() says the app is ready
        self.uid = os.getuid() if uid is None else uid
        self.idle_timeout = idle_timeout
        self.max_clients = max_clients
        self._clients: dict[socket.socket, _Client] = {}
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._bind()
            # The kernel's largest queue: launches started together wait there, not fail.
            self._socket.listen(socket.SOMAXCONN)
        except OSError:
            self._socket.close()
            raise
        self._socket.setblocking(False)
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

    def _bind(self) -> None:
        try:
            self._socket.bind(self.name)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            if not self._left_behind():
                raise OSError(errno.EADDRINUSE, "another Companion is listening there") from None
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass  # gone meanwhile
            self._socket.bind(self.name)
        os.chmod(self.name, 0o600)  # only this user may connect (the folder says so too)
        self._inode = os.stat(self.name).st_ino

    def _left_behind(self) -> bool:
        """Whether the file at our name is safe to replace: nobody of ours listens there.

        A live copy's socket is never removed: that copy would run on, unreachable.
        """
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        probe.setblocking(False)
        with probe:
            try:
                probe.connect(self.name)
            except (ConnectionRefusedError, FileNotFoundError):
                return True  # a crashed copy's file, or gone meanwhile
            except BlockingIOError:
                return False  # listening, with a full queue
            peer = peer_credentials(probe)
            # Another user's socket in our private folder is not a copy of ours.
            return _CAN_CHECK_PEER and (peer is None or peer[1] != self.uid)

    def _accept(self, *_) -> None:
        for _ in range(ACCEPT_BATCH):
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
            peer = peer_credentials(conn)
            if _CAN_CHECK_PEER and (peer is None or peer[1] != self.uid):
                log.warning("refused a connection from another user (peer %s)", peer)
                conn.close()  # before reading a byte of it
                continue
            if len(self._clients) >= self.max_clients:
                oldest = min(self._clients, key=lambda c: self._clients[c].since)
                busy = "Companion is busy with other launches, so nothing was done; try again"
                self._drop(oldest, _error_line(busy))
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
            self._drop(conn, _error_line(f"the request is longer than {MAX_MESSAGE} bytes, "
                                         "so nothing was done"))
            return
        try:
            actions = parse_request(bytes(client.buffer[:end]))
        except ValueError as exc:
            log.warning("refused a request from another launch: %s", exc)
            self._drop(conn, _error_line(f"{exc}, so nothing was done"))
            return
        self._forget(conn)  # no longer idle, and its notifier must not fire again
        try:
            self._serve(conn, actions)
        finally:
            conn.close()

    def _serve(self, conn: socket.socket, actions: list[str]) -> None:
        if self.handler is None:
            self._send(conn, _error_line("Companion is still starting, so nothing was done; "
                                         "try again"))
            return
        if not self._send(conn, b"accepted\n"):
            log.info("a launch stopped waiting before its request was taken: %s", actions)
            return  # it was told nothing was done, so do nothing
        try:
            problem = self.handler(actions)
        except Exception as exc:  # a bad action must not take the app down
            log.exception("could not carry out %s", actions)
            problem = f"it failed ({exc})"
        if not self._send(conn, b"ok\n" if problem is None else _error_line(problem)):
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
                self._drop(conn, _error_line("the request took too long to arrive, so nothing "
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
        if self._socket.fileno() == -1:
            return
        self._watch.setEnabled(False)
        self._resume.stop()
        self._socket.close()
        try:
            if os.stat(self.name).st_ino == self._inode:  # not a later copy's socket
                os.unlink(self.name)
        except OSError:
            pass
