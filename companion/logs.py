"""Logging: a rotating file in the data folder, and the terminal with --verbose."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from companion.core import safe_files

MAX_BYTES = 512_000
BACKUPS = 3


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the ones rotation starts too, is 0600."""

    def _open(self):
        # The standard handler opens with plain open(), so the umask sets the mode:
        # 0644 for each file started after a rotation.
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                    opener=safe_files.opener)


def setup(log_file: Path, verbose: bool) -> None:
    """Send log records to a rotating, user-private file (and stderr if verbose)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler = PrivateLogFile(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                 encoding="utf-8")
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError as exc:  # a read-only or full disk must not stop the app
        logging.basicConfig()
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, exc)
    if verbose:
        terminal = logging.StreamHandler()
        terminal.setFormatter(fmt)
        root.addHandler(terminal)
