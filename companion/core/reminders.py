"""The state of the three reminders: what is due when, snoozes, skips and pauses.

Pure and clock-free: every method takes ``now``. The Qt adapter asks ``next_due`` to
arm one timer, and calls ``wake`` when it fires (or after a resume or a clock jump).
``wake`` decides on purpose what a late wake-up means: at most one catch-up prompt
per kind, only for a time in the stretch of working hours under way now (a time from
before lunch is not asked after it), and every other passed time recorded as missed.
A clock set forward is such a late wake-up; a clock set back (``clock_set_back``) and a
new time zone (``change_zone``) re-plan from the clock the user now sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from .local_days import local_midnight
from .schedule import fire_times, next_fire
from .settings import KINDS, Settings
from .week_clock import day_spans, span_at

# A clock set back by more than this, unnoticed until a wake-up, is taken as a new start
# rather than "wait it out". (A set-back that is noticed goes through clock_set_back.)
BACKWARD_JUMP_RESET = timedelta(hours=12)


@dataclass
class Wake:
    """What a wake-up means for one kind: show a prompt now, and/or times missed."""

    kind: str
    show: bool = False
    missed: list[datetime] = field(default_factory=list)
    #: The regular time the shown prompt stands for (None for a snooze coming back).
    covers: datetime | None = None


@dataclass
class _KindState:
    handled_until: datetime          # every regular time up to here is dealt with
    anchor: datetime | None = None   # interval restarts from here (e.g. a stretch done)
    snoozed_until: datetime | None = None


class ReminderBoard:
    """Due times, snooze, skip, pause and catch-up for every kind of reminder."""

    def __init__(self, settings: Settings, tz: tzinfo, now: datetime):
        self.settings = settings
        self.tz = tz
        self.paused_until: datetime | None = None
        self.paused_forever = False
        self._state: dict[str, _KindState] = {kind: _KindState(handled_until=now) for kind in KINDS}

    # -- questions -----------------------------------------------------------
    def is_paused(self, now: datetime) -> bool:
        """Whether reminders are paused at ``now``."""
        return self.paused_forever or (self.paused_until is not None and now < self.paused_until)

    def next_regular(self, kind: str, now: datetime) -> datetime | None:
        """The next scheduled time of a kind, ignoring snooze and pause."""
        state = self._state[kind]
        return next_fire(self.settings.plan(kind), self.settings.week_for(kind),
                         state.handled_until, self.tz, state.anchor)

    def next_due(self, kind: str, now: datetime) -> datetime | None:
        """When this kind should next wake the app (None: not while paused/disabled)."""
        if self.paused_forever or not self.settings.plan(kind).enabled:
            return None
        state = self._state[kind]
        after = max(state.handled_until, self.paused_until or state.handled_until)
        regular = next_fire(self.settings.plan(kind), self.settings.week_for(kind), after,
                            self.tz, state.anchor)
        snooze = state.snoozed_until
        if snooze is not None and self.paused_until is not None and snooze < self.paused_until:
            snooze = None  # a snooze that ends inside a pause is swallowed by it
        candidates = [t for t in (regular, snooze) if t is not None]
        return min(candidates) if candidates else None

    def next_wake(self, now: datetime) -> datetime | None:
        """The earliest moment anything needs the app: a due time or a pause ending."""
        times = [t for k in KINDS if (t := self.next_due(k, now)) is not None]
        if self.paused_until is not None and not self.paused_forever:
            times.append(self.paused_until)
        return min(times) if times else None

    # -- the clock moved ------------------------------------------------------
    def wake(self, kind: str, now: datetime) -> Wake:
        """Settle everything due for ``kind`` up to ``now``; never shows twice."""
        self._settle_pause(now)
        state = self._state[kind]
        result = Wake(kind)
        if state.handled_until - now > BACKWARD_JUMP_RESET:
            state.handled_until = now  # the clock went far back: start again from now
        if self.is_paused(now):
            return result
        plan, week = self.settings.plan(kind), self.settings.week_for(kind)
        due = fire_times(plan, week, state.handled_until, now, self.tz, state.anchor)
        snooze = state.snoozed_until
        snooze_due = snooze is not None and snooze <= now
        if not due and not snooze_due:
            return result
        state.handled_until = max(state.handled_until, now)
        state.snoozed_until = None
        span = span_at(week, now, self.tz) if plan.enabled else None
        # Only what fell due in the working hours under way is asked now: the stretch
        # missed before lunch, or yesterday's water, is not what the person needs now.
        catch_up = span is not None and bool(due) and due[-1] >= span.start
        snoozed = span is not None and snooze is not None and snooze_due and snooze >= span.start
        result.show = catch_up or snoozed
        result.missed = due[:-1] if catch_up else due  # the latest due time is the one shown
        result.covers = due[-1] if catch_up else None
        return result

    def wake_all(self, now: datetime) -> list[Wake]:
        """Wake every kind (after a resume, a clock jump, or a timer)."""
        return [w for kind in KINDS if (w := self.wake(kind, now)).show or w.missed]

    def _settle_pause(self, now: datetime) -> None:
        if self.paused_until is not None and now >= self.paused_until:
            for state in self._state.values():
                state.handled_until = max(state.handled_until, self.paused_until)
            self.paused_until = None

    # -- the user acted -------------------------------------------------------
    def snooze(self, kind: str, now: datetime, minutes: int) -> datetime:
        """Ask again in ``minutes``; returns when."""
        until = now + timedelta(minutes=minutes)
        self._state[kind].snoozed_until = until
        return until

    def skip(self, kind: str, now: datetime, prompt_open: bool) -> None:
        """Dismiss the prompt; with none open, skip the next regular time instead."""
        state = self._state[kind]
        state.snoozed_until = None
        if not prompt_open:
            upcoming = self.next_regular(kind, now)
            if upcoming is not None:
                state.handled_until = max(state.handled_until, upcoming)

    def restart_interval(self, kind: str, now: datetime) -> None:
        """Count from now (a stretch session done is a natural break)."""
        state = self._state[kind]
        state.anchor = now
        state.handled_until = max(state.handled_until, now)
        state.snoozed_until = None

    def taken_elsewhere(self, kind: str, at: datetime, now: datetime) -> bool:
        """What ``kind`` reminds of was done on another machine at ``at`` (its journal
        arrived only now): the interval counts from then, as if done here. Never from a
        moment after ``now`` (that machine's clock may be ahead), nor back to before a
        break already counted here; one older than an interval changes nothing. Whether
        anything changed."""
        at = min(at, now)
        state = self._state[kind]
        plan = self.settings.plan(kind)
        if plan.mode != "interval" or at <= now - timedelta(minutes=plan.interval_minutes):
            return False
        if state.anchor is not None and at <= state.anchor:
            return False
        state.anchor = at
        state.snoozed_until = None
        return True

    def pause(self, now: datetime, until: datetime | None) -> None:
        """Pause everything until a time, or indefinitely with None."""
        self.paused_forever = until is None
        self.paused_until = until
        for state in self._state.values():
            state.snoozed_until = None

    def resume(self, now: datetime) -> None:
        """End a pause now; what fell inside it is not caught up."""
        if self.paused_forever or self.paused_until is not None:
            for state in self._state.values():
                state.handled_until = max(state.handled_until, now)
        self.paused_forever = False
        self.paused_until = None

    def clock_set_back(self, now: datetime, by: timedelta) -> None:
        """The wall clock was set back by ``by`` and now reads ``now``.

        Interval reminders keep their pace in real time: the next one comes when it would
        have had the clock been left alone, never a repeat of the one just shown and never
        hours of silence while the clock catches up. Fixed times of day follow the clock:
        those still ahead on it come, even if they came on the clock before. A snooze
        still ends after its minutes; a pause ends at the time it names.
        """
        for kind, state in self._state.items():
            plan = self.settings.plan(kind)
            if state.snoozed_until is not None:
                state.snoozed_until -= by
            if plan.mode == "times":
                state.handled_until = min(state.handled_until, now)
                continue
            upcoming = next_fire(plan, self.settings.week_for(kind), state.handled_until,
                                 self.tz, state.anchor)
            if upcoming is None:
                state.handled_until = min(state.handled_until, now)
                continue
            # Count the interval on from one step before the upcoming time, moved with the
            # clock; where that lies outside working hours, the next span decides as ever.
            state.anchor = state.handled_until = upcoming - by - timedelta(
                minutes=plan.interval_minutes)

    def change_zone(self, tz: tzinfo, now: datetime) -> None:
        """Plan in a new time zone from now on; nothing before now counts as missed."""
        self.tz = tz
        for state in self._state.values():
            state.handled_until = max(state.handled_until, now)

    def update_settings(self, settings: Settings, now: datetime) -> None:
        """New plans take effect from now; nothing from before counts as missed."""
        self.settings = settings
        for state in self._state.values():
            state.handled_until = max(state.handled_until, now)


def next_active_start(settings: Settings, now: datetime, tz: tzinfo) -> datetime:
    """Start of the next day's working hours of any enabled kind (for 'pause until then').

    A later day, even when today's hours run on past midnight: the pause asked for is
    "until tomorrow's work". With no working day in the coming week, tomorrow's midnight.
    """
    today = now.astimezone(tz).date()
    weeks = {settings.week_for(k) for k in KINDS if settings.plan(k).enabled}
    for offset in range(1, 8):
        day: date = today + timedelta(days=offset)
        starts = [spans[0].start for week in weeks if (spans := day_spans(week, day, tz))]
        if starts:
            return min(starts)
    return local_midnight(today + timedelta(days=1), tz).astimezone(UTC)
