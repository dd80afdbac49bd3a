"""A simulated clock whose pace is planned: slow around the moments a test cares about,
fast through the stretches between them.

ScaledClock runs at one speed throughout, so a test that needs a calm pace where a prompt
falls due (the event loop's real delays, times the speed, must stay inside its slack) also
spends that calm pace on the quiet hours between. Here the pace is set beforehand for the
whole run: ``speed`` inside the given windows of simulated time, ``fast`` outside them.
Because the plan is fixed, :meth:`real_time` maps any simulated moment to the real moment
the clock reaches it exactly, as ScaledClock does, so the real scheduler, the gate and
every timer that goes through ``scheduler_time`` fire at their simulated moments by
themselves; nothing is moved or woken by hand. Anything that happens in a fast stretch
(where a test expects nothing) still happens, at its own simulated moment, and is seen.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import datetime, timedelta

from companion.core.clock import Clock, utc_now


class PacedClock:
    """Simulated time from ``start``: ``speed`` times real time inside ``windows`` (pairs
    of simulated moments), ``fast`` times outside them."""

    def __init__(self, start: datetime, speed: float, windows: Iterable[tuple[datetime, datetime]],
                 fast: float, real: Clock = utc_now):
        if start.tzinfo is None:
            raise ValueError("PacedClock needs an aware datetime")
        self.start, self.speed, self.fast, self._real = start, speed, fast, real
        # Simulated seconds from start where windows begin or end; windows may overlap:
        # a point is slow if any window holds it.
        spans = [((a - start).total_seconds(), (b - start).total_seconds()) for a, b in windows]
        marks = sorted({0.0, *(max(a, 0.0) for a, b in spans if b > 0),
                        *(b for _, b in spans if b > 0)})
        paces = [speed if any(a <= m < b for a, b in spans) else fast for m in marks]
        self._sim: list[float] = []
        self._real_s: list[float] = []
        self._pace: list[float] = []
        real_s = 0.0
        for i, m in enumerate(marks):
            if self._pace and self._pace[-1] == paces[i]:
                continue  # no change of pace here
            if self._sim:
                real_s += (m - self._sim[-1]) / self._pace[-1]
            self._sim.append(m)
            self._real_s.append(real_s)
            self._pace.append(paces[i])
        self._real_start = real()
        self._set = timedelta(0)  # how far the wall clock was set (set_by), in all

    def __call__(self) -> datetime:
        return self.start + self._set + timedelta(seconds=self.monotonic())

    def monotonic(self) -> float:
        """Simulated seconds since the start, as a monotonic clock would count them."""
        elapsed = (self._real() - self._real_start).total_seconds()
        i = bisect_right(self._real_s, elapsed) - 1
        return self._sim[i] + (elapsed - self._real_s[i]) * self._pace[i]

    def set_by(self, delta: timedelta) -> None:
        """Set the wall clock ``delta`` ahead (negative: back) as settimeofday would (as
        ScaledClock.set_by). The pace stays planned on the monotonic clock: the windows
        are moments of the clock as it read before any setting."""
        self._set += delta

    def real_time(self, when: datetime) -> datetime:
        """The real moment at which this clock reaches ``when``."""
        sim = (when - self._set - self.start).total_seconds()
        i = max(bisect_right(self._sim, sim) - 1, 0)
        real_s = self._real_s[i] + (sim - self._sim[i]) / self._pace[i]
        # One microsecond later, as ScaledClock: never a hair short of ``when`` then.
        return self._real_start + timedelta(seconds=real_s, microseconds=1)

    def real_seconds_until(self, when: datetime) -> float:
        """Real seconds from now until the clock reaches ``when`` (0 if it has)."""
        return max(0.0, (self.real_time(when) - self._real()).total_seconds())


def around(moments: Iterable[datetime], before: timedelta,
           after: timedelta) -> list[tuple[datetime, datetime]]:
    """Windows from ``before`` each moment to ``after`` it."""
    return [(m - before, m + after) for m in moments]
