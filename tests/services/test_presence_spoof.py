"""Only the real desktop is believed (issue 18): a program that merely sends the desktop's
signals, to everyone or addressed to Companion alone, changes nothing; the program that owns
the service's name still does. On the session bus any program can send such signals; on a
bus with the system bus's rules, so can any other local user.

Each test lets a pretender send first, then has the real service send a signal that changes
nothing; a listener on the same connection that believes everyone (as Companion did before)
shows both arrived, in order, so by then the pretender's signals have been looked at too.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime

import pytest
from jeepney import HeaderFields, MatchRule, message_bus

from companion.core.activity import ActivityModel, PresenceRules
from companion.core.clock import FakeClock
from companion.services.dbus import Bus, Buses
from companion.services.logind import LOGIN1, LogindWatch
from companion.services.presence.gate import PresenceGate
from companion.services.presence.gnome_idle import MUTTER, MutterIdleWatch
from companion.services.presence.monitor import PresenceChoices, PresenceMonitor
from companion.services.presence.screen_lock import ScreenLockWatch

from .conftest import WAIT_S, Desktop, stop

WAIT_MS = WAIT_S * 1000
SAVER = "org.freedesktop.ScreenSaver"
START = datetime(2026, 3, 2, 9, tzinfo=UTC)


class Witness:
    """Every signal of one kind reaching a connection, believed or not."""

    def __init__(self, bus: Bus, interface: str, member: str):
        self.bus, self.messages = bus, []
        assert bus.listen(MatchRule(type="signal", interface=interface, member=member),
                          self.messages.append)

    def senders(self) -> list[str]:
        return [m.header.fields[HeaderFields.sender] for m in self.messages]

    def wait_for(self, qtbot, sender: Desktop, count: int = 1) -> None:
        """Until ``count`` of them from ``sender`` have been handed out (and so all before)."""
        qtbot.waitUntil(lambda: self.senders().count(sender.unique_name) >= count, timeout=WAIT_MS)

    def count(self, sender: Desktop) -> int:
        return self.senders().count(sender.unique_name)


@pytest.fixture
def bus(private_bus, qtbot):
    b = Bus(private_bus)
    yield b
    b.close()


def test_the_bus_believes_whoever_owns_the_name_at_the_time(private_bus, bus, pretender, qtbot):
    believed = []
    rule = MatchRule(type="signal", interface=SAVER, member="ActiveChanged")
    assert bus.listen(rule, believed.append, sender=SAVER)  # nobody serves it yet
    witness = Witness(bus, SAVER, "ActiveChanged")
    pretender.do("lock")
    first = Desktop(private_bus, [SAVER])  # a screen saver starts after Companion
    try:
        first.do("unlock")
        witness.wait_for(qtbot, first)
        assert [m.body for m in believed] == [(False,)]
        assert witness.count(pretender) == 2  # broadcast and addressed to us: both arrived
    finally:
        stop(first.proc)
    second = Desktop(private_bus, [SAVER])  # it is replaced: the new owner counts, no one else
    try:
        pretender.do("unlock")
        second.do("lock")
        witness.wait_for(qtbot, second)
        assert [m.body for m in believed] == [(False,), (True,)]
        assert witness.count(pretender) == 4
    finally:
        stop(second.proc)


def test_a_rule_naming_the_sender_itself_is_held_to_the_same_check(bus, pretender, desktop, qtbot):
    saver = desktop(SAVER)
    believed = []
    assert bus.listen(MatchRule(type="signal", sender=SAVER, interface=SAVER, member="ActiveChanged"),
                      believed.append)
    witness = Witness(bus, SAVER, "ActiveChanged")
    pretender.do("lock")
    saver.do("unlock")
    witness.wait_for(qtbot, saver)
    assert [m.body for m in believed] == [(False,)]  # heard at all: jeepney sees unique names


def test_screen_saver_believes_only_the_screen_saver(desktop, pretender, bus, qtbot):
    saver = desktop(SAVER)
    watch = ScreenLockWatch(bus)
    assert watch.start().available
    changes = []
    watch.locked.connect(lambda: changes.append("locked"))
    watch.unlocked.connect(lambda: changes.append("unlocked"))
    witness = Witness(bus, SAVER, "ActiveChanged")
    pretender.do("lock")
    saver.do("unlock")  # the real screen saver: still unlocked
    witness.wait_for(qtbot, saver)
    assert changes == [] and witness.count(pretender) == 2
    with qtbot.waitSignal(watch.locked, timeout=WAIT_MS):
        saver.do("lock")
    pretender.do("unlock")
    saver.do("lock")
    witness.wait_for(qtbot, saver, 3)
    assert changes == ["locked"] and watch.is_locked


def test_idle_monitor_believes_only_mutter_and_only_our_watches(desktop, pretender, bus, qtbot):
    gnome = desktop(MUTTER.bus_name)
    watch = MutterIdleWatch(bus, 300_000)
    assert watch.start().available
    changes = []
    watch.idle.connect(lambda _: changes.append("idle"))
    watch.active.connect(lambda: changes.append("active"))
    witness = Witness(bus, MUTTER.interface, "WatchFired")
    pretender.do("fire 1")  # the id Mutter gave Companion's idle watch
    gnome.do("fire 99")  # Mutter itself, for a watch Companion did not add
    witness.wait_for(qtbot, gnome)
    assert changes == [] and witness.count(pretender) == 2
    with qtbot.waitSignal(watch.idle, timeout=WAIT_MS):
        gnome.do("idle")
    pretender.do("fire 2")  # the user-active watch Companion has just added
    gnome.do("fire 98")
    witness.wait_for(qtbot, gnome, 3)
    assert changes == ["idle"]
    with qtbot.waitSignal(watch.active, timeout=WAIT_MS):
        gnome.do("active")
    watch.stop()


def logind_changes(watch: LogindWatch) -> list[str]:
    changes: list[str] = []
    for name in ("suspended", "resumed", "locked", "unlocked"):
        getattr(watch, name).connect(lambda n=name: changes.append(n))
    return changes


def test_logind_believes_only_logind(desktop, pretender, bus, qtbot):
    logind = desktop(LOGIN1.bus_name)
    watch = LogindWatch(bus)
    assert [s.available for s in watch.start()] == [True, True]
    changes = logind_changes(watch)
    witness = Witness(bus, "org.freedesktop.DBus.Properties", "PropertiesChanged")
    pretender.do("sleep")
    pretender.do("hint 1")
    logind.do("hint 0")
    witness.wait_for(qtbot, logind)
    assert changes == [] and witness.count(pretender) == 2
    with qtbot.waitSignal(watch.suspended, timeout=WAIT_MS):
        logind.do("sleep")


AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.parametrize("run_as", [[], AS_NOBODY], ids=["same user", "another user"])
def test_on_a_system_bus_another_program_or_user_cannot_put_us_to_sleep(system_like_bus, run_as, qtbot):
    if run_as and (os.geteuid() != 0 or shutil.which("setpriv") is None):
        pytest.skip("running a program as another user needs root and setpriv")
    logind = Desktop(system_like_bus, [LOGIN1.bus_name])  # as root, like logind
    pretender = Desktop(system_like_bus, ["--no-names"], run_as)
    bus = Bus(system_like_bus)
    try:
        (uid,) = bus.call(message_bus.GetConnectionUnixUser(pretender.unique_name))
        assert uid == (65534 if run_as else os.getuid())
        watch = LogindWatch(bus)
        assert [s.available for s in watch.start()] == [True, True]
        changes = logind_changes(watch)
        sleeps = Witness(bus, LOGIN1.interface, "PrepareForSleep")
        hints = Witness(bus, "org.freedesktop.DBus.Properties", "PropertiesChanged")
        pretender.do("spray")
        pretender.do("sleep")
        pretender.do("hint 1")
        logind.do("hint 0")
        hints.wait_for(qtbot, logind)
        assert changes == []
        # The bus's rules let both through, to everyone and to us by name: that is the danger.
        assert sleeps.count(pretender) == 2 and hints.count(pretender) == 2
        with qtbot.waitSignal(watch.suspended, timeout=WAIT_MS):
            logind.do("sleep")
    finally:
        bus.close()
        stop(pretender.proc)
        stop(logind.proc)


def test_a_pretender_holds_no_prompt_and_writes_no_history(desktop, pretender, private_bus, qtbot):
    """The issue's story: a pretended lock and sleep held every prompt, and once the real
    screen locked and unlocked, the pretended time became a natural break with misses."""
    real = desktop()
    clock = FakeClock(START)
    monitor = PresenceMonitor(PresenceChoices(idle_minutes=1, calls=False, fullscreen=False,
                                              do_not_disturb=False),
                              clock, buses=Buses(private_bus, private_bus), display="")
    records = []
    gate = PresenceGate(ActivityModel(PresenceRules(), START), monitor,
                        lambda kind, data: records.append(kind), clock)
    monitor.start()
    facts = []
    monitor.fact.connect(lambda name, _: facts.append(name))
    for word in ("lock", "sleep", "hint 1"):
        pretender.do(word)
    # The real desktop, on each connection after the pretender: idle (session), wake (system).
    real.do("idle")
    real.do("wake")
    qtbot.waitUntil(lambda: {"idle_since", "resumed"} <= set(facts), timeout=WAIT_MS)
    assert sorted(facts) == ["idle_since", "resumed"]
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS):
        real.do("active")  # a minute away: too short for a break
    # Later the real screen locks for a minute; had the pretender been believed, the whole
    # time since it spoke would now count as a break.
    clock.advance(minutes=30)
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS):
        real.do("lock")
    clock.advance(minutes=1)
    with qtbot.waitSignal(monitor.fact, timeout=WAIT_MS) as unlocked:
        real.do("unlock")
    assert unlocked.args[0] == "unlocked"
    clock.advance(minutes=3)  # past "just back"
    assert gate.may_show("stretch", clock()).show
    assert records == []  # nothing held, no natural break, nothing missed
    monitor.stop()
