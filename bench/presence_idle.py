"""Idle cost of the presence monitor against a bare PySide6 event loop, in the same run.

Starts Xvfb, openbox, a private session bus with dunst on it, then two programs side by
side for the same idle period: a bare QApplication, and a QApplication running a
PresenceMonitor with every source this machine offers (X11 idle alarms, fullscreen,
do not disturb, screen lock/logind where present, camera and microphone). Nobody types,
so the monitor should cost what the bare loop costs. Prints CPU seconds and context
switches (all threads) for each.

With --wayland the desktop is KWin's headless Wayland compositor instead (no X at all):
both programs run on Qt's wayland platform, the monitor takes idle from ext-idle-notify-v1,
and a third program holds only that Wayland idle source.

Usage:  .venv/bin/python bench/presence_idle.py [--idle 60] [--wayland]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from startup_idle import cpu_seconds, switches  # noqa: E402

BARE = "from PySide6.QtWidgets import QApplication\napp = QApplication([])\napp.exec()\n"
PRESENCE = """
import sys
from PySide6.QtWidgets import QApplication
from companion.services.presence.monitor import PresenceMonitor
app = QApplication([])
monitor = PresenceMonitor()
monitor.start()
for status in monitor.describe():
    print(("yes " if status.available else "no  ") + str(status), file=sys.stderr)
app.exec()
"""
WAYLAND_IDLE = """
import sys
from PySide6.QtWidgets import QApplication
from companion.services.presence.wayland_idle import WaylandIdleWatch
app = QApplication([])
watch = WaylandIdleWatch(5 * 60_000)
print("yes " + str(watch.start()), file=sys.stderr)
app.exec()
"""


def reporting(args: list[str], env: dict) -> tuple[subprocess.Popen, str]:
    """Start a helper that prints one line (its address) on a pipe."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen([a.format(fd=write_end) for a in args], pass_fds=(write_end,), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        return proc, pipe.readline().strip()


def x11_desktop(helpers: list) -> dict:
    """Xvfb and openbox; the environment a client needs."""
    xvfb, number = reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp"], dict(os.environ))
    helpers.append(xvfb)
    env = {k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"}
    env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    helpers.append(subprocess.Popen(["openbox", "--sm-disable"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    return env


def kwin_desktop(helpers: list) -> dict:
    """KWin's headless Wayland compositor, from a copy of the binary (tests/kwin_helpers.py
    says why); the environment a client needs."""
    runtime = Path(tempfile.mkdtemp(prefix="kwin-"))
    binary = runtime / "kwin_wayland"
    shutil.copy(shutil.which("kwin_wayland"), binary)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(runtime), KWIN_COMPOSE="Q")
    helpers.append(subprocess.Popen([str(binary), "--virtual", "--socket", "wayland-bench", "--no-lockscreen",
                                     "--no-global-shortcuts"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    env.update(WAYLAND_DISPLAY=str(runtime / "wayland-bench"), QT_QPA_PLATFORM="wayland")
    return env


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--idle", type=float, default=60)
    parser.add_argument("--wayland", action="store_true", help="on KWin's headless Wayland, not Xvfb")
    args = parser.parse_args()
    helpers, env = [], {}
    try:
        env = (kwin_desktop if args.wayland else x11_desktop)(helpers)
        env["PYTHONPATH"] = str(ROOT)
        bus, address = reporting(["dbus-daemon", "--session", "--nofork", "--print-address={fd}"], env)
        helpers.append(bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        helpers.append(subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
        time.sleep(2)  # the window manager (or compositor) and dunst take their places
        home = tempfile.mkdtemp(prefix="presence-bench-")
        env.update(COMPANION_HOME=home)
        if not args.wayland:  # KWin's socket lives in its own runtime folder
            env["XDG_RUNTIME_DIR"] = home
        programs = {"bare": BARE, "presence": PRESENCE}
        if args.wayland:
            programs["wl-idle"] = WAYLAND_IDLE
        procs = {name: subprocess.Popen([sys.executable, "-c", code], env=env) for name, code in programs.items()}
        helpers += procs.values()
        time.sleep(3)  # settle: start-up work is not idle cost
        before = {p: (cpu_seconds(p.pid), switches(p.pid)) for p in procs.values()}
        time.sleep(args.idle)
        print(f"\n{'':10}{'idle_cpu_s':>12}{'switches':>10}   ({args.idle:.0f} s, nobody typing)")
        for name, p in procs.items():
            cpu0, sw0 = before[p]
            sw1 = switches(p.pid)
            count = sum(n - sw0.get(tid, 0) for tid, n in sw1.items())
            print(f"{name:10}{cpu_seconds(p.pid) - cpu0:>12.2f}{count:>10}")
    finally:
        for proc in reversed(helpers):
            proc.terminate()
            proc.wait(10)
        if args.wayland and "XDG_RUNTIME_DIR" in env:  # KWin's copy and socket
            shutil.rmtree(env["XDG_RUNTIME_DIR"], ignore_errors=True)


if __name__ == "__main__":
    main()
