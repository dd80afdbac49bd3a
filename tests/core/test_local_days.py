"""The user's days begin at their own midnight, on the days the clocks change too."""

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from companion.core.local_days import day_bounds, local_midnight

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_day_begins_at_its_own_midnight_on_either_side_of_a_clock_change():
    # Berlin goes to summer time at 02:00 on Sunday 29 March 2026 and back on 25 October.
    assert local_midnight(date(2026, 3, 29), BERLIN) == datetime(2026, 3, 28, 23, tzinfo=UTC)
    assert local_midnight(date(2026, 3, 30), BERLIN) == datetime(2026, 3, 29, 22, tzinfo=UTC)
    assert local_midnight(date(2026, 10, 26), BERLIN) == datetime(2026, 10, 25, 23, tzinfo=UTC)


def test_the_bounds_of_a_day_are_its_two_midnights_in_utc_even_when_it_lasts_23_hours():
    start, end = day_bounds(datetime(2026, 3, 29, 18, tzinfo=BERLIN), BERLIN)
    assert (start, end) == (datetime(2026, 3, 28, 23, tzinfo=UTC), datetime(2026, 3, 29, 22, tzinfo=UTC))
    assert start.tzinfo is UTC and end - start == timedelta(hours=23)


def test_a_moment_just_before_midnight_is_still_on_its_own_day():
    start, end = day_bounds(datetime(2026, 3, 2, 22, 59, 59, tzinfo=UTC), BERLIN)  # 23:59:59 there
    assert start == datetime(2026, 3, 1, 23, tzinfo=UTC) and end == datetime(2026, 3, 2, 23, tzinfo=UTC)


def test_without_a_zone_a_day_begins_at_the_computers_midnight(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert local_midnight(date(2026, 3, 2), None) == datetime(2026, 3, 1, 15, tzinfo=UTC)
    finally:
        monkeypatch.undo()
        time.tzset()
