"""Reminder plans -> fire times. Pure: no Qt, no scheduler, no 'now' of its own.

Interval reminders count real elapsed time from an anchor (the start of the day's
active hours, or the moment the user last reset them, e.g. by finishing a stretch
session), so a DST change inside the active hours never bunches or skips prompts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from .settings import ReminderPlan


def _local(day: date, at: time, tz: tzinfo) -> datetime:
    """A local wall time as UTC.

    Everything here is computed in UTC: Python compares and adds aware datetimes that
    share a tzinfo by wall time, which would be wrong across a DST change. fold=0 picks
    the first of a repeated wall time; a time in a spring-forward gap maps past the gap.
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def active_window(plan: ReminderPlan, day: date, tz: tzinfo) -> tuple[datetime, datetime] | None:
    """The active hours of one local day, or None when the day is not active."""
    if day.weekday() not in plan.days:
        return None
    return _local(day, plan.start, tz), _local(day, plan.end, tz)


def is_active(plan: ReminderPlan, when: datetime, tz: tzinfo) -> bool:
    """Whether a moment falls inside the plan's active days and hours."""
    window = active_window(plan, when.astimezone(tz).date(), tz)
    return window is not None and window[0] <= when < window[1]


def _day_times(plan: ReminderPlan, day: date, tz: tzinfo,
               anchor: datetime | None) -> Iterator[datetime]:
    window = active_window(plan, day, tz)
    if window is None:
        return
    start, end = window
    if plan.mode == "times":
        for at in plan.times:
            when = _local(day, at, tz)
            if start <= when < end:
                yield when
        return
    step = timedelta(minutes=plan.interval_minutes)
    anchor = anchor.astimezone(UTC) if anchor is not None else None
    base = anchor if anchor is not None and start <= anchor < end else start
    when = base + step
    while when < end:
        yield when
        when += step


def fire_times(plan: ReminderPlan, after: datetime, until: datetime, tz: tzinfo,
               anchor: datetime | None = None) -> list[datetime]:
    """Every time the plan fires in (after, until], in order, as UTC datetimes."""
    if not plan.enabled or until <= after:
        return []
    found: list[datetime] = []
    day = after.astimezone(tz).date()
    last = until.astimezone(tz).date()
    while day <= last:
        found += [t for t in _day_times(plan, day, tz, anchor) if after < t <= until]
        day += timedelta(days=1)
    return found


def next_fire(plan: ReminderPlan, after: datetime, tz: tzinfo,
              anchor: datetime | None = None, horizon_days: int = 8) -> datetime | None:
    """The first fire time strictly after ``after``, or None if the plan never fires."""
    if not plan.enabled:
        return None
    day = after.astimezone(tz).date()
    for offset in range(horizon_days + 1):
        for when in _day_times(plan, day + timedelta(days=offset), tz, anchor):
            if when > after:
                return when
    return None
