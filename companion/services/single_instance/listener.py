"""The running copy's listening socket: bound before Qt loads, never over a live copy's.

A socket file is removed only when nobody listens on it: a live copy's socket is never
replaced (that copy would run on, unreachable), and on leaving only our own file goes.
"""

from __future__ import annotations

import errno
import os
import socket

from .credentials import is_stranger


class Listener:
    """A non-blocking AF_UNIX socket listening at ``name``, private to this user."""

    def __init__(self, name: str, uid: int | None = None):
        self.name = name
        self.uid = os.getuid() if uid is None else uid
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._bind()
            # The kernel's largest queue: launches started together wait there, not fail.
            self.socket.listen(socket.SOMAXCONN)
        except OSError:
            self.socket.close()
            raise
        self.socket.setblocking(False)

    def _bind(self) -> None:
        try:
            self.socket.bind(self.name)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            if not self._left_behind():
                raise OSError(errno.EADDRINUSE, "another Companion is listening there") from None
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass  # gone meanwhile
            self.socket.bind(self.name)
        os.chmod(self.name, 0o600)  # only this user may connect (the folder says so too)
        self._inode = os.stat(self.name).st_ino

    def _left_behind(self) -> bool:
        """Whether the file at our name is safe to replace: nobody of ours listens there."""
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        probe.setblocking(False)
        with probe:
            try:
                probe.connect(self.name)
            except (ConnectionRefusedError, FileNotFoundError):
                return True  # a crashed copy's file, or gone meanwhile
            except BlockingIOError:
                return False  # listening, with a full queue
            # Another user's socket in our private folder is not a copy of ours.
            return is_stranger(probe, self.uid)

    @property
    def closed(self) -> bool:
        return self.socket.fileno() == -1

    def close(self) -> None:
        """Stop listening and remove the socket file (unless a later copy's took its place)."""
        if self.closed:
            return
        self.socket.close()
        try:
            if os.stat(self.name).st_ino == self._inode:
                os.unlink(self.name)
        except OSError:
            pass
