"""The wall clock set back or forward under a waiting reminder job (real QtScheduler).

Simulated time runs 600 times faster than real time (one simulated minute is 100 real
milliseconds) around the moments that matter and ten times faster between (a PacedClock,
its pace planned on the monotonic clock), and the clock is set as settimeofday would: the wall clock moves, the
monotonic clock does not. The clock watch notices on the event loop's next wake-up.
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from paced_clock import PacedClock, around
from PySide6.QtCore import Qt, QTimer

from companion.core.history import History
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services.clock_watch import ClockWatch
from companion.services.reminders import ReminderService

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

TZ = ZoneInfo("Europe/Berlin")
EVERY_DAY = tuple(range(7))
SETTINGS = Settings(
    hydration=ReminderPlan(interval_minutes=10),
    stretch=ReminderPlan(enabled=False),
    breathing=ReminderPlan(mode="times", times=(time(10, 30),)),
    week=uniform_week([Hours(540, 1080)], EVERY_DAY))  # 09:00-18:00 every day
SLACK = timedelta(minutes=1)


def at(hh, mm=0):
    return datetime(2026, 3, 2, hh, mm, tzinfo=TZ)


class Run:
    """A ReminderService and a ClockWatch on the real scheduler, with simulated time."""

    def __init__(self, qtbot, tmp_path, start, moments):
        """``moments``: where the clock runs at 600 (and from ``start`` to the first), as
        the clock reads them before it is set."""
        self.qtbot = qtbot
        windows = [(start, min(moments)), *around(moments, SLACK, SLACK * 2)]
        self.clock = PacedClock(start, 600, windows, fast=6000)
        self.db = tmp_path / "h.db"
        self.history = History(self.db, self.clock)
        self.service = ReminderService(SETTINGS, self.history, TZ, self.clock, self.clock.monotonic,
                                       scheduler_time=self.clock.real_time)
        self.watch = ClockWatch(self.clock, self.clock.monotonic)
        self.watch.jumped.connect(self.service.clock_jumped)
        self.dues: list[tuple[str, datetime]] = []
        self.service.due.connect(lambda kind: self.dues.append((kind, self.clock())))
        self._timers: list[QTimer] = []
        self.sets: list[timedelta] = []  # the clock settings done so far

    def start(self):
        self.service.start()
        self.watch.start()

    def stop(self):
        self.watch.stop()
        self.service.stop()
        self.history.close()

    def set_clock_at(self, when: datetime, by: timedelta) -> None:
        """Set the wall clock by ``by`` when it reads ``when``."""
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: (self.clock.set_by(by), self.sets.append(by)))
        timer.start(math.ceil((self.clock.real_time(when) - self.clock._real()).total_seconds() * 1000))
        self._timers.append(timer)

    def run_until(self, when: datetime) -> None:
        self.qtbot.waitUntil(lambda: self.clock() >= when, timeout=20_000)

    def times(self, kind: str) -> list[datetime]:
        return [t for k, t in self.dues if k == kind]

    def records(self) -> list[tuple[datetime, str, dict]]:
        """Every event in the order it was written."""
        db = sqlite3.connect(self.db)
        try:
            rows = db.execute("SELECT at, kind, data FROM events ORDER BY rowid").fetchall()
        finally:
            db.close()
        return [(datetime.fromisoformat(a.replace("Z", "+00:00")), k, json.loads(d)) for a, k, d in rows]


@pytest.fixture
def run(qtbot, tmp_path):
    made = []

    def make(start, moments):
        made.append(Run(qtbot, tmp_path, start, moments))
        return made[-1]

    yield make
    for r in made:
        r.stop()


def assert_close(got, expected):
    hms = [t.astimezone(TZ).strftime("%H:%M:%S") for t in got]
    assert len(got) == len(expected), hms
    for g, e in zip(got, expected):
        assert e <= g <= e + SLACK, hms


def assert_lapses_after_their_prompts(records):
    """A prompt that lapsed (replaced by the next one) is never recorded before it was shown."""
    shown: dict[str, datetime] = {}
    lapses = 0
    for when, kind, data in records:
        if kind == "reminder_shown":
            shown[data["kind"]] = when
        elif kind == "reminder_missed" and "due" not in data:
            lapses += 1
            assert when >= shown[data["kind"]], (data, when, shown[data["kind"]])
    return lapses


def test_clock_set_back_under_a_waiting_job_keeps_reminders_coming(run):
    # The prompts due, the setting; after it (an hour less on the clock) 10:20 to 10:45.
    r = run(at(10, 58), [at(11), at(11, 10), at(11, 12), at(11, 20), at(11, 30), at(11, 40),
                         at(11, 45)])
    r.start()
    r.set_clock_at(at(11, 12), timedelta(hours=-1))  # reads 10:12 from then on
    r.qtbot.waitUntil(lambda: bool(r.sets), timeout=20_000)
    r.run_until(at(10, 45))
    # The water went on every ten minutes of real time, and the 10:30 breathing, still
    # ahead on the clock, came at 10:30. (Before, nothing came until the clock read 11:20.)
    assert_close(r.times("hydration"), [at(11), at(11, 10), at(10, 20), at(10, 30), at(10, 40)])
    assert_close(r.times("breathing"), [at(10, 30)])
    # The unanswered 11:10 prompt lapsed when the 10:20 one came: recorded at 11:20 on
    # the clock that showed it, not at 10:20, before it was shown.
    assert assert_lapses_after_their_prompts(r.records()) == 4
    assert r.service.armed()


def test_clock_set_forward_settles_at_once(run):
    # The prompt due, the setting; after it (two hours more on the clock) 13:10, 13:15.
    r = run(at(10, 58), [at(11), at(11, 5), at(11, 10), at(11, 15)])
    r.start()
    r.set_clock_at(at(11, 5), timedelta(hours=2))  # reads 13:05 from then on
    r.run_until(at(13, 15))
    # One catch-up at once (not when the old timer ran out at 13:10), then on as planned.
    assert_close(r.times("hydration"), [at(11), at(13, 5), at(13, 10)])
    missed = [e.data["due"] for e in r.history.events(["reminder_missed"]) if "due" in e.data]
    assert len(missed) == 11  # 11:10 ... 12:50; 13:00 is the one shown at 13:05
    assert r.times("breathing") == []  # 10:30 was before the start
    assert assert_lapses_after_their_prompts(r.records()) == 2
