"""Reminder plans -> fire times. Pure: no Qt, no scheduler, no 'now' of its own.

A plan fires only inside its week's working time (``week_clock``'s spans). Interval
reminders count real elapsed time from an anchor: the start of each span (so the interval
restarts after lunch rather than running through it), or the moment the user last reset
them inside that span (e.g. by finishing a stretch session). Counting real time means a
DST change inside the hours never bunches or skips prompts. Fixed times fire when the
clock shows them, if that moment is working time.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from .settings import ReminderPlan
from .week import Week
from .week_clock import day_spans


def _local(day: date, at: time, tz: tzinfo) -> datetime:
    """A local wall time as UTC.

    fold=0 picks the first of a repeated wall time; a time in a spring-forward gap maps
    past the gap.
    """
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def _day_times(plan: ReminderPlan, week: Week, day: date, tz: tzinfo,
               anchor: datetime | None) -> Iterator[datetime]:
    spans = day_spans(week, day, tz)
    if plan.mode == "times":
        at_times = (_local(day, at, tz) for at in plan.times)
        # Sorted: a time in the spring gap lands after the ones just past the gap.
        yield from sorted(w for w in at_times if any(w in span for span in spans))
        return
    step = timedelta(minutes=plan.interval_minutes)
    for span in spans:
        base = anchor if anchor is not None and anchor in span else span.start
        when = base + step
        while when < span.end:
            yield when
            when += step


def fire_times(plan: ReminderPlan, week: Week, after: datetime, until: datetime, tz: tzinfo,
               anchor: datetime | None = None) -> list[datetime]:
    """Every time the plan fires in (after, until], in order, as UTC datetimes."""
    if not plan.enabled or until <= after:
        return []
    anchor = anchor.astimezone(UTC) if anchor is not None else None
    found: list[datetime] = []
    # A day's working time may begin on the day before by the UTC date: start a day early.
    day = after.astimezone(tz).date() - timedelta(days=1)
    last = until.astimezone(tz).date() + timedelta(days=1)
    while day <= last:
        found += [t for t in _day_times(plan, week, day, tz, anchor) if after < t <= until]
        day += timedelta(days=1)
    return sorted(found)


def next_fire(plan: ReminderPlan, week: Week, after: datetime, tz: tzinfo,
              anchor: datetime | None = None, horizon_days: int = 8) -> datetime | None:
    """The first fire time strictly after ``after``, or None if the plan never fires."""
    if not plan.enabled or week.empty:
        return None
    anchor = anchor.astimezone(UTC) if anchor is not None else None
    day = after.astimezone(tz).date() - timedelta(days=1)
    for offset in range(horizon_days + 2):
        later = [t for t in _day_times(plan, week, day + timedelta(days=offset), tz, anchor)
                 if t > after]
        if later:
            return min(later)
    return None
