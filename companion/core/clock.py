"""Time sources. Everything that needs 'now' takes one of these, so tests can step time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


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

    def advance(self, **delta) -> datetime:
        """Move forward by a timedelta given as keyword arguments (minutes=5, ...)."""
        from datetime import timedelta

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

    def real_time(self, when: datetime) -> datetime:
        """The real moment at which this clock reaches ``when``."""
        from datetime import timedelta

        # One microsecond later, so that rounding never leaves the simulated clock a
        # hair short of ``when`` at the real moment the scheduler fires.
        return self._real_start + (when - self.start) / self.speed + timedelta(microseconds=1)
