"""Clock pieces: noticing a wall-clock jump, comparing zones, a simulated clock being set."""

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from companion.core.clock import JUMP_TOLERANCE, ClockDrift, FakeClock, ScaledClock, same_zone

START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
ZONES = Path("/usr/share/zoneinfo")


class Mono:
    def __init__(self):
        self.value = 5000.0

    def __call__(self):
        return self.value


def test_no_jump_while_both_clocks_run_together():
    wall, mono = FakeClock(START), Mono()
    drift = ClockDrift(wall, mono)
    wall.advance(hours=3)
    mono.value += 3 * 3600 + 30  # 30 s of NTP slewing over three hours: not a jump
    assert drift.look() is None


def test_a_clock_set_back_or_forward_is_measured_once():
    wall, mono = FakeClock(START), Mono()
    drift = ClockDrift(wall, mono)
    wall.advance(hours=-2, seconds=10)  # set back two hours, ten seconds later
    mono.value += 10
    assert drift.look() == timedelta(hours=-2)
    assert drift.look() is None  # the next look starts from the new clock
    wall.advance(hours=6)  # slept six hours: Linux's monotonic clock stood still
    assert drift.look() == timedelta(hours=6)


def test_changes_within_the_tolerance_are_not_jumps():
    wall, mono = FakeClock(START), Mono()
    drift = ClockDrift(wall, mono)
    wall.advance(seconds=-JUMP_TOLERANCE.total_seconds())
    assert drift.look() is None
    wall.advance(seconds=-JUMP_TOLERANCE.total_seconds() - 1)
    assert drift.look() == -JUMP_TOLERANCE - timedelta(seconds=1)


def test_both_clocks_moving_together_during_a_look_is_no_jump():
    """libfaketime moves the wall and the monotonic clock together; once such a move fell
    between the two reads of one look, which saw a jump back (and the next one a jump
    forward), and the reminders were re-planned a tenth of a second early."""
    wall, mono, moves = FakeClock(START), Mono(), []

    def read_then_move():
        now = wall()
        for minutes in moves:  # right after the wall clock was read
            wall.advance(minutes=minutes)
            mono.value += minutes * 60
        moves.clear()
        return now

    drift = ClockDrift(read_then_move, mono)
    moves.append(20)
    assert drift.look() is None
    assert drift.look() is None  # both clocks moved by the same: no jump then either
    wall.advance(hours=-2)  # a real one, after
    assert drift.look() == timedelta(hours=-2)


def test_zones_compare_by_name_and_by_the_clock_they_keep():
    now = START
    berlin_file = (ZONES / "Europe/Berlin").read_bytes()
    a = ZoneInfo.from_file(io.BytesIO(berlin_file), key="Europe/Berlin")
    b = ZoneInfo.from_file(io.BytesIO(berlin_file), key="Europe/Berlin")
    assert a is not b and same_zone(a, b, now)
    assert not same_zone(a, ZoneInfo("America/New_York"), now)
    # Same offsets, another name: the user's zone did change (and nothing is lost re-planning).
    assert not same_zone(a, ZoneInfo("Europe/Paris"), now)
    # A file swapped under the same name ("localtime" when TZ names a copied file).
    ny_file = (ZONES / "America/New_York").read_bytes()
    local_berlin = ZoneInfo.from_file(io.BytesIO(berlin_file), key="localtime")
    local_ny = ZoneInfo.from_file(io.BytesIO(ny_file), key="localtime")
    assert not same_zone(local_berlin, local_ny, now)
    # Zones that keep the same clock today and differ only in summer differ too.
    london, abidjan = (ZoneInfo.from_file(io.BytesIO((ZONES / name).read_bytes()), key="localtime")
                       for name in ("Europe/London", "Africa/Abidjan"))
    assert london.utcoffset(now) == abidjan.utcoffset(now)
    assert not same_zone(london, abidjan, now)


def test_a_simulated_clock_can_be_set_without_moving_monotonic_time():
    real = FakeClock(START)
    clock = ScaledClock(START, speed=60, real=real)
    real.advance(seconds=1)  # one simulated minute
    assert clock() == START + timedelta(minutes=1) and clock.monotonic() == 60
    clock.set_by(timedelta(hours=-2))
    assert clock() == START + timedelta(minutes=1, hours=-2)
    assert clock.monotonic() == 60
    # The scheduler's real waits follow the clock it now shows.
    assert clock.real_time(START + timedelta(hours=-2, minutes=2)) == \
        real() + timedelta(seconds=1, microseconds=1)
