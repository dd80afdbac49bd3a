"""Logging: a rotating file in the data folder, and the terminal with --verbose."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path


def setup(log_file: Path, verbose: bool) -> None:
    """Send log records to a rotating, user-private file (and stderr if verbose)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=512_000, backupCount=3, encoding="utf-8")
        if os.name == "posix":
            os.chmod(log_file, 0o600)
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError as exc:  # a read-only or full disk must not stop the app
        logging.basicConfig()
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, exc)
    if verbose:
        terminal = logging.StreamHandler()
        terminal.setFormatter(fmt)
        root.addHandler(terminal)
