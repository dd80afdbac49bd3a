"""The gate between presence and the reminder service, on a fake clock and a fake monitor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Signal

from companion.core.activity import ActivityModel, PresenceRules
from companion.core.clock import FakeClock
from companion.services.presence.gate import PresenceGate

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


class FakeMonitor(QObject):
    fact = Signal(str, object)

    def __init__(self):
        super().__init__()
        self.busy = None
        self.asked = 0

    def busy_reason(self):
        self.asked += 1
        return self.busy


@pytest.fixture
def setup(qtbot):
    clock = FakeClock(START)
    monitor = FakeMonitor()
    events = []
    gate = PresenceGate(ActivityModel(PresenceRules(), START), monitor,
                        lambda kind, data: events.append((kind, data)), clock)
    released, breaks = [], []
    gate.release.connect(released.append)
    gate.natural_break.connect(breaks.append)
    return clock, monitor, gate, events, released, breaks


def test_present_and_free_shows_with_no_timer(setup):
    clock, monitor, gate, events, released, _ = setup
    assert gate.may_show("hydration", START).show
    assert monitor.asked == 1 and events == [] and not gate._timer.isActive()


def test_held_in_a_call_then_released_and_recorded(setup):
    clock, monitor, gate, events, released, _ = setup
    monitor.busy = "in a call"
    assert gate.may_show("hydration", START).reason == "in a call"
    assert events == [("reminder_held", {"kind": "hydration", "reason": "in a call",
                                         "due": START.isoformat()})]
    assert gate.held() == {"hydration": "in a call"}
    assert gate._timer.isActive() and gate._timer.remainingTime() > 60_000  # a slow pace
    monitor.busy = None
    clock.advance(minutes=2)
    gate.settle()
    assert released == ["hydration"] and not gate._timer.isActive()


def test_absence_is_a_natural_break_that_covers_the_stretch(setup):
    clock, monitor, gate, events, released, breaks = setup
    monitor.fact.emit("idle_since", START - timedelta(minutes=5))
    assert gate.may_show("stretch", START).reason == "away"
    assert monitor.asked == 0  # nobody there: no need to look at calls or windows
    clock.advance(minutes=20)
    monitor.fact.emit("active", None)
    assert [b.minutes for b in breaks] == [25]
    kinds = [kind for kind, _ in events]
    assert kinds == ["reminder_held", "natural_break", "reminder_covered"]
    assert events[1][1] == {"start": (START - timedelta(minutes=5)).isoformat(),
                            "end": clock().isoformat(), "minutes": 25.0, "cause": "idle"}
    assert released == [] and gate.held() == {}


def test_merged_dues_are_recorded_missed_when_one_prompt_comes_back(setup):
    clock, monitor, gate, events, released, _ = setup
    monitor.fact.emit("locked", None)
    gate.may_show("hydration", START)
    clock.advance(hours=1)
    gate.may_show("hydration", clock())
    monitor.fact.emit("unlocked", None)
    clock.advance(minutes=2)
    gate.settle()
    assert released == ["hydration"]
    assert ("reminder_missed", {"kind": "hydration", "due": START.isoformat(),
                                "reason": "screen locked"}) in events


def test_a_new_monitor_replaces_the_old_one(setup):
    clock, old, gate, events, released, _ = setup
    new = FakeMonitor()
    gate.use_monitor(new)
    old.fact.emit("locked", None)
    assert not gate.model.away()  # the old monitor is no longer heard
    new.fact.emit("locked", None)
    assert gate.model.away()
    assert gate.may_show("hydration", START).reason == "screen locked"
