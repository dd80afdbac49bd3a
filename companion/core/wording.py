"""Dates, times and durations in English words: every sentence takes them from here.

Never strftime's %a, %A, %b or %B: those follow the C library's locale, which Qt sets
from the desktop when the QApplication is made, so a German desktop would read "Montag"
inside an English sentence. The names are spelled out below instead, and this is the
one module a translation has to give its own words.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, tzinfo
from typing import Literal

from companion.core.i18n import tr

# In date.weekday() order (Monday is 0) and month order (January is 1).
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# English shortens both to their first three letters: "Mon", "Sep".
SHORT_WEEKDAYS = tuple(name[:3] for name in WEEKDAYS)
SHORT_MONTHS = tuple(name[:3] for name in MONTHS)

Width = Literal["long", "short"]


def date_text(day: date, weekday: Width | None = "long", month: Width = "long",
              year: bool = False) -> str:
    """'Monday 2 March'; 'Mon 2 Mar 2026' with every part short and the year; '2 Mar 2026'
    without the weekday. The day has no leading zero."""
    months = MONTHS if month == "long" else SHORT_MONTHS
    text = f"{day.day} {months[day.month - 1]}" + (f" {day.year}" if year else "")
    if weekday is None:
        return text
    return f"{(WEEKDAYS if weekday == 'long' else SHORT_WEEKDAYS)[day.weekday()]} {text}"


def time_of_day(when: datetime | time) -> str:
    """'09:05': 24-hour, as everywhere in Companion; give it a local time."""
    return f"{when.hour:02d}:{when.minute:02d}"


def moment_text(when: datetime) -> str:
    """'Mon 2 Mar 2026, 14:05', for a record that may be months old; give it a local time."""
    return f"{date_text(when, 'short', 'short', year=True)}, {time_of_day(when)}"


def describe_time(when: datetime | None, now: datetime, tz: tzinfo) -> str:
    """'14:30', 'tomorrow 10:00' or 'Mon 10:00' in local time; 'off' for None."""
    if when is None:
        return "off"
    local, today = when.astimezone(tz), now.astimezone(tz).date()
    days = (local.date() - today).days
    clock = time_of_day(local)
    if days <= 0:
        return clock
    if days == 1:
        return f"tomorrow {clock}"
    return f"{SHORT_WEEKDAYS[local.weekday()]} {clock}"


def describe_minutes(minutes: float) -> str:
    """'25 min' or '1 h 10 min', rounded to the minute."""
    hours, mins = divmod(round(minutes), 60)
    if not hours:
        return f"{mins} min"
    return f"{hours} h" + (f" {mins} min" if mins else "")


def describe_seconds(seconds: float) -> str:
    """How long something took: '45 s', '2 min 30 s', then from ten minutes '12 min'."""
    if seconds >= 600:
        return describe_minutes(seconds / 60)
    # A short session to the second, as it was timed.
    minutes, rest = divmod(round(seconds), 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    return f"{minutes} min" if minutes else f"{rest} s"


def whole_seconds(seconds: float) -> int:
    """A countdown's displayed seconds: 2.1 s left shows as 3, 0 shows as 0."""
    return max(0, math.ceil(seconds - 1e-6))


def clock_text(seconds: float) -> str:
    """A countdown as m:ss (3:05), rounded up as a countdown shows it."""
    # Rounded up, as the big per-step and per-phase counters are: 0.2 s left still reads
    # 0:01, so "0:00" appears only when the time is really over, at the same moment the
    # step counter reaches 0. whole_seconds also forgives float noise (60.0000001 s is
    # 1:00, not 1:01) and never shows a negative time.
    total = whole_seconds(seconds)
    return f"{total // 60}:{total % 60:02d}"


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 glass', '5 glasses'."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def duration_words(seconds: float) -> str:
    """How long, in words for a sentence: '45 seconds', '1 minute', '12 minutes'.

    From a minute on it is rounded to the minute: a headline, not a stopwatch.
    """
    whole = round(seconds)
    if whole < 60:
        return tr("%n seconds", "duration", max(whole, 1))
    return tr("%n minutes", "duration", round(whole / 60))
