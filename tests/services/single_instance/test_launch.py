"""A real second launch: its command line, its exit code, and the glass it hands over."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop_helpers import stop
from instance_helpers import (
    ROOT,
    WAIT_MS,
    glasses_on_disk,
)

from companion import cli
from companion.services.single_instance.client import forward
from companion.services.single_instance.place import server_name


# -- command line and the basics ----------------------------------------------------------
def test_command_line_actions():
    args = cli.parser().parse_args(["--log-water", "--pause", "45", "--stretch"])
    assert [str(action) for action in cli.actions(args)] == ["stretch", "log_water:command line",
                                                            "pause:45"]
    assert cli.actions(cli.parser().parse_args([])) == []


def test_no_running_copy_means_no_forward(companion_home):
    assert forward(server_name(str(companion_home)), ["show"]) is False


def test_a_refused_launch_prints_why_and_fails(qtbot, serve, companion):
    """The launching process itself: message on stderr, non-zero exit, nothing logged."""
    name = server_name(str(companion.places.data_dir))
    serve(name, companion.handle)
    launch = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--log-water", "--pause", "99999999"],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=WAIT_MS)
    finally:
        stop(launch)
    # The command line refuses it before anything is sent (the running copy would too).
    assert launch.returncode == 2
    assert "99999999" in launch.stderr.read().decode()
    assert glasses_on_disk(companion) == 0


# -- through real processes -------------------------------------------------------------------
def test_a_second_launch_logs_a_glass_in_the_running_app(qtbot, companion_home, tmp_path):
    """The real app, then a real `main.py --log-water`: exit 0 means the glass is on disk,
    even if the app is killed the moment that launch exits."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # toasts; the notification tests cover D-Bus
    data = companion_home / "data"
    name = server_name(str(data))
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env)
    try:
        qtbot.waitUntil(lambda: os.path.exists(name), timeout=WAIT_MS)
        launch = subprocess.run([sys.executable, str(ROOT / "main.py"), "--log-water"],
                                cwd=ROOT, env=env, timeout=60, capture_output=True)
        assert launch.returncode == 0, launch.stderr.decode()
        app.send_signal(signal.SIGKILL)  # no chance to finish anything after "ok"
        app.wait(timeout=10)
    finally:
        stop(app)
    with sqlite3.connect(data / "history.db") as db:
        rows = db.execute("SELECT data FROM events WHERE kind = 'water_logged'").fetchall()
    assert [json.loads(r[0])["via"] for r in rows] == ["command line"]


# Runs in the launching process itself: what it imported, and its peak resident size
# (VmHWM: ru_maxrss would count the test process it was forked from).
MEASURED = r"""
import sys
if sys.argv[1] == "qt":
    from PySide6.QtWidgets import QApplication
    qapp, code = QApplication([]), 0
else:
    from companion.__main__ import main
    code = main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(code, len(qt), peak, flush=True)
"""


def measured(args: list[str], env: dict, importtime: Path) -> tuple[int, int, int, float]:
    """Exit code, Qt modules imported, peak resident kB and wall seconds of one launch."""
    began = time.monotonic()
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", MEASURED, *args], cwd=ROOT,
                         env=env, stdout=subprocess.PIPE, stderr=importtime.open("wb"),
                         timeout=60)
    code, qt, peak = map(int, run.stdout.split())
    return code, qt, peak, time.monotonic() - began


def test_a_second_launch_forwards_without_loading_qt(qtbot, companion_home, tmp_path):
    """`companion --log-water` beside a running copy hands the glass over and exits without
    importing PySide6 (none in sys.modules, none in -X importtime), so it is quicker and
    smaller than a process that only loads Qt's widgets and makes a QApplication."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    data = companion_home / "data"
    name = server_name(str(data))
    app = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env)
    try:
        qtbot.waitUntil(lambda: os.path.exists(name), timeout=WAIT_MS)
        log = tmp_path / "importtime.txt"
        # The socket is there before the copy is ready (launches wait for it on the start
        # lock): the first launch waits for that, the second is measured.
        assert measured(["--log-water"], env, log)[:2] == (0, 0)
        code, qt, peak, seconds = measured(["--log-water"], env, log)
        imported = log.read_text()
        assert code == 0, imported[-2000:]
        assert "| companion.services.single_instance.client" in imported  # it did forward
        assert qt == 0
        assert [line for line in imported.splitlines() if "PySide6" in line] == []
        assert glasses_on_disk_at(data) == 2
        _, qt_loaded, qt_peak, qt_seconds = measured(["qt"], env, tmp_path / "qt.txt")
    finally:
        stop(app)
    print(f"forwarding launch: {seconds * 1000:.0f} ms, peak {peak / 1024:.1f} MB; "
          f"Qt widgets and a QApplication alone: {qt_seconds * 1000:.0f} ms, "
          f"peak {qt_peak / 1024:.1f} MB")
    assert qt_loaded > 0 and peak < qt_peak


def glasses_on_disk_at(data: Path) -> int:
    with sqlite3.connect(data / "history.db") as db:
        return db.execute("SELECT COUNT(*) FROM events WHERE kind = 'water_logged'").fetchone()[0]
