"""Dates, times, durations and numbers in the person's words: every sentence takes them here.

Never strftime's %a, %A, %b or %B: those follow the C library's locale, which Qt sets
from the desktop when the QApplication is made, so a German desktop would read "Montag"
inside an English sentence. The names and separators come from ``Formats`` instead:
English ones by default (and in a process without Qt), the chosen language's once
``services.language`` has filled one from QLocale and handed it to ``use``. The order of
the parts ("Monday 2 March", "Montag, 2. März") is a translatable pattern.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Literal

from companion.core.i18n import tr, translate

# English names, in date.weekday() order (Monday is 0) and month order (January is 1).
# Also file keys (core.week_file): shown text asks weekday_name and month_name instead.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# English shortens both to their first three letters: "Mon", "Sep".
SHORT_WEEKDAYS = tuple(name[:3] for name in WEEKDAYS)
SHORT_MONTHS = tuple(name[:3] for name in MONTHS)

Width = Literal["long", "short"]


@dataclass(frozen=True)
class Formats:
    """One language's names and separators (English here; QLocale's for another)."""

    weekdays: tuple[str, ...] = WEEKDAYS            # Monday first
    short_weekdays: tuple[str, ...] = SHORT_WEEKDAYS
    months: tuple[str, ...] = MONTHS                # as in a date: "2 March"
    short_months: tuple[str, ...] = SHORT_MONTHS
    standalone_months: tuple[str, ...] = MONTHS     # alone, as a heading: "March 2026"
    time_separator: str = ":"                       # "09:05"; Indonesian "09.05"
    decimal_point: str = "."
    group_separator: str = ","
    water_unit: str = "ml"                          # the region's: "fl oz" in the US


_formats = Formats()
_water_choice = ""  # Settings' water_unit: "" follows the Formats' (the region's)


def use(formats: Formats | None) -> None:
    """Write dates, times and numbers with ``formats`` from now on; None: English."""
    global _formats
    _formats = formats or Formats()


def formats() -> Formats:
    """The names and separators in use now."""
    return _formats


def weekday_name(number: int, width: Width = "long") -> str:
    """Monday is 0: 'Monday', 'Mon'; 'Montag', 'Mo.' in German."""
    return (_formats.weekdays if width == "long" else _formats.short_weekdays)[number]


def month_name(month: int, width: Width = "long", standalone: bool = False) -> str:
    """January is 1: 'March', 'Mar'; ``standalone`` for a month named on its own (a
    heading), where some languages use another form than inside a date."""
    if standalone and width == "long":
        return _formats.standalone_months[month - 1]
    return (_formats.months if width == "long" else _formats.short_months)[month - 1]


def number_text(value: float, decimals: int = 0) -> str:
    """'1,250.5' in English, '1.250,5' in German: the language's separators."""
    whole, _, fraction = f"{value:,.{decimals}f}".partition(".")
    whole = whole.replace(",", _formats.group_separator)
    return f"{whole}{_formats.decimal_point}{fraction}" if fraction else whole


def date_text(day: date, weekday: Width | None = "long", month: Width = "long",
              year: bool = False) -> str:
    """'Monday 2 March'; 'Mon 2 Mar 2026' with every part short and the year; '2 Mar 2026'
    without the weekday. The day has no leading zero."""
    text = translate("wording", "{day} {month}").format(day=day.day,
                                                         month=month_name(day.month, month))
    if year:
        text = translate("wording", "{date} {year}").format(date=text, year=day.year)
    if weekday is None:
        return text
    return translate("wording", "{weekday} {date}").format(
        weekday=weekday_name(day.weekday(), weekday), date=text)


def time_of_day(when: datetime | time) -> str:
    """'09:05': 24-hour, as everywhere in Companion; give it a local time."""
    return f"{when.hour:02d}{_formats.time_separator}{when.minute:02d}"


def moment_text(when: datetime) -> str:
    """'Mon 2 Mar 2026, 14:05', for a record that may be months old; give it a local time."""
    return translate("wording", "{date}, {time}").format(
        date=date_text(when, "short", "short", year=True), time=time_of_day(when))


