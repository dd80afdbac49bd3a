"""One session and one system connection for the whole app (services/dbus.py), on real
private buses: every part that speaks D-Bus shares them, logind is heard once for everyone,
and a bus that goes away is survived."""

from __future__ import annotations

import os

import pytest
from jeepney import MatchRule, message_bus
from jeepney.io.blocking import open_dbus_connection

from companion.services.dbus import Bus
from companion.services.logind import LOGIN1
from companion.services.reminders import ReminderService

from .conftest import WAIT_S, Desktop, start_reporting, stop

WAIT_MS = WAIT_S * 1000
SAVER = "org.freedesktop.ScreenSaver"  # served by the stand-in desktop (presence_standin.py)
ACTIVE_CHANGED = MatchRule(type="signal", interface=SAVER, member="ActiveChanged")


def connections_of(pid: int, address: str) -> int:
    """How many connections process ``pid`` holds on the bus at ``address`` (asked of the
    bus itself; the asking connection, ours too, is left out)."""
    with open_dbus_connection(address) as conn:
        (names,) = conn.send_and_get_reply(message_bus.ListNames(), timeout=WAIT_S).body
        return sum(1 for name in names if name.startswith(":") and name != conn.unique_name
                   and conn.send_and_get_reply(message_bus.GetConnectionUnixProcessID(name),
                                               timeout=WAIT_S).body[0] == pid)


# -- the Bus ---------------------------------------------------------------------------------
def test_a_bus_that_goes_away_says_so_once_and_then_answers_no(tmp_path, qtbot):
    from desktop_helpers import BUS_CONFIG
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG)
    daemon, address = start_reporting(["dbus-daemon", f"--config-file={config}", "--nofork",
                                       "--print-address={fd}"])
    bus = Bus(address)
    heard = []
    assert bus.listen(ACTIVE_CHANGED, heard.append)
    gone = []
    bus.gone.connect(lambda: gone.append(1))
    with qtbot.waitSignal(bus.gone, timeout=WAIT_MS):
        stop(daemon)  # the session ends under us
    assert gone == [1] and not bus
    assert not bus.has_owner(SAVER)
    assert bus.ask(message_bus.ListNames(), heard.append) is None
    assert not bus.send(message_bus.ListNames())
    assert not bus.listen(ACTIVE_CHANGED, heard.append)
    with pytest.raises(OSError):
        bus.call(message_bus.ListNames())
    bus.read()
    assert gone == [1] and heard == []


def test_unlisten_stops_one_callback_and_leaves_the_others(private_bus, desktop, qtbot):
    saver = desktop(SAVER)
    bus = Bus(private_bus)
    first, second = [], []
    assert bus.listen(ACTIVE_CHANGED, first.append, sender=SAVER)
    assert bus.listen(ACTIVE_CHANGED, second.append, sender=SAVER)
    bus.unlisten(first.append)
    saver.do("lock")
    qtbot.waitUntil(lambda: len(second) == 1, timeout=WAIT_MS)
    assert first == []
    bus.close()


def test_ask_does_not_wait_and_wait_can(private_bus, desktop, qtbot):
    desktop(SAVER)
    bus = Bus(private_bus)
    replies = []
    serial = bus.ask(message_bus.NameHasOwner(SAVER), replies.append)
    assert serial and replies == []  # asked, not waited for
    assert bus.wait(serial)
    assert [reply.body for reply in replies] == [(True,)]
    bus.close()


# -- the running app -------------------------------------------------------------------------
@pytest.fixture
def desktop_buses(private_bus, system_like_bus, desktop, monkeypatch):
    """A session bus with a GNOME-like desktop on it and a system bus with logind on it, as
    the app's environment; (session desktop, logind)."""
    gnome = desktop("org.gnome.Mutter.IdleMonitor", SAVER)
    logind = Desktop(system_like_bus, [LOGIN1.bus_name])
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", private_bus)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", system_like_bus)
    yield gnome, logind
    stop(logind.proc)


def test_the_running_app_holds_one_connection_per_bus_and_hears_a_wake_once_for_everyone(
        make_app, desktop_buses, private_bus, system_like_bus, monkeypatch, qtbot):
    _, logind = desktop_buses
    heard: list[str] = []
    resumed = ReminderService.system_resumed

    def reminders_resumed(service):
        heard.append("reminders: resumed")
        resumed(service)

    monkeypatch.setattr(ReminderService, "system_resumed", reminders_resumed)
    app = make_app()  # every service up: notifications, logind, presence (real sources)
    qtbot.waitUntil(lambda: app.presence.started, timeout=WAIT_MS)
    app.presence.fact.connect(lambda name, _: heard.append(f"presence: {name}"))
    from companion import first_run
    first_run.watch_for_tray(app, show_window_if_none=False, grace_ms=60_000)  # no tray offscreen
    app.features.reduced_motion()  # what the first window with animation asks
    described = {status.what: status for status in app.presence.describe()}
    assert described["idle"].available and described["sleep"].available

    assert connections_of(os.getpid(), private_bus) == 1
    assert connections_of(os.getpid(), system_like_bus) == 1

    logind.do("sleep")
    logind.do("wake")
    qtbot.waitUntil(lambda: "reminders: resumed" in heard, timeout=WAIT_MS)
    logind.do("sleep")  # on the one connection after the wake: once it is heard, so is any copy
    qtbot.waitUntil(lambda: heard.count("presence: suspended") == 2, timeout=WAIT_MS)
    # Presence first, then the reminders settle (queued): nothing due is held as "asleep".
    assert heard == ["presence: suspended", "presence: resumed", "reminders: resumed",
                     "presence: suspended"]


def test_logind_announcing_a_shutdown_says_goodbye_once(make_app, desktop_buses, qtbot):
    _, logind = desktop_buses
    app = make_app()
    goodbyes = []
    app.finished.connect(lambda: goodbyes.append(1))
    logind.do("shutdown 0")  # called off: nothing to do
    with qtbot.waitSignal(app.finished, timeout=WAIT_MS):
        logind.do("shutdown 1")
    assert goodbyes == [1] and app.leaving
    assert not app.buses.session and not app.buses.system  # closed with the goodbye


def test_a_new_presence_monitor_takes_over_the_same_connections_and_the_old_one_falls_silent(
        make_app, desktop_buses, private_bus, system_like_bus, qtbot):
    from dataclasses import replace
    gnome, logind = desktop_buses
    app = make_app()
    qtbot.waitUntil(lambda: app.presence.started, timeout=WAIT_MS)
    old = app.presence
    app.apply_settings(replace(app.settings, watch_calls=False))  # sources change: a new monitor
    new = app.presence
    assert new is not old and new.started
    facts = {"old": [], "new": []}
    old.fact.connect(lambda name, _: facts["old"].append(name))
    new.fact.connect(lambda name, _: facts["new"].append(name))
    gnome.do("lock")
    with qtbot.waitSignal(new.fact, timeout=WAIT_MS):
        logind.do("wake")
    qtbot.waitUntil(lambda: len(facts["new"]) == 2, timeout=WAIT_MS)
    assert sorted(facts["new"]) == ["locked", "resumed"] and facts["old"] == []
    assert connections_of(os.getpid(), private_bus) == 1
    assert connections_of(os.getpid(), system_like_bus) == 1
