"""Many real launches at the very same moment: exactly one Companion runs, reachable.

Before the start lock, two launches released together both found no running copy, both
started, and the second replaced the first's socket: the first ran on, unreachable, and
reminded a second time from then on.
"""

from __future__ import annotations

import json
import os
import select
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from desktop_helpers import stop
from pytestqt.exceptions import TimeoutError as WaitTimeout

from companion.services.single_instance.client import forward
from companion.services.single_instance.credentials import peer_credentials
from companion.services.single_instance.place import server_name

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parents[3]
LAUNCHES = 12
ROUNDS = 3
WAIT_MS = 45_000

# A real `companion --log-water`, held at a gate right before it asks "is one running?":
# the test opens the gate for all of them at once (EOF on one pipe), as tightly as
# launches can be synchronised. As in real launches, only the one that goes on to run
# imports Qt and the app, after the gate, while the others wait on its start lock.
AT_THE_GATE = r"""
import os, sys
gate = int(sys.argv.pop(1))
from companion.services.single_instance import place
from companion.__main__ import main
real_name = place.server_name

def at_the_gate(home):
    name = real_name(home)
    print("ready", flush=True)
    os.read(gate, 1)  # returns for everyone when the test closes the other end
    return name

place.server_name = at_the_gate
sys.exit(main(sys.argv[1:]))
"""


def glasses(data: Path) -> list[str]:
    with sqlite3.connect(data / "history.db") as db:
        rows = db.execute("SELECT data FROM events WHERE kind = 'water_logged'").fetchall()
    return [json.loads(r[0])["via"] for r in rows]


def wait_ready(procs: list[subprocess.Popen], timeout_s: float = 60) -> None:
    """Every launch printed 'ready' (it is at the gate)."""
    waiting = {p.stdout: p for p in procs}
    deadline = time.monotonic() + timeout_s
    while waiting:
        ready, _, _ = select.select(list(waiting), [], [], max(0, deadline - time.monotonic()))
        assert ready, f"{len(waiting)} launches did not reach the gate"
        for stream in ready:
            line = stream.readline().decode().strip()
            assert line == "ready", f"a launch said {line!r} (exit {waiting[stream].poll()})"
            del waiting[stream]


def release_together(env: dict[str, str], count: int) -> list[subprocess.Popen]:
    gate_out, gate_in = os.pipe()
    procs = []
    try:
        for _ in range(count):
            procs.append(subprocess.Popen(
                [sys.executable, "-c", AT_THE_GATE, str(gate_out), "--log-water"], cwd=ROOT,
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                pass_fds=(gate_out,)))
        wait_ready(procs)
    except BaseException:
        for proc in procs:
            stop(proc)
        raise
    finally:
        os.close(gate_out)
        os.close(gate_in)  # the gate opens: every launch reads EOF at the same moment
    return procs


@pytest.mark.timeout(400)
def test_launches_at_the_same_moment_leave_exactly_one_reachable_copy(qtbot, companion_home):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # toasts; notifications have their own tests
    config, data = companion_home / "config", companion_home / "data"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"welcome_done": True}))
    name = server_name(str(data))
    for round_ in range(1, ROUNDS + 1):
        procs = release_together(env, LAUNCHES)
        try:
            # All but one hand over their glass and exit; one stays, as the running copy.
            try:
                qtbot.waitUntil(lambda procs=procs: sum(p.poll() is None for p in procs) <= 1,
                                timeout=WAIT_MS)
            except WaitTimeout:
                pass  # the assertions below say what went wrong
            running = [p for p in procs if p.poll() is None]
            failed = [(p.returncode, p.stderr.read().decode()) for p in procs
                      if p.poll() not in (None, 0)]
            assert failed == []
            assert len(running) == 1, f"round {round_}: {len(running)} copies kept running"
            survivor = running[0]
            # The socket is the survivor's, and it answers.
            assert forward(name, ["log_water:test"]) is True
            with socket.socket(socket.AF_UNIX) as probe:
                probe.connect(name)
                assert peer_credentials(probe)[0] == survivor.pid
            assert glasses(data).count("command line") == LAUNCHES * round_
            assert glasses(data).count("test") == round_
            assert survivor.poll() is None  # nothing made it leave
        finally:
            for proc in procs:
                stop(proc)  # the survivor leaves its socket file: the next round takes it over
