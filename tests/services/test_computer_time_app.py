"""The daily computer-time limit end to end: the real app, its real PresenceMonitor and
logind watch, and the real count, on a simulated clock (one minute is 100 ms around each
moment that matters, ten times faster in the quiet stretches between) with the
stand-in desktop (Mutter's idle monitor and logind, tests/services/presence_standin.py)
on a private bus as both session and system bus.

Time away (idle) and asleep is not counted; the limit is told when reached and again
after each further hour at the computer; Today shows the day's total; the history keeps
the spans.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest
from paced_clock import PacedClock, around
from PySide6.QtCore import Qt, QTimer

from companion.core import settings_file
from companion.core.kinds import EventKind
from companion.core.settings import ReminderPlan, Settings
from companion.services import paths

pytestmark = pytest.mark.slow

SPEED = 600  # one simulated minute is 100 real milliseconds
SLACK = timedelta(minutes=1, seconds=30)  # the event loop's delay, in simulated time


def test_the_limit_counts_only_time_present_and_reminds_hourly_after(
        private_bus, desktop, make_app, qtbot, clock, monkeypatch):
    for bus in ("DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"):
        monkeypatch.setenv(bus, private_bus)  # (after make_app cleared the session bus)
    stand_in = desktop("org.gnome.Mutter.IdleMonitor", "org.freedesktop.login1")
    off = ReminderPlan(enabled=False)
    settings_file.save(Settings(hydration=off, stretch=off, breathing=off,
                                presence_idle_minutes=5, computer_time_limit_minutes=30),
                       paths.resolve().settings_file)
    start = clock()  # Monday 09:50

    def t(minutes: float) -> datetime:
        return start + timedelta(minutes=minutes)

    # SPEED while the app starts (to the first fact) and around each fact; and where the
    # limit's reminders fall: 30 min and then 90 min at the computer, the first span
    # (from start-up to 09:55) being up to 5 min of that.
    windows = [(start, t(10)), *around([t(10), t(20), t(60), t(70)], timedelta(minutes=1),
                                       SLACK + timedelta(minutes=1)),
               (t(44), t(52) + SLACK), (t(114), t(120) + SLACK)]
    sim = PacedClock(start, SPEED, windows, SPEED * 10)
    app = make_app(clock=sim, scheduler_time=sim.real_time)
    timers = []

    def at(minutes: float, command: str) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: stand_in.do(command))
        timer.start(math.ceil(sim.real_seconds_until(t(minutes)) * 1000))
        timers.append(timer)

    reminded: list[datetime] = []
    qtbot.waitUntil(lambda: app.computer_time is not None and app.presence.started, timeout=10_000)
    app.computer_time.limit_reached.connect(lambda *_: reminded.append(sim()))
    at(10, "idle")     # 10:00: five minutes without input (so away since 09:55)
    at(20, "active")   # 10:10: back; 5 min so far, the limit of 30 is reached at 10:35
    at(60, "sleep")    # 10:50: the lid closes (about 45 min so far)
    at(70, "wake")     # 11:00: and opens; the next reminder at 1 h 30 min: 11:45
    qtbot.waitUntil(lambda: sim() >= t(120), timeout=20_000)  # to 11:50

    spans = [e.data for e in app.history.events([EventKind.ACTIVE_TIME])]
    # Counting began when the app came up (a moment after 09:50 on this clock) and stopped
    # at the last input, 09:55, not when the idle monitor noticed it five minutes later.
    began = datetime.fromisoformat(spans[0]["start"])
    ended = datetime.fromisoformat(spans[0]["end"])
    assert t(0) <= began < t(5) and abs(ended - t(5)) <= SLACK
    first = ended - began
    for away_from, away_to in ((t(5), t(20)), (t(60), t(70))):  # idle, then asleep
        assert not [s for s in spans if datetime.fromisoformat(s["start"]) < away_to - SLACK
                    and datetime.fromisoformat(s["end"]) > away_from + SLACK], spans
    assert len(reminded) == 2, reminded
    assert abs(reminded[0] - (t(20) + timedelta(minutes=30) - first)) <= SLACK       # ~10:35
    assert abs(reminded[1] - (t(70) + timedelta(minutes=90) - first - timedelta(minutes=40))) <= SLACK
    kept = app.history.events([EventKind.TIME_LIMIT_REMINDED])
    assert [round(e.data["minutes"] / 30) for e in kept] == [1, 3]  # at 30 min, then 90 min
    assert any("limit you set is 30 min" in notice for notice in app.home.notices)  # no server: told

    total = app.computer_time.today()
    assert abs(total - (first + timedelta(minutes=40 + 50))) <= SLACK  # asleep and away left out
    app.refresh()
    line = f"At the computer today: 1 h {int(total.total_seconds() // 60) - 60} min"
    assert line in app.home.tray.tooltip.splitlines()
    assert line in app.home.today.natural_label.text().splitlines()
