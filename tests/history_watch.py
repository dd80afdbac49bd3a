"""Waiting on a running app's history file: read again when the app writes it.

The real app keeps its history (``<data>/history.db``) in SQLite's WAL mode, so every entry
it records is appended to ``history.db-wal``: a change the kernel reports at once (inotify,
through Qt's QFileSystemWatcher). A test waiting for an entry reads the file again then,
instead of a hundred times a second (qtbot.waitUntil's pace, which cost the test process
about a CPU-second for every fifteen seconds spent waiting on a real app). The data folder
and the app's home are watched too, for files still to be made when the wait begins. A
wake-up that finds the files as they were at the last read (our own reads touch them: see
``_written``) waits again without reading.

Once a second it reads anyway. A write between a read and the next wait is not missed (the
kernel keeps the news for the wait), so this only bounds how late a change the watch could
not see at all would be noticed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

BACKSTOP_MS = 1000


class _Changes(QObject):
    """One signal for "something watched changed", file or folder."""

    changed = Signal()

    def __init__(self, home: Path):
        super().__init__()
        data = home / "data"
        self._paths = [home, data, data / "history.db", data / "history.db-wal"]
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(lambda _path: self.changed.emit())
        self._watcher.directoryChanged.connect(lambda _path: self.changed.emit())

    def cover(self) -> tuple:
        """Watch whichever of the paths exist now and are not watched yet (a removed file
        drops out of the watch); what they hold now, as far as a write would change it."""
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        new = [str(p) for p in self._paths if p.exists() and str(p) not in watched]
        if new:
            self._watcher.addPaths(new)
        return tuple(_written(p) for p in self._paths[2:])

    def stop(self) -> None:
        """Watch nothing more (the inotify watches go now), and go with the next event loop."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        self.deleteLater()


def _written(path: Path) -> tuple[int, int, int] | None:
    """A file's identity, size and time of last write: what any write changes. Not its
    status-change time: SQLite run as root re-owns the WAL file to the database's owner at
    each open, a read-only one too, so every read of ours would look like a write."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def wait_for_history(qtbot, home: Path, done: Callable[[], bool], timeout_ms: int,
                     what: str = "the history") -> None:
    """Wait until ``done()`` (a read of the history of the app whose COMPANION_HOME is
    ``home``) is true: checked now, and again whenever the app writes its history."""
    changes = _Changes(home)
    deadline = time.monotonic() + timeout_ms / 1000
    read: tuple | None = None  # the files as they were at the last read
    backstop = deadline
    try:
        while True:
            now = changes.cover()  # before the read: a write after it wakes the wait
            if now != read or time.monotonic() >= backstop:
                if done():
                    return
                read, backstop = now, time.monotonic() + BACKSTOP_MS / 1000
            left_s = deadline - time.monotonic()
            if left_s <= 0:
                raise TimeoutError(f"{what}: not so after {timeout_ms} ms")
            with qtbot.waitSignal(changes.changed, timeout=min(math.ceil(left_s * 1000),
                                                               BACKSTOP_MS), raising=False):
                pass
    finally:
        changes.stop()
