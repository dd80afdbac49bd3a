"""Issue #13 end to end: the real app, the real ReminderService on a real QtScheduler
firing under a ScaledClock, the real gate and activity model; only the presence monitor is
a stand-in, emitting the facts a desktop would (idle, active, busy).

Nothing here calls ``wake()`` or ``settle()`` by hand: the scheduler's and the gate's own
timers fire. One simulated minute is 100 real milliseconds from the start and around each
moment a test names (a PacedClock), ten times faster in the quiet stretches between.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import pytest
from paced_clock import PacedClock, around
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core import settings_file
from companion.core.clock import ScaledClock
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services import paths
from companion.services.presence.status import SourceStatus

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

SPEED = 600  # one simulated minute is 100 real ms: a busy machine's stalls stay inside SLACK
SLACK = timedelta(minutes=1, seconds=30)  # the event loop's delay, in simulated time
FAST = SPEED * 10  # between the moments that matter, where nothing may happen


def paced(start: datetime, moments) -> ScaledClock | PacedClock:
    """The clock for a run: SPEED from ``start`` (the app starting up) to the first of
    ``moments`` and from a minute before each to SLACK and a minute after it, FAST between.
    No moments: SPEED throughout."""
    if not moments:
        return ScaledClock(start, SPEED)
    windows = [(start, min(moments)),
               *around(moments, timedelta(minutes=1), SLACK + timedelta(minutes=1))]
    return PacedClock(start, SPEED, windows, FAST)


class StandInMonitor(QObject):
    """What PresenceMonitor offers the app, with facts and busy answers set by the test."""

    fact = Signal(str, object)

    def __init__(self):
        super().__init__()
        self.busy: str | None = None
        self.started = self.stopped = False

    def start(self):
        self.started = True

    def stop(self):
        self.stopped = True

    def busy_reason(self):
        return self.busy

    def describe(self):
        return [SourceStatus("idle", True, "a stand-in")]


class ScaledRun:
    """The real app on a ScaledClock at SPEED: things done at simulated moments, and waits
    (``self.qtbot``, ``self.clock``, ``self._timers`` are the subclass's)."""

    qtbot: object
    clock: ScaledClock | PacedClock
    _timers: list[QTimer]

    def _real_ms(self, when: datetime) -> float:
        return (self.clock.real_time(when) - self.clock._real()).total_seconds() * 1000

    def at(self, when: datetime, action) -> None:
        """Do something at a simulated moment: never before it (a timer a fraction of a
        millisecond early is a tenth of a simulated second early at a fast pace)."""
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)

        def fire() -> None:
            if self.clock() < when:
                timer.start(math.ceil(self._real_ms(when)) + 1)
            else:
                action()
        timer.timeout.connect(fire)
        timer.start(max(0, math.ceil(self._real_ms(when))))
        self._timers.append(timer)

    def run_until(self, when: datetime) -> None:
        self.qtbot.waitUntil(lambda: self.clock() >= when,
                             timeout=int(max(0, self._real_ms(when))) + 10_000)


class Run(ScaledRun):
    """The real app on a fast simulated clock, with a log of every prompt shown."""

    def __init__(self, qtbot, make_app, start: datetime, settings: Settings, moments=()):
        settings_file.save(settings, paths.resolve().settings_file)
        self.qtbot = qtbot
        self.clock = paced(start, moments)
        self.monitor = StandInMonitor()
        self.app = make_app(clock=self.clock, scheduler_time=self.clock.real_time,
                            new_presence_monitor=lambda choices: self.monitor)
        self.shown: list[tuple[str, datetime]] = []
        self.app.reminders.due.connect(lambda kind: self.shown.append((kind, self.clock())))
        self._timers: list[QTimer] = []
        self.app.reminders.scheduler.resume()  # make_app starts it paused


    def times(self, kind: str) -> list[datetime]:
        return [t for k, t in self.shown if k == kind]

    def events(self, kind: str) -> list[dict]:
        return [e.data for e in self.app.history.events([kind])]

    def tooltip(self) -> str:
        return self.app.home.tray.tooltip


def stretch_only(**presence) -> Settings:
    """Stretch every 30 minutes all day; water and breathing off, so only stretch fires."""
    every_day = tuple(range(7))
    return Settings(hydration=ReminderPlan(enabled=False), breathing=ReminderPlan(enabled=False),
                    stretch=ReminderPlan(interval_minutes=30),
                    week=uniform_week([Hours(480, 1200)], every_day), **presence)


@pytest.fixture
def run(qtbot, make_app, clock):
    def make(settings: Settings, *moments: tuple[int, int]) -> Run:
        start = clock()  # 09:50; stretch due 10:00, 10:30
        return Run(qtbot, make_app, start, settings, [at(start, *m) for m in moments])
    return make


def at(clock_fixture_start: datetime, hh: int, mm: int) -> datetime:
    return clock_fixture_start.replace(hour=hh, minute=mm)


