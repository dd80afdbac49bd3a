"""The APScheduler adapter: one job armed for the next due time, answers recorded."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.core.clock import FakeClock
from companion.core.history import History
from companion.core.settings import Settings
from companion.services.reminders import ReminderService

TZ = ZoneInfo("Europe/Berlin")


def at(hh, mm=0, day=2):
    return datetime(2026, 3, day, hh, mm, tzinfo=TZ)


class Mono:
    """A monotonic clock that a test moves together with (or apart from) the wall clock."""

    def __init__(self):
        self.value = 100.0

    def __call__(self):
        return self.value


@pytest.fixture
def service(qtbot, tmp_path):
    clock, mono = FakeClock(at(8)), Mono()
    svc = ReminderService(Settings(), History(tmp_path / "h.db", clock), TZ, clock, mono)
    svc.start(paused=True)  # tests fire the job by hand
    yield svc, clock, mono
    svc.stop()


def test_the_alarm_is_armed_for_the_next_due_time(service):
    svc, clock, _ = service
    assert svc.scheduler.armed_for() == svc.next_run_time() == at(9, 45)  # stretch first
    assert svc.armed()


def test_wake_emits_due_and_records_shown(service, qtbot):
    svc, clock, mono = service
    clock.set(at(9, 45))
    mono.value += 105 * 60
    with qtbot.waitSignal(svc.due) as got:
        svc.wake()
    assert got.args == ["stretch"]
    assert [e.kind for e in svc.history.events()] == ["reminder_shown"]
    assert svc.next_run_time() == at(10)


def test_answers_are_recorded_and_replanned(service):
    svc, clock, _ = service
    clock.set(at(10))
    svc.wake()
    svc.snooze("hydration", 15)
    assert svc.next_times()["hydration"] == at(10, 15)
    clock.set(at(10, 15))
    svc.wake()
    svc.done("hydration")
    svc.skip("stretch")  # the open 09:45 prompt (caught up at 10:00) is dismissed
    assert svc.next_times()["stretch"] == at(10, 30)
    svc.skip("stretch")  # no prompt open now: skips the coming 10:30
    assert svc.next_times()["stretch"] == at(11, 15)
    kinds = [e.kind for e in svc.history.events()]
    assert kinds.count("reminder_shown") == 3  # water twice, stretch once
    assert "reminder_snoozed" in kinds and "reminder_done" in kinds and "reminder_skipped" in kinds


def test_after_a_long_sleep_one_catch_up_per_kind(service, qtbot):
    svc, clock, mono = service
    clock.set(at(14, 5))  # wall clock moved 6 h, monotonic time did not (suspended)
    fired = []
    svc.due.connect(fired.append)
    svc.system_resumed()
    assert sorted(fired) == ["breathing", "hydration", "stretch"]
    missed = svc.history.events(["reminder_missed"])
    # water 10:00-13:00 (14:00 is shown), stretch 09:45-12:45 (13:30 is shown);
    # breathing 11:00 is the one shown, so none of it is missed.
    assert len(missed) == 4 + 5
    svc.system_resumed()  # a second resume signal changes nothing
    assert len(fired) == 3


def test_pause_and_resume_rearm(service):
    svc, clock, _ = service
    svc.pause(minutes=120)
    assert svc.paused_until() == at(10)
    assert svc.next_run_time() == at(10)  # wakes to end the pause (stretch 09:45 skipped)
    svc.pause()
    assert svc.paused_until() is None and svc.next_run_time() is None
    svc.resume()
    assert svc.paused_until() is False and svc.next_run_time() == at(9, 45)


