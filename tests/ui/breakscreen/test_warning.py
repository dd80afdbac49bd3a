"""The warning before a break screen, and its Postpone (the reminder service's
postpone_upcoming): the break comes that much later, counted against the day's limit."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.core.breaks import VIA_WARNING, used_today
from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.settings import Settings
from companion.services.reminders import ReminderService
from companion.ui.breakscreen.warning import BreakWarnings

TZ = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 3, 2, 9, 44, 30, tzinfo=TZ)


def test_it_warns_once_the_set_seconds_before_each_due_time(qtbot):
    clock = FakeClock(NOW)
    warnings = BreakWarnings(clock)
    heard = []
    warnings.coming.connect(heard.append)
    due = NOW + timedelta(seconds=30)                  # the warning's moment is now
    with qtbot.waitSignal(warnings.coming, timeout=5000):
        warnings.plan({"stretch": due}, 30)
    assert heard == ["stretch"]
    warnings.plan({"stretch": due}, 30)                # planned again (a refresh): not again
    assert not warnings._timer.isActive()
    warnings.plan({"stretch": NOW + timedelta(minutes=10)}, 30)
    assert warnings._timer.isActive()                  # the next break's warning is armed
    assert 9 * 60_000 <= warnings._timer.remainingTime() <= 9.5 * 60_000 + 100


def test_a_due_time_already_past_gets_no_warning():
    clock = FakeClock(NOW)
    warnings = BreakWarnings(clock)
    warnings.plan({"stretch": NOW - timedelta(seconds=1)}, 30)
    assert not warnings._timer.isActive()


@pytest.fixture
def service(qtbot, tmp_path):
    clock = FakeClock(NOW)
    svc = ReminderService(Settings(), History(tmp_path / "h.db", clock), TZ, clock)
    svc.start(paused=True)
    yield svc, clock
    svc.stop()


def test_postpone_from_the_warning_moves_the_coming_break_and_counts(service):
    svc, clock = service
    assert svc.next_times()["stretch"] == datetime(2026, 3, 2, 9, 45, tzinfo=TZ)
    svc.postpone_upcoming("stretch", 5, via=VIA_WARNING)
    assert svc.next_times()["stretch"] == NOW + timedelta(minutes=5)   # not 09:45
    [event] = svc.history.events(["reminder_snoozed"])
    assert event.data["via"] == VIA_WARNING and event.data["minutes"] == 5
    assert used_today(svc.history.events(), "stretch", clock(), TZ).postpones == 1
    clock.set(NOW + timedelta(minutes=5))
    due = []
    svc.due.connect(due.append)
    svc.wake()
    assert due == ["stretch"]                                          # and it does come
