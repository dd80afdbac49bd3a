"""Logging: a rotating file in the data folder, and the terminal with --verbose."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from companion.core import safe_files

MAX_BYTES = 512_000
BACKUPS = 3


class PrivateLogFile(logging.FileHandler):
    """A log file that starts afresh before it would grow past ``max_bytes``, keeping the
    ``backups`` files before it (``companion.log.1`` the newest), as logging.handlers'
    RotatingFileHandler does; and whose every file, the ones rotation starts too, is 0600.

    Not that handler itself: its module brings pickle, queue and copy for its network
    handlers, 5 ms and 0.24 MiB before the tray icon is up.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int):
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def _open(self):
        # FileHandler opens with plain open(), so the umask sets the mode: 0644 for each
        # file started after a rotation.
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                    opener=safe_files.opener)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if not os.path.isfile(self.baseFilename):  # only a regular file rotates (not /dev/null)
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup(log_file: Path, verbose: bool) -> None:
    """Send log records to a rotating, user-private file (and stderr if verbose)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler = PrivateLogFile(log_file, MAX_BYTES, BACKUPS)
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError as exc:  # a read-only or full disk must not stop the app
        logging.basicConfig()
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, exc)
    if verbose:
        terminal = logging.StreamHandler()
        terminal.setFormatter(fmt)
        root.addHandler(terminal)
