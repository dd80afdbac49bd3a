"""companion --diagnose: the real command, on a bare machine and under Xvfb with a tray and dunst."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from desktop_helpers import BUS_CONFIG, require, start_reporting, stop

from companion.services.diagnose.local import x11_tray_owner

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

ROOT = Path(__file__).resolve().parents[3]
TOPICS = ("Display", "System tray", "Notifications", "Sleep and resume", "Speech", "Sound",
          "Start at login", "Config folder", "Data folder", "Versions")


@pytest.fixture
def desktop(tmp_path):
    """An Xvfb display and a private session bus, with nothing on them yet."""
    require("Xvfb", "dbus-daemon")
    x, number = start_reporting(["Xvfb", "-displayfd", "{fd}", "-nolisten", "tcp"])
    (tmp_path / "bus.conf").write_text(BUS_CONFIG)
    bus, address = start_reporting(["dbus-daemon", f"--config-file={tmp_path / 'bus.conf'}",
                                    "--nofork", "--print-address={fd}"])
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=f":{number}", DBUS_SESSION_BUS_ADDRESS=address)
    helpers = []
    yield env, helpers
    for proc in [*helpers, bus, x]:
        stop(proc)


def dunst_on_bus(env) -> bool:
    """Whether the notification name is owned on the test bus (asked without activating it)."""
    run = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                          "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                          "string:org.freedesktop.Notifications"],
                         env=env, capture_output=True, text=True, timeout=10)
    return "boolean true" in run.stdout


def diagnose_run(env):
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--diagnose"], env=env,
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    return run.stdout


def line(report, topic):
    [found] = [text for text in report.splitlines() if text[5:].startswith(topic + ":")]
    return found


def test_diagnose_on_a_bare_machine_says_what_is_missing_and_starts_nothing(tmp_path):
    home = tmp_path / "home"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "COMPANION_HOME": str(home),
           "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "XDG_DATA_HOME": str(tmp_path / "data")}
    report = diagnose_run(env)
    for topic in TOPICS:
        assert line(report, topic)
    assert line(report, "System tray").startswith("[!!]")
    assert "no D-Bus session bus" in line(report, "Notifications")
    assert "-> " in report  # every missing piece says what to do
    assert "Qt 6." in line(report, "Versions") and "APScheduler 3." in line(report, "Versions")
    assert not home.exists()  # nothing was started or created
    assert not (tmp_path / "data" / "applications").exists()


def test_diagnose_under_xvfb_without_tray_or_notification_server(desktop):
    env, _ = desktop
    report = diagnose_run(env)
    assert line(report, "Display").startswith("[ok]")
    assert line(report, "System tray").startswith("[!!]") and "no X11 tray" in line(report, "System tray")
    assert line(report, "Notifications").startswith("[!!] Notifications: no notification server")
    # Presence: X11 idle alarms work on Xvfb; what is missing says Companion keeps to the clock.
    assert line(report, "Presence: idle") == "[ok] Presence: idle: X11 idle alarms (XSync IDLETIME)"
    assert line(report, "Presence: fullscreen").startswith("[!!]")
    assert "keeps to the clock" in report


def test_diagnose_under_xvfb_finds_trayer_and_dunst_with_buttons(desktop, qtbot):
    require("trayer", "dunst")
    env, helpers = desktop
    helpers.append(subprocess.Popen(["trayer"], env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL))
    def start_dunst():
        helpers.append(subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
        return helpers[-1]

    dunst = start_dunst()
    # Wait (with a generous limit: CI may be busy) until trayer holds the tray selection and
    # dunst its bus name, then ask once: each --diagnose run takes seconds of its own. A
    # dunst that gave up at start (seen once on a busy machine) is started again.
    def both_up() -> bool:
        nonlocal dunst
        if dunst.poll() is not None:
            dunst = start_dunst()
        return bool(x11_tray_owner(env["DISPLAY"]) and dunst_on_bus(env))
    qtbot.waitUntil(both_up, timeout=60_000)
    report = diagnose_run(env)
    assert line(report, "System tray") == "[ok] System tray: found: X11 system tray (XEmbed)"
    assert "with buttons (actions)" in line(report, "Notifications")
    assert "dunst" in line(report, "Notifications")
