"""Idle on Wayland through ext-idle-notify-v1, against KWin itself (kwin_wayland --virtual).

The real protocol, the real compositor: KWin counts the time without input and says "idled";
a pointer movement through its fake-input protocol is input, and it says "resumed".
Do not disturb on a Wayland session: a real dunst drawing on KWin, no X anywhere.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from jeepney import MatchRule, message_bus
from jeepney.io.blocking import open_dbus_connection
from kwin_helpers import FakeInput, KWin
from PySide6.QtCore import QTimer

from companion.core.clock import FakeClock
from companion.services.dbus import Bus, Buses
from companion.services.presence.dnd import DoNotDisturb
from companion.services.presence.monitor import PresenceChoices, PresenceMonitor
from companion.services.presence.wayland_idle import WaylandIdleWatch

from .conftest import WAIT_S, require, stop

pytestmark = pytest.mark.slow

THRESHOLD_MS = 800


@pytest.fixture
def kwin(qtbot):
    compositor = KWin(qtbot)
    yield compositor
    compositor.close()


def test_kwin_says_when_input_stops_and_when_it_comes_back(qtbot, kwin):
    watch = WaylandIdleWatch(THRESHOLD_MS, str(kwin.runtime / kwin.socket))
    status = watch.start()
    assert status.available, status.how
    hand = FakeInput(kwin)
    try:
        for _ in range(2):  # away, back, and away again: the notification stays armed
            with qtbot.waitSignal(watch.idle, timeout=10_000) as away:
                pass
            assert away.args == [THRESHOLD_MS / 1000]
            with qtbot.waitSignal(watch.active, timeout=10_000):
                hand.move()
    finally:
        hand.close()
        watch.stop()


def test_no_idle_signal_while_input_keeps_coming(qtbot, kwin):
    watch = WaylandIdleWatch(3_000, str(kwin.runtime / kwin.socket))
    assert watch.start().available
    hand = FakeInput(kwin)
    heard = []
    watch.idle.connect(heard.append)
    moves = []
    timer = QTimer(interval=500)  # a hand on the mouse, every half second, for six seconds
    timer.timeout.connect(lambda: (hand.move(), moves.append(1)))
    timer.start()
    try:
        qtbot.waitUntil(lambda: len(moves) >= 12, timeout=15_000)
        assert heard == []
    finally:
        timer.stop()
        hand.close()
        watch.stop()


def test_the_compositor_going_away_is_survived(qtbot, kwin):
    watch = WaylandIdleWatch(60_000, str(kwin.runtime / kwin.socket))
    assert watch.start().available
    kwin.close()
    qtbot.waitUntil(lambda: not watch._notifier.isEnabled(), timeout=10_000)
    watch.stop()


def test_outside_wayland_it_says_so(monkeypatch):
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    status = WaylandIdleWatch(60_000).start()
    assert (status.available, status.how) == (False, "not a Wayland session")


def test_no_compositor_at_that_socket(tmp_path):
    status = WaylandIdleWatch(60_000, str(tmp_path / "nobody")).start()
    assert (status.available, status.how) == (False, "could not reach the Wayland compositor")


def test_on_plasma_the_monitor_takes_idle_from_kwin(qtbot, kwin, private_bus, monkeypatch):
    """No GNOME on the bus, a Wayland session: the monitor picks ext-idle-notify-v1."""
    monkeypatch.setenv("WAYLAND_DISPLAY", str(kwin.runtime / kwin.socket))
    monkeypatch.delenv("DISPLAY", raising=False)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    choices = PresenceChoices(idle_minutes=THRESHOLD_MS / 60_000, lock=False, calls=False,
                              fullscreen=False, do_not_disturb=False)
    monitor = PresenceMonitor(choices, FakeClock(start), buses=Buses(private_bus, private_bus))
    monitor.start()
    hand = FakeInput(kwin)
    try:
        assert {s.what: s.how for s in monitor.describe()}["idle"] == \
            "Wayland idle notifications (ext-idle-notify-v1)"
        with qtbot.waitSignal(monitor.fact, timeout=10_000) as fact:
            pass
        assert fact.args == ["idle_since", start - timedelta(milliseconds=THRESHOLD_MS)]
        with qtbot.waitSignal(monitor.fact, timeout=10_000) as fact:
            hand.move()
        assert fact.args == ["active", None]
    finally:
        hand.close()
        monitor.stop()


def test_an_x11_session_never_loads_the_wayland_source(private_bus, xvfb):
    script = ("import sys\n"
              "from PySide6.QtCore import QCoreApplication\n"
              "from companion.services.dbus import Buses\n"
              "from companion.services.presence.monitor import PresenceChoices, PresenceMonitor\n"
              "app = QCoreApplication([])\n"
              f"monitor = PresenceMonitor(buses=Buses({private_bus!r}, {private_bus!r}), display={xvfb!r},\n"
              "    choices=PresenceChoices(lock=False, calls=False))\n"
              "monitor.start()\n"
              "print([s.how for s in monitor.describe() if s.what == 'idle'])\n"
              "print([m for m in sys.modules if m.endswith(('.wayland_idle', '.wayland'))])\n")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "DISPLAY": xvfb}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=Path(__file__).parents[2], timeout=60)
    assert out.stdout.splitlines() == ["['X11 idle alarms (XSync IDLETIME)']", "[]"], out.stderr


def test_do_not_disturb_on_a_wayland_session(qtbot, kwin, private_bus, tmp_path):
    """Do not disturb is the notification server's, over D-Bus: the same on Wayland."""
    require("dunst", "dunstctl")
    env = dict(kwin.env, WAYLAND_DISPLAY=str(kwin.runtime / kwin.socket), DBUS_SESSION_BUS_ADDRESS=private_bus)
    owner = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    owner.add_arg_condition(0, "org.freedesktop.Notifications")
    with open_dbus_connection(private_bus) as watcher, watcher.filter(owner) as queue:
        watcher.send_and_get_reply(message_bus.AddMatch(owner), timeout=WAIT_S)
        (tmp_path / "dunstrc").write_text("[global]\n")
        proc = subprocess.Popen(["dunst", "-config", str(tmp_path / "dunstrc")], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        watcher.recv_until_filtered(queue, timeout=WAIT_S)
    bus = Bus(private_bus)
    dnd = DoNotDisturb(bus)
    try:
        assert dnd.start().how == "dunst's paused state"
        subprocess.run(["dunstctl", "set-paused", "true"], env=env, check=True, timeout=WAIT_S)
        assert dnd.reason() == "do not disturb is on"
        with qtbot.waitSignal(dnd.ended, timeout=WAIT_S * 1000):
            subprocess.run(["dunstctl", "set-paused", "false"], env=env, check=True, timeout=WAIT_S)
        assert dnd.reason() is None
    finally:
        dnd.stop()
        bus.close()
        stop(proc)


def test_a_stopped_watch_falls_silent_and_a_new_one_takes_over(qtbot, kwin):
    """Settings changed: the old watch lets go of its objects, the next one hears KWin."""
    old = WaylandIdleWatch(THRESHOLD_MS, str(kwin.runtime / kwin.socket))
    assert old.start().available
    old.stop()
    old_heard = []
    old.idle.connect(old_heard.append)
    new = WaylandIdleWatch(THRESHOLD_MS, str(kwin.runtime / kwin.socket))
    assert new.start().available
    try:
        with qtbot.waitSignal(new.idle, timeout=10_000):
            pass
        assert old_heard == []
    finally:
        new.stop()


def test_a_wayland_session_never_falls_back_to_xwaylands_idle_counter(private_bus, xvfb, tmp_path, monkeypatch):
    """XWayland counts only input to X programs: typing elsewhere would look like absence."""
    monkeypatch.setenv("WAYLAND_DISPLAY", str(tmp_path / "a-compositor-without-the-protocol"))
    monkeypatch.setenv("DISPLAY", xvfb)  # XWayland, as far as Companion can tell
    choices = PresenceChoices(lock=False, calls=False, fullscreen=False, do_not_disturb=False)
    monitor = PresenceMonitor(choices, buses=Buses(private_bus, private_bus))
    monitor.start()
    try:
        idle = {s.what: s for s in monitor.describe()}["idle"]
        assert not idle.available
        assert idle.how.startswith("time away from the keyboard is not noticed here")
    finally:
        monitor.stop()
