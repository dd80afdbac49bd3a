"""Time sources. Everything that needs 'now' takes one of these, so tests can step time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

Clock = Callable[[], datetime]
# Wall time and monotonic time drifting apart by more than this between two looks means
# the clock was set (or, where the monotonic clock stops in suspend, the machine slept).
# NTP slews the clock by at most 0.5 ms a second, which stays far below it.
JUMP_TOLERANCE = timedelta(minutes=2)


def utc_now() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to; for tests and simulations."""

    def __init__(self, start: datetime):
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        """Move forward by a timedelta given as keyword arguments (minutes=5, ...)."""
        self.now = self.now + timedelta(**delta)
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when


class ScaledClock:
    """Simulated time that runs ``speed`` times faster than real time from ``start``.

    For tests and simulations that drive the real scheduler: the scheduler waits in
    real time, and :meth:`real_time` says when a simulated moment arrives.
    """

    def __init__(self, start: datetime, speed: float, real: Clock = utc_now):
        if start.tzinfo is None:
            raise ValueError("ScaledClock needs an aware datetime")
        self.start, self.speed, self._real = start, speed, real
        self._real_start = real()

    def __call__(self) -> datetime:
        return self.start + (self._real() - self._real_start) * self.speed

    def monotonic(self) -> float:
        """Simulated seconds since the start, as a monotonic clock would count them."""
        return (self() - self.start).total_seconds()

    def set_by(self, delta: timedelta) -> None:
        """Set the wall clock ``delta`` ahead (negative: back) as settimeofday would.

        The monotonic clock is untouched, and the scheduler's real waits follow the new
        wall time, as they would for a real clock set.
        """
        self.start += delta  # monotonic() counts from start, so it stays as it was

    def real_time(self, when: datetime) -> datetime:
        """The real moment at which this clock reaches ``when``."""
        # One microsecond later, so that rounding never leaves the simulated clock a
        # hair short of ``when`` at the real moment the scheduler fires.
        return self._real_start + (when - self.start) / self.speed + timedelta(microseconds=1)


class ClockDrift:
    """How far the wall clock moved against the monotonic clock since the last look.

    The monotonic clock is never set, so any difference is the wall clock being set
    (settimeofday, NTP stepping it, the user) or, as Linux's monotonic clock stops during
    suspend, the machine having slept. Each look starts the next one afresh.
    """

    def __init__(self, clock: Clock, monotonic: Callable[[], float],
                 tolerance: timedelta = JUMP_TOLERANCE):
        self._clock, self._monotonic, self.tolerance = clock, monotonic, tolerance
        self._wall, self._mono = clock(), monotonic()

    def look(self) -> timedelta | None:
        """The jump since the last look (negative: set back), or None within tolerance.

        The wall clock is read between two reads of the monotonic clock. Should those two
        differ by a jump's worth, the monotonic clock itself moved (a faked clock such as
        libfaketime's moves both together, and did so between the reads, so the wall
        reading may be from before the move and the other from after: a jump back and
        one forward that never were): nothing is measured, and the next look measures
        from the last sound one."""
        before = self._monotonic()
        wall, mono = self._clock(), self._monotonic()
        if timedelta(seconds=mono - before) > self.tolerance:
            return None
        drift = (wall - self._wall) - timedelta(seconds=mono - self._mono)
        self._wall, self._mono = wall, mono
        return drift if abs(drift) > self.tolerance else None


def same_zone(a: tzinfo, b: tzinfo, now: datetime) -> bool:
    """Whether two zones keep the same clock over the coming year (and have the same name).

    Zones read from files are distinct objects even when equal, and a zone file swapped
    under the same name must count as a change, so compare names and what they do.
    """
    if getattr(a, "key", None) != getattr(b, "key", None):
        return False
    weeks = (now + timedelta(weeks=i) for i in range(54))  # every DST rule shows in a year
    return all(a.utcoffset(t) == b.utcoffset(t) for t in weeks)
