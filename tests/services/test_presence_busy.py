"""Busy sources: do not disturb against a real dunst (and its end, heard at once) and a
Plasma stand-in; the camera against a real process holding a device open; the microphone
through ALSA's status files and an injected reader."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest
from jeepney import MatchRule, message_bus
from jeepney.io.blocking import open_dbus_connection

from companion.core.activity import ActivityModel, PresenceRules
from companion.core.clock import FakeClock
from companion.core.kinds import EventKind
from companion.services.dbus import Bus, Buses
from companion.services.presence.call import REASON, CallWatch, alsa_capture_states
from companion.services.presence.dnd import DoNotDisturb
from companion.services.presence.gate import PresenceGate
from companion.services.presence.monitor import PresenceChoices, PresenceMonitor

from .conftest import WAIT_S, require, start_reporting, stop, x_env

WAIT_MS = WAIT_S * 1000
START = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def dunst(private_bus, xvfb, tmp_path):
    """A real dunst owning org.freedesktop.Notifications on the private bus."""
    require("dunst", "dunstctl")
    env = {**x_env(xvfb), "DBUS_SESSION_BUS_ADDRESS": private_bus}
    owner = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
    owner.add_arg_condition(0, "org.freedesktop.Notifications")
    with open_dbus_connection(private_bus) as watcher, watcher.filter(owner) as queue:
        watcher.send_and_get_reply(message_bus.AddMatch(owner), timeout=WAIT_S)
        rc = tmp_path / "dunstrc"
        rc.write_text("[global]\n")
        proc = subprocess.Popen(["dunst", "-config", str(rc)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        watcher.recv_until_filtered(queue, timeout=WAIT_S)
    yield env
    stop(proc)


def test_dunst_paused_is_do_not_disturb(dunst, private_bus, qtbot):
    bus = Bus(private_bus)
    dnd = DoNotDisturb(bus)
    assert dnd.start().how == "dunst's paused state"
    assert dnd.reason() is None
    subprocess.run(["dunstctl", "set-paused", "true"], env=dunst, check=True, timeout=WAIT_S)
    assert dnd.reason() == "do not disturb is on"
    subprocess.run(["dunstctl", "set-paused", "false"], env=dunst, check=True, timeout=WAIT_S)
    assert dnd.reason() is None
    bus.close()


def set_paused(env: dict, paused: bool) -> None:
    subprocess.run(["dunstctl", "set-paused", "true" if paused else "false"], env=env, check=True,
                   timeout=WAIT_S)


def test_dunst_says_when_do_not_disturb_ends_and_only_dunst_is_believed(dunst, private_bus,
                                                                        pretender, qtbot):
    bus = Bus(private_bus)
    dnd = DoNotDisturb(bus)
    dnd.start()
    ends = []
    dnd.ended.connect(lambda: ends.append(1))
    set_paused(dunst, True)
    pretender.do("paused 0")  # a pretended end, in dunst's words
    with qtbot.waitSignal(dnd.ended, timeout=WAIT_MS):
        set_paused(dunst, False)  # dunst's own PropertiesChanged("paused": false)
    assert ends == [1]  # turning it on, and the pretender, ended nothing
    bus.close()


def test_a_prompt_held_for_do_not_disturb_comes_back_when_dunst_resumes(dunst, private_bus, qtbot):
    """No clock moves here: the gate's own re-check would come two minutes later."""
    clock = FakeClock(START)
    monitor = PresenceMonitor(PresenceChoices(idle=False, lock=False, calls=False, fullscreen=False),
                              clock, buses=Buses(private_bus, private_bus), display="")
    records = []
    gate = PresenceGate(ActivityModel(PresenceRules(), START), monitor,
                        lambda kind, data: records.append((kind, data.get("reason"))), clock)
    monitor.start()
    set_paused(dunst, True)
    assert not gate.may_show("hydration", START).show
    assert gate.held() == {"hydration": "do not disturb is on"}
    with qtbot.waitSignal(gate.release, timeout=WAIT_MS) as released:
        set_paused(dunst, False)
    assert released.args == ["hydration"] and clock() == START
    assert records == [(EventKind.REMINDER_HELD, "do not disturb is on")] and gate.held() == {}
    monitor.stop()


