"""The history wait the real-app tests use (tests/history_watch.py): it wakes when the history
is written, reads it only then (and once a second), and gives up at its deadline."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from history_watch import BACKSTOP_MS, wait_for_history
from PySide6.QtCore import QTimer


def _history(home: Path) -> sqlite3.Connection:
    """A history file as the app keeps it: WAL mode, held open by its writer."""
    (home / "data").mkdir(parents=True)
    db = sqlite3.connect(home / "data" / "history.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE events (id TEXT)")
    return db


def _ids(home: Path, reads: list[float]) -> set[str]:
    reads.append(time.monotonic())
    db = sqlite3.connect(f"file:{home / 'data' / 'history.db'}?mode=ro", uri=True)
    try:
        return {row[0] for row in db.execute("SELECT id FROM events")}
    finally:
        db.close()


def test_an_entry_written_later_ends_the_wait_at_once_and_idle_reads_are_few(qtbot, tmp_path):
    db = _history(tmp_path)
    reads: list[float] = []
    written: list[float] = []

    def write() -> None:
        db.execute("INSERT INTO events VALUES ('glass')")
        written.append(time.monotonic())
    QTimer.singleShot(200, write)  # well before the once-a-second read
    wait_for_history(qtbot, tmp_path, lambda: "glass" in _ids(tmp_path, reads), timeout_ms=10_000)
    # Woken by the write itself, long before the once-a-second read was due.
    assert 0 <= reads[-1] - written[0] < BACKSTOP_MS / 1000 / 3, (reads, written)
    # The first read and the one after the write: our own reads woke nothing (SQLite run
    # as root re-owns the WAL file at each open, which the watch reports).
    assert len(reads) == 2, reads
    db.close()


def test_the_wait_gives_up_at_its_deadline(qtbot, tmp_path):
    db = _history(tmp_path)
    began = time.monotonic()
    with pytest.raises(TimeoutError, match="nothing here"):
        wait_for_history(qtbot, tmp_path, lambda: bool(_ids(tmp_path, [])), timeout_ms=300,
                         what="nothing here")
    assert 0.3 <= time.monotonic() - began < 2
    db.close()
