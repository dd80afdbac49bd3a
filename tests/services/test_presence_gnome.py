"""GNOME's busy sources through the real PresenceMonitor on a real private D-Bus: a program
inhibiting idle (gnome-session's InhibitedActions, played by dbusmock) and GNOME's
do-not-disturb switch (show-banners, through a stand-in XDG desktop portal). Both are
followed by signal: their end releases held prompts at once, with nothing polled."""

from __future__ import annotations

import pytest
from gnome_helpers import gnome_shell_notifications, session_manager
from jeepney import DBusAddress, message_bus, new_signal
from jeepney.io.blocking import open_dbus_connection
from portal_helpers import Portal

from companion.services.dbus import Buses
from companion.services.presence.monitor import PresenceChoices, PresenceMonitor

from .conftest import WAIT_S

WAIT_MS = WAIT_S * 1000
ONLY_BUSY = dict(idle=False, lock=False, calls=False)


@pytest.fixture
def monitor(private_bus):
    made = []

    def make(**choices) -> PresenceMonitor:
        buses = Buses(session=private_bus)
        made.append((buses, PresenceMonitor(PresenceChoices(**{**ONLY_BUSY, **choices}), buses=buses)))
        made[-1][1].start()
        return made[-1][1]
    yield make
    for buses, m in made:
        m.stop()
        buses.close()


@pytest.fixture
def gnome_session(private_bus):
    mocks = []

    def make(inhibited: int = 0):
        mocks.append(session_manager(private_bus, inhibited))
        return mocks[-1]
    yield make
    for mock in mocks:
        mock.stop()


def test_a_program_inhibiting_idle_holds_reminders_and_its_end_frees_them_at_once(
        gnome_session, monitor, qtbot):
    session = gnome_session(inhibited=8)  # a film was already playing at start
    m = monitor(do_not_disturb=False)
    assert m.busy_reason() == "another program is keeping the screen awake"
    [status] = [s for s in m.describe() if s.available and s.what == "fullscreen"]
    assert "GNOME" in status.how
    with qtbot.waitSignal(m.fact, timeout=WAIT_MS, check_params_cb=lambda name, _: name == "free"):
        session.set("InhibitedActions", "u", 0)  # the film ended
    assert m.busy_reason() is None
    # Only the idle bit counts: an inhibited log-out (1) or suspend (4) is not a film.
    session.set("InhibitedActions", "u", 1 | 4)
    session.set("InhibitedActions", "u", 8 | 4)  # a video call starts
    qtbot.waitUntil(lambda: m.busy_reason() is not None, timeout=WAIT_MS)


def test_a_stranger_cannot_end_busy_by_imitating_the_session_manager(
        gnome_session, monitor, private_bus, qtbot):
    session = gnome_session(inhibited=8)
    m = monitor(do_not_disturb=False)
    frees = []
    m.fact.connect(lambda name, _: frees.append(name) if name == "free" else None)
    fake = new_signal(DBusAddress("/org/gnome/SessionManager", interface="org.freedesktop.DBus.Properties"),
                      "PropertiesChanged", "sa{sv}as", ("org.gnome.SessionManager",
                                                        {"InhibitedActions": ("u", 0)}, []))
    with open_dbus_connection(private_bus) as stranger:
        stranger.send(fake)
        # A round trip: the bus has passed the fake on before anything the mock sends next.
        stranger.send_and_get_reply(message_bus.GetId(), timeout=WAIT_S)
        session.set("InhibitedActions", "u", 8)
        with qtbot.waitSignal(m.fact, timeout=WAIT_MS, check_params_cb=lambda name, _: name == "free"):
            session.set("InhibitedActions", "u", 0)
    assert frees == ["free"]  # believed, the fake would have freed the prompts a first time


def test_the_session_manager_going_away_ends_busy(gnome_session, monitor, qtbot):
    session = gnome_session(inhibited=8)
    m = monitor(do_not_disturb=False)
    with qtbot.waitSignal(m.fact, timeout=WAIT_MS, check_params_cb=lambda name, _: name == "free"):
        session.stop()
    assert m.busy_reason() is None


def test_without_gnome_session_fullscreen_is_as_before(monitor):
    m = monitor(do_not_disturb=False)
    statuses = [s for s in m.describe() if s.what == "fullscreen"]
    assert len(statuses) == 1 and not statuses[0].available  # the X11 watch's own words
    assert m.busy_reason() is None


def test_gnome_do_not_disturb_is_read_from_the_portal_and_followed_live(private_bus, monitor, qtbot):
    shell = gnome_shell_notifications(private_bus)
    portal = Portal(private_bus, {"org.gnome.desktop.notifications": {"show-banners": ["b", False]}})
    try:
        m = monitor(fullscreen=False)
        [status] = [s for s in m.describe() if s.what == "do not disturb"]
        assert status.available and "show-banners" in status.how
        qtbot.waitUntil(lambda: m.busy_reason() == "do not disturb is on", timeout=WAIT_MS)
        with qtbot.waitSignal(m.fact, timeout=WAIT_MS, check_params_cb=lambda name, _: name == "free"):
            portal.set("org.gnome.desktop.notifications", "show-banners", "b", True)
        assert m.busy_reason() is None
        portal.set("org.gnome.desktop.notifications", "show-banners", "b", False)  # on again
        qtbot.waitUntil(lambda: m.busy_reason() == "do not disturb is on", timeout=WAIT_MS)
    finally:
        portal.proc.terminate()
        portal.proc.wait(timeout=WAIT_S)
        shell.stop()