def test_a_stretch_due_while_away_is_held_and_shown_once_after_the_return(run, clock):
    # The facts, the 10:00 due, the look at the tooltip, the shown one; and to 10:25, quiet.
    r = run(stretch_only(natural_break_minutes=30, return_delay_minutes=2),
            (9, 58), (10, 0), (10, 3), (10, 5), (10, 7), (10, 25))
    t = lambda hh, mm: at(clock(), hh, mm)  # noqa: E731
    r.qtbot.waitUntil(lambda: r.monitor.started)  # started after the app, not during
    r.at(t(9, 58), lambda: r.monitor.fact.emit("idle_since", t(9, 53)))
    tooltip_while_away = []
    r.at(t(10, 3), lambda: tooltip_while_away.append(r.tooltip()))
    r.at(t(10, 5), lambda: r.monitor.fact.emit("active", None))  # back after 12 min: no break
    r.run_until(t(10, 25))

    assert "Stretch break: held: away" in tooltip_while_away[0]
    shown = r.times("stretch")
    assert len(shown) == 1, shown                        # once, not at 10:00 into the room
    assert t(10, 7) <= shown[0] <= t(10, 7) + SLACK      # return + 2 min
    assert [e["reason"] for e in r.events("reminder_held")] == ["away"]
    assert [e.get("held") for e in r.events("reminder_shown")] == [True]
    assert r.events("natural_break") == []               # 12 min is less than 30
    assert "held" not in r.tooltip()


def test_a_long_absence_restarts_the_stretch_interval_and_shows_a_natural_break(run, clock):
    # The facts, the 10:00 due covered, the 10:30 that must not come, the next at 10:50.
    r = run(stretch_only(natural_break_minutes=5),
            (9, 57), (10, 0), (10, 20), (10, 30), (10, 45), (10, 50), (10, 53))
    t = lambda hh, mm: at(clock(), hh, mm)  # noqa: E731
    r.at(t(9, 57), lambda: r.monitor.fact.emit("idle_since", t(9, 52)))
    r.at(t(10, 20), lambda: r.monitor.fact.emit("active", None))
    r.run_until(t(10, 45))

    assert r.times("stretch") == []          # the 10:00 stretch was the absence itself
    [brk] = r.events("natural_break")
    assert brk["cause"] == "idle" and 28 <= brk["minutes"] < 30
    assert [e["kind"] for e in r.events("reminder_covered")] == ["stretch"]
    nxt = r.app.reminders.next_times()["stretch"]
    assert t(10, 50) <= nxt <= t(10, 50) + SLACK      # counted from the return: not 10:30
    r.app.refresh()
    # 28 minutes away, and a little more where the event loop ran late.
    natural, computer = r.app.home.today.natural_label.text().splitlines()
    assert natural in ("Natural breaks: 1 (28 min)", "Natural breaks: 1 (29 min)")
    assert computer.startswith("At the computer today: ")  # the time away left out of it
    assert r.app.home.today.natural_label.isVisibleTo(r.app.home.today)
    r.run_until(t(10, 52) + SLACK)
    assert len(r.times("stretch")) == 1      # and the next one does come


def test_a_stretch_due_in_a_call_is_held_then_shown_when_the_call_ends(run, clock):
    # The due, the looks every two minutes, the call's end; and to 10:20, quiet.
    r = run(stretch_only(), (10, 0), (10, 2), (10, 4), (10, 5), (10, 6), (10, 20))
    t = lambda hh, mm: at(clock(), hh, mm)  # noqa: E731
    r.monitor.busy = "in a call"
    seen = []
    r.at(t(10, 2), lambda: seen.append((r.tooltip(),
                                        r.app.home.today.next_labels["stretch"].text())))
    r.at(t(10, 5), lambda: setattr(r.monitor, "busy", None))
    r.run_until(t(10, 20))

    tooltip, today = seen[0]
    assert "Stretch break: held: in a call" in tooltip and today == "held: in a call"
    shown = r.times("stretch")
    assert len(shown) == 1 and t(10, 5) <= shown[0] <= t(10, 6) + SLACK  # next 2-min look
    assert [e["reason"] for e in r.events("reminder_held")] == ["in a call"]
    assert r.events("reminder_missed") == []


def test_a_call_that_outlasts_the_limit_records_the_stretch_missed_with_the_reason(
        run, clock, caplog):
    # The due, the looks every two minutes past the limit; and to 10:20, quiet.
    r = run(stretch_only(busy_limit_minutes=5), (10, 0), (10, 2), (10, 4), (10, 6), (10, 20))
    t = lambda hh, mm: at(clock(), hh, mm)  # noqa: E731
    r.monitor.busy = "in a call"
    r.run_until(t(10, 20))

    assert r.times("stretch") == []
    missed = r.events("reminder_missed")
    assert [(e["kind"], e["reason"]) for e in missed] == [("stretch", "in a call")]
    assert datetime.fromisoformat(missed[0]["due"]) == t(10, 0)
    assert "re-arming" not in caplog.text
    assert "held" not in r.tooltip()   # given up on: the tooltip shows the next time again


def test_changing_which_sources_to_watch_swaps_the_monitor_and_the_rules(make_app):
    from dataclasses import replace
    made = []

    def new_monitor(choices):
        made.append((choices, StandInMonitor()))
        return made[-1][1]

    app = make_app(new_presence_monitor=new_monitor)
    app.apply_settings(replace(app.settings, return_delay_minutes=7))
    assert len(made) == 1 and app.gate.model.rules.return_delay_minutes == 7
    app.apply_settings(replace(app.settings, watch_calls=False))
    (_, old), (choices, new) = made
    assert old.stopped and new.started and choices.calls is False
    assert app.presence is new and app.gate.monitor is new
    new.fact.emit("locked", None)  # the gate listens to the new monitor
    assert app.gate.model.away_reason() == "screen locked"
