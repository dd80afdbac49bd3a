"""Real desktop programs for tests: Xvfb, private D-Bus buses, and helpers that report an address.

A test that needs a program this machine lacks is skipped on a developer's machine and
fails in CI (CI=true), where .ci/bootstrap --tests installs every one of them.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Generous: only a failing test waits this long, and a busy 2-core CI can be slow to start X.
WAIT_S = 30
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def require(*programs: str) -> None:
    """Skip (or fail in CI) unless every program is installed."""
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        message = f"{', '.join(missing)} not installed (.ci/bootstrap --tests installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def start_reporting(args: list[str], env: dict | None = None):
    """Start a helper that writes one line (its address) to a pipe; return (process, line)."""
    read_end, write_end = os.pipe()
    args = [part.format(fd=write_end) for part in args]
    proc = subprocess.Popen(args, pass_fds=(write_end,), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write_end)
    data = b""
    try:
        while not data.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], WAIT_S)
            chunk = os.read(read_end, 256) if ready else b""
            if not chunk:
                stop(proc)
                raise RuntimeError(f"{args[0]} did not report its address in time")
            data += chunk
    finally:
        os.close(read_end)
    return proc, data.decode().strip()


def stop(proc: subprocess.Popen) -> None:
    """End a helper we started, killing it if it does not go quietly."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    forget_faketime(proc.pid)


def start_trayer(env: dict, log_path, qtbot) -> subprocess.Popen:
    """trayer (a system tray) on ``env``'s display, once it owns the tray selection.

    An Xvfb started without -noreset resets whenever its last client leaves, and refuses
    connections while it does: a probe that had just closed its connection left trayer
    "cannot open display" (seen in loaded, parallel runs). A connection of the test's own
    is held open until trayer is up, so the server never resets in between; trayer is
    still started again if it stops at once, up to five times.
    """
    from companion.services.diagnose import local as diagnose
    from companion.services.presence.x11 import Display

    held: list = []
    qtbot.waitUntil(lambda: bool(held.append(Display(env["DISPLAY"])) or held[-1]),
                    timeout=WAIT_S * 1000)
    try:
        for _ in range(5):
            with open(log_path, "ab") as out:
                tray = subprocess.Popen(["trayer"], env=env, stdout=out, stderr=subprocess.STDOUT)
            qtbot.waitUntil(lambda p=tray: p.poll() is not None
                            or diagnose.x11_tray_owner(env["DISPLAY"]) is True, timeout=WAIT_S * 1000)
            if tray.poll() is None:
                return tray
    finally:
        for connection in held:
            if connection:
                connection.close()
    with open(log_path, "rb") as log:
        pytest.fail("trayer did not start: " + log.read()[-2000:].decode(errors="replace"))


def libfaketime() -> str:
    """The path of libfaketime's library, to preload (skipped without it; fails in CI)."""
    import glob
    found = sorted(glob.glob("/usr/lib/*/faketime/libfaketime.so.1")
                   + glob.glob("/usr/lib/faketime/libfaketime.so.1"))
    if not found or shutil.which("faketime") is None:
        if os.environ.get("CI"):
            pytest.fail("libfaketime is missing: .ci/bootstrap --tests installs it")
        pytest.skip("needs Debian's faketime (bash .ci/bootstrap --tests)")
    return found[0]


def set_fake_clock(clock_file: Path, when: datetime) -> None:
    """Move the clock of an app preloaded with libfaketime (FAKETIME_TIMESTAMP_FILE=clock_file)
    to ``when``. Written whole, so libfaketime never reads half a line, and as an offset from
    the real time: the time then follows from the file alone, however often and from
    whichever thread libfaketime reads it (an absolute "@" time restarts its clock at each
    read of a new line), and does not depend on the zone the app is in."""
    new = clock_file.with_suffix(".new")
    new.write_text(f"{(when - datetime.now(UTC)).total_seconds():+.6f}\n")
    os.replace(new, clock_file)


def forget_faketime(pid: int) -> None:
    """Remove what the ``faketime`` wrapper with this pid left in /dev/shm.

    Ended by a signal, the wrapper leaves its shared memory and its semaphore (named after
    its pid); a later wrapper given the same pid (pids wrap at 32768 here) then refuses to
    start ("sem_open: File exists"). Only once no process has that pid.
    """
    if os.path.exists(f"/proc/{pid}"):
        return  # still running, or the pid is already another process's
    for name in (f"faketime_shm_{pid}", f"sem.faketime_sem_{pid}"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"/dev/shm/{name}")


def forget_stale_faketime() -> None:
    """Remove the /dev/shm leftovers of every faketime wrapper that is no longer running."""
    with contextlib.suppress(FileNotFoundError):
        for name in os.listdir("/dev/shm"):
            prefix, _, pid = name.rpartition("_")
            if prefix in ("faketime_shm", "sem.faketime_sem") and pid.isdigit():
                forget_faketime(int(pid))  # (only where no process has that pid)


def end_group(proc: subprocess.Popen) -> None:
    """End a program started in a process group of its own (faketime and the app under it,
    or a compositor): SIGTERM, then SIGKILL for the group if it does not go in 10 s."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            proc.poll()
            forget_faketime(proc.pid)
            return
        try:
            proc.wait(timeout=10)
            if sig == signal.SIGTERM:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)  # anything left in the group
            forget_faketime(proc.pid)
            return
        except subprocess.TimeoutExpired:
            continue


class OrderedProcess:
    """A helper program a test drives with one order a line on stdin, each answered with one
    JSON line on stdout (its first line: "ready"), e.g. the break screen's host."""

    def __init__(self, args: list[str], env: dict):
        import sys
        self.proc = subprocess.Popen([sys.executable, *args], env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self._answer() == "ready"

    def _answer(self):
        import json
        ready, _, _ = select.select([self.proc.stdout], [], [], WAIT_S)
        assert ready, f"{self.proc.args[1]} did not answer"
        line = self.proc.stdout.readline()
        assert line, f"{self.proc.args[1]} exited"
        return json.loads(line)

    def order(self, text: str):
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()
        return self._answer()

    def close(self) -> None:
        try:
            self.order("quit")
        except (AssertionError, OSError):
            pass
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=WAIT_S)
