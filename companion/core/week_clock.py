"""A week on a real clock: the stretches of time when the wall clock reads inside its hours.

The rule is the one a person would check by looking at the clock: a moment is working time
when the local wall clock then shows a weekday that is on and a time inside one of that
day's ranges. On a normal day that is one stretch per range. On DST days it is what the
clock shows: in spring a range in the skipped hour has no time at all (and one across it
is an hour shorter); in autumn the repeated hour counts each time the clock shows it.

Everything is computed in UTC (Python adds and compares aware datetimes of one tzinfo by
wall time, which is wrong across a DST change): the time is cut where the zone's UTC
offset changes, and inside each piece wall time and UTC differ by a constant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from .week import Week

# A zone's offset is probed this often, then the change found to the second. No real
# zone changes its offset twice within an hour.
_PROBE = timedelta(hours=1)
# The instants whose wall date is one day lie within 15 hours of its UTC reading either
# side (UTC offsets run from -12 to +14 hours).
_SLACK = timedelta(hours=15)


@dataclass(frozen=True)
class Span:
    """A stretch of working time [start, end) in UTC, and the local day it belongs to."""

    start: datetime
    end: datetime
    day: date

    def __contains__(self, when: datetime) -> bool:
        return self.start <= when < self.end


def is_active(week: Week, when: datetime, tz: tzinfo) -> bool:
    """Whether the wall clock at ``when`` reads inside the week's hours."""
    wall = when.astimezone(tz)
    second = wall.hour * 3600 + wall.minute * 60 + wall.second + wall.microsecond / 1e6
    return any(h.start * 60 <= second < h.end * 60 for h in week.active(wall.weekday()))


@lru_cache(maxsize=512)  # pure, and asked for the same days at every re-plan
def day_spans(week: Week, day: date, tz: tzinfo) -> tuple[Span, ...]:
    """The working time of one local day, in order; touching pieces are one span.

    Spans of different days are never joined, so an interval restarts each day even when
    the hours run over midnight (24:00, then 00:00).
    """
    if not week.active(day.weekday()):
        return ()
    naive = datetime(day.year, day.month, day.day, tzinfo=UTC)
    found: list[Span] = []
    for start, end, offset in _pieces(naive - _SLACK, naive + timedelta(days=1) + _SLACK, tz):
        wall_start, wall_end = start + offset, end + offset
        for h in week.active(day.weekday()):
            lo = max(wall_start, naive + timedelta(minutes=h.start))
            hi = min(wall_end, naive + timedelta(minutes=h.end))
            if lo < hi:
                found.append(Span(lo - offset, hi - offset, day))
    found.sort(key=lambda s: s.start)
    joined: list[Span] = []
    for span in found:
        if joined and span.start <= joined[-1].end:
            last = joined[-1]
            joined[-1] = Span(last.start, max(last.end, span.end), day)
        else:
            joined.append(span)
    return tuple(joined)


def span_at(week: Week, when: datetime, tz: tzinfo) -> Span | None:
    """The span of working time holding ``when``, or None outside working time."""
    day = when.astimezone(tz).date()
    return next((s for s in day_spans(week, day, tz) if when in s), None)


def _offset(when: datetime, tz: tzinfo) -> timedelta:
    return when.astimezone(tz).utcoffset() or timedelta(0)


def _pieces(start: datetime, end: datetime,
            tz: tzinfo) -> list[tuple[datetime, datetime, timedelta]]:
    """[start, end) cut where the zone's UTC offset changes: (from, to, offset) each."""
    pieces = []
    offset = _offset(start, tz)
    probe = start
    while probe < end:
        ahead = min(probe + _PROBE, end)
        if _offset(ahead, tz) != offset:
            change = _change_between(probe, ahead, offset, tz)
            pieces.append((start, change, offset))
            start, offset = change, _offset(change, tz)
        probe = ahead
    pieces.append((start, end, offset))
    return pieces


def _change_between(before: datetime, after: datetime, offset: timedelta,
                    tz: tzinfo) -> datetime:
    """The first whole second in (before, after] whose offset is not ``offset``."""
    lo, hi = int(before.timestamp()), int(after.timestamp()) + 1
    while hi - lo > 1:  # offset(lo) == offset; offset(hi) differs
        mid = (lo + hi) // 2
        if _offset(datetime.fromtimestamp(mid, UTC), tz) == offset:
            lo = mid
        else:
            hi = mid
    return datetime.fromtimestamp(hi, UTC)
