"""ReminderService with a presence gate: held prompts, released ones, pauses and breaks."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from companion.core.activity import ActivityModel, PresenceRules
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services.presence.gate import PresenceGate
from companion.services.reminders import ReminderService

TZ = ZoneInfo("Europe/Berlin")
START = datetime(2026, 3, 2, 9, 50, tzinfo=TZ)
EVERY_DAY = uniform_week([Hours(540, 1080)], range(7))  # 09:00-18:00
SETTINGS = Settings(hydration=ReminderPlan(interval_minutes=30), week=EVERY_DAY,
                    stretch=ReminderPlan(enabled=False), breathing=ReminderPlan(enabled=False))


class Monitor(QObject):
    fact = Signal(str, object)
    busy = None

    def busy_reason(self):
        return self.busy


def setup(tmp_path, qtbot):
    clock = FakeClock(START)
    history = History(tmp_path / "h.db", clock)
    service = ReminderService(SETTINGS, history, TZ, clock)
    monitor = Monitor()
    gate = PresenceGate(ActivityModel(PresenceRules(), clock()), monitor, history.record, clock)
    service.use_gate(gate)
    shown = []
    service.due.connect(shown.append)
    return clock, history, service, monitor, gate, shown


def test_a_busy_prompt_is_held_and_released_once(tmp_path, qtbot):
    clock, history, service, monitor, gate, shown = setup(tmp_path, qtbot)
    monitor.busy = "showing something fullscreen"
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=TZ))
    service.wake()
    assert shown == [] and gate.held() == {"hydration": "showing something fullscreen"}
    assert history.count("reminder_shown") == 0
    monitor.busy = None
    clock.advance(minutes=2)
    gate.settle()
    assert shown == ["hydration"] and service.open_prompts == {"hydration"}
    assert history.events(["reminder_shown"])[0].data == {"kind": "hydration", "held": True}


def test_a_pause_drops_held_prompts(tmp_path, qtbot):
    clock, history, service, monitor, gate, shown = setup(tmp_path, qtbot)
    monitor.busy = "in a call"
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=TZ))
    service.wake()
    service.pause(minutes=30)
    assert gate.held() == {} and not gate._timer.isActive()


def test_a_prompt_released_after_active_hours_is_missed_not_shown(tmp_path, qtbot):
    clock, history, service, monitor, gate, shown = setup(tmp_path, qtbot)
    monitor.busy = "do not disturb is on"
    clock.set(datetime(2026, 3, 2, 17, 30, tzinfo=TZ))
    service.wake()
    assert gate.held() == {"hydration": "do not disturb is on"}
    clock.set(datetime(2026, 3, 2, 18, 5, tzinfo=TZ))
    service._show_released("hydration")
    assert shown == []
    assert history.events(["reminder_missed"])[-1].data["reason"] == "outside active hours"


def test_a_released_prompt_is_not_shown_twice_while_one_is_up(tmp_path, qtbot):
    clock, history, service, monitor, gate, shown = setup(tmp_path, qtbot)
    clock.set(datetime(2026, 3, 2, 10, 0, tzinfo=TZ))
    service.wake()
    assert shown == ["hydration"]
    service._show_released("hydration")
    assert shown == ["hydration"]


def test_a_natural_break_restarts_the_stretch_interval(tmp_path, qtbot):
    clock, history, service, monitor, gate, shown = setup(tmp_path, qtbot)
    service.apply_settings(Settings(stretch=ReminderPlan(interval_minutes=45), week=EVERY_DAY))
    before = service.next_times()["stretch"]
    monitor.fact.emit("idle_since", clock())
    clock.advance(minutes=20)
    monitor.fact.emit("active", None)
    after = service.next_times()["stretch"]
    assert after == clock() + timedelta(minutes=45) and after != before
    assert [e.data["cause"] for e in history.events(["natural_break"])] == ["idle"]
