"""A start by hand shows Companion; a start at login does not (issue 20).

The real program (main.py) on a real X display (Xvfb) with a real system tray (trayer):
started from the menu or a terminal it opens Today, so it never looks as if nothing
happened; started by the login entry (``--autostart``) it sits quietly in the tray, and
another login start leaves it so; a second start by hand while it runs brings Today up.
Windows are found as a person sees them: mapped on the display (xdotool).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from desktop_helpers import BUS_CONFIG, WAIT_S, require, start_reporting, start_trayer, stop

from companion.core.settings_schema import SCHEMA_VERSION

pytestmark = pytest.mark.slow  # real X servers and window managers: not in the quick set

ROOT = Path(__file__).resolve().parents[1]
TODAY = "Today — Companion"


@pytest.fixture
def tray_desktop(tmp_path, qtbot):
    """An Xvfb display with a system tray (trayer) and a private session bus; the app's env."""
    require("Xvfb", "dbus-daemon", "trayer", "xdotool")
    x, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp"])
    (tmp_path / "bus.conf").write_text(BUS_CONFIG)
    bus, address = start_reporting(["dbus-daemon", f"--config-file={tmp_path / 'bus.conf'}",
                                    "--nofork", "--print-address={fd}"])
    os.chmod(tmp_path, 0o700)
    env = {"PATH": os.environ["PATH"], "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb",
           "DBUS_SESSION_BUS_ADDRESS": address, "XDG_RUNTIME_DIR": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "xdg-data"), "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
           "COMPANION_HOME": str(tmp_path / "home"), "PYTHONDONTWRITEBYTECODE": "1"}
    tray = start_trayer(env, tmp_path / "trayer.log", qtbot)
    yield env
    for proc in (tray, bus, x):
        stop(proc)


def returning_user(env: dict) -> None:
    """Settings of someone who has used Companion before: no welcome."""
    config = Path(env["COMPANION_HOME"]) / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps(
        {"schema_version": SCHEMA_VERSION, "welcome_done": True, "start_at_login": False}))


def mapped(env: dict, title: str) -> bool:
    """Whether a window of that title is on the display, as a person would see it."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                           env=env, capture_output=True, text=True, timeout=WAIT_S)
    return bool(found.stdout.strip())


def launch(env: dict, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def hand_over(env: dict, *args: str) -> None:
    """A second launch: it hands its command line over and returns once that is done."""
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr


def log_of(env: dict) -> str:
    path = Path(env["COMPANION_HOME"]) / "data" / "companion.log"
    return path.read_text() if path.exists() else ""


def test_started_by_hand_with_a_tray_companion_opens_today(tray_desktop, qtbot):
    returning_user(tray_desktop)
    app = launch(tray_desktop)
    try:
        qtbot.waitUntil(lambda: mapped(tray_desktop, TODAY), timeout=WAIT_S * 1000)
        qtbot.waitUntil(lambda: "Companion started (tray available)" in log_of(tray_desktop),
                        timeout=WAIT_S * 1000)
    finally:
        stop(app)


def test_started_at_login_it_stays_in_the_tray_until_started_again_by_hand(tray_desktop, qtbot):
    returning_user(tray_desktop)
    app = launch(tray_desktop, "--autostart")
    try:
        qtbot.waitUntil(lambda: "started at login: no window; in the tray" in log_of(tray_desktop)
                        and app.poll() is None, timeout=WAIT_S * 1000)
        # A request that opens nothing, answered once the app has run its event loop
        # past everything it did at start (a window it showed would be mapped by then).
        hand_over(tray_desktop, "--autostart")  # a second login start (session restore)
        hand_over(tray_desktop, "--vitals")
        assert not mapped(tray_desktop, TODAY)
        assert "Companion is running already: nothing to do" in log_of(tray_desktop)
        hand_over(tray_desktop)  # the menu entry again, or `companion` in a terminal
        qtbot.waitUntil(lambda: mapped(tray_desktop, TODAY), timeout=WAIT_S * 1000)
    finally:
        stop(app)
