"""Who becomes the running copy: an flock held while a launch decides, and while it starts.

Launches made at the same moment (a double click, a login that starts two) must not both
become the running copy: the second would replace the first's socket and leave it running
unreachable, reminding twice from then on. So "is one running? if not, I am the one" is
done under an flock on a file beside the socket, held by the new copy until it is ready
to serve. The kernel lets go if its process dies.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time

from .protocol import START_TIMEOUT_S, NoAnswer

log = logging.getLogger(__name__)


class StartLock:
    """An exclusive flock on ``companion-<hash>.lock`` beside the socket ``companion-<hash>.sock``."""

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
