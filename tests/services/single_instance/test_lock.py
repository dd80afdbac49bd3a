"""The start lock: of launches at the same moment, one becomes the running copy."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time

import pytest
from desktop_helpers import stop
from instance_helpers import (
    WAIT_MS,
    Recorder,
    read_line,
)

from companion.services.single_instance import lock as lock_module
from companion.services.single_instance.lock import StartLock
from companion.services.single_instance.place import server_name
from companion.services.single_instance.protocol import (
    NoAnswer,
)
from companion.services.single_instance.server import (
    InstanceServer,
    forward_or_serve,
)


def test_the_start_lock_is_private_and_taken_by_one_launch_at_a_time(companion_home):
    name = server_name(str(companion_home))
    first = StartLock.take(name)
    assert first.held
    lock_file = name.removesuffix(".sock") + ".lock"
    assert stat.S_IMODE(os.stat(lock_file).st_mode) == 0o600
    before = time.monotonic()
    with pytest.raises(NoAnswer, match="another Companion is starting"):
        StartLock.take(name, timeout=0.2)
    assert time.monotonic() - before < 5
    first.release()
    second = StartLock.take(name, timeout=0.2)
    assert second.held
    second.release()


HOLDER = r"""
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.read()
"""


def test_the_start_lock_of_a_launch_that_died_is_free(companion_home):
    name = server_name(str(companion_home))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, name.removesuffix(".sock") + ".lock"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert read_line(holder.stdout) == "held"
        with pytest.raises(NoAnswer):
            StartLock.take(name, timeout=0.1)
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        stop(holder)
    lock = StartLock.take(name, timeout=5)  # the kernel let go when the process died
    assert lock.held
    lock.release()


def test_launches_wait_for_a_starting_copy_and_then_hand_over(qtbot, companion_home,
                                                             monkeypatch):
    """The new copy holds the lock until it serves: a launch meanwhile waits, then is served
    (instead of being told "still starting" or starting a second copy)."""
    name = server_name(str(companion_home))
    server = forward_or_serve(name, ["show"])
    assert isinstance(server, InstanceServer)
    try:
        with pytest.raises(NoAnswer, match="another Companion is starting"):
            forward_or_serve(name, ["check"], start_timeout=0.1)
        found_held = threading.Event()
        real_flock = lock_module.fcntl.flock

        def flock(fd, how):
            try:
                return real_flock(fd, how)
            except BlockingIOError:
                found_held.set()
                raise
        monkeypatch.setattr(lock_module.fcntl, "flock", flock)
        handler = Recorder()
        outcome = {}
        launch = threading.Thread(target=lambda: outcome.update(
            value=forward_or_serve(name, ["check"])), daemon=True)
        launch.start()
        qtbot.waitUntil(found_held.is_set, timeout=WAIT_MS)
        assert launch.is_alive() and handler.calls == []  # waiting for the copy to be ready
        server.serve(handler)
        qtbot.waitUntil(lambda: not launch.is_alive(), timeout=WAIT_MS)
        assert outcome == {"value": None} and handler.calls == [["check"]]
    finally:
        server.close()


def test_a_copy_that_fails_to_start_lets_the_next_launch_start(companion_home):
    name = server_name(str(companion_home))
    server = forward_or_serve(name, [])
    server.close()  # as when it quits before it was ready
    again = forward_or_serve(name, [], start_timeout=1)
    assert isinstance(again, InstanceServer)
    again.close()
