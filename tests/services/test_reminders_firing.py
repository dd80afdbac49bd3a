"""Reminders through the real scheduler: the real alarm clock firing in a real Qt event loop.

Simulated time runs faster than real time (a ScaledClock), so a ten-minute interval is
a few hundred real milliseconds, and the scheduler's own timer has to fire every time:
nothing here calls ``wake()`` by hand. This is where reminders once stopped for good
after the first timer fired.
"""

from __future__ import annotations

import math
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from paced_clock import PacedClock, around
from PySide6.QtCore import Qt, QTimer

from companion.core.clock import ScaledClock
from companion.core.history import History
from companion.core.reminders import next_active_start
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Day, Hours, Week, uniform_week

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

TZ = ZoneInfo("Europe/Berlin")
EVERY_DAY = tuple(range(7))


def at(hh, mm=0, day=2):
    return datetime(2026, 3, day, hh, mm, tzinfo=TZ)


class Run:
    """A ReminderService on the real scheduler, with simulated time and a due log."""

    def __init__(self, qtbot, tmp_path, settings, start, speed, paced=None):
        from companion.services.reminders import ReminderService

        self.qtbot = qtbot
        # paced: (windows, fast) for a PacedClock, ``speed`` inside the windows.
        self.clock = ScaledClock(start, speed) if paced is None else PacedClock(
            start, speed, *paced)
        self.history = History(tmp_path / "h.db", self.clock)
        self.service = ReminderService(settings, self.history, TZ, self.clock,
                                       self.clock.monotonic,
                                       scheduler_time=self.clock.real_time)
        self.dues: list[tuple[str, datetime]] = []
        self.service.due.connect(lambda kind: self.dues.append((kind, self.clock())))
        self._actions: list[QTimer] = []

    def at(self, when: datetime, action) -> None:
        """Do something at a simulated moment (as a user answering a prompt would)."""
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5% early
        timer.timeout.connect(action)
        delay = (self.clock.real_time(when) - self.clock._real()).total_seconds()
        timer.start(max(0, math.ceil(delay * 1000)))
        self._actions.append(timer)

    def run_until(self, when: datetime) -> None:
        real_wait = (self.clock.real_time(when) - self.clock._real()).total_seconds()
        self.qtbot.waitUntil(lambda: self.clock() >= when, timeout=int(real_wait * 1000) + 10_000)

    def times(self, kind: str) -> list[datetime]:
        return [t for k, t in self.dues if k == kind]


def assert_close(got: list[datetime], expected: list[datetime], tolerance: timedelta):
    """Every expected prompt came, once, a little late at most (the event loop's delay)."""
    def hms(times):
        return [t.astimezone(TZ).strftime("%H:%M:%S") for t in times]

    assert len(got) == len(expected), (hms(got), hms(expected))
    for g, e in zip(got, expected):
        assert e <= g <= e + tolerance, (hms(got), hms(expected))


@pytest.fixture
def run(qtbot, tmp_path):
    made = []

    def make(settings, start, speed, paced=None):
        made.append(Run(qtbot, tmp_path, settings, start, speed, paced))
        return made[-1]

    yield make
    for r in made:
        r.service.stop()


def test_reminders_keep_coming_through_a_pause_a_snooze_and_a_skip(run):
    """The timer fires over and over; a pause ending, a snooze and a skip never stop it."""
    settings = Settings(
        hydration=ReminderPlan(interval_minutes=10),
        stretch=ReminderPlan(interval_minutes=25),
        breathing=ReminderPlan(mode="times", times=(time(9, 35), time(10, 5))),
        week=uniform_week([Hours(540, 1080)], EVERY_DAY))
    # 1 simulated minute is 40 real milliseconds from a minute before each moment that
    # matters to two and a half after (the slack and one more), ten times faster between.
    moments = [at(9, 10), at(9, 12), at(9, 20), at(9, 25), at(9, 30), at(9, 33), at(9, 35),
               at(9, 40), at(9, 41), at(9, 47), at(9, 50), at(9, 52), at(9, 53), at(10),
               at(10, 5), at(10, 10), at(10, 15), at(10, 20), at(10, 30), at(10, 40), at(10, 46)]
    windows = around(moments, timedelta(minutes=1), timedelta(minutes=2, seconds=30))
    r = run(settings, at(9), speed=1500, paced=(windows, 15_000))
    svc = r.service
    svc.start()
    r.at(at(9, 12), lambda: svc.pause(until=at(9, 33)))   # 09:20, 09:25, 09:30 fall inside
    r.at(at(9, 41), lambda: svc.snooze("hydration", 6))    # the 09:40 prompt, back at 09:47
    r.at(at(9, 52), lambda: svc.skip("stretch"))           # dismisses the 09:50 prompt...
    r.at(at(9, 53), lambda: svc.skip("stretch"))           # ...and then skips 10:15
    r.run_until(at(10, 46))

    slack = timedelta(minutes=1, seconds=30)
    assert_close(r.times("hydration"),
                 [at(9, 10), at(9, 40), at(9, 47), at(9, 50), at(10), at(10, 10), at(10, 20),
                  at(10, 30), at(10, 40)], slack)
    assert_close(r.times("stretch"), [at(9, 50), at(10, 40)], slack)
    assert_close(r.times("breathing"), [at(9, 35), at(10, 5)], slack)
    # Still armed, for exactly what the board needs next (hydration 10:50).
    assert svc.armed()
    assert svc.next_run_time() == r.clock.real_time(at(10, 50))
    assert svc.next_times()["hydration"] == at(10, 50)
    shown = [e for e in r.history.events(["reminder_shown"])]
    assert len(shown) == len(r.dues) == 13


