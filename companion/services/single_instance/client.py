"""A launch's side: hand the actions to the running copy, or find that none is running.

Plain Python (socket, json, fcntl): a second launch forwards its command line and exits
before anything loads Qt. Both ends first check with SO_PEERCRED that the other end runs
as the same user; the line protocol is in ``protocol``.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from dataclasses import dataclass

from . import protocol
from .credentials import is_stranger, peer_credentials
from .listener import Listener
from .lock import StartLock
from .protocol import (
    RESULT_TIMEOUT_S,
    START_TIMEOUT_S,
    TIMEOUT_S,
    NoAnswer,
    Unconfirmed,
)

log = logging.getLogger(__name__)


@dataclass
class Claim:
    """This launch is to be the running copy: its socket, bound and listening (launches
    queue there), and the start lock, held until it serves."""

    listener: Listener
    lock: StartLock

    def give_up(self) -> None:
        """Not going to serve after all: let go of the lock and remove the socket."""
        self.lock.release()
        self.listener.close()


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


def forward_or_claim(name: str, actions: list[str] | None, timeout: float = TIMEOUT_S, *,
                     start_timeout: float = START_TIMEOUT_S,
                     result_timeout: float = RESULT_TIMEOUT_S) -> Claim | None:
    """Hand actions to the running copy (None once done), or claim its place.

    ``actions`` None: nothing to hand over (a start at login that finds Companion already
    running leaves it be); the connection is closed unsent, which the copy ignores.

    "Is one running? If not, I am the one" happens under the start lock, so of launches
    made at the same moment exactly one gets the Claim; it holds the lock until its
    server says it is ready, and the others then hand their actions to it.
    Raises ForwardError as forward() does, and OSError if the socket cannot listen.
    """
    uid = os.getuid()
    taken = StartLock.take(name, start_timeout)
    lock: StartLock | None = taken  # None once a claim holds it
    try:
        deadline = time.monotonic() + timeout  # the running copy is ready: the usual limit
        conn = _connect_ours(name, deadline, uid)
        if conn is None:
            claim = Claim(Listener(name, uid), taken)
            lock = None  # the claim holds it now
            return claim
    finally:
        if lock is not None:
            lock.release()
    if actions is None:
        conn.close()
        return None
    _hand_over(conn, actions, deadline, timeout, result_timeout)
    return None


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


def _connect_ours(name: str, deadline: float, uid: int) -> socket.socket | None:
    """A connection to this user's running copy, or None if none listens at ``name``."""
    conn = _connect(name, deadline)
    if conn is None:
        return None
    if is_stranger(conn, uid):
        # Someone else's socket: never tell it anything. Our server takes its place.
        log.warning("ignored %s: it is not this user's Companion (peer %s)", name,
                    peer_credentials(conn))
        conn.close()
        return None
    return conn


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


def _hand_over(conn: socket.socket, actions: list[str], deadline: float, timeout: float,
               result_timeout: float) -> None:
    """Send the request on ``conn`` and return once the running copy says it is done."""
    with conn:
        peer = peer_credentials(conn)
        pid = peer[0] if peer else "?"
        buffer = bytearray()
        try:
            conn.settimeout(max(0.001, deadline - time.monotonic()))
            conn.sendall(protocol.request(actions))
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
        if first != protocol.ACCEPTED.rstrip():
            if not first and state == "closed":
                raise NoAnswer(f"the running Companion (process {pid}) closed the connection "
                               "without taking this (too busy?), so nothing was done; try again")
            protocol.outcome(first)
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
        protocol.outcome(rest.partition(b"\n")[0])