def test_plasma_inhibition_ends_from_plasma_only(desktop, pretender, private_bus, qtbot):
    plasma = desktop("org.freedesktop.Notifications")
    plasma.do("inhibit 1")
    bus = Bus(private_bus)
    dnd = DoNotDisturb(bus)
    assert dnd.start().how == "Plasma's Inhibited property"
    assert dnd.reason() == "do not disturb is on"
    ends = []
    dnd.ended.connect(lambda: ends.append(1))
    pretender.do("inhibit 0")
    with qtbot.waitSignal(dnd.ended, timeout=WAIT_MS):
        plasma.do("inhibit 0")
    assert ends == [1] and dnd.reason() is None
    bus.close()


def test_no_notification_server_means_no_do_not_disturb(private_bus, qtbot):
    dnd = DoNotDisturb(Bus(private_bus))
    status = dnd.start()
    assert not status.available and "no notification server" in status.how
    assert dnd.reason() is None


HOLD_OPEN = """
import os, signal, sys
f = open(sys.argv[1], "rb")
os.write(int(sys.argv[2]), b"open\\n")
signal.pause()  # a call in progress, until the test ends it
"""


def test_camera_held_by_another_process_is_a_call(tmp_path):
    camera = tmp_path / "video0"
    camera.write_bytes(b"")
    watch = CallWatch(cameras=str(tmp_path / "video*"), capture_states=lambda: [])
    assert watch.reason() is None
    holder, _ = start_reporting([sys.executable, "-c", HOLD_OPEN, str(camera), "{fd}"])
    try:
        assert watch.camera_in_use() and watch.reason() == REASON
        assert not CallWatch(cameras=str(tmp_path / "video*"), own_pid=holder.pid).camera_in_use()
    finally:
        stop(holder)
    assert watch.reason() is None


def test_our_own_open_camera_is_not_a_call(tmp_path):
    camera = tmp_path / "video0"
    camera.write_bytes(b"")
    with camera.open("rb"):
        assert not CallWatch(cameras=str(tmp_path / "video*")).camera_in_use()
        assert CallWatch(cameras=str(tmp_path / "video*"), own_pid=-1).camera_in_use()


def test_microphone_recording_is_a_call(tmp_path):
    sub = tmp_path / "card0" / "pcm0c" / "sub0"
    sub.mkdir(parents=True)
    status = sub / "status"
    status.write_text("closed\n")
    pattern = str(tmp_path / "card*" / "pcm*c" / "sub*" / "status")
    watch = CallWatch(cameras=str(tmp_path / "none*"), capture_states=lambda: alsa_capture_states(pattern))
    assert watch.reason() is None
    described = {s.what: s for s in watch.describe()}
    assert described["microphone"].available and not described["camera"].available
    # What ALSA writes while a program records:
    status.write_text("state: RUNNING\nowner_pid   : 4242\ntrigger_time: 1.0\n")
    assert watch.reason() == REASON
    status.write_text("state: SETUP\n")
    assert watch.reason() is None


def test_settings_switch_each_call_source_off(tmp_path):
    (tmp_path / "video0").write_bytes(b"")
    watch = CallWatch(cameras=str(tmp_path / "video*"), capture_states=lambda: ["state: RUNNING"],
                      microphone=False, own_pid=-1)
    with (tmp_path / "video0").open("rb"):
        assert watch.reason() == REASON  # the camera still counts
        watch.use_camera = False
        assert watch.reason() is None
    assert [s.how for s in watch.describe()] == ["off in settings", "off in settings"]
