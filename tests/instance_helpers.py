"""Shared by the single-instance tests (tests/services/single_instance/)."""

from __future__ import annotations

import os
import select
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSocketNotifier

ROOT = Path(__file__).resolve().parents[1]
NOBODY = 65534
WAIT_MS = 20_000


class Recorder:
    """A handler that remembers every request it was asked to carry out."""

    def __init__(self, answer: str | None = None):
        self.calls: list[list[str]] = []
        self.answer = answer

    def __call__(self, actions: list[str]) -> str | None:
        self.calls.append(list(actions))
        return self.answer


def glasses_on_disk(app) -> int:
    """Glasses in the history file as another process would read it (own connection)."""
    with sqlite3.connect(app.places.history_file) as db:
        return db.execute("SELECT COUNT(*) FROM events WHERE kind = 'water_logged'").fetchone()[0]


def in_thread(qtbot, work, timeout_ms=WAIT_MS):
    """Run blocking work (a launch's forward()) in a thread while Qt's loop serves it."""
    outcome = {}

    def run():
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the test to assert on
            outcome["error"] = exc
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    return outcome


def read_line(stream, timeout_s: float = WAIT_MS / 1000) -> str:
    """One line a helper process prints when it is ready."""
    ready, _, _ = select.select([stream], [], [], timeout_s)
    assert ready, "helper process did not get ready in time"
    return stream.readline().decode().strip()


def as_nobody(script: str, **popen) -> subprocess.Popen:
    """Run Python code as another local user (uid 65534) with this worktree's companion."""
    if os.getuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run a process as another user")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "HOME": "/nonexistent"}
    return subprocess.Popen(
        ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
         sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, **popen)


def private_folder(owner: int = 0, mode: int = 0o700) -> str:
    folder = tempfile.mkdtemp(prefix="companion-t-")
    os.chmod(folder, mode)
    os.chown(folder, owner, owner)
    return folder


def exchange(qtbot, name: str, data: bytes) -> bytes:
    """Send raw bytes as a launch would, then everything the running copy says back."""
    reply = bytearray()
    with socket.socket(socket.AF_UNIX) as client:
        client.connect(name)
        client.sendall(data)
        client.shutdown(socket.SHUT_WR)  # no more: a request without "\n" is incomplete
        client.setblocking(False)
        # The server answers from this thread's event loop, which runs until the socket is
        # readable (a level-triggered notifier: data that came first is not missed).
        readable = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read)
        while True:
            try:
                chunk = client.recv(4096)
            except BlockingIOError:
                with qtbot.waitSignal(readable.activated, timeout=5_000):
                    pass
                continue
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                break
            reply.extend(chunk)
        readable.setEnabled(False)
    return bytes(reply)
