"""A working week: for each weekday, whether it is on, and its hours (one or more ranges).

Pure data and the small edits the Settings page makes (copy a day to other days). How a
week falls on a real clock (DST, midnight) is ``week_clock``; how it is written in the
settings file is ``week_file``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .wording import weekday_name

MINUTES_PER_DAY = 24 * 60
#: More ranges than this in one day is not a working day but a mistake (or a damaged file).
MAX_RANGES_PER_DAY = 12


@dataclass(frozen=True, order=True)
class Hours:
    """One range of a day's hours, in minutes after local midnight; ``end`` 1440 is 24:00."""

    start: int
    end: int

    def __str__(self) -> str:
        return f"{_clock(self.start)}-{_clock(self.end)}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def hours(text: str) -> Hours:
    """'08:30-12:00' as Hours (ValueError if it is not a range that ends after it starts)."""
    start, sep, end = text.replace("–", "-").partition("-")
    if not sep:
        raise ValueError(f"{text!r} is not a range like 08:30-12:00")
    span = Hours(_minutes(start, last=MINUTES_PER_DAY - 1), _minutes(end, last=MINUTES_PER_DAY))
    if span.start >= span.end:
        raise ValueError(f"{text!r} ends before it starts")
    return span


def _minutes(text: str, last: int) -> int:
    hh, sep, mm = text.strip().partition(":")
    if not (sep and len(hh) == 2 and len(mm) == 2 and hh.isascii() and mm.isascii()
            and hh.isdigit() and mm.isdigit() and int(mm) < 60):
        raise ValueError(f"{text!r} is not a time like 08:30")
    minutes = int(hh) * 60 + int(mm)
    if minutes > last:
        raise ValueError(f"{text!r} is past the end of the day")
    return minutes


def joined(ranges: Iterable[Hours]) -> tuple[Hours, ...]:
    """Ranges in order, overlapping or touching ones joined: the hours they cover, once."""
    out: list[Hours] = []
    for span in sorted(ranges):
        if out and span.start <= out[-1].end:
            out[-1] = Hours(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return tuple(out)


@dataclass(frozen=True)
class Day:
    """One weekday: on or off, and its hours (kept while off, so turning it on restores them)."""

    on: bool
    hours: tuple[Hours, ...]

    @property
    def active(self) -> tuple[Hours, ...]:
        """The hours that count: none on a day that is off."""
        return self.hours if self.on else ()


@dataclass(frozen=True)
class Week:
    """Seven days, Monday first (``date.weekday()`` numbering)."""

    days: tuple[Day, ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ValueError("a week has seven days")

    def active(self, weekday: int) -> tuple[Hours, ...]:
        """The hours of a weekday (Monday is 0) that count; none when it is off."""
        return self.days[weekday].active

    @property
    def empty(self) -> bool:
        """True when no day has any hours on: nothing can fire."""
        return not any(day.active for day in self.days)

    def with_day(self, weekday: int, day: Day) -> Week:
        """A copy with one day replaced."""
        days = list(self.days)
        days[weekday] = day
        return replace(self, days=tuple(days))

    def copy_day(self, source: int, targets: Iterable[int]) -> Week:
        """A copy where each target day is like ``source`` (on/off and hours)."""
        week = self
        for target in targets:
            week = week.with_day(target, self.days[source])
        return week


def uniform_week(ranges: Iterable[Hours], weekdays: Iterable[int]) -> Week:
    """The same hours on every day; on only on ``weekdays``."""
    same = joined(ranges)
    on = set(weekdays)
    return Week(tuple(Day(number in on, same) for number in range(7)))


def default_week() -> Week:
    """Monday to Friday, 09:00-18:00 (the weekend keeps those hours, off)."""
    return uniform_week([Hours(9 * 60, 18 * 60)], range(5))


def describe_week(week: Week) -> str:
    """'Mon–Thu 08:30-12:00, 13:00-17:30; Fri 08:30-13:00'; days in a row with the same
    hours are said once, days off not at all."""
    parts: list[str] = []
    number = 0
    while number < 7:
        hours_on = week.active(number)
        last = number
        while last + 1 < 7 and week.active(last + 1) == hours_on:
            last += 1
        if hours_on:
            days = weekday_name(number, "short") + (f"–{weekday_name(last, 'short')}" if last > number else "")
            parts.append(f"{days} {', '.join(str(h) for h in hours_on)}")
        number = last + 1
    return "; ".join(parts) or "no day is on"
