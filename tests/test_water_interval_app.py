"""A glass logged anywhere restarts the water interval, in the real app on the real alarm.

The real app, its ReminderService on the real scheduler firing under a PacedClock (one
simulated minute is 100 real milliseconds around the moments that matter, ten times
faster between, as in test_presence_app); glasses are logged from the tray menu, from
Today and by a second launch's request, as a person would. Nothing calls ``wake()`` by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from test_presence_app import ScaledRun, paced

from companion.core import settings_file
from companion.core.kinds import Action, Request
from companion.core.settings import ReminderPlan, Settings
from companion.core.week import Hours, uniform_week
from companion.services import paths

pytestmark = pytest.mark.slow  # the quick set (-m "not slow") leaves it out

SLACK = timedelta(minutes=1, seconds=30)  # the event loop's delay, in simulated time
EVERY_DAY = tuple(range(7))


class Run(ScaledRun):
    """The real app on a fast simulated clock, with a log of every prompt shown."""

    def __init__(self, qtbot, make_app, start: datetime, moments: list[datetime]):
        settings_file.save(Settings(hydration=ReminderPlan(interval_minutes=60),
                                    stretch=ReminderPlan(enabled=False),
                                    breathing=ReminderPlan(enabled=False),
                                    week=uniform_week([Hours(480, 1200)], EVERY_DAY)),
                           paths.resolve().settings_file)
        self.qtbot = qtbot
        self.clock = paced(start, moments)
        self.app = make_app(clock=self.clock, scheduler_time=self.clock.real_time)
        self.shown: list[datetime] = []
        self.app.reminders.due.connect(lambda kind: self.shown.append(self.clock()))
        self._timers: list[QTimer] = []
        self.app.reminders.scheduler.resume()  # make_app starts it paused

    def tray(self, request: Request) -> None:
        self.app.home.tray.actions[request].trigger()


def test_a_glass_at_0858_means_no_water_reminder_at_0900_but_a_full_interval_later(
        qtbot, make_app, clock):
    start = clock()  # 09:50; water every hour from 08:00: due 10:00
    t = lambda hh, mm: start.replace(hour=hh, minute=mm)  # noqa: E731
    # The glass, the look after it, the 10:00 that must not come, the 10:58 that must; the end.
    r = Run(qtbot, make_app, start, [t(9, 58), t(9, 59), t(10, 0), t(10, 58), t(11, 5)])
    assert r.app.reminders.next_times()["hydration"] == t(10, 0)
    r.at(t(9, 58), lambda: r.tray(Request(Action.LOG_WATER)))
    next_after_glass = []
    r.at(t(9, 59), lambda: next_after_glass.append(r.app.reminders.next_times()["hydration"]))
    r.run_until(t(11, 5))

    [glass] = r.app.history.events(["water_logged"])
    assert t(9, 58) <= glass.at <= t(9, 58) + SLACK
    # Counted from the glass (a few simulated seconds pass between two clock reads): not 10:00.
    [restarted] = [when - timedelta(hours=1) for when in next_after_glass]
    assert glass.at <= restarted <= glass.at + timedelta(seconds=30)
    assert len(r.shown) == 1 and t(10, 58) <= r.shown[0] <= t(10, 58) + SLACK, r.shown
    assert "Water: 11:58" in r.app.home.tray.tooltip


def test_a_glass_logged_elsewhere_answers_the_water_prompt_on_screen(qtbot, make_app, clock):
    start = clock()
    t = lambda hh, mm: start.replace(hour=hh, minute=mm)  # noqa: E731
    # The 10:00 prompt, the look, the glass; the 11:03 prompt, the launch's glass; the end.
    r = Run(qtbot, make_app, start, [t(10, 0), t(10, 2), t(10, 3), t(11, 3), t(11, 5), t(11, 10)])
    on_screen = []
    r.at(t(10, 2), lambda: on_screen.append(set(r.app.prompts)))
    # Today's own button, while the 10:00 prompt is up: a glass drunk, the prompt answered.
    r.at(t(10, 3), lambda: r.app.home.today.requested.emit(Request(Action.LOG_WATER)))
    # And a second launch's `companion --log-water` an hour later, with the 11:03 prompt up.
    r.at(t(11, 5), lambda: r.app.commands.run_all([Request(Action.LOG_WATER, "command line")]))
    r.run_until(t(11, 10))

    assert on_screen == [{"hydration"}]
    assert r.app.prompts == {}  # taken down: its "Drank a glass" would log a second glass
    assert len(r.shown) == 2 and t(11, 3) <= r.shown[1] <= t(11, 3) + SLACK, r.shown
    done = [e.data["kind"] for e in r.app.history.events(["reminder_done"])]
    assert done == ["hydration", "hydration"] and r.app.history.count("water_logged") == 2
    assert r.app.history.count("reminder_missed") == 0
    nxt = r.app.reminders.next_times()["hydration"]
    assert t(12, 5) <= nxt <= t(12, 5) + SLACK  # an hour after the last glass
