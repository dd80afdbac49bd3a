"""A breathing session: start, pause, resume and stop over a pattern, and its record.

The caller supplies monotonic times, so a test runs a session in simulated time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .breathing_patterns import EPS, Pattern, Position, position

READY, RUNNING, PAUSED, FINISHED, STOPPED = "ready", "running", "paused", "finished", "stopped"


@dataclass(frozen=True)
class BreathingSummary:
    """What a session amounted to, for history."""

    pattern_id: str
    cycles_done: int
    seconds: float
    completed: bool

    def as_record(self) -> dict[str, Any]:
        """The history event payload."""
        return {"pattern": self.pattern_id, "cycles_done": self.cycles_done,
                "seconds": round(self.seconds), "completed": self.completed}


@dataclass
class BreathingSession:
    """Start/pause/resume/stop over a pattern; the caller supplies monotonic times."""

    pattern: Pattern
    cycles: int
    state: str = READY
    _started: float = 0.0
    _paused_at: float | None = None
    _paused_total: float = 0.0
    _final_elapsed: float | None = None

    @property
    def total_seconds(self) -> float:
        """Planned active length of the session."""
        return self.pattern.cycle_seconds * self.cycles

    @property
    def active(self) -> bool:
        """Running or paused: started and not yet over."""
        return self.state in (RUNNING, PAUSED)

    def start(self, now: float) -> None:
        """Begin the first breath at `now`."""
        if self.state != READY:
            raise RuntimeError(f"cannot start a session that is {self.state}")
        self.state, self._started = RUNNING, now

    def pause(self, now: float) -> bool:
        """Freeze time; False if not running."""
        if self.update(now) != RUNNING:
            return False
        self.state, self._paused_at = PAUSED, now
        return True

    def resume(self, now: float) -> bool:
        """Carry on where the pause left off; False if not paused."""
        if self.state != PAUSED:
            return False
        assert self._paused_at is not None  # set by pause()
        self._paused_total += max(0.0, now - self._paused_at)
        self.state, self._paused_at = RUNNING, None
        return True

    def stop(self, now: float) -> BreathingSummary | None:
        """End early (or note a natural end); None if never started."""
        if self.update(now) in (RUNNING, PAUSED):
            self._final_elapsed = self.elapsed(now)
            self.state = STOPPED
        return self.summary()

    def elapsed(self, now: float) -> float:
        """Active (unpaused) seconds so far, capped at the session length."""
        if self._final_elapsed is not None:
            return self._final_elapsed
        if self.state == READY:
            return 0.0
        until = self._paused_at if self.state == PAUSED and self._paused_at is not None else now
        return min(self.total_seconds, max(0.0, until - self._started - self._paused_total))

    def update(self, now: float) -> str:
        """Notice a natural end at `now`; returns the state."""
        if self.state == RUNNING and self.elapsed(now) >= self.total_seconds - EPS:
            self._final_elapsed, self.state = self.total_seconds, FINISHED
        return self.state

    def position(self, now: float) -> Position:
        """Where the session is at `now`."""
        self.update(now)
        return position(self.pattern, self.cycles, self.elapsed(now))

    def summary(self) -> BreathingSummary | None:
        """The outcome once finished or stopped, else None."""
        if self.state not in (FINISHED, STOPPED):
            return None
        seconds = self._final_elapsed or 0.0
        done = position(self.pattern, self.cycles, seconds).cycles_done
        return BreathingSummary(self.pattern.id, done, seconds, self.state == FINISHED)
