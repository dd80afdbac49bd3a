"""GNOME 48's break reminders followed on a real private D-Bus: ``selected-breaks`` through a
stand-in XDG desktop portal, GNOME Shell's ``org.gnome.Shell.ScreenTime`` played by
dbusmock with the shell's properties. Everything arrives by signal; nothing is polled."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from gnome_helpers import MOVEMENT_BREAKS, screen_time
from jeepney import DBusAddress, message_bus, new_signal
from jeepney.io.blocking import open_dbus_connection
from portal_helpers import Portal

from companion.core.clock import FakeClock
from companion.core.desktop_breaks import ACTIVE, IDLE, IN_BREAK, BreakTaken
from companion.services.dbus import Buses
from companion.services.gnome_breaks import GnomeBreaks

from .conftest import WAIT_S

WAIT_MS = WAIT_S * 1000
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def follow(private_bus):
    made = []

    def make(clock) -> GnomeBreaks:
        buses = Buses(session=private_bus)
        gnome = GnomeBreaks(buses.session, clock)
        made.append((buses, gnome))
        gnome.start()
        return gnome
    yield make
    for buses, gnome in made:
        gnome.stop()
        buses.close()


@pytest.fixture
def portal(private_bus):
    started = []

    def make(settings) -> Portal:
        started.append(Portal(private_bus, settings))
        return started[-1]
    yield make
    for p in started:
        p.proc.terminate()
        p.proc.wait(timeout=WAIT_S)


def test_a_movement_break_begins_and_counts_once_gnome_says_it_ended(private_bus, portal, follow, qtbot):
    shell = screen_time(private_bus, state=ACTIVE, last_break_end=0)
    breaks = portal(MOVEMENT_BREAKS)
    clock = FakeClock(T0)
    try:
        gnome = follow(clock)
        qtbot.waitUntil(lambda: gnome.movement, timeout=WAIT_MS)
        assert gnome.status().available and "movement breaks are on" in gnome.status().how
        qtbot.waitUntil(lambda: gnome._follower.state == ACTIVE, timeout=WAIT_MS)
        clock.advance(minutes=31)
        shell.set("State", "u", IDLE)
        with qtbot.waitSignal(gnome.began, timeout=WAIT_MS):
            shell.set("State", "u", IN_BREAK)
        clock.advance(minutes=6)
        end = int(clock().timestamp())
        with qtbot.waitSignal(gnome.taken, timeout=WAIT_MS) as taken:
            shell.set("LastBreakEndTime", "t", end)
            shell.set("State", "u", ACTIVE)
        brk = taken.args[0]
        assert isinstance(brk, BreakTaken) and brk.end == datetime.fromtimestamp(end, UTC)
        assert 6 <= brk.minutes < 6.5
        # Turned off in GNOME's Settings: followed at once.
        with qtbot.waitSignal(gnome.changed, timeout=WAIT_MS):
            breaks.set("org.gnome.desktop.break-reminders", "selected-breaks", "as", ["eyesight"])
        assert not gnome.movement and "off" in gnome.status().how
    finally:
        shell.stop()


def test_a_break_shorter_than_gnomes_movement_break_is_not_a_stretch_break(
        private_bus, portal, follow, qtbot):
    shell = screen_time(private_bus)
    portal({**MOVEMENT_BREAKS, "org.gnome.desktop.break-reminders.movement": {
        "duration-seconds": ["u", 600], "interval-seconds": ["u", 1800]}})
    clock = FakeClock(T0)
    taken = []
    try:
        gnome = follow(clock)
        gnome.taken.connect(taken.append)
        qtbot.waitUntil(lambda: gnome.movement and gnome._follower.movement_seconds == 600,
                        timeout=WAIT_MS)
        shell.set("State", "u", IDLE)
        clock.advance(minutes=7)  # 7 minutes away: a break for GNOME's default, not for this one
        shell.set("LastBreakEndTime", "t", int(clock().timestamp()))
        shell.set("State", "u", ACTIVE)
        qtbot.waitUntil(lambda: gnome._follower.state == ACTIVE, timeout=WAIT_MS)
        assert taken == []
    finally:
        shell.stop()


def test_a_stranger_cannot_fake_a_break_and_the_shell_going_away_ends_the_lead(
        private_bus, portal, follow, qtbot):
    shell = screen_time(private_bus)
    portal(MOVEMENT_BREAKS)
    clock = FakeClock(T0)
    began = []
    gnome = follow(clock)
    gnome.began.connect(lambda: began.append(clock()))
    qtbot.waitUntil(lambda: gnome.movement and gnome._follower.state == ACTIVE, timeout=WAIT_MS)
    clock.advance(minutes=40)
    fake = new_signal(DBusAddress("/org/gnome/Shell/ScreenTime", interface="org.freedesktop.DBus.Properties"),
                      "PropertiesChanged", "sa{sv}as",
                      ("org.gnome.Shell.ScreenTime", {"State": ("u", IN_BREAK)}, []))
    with open_dbus_connection(private_bus) as stranger:
        stranger.send(fake)
        stranger.send_and_get_reply(message_bus.GetId(), timeout=WAIT_S)  # passed on before the next
        with qtbot.waitSignal(gnome.began, timeout=WAIT_MS):
            shell.set("State", "u", IN_BREAK)
    assert began == [clock()]  # only the shell's own change began a break
    with qtbot.waitSignal(gnome.changed, timeout=WAIT_MS):
        shell.stop()
    assert not gnome.movement and "no break reminders of its own" in gnome.status().how


def test_without_gnome_48_companion_leads(private_bus, follow, qtbot):
    clock = FakeClock(T0)
    gnome = follow(clock)
    assert not gnome.movement
    assert not gnome.status().available
    assert "no break reminders of its own" in gnome.status().how
