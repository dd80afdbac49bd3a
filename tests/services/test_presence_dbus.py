"""Idle watches, screen lock and sleep through a stand-in desktop on a private D-Bus that
speaks the real interfaces (org.gnome.Mutter.IdleMonitor, org.freedesktop.ScreenSaver,
org.freedesktop.login1)."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.core.clock import FakeClock
from companion.services.dbus import Bus, Buses
from companion.services.logind import LogindWatch
from companion.services.presence.call import CallWatch
from companion.services.presence.gnome_idle import MutterIdleWatch
from companion.services.presence.monitor import PresenceChoices, PresenceMonitor
from companion.services.presence.screen_lock import ScreenLockWatch

from .conftest import WAIT_S

WAIT_MS = WAIT_S * 1000


@pytest.fixture
def bus(private_bus, qtbot):
    b = Bus(private_bus)
    yield b
    b.close()


def test_mutter_idle_then_active(desktop, bus, qtbot):
    gnome = desktop()
    watch = MutterIdleWatch(bus, 300_000)
    status = watch.start()
    assert status.available, status
    assert "AddIdleWatch" in gnome.calls() and "AddUserActiveWatch" not in gnome.calls()
    with qtbot.waitSignal(watch.idle, timeout=WAIT_MS) as went:
        gnome.do("idle")
    assert went.args == [300.0]
    assert "AddUserActiveWatch" in gnome.calls()  # only now: it fires once, at the next input
    with qtbot.waitSignal(watch.active, timeout=WAIT_MS):
        gnome.do("active")
    actives = []
    watch.active.connect(lambda: actives.append(1))
    with qtbot.waitSignal(watch.idle, timeout=WAIT_MS):
        gnome.do("active")  # the one-shot watch is gone; input while present means nothing
        gnome.do("idle")  # (and this shows the bus has delivered everything before it)
    assert actives == []
    watch.stop()
    assert "RemoveWatch" in gnome.calls()


def test_screen_saver_lock_and_unlock(desktop, bus, qtbot):
    saver = desktop("org.freedesktop.ScreenSaver")
    watch = ScreenLockWatch(bus)
    assert watch.start().how == "org.freedesktop.ScreenSaver ActiveChanged"
    with qtbot.waitSignal(watch.locked, timeout=WAIT_MS):
        saver.do("lock")
    with qtbot.waitSignal(watch.unlocked, timeout=WAIT_MS):
        saver.do("unlock")
    saver.do("idle")
    assert watch.idle_seconds() == 10 ** 6  # the freedesktop call answers milliseconds


def test_logind_lock_hint_and_sleep(desktop, bus, qtbot):
    logind = desktop("org.freedesktop.login1")
    watch = LogindWatch(bus)
    assert [s.available for s in watch.start()] == [True, True]
    with qtbot.waitSignal(watch.locked, timeout=WAIT_MS):
        logind.do("hint 1")
    with qtbot.waitSignal(watch.unlocked, timeout=WAIT_MS):
        logind.do("hint 0")
    with qtbot.waitSignal(watch.suspended, timeout=WAIT_MS):
        logind.do("sleep")
    with qtbot.waitSignal(watch.resumed, timeout=WAIT_MS):
        logind.do("wake")


def test_an_empty_bus_is_reported_not_pretended(bus):
    assert not MutterIdleWatch(bus, 1000).start().available
    assert ScreenLockWatch(bus).start().how == "no screen saver on the session bus"
    assert [s.available for s in LogindWatch(bus).start()] == [False, False]


START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def monitor_on(address, qtbot, **kw):
    clock = FakeClock(START)
    calls = CallWatch(cameras="/nonexistent/video*", capture_states=lambda: ["state: RUNNING"])
    monitor = PresenceMonitor(PresenceChoices(**kw), clock, buses=Buses(address, address), display="",
                              call_watch=calls)
    monitor.start()
    return monitor


def test_monitor_combines_sources_into_facts(desktop, private_bus, qtbot):
    gnome = desktop()
    monitor = monitor_on(private_bus, qtbot)
    described = {s.what: s for s in monitor.describe()}
    assert described["idle"].how == "GNOME idle monitor (Mutter idle watches)"
    assert described["screen lock"].available and described["sleep"].available
    assert not described["do not disturb"].available and not described["fullscreen"].available
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS) as fact:
        gnome.do("idle")
    assert fact.args == ["idle_since", START - timedelta(minutes=5)]
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS) as fact:
        gnome.do("lock")
    assert fact.args == ["locked", None]
    # Two buses, two sockets: after each change, a later signal on the same bus shows
    # that the change has been read (the bus keeps order), without waiting on a clock.
    facts = []
    monitor.fact.connect(lambda *args: facts.append(args[0]))
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS):
        gnome.do("hint 1")  # the second lock source agrees: no second "locked"
        gnome.do("wake")
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS):
        gnome.do("unlock")  # logind still says locked: no "unlocked"
        gnome.do("idle")
    assert facts == ["resumed", "idle_since"]
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS) as fact:
        gnome.do("hint 0")
    assert fact.args == ["unlocked", None]
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS) as fact:
        gnome.do("sleep")
    assert fact.args == ["suspended", None]
    assert monitor.busy_reason() == "in a call"
    monitor.stop()


def test_monitor_falls_back_to_x11_idle_and_honours_settings(desktop, private_bus, xvfb, qtbot):
    desktop("org.freedesktop.login1")
    clock = FakeClock(START)
    monitor = PresenceMonitor(PresenceChoices(calls=False, do_not_disturb=False), clock,
                              buses=Buses(private_bus, private_bus), display=xvfb)
    monitor.start()
    described = {s.what: s for s in monitor.describe()}
    assert described["idle"].how == "X11 idle alarms (XSync IDLETIME)"
    assert described["screen lock"].how == "logind session LockedHint"
    assert described["camera"].how == "off in settings"
    assert monitor.busy_reason() is None
    monitor.stop()


def test_nothing_is_loaded_before_start():
    script = ("import sys\n"
              "from companion.services.presence.monitor import PresenceMonitor\n"
              "heavy = [m for m in sys.modules if m.startswith('jeepney') or m.endswith("
              "('.x11', '.dbus', '.call', '.dnd', '.fullscreen', '.logind', '.gnome_idle'))]\n"
              "print(heavy)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=Path(__file__).parents[2])
    assert out.stdout.strip() == "[]", out.stderr