def describe_time(when: datetime | None, now: datetime, tz: tzinfo) -> str:
    """'14:30', 'tomorrow 10:00' or 'Mon 10:00' in local time; 'off' for None."""
    if when is None:
        return translate("wording", "off")
    local, today = when.astimezone(tz), now.astimezone(tz).date()
    days = (local.date() - today).days
    clock = time_of_day(local)
    if days <= 0:
        return clock
    if days == 1:
        return translate("wording", "tomorrow {time}").format(time=clock)
    return translate("wording", "{weekday} {time}").format(
        weekday=weekday_name(local.weekday(), "short"), time=clock)


def describe_minutes(minutes: float) -> str:
    """'25 min' or '1 h 10 min', rounded to the minute."""
    hours, mins = divmod(round(minutes), 60)
    if not hours:
        return translate("wording", "{minutes} min").format(minutes=mins)
    if not mins:
        return translate("wording", "{hours} h").format(hours=hours)
    return translate("wording", "{hours} h {minutes} min").format(hours=hours, minutes=mins)


def describe_seconds(seconds: float) -> str:
    """How long something took: '45 s', '2 min 30 s', then from ten minutes '12 min'."""
    if seconds >= 600:
        return describe_minutes(seconds / 60)
    # A short session to the second, as it was timed.
    minutes, rest = divmod(round(seconds), 60)
    if minutes and rest:
        return translate("wording", "{minutes} min {seconds} s").format(minutes=minutes,
                                                                         seconds=rest)
    if minutes:
        return translate("wording", "{minutes} min").format(minutes=minutes)
    return translate("wording", "{seconds} s").format(seconds=rest)


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
    """'1 glass', '5 glasses': English only (a translated count is i18n.tr's)."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def duration_words(seconds: float) -> str:
    """How long, in words for a sentence: '45 seconds', '1 minute', '12 minutes'.

    From a minute on it is rounded to the minute: a headline, not a stopwatch.
    """
    whole = round(seconds)
    if whole < 60:
        return tr("%n seconds", "duration", max(whole, 1))
    return tr("%n minutes", "duration", round(whole / 60))


# Water is stored in millilitres everywhere (events, exports, sync); only what is shown,
# and the glass size typed in Settings, are in the person's unit.
WATER_UNITS = ("ml", "fl oz")
ML_PER_US_FL_OZ = 29.5735


def choose_water_unit(setting: str) -> None:
    """Show water in ``setting`` ("ml" or "fl oz") from now on; "" follows the region's."""
    global _water_choice
    _water_choice = setting if setting in WATER_UNITS else ""


def water_unit() -> str:
    """The unit water is shown in now: the one chosen, else the region's."""
    return _water_choice or _formats.water_unit


def fl_oz(ml: float) -> int:
    """Millilitres as whole US fluid ounces: 237 ml is 8."""
    return round(ml / ML_PER_US_FL_OZ)


def ml_from_fl_oz(ounces: int) -> int:
    """Whole US fluid ounces as whole millilitres: 8 is 237 (and 237 ml is 8 again)."""
    return round(ounces * ML_PER_US_FL_OZ)


def water_amount(ml: float, unit: str | None = None) -> str:
    """'250 ml', '1.25 l' from a litre on, or '8 fl oz' (``unit``; None: the one in use).

    Litres have as many decimals as they need, fewer as they grow: '1.25 l', '12.5 l',
    '125 l' (a year's total does not need the last spoonful).
    """
    if (unit or water_unit()) == "fl oz":
        return translate("wording", "{amount} fl oz").format(amount=number_text(fl_oz(ml)))
    if round(ml) < 1000:
        return translate("wording", "{amount} ml").format(amount=number_text(round(ml)))
    litres = ml / 1000
    decimals = 2 if litres < 10 else 1 if litres < 100 else 0
    while decimals and round(litres, decimals - 1) == round(litres, decimals):
        decimals -= 1  # 1.50 l is 1.5 l, 2.00 l is 2 l
    return translate("wording", "{amount} l").format(amount=number_text(litres, decimals))