def test_reminders_come_back_after_pausing_until_the_next_active_day(run):
    settings = Settings(
        hydration=ReminderPlan(interval_minutes=60),
        stretch=ReminderPlan(enabled=False), breathing=ReminderPlan(enabled=False),
        week=uniform_week([Hours(540, 1080)], EVERY_DAY))
    # 1 simulated hour is 180 real milliseconds around each moment that matters (at 36 ms
    # an hour, a busy machine's stall of a few dozen ms moved the pause by an hour), ten
    # times faster through the night between.
    moments = [at(17), at(17, 10), at(18), at(9, day=3), *(at(h, day=3) for h in range(10, 14))]
    windows = around(moments, timedelta(minutes=20), timedelta(minutes=40))
    r = run(settings, at(16, 30), speed=20_000, paced=(windows, 200_000))
    svc = r.service
    svc.start()
    r.at(at(17, 10), lambda: svc.pause(until=next_active_start(settings, r.clock(), TZ)))
    r.run_until(at(13, 30, day=3))

    got = r.times("hydration")
    assert at(17) <= got[0] < at(17, 10)  # the last prompt before the pause
    after = got[1:]
    # Nothing during the pause or the night; then every hour of the new day, one each.
    assert [t.astimezone(TZ).hour for t in after] == [10, 11, 12, 13]
    assert all(t.date() == at(0, day=3).date() for t in after)
    assert svc.armed() and svc.next_times()["hydration"] == at(14, day=3)


def test_nothing_armed_is_never_shown_as_a_next_time(run):
    """If the scheduler stops, Today and the tooltip say 'off' instead of a time that will pass."""
    r = run(Settings(), at(9), speed=1)
    svc = r.service
    svc.start()
    assert svc.next_times()["stretch"] == at(9, 45)
    svc.stop()
    assert svc.armed() is False
    assert svc.next_times() == {"hydration": None, "stretch": None, "breathing": None}


def test_a_lost_job_is_re_armed_and_logged(run, caplog):
    """Belt and braces: if the alarm ever goes quiet, the next look re-arms it, loudly."""
    r = run(Settings(), at(9), speed=1)
    svc = r.service
    svc.start()
    svc.scheduler.arm(None, svc.wake)  # as if the alarm had lost its job
    assert svc.armed() is False
    assert svc.next_times()["stretch"] == at(9, 45)
    assert svc.armed() and svc.next_run_time() == r.clock.real_time(at(9, 45))
    assert "re-arming" in caplog.text


def test_two_ranges_a_day_prompt_only_inside_them_and_restart_after_lunch(run):
    lunch = Week(tuple([Day(True, (Hours(510, 720), Hours(780, 1050)))] * 7))
    settings = Settings(hydration=ReminderPlan(enabled=False), week=lunch,
                        stretch=ReminderPlan(interval_minutes=45),
                        breathing=ReminderPlan(mode="times", times=(time(12, 30), time(13, 30))))
    stretch, breathing = [at(9, 15), at(10), at(10, 45), at(11, 30), at(13, 45)], [at(13, 30)]
    # 1 simulated minute is 40 real milliseconds from a minute before each prompt due, and
    # each hour's edge and the lunch hour's fixed time, to three after (the tolerance and
    # one more); ten times faster between: 08:00 to 14:10 in about three seconds.
    edges = [at(8, 30), at(12), at(12, 30), at(13), at(14, 10)]
    windows = around([*stretch, *breathing, *edges], timedelta(minutes=1), timedelta(minutes=3))
    r = run(settings, at(8), speed=1500, paced=(windows, 15_000))
    r.service.start()
    r.run_until(at(14, 10))
    assert_close(r.times("stretch"), stretch, timedelta(minutes=2))
    assert_close(r.times("breathing"), breathing, timedelta(minutes=2))  # not 12:30
    # Pausing until the next active day lasts until the first range of the next morning.
    assert next_active_start(settings, r.clock(), TZ) == at(8, 30, day=3)
