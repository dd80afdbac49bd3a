"""Dates, times and durations in English words, and no locale-dependent date names anywhere."""

import ast
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.core.wording import (
    clock_text,
    date_text,
    describe_minutes,
    describe_seconds,
    describe_time,
    moment_text,
    plural,
    time_of_day,
    whole_seconds,
)

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 9, 50, tzinfo=TZ)  # a Monday morning
PACKAGE = Path(__file__).resolve().parents[2] / "companion"


@pytest.mark.parametrize(("parts", "expected"), [
    ({}, "Monday 2 March"),                                               # no leading zero
    ({"year": True}, "Monday 2 March 2026"),
    ({"weekday": "short", "month": "short"}, "Mon 2 Mar"),
    ({"weekday": "short"}, "Mon 2 March"),
    ({"weekday": None, "month": "short", "year": True}, "2 Mar 2026"),
])
def test_a_date_reads_as_english_words(parts, expected):
    assert date_text(date(2026, 3, 2), **parts) == expected


def test_every_day_and_month_has_its_english_name():
    days = [date_text(date(2026, 3, d), weekday="short", month="short") for d in range(2, 9)]
    assert days == ["Mon 2 Mar", "Tue 3 Mar", "Wed 4 Mar", "Thu 5 Mar", "Fri 6 Mar",
                    "Sat 7 Mar", "Sun 8 Mar"]
    months = [date_text(date(2026, m, 1), weekday=None) for m in range(1, 13)]
    assert [m.split()[1] for m in months] == [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"]
    assert date_text(date(2026, 9, 30), weekday=None, month="short") == "30 Sep"


def test_times_are_24_hour_with_a_leading_zero():
    assert time_of_day(datetime(2026, 3, 2, 9, 5, 59)) == "09:05"
    assert time_of_day(time(23, 0)) == "23:00"
    assert moment_text(datetime(2026, 3, 2, 14, 5, tzinfo=TZ)) == "Mon 2 Mar 2026, 14:05"


@pytest.mark.parametrize(("when", "expected"), [
    (None, "off"),
    (datetime(2026, 3, 2, 14, 30, tzinfo=TZ), "14:30"),
    (datetime(2026, 3, 3, 10, 0, tzinfo=TZ), "tomorrow 10:00"),
    (datetime(2026, 3, 5, 10, 0, tzinfo=TZ), "Thu 10:00"),
    (datetime(2026, 3, 2, 22, 0, tzinfo=ZoneInfo("Asia/Tokyo")), "14:00"),  # in the local zone
])
def test_a_next_time_is_said_from_today(when, expected):
    assert describe_time(when, NOW, TZ) == expected


@pytest.mark.parametrize(("minutes", "expected"), [
    (0, "0 min"), (25, "25 min"), (25.4, "25 min"), (60, "1 h"), (70.2, "1 h 10 min"),
])
def test_minutes_read_as_hours_and_minutes(minutes, expected):
    assert describe_minutes(minutes) == expected


@pytest.mark.parametrize(("seconds", "expected"), [
    (16, "16 s"), (60, "1 min"), (95, "1 min 35 s"), (599.4, "9 min 59 s"), (730, "12 min"),
])
def test_a_short_session_is_timed_to_the_second_and_a_long_one_to_the_minute(seconds, expected):
    assert describe_seconds(seconds) == expected


def test_whole_seconds_rounds_a_countdown_up():
    assert [whole_seconds(s) for s in (0, 0.0000001, 0.2, 1.0, 2.01, -1)] == [0, 0, 1, 1, 3, 0]


@pytest.mark.parametrize("seconds, shown", [
    (0, "0:00"),
    (0.2, "0:01"),        # a fraction of a second left is still a second to go
    (59.5, "1:00"),
    (60, "1:00"),
    (60.0000001, "1:00"),  # float noise from adding up ticks does not add a second
    (61, "1:01"),
    (3599.9, "60:00"),     # minutes do not roll over into hours: sessions are short
    (-0.5, "0:00"),        # a late tick never shows a negative time
])
def test_clock_text_rounds_a_countdown_up(seconds, shown):
    assert clock_text(seconds) == shown


def test_plurals():
    assert [plural(1, "glass", "glasses"), plural(5, "glass", "glasses"), plural(0, "day"),
            plural(1, "day")] == ["1 glass", "5 glasses", "0 days", "1 day"]


# strftime's names and the locale's own formats: each follows the C library's locale,
# which Qt sets from the desktop, so each would put German words in an English sentence.
LOCALE_DIRECTIVES = ("%a", "%A", "%b", "%B", "%c", "%h", "%p", "%x", "%X", "%r", "%+")


def _date_formats(tree: ast.AST):
    """Every format Python applies to a value: f-string specs, and strftime's argument."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            yield node.lineno, ast.unparse(node.format_spec)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in ("strftime", "__format__") and node.args):
            yield node.lineno, ast.unparse(node.args[0])


def test_no_code_formats_a_date_with_the_locales_words():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, spec in _date_formats(ast.parse(path.read_text(encoding="utf-8"))):
            if any(directive in spec for directive in LOCALE_DIRECTIVES):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {spec}")
    assert found == [], "use companion.core.wording instead:\n" + "\n".join(found)


def test_the_scan_sees_both_ways_of_formatting_a_date():
    # The test above would pass on an empty scan; this proves it reads what it looks for.
    code = 'f"{day:%A} {day.day}"\nwhen.strftime("%b %Y")\nf"{n:02d}"'
    assert sorted(spec for _, spec in _date_formats(ast.parse(code))) == [
        "'%b %Y'", "f'%A'", "f'02d'"]
