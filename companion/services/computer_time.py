"""Today's time at the computer, and the optional daily limit's reminders.

Fed the presence monitor's facts (input, idle since, locked, unlocked) and the app's
logind watch (asleep, awake); the counting rule is ``core.active_time``'s. Each span of
time present goes into the history as it ends, is cut at local midnight, and is kept up
to date at midnight and on quit, so a day's total survives a restart.

Nothing polls: while the person is present and a limit is set, one single-shot timer
waits for the moment the day's total reaches the next reminder (the limit, then every
further hour at the computer); a second one waits for midnight, to start the new day.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.active_time import ActiveTime, Span, next_reminder, reminders_due
from companion.core.clock import Clock
from companion.core.history import History
from companion.core.kinds import EventKind
from companion.core.local_days import day_bounds

log = logging.getLogger(__name__)
MAX_WAIT_MS = 2_147_483_647  # a QTimer's longest wait


def asleep_so_far() -> float:
    """Seconds this computer has slept since it booted: the boot-time clock runs on in
    suspend, the monotonic one does not."""
    return time.clock_gettime(time.CLOCK_BOOTTIME) - time.monotonic()


class ComputerTime(QObject):
    """``limit_reached(total, limit)`` (timedeltas) when the day's time at the computer
    reaches the daily limit, and once every further hour."""

    limit_reached = Signal(object, object)

    def __init__(self, history: History, clock: Clock, tz: tzinfo, limit_minutes: int = 0,
                 parent: QObject | None = None,
                 scheduler_time: Callable[[datetime], datetime] | None = None,
                 asleep: Callable[[], float] = asleep_so_far):
        super().__init__(parent)
        self.history, self.clock = history, clock
        self.limit = timedelta(minutes=limit_minutes)
        # As for the gate: a simulated clock's moments mapped onto real ones (tests only).
        self._real = scheduler_time or (lambda when: when)
        self._asleep = asleep
        self._slept_before = asleep()
        self.counter = ActiveTime(tz, clock())
        self._reminder = self._timer(self._remind)
        self._midnight = self._timer(self._new_day)
        self._arm()

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    # -- what the app asks -------------------------------------------------------------------
    def today(self) -> timedelta:
        """Today's time at the computer so far."""
        now = self.clock()
        return self.counter.today(self._kept(now), now)

    def set_limit(self, minutes: int) -> None:
        self.limit = timedelta(minutes=minutes)
        self._arm()

    def change_zone(self, tz: tzinfo) -> None:
        self._keep(self.counter.checkpoint(self.clock()))
        self.counter.tz = tz
        self._arm()

    def stop(self) -> None:
        """Keep the open span (Companion is closing) and stop the timers."""
        self._keep(self.counter.checkpoint(self.clock()))
        self._reminder.stop()
        self._midnight.stop()

    # -- facts ------------------------------------------------------------------------------
    def observe(self, name: str, since: object = None) -> None:
        """A presence monitor's fact; sleep comes from logind (``suspended``/``resumed``)."""
        now = self.clock()
        if name == "idle_since" and isinstance(since, datetime):
            self._keep(self.counter.idle_since(since, now))
        elif name in ("active", "locked", "unlocked"):
            self._keep(getattr(self.counter, name)(now))
        else:
            return
        self._arm()

    def suspended(self) -> None:
        self._keep(self.counter.suspended(self.clock()))
        self._slept_before = self._asleep()
        self._arm()

    def resumed(self) -> None:
        slept_now = self._asleep()
        slept = timedelta(seconds=max(0.0, slept_now - self._slept_before))
        self._slept_before = slept_now
        self._keep(self.counter.resumed(self.clock(), slept))
        self._arm()

    def clock_jumped(self) -> None:
        """Wall and monotonic time drifted apart: perhaps the computer slept unheard (no
        logind). Time it slept leaves the open span; nobody counts as back because of it."""
        slept_now = self._asleep()
        slept = timedelta(seconds=max(0.0, slept_now - self._slept_before))
        self._slept_before = slept_now
        if self.counter.present and slept > timedelta(0):
            self._keep(self.counter.resumed(self.clock(), slept))
            self._arm()

    # -- inside -----------------------------------------------------------------------------
    def _kept(self, now: datetime) -> list[Span]:
        start, end = day_bounds(now, self.counter.tz)
        # Each span is recorded at its start, inside its own day.
        return [Span(datetime.fromisoformat(e.data["start"]), datetime.fromisoformat(e.data["end"]))
                for e in self.history.events([EventKind.ACTIVE_TIME], start, end)]

    def _keep(self, spans: list[Span]) -> None:
        for span in spans:
            if span.minutes > 0:
                self.history.record(EventKind.ACTIVE_TIME, {
                    "start": span.start.isoformat(), "end": span.end.isoformat(),
                    "minutes": round(span.minutes, 2)}, at=span.start)

    def _reminded(self, now: datetime) -> int:
        start, end = day_bounds(now, self.counter.tz)
        return len(self.history.events([EventKind.TIME_LIMIT_REMINDED], start, end))

    def _arm(self) -> None:
        now = self.clock()
        self._reminder.stop()
        self._midnight.stop()
        if not self.counter.present:
            return  # nothing adds up while away; the next fact re-arms
        _, midnight = day_bounds(now, self.counter.tz)
        self._start(self._midnight, midnight, now)
        if self.limit > timedelta(0):
            due = next_reminder(self.limit, self._reminded(now))
            self._start(self._reminder, now + max(timedelta(0), due - self.today()), now)

    def _start(self, timer: QTimer, when: datetime, now: datetime) -> None:
        wait_ms = (self._real(when) - self._real(now)).total_seconds() * 1000
        timer.start(max(0, min(math.ceil(wait_ms), MAX_WAIT_MS)))

    def _remind(self) -> None:
        now = self.clock()
        total, reminded = self.today(), self._reminded(now)
        if self.limit > timedelta(0) and total >= next_reminder(self.limit, reminded):
            self._keep(self.counter.checkpoint(now))
            # After a restart past the limit: one reminder, not one for each hour missed.
            for _ in range(max(1, reminders_due(total, self.limit) - reminded)):
                self.history.record(EventKind.TIME_LIMIT_REMINDED, {
                    "minutes": round(total.total_seconds() / 60, 1),
                    "limit": self.limit.total_seconds() / 60})
            log.info("daily computer time reached: %s", total)
            self.limit_reached.emit(total, self.limit)
        self._arm()

    def _new_day(self) -> None:
        self._keep(self.counter.checkpoint(self.clock()))
        self._arm()
