"""The one logind watch, against a stand-in logind on a private bus with the system bus's
rules (org.freedesktop.login1 as logind speaks it): sleep, wake and shutdown, believed only
from logind."""

from __future__ import annotations

import pytest
from jeepney import MatchRule

from companion.services.dbus import Bus
from companion.services.logind import LOGIN1, LogindWatch

from .conftest import WAIT_S, Desktop, stop

WAIT_MS = WAIT_S * 1000


@pytest.fixture
def system(system_like_bus):
    """(the bus as Companion holds it, the stand-in logind, a pretender) on a system-like bus."""
    logind = Desktop(system_like_bus, [LOGIN1.bus_name])
    pretender = Desktop(system_like_bus, ["--no-names"])
    pretender.do("spray")  # to everyone, and to each connection by name
    bus = Bus(system_like_bus)
    yield bus, logind, pretender
    bus.close()
    stop(pretender.proc)
    stop(logind.proc)


def heard(watch: LogindWatch) -> list[str]:
    changes: list[str] = []
    for name in ("suspended", "resumed", "shutting_down"):
        getattr(watch, name).connect(lambda n=name: changes.append(n))
    return changes


def test_sleep_wake_and_shutdown_come_from_logind_once_each(system, qtbot):
    bus, logind, pretender = system
    watch = LogindWatch(bus)
    assert [s.available for s in watch.start()] == [True, True]
    changes = heard(watch)
    logind.do("sleep")
    logind.do("shutdown 0")  # a scheduled shutdown called off: nothing to do
    with qtbot.waitSignal(watch.resumed, timeout=WAIT_MS):
        logind.do("wake")
    with qtbot.waitSignal(watch.shutting_down, timeout=WAIT_MS):
        logind.do("shutdown 1")
    assert changes == ["suspended", "resumed", "shutting_down"]


def test_a_pretended_shutdown_or_wake_changes_nothing(system, qtbot):
    bus, logind, pretender = system
    watch = LogindWatch(bus)
    watch.start()
    changes = heard(watch)
    pretender.do("shutdown 1")
    pretender.do("wake")
    with qtbot.waitSignal(watch.suspended, timeout=WAIT_MS):  # logind's own, after the fakes
        logind.do("sleep")
    assert changes == ["suspended"]


def test_starting_twice_subscribes_once_and_stop_takes_it_back(system, qtbot):
    bus, logind, _ = system
    watch = LogindWatch(bus)
    first = watch.start()
    assert watch.start() is first
    changes = heard(watch)
    with qtbot.waitSignal(watch.resumed, timeout=WAIT_MS):
        logind.do("wake")
    watch.stop()
    witness = []
    sleeps = MatchRule(type="signal", interface=LOGIN1.interface, member="PrepareForSleep")
    assert bus.listen(sleeps, witness.append, sender=LOGIN1.bus_name)
    logind.do("wake")
    qtbot.waitUntil(lambda: len(witness) == 1, timeout=WAIT_MS)  # it came; the watch let it be
    assert changes == ["resumed"]


def test_without_logind_or_a_system_bus_it_says_so(private_bus):
    for bus in (Bus(private_bus), Bus(None), Bus("unix:path=/nonexistent/system_bus_socket")):
        statuses = LogindWatch(bus).start()
        assert [(s.what, s.available) for s in statuses] == [("sleep", False), ("screen lock", False)]
        bus.close()
