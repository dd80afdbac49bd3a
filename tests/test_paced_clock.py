"""The tests' PacedClock: its planned pace, and real_time() as the exact inverse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from paced_clock import PacedClock, around

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
REAL = datetime(2020, 1, 1, tzinfo=UTC)


def _clock(now: list[datetime]) -> PacedClock:
    # Slow (x100) 09:00-09:10 and 09:05-09:20 (overlapping) and 12:00-12:01; x1000 elsewhere.
    return PacedClock(START, 100, [(START.replace(hour=9), START.replace(hour=9, minute=10)),
                                   (START.replace(hour=9, minute=5), START.replace(hour=9, minute=20)),
                                   *around([START.replace(hour=12)], timedelta(0),
                                           timedelta(minutes=1))],
                      1000, real=lambda: now[0])


def test_the_pace_is_slow_inside_the_windows_and_fast_between():
    now = [REAL]
    clock = _clock(now)
    assert clock() == START
    now[0] = REAL + timedelta(seconds=3.6)  # one fast hour
    assert clock() == START.replace(hour=9)
    now[0] += timedelta(seconds=12)  # twenty slow minutes, across the overlap
    assert clock() == START.replace(hour=9, minute=20)
    now[0] += timedelta(seconds=0.6)  # ten fast minutes
    assert clock() == START.replace(hour=9, minute=30)
    assert clock.monotonic() == 90 * 60


def test_real_time_is_when_the_clock_reaches_a_moment():
    now = [REAL]
    clock = _clock(now)
    for minutes in (0, 30, 60, 61, 65, 79, 80, 200, 240, 240.5, 241, 300):
        moment = START + timedelta(minutes=minutes)
        now[0] = clock.real_time(moment)
        assert timedelta(0) <= clock() - moment <= timedelta(milliseconds=1), minutes  # 1 µs late
        assert clock.real_seconds_until(moment) == 0


def test_a_clock_set_moves_the_wall_clock_not_the_planned_pace():
    now = [REAL]
    clock = _clock(now)
    now[0] += timedelta(seconds=3.6)  # 09:00, where the slow window begins
    clock.set_by(timedelta(hours=-1))
    assert clock() == START and clock.monotonic() == 3600
    now[0] += timedelta(seconds=6)  # still slow: ten minutes
    assert clock() == START.replace(minute=10)
    assert clock.real_time(START.replace(minute=20)) == now[0] + timedelta(seconds=6, microseconds=1)
